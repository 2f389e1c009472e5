// `diffusion-cli quarantine list|release|deny`: what it prints, and what the sqlite3 tool then
// finds in the file.
#include "process.h"
#include "quarantine/quarantinebook.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace diffusion;

namespace {

constexpr qint64 t0 = 1'700'000'000; // 2023-11-14T22:13:20Z
constexpr qint64 day = 24 * 60 * 60;

} // namespace

class TestQuarantineCli final : public QObject
{
    Q_OBJECT

private:
    test::ProcessResult quarantine(const QString &action, const QStringList &arguments = {})
    {
        return test::runCli(QStringList{u"quarantine"_qs, action, u"--workspace"_qs, m_workspace} + arguments);
    }

    QJsonArray listJson(const QStringList &arguments = {})
    {
        const test::ProcessResult result = quarantine(u"list"_qs, QStringList{u"--json"_qs} + arguments);
        if (result.exitCode != 0)
            qWarning("list failed: %s", result.err.constData());
        return QJsonDocument::fromJson(result.out).array();
    }

    QString stored(const QString &address)
    {
        return test::sqliteValue(m_workspace, u"SELECT status, error_count, IFNULL(reason, ''), note FROM v_quarantine "
                                      "WHERE address = '%1'"_qs.arg(address));
    }

    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    // ann: hard bounce; bob: one soft error; cy: denylisted by hand.
    void init()
    {
        m_workspace = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".diffusion"_qs);
        QCOMPARE(test::runCli({u"init"_qs, u"--workspace"_qs, m_workspace}).exitCode, 0);
        auto workspace = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting);
        workspace->writer().submit([](QSqlDatabase &db) {
            QuarantineBook book(db);
            book.recordFailure(u"ann@example.com"_qs, FailureType::Hard, FailureReason::UserUnknown, u"550 5.1.1 unknown"_qs, t0);
            book.recordFailure(u"bob@example.com"_qs, FailureType::Soft, FailureReason::MailboxFull, u"452 4.2.2 full"_qs, t0 + day);
        }).waitForFinished();
    }

    void listsAsJson()
    {
        const test::ProcessResult deny = quarantine(u"deny"_qs, {u"cy@Example.ORG"_qs, u"--reason"_qs, u"asked to stop"_qs});
        QVERIFY2(deny.exitCode == 0, deny.err.constData());

        const QJsonArray all = listJson();
        QCOMPARE(all.size(), 3);
        const QJsonObject ann = all.at(0).toObject();
        QCOMPARE(ann.value(u"address"_qs).toString(), u"ann@example.com"_qs);
        QCOMPARE(ann.value(u"status"_qs).toString(), u"quarantine"_qs);
        QCOMPARE(ann.value(u"errors"_qs).toInt(), 1);
        QCOMPARE(ann.value(u"reason"_qs).toString(), u"user_unknown"_qs);
        QCOMPARE(ann.value(u"lastError"_qs).toString(), u"550 5.1.1 unknown"_qs);
        QCOMPARE(ann.value(u"firstErrorAt"_qs).toString(), u"2023-11-14T22:13:20Z"_qs);
        QCOMPARE(ann.value(u"lastErrorAt"_qs).toString(), u"2023-11-14T22:13:20Z"_qs);
        const QJsonObject bob = all.at(1).toObject();
        QCOMPARE(bob.value(u"status"_qs).toString(), u"with_errors"_qs);
        QCOMPARE(bob.value(u"reason"_qs).toString(), u"mailbox_full"_qs);
        QCOMPARE(bob.value(u"lastErrorAt"_qs).toString(), u"2023-11-15T22:13:20Z"_qs);
        const QJsonObject cy = all.at(2).toObject();
        QCOMPARE(cy.value(u"address"_qs).toString(), u"cy@example.org"_qs);
        QCOMPARE(cy.value(u"status"_qs).toString(), u"denylisted"_qs);
        QCOMPARE(cy.value(u"errors"_qs).toInt(), 0);
        QCOMPARE(cy.value(u"reason"_qs).toString(), u"denylisted"_qs);
        QVERIFY(cy.value(u"firstErrorAt"_qs).isNull());

        const QJsonArray quarantined = listJson({u"--status"_qs, u"quarantine"_qs});
        QCOMPARE(quarantined.size(), 1);
        QCOMPARE(quarantined.at(0).toObject().value(u"address"_qs).toString(), u"ann@example.com"_qs);
        QCOMPARE(listJson({u"--status"_qs, u"allowlisted"_qs}), QJsonArray());
    }

    void listsAsTable()
    {
        const test::ProcessResult result = quarantine(u"list"_qs);
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"Address          Status       Errors  Reason"_qs), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"ann@example.com  Quarantine   1       User unknown"_qs), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(u"550 5.1.1 unknown"_qs), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"bob@example.com  With errors  1       Mailbox full"_qs), qPrintable(lines.at(2)));
    }

    void releases()
    {
        const test::ProcessResult result = quarantine(u"release"_qs, {u"ann@EXAMPLE.com"_qs, u"bob@example.com"_qs});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(stored(u"ann@example.com"_qs), u"valid|0||"_qs);
        QCOMPARE(stored(u"bob@example.com"_qs), u"valid|0||"_qs);

        const test::ProcessResult again = quarantine(u"release"_qs, {u"ann@example.com"_qs, u"zed@example.com"_qs});
        QCOMPARE(again.exitCode, 1);
        const QString err = QString::fromUtf8(again.err);
        QVERIFY2(err.contains(u"ann@example.com is not in quarantine"_qs), qPrintable(err));
        QVERIFY2(err.contains(u"zed@example.com is not in quarantine"_qs), qPrintable(err));
        QCOMPARE(test::sqliteValue(m_workspace, u"SELECT count(*) FROM quarantine"_qs), u"2"_qs);
    }

    void denies()
    {
        const test::ProcessResult result = quarantine(u"deny"_qs, {u"ann@example.com"_qs, u"dee@example.net"_qs,
                                                                   u"--reason"_qs, u"spam trap"_qs});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(stored(u"ann@example.com"_qs), u"denylisted|1|denylisted|spam trap"_qs);
        QCOMPARE(stored(u"dee@example.net"_qs), u"denylisted|0|denylisted|spam trap"_qs);

        const test::ProcessResult again = quarantine(u"deny"_qs, {u"dee@example.net"_qs});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(QString::fromUtf8(again.out).contains(u"already denylisted"_qs), again.out.constData());
        QCOMPARE(stored(u"dee@example.net"_qs), u"denylisted|0|denylisted|spam trap"_qs);
    }

    void badUsage()
    {
        QCOMPARE(quarantine(u"release"_qs).exitCode, 2);
        QCOMPARE(quarantine(u"deny"_qs, {u"not an address"_qs}).exitCode, 2);
        QCOMPARE(quarantine(u"list"_qs, {u"--status"_qs, u"sleeping"_qs}).exitCode, 2);
        QCOMPARE(test::runCli({u"quarantine"_qs, u"empty"_qs}).exitCode, 2);
        QCOMPARE(test::runCli({u"quarantine"_qs, u"list"_qs}).exitCode, 2);
        // Nothing was written by the refused commands.
        QCOMPARE(test::sqliteValue(m_workspace, u"SELECT group_concat(status, ',') FROM (SELECT status FROM v_quarantine ORDER BY address)"_qs), u"quarantine,with_errors"_qs);
    }
};

QTEST_GUILESS_MAIN(TestQuarantineCli)
#include "tst_quarantinecli.moc"
