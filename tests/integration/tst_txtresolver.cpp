// DnsTxtResolver against a real DNS server (dnsmasq, tests/support/dnsserver.h): records found
// (a long one cut into 255-byte strings comes back whole), a name that does not exist and a name
// without TXT records as no record, a refusing server, a nameserver address where nothing
// listens and one that never replies as unreachable within the timeout; a lookup from a thread
// without an event loop, as analysis makes it; the workspace setting that chooses the server;
// then the sender-domain check end to end with a real key whose record matches.
// dnsmasq listens on port 53, which needs root: without it the tests are skipped.
#include "analysis/senderdomaincheck.h"
#include "dkimverifier.h"
#include "dnsserver.h"
#include "routing/txtresolver.h"
#include "store/connection.h"
#include "tempworkspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>
#include <memory>

using namespace diffusion;

namespace {

// Longer than two 255-byte strings, without commas (dnsmasq would start a new string there).
const QByteArray longText = "v=spf1 " + QByteArray(300, 'a') + ' ' + QByteArray(300, 'b') + " -all";

QStringList texts(const TxtAnswer &answer)
{
    QStringList out;
    for (const QByteArray &record : answer.records)
        out.append(QString::fromUtf8(record));
    out.sort();
    return out;
}

} // namespace

class TestTxtResolver final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DnsServer> m_dns;
    QString m_unavailable;
    QTemporaryDir m_dir;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_unavailable = test::DnsServer::unavailableReason();
        if (!m_unavailable.isEmpty())
            return;
        QVERIFY(m_dir.isValid());
        m_key = test::opensslKey(m_dir.filePath(u"dkim.pem"_qs), test::rsaKeyArguments(2048));
        m_dns = std::make_unique<test::DnsServer>();
        m_dns->addTxt(u"spf.test"_qs, u"v=spf1 ip4:192.0.2.0/24 -all"_qs);
        m_dns->addTxt(u"two.test"_qs, u"v=spf1 -all"_qs);
        m_dns->addTxt(u"two.test"_qs, u"site-verification=abc123"_qs);
        m_dns->addTxt(u"long.test"_qs, QString::fromLatin1(longText));
        m_dns->addAddress(u"addressonly.test"_qs, u"127.0.0.21"_qs);
        // A sender domain with everything published; its 2048-bit key's record is longer than 255.
        m_dns->addTxt(u"sel._domainkey.sender.test"_qs, QString::fromLatin1(test::dkimRecordOf(m_key)));
        m_dns->addTxt(u"sender.test"_qs, u"v=spf1 ip4:127.0.0.1 -all"_qs);
        m_dns->addTxt(u"_dmarc.sender.test"_qs, u"v=DMARC1; p=quarantine; rua=mailto:dmarc@sender.test"_qs);
        QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
    }

    void init()
    {
        if (!m_dns)
            QSKIP(qPrintable(m_unavailable));
    }

    void found_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("records");
        QTest::newRow("one record") << u"spf.test"_qs << QStringList{u"v=spf1 ip4:192.0.2.0/24 -all"_qs};
        QTest::newRow("two records") << u"two.test"_qs << QStringList{u"site-verification=abc123"_qs, u"v=spf1 -all"_qs};
        QTest::newRow("strings joined") << u"long.test"_qs << QStringList{QString::fromLatin1(longText)};
    }

    void found()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, records);
        DnsTxtResolver resolver(m_dns->address());
        const TxtAnswer answer = resolver.lookup(name);
        QVERIFY2(answer.status == TxtAnswer::Status::Found, qPrintable(answer.error));
        QCOMPARE(texts(answer), records);
    }

    void noRecord_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("NXDOMAIN") << u"unknown.test"_qs;
        // An empty answer, which Qt 6.4 reports as it reports silence.
        QTest::newRow("a name without TXT records") << u"addressonly.test"_qs;
    }

    void noRecord()
    {
        QFETCH(QString, name);
        DnsTxtResolver resolver(m_dns->address());
        const TxtAnswer answer = resolver.lookup(name);
        QVERIFY2(answer.status == TxtAnswer::Status::NoRecord, qPrintable(answer.error));
        QVERIFY(answer.records.isEmpty());
    }

    // dnsmasq serves only test.: it refuses the rest.
    void refusalIsUnreachable()
    {
        DnsTxtResolver resolver(m_dns->address());
        const TxtAnswer answer = resolver.lookup(u"example.org"_qs);
        QCOMPARE(answer.status, TxtAnswer::Status::Unreachable);
        QVERIFY2(answer.error.startsWith(u"The DNS lookup of example.org failed: "_qs), qPrintable(answer.error));
    }

    void nothingListens()
    {
        const QHostAddress silent = test::DnsServer::silentAddress();
        QVERIFY(!silent.isNull());
        DnsTxtResolver resolver(silent, 3000);
        QElapsedTimer clock;
        clock.start();
        const TxtAnswer answer = resolver.lookup(u"spf.test"_qs);
        QCOMPARE(answer.status, TxtAnswer::Status::Unreachable);
        QCOMPARE(answer.error, u"The DNS lookup of spf.test got no answer."_qs);
        QVERIFY(clock.elapsed() < 4000);
    }

    // The datagram is taken and never answered: the resolver's own retries would take 10 s.
    void nameserverThatNeverReplies()
    {
        const QHostAddress address = test::DnsServer::silentAddress();
        QVERIFY(!address.isNull());
        QUdpSocket blackHole;
        QVERIFY2(blackHole.bind(address, 53, QAbstractSocket::DontShareAddress), qPrintable(blackHole.errorString()));
        DnsTxtResolver resolver(address, 1000);
        QElapsedTimer clock;
        clock.start();
        const TxtAnswer answer = resolver.lookup(u"spf.test"_qs);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(answer.status, TxtAnswer::Status::Unreachable);
        // "second(s)" until the English translation gives the singular.
        QVERIFY2(answer.error.startsWith(u"The DNS lookup of spf.test got no answer within 1 second"_qs), qPrintable(answer.error));
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        QVERIFY(blackHole.hasPendingDatagrams()); // the question did reach it
    }

    // Analysis asks from a pool thread, which runs no event loop.
    void fromAThreadWithoutEventLoop()
    {
        DnsTxtResolver resolver(m_dns->address());
        TxtAnswer answer;
        std::unique_ptr<QThread> thread(QThread::create([&] { answer = resolver.lookup(u"spf.test"_qs); }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(answer.status == TxtAnswer::Status::Found, qPrintable(answer.error));
        QCOMPARE(texts(answer), QStringList{u"v=spf1 ip4:192.0.2.0/24 -all"_qs});
    }

    void settingChoosesTheNameserver()
    {
        test::TempWorkspace temp;
        const QString address = m_dns->address().toString();
        temp.writer().submit([address](QSqlDatabase &db) {
            execute(db, u"INSERT INTO setting (key, value) VALUES ('dns.nameserver', '%1')"_qs.arg(address));
        }).waitForFinished();
        ReadConnection reader(temp.path());
        const std::shared_ptr<TxtResolver> resolver = txtResolverFromSettings(reader.db());
        const TxtAnswer answer = resolver->lookup(u"spf.test"_qs);
        QVERIFY2(answer.status == TxtAnswer::Status::Found, qPrintable(answer.error));
    }

    void senderDomainEndToEnd()
    {
        DnsTxtResolver resolver(m_dns->address());
        const QList<AnalysisEntry> entries =
            checkSenderDomain(u"sender.test"_qs, u"sender.test"_qs, {{u"sender.test"_qs, u"sel"_qs, m_key}}, resolver);
        QStringList found;
        for (const AnalysisEntry &entry : entries)
            found.append(entry.code + u": "_qs + entry.text());
        QCOMPARE(found, (QStringList{
                            u"dkim_record_matches: The DKIM record at sel._domainkey.sender.test matches the signing key."_qs,
                            u"spf_found: The domain sender.test publishes the SPF record “v=spf1 ip4:127.0.0.1 -all”."_qs,
                            u"dmarc_found: The domain sender.test publishes a DMARC record with the policy p=quarantine."_qs}));
    }
};

QTEST_GUILESS_MAIN(TestTxtResolver)
#include "tst_txtresolver.moc"
