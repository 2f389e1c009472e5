// The sender-domain check against answers a fake resolver gives: each DKIM key compared with its
// published record (matching, missing, another key, revoked, malformed, key file unreadable),
// the SPF records of the return-path and From domains (one, none, several), the DMARC record
// (at the From domain, at its organizational domain, none, several), and DNS that does not
// answer. Keys are made by the openssl command line, and so are the records that publish them.
#include "analysis/senderdomaincheck.h"
#include "dkimverifier.h"
#include "routing/txtresolver.h"

#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

class FakeTxtResolver final : public TxtResolver
{
public:
    QHash<QString, TxtAnswer> answers; // a name not given has no record
    QStringList asked;

    void publish(const QString &name, const QList<QByteArray> &records)
    {
        answers.insert(name, {TxtAnswer::Status::Found, records, {}});
    }
    void silence(const QString &name) { answers.insert(name, {TxtAnswer::Status::Unreachable, {}, u"no answer from DNS"_qs}); }

    TxtAnswer lookup(const QString &asciiName) override
    {
        asked.append(asciiName);
        return answers.value(asciiName);
    }
};

QList<AnalysisEntry> ofCheck(const QList<AnalysisEntry> &entries, const QString &check)
{
    QList<AnalysisEntry> found;
    for (const AnalysisEntry &entry : entries) {
        if (entry.details.value(u"check"_qs).toString() == check)
            found.append(entry);
    }
    return found;
}

QStringList codes(const QList<AnalysisEntry> &entries)
{
    QStringList out;
    for (const AnalysisEntry &entry : entries)
        out.append(entry.code);
    return out;
}

} // namespace

class TestSenderDomainCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rsaKey, m_otherRsaKey, m_ed25519Key;
    QByteArray m_rsaRecord, m_otherRsaRecord, m_ed25519Record;

    // Runs the check and verifies what holds for every finding: its step, a severity that never
    // blocks, and a sentence with its arguments in place.
    QList<AnalysisEntry> check(const QString &from, const QString &returnPath, const QList<SenderDomainKey> &keys,
                               TxtResolver &resolver)
    {
        const QList<AnalysisEntry> entries = checkSenderDomain(from, returnPath, keys, resolver);
        for (const AnalysisEntry &entry : entries) {
            const QString text = entry.text();
            if (entry.step != AnalysisStep::SenderDomain || entry.severity == Severity::Error || text.contains(u"%1"_qs)
                || text.contains(u"%2"_qs))
                QTest::qFail(qPrintable(u"unexpected finding: "_qs + entry.code + u" "_qs + text), __FILE__, __LINE__);
        }
        return entries;
    }

    QList<SenderDomainKey> rsaKey(const QString &keyPath) const { return {{u"example.com"_qs, u"s1"_qs, keyPath}}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rsaKey = test::opensslKey(m_dir.filePath(u"rsa.pem"_qs), test::rsaKeyArguments(1024));
        m_otherRsaKey = test::opensslKey(m_dir.filePath(u"other.pem"_qs), test::rsaKeyArguments(1024));
        m_ed25519Key = test::opensslKey(m_dir.filePath(u"ed25519.pem"_qs), test::ed25519KeyArguments());
        m_rsaRecord = test::dkimRecordOf(m_rsaKey);
        m_otherRsaRecord = test::dkimRecordOf(m_otherRsaKey);
        m_ed25519Record = test::dkimRecordOf(m_ed25519Key);
        QVERIFY(m_rsaRecord != m_otherRsaRecord);
    }

    void dkimRecord_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QList<QByteArray>>("records"); // at s1._domainkey.example.com; none: no record
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("warning");

        const QByteArray siteVerification = "google-site-verification=abc123";
        QTest::newRow("matches") << m_rsaKey << QList<QByteArray>{m_rsaRecord} << u"dkim_record_matches"_qs << false;
        QTest::newRow("matches among other TXT records")
            << m_rsaKey << QList<QByteArray>{siteVerification, m_rsaRecord} << u"dkim_record_matches"_qs << false;
        QTest::newRow("the matching one of two") << m_rsaKey << QList<QByteArray>{m_otherRsaRecord, m_rsaRecord}
                                                 << u"dkim_record_matches"_qs << false;
        QTest::newRow("Ed25519 matches") << m_ed25519Key << QList<QByteArray>{m_ed25519Record} << u"dkim_record_matches"_qs << false;
        QTest::newRow("no record") << m_rsaKey << QList<QByteArray>{} << u"dkim_record_missing"_qs << true;
        QTest::newRow("only a TXT record that is not DKIM")
            << m_rsaKey << QList<QByteArray>{siteVerification} << u"dkim_record_missing"_qs << true;
        QTest::newRow("another RSA key") << m_rsaKey << QList<QByteArray>{m_otherRsaRecord} << u"dkim_record_different"_qs << true;
        QTest::newRow("an Ed25519 key for an RSA one") << m_rsaKey << QList<QByteArray>{m_ed25519Record}
                                                       << u"dkim_record_different"_qs << true;
        QTest::newRow("revoked") << m_rsaKey << QList<QByteArray>{"v=DKIM1; k=rsa; p="} << u"dkim_record_revoked"_qs << true;
        QTest::newRow("p= not base64") << m_rsaKey << QList<QByteArray>{"v=DKIM1; k=rsa; p=not*base64"}
                                       << u"dkim_record_malformed"_qs << true;
        QTest::newRow("tags without semicolons") << m_rsaKey << QList<QByteArray>{"v=DKIM1 k=rsa p=" + m_rsaRecord.sliced(m_rsaRecord.indexOf("p=") + 2)}
                                                 << u"dkim_record_malformed"_qs << true;
        QTest::newRow("key file unreadable") << m_dir.filePath(u"missing.pem"_qs) << QList<QByteArray>{m_rsaRecord}
                                             << u"dkim_record_not_compared"_qs << true;
        QTest::newRow("key file unreadable, no record") << m_dir.filePath(u"missing.pem"_qs) << QList<QByteArray>{}
                                                        << u"dkim_record_missing"_qs << true;
    }

    void dkimRecord()
    {
        QFETCH(QString, key);
        QFETCH(QList<QByteArray>, records);
        QFETCH(QString, code);
        QFETCH(bool, warning);
        FakeTxtResolver resolver;
        if (!records.isEmpty())
            resolver.publish(u"s1._domainkey.example.com"_qs, records);

        const QList<AnalysisEntry> dkim = ofCheck(check(u"example.com"_qs, u"example.com"_qs, rsaKey(key), resolver), u"dkim"_qs);
        QCOMPARE(codes(dkim), QStringList{code});
        const AnalysisEntry &entry = dkim.constFirst();
        QCOMPARE(entry.severity, warning ? Severity::Warning : Severity::Information);
        QCOMPARE(entry.details.value(u"name"_qs).toString(), u"s1._domainkey.example.com"_qs);
        QVERIFY2(entry.text().contains(u"s1._domainkey.example.com"_qs), qPrintable(entry.text()));
        QCOMPARE(resolver.asked.count(u"s1._domainkey.example.com"_qs), 1);
        if (code != u"dkim_record_missing"_qs) {
            // The record compared is in the details, so that the operator sees what DNS holds.
            QVERIFY(records.contains(entry.details.value(u"record"_qs).toString().toUtf8()));
        }
    }

    // When the record is wrong or missing, the details give the one to publish.
    void expectedRecordInDetails()
    {
        FakeTxtResolver resolver;
        resolver.publish(u"s1._domainkey.example.com"_qs, {m_otherRsaRecord});
        const QList<AnalysisEntry> dkim = ofCheck(check(u"example.com"_qs, {}, rsaKey(m_rsaKey), resolver), u"dkim"_qs);
        QCOMPARE(dkim.size(), 1);
        QCOMPARE(dkim.constFirst().details.value(u"expected"_qs).toString().toUtf8(), m_rsaRecord);
        QCOMPARE(dkim.constFirst().details.value(u"record"_qs).toString().toUtf8(), m_otherRsaRecord);
    }

    void dualSigningChecksEachKey()
    {
        FakeTxtResolver resolver;
        resolver.publish(u"rsa._domainkey.example.com"_qs, {m_rsaRecord});
        resolver.publish(u"ed._domainkey.example.com"_qs, {m_otherRsaRecord});
        const QList<SenderDomainKey> keys{{u"example.com"_qs, u"rsa"_qs, m_rsaKey}, {u"Example.COM"_qs, u"ed"_qs, m_ed25519Key}};
        const QList<AnalysisEntry> dkim = ofCheck(check(u"example.com"_qs, u"example.com"_qs, keys, resolver), u"dkim"_qs);
        QCOMPARE(codes(dkim), (QStringList{u"dkim_record_matches"_qs, u"dkim_record_different"_qs}));
        QCOMPARE(dkim.at(1).details.value(u"selector"_qs).toString(), u"ed"_qs);
    }

    // Messages not signed are another step's business: nothing to compare, nothing asked.
    void noKeysNoDkimCheck()
    {
        FakeTxtResolver resolver;
        const QList<AnalysisEntry> entries = check(u"example.com"_qs, u"example.com"_qs, {}, resolver);
        QVERIFY(ofCheck(entries, u"dkim"_qs).isEmpty());
        for (const QString &name : std::as_const(resolver.asked))
            QVERIFY2(!name.contains(u"_domainkey"_qs), qPrintable(name));
        QCOMPARE(codes(entries), (QStringList{u"spf_missing"_qs, u"dmarc_missing"_qs}));
    }

    void spf_data()
    {
        QTest::addColumn<QList<QByteArray>>("records"); // at example.com
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");

        QTest::newRow("one record") << QList<QByteArray>{"google-site-verification=abc", "v=spf1 ip4:192.0.2.0/24 -all"}
                                    << u"spf_found"_qs
                                    << u"The domain example.com publishes the SPF record “v=spf1 ip4:192.0.2.0/24 -all”."_qs;
        QTest::newRow("upper case version") << QList<QByteArray>{"V=SPF1 -all"} << u"spf_found"_qs << u"“V=SPF1 -all”"_qs;
        QTest::newRow("version alone") << QList<QByteArray>{"v=spf1"} << u"spf_found"_qs << u"“v=spf1”"_qs;
        QTest::newRow("no TXT record") << QList<QByteArray>{} << u"spf_missing"_qs
                                       << u"The domain example.com publishes no SPF record"_qs;
        QTest::newRow("another version") << QList<QByteArray>{"v=spf10 -all", "spf2.0/pra -all"} << u"spf_missing"_qs
                                         << u"publishes no SPF record"_qs;
        QTest::newRow("two records") << QList<QByteArray>{"v=spf1 -all", "v=spf1 include:mail.example.net ~all"}
                                     << u"spf_multiple"_qs << u"The domain example.com publishes 2 SPF records"_qs;
    }

    void spf()
    {
        QFETCH(QList<QByteArray>, records);
        QFETCH(QString, code);
        QFETCH(QString, text);
        FakeTxtResolver resolver;
        if (!records.isEmpty())
            resolver.publish(u"example.com"_qs, records);
        const QList<AnalysisEntry> spf = ofCheck(check(u"example.com"_qs, u"EXAMPLE.com"_qs, {}, resolver), u"spf"_qs);
        QCOMPARE(codes(spf), QStringList{code});
        QCOMPARE(spf.constFirst().severity, code == u"spf_found"_qs ? Severity::Information : Severity::Warning);
        QVERIFY2(spf.constFirst().text().contains(text), qPrintable(spf.constFirst().text()));
        QCOMPARE(spf.constFirst().details.value(u"name"_qs).toString(), u"example.com"_qs);
        QCOMPARE(resolver.asked.count(u"example.com"_qs), 1);
    }

    void spfOfReturnPathAndFromDomains()
    {
        FakeTxtResolver resolver;
        resolver.publish(u"bounces.example.net"_qs, {"v=spf1 a -all"});
        const QList<AnalysisEntry> spf = ofCheck(check(u"example.com"_qs, u"bounces.example.net"_qs, {}, resolver), u"spf"_qs);
        QCOMPARE(codes(spf), (QStringList{u"spf_found"_qs, u"spf_missing"_qs}));
        QCOMPARE(spf.at(0).details.value(u"name"_qs).toString(), u"bounces.example.net"_qs);
        QCOMPARE(spf.at(0).details.value(u"role"_qs).toString(), u"return_path"_qs);
        QCOMPARE(spf.at(1).details.value(u"name"_qs).toString(), u"example.com"_qs);
        QCOMPARE(spf.at(1).details.value(u"role"_qs).toString(), u"from"_qs);
    }

    void dmarc_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<QByteArray>>("records");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("asked");

        QTest::newRow("at the From domain") << u"example.com"_qs << u"_dmarc.example.com"_qs
                                            << QList<QByteArray>{"v=DMARC1; p=reject; rua=mailto:d@example.com"} << u"dmarc_found"_qs
                                            << u"reject"_qs << QStringList{u"_dmarc.example.com"_qs};
        QTest::newRow("spaces around the version") << u"example.com"_qs << u"_dmarc.example.com"_qs
                                                   << QList<QByteArray>{" v = DMARC1 ;p=quarantine"} << u"dmarc_found"_qs
                                                   << u"quarantine"_qs << QStringList{u"_dmarc.example.com"_qs};
        QTest::newRow("at the organizational domain, sp= for subdomains")
            << u"news.example.com"_qs << u"_dmarc.example.com"_qs << QList<QByteArray>{"v=DMARC1; p=reject; sp=quarantine"}
            << u"dmarc_found"_qs << u"quarantine"_qs << QStringList{u"_dmarc.news.example.com"_qs, u"_dmarc.example.com"_qs};
        QTest::newRow("at the organizational domain, p= for subdomains")
            << u"a.news.example.com"_qs << u"_dmarc.example.com"_qs << QList<QByteArray>{"v=DMARC1; p=none"} << u"dmarc_found"_qs
            << u"none"_qs << QStringList{u"_dmarc.a.news.example.com"_qs, u"_dmarc.example.com"_qs};
        QTest::newRow("the subdomain's own, sp= ignored")
            << u"news.example.com"_qs << u"_dmarc.news.example.com"_qs << QList<QByteArray>{"v=DMARC1; p=reject; sp=none"}
            << u"dmarc_found"_qs << u"reject"_qs << QStringList{u"_dmarc.news.example.com"_qs};
        QTest::newRow("none") << u"news.example.com"_qs << QString() << QList<QByteArray>{} << u"dmarc_missing"_qs << QString()
                              << QStringList{u"_dmarc.news.example.com"_qs, u"_dmarc.example.com"_qs};
        QTest::newRow("lower-case version is not DMARC") << u"example.com"_qs << u"_dmarc.example.com"_qs
                                                         << QList<QByteArray>{"v=dmarc1; p=reject"} << u"dmarc_missing"_qs
                                                         << QString() << QStringList{u"_dmarc.example.com"_qs};
        QTest::newRow("two records") << u"example.com"_qs << u"_dmarc.example.com"_qs
                                     << QList<QByteArray>{"v=DMARC1; p=reject", "v=DMARC1; p=none"} << u"dmarc_multiple"_qs
                                     << QString() << QStringList{u"_dmarc.example.com"_qs};
    }

    void dmarc()
    {
        QFETCH(QString, from);
        QFETCH(QString, name);
        QFETCH(QList<QByteArray>, records);
        QFETCH(QString, code);
        QFETCH(QString, policy);
        QFETCH(QStringList, asked);
        FakeTxtResolver resolver;
        if (!name.isEmpty())
            resolver.publish(name, records);
        const QList<AnalysisEntry> entries = check(from, from, {}, resolver);
        const QList<AnalysisEntry> dmarc = ofCheck(entries, u"dmarc"_qs);
        QCOMPARE(codes(dmarc), QStringList{code});
        const AnalysisEntry &entry = dmarc.constFirst();
        QCOMPARE(entry.severity, code == u"dmarc_found"_qs ? Severity::Information : Severity::Warning);
        QCOMPARE(resolver.asked.mid(1), asked); // after the SPF lookup of the From domain
        QVERIFY2(entry.text().contains(from), qPrintable(entry.text()));
        if (!policy.isEmpty()) {
            QCOMPARE(entry.details.value(u"policy"_qs).toString(), policy);
            QVERIFY2(entry.text().contains(u"p="_qs + policy), qPrintable(entry.text()));
        }
    }

    // The first question without an answer: every check says it was not done, and DNS is not
    // asked again (each question would wait for the whole timeout).
    void dnsThatDoesNotAnswer()
    {
        FakeTxtResolver resolver;
        resolver.silence(u"s1._domainkey.example.com"_qs);
        resolver.publish(u"example.com"_qs, {"v=spf1 -all"});
        resolver.publish(u"_dmarc.example.com"_qs, {"v=DMARC1; p=reject"});
        const QList<AnalysisEntry> entries = check(u"example.com"_qs, u"bounces.example.com"_qs, rsaKey(m_rsaKey), resolver);
        QCOMPARE(resolver.asked, QStringList{u"s1._domainkey.example.com"_qs});
        QCOMPARE(codes(entries), QStringList(4, u"dns_unreachable"_qs));
        QStringList checks, names;
        for (const AnalysisEntry &entry : entries) {
            QCOMPARE(entry.severity, Severity::Warning);
            QCOMPARE(entry.details.value(u"error"_qs).toString(), u"no answer from DNS"_qs);
            checks.append(entry.details.value(u"check"_qs).toString());
            names.append(entry.details.value(u"name"_qs).toString());
        }
        QCOMPARE(checks, (QStringList{u"dkim"_qs, u"spf"_qs, u"spf"_qs, u"dmarc"_qs}));
        QCOMPARE(names, (QStringList{u"s1._domainkey.example.com"_qs, u"bounces.example.com"_qs, u"example.com"_qs,
                                     u"_dmarc.example.com"_qs}));
        QVERIFY2(entries.at(1).text().contains(u"bounces.example.com"_qs), qPrintable(entries.at(1).text()));
    }

    // Checks before the silence are done; the organizational domain is not asked.
    void dnsThatStopsAnswering()
    {
        FakeTxtResolver resolver;
        resolver.publish(u"s1._domainkey.example.com"_qs, {m_rsaRecord});
        resolver.publish(u"news.example.com"_qs, {"v=spf1 -all"});
        resolver.silence(u"_dmarc.news.example.com"_qs);
        const QList<AnalysisEntry> entries = check(u"news.example.com"_qs, u"news.example.com"_qs, rsaKey(m_rsaKey), resolver);
        QCOMPARE(codes(entries), (QStringList{u"dkim_record_matches"_qs, u"spf_found"_qs, u"dns_unreachable"_qs}));
        QCOMPARE(entries.at(2).details.value(u"check"_qs).toString(), u"dmarc"_qs);
        QVERIFY(!resolver.asked.contains(u"_dmarc.example.com"_qs));
    }

    void internationalizedDomainsAskedInAscii()
    {
        FakeTxtResolver resolver;
        resolver.publish(u"xn--exmple-cua.com"_qs, {"v=spf1 -all"});
        const QList<AnalysisEntry> spf = ofCheck(check(u"exämple.com"_qs, u"exämple.com"_qs, {}, resolver), u"spf"_qs);
        QCOMPARE(codes(spf), QStringList{u"spf_found"_qs});
        QCOMPARE(resolver.asked.value(1), u"_dmarc.xn--exmple-cua.com"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSenderDomainCheck)
#include "tst_senderdomaincheck.moc"
