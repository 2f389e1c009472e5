// The analysis dialog (offscreen): analyze, read, confirm; an error keeps the confirm button off
// and says why; cancel leaves nothing; the report follows a language switch.
#include "analysisdialog.h"
#include "analysisreportview.h"
#include "delivery/deliveryrepository.h"
#include "i18n/language.h"
#include "import/recipientimport.h"
#include "process.h"
#include "store/storewriter.h"
#include "tempworkspace.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;

class TestAnalysisDialog final : public QObject
{
    Q_OBJECT

    qint64 prepare(test::TempWorkspace &temp, int recipients, const QString &subject)
    {
        QByteArray csv = "email,first name\n";
        for (int i = 0; i < recipients; ++i)
            csv += "user" + QByteArray::number(i % (recipients - 1)) + "@ok.test,U\n"; // the last one repeats the first
        QFile file(temp.filePath(u"list.csv"_qs));
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(csv);
        file.close();
        ImportOptions options;
        options.listName = u"l"_qs;
        options.filePath = file.fileName();
        submitImport(temp.writer(), options).waitForFinished();
        Delivery delivery;
        delivery.senderAddress = u"news@sender.test"_qs;
        delivery.subject = subject;
        delivery.text = u"Hello {{firstName}}\n{{unsubscribeUrl}}\n"_qs;
        delivery.unsubscribeUrl = u"https://sender.test/u"_qs;
        return temp.writer().submit([delivery](QSqlDatabase &db) mutable {
            delivery.listId = DeliveryRepository::listId(db, u"l"_qs);
            return DeliveryRepository::insert(db, delivery);
        }).result();
    }

    static QStringList codes(AnalysisDialog &dialog)
    {
        QStringList codes;
        auto *list = dialog.findChild<QListWidget *>(u"analysisEntries"_qs);
        for (int i = 0; list && i < list->count(); ++i)
            codes.append(list->item(i)->data(Qt::UserRole).toString());
        return codes;
    }

private Q_SLOTS:
    void analyzeThenConfirm()
    {
        test::TempWorkspace temp;
        const qint64 id = prepare(temp, 5, u"News"_qs);
        AnalysisDialog dialog(temp.workspace(), id);
        QSignalSpy confirmed(&dialog, &AnalysisDialog::confirmed);
        dialog.show();
        dialog.analyze();
        auto *confirm = dialog.findChild<QPushButton *>(u"confirmDelivery"_qs);
        QTRY_VERIFY(confirm->isEnabled());
        QVERIFY(codes(dialog).contains(u"duplicate"_qs));
        QVERIFY(dialog.findChild<QLabel *>(u"obstacle"_qs)->text().isEmpty());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(confirmed.count(), 1);
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT state FROM delivery"_qs), u"51"_qs);
    }

    void anErrorKeepsConfirmOff()
    {
        test::TempWorkspace temp;
        const qint64 id = prepare(temp, 3, u"Hello {{nickname}}"_qs);
        AnalysisDialog dialog(temp.workspace(), id);
        dialog.show();
        dialog.analyze();
        auto *obstacle = dialog.findChild<QLabel *>(u"obstacle"_qs);
        QTRY_VERIFY(!obstacle->text().isEmpty());
        QVERIFY2(obstacle->text().contains(u"1 error"_qs), qPrintable(obstacle->text()));
        QVERIFY(!dialog.findChild<QPushButton *>(u"confirmDelivery"_qs)->isEnabled());
        QCOMPARE(codes(dialog).constFirst(), u"template_error"_qs); // errors first

        // The report follows the language.
        const QString english = dialog.findChild<QListWidget *>(u"analysisEntries"_qs)->item(1)->text();
        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(dialog.windowTitle(), u"Analyse de la diffusion"_qs); // the change event is posted
        const QString french = dialog.findChild<QListWidget *>(u"analysisEntries"_qs)->item(1)->text();
        QVERIFY2(french.startsWith(u"Aucune clé DKIM"_qs), qPrintable(french));
        QVERIFY(Language::install(u"en"_qs));
        QTRY_COMPARE(dialog.findChild<QListWidget *>(u"analysisEntries"_qs)->item(1)->text(), english);
    }

    void cancelLeavesNothing()
    {
        test::TempWorkspace temp;
        const qint64 id = prepare(temp, 60000, u"News"_qs);
        AnalysisDialog dialog(temp.workspace(), id);
        dialog.show();
        dialog.analyze();
        auto *button = dialog.findChild<QPushButton *>(u"cancelOrClose"_qs);
        QCOMPARE(button->text(), u"Cancel analysis"_qs);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(button->text(), u"Close"_qs);
        QVERIFY(dialog.isVisible()); // canceling does not close
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT (SELECT count(*) FROM analysis) + (SELECT count(*) FROM broadlog)"_qs), u"0"_qs);
    }
};

QTEST_MAIN(TestAnalysisDialog)
#include "tst_analysisdialog.moc"
