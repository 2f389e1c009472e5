// The MX rules and qualification rules editors (offscreen): add, edit, move and delete, then
// Save, read back with the sqlite3 program; wrong input shown under its field with OK blocked; a
// save over rules changed meanwhile refused; the "Test this reply" box following unsaved edits;
// the replies to qualify with their counts, and a rule drafted from one.
#include "feedback/unqualifiedreplies.h"
#include "i18n/language.h"
#include "process.h"
#include "rules/mxruledialog.h"
#include "rules/mxrulelistmodel.h"
#include "rules/mxrulesarea.h"
#include "rules/qualificationarea.h"
#include "rules/qualificationruledialog.h"
#include "rules/qualificationrulelistmodel.h"
#include "rules/ruletable.h"
#include "rules/toqualifymodel.h"
#include "smtp/smtpreplyparser.h"
#include "store/storewriter.h"
#include "tempworkspace.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;
using diffusion::test::child;

namespace {

void click(const QWidget *area, const QString &button)
{
    QPushButton *target = child<QPushButton>(area, button);
    if (!target->isEnabled())
        qWarning("%s is disabled", qPrintable(button));
    QTest::mouseClick(target, Qt::LeftButton);
}

bool enabled(const QWidget *area, const QString &button)
{
    return child<QPushButton>(area, button)->isEnabled();
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QString label(const QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

void choose(QComboBox *box, int value)
{
    box->setCurrentIndex(box->findData(value));
}

SmtpReply parsed(const QByteArray &text)
{
    SmtpReplyParser parser;
    parser.append(text + "\r\n");
    if (parser.next() != SmtpReplyParser::Status::Reply)
        qFatal("not a reply: %s", text.constData());
    return parser.reply();
}

// The MX rules in order, "mask:connections" joined by commas.
QString storedMxRules(const QString &workspace)
{
    return test::sqliteValue(workspace, u"SELECT group_concat(mask || ':' || max_connections) FROM "
                                        "(SELECT * FROM mx_rule ORDER BY position)"_qs);
}

int rowOfMask(const MxRuleListModel &model, const QString &mask)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rule(row).mask == mask)
            return row;
    }
    return -1;
}

} // namespace

class TestRuleEditors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(Language::install(u"en"_qs));
        QCoreApplication::processEvents();
    }

    void mxRulesEditedThenSaved()
    {
        test::TempWorkspace temp;
        const QString path = temp.path();
        const QStringList initial = storedMxRules(path).split(u',');
        MxRulesArea area(temp.workspace(), nullptr);
        area.show();
        MxRuleListModel &model = *area.model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), initial.size());
        QCOMPARE(text(model, 0, MxRuleListModel::Mask), initial.first().section(u':', 0, 0));
        QVERIFY(!enabled(&area, u"saveRules"_qs));
        QVERIFY(!enabled(&area, u"revertRules"_qs));

        // The generic rule stays last.
        const int generic = model.rowCount() - 1;
        QCOMPARE(model.rule(generic).mask, u"*"_qs);
        area.table()->selectRow(generic);
        QVERIFY(!enabled(&area, u"deleteRule"_qs));
        QVERIFY(!enabled(&area, u"moveRuleUp"_qs));
        QVERIFY(enabled(&area, u"editRule"_qs));
        area.table()->selectRow(generic - 1);
        QVERIFY(!enabled(&area, u"moveRuleDown"_qs));
        QVERIFY(enabled(&area, u"moveRuleUp"_qs));

        // Add after the first rule.
        area.table()->selectRow(0);
        click(&area, u"addRule"_qs);
        MxRuleDialog *dialog = area.openDialog();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, u"mask"_qs)->setText(u"*.example.net"_qs);
        child<QSpinBox>(dialog, u"maxConnections"_qs)->setValue(3);
        child<QSpinBox>(dialog, u"messagesPerHour"_qs)->setValue(600);
        choose(child<QComboBox>(dialog, u"tls"_qs), int(TlsPolicy::Required));
        QVERIFY(dialog->problems().isEmpty());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(model.rowCount(), initial.size() + 1);
        QCOMPARE(model.rule(1).mask, u"*.example.net"_qs);
        QCOMPARE(text(model, 1, MxRuleListModel::Tls), u"Required"_qs);
        QCOMPARE(text(model, 1, MxRuleListModel::MessagesPerHour), u"600"_qs);

        // Edit the first, move the new one up, delete one.
        area.table()->selectRow(0);
        click(&area, u"editRule"_qs);
        dialog = area.openDialog();
        child<QSpinBox>(dialog, u"maxConnections"_qs)->setValue(4);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        area.table()->selectRow(1);
        click(&area, u"moveRuleUp"_qs);
        QCOMPARE(model.rule(0).mask, u"*.example.net"_qs);
        QCOMPARE(area.table()->currentRow(), 0);
        const QString removed = initial.at(initial.size() - 2).section(u':', 0, 0);
        area.table()->selectRow(rowOfMask(model, removed));
        click(&area, u"deleteRule"_qs);
        QCOMPARE(rowOfMask(model, removed), -1);
        QVERIFY(model.isModified());
        QVERIFY(!area.table()->message().isEmpty());

        // Nothing reaches the workspace before Save.
        QCOMPARE(storedMxRules(path), initial.join(u','));
        QSignalSpy saved(&area, &MxRulesArea::saved);
        click(&area, u"saveRules"_qs);
        QTRY_COMPARE(saved.count(), 1);
        QStringList expected = initial;
        expected[0] = initial.first().section(u':', 0, 0) + u":4"_qs;
        expected.removeAt(expected.size() - 2);
        expected.prepend(u"*.example.net:3"_qs);
        QCOMPARE(storedMxRules(path), expected.join(u','));
        QCOMPARE(test::sqliteValue(path, u"SELECT messages_per_hour || tls_policy FROM mx_rule WHERE mask = '*.example.net'"_qs),
                 u"600required"_qs);
        QVERIFY(!model.isModified());
        QVERIFY(!enabled(&area, u"saveRules"_qs));
        QVERIFY(area.table()->message().startsWith(u"Saved"_qs));
    }

    void mxWrongInputIsShownAndBlocksOk()
    {
        test::TempWorkspace temp;
        MxRulesArea area(temp.workspace(), nullptr);
        area.show();
        const int rows = area.model()->rowCount();
        click(&area, u"addRule"_qs);
        MxRuleDialog *dialog = area.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->problems().contains(u"mask"_qs));
        QVERIFY(child<QLabel>(dialog, u"maskProblem"_qs)->isVisibleTo(dialog));
        QVERIFY(!dialog->okButton()->isEnabled());

        QLineEdit *mask = child<QLineEdit>(dialog, u"mask"_qs);
        mask->setText(area.model()->rule(0).mask);
        QVERIFY2(dialog->problems().value(u"mask"_qs).contains(area.model()->rule(0).mask), qPrintable(dialog->problems().value(u"mask"_qs)));
        mask->setText(u"mx .example.net"_qs);
        QVERIFY(dialog->problems().contains(u"mask"_qs));
        mask->setText(u"*.new.test"_qs);
        QVERIFY(dialog->problems().isEmpty());

        QSpinBox *connections = child<QSpinBox>(dialog, u"maxConnections"_qs);
        connections->setValue(0);
        const QString sentence = dialog->problems().value(u"maxConnections"_qs);
        QVERIFY2(sentence.contains(u"1,000"_qs), qPrintable(sentence));
        QCOMPARE(label(dialog, u"maxConnectionsProblem"_qs), sentence);
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        connections->setValue(1001);
        QVERIFY(dialog->problems().contains(u"maxConnections"_qs));
        connections->setValue(1000);
        child<QSpinBox>(dialog, u"dataTimeout"_qs)->setValue(0);
        QCOMPARE(dialog->problems().keys(), QList<QString>{u"dataTimeout"_qs});
        QVERIFY(!child<QLabel>(dialog, u"maxConnectionsProblem"_qs)->isVisibleTo(dialog));
        child<QSpinBox>(dialog, u"dataTimeout"_qs)->setValue(1);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->reject();
        QCOMPARE(area.model()->rowCount(), rows);
        QVERIFY(!area.model()->isModified());

        // The generic rule keeps its mask.
        area.table()->selectRow(rows - 1);
        click(&area, u"editRule"_qs);
        QVERIFY(child<QLineEdit>(area.openDialog(), u"mask"_qs)->isReadOnly());
        area.openDialog()->reject();
    }

    void saveOverRulesChangedMeanwhileIsRefused()
    {
        test::TempWorkspace temp;
        MxRulesArea area(temp.workspace(), nullptr);
        area.show();
        area.table()->selectRow(0);
        click(&area, u"editRule"_qs);
        child<QSpinBox>(area.openDialog(), u"maxConnections"_qs)->setValue(7);
        QTest::mouseClick(area.openDialog()->okButton(), Qt::LeftButton);

        // Someone else (diffusion-cli, another window) changes the rules meanwhile.
        QList<MxRule> other = area.model()->storedRules();
        other[0].maxConnections = 2;
        temp.writer().submit([other](QSqlDatabase &db) { MxRuleEditing::save(db, other); }).waitForFinished();

        click(&area, u"saveRules"_qs);
        QTRY_VERIFY2(area.table()->message().contains(u"changed elsewhere"_qs), qPrintable(area.table()->message()));
        QVERIFY(storedMxRules(temp.path()).startsWith(area.model()->rule(0).mask + u":2,"_qs));
        QVERIFY(area.model()->isModified());

        // Revert reads them again.
        click(&area, u"revertRules"_qs);
        QVERIFY(!area.model()->isModified());
        QCOMPARE(area.model()->rule(0).maxConnections, 2);
    }

    void qualificationRulesEditedThenSaved()
    {
        test::TempWorkspace temp;
        const QString path = temp.path();
        QualificationArea area(temp.workspace(), nullptr);
        area.show();
        QualificationRuleListModel &model = *area.model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int count = test::sqliteValue(path, u"SELECT count(*) FROM qualification_rule"_qs).toInt();
        QCOMPARE(model.rowCount(), count);
        const qint64 firstId = model.rule(0).id;
        const qint64 lastId = model.rule(count - 1).id;
        QCOMPARE(QString::number(firstId), test::sqliteValue(path, u"SELECT id FROM qualification_rule ORDER BY position, id LIMIT 1"_qs));

        area.table()->selectRow(0);
        click(&area, u"addRule"_qs);
        QualificationRuleDialog *dialog = area.openDialog();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, u"label"_qs)->setText(u"House robot"_qs);
        child<QLineEdit>(dialog, u"smtpCode"_qs)->setText(u"5??"_qs);
        child<QLineEdit>(dialog, u"textRegex"_qs)->setText(u"house robot"_qs);
        choose(child<QComboBox>(dialog, u"type"_qs), int(FailureType::Hard));
        choose(child<QComboBox>(dialog, u"reason"_qs), int(FailureReason::AccountDisabled));
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().values().join(u' ')));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(model.rule(1).label, u"House robot"_qs);
        QCOMPARE(text(model, 1, QualificationRuleListModel::Reason), u"Account disabled"_qs);
        click(&area, u"moveRuleUp"_qs);
        QCOMPARE(model.rule(0).label, u"House robot"_qs);

        area.table()->selectRow(1);
        click(&area, u"editRule"_qs);
        child<QLineEdit>(area.openDialog(), u"label"_qs)->setText(u"Edited"_qs);
        QTest::mouseClick(area.openDialog()->okButton(), Qt::LeftButton);
        area.table()->selectRow(count);
        click(&area, u"deleteRule"_qs);
        QCOMPARE(model.rowCount(), count);

        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM qualification_rule WHERE label IN ('House robot', 'Edited')"_qs),
                 u"0"_qs);
        QSignalSpy saved(&area, &QualificationArea::saved);
        click(&area, u"saveRules"_qs);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(test::sqliteValue(path, u"SELECT label || '|' || smtp_code || '|' || text_regex || '|' || failure_type || '|' || "
                                         "failure_reason FROM qualification_rule ORDER BY position LIMIT 1"_qs),
                 u"House robot|5??|house robot|2|4"_qs);
        // The edited rule kept its id and comes second; the deleted one is gone.
        QCOMPARE(test::sqliteValue(path, u"SELECT id || '|' || label FROM qualification_rule ORDER BY position LIMIT 1 OFFSET 1"_qs),
                 QString::number(firstId) + u"|Edited"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM qualification_rule WHERE id = %1"_qs.arg(lastId)), u"0"_qs);
        QCOMPARE(test::sqliteValue(path, u"SELECT count(*) FROM qualification_rule"_qs).toInt(), count);
        QVERIFY(model.rule(0).id > 0);
        QVERIFY(!model.isModified());
    }

    void qualificationWrongInputIsShownAndBlocksOk()
    {
        test::TempWorkspace temp;
        QualificationArea area(temp.workspace(), nullptr);
        area.show();
        click(&area, u"addRule"_qs);
        QualificationRuleDialog *dialog = area.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->problems().contains(u"label"_qs));
        child<QLineEdit>(dialog, u"label"_qs)->setText(u"Test"_qs);
        QVERIFY(dialog->problems().isEmpty());

        const QList<std::tuple<QString, QString, QString>> wrong{
            {u"smtpCode"_qs, u"5x0"_qs, u"not a reply code"_qs},
            {u"enhancedCode"_qs, u"5.1"_qs, u"class.subject.detail"_qs},
            {u"textRegex"_qs, u"user (unknown"_qs, u"not a valid regular expression"_qs},
        };
        for (const auto &[field, value, sentence] : wrong) {
            QLineEdit *edit = child<QLineEdit>(dialog, field);
            edit->setText(value);
            QVERIFY2(dialog->problems().value(field).contains(sentence), qPrintable(field + u": "_qs + dialog->problems().value(field)));
            QCOMPARE(label(dialog, field + u"Problem"_qs), dialog->problems().value(field));
            QVERIFY(!dialog->okButton()->isEnabled());
            edit->clear();
        }
        // A 5xx reply is never retried: Soft is refused, Hard accepted.
        child<QLineEdit>(dialog, u"smtpCode"_qs)->setText(u"552"_qs);
        choose(child<QComboBox>(dialog, u"type"_qs), int(FailureType::Soft));
        QVERIFY(dialog->problems().value(u"type"_qs).contains(u"never retried"_qs));
        QVERIFY(!dialog->okButton()->isEnabled());
        choose(child<QComboBox>(dialog, u"type"_qs), int(FailureType::Hard));
        QVERIFY(dialog->problems().isEmpty());
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->reject();
        QVERIFY(!area.model()->isModified());
    }

    void testBoxFollowsUnsavedEdits()
    {
        test::TempWorkspace temp;
        QualificationArea area(temp.workspace(), nullptr);
        area.show();
        QLineEdit *reply = child<QLineEdit>(&area, u"testReply"_qs);
        // The examples of ../shared/spec/email-delivery.md §5.
        const QList<std::tuple<QString, QString, QString>> examples{
            {u"550 5.1.1 <ann@example.com>... User unknown"_qs, u"Hard"_qs, u"User unknown"_qs},
            {u"452 4.2.2 Mailbox full"_qs, u"Soft"_qs, u"Mailbox full"_qs},
            {u"421 4.7.0 Too many messages, rate limited"_qs, u"Soft"_qs, u"Refused"_qs},
        };
        for (const auto &[typed, type, reason] : examples) {
            reply->setText(typed);
            QCOMPARE(label(&area, u"testType"_qs), type);
            QCOMPARE(label(&area, u"testReason"_qs), reason);
            QVERIFY2(label(&area, u"testRule"_qs).startsWith(u"Rule "_qs), qPrintable(label(&area, u"testRule"_qs)));
        }
        reply->setText(u"hello"_qs);
        QVERIFY(!label(&area, u"testMessage"_qs).isEmpty());
        QVERIFY(label(&area, u"testReason"_qs).isEmpty());

        // A rule added first, not saved, decides at once; deleted, the default rules answer again.
        reply->setText(std::get<0>(examples.first()));
        const QString before = label(&area, u"testRule"_qs);
        area.table()->selectRow(-1);
        click(&area, u"addRule"_qs);
        QualificationRuleDialog *dialog = area.openDialog();
        child<QLineEdit>(dialog, u"label"_qs)->setText(u"Robots"_qs);
        child<QLineEdit>(dialog, u"enhancedCode"_qs)->setText(u"5.1.1"_qs);
        choose(child<QComboBox>(dialog, u"type"_qs), int(FailureType::Ignored));
        choose(child<QComboBox>(dialog, u"reason"_qs), int(FailureReason::ErrorIgnored));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        const int added = area.model()->rowCount() - 1;
        QCOMPARE(area.model()->rule(added).label, u"Robots"_qs);
        QCOMPARE(label(&area, u"testRule"_qs), before); // last: an earlier rule still decides
        area.table()->selectRow(added);
        while (area.table()->currentRow() > 0)
            click(&area, u"moveRuleUp"_qs);
        QCOMPARE(label(&area, u"testReason"_qs), u"Error ignored"_qs);
        QCOMPARE(label(&area, u"testType"_qs), u"Ignored"_qs);
        QCOMPARE(label(&area, u"testRule"_qs), u"Rule 1 in the table: Robots"_qs);
        click(&area, u"deleteRule"_qs);
        QCOMPARE(label(&area, u"testReason"_qs), u"User unknown"_qs);
        QCOMPARE(label(&area, u"testRule"_qs), before);
        QVERIFY(!area.model()->isModified());
    }

    void repliesToQualifyWithTheirCounts()
    {
        test::TempWorkspace temp;
        const SmtpReply first = parsed("550 5.9.9 <ann@example.com>: frobnicated by the gateway");
        const SmtpReply second = parsed("550 5.9.9 <bob@example.org>: frobnicated by the gateway");
        const SmtpReply third = parsed("550 5.9.9 <cid@example.net>: frobnicated by the gateway");
        const SmtpReply other = parsed("451 4.9.9 the sky is falling");
        temp.writer().submit([=](QSqlDatabase &db) {
            UnqualifiedReplies::count(db, first, 1714550000);
            UnqualifiedReplies::count(db, other, 1714550050);
            UnqualifiedReplies::count(db, second, 1714550100);
            UnqualifiedReplies::count(db, third, 1714550200);
        }).waitForFinished();

        QualificationArea area(temp.workspace(), nullptr);
        area.show();
        ToQualifyModel &replies = *area.toQualifyModel();
        QAbstractItemModelTester tester(&replies, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(replies.rowCount(), 2);
        QCOMPARE(text(replies, 0, ToQualifyModel::Count), u"3"_qs);
        QCOMPARE(text(replies, 0, ToQualifyModel::Normalized), UnqualifiedReplies::normalizedText(first));
        QCOMPARE(text(replies, 0, ToQualifyModel::Example), third.toString());
        QCOMPARE(text(replies, 0, ToQualifyModel::LastSeen),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(1714550200), QLocale::ShortFormat));
        QCOMPARE(text(replies, 1, ToQualifyModel::Count), u"1"_qs);

        // A row chosen: its reply is tested (no rule takes it), then a rule is drafted from it.
        QVERIFY(!enabled(&area, u"addRuleFromReply"_qs));
        child<QTableView>(&area, u"toQualifyTable"_qs)->selectRow(0);
        QCOMPARE(child<QLineEdit>(&area, u"testReply"_qs)->text(), third.toString());
        QVERIFY2(label(&area, u"testRule"_qs).startsWith(u"No rule matches"_qs), qPrintable(label(&area, u"testRule"_qs)));
        click(&area, u"addRuleFromReply"_qs);
        QualificationRuleDialog *dialog = area.openDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, u"smtpCode"_qs)->text(), u"550"_qs);
        QCOMPARE(child<QLineEdit>(dialog, u"enhancedCode"_qs)->text(), u"5.9.9"_qs);
        QVERIFY(child<QLineEdit>(dialog, u"textRegex"_qs)->text().contains(u"frobnicated"_qs));
        choose(child<QComboBox>(dialog, u"reason"_qs), int(FailureReason::Refused));
        choose(child<QComboBox>(dialog, u"type"_qs), int(FailureType::Ignored));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        const int rows = area.model()->rowCount();
        QCOMPARE(area.model()->rule(rows - 1).smtpCode, u"550"_qs);
        QCOMPARE(label(&area, u"testReason"_qs), u"Refused"_qs);
        QCOMPARE(label(&area, u"testRule"_qs), u"Rule %1 in the table: %2"_qs.arg(rows).arg(area.model()->rule(rows - 1).label));
    }

    void languageSwitchesLive()
    {
        test::TempWorkspace temp;
        QualificationArea qualification(temp.workspace(), nullptr);
        MxRulesArea mx(temp.workspace(), nullptr);
        QualificationRuleListModel &model = *qualification.model();
        int row = 0;
        while (row < model.rowCount() && model.rule(row).qualification.reason != FailureReason::UserUnknown)
            ++row;
        QVERIFY(row < model.rowCount());
        QCOMPARE(text(model, row, QualificationRuleListModel::Reason), u"User unknown"_qs);
        child<QLineEdit>(&qualification, u"testReply"_qs)->setText(u"550 5.1.1 User unknown"_qs);
        QCOMPARE(label(&qualification, u"testReason"_qs), u"User unknown"_qs);
        QSignalSpy mxHeaders(mx.model(), &QAbstractItemModel::headerDataChanged);

        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(text(model, row, QualificationRuleListModel::Reason), u"Utilisateur inconnu"_qs);
        QTRY_COMPARE(label(&qualification, u"testReason"_qs), u"Utilisateur inconnu"_qs);
        QTRY_VERIFY(!mxHeaders.isEmpty());
        QVERIFY(Language::install(u"en"_qs));
        QTRY_COMPARE(text(model, row, QualificationRuleListModel::Reason), u"User unknown"_qs);
        QTRY_COMPARE(label(&qualification, u"testReason"_qs), u"User unknown"_qs);
    }
};

QTEST_MAIN(TestRuleEditors)
#include "tst_ruleeditors.moc"
