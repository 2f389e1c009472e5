// The delivery editor (offscreen): problems under their fields by the rules analysis applies, the
// live preview for a chosen recipient, saving a new delivery and editing one (which voids its
// analysis), and the Delivery menu's duplicate and delete.
#include "analysisrun.h"
#include "editor/deliveryeditor.h"
#include "delivery/deliveryrepository.h"
#include "i18n/language.h"
#include "import/recipientimport.h"
#include "process.h"
#include "store/storewriter.h"
#include "tempworkspace.h"
#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace diffusion;
using namespace diffusion::ui;
using diffusion::test::child;

class TestDeliveryEditor final : public QObject
{
    Q_OBJECT

    static void importList(test::TempWorkspace &temp)
    {
        QFile file(temp.filePath(u"list.csv"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,first name,city\nann@ok.test,Ann,Paris\nbob@ok.test,Bob,Lyon\n");
        file.close();
        ImportOptions options;
        options.listName = u"customers"_qs;
        options.filePath = file.fileName();
        submitImport(temp.writer(), options).waitForFinished();
    }

    static void type(DeliveryEditor &editor, const QString &name, const QString &text)
    {
        if (auto *line = editor.findChild<QLineEdit *>(name))
            line->setText(text);
        else
            child<QPlainTextEdit>(&editor, name)->setPlainText(text);
    }

private Q_SLOTS:
    void newDeliveryIsCheckedThenSaved()
    {
        test::TempWorkspace temp;
        importList(temp);
        DeliveryEditor editor(temp.workspace(), 0);
        editor.show();
        QPushButton *save = child<QDialogButtonBox>(&editor, QString())->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        QVERIFY(editor.problems().contains(u"sender"_qs));
        QVERIFY(editor.problems().contains(u"subject"_qs));
        QVERIFY(editor.problems().contains(u"html"_qs));

        type(editor, u"sender"_qs, u"news@"_qs);
        type(editor, u"subject"_qs, u"Hello {{firstName}} from {{nickname}}"_qs);
        type(editor, u"html"_qs, u"<p>Hi {{firstName}} in {{city}}</p>"_qs);
        QTRY_VERIFY(editor.problems().value(u"subject"_qs).contains(u"nickname"_qs));
        QVERIFY(editor.problems().contains(u"sender"_qs));
        QVERIFY(child<QLabel>(&editor, u"subjectProblem"_qs)->isVisible());
        QVERIFY(!save->isEnabled());

        type(editor, u"sender"_qs, u"news@sender.test"_qs);
        type(editor, u"subject"_qs, u"Hello {{firstName}}"_qs);
        type(editor, u"envelopeSender"_qs, u"bounces@"_qs); // where bounces come back: said under its own field
        QTRY_VERIFY(editor.problems().value(u"envelopeSender"_qs).contains(u"bounces@"_qs));
        type(editor, u"envelopeSender"_qs, u"bounces@sender.test"_qs);
        child<QCheckBox>(&editor, u"verp"_qs)->setChecked(true);
        QTRY_VERIFY(editor.problems().isEmpty());
        QVERIFY(save->isEnabled());
        // The preview is the first recipient's message, then the chosen one's.
        QCOMPARE(child<QLabel>(&editor, u"previewSubject"_qs)->text(), u"Hello Ann"_qs);
        child<QComboBox>(&editor, u"previewRecipient"_qs)->setCurrentIndex(1);
        QCOMPARE(child<QLabel>(&editor, u"previewSubject"_qs)->text(), u"Hello Bob"_qs);
        QVERIFY(child<QTextBrowser>(&editor, u"previewHtml"_qs)->toPlainText().contains(u"Hi Bob in Lyon"_qs));

        QSignalSpy saved(&editor, &DeliveryEditor::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT sender_address || '|' || subject || '|' || state || '|' || envelope_sender "
                                                 "|| '|' || verp FROM delivery"_qs),
                 u"news@sender.test|Hello {{firstName}}|0|bounces@sender.test|1"_qs);
    }

    void editingVoidsTheAnalysis()
    {
        test::TempWorkspace temp;
        importList(temp);
        Delivery delivery;
        delivery.senderAddress = u"news@sender.test"_qs;
        delivery.subject = u"Hi"_qs;
        delivery.text = u"Hello {{firstName}}"_qs;
        const qint64 id = temp.writer().submit([delivery](QSqlDatabase &db) mutable {
            delivery.listId = DeliveryRepository::listId(db, u"customers"_qs);
            return DeliveryRepository::insert(db, delivery);
        }).result();
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, false));
        DeliveryEditor editor(temp.workspace(), id);
        QCOMPARE(child<QLineEdit>(&editor, u"subject"_qs)->text(), u"Hi"_qs);
        type(editor, u"subject"_qs, u"Hi again"_qs);
        QTRY_VERIFY(child<QDialogButtonBox>(&editor, QString())->button(QDialogButtonBox::Save)->isEnabled());
        QTest::mouseClick(child<QDialogButtonBox>(&editor, QString())->button(QDialogButtonBox::Save), Qt::LeftButton);
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT subject || '|' || state || '|' || (content_hash IS NULL) FROM delivery"_qs),
                 u"Hi again|0|1"_qs);
    }

    void labelsFollowTheLanguage()
    {
        test::TempWorkspace temp;
        importList(temp);
        DeliveryEditor editor(temp.workspace(), 0);
        QCOMPARE(editor.windowTitle(), u"New delivery"_qs);
        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(editor.windowTitle(), u"Nouvelle diffusion"_qs);
        QVERIFY2(editor.problems().value(u"html"_qs).contains(u"HTML"_qs), qPrintable(editor.problems().value(u"html"_qs)));
        QVERIFY(Language::install(u"en"_qs));
        QTRY_COMPARE(editor.windowTitle(), u"New delivery"_qs);
    }
};

QTEST_MAIN(TestDeliveryEditor)
#include "tst_deliveryeditor.moc"
