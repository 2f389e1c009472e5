// From the command line: a delivery is created for an imported list, and `render` writes the
// message one recipient would receive — personalized, parsed back by Python's e-mail package,
// and DKIM-signed so that python3-dkim verifies it (dual signing through the domain's keys).
#include "dkimverifier.h"
#include "mimeparser.h"
#include "process.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QString publicRecord(const QString &keyPath)
{
    return QString::fromUtf8(test::runCli({u"dkim"_qs, u"record"_qs, u"--key"_qs, keyPath}).out).trimmed();
}

} // namespace

class TestRenderCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    qint64 createDelivery(const QStringList &extra)
    {
        const test::ProcessResult created = test::runCli(QStringList{u"delivery"_qs, u"create"_qs, u"--workspace"_qs, m_workspace,
                                                                     u"--list"_qs, u"clients"_qs, u"--from"_qs, u"news@shop.test"_qs,
                                                                     u"--from-name"_qs, u"La Boutique"_qs,
                                                                     u"--subject"_qs, u"Bonjour {{firstName | client}} !"_qs,
                                                                     u"--html"_qs, path(u"c.html"_qs), u"--text"_qs, path(u"c.txt"_qs),
                                                                     u"--unsubscribe-url"_qs, u"https://shop.test/u/{{messageId}}"_qs}
                                                         + extra);
        if (created.exitCode != 0)
            qWarning("delivery create: %s", created.err.constData());
        bool ok = false;
        const qint64 id = created.out.trimmed().toLongLong(&ok);
        return ok ? id : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = path(u"ws.diffusion"_qs);
        QCOMPARE(test::runCli({u"init"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
        writeFile(path(u"clients.csv"_qs), "email,first name,last name,city\nzoe@example.test,Zoé,Martin,Besançon\nanon@example.test,,,Lyon\n");
        QCOMPARE(test::runCli({u"import"_qs, u"--workspace"_qs, m_workspace, u"--list"_qs, u"clients"_qs, path(u"clients.csv"_qs)}).exitCode, 0);
        writeFile(path(u"c.html"_qs), "<p>Bonjour {{firstName}} de {{city}}</p>");
        writeFile(path(u"c.txt"_qs), "Bonjour {{firstName | client}} de {{city}}\n");
    }

    void createPrintsOnlyTheId()
    {
        const test::ProcessResult created = test::runCli({u"delivery"_qs, u"create"_qs, u"--workspace"_qs, m_workspace,
                                                          u"--list"_qs, u"clients"_qs, u"--from"_qs, u"a@shop.test"_qs,
                                                          u"--subject"_qs, u"Hi"_qs, u"--text"_qs, path(u"c.txt"_qs)});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QRegularExpression(u"^[0-9]+\n$"_qs).match(QString::fromUtf8(created.out)).hasMatch());
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base{u"--list"_qs, u"clients"_qs, u"--from"_qs, u"a@shop.test"_qs, u"--subject"_qs, u"Hi"_qs};
        QTest::newRow("unknown list") << QStringList{u"--list"_qs, u"nope"_qs, u"--from"_qs, u"a@shop.test"_qs, u"--subject"_qs, u"Hi"_qs, u"--text"_qs, u"c.txt"_qs}
                                      << 1 << u"no recipient list named \"nope\""_qs;
        QTest::newRow("bad validity") << base + QStringList{u"--text"_qs, u"c.txt"_qs, u"--validity"_qs, u"5 weeks"_qs} << 2 << u"not a validity period"_qs;
        QTest::newRow("no content") << base << 2 << u"--html FILE, --text FILE"_qs;
        QTest::newRow("bad header") << base + QStringList{u"--text"_qs, u"c.txt"_qs, u"--header"_qs, u"NoColon"_qs} << 2 << u"not a header"_qs;
        QTest::newRow("missing file") << base + QStringList{u"--html"_qs, u"missing.html"_qs} << 1 << u"Cannot read"_qs;
    }

    void createRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (QString &argument : arguments) {
            if (argument.endsWith(u".txt"_qs) || argument.endsWith(u".html"_qs))
                argument = path(argument);
        }
        const test::ProcessResult result = test::runCli(QStringList{u"delivery"_qs, u"create"_qs, u"--workspace"_qs, m_workspace} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void renderIsPersonalizedAndDualSigned()
    {
        const QString rsa = test::opensslKey(path(u"rsa.pem"_qs), test::rsaKeyArguments(2048));
        const QString ed = test::opensslKey(path(u"ed.pem"_qs), test::ed25519KeyArguments());
        // Two keys for the sender domain: every delivery from it is dual-signed.
        for (const auto &[selector, key] : {std::pair{u"rsa1"_qs, rsa}, std::pair{u"ed1"_qs, ed}}) {
            const test::ProcessResult added = test::runCli({u"dkim"_qs, u"add-key"_qs, u"--workspace"_qs, m_workspace,
                                                            u"--domain"_qs, u"shop.test"_qs, u"--selector"_qs, selector, u"--key"_qs, key});
            QVERIFY2(added.exitCode == 0, added.err.constData());
            QCOMPARE(QString::fromUtf8(added.out).trimmed(), u"%1._domainkey.shop.test TXT \"%2\""_qs.arg(selector, publicRecord(key)));
        }
        const qint64 id = createDelivery({});
        QVERIFY(id > 0);

        const test::ProcessResult rendered = test::runCli({u"render"_qs, u"--workspace"_qs, m_workspace, QString::number(id),
                                                           u"--recipient"_qs, u"zoe@EXAMPLE.TEST"_qs});
        QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
        const test::DkimVerification verification = test::verifyDkim(rendered.out, {publicRecord(rsa).toUtf8(), publicRecord(ed).toUtf8()});
        QVERIFY2(verification.verified, verification.report.constData());

        const QJsonObject parsed = test::parseWithPython(rendered.out.toStdString());
        QCOMPARE(test::headerValues(parsed, u"Subject"_qs), QStringList{u"Bonjour Zoé !"_qs});
        QCOMPARE(test::headerValues(parsed, u"To"_qs), QStringList{u"zoe@example.test"_qs});
        QCOMPARE(test::headerValues(parsed, u"DKIM-Signature"_qs).size(), 2);
        const QJsonArray parts = parsed.value(u"parts"_qs).toArray();
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts[0][u"content"_qs].toString().startsWith(u"Bonjour Zoé de Besançon"_qs));

        // A changed byte breaks the signatures: the check above can fail.
        QByteArray tampered = rendered.out;
        tampered.replace("Besan", "Basan");
        QVERIFY(!test::verifyDkim(tampered, {publicRecord(rsa).toUtf8(), publicRecord(ed).toUtf8()}).verified);

        // One key removed: the next render carries one signature; removing it again is an error.
        const QStringList removeEd{u"dkim"_qs, u"remove-key"_qs, u"--workspace"_qs, m_workspace, u"--domain"_qs, u"SHOP.test"_qs,
                                   u"--selector"_qs, u"ed1"_qs};
        const test::ProcessResult removed = test::runCli(removeEd);
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        const test::ProcessResult again = test::runCli(removeEd);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(QString::fromUtf8(again.err).contains(u"no key for shop.test"_qs), again.err.constData());
        const test::ProcessResult single = test::runCli({u"render"_qs, u"--workspace"_qs, m_workspace, QString::number(id),
                                                         u"--recipient"_qs, u"zoe@example.test"_qs});
        QVERIFY2(single.exitCode == 0, single.err.constData());
        QCOMPARE(test::headerValues(test::parseWithPython(single.out.toStdString()), u"DKIM-Signature"_qs).size(), 1);
    }

    void simpleCanonicalizationAndOversignedFrom()
    {
        const QString key = test::opensslKey(path(u"own.pem"_qs), test::ed25519KeyArguments());
        const qint64 id = createDelivery({u"--dkim-key"_qs, key, u"--dkim-selector"_qs, u"own"_qs,
                                          u"--dkim-canonicalization"_qs, u"simple"_qs, u"--dkim-oversign-from"_qs});
        const test::ProcessResult rendered = test::runCli({u"render"_qs, u"--workspace"_qs, m_workspace, QString::number(id),
                                                           u"--recipient"_qs, u"anon@example.test"_qs});
        QCOMPARE(rendered.exitCode, 0);
        const QMap<QByteArray, QByteArray> tags = test::dkimTags(rendered.out.left(rendered.out.indexOf("\r\nDate:")));
        QCOMPARE(tags.value("c"), QByteArray("simple/simple"));
        QCOMPARE(tags.value("s"), QByteArray("own"));
        QCOMPARE(tags.value("h").toLower().count("from"), 2);
        QVERIFY(test::verifyDkim(rendered.out, {publicRecord(key).toUtf8()}).verified);
    }

    void fallbackForAnEmptyField()
    {
        const qint64 id = createDelivery({});
        const test::ProcessResult rendered = test::runCli({u"render"_qs, u"--workspace"_qs, m_workspace, QString::number(id),
                                                           u"--recipient"_qs, u"anon@example.test"_qs});
        QCOMPARE(rendered.exitCode, 0);
        const QJsonObject parsed = test::parseWithPython(rendered.out.toStdString());
        QCOMPARE(test::headerValues(parsed, u"Subject"_qs), QStringList{u"Bonjour client !"_qs});
    }

    void unknownFieldIsReportedWithItsPlace()
    {
        writeFile(path(u"bad.html"_qs), "<p>\n{{prenom}}</p>");
        const qint64 id = createDelivery({u"--html"_qs, path(u"bad.html"_qs)});
        const test::ProcessResult rendered = test::runCli({u"render"_qs, u"--workspace"_qs, m_workspace, QString::number(id),
                                                           u"--recipient"_qs, u"anon@example.test"_qs});
        QCOMPARE(rendered.exitCode, 1);
        QVERIFY2(rendered.err.contains("HTML content: Unknown field \"prenom\" at line 2, column 1"), rendered.err.constData());
        QVERIFY(rendered.out.isEmpty());
    }

    void unreadableKeyIsASentence()
    {
        const qint64 id = createDelivery({u"--dkim-key"_qs, path(u"missing.pem"_qs), u"--dkim-selector"_qs, u"s"_qs});
        const test::ProcessResult rendered = test::runCli({u"render"_qs, u"--workspace"_qs, m_workspace, QString::number(id),
                                                           u"--recipient"_qs, u"anon@example.test"_qs});
        QCOMPARE(rendered.exitCode, 1);
        QVERIFY2(rendered.err.contains("missing.pem"), rendered.err.constData());
    }

    void unknownRecipient()
    {
        const qint64 id = createDelivery({});
        const test::ProcessResult rendered = test::runCli({u"render"_qs, u"--workspace"_qs, m_workspace, QString::number(id),
                                                           u"--recipient"_qs, u"nobody@example.test"_qs});
        QCOMPARE(rendered.exitCode, 1);
        QVERIFY(rendered.err.contains("not in the delivery's recipient list"));
    }
};

QTEST_GUILESS_MAIN(TestRenderCli)
#include "tst_rendercli.moc"
