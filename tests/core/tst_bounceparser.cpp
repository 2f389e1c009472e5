// The bounce parser and its qualification against the corpus in tests/data/bounces (each
// <name>.eml beside <name>.json, the fields `bounce parse --json` must print for it), against
// malformed and huge MIME, and from several threads at once.
#include "inmail/bouncejson.h"
#include "inmail/bounceparser.h"
#include "inmail/bouncequalifier.h"
#include "inmail/plaintextbounce.h"
#include "inmail/smtpdiagnostic.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <optional>
#include <thread>

using namespace diffusion;

namespace {

QString corpusDir()
{
    return QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/data/bounces");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Where `actual` differs from the fields `expected` names: objects are compared key by key on
// the expected keys only, arrays element by element and by length, anything else by value.
void compareJson(const QJsonValue &expected, const QJsonValue &actual, const QString &path, QStringList *differences)
{
    if (expected.isObject()) {
        const QJsonObject object = expected.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!actual.isObject() || !actual.toObject().contains(it.key()))
                differences->append(path + u'.' + it.key() + u": missing"_qs);
            else
                compareJson(it.value(), actual.toObject().value(it.key()), path + u'.' + it.key(), differences);
        }
    } else if (expected.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray have = actual.toArray();
        if (!actual.isArray() || want.size() != have.size()) {
            differences->append(path + u": expected "_qs + QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact))
                                + u", got "_qs + QString::fromUtf8(QJsonDocument(have).toJson(QJsonDocument::Compact)));
            return;
        }
        for (qsizetype i = 0; i < want.size(); ++i)
            compareJson(want.at(i), have.at(i), path + u'[' + QString::number(i) + u']', differences);
    } else if (expected != actual) {
        differences->append(path + u": expected "_qs + expected.toVariant().toString() + u", got "_qs
                            + actual.toVariant().toString());
    }
}

// A header and a multipart/report whose delivery-status part holds `status` as written.
QByteArray reportWith(const QByteArray &statusHeaders, const QByteArray &status, const QByteArray &ending = "--r--\n")
{
    return "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n"
           "--r\nContent-Type: text/plain\n\nThe mail system could not deliver your message.\n\n"
           "--r\nContent-Type: message/delivery-status\n"
        + statusHeaders + "\n" + status + "\n" + ending;
}

const QByteArray validStatus = "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; gone@example.org\n"
                               "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n";

} // namespace

class TestBounceParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void corpusCoversEveryCase();
    void diagnostic_data();
    void diagnostic();
    void malformed_data();
    void malformed();
    void parsesFromManyThreads();

private:
    std::optional<BounceQualifier> m_qualifier;
};

void TestBounceParser::initTestCase()
{
    m_qualifier = BounceQualifier::defaults();
}

void TestBounceParser::corpus_data()
{
    QTest::addColumn<QString>("name");
    const QStringList samples = QDir(corpusDir()).entryList({u"*.eml"_qs}, QDir::Files, QDir::Name);
    for (const QString &eml : samples) {
        const QString name = eml.chopped(4);
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestBounceParser::corpus()
{
    QFETCH(QString, name);
    const QByteArray raw = readFile(corpusDir() + u'/' + name + u".eml"_qs);
    QVERIFY2(QFile::exists(corpusDir() + u'/' + name + u".json"_qs), "every sample has its expected .json beside it");
    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(readFile(corpusDir() + u'/' + name + u".json"_qs), &error);
    QVERIFY2(expected.isObject(), qPrintable(error.errorString()));

    const BounceReport report = parseBounce(raw);
    const QJsonObject actual = bounceJson(report, m_qualifier->qualify(report));
    QStringList differences;
    compareJson(expected.object(), actual, QString(), &differences);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n') + u"\nactual: "_qs
                                                 + QString::fromUtf8(QJsonDocument(actual).toJson())));
}

// The corpus holds what the issue asks for: enough samples, every kind, non-bounces, both
// families of qualification.
void TestBounceParser::corpusCoversEveryCase()
{
    QMap<QString, int> kinds;
    QSet<QString> reasons;
    bool byInboundRule = false, bySyncRule = false, unqualified = false;
    const QStringList samples = QDir(corpusDir()).entryList({u"*.eml"_qs}, QDir::Files);
    QVERIFY(samples.size() >= 35);
    for (const QString &eml : samples) {
        QVERIFY2(QFile::exists(corpusDir() + u'/' + eml.chopped(4) + u".json"_qs), qPrintable(eml));
        const BounceReport report = parseBounce(readFile(corpusDir() + u'/' + eml));
        ++kinds[bounceKindId(report.kind)];
        for (const QualifiedBounceRecipient &q : m_qualifier->qualify(report)) {
            reasons.insert(stableId(failureReasonCodes(), q.qualification.reason));
            byInboundRule = byInboundRule || q.byInboundRule;
            bySyncRule = bySyncRule || (!q.byInboundRule && q.ruleId != 0);
            unqualified = unqualified || q.unqualified;
        }
    }
    for (const QString &kind : {u"dsn"_qs, u"arf"_qs, u"autoreply"_qs, u"unknown"_qs})
        QVERIFY2(kinds.value(kind) >= 3, qPrintable(kind));
    for (const QString &reason : {u"user_unknown"_qs, u"mailbox_full"_qs, u"invalid_domain"_qs, u"account_disabled"_qs,
                                  u"refused"_qs, u"unreachable"_qs, u"denylisted"_qs, u"error_ignored"_qs, u"not_defined"_qs})
        QVERIFY2(reasons.contains(reason), qPrintable(reason));
    QVERIFY(byInboundRule);
    QVERIFY(bySyncRule);
    QVERIFY(unqualified);
}

void TestBounceParser::diagnostic_data()
{
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");

    QTest::newRow("plain") << u"550 5.1.1 <a@b.example>: User unknown"_qs << 550 << u"5.1.1"_qs
                           << u"<a@b.example>: User unknown"_qs << u"5.1.1"_qs;
    QTest::newRow("gmail multi-line")
        << u"550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking "
           "the address 550 5.1.1  https://support.example/?p=NoSuchUser x - gsmtp"_qs
        << 550 << u"5.1.1"_qs
        << u"The email account that you tried to reach does not exist. Please try double-checking the address "
           "https://support.example/?p=NoSuchUser x - gsmtp"_qs
        << u"5.1.1"_qs;
    QTest::newRow("code without enhanced") << u"554 delivery error: dd This user doesn't have an account"_qs << 554 << QString()
                                           << u"delivery error: dd This user doesn't have an account"_qs << u"5.0.0"_qs;
    QTest::newRow("enhanced of another class") << u"550 4.2.2 odd"_qs << 550 << QString() << u"4.2.2 odd"_qs << u"5.0.0"_qs;
    QTest::newRow("reply after words")
        << u"host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)"_qs << 452 << u"4.2.2"_qs
        << u"Mailbox full (in reply to RCPT TO command)"_qs << u"4.2.2"_qs;
    QTest::newRow("enhanced code alone") << u"Sorry, no mailbox here by that name. (#5.1.1)"_qs << 0 << u"5.1.1"_qs
                                         << u"Sorry, no mailbox here by that name. (#5.1.1)"_qs << u"5.1.1"_qs;
    QTest::newRow("an IP is no code") << u"connect to 203.0.113.5[203.0.113.5]:25: Connection timed out"_qs << 0 << QString()
                                      << u"connect to 203.0.113.5[203.0.113.5]:25: Connection timed out"_qs << QString();
    QTest::newRow("a version is no code") << u"Exim 4.96.1 said nothing"_qs << 0 << QString() << u"Exim 4.96.1 said nothing"_qs
                                          << QString();
    QTest::newRow("empty") << QString() << 0 << QString() << QString() << QString();
}

void TestBounceParser::diagnostic()
{
    QFETCH(QString, diagnostic);
    const SmtpDiagnostic read = SmtpDiagnostic::read(diagnostic);
    QTEST(read.code, "code");
    QTEST(read.enhanced, "enhanced");
    QTEST(read.text, "text");
    QTEST(read.status(), "status");
}

void TestBounceParser::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("kind");

    QByteArray deep = "From: someone@example.net\nContent-Type: multipart/mixed; boundary=b0\n\n";
    for (int i = 1; i < 10000; ++i)
        deep += "--b" + QByteArray::number(i - 1) + "\nContent-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n";
    deep += "--b9999\nContent-Type: message/delivery-status\n\n" + validStatus;
    QTest::newRow("multipart nested 10,000 deep") << deep << u"unknown"_qs;

    QTest::newRow("message/rfc822 nested 10,000 deep")
        << ("From: someone@example.net\nContent-Type: message/rfc822\n\n"_qba.repeated(10000) + "\nbody\n") << u"unknown"_qs;
    QTest::newRow("5 MB header line") << ("From: a@example.net\nSubject: " + QByteArray(5'000'000, 'x') + "\n\nbody\n")
                                      << u"unknown"_qs;
    QByteArray headers = "From: a@example.net\n";
    for (int i = 0; i < 100000; ++i)
        headers += "X-Header-" + QByteArray::number(i) + ": value\n";
    QTest::newRow("100,000 headers") << (headers + "\nbody\n") << u"unknown"_qs;
    // GMime grows a folded header's buffer line by line: linear with glibc's realloc, quadratic
    // with the sanitizer's (a million lines take half a minute there), hence 200,000.
    QTest::newRow("200,000 folded lines") << ("From: a@example.net\nSubject: x\n" + " y\n"_qba.repeated(200'000) + "\nbody\n")
                                          << u"unknown"_qs;
    QTest::newRow("unterminated encoded words")
        << ("From: =?utf-8?q?" + "=?utf-8?b?"_qba.repeated(100000) + " <a@example.net>\nSubject: =?x?q?\n\nbody\n") << u"unknown"_qs;

    QTest::newRow("broken base64 report")
        << reportWith("Content-Transfer-Encoding: base64\n", "UmVwb3J0aW5nLU1UQTog!!!ZG5zOyBteC5leGFtcGxl\x01\x02===QUFB\nQ")
        << u"dsn"_qs;
    QTest::newRow("broken quoted-printable text")
        << QByteArray("From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\nContent-Transfer-Encoding: quoted-printable\n\n"
                      "Hi. This is the qmail-send program at mx.example.org.=ZZ=\n=4\n\n<gone@example.org>:\n"
                      "Remote host said: 550 5.1.1 User unknown =XY=\n=")
        << u"dsn"_qs;
    QTest::newRow("truncated boundary") << reportWith({}, validStatus + "\n--r\nContent-Type: text/rfc822-headers\n\nMessage-ID: <d1.m2",
                                                      {})
                                        << u"dsn"_qs;
    QTest::newRow("boundary that never comes")
        << QByteArray("From: someone@example.net\nContent-Type: multipart/report; boundary=nowhere\n\n--elsewhere\n\n" + validStatus)
        << u"unknown"_qs;
    QByteArray withNuls = reportWith({}, validStatus);
    withNuls.replace("The mail system", QByteArray("The\0mail\0system", 15));
    withNuls.insert(withNuls.indexOf("--r\nContent-Type: message"), QByteArray("\0\0\0\n", 4));
    QTest::newRow("NUL bytes") << withNuls << u"dsn"_qs;
    QTest::newRow("100,000 empty parts")
        << ("From: MAILER-DAEMON@mx.example.org\nContent-Type: multipart/mixed; boundary=p\n\n" + "--p\n\n"_qba.repeated(100000))
        << u"unknown"_qs;
    QByteArray addresses = "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n\n";
    for (int i = 0; i < 20000; ++i)
        addresses += "user" + QByteArray::number(i) + "@example.org: 550 5.1.1 unknown\n";
    QTest::newRow("20,000 failed addresses") << addresses << u"dsn"_qs;
    QTest::newRow("one long line of addresses")
        << ("From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n\n" + "a@example.org b@example.org "_qba.repeated(100000))
        << u"unknown"_qs;
    QTest::newRow("20 MB after a report") << (reportWith({}, validStatus) + QByteArray(20'000'000, 'z')) << u"dsn"_qs;
    QByteArray noise(1'000'000, Qt::Uninitialized);
    QRandomGenerator random(8); // the same bytes at every run
    for (char &c : noise)
        c = char(random.bounded(256));
    QTest::newRow("random bytes") << noise << u"unknown"_qs;
    QTest::newRow("header without colon") << QByteArray("\x01\x02\xff\xfe not a header\n\n\xff\n") << u"unknown"_qs;
}

// Malformed and huge input gives a sane answer quickly, never a crash or a hang: the bound is
// generous enough for the sanitizer build; a plain build takes milliseconds.
void TestBounceParser::malformed()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, kind);
    QElapsedTimer timer;
    timer.start();
    const BounceReport report = parseBounce(raw);
    const QList<QualifiedBounceRecipient> qualified = m_qualifier->qualify(report);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(bounceKindId(report.kind), kind);
    QCOMPARE(qualified.size(), report.recipients.size());
    if (report.kind == BounceKind::Unknown)
        QVERIFY(report.recipients.isEmpty());
    QVERIFY(report.recipients.size() <= PlainTextBounce::maxRecipients);
    QVERIFY(report.humanText.size() <= BounceReport::humanTextLimit);
    for (const BounceRecipient &recipient : report.recipients)
        QVERIFY(recipient.recipient.contains(u'@'));
}

void TestBounceParser::parsesFromManyThreads()
{
    QList<QByteArray> messages;
    for (const QString &eml : QDir(corpusDir()).entryList({u"*.eml"_qs}, QDir::Files, QDir::Name))
        messages.append(readFile(corpusDir() + u'/' + eml));
    const auto describe = [this](const QByteArray &raw) {
        const BounceReport report = parseBounce(raw);
        return QJsonDocument(bounceJson(report, m_qualifier->qualify(report))).toJson();
    };
    QList<QByteArray> expected;
    for (const QByteArray &raw : messages)
        expected.append(describe(raw));
    // Four threads parse the corpus eight times over, each starting at another sample.
    constexpr int threads = 4;
    constexpr int rounds = 8;
    QList<QList<QByteArray>> results(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (qsizetype i = 0; i < messages.size() * rounds; ++i)
                results[t].append(describe(messages.at((i + t * 7) % messages.size())));
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (int t = 0; t < threads; ++t) {
        for (qsizetype i = 0; i < results.at(t).size(); ++i)
            QCOMPARE(results.at(t).at(i), expected.at((i + t * 7) % messages.size()));
    }
}

QTEST_GUILESS_MAIN(TestBounceParser)
#include "tst_bounceparser.moc"
