// The live delivery dashboard on a workspace whose log is written by the feedback service, as
// the engine writes it: tiles against the sqlite3 CLI's reading of the file, the throughput's
// time ranges, refreshes that change widgets in place, the destinations table model, keyboard
// reach and the language switch.
#include "analysisrun.h"
#include "dashboard/dashboardarea.h"
#include "dashboard/destinationstatmodel.h"
#include "dashboard/kpitile.h"
#include "dashboard/reasonchart.h"
#include "dashboard/statuschart.h"
#include "dashboard/throughputchart.h"
#include "deliveryfixture.h"
#include "feedback/feedbackservice.h"
#include "i18n/language.h"
#include "process.h"
#include "store/connection.h"
#include "tablepane.h"
#include "tableview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPieSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace diffusion;
using namespace diffusion::ui;
using Kpi = DashboardArea::Kpi;

namespace {

// A delivery sent in part, its outcomes applied by the feedback service at known minutes:
// 6 recipients at ok.test (one of them in quarantine, so ignored), 3 at bad.test refused (user
// unknown, hard), 4 at slow.test deferred (mailbox full, soft, waiting for a retry).
class SentDelivery
{
public:
    SentDelivery()
        : m_fixture({u"ok.test"_qs, u"bad.test"_qs, u"slow.test"_qs}, 6)
    {
        write(u"INSERT INTO quarantine (address, status, error_count, reason, first_error_at, last_error_at, updated_at) "
              "VALUES ('user0@ok.test', 2, 1, 1, 1, 1, 1)"_qs);
        write(u"DELETE FROM recipient WHERE (domain = 'bad.test' AND email >= 'user3') OR (domain = 'slow.test' AND email >= 'user4')"_qs);
        m_analyzed = bool(test::analyzeDelivery(path(), m_fixture.writer(), id()));
        m_fixture.writer().submit([id = id(), at = m_firstMinute * 60](QSqlDatabase &db) {
            FeedbackService::takeIntoAccount(db, id, at);
        }).waitForFinished();
        // Three sent in the first minute, two in the next, the failures and deferrals after.
        apply(u"ok.test"_qs, {1, 2, 3}, SmtpOutcome::Kind::Accepted, 0);
        apply(u"ok.test"_qs, {4, 5}, SmtpOutcome::Kind::Accepted, 1);
        apply(u"bad.test"_qs, {0, 1, 2}, SmtpOutcome::Kind::Rejected, 2);
        apply(u"slow.test"_qs, {0, 1, 2, 3}, SmtpOutcome::Kind::Deferred, 2);
    }

    bool analyzed() const { return m_analyzed; }
    test::DeliveryFixture &fixture() { return m_fixture; }
    qint64 id() const { return m_fixture.deliveryId(); }
    QString path() { return m_fixture.temp().path(); }
    qint64 firstMinute() const { return m_firstMinute; }

    void write(const QString &sql)
    {
        m_fixture.writer().submit([sql](QSqlDatabase &db) { execute(db, sql); }).waitForFinished();
    }

    // Outcomes for user<N>@domain, `minutesLater` after the first minute.
    void apply(const QString &domain, const QList<int> &users, SmtpOutcome::Kind kind, qint64 minutesLater)
    {
        QList<MessageEvent> events;
        const qint64 at = (m_firstMinute + minutesLater) * 60 + 30;
        for (int user : users) {
            MessageEvent event;
            event.broadlogId = m_fixture.value(u"SELECT id FROM broadlog WHERE delivery_id = %1 AND address = 'user%2@%3'"_qs
                                                   .arg(id()).arg(user).arg(domain)).toLongLong();
            event.at = at;
            event.outcome.id = event.broadlogId;
            event.outcome.kind = kind;
            switch (kind) {
            case SmtpOutcome::Kind::Accepted:
                event.outcome.reply = {250, u"2.0.0"_qs, {u"Ok"_qs}};
                break;
            case SmtpOutcome::Kind::Rejected:
                event.outcome.reply = {550, u"5.1.1"_qs, {u"User unknown"_qs}};
                event.qualification = Qualification{FailureType::Hard, FailureReason::UserUnknown};
                break;
            default:
                event.outcome.reply = {452, u"4.2.2"_qs, {u"Mailbox full"_qs}};
                event.qualification = Qualification{FailureType::Soft, FailureReason::MailboxFull};
                event.nextAttemptAt = at + 3600;
                break;
            }
            events.append(event);
        }
        m_fixture.writer().submit([events](QSqlDatabase &db) { FeedbackService::apply(db, events); }).waitForFinished();
    }

    // What the sqlite3 program reads in the file: the independent check of the tiles.
    QString kpi(const QString &column)
    {
        return test::sqliteValue(path(), u"SELECT %1 FROM v_delivery_kpi_live WHERE delivery_id = %2"_qs.arg(column).arg(id()));
    }

private:
    test::DeliveryFixture m_fixture;
    // Ten minutes ago: inside the one-hour view of a delivery that is sending.
    qint64 m_firstMinute = QDateTime::currentSecsSinceEpoch() / 60 - 10;
    bool m_analyzed = false;
};

QString number(const QString &sqliteText)
{
    return QLocale().toString(sqliteText.toLongLong());
}

qreal yAt(const QXYSeries *series, qint64 minute)
{
    for (const QPointF &point : series->points()) {
        if (point.x() == qreal(minute * 60 * 1000))
            return point.y();
    }
    return -1;
}

qint64 axisSpanMs(const DashboardArea &area)
{
    const QDateTimeAxis *axis = area.throughputChart()->timeAxis();
    return axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch();
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestDashboard final : public QObject
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

    void tilesShowTheKpisOfTheLog()
    {
        SentDelivery delivery;
        QVERIFY(delivery.analyzed());
        DashboardArea area(delivery.fixture().workspace(), nullptr);
        area.setDelivery(delivery.id());

        // Every kind of figure is there, so that each tile is checked against a real count.
        for (const QString &column : {u"sent"_qs, u"failed"_qs, u"hard_bounces"_qs, u"soft_bounces"_qs, u"ignored"_qs, u"taken_into_account"_qs})
            QVERIFY2(delivery.kpi(column).toLongLong() > 0, qPrintable(column));
        const std::pair<Kpi, QString> columns[] = {
            {Kpi::ToDeliver, u"to_deliver"_qs}, {Kpi::Sent, u"sent"_qs}, {Kpi::TakenIntoAccount, u"taken_into_account"_qs},
            {Kpi::Pending, u"pending"_qs}, {Kpi::Failed, u"failed"_qs}, {Kpi::HardBounces, u"hard_bounces"_qs},
            {Kpi::SoftBounces, u"soft_bounces"_qs}, {Kpi::Ignored, u"ignored"_qs}};
        for (const auto &[kpi, column] : columns)
            QCOMPARE(area.tile(kpi)->value(), number(delivery.kpi(column)));
        QCOMPARE(area.tile(Kpi::Success)->value(), u"%1 %"_qs.arg(QLocale().toString(delivery.kpi(u"success_rate"_qs).toDouble(), 'f', 1)));

        // Every tile says what it counts and how.
        QSet<QString> formulas;
        for (int i = 0; i < DashboardArea::kpiCount; ++i) {
            const KpiTile *tile = area.tile(Kpi(i));
            QVERIFY(!tile->caption().isEmpty());
            QVERIFY(!tile->toolTip().isEmpty());
            formulas.insert(tile->toolTip());
        }
        QCOMPARE(formulas.size(), DashboardArea::kpiCount);
        QVERIFY(area.tile(Kpi::Success)->toolTip().contains(u"sent ÷ to deliver"_qs));

        // The charts read the same rows: per minute, by status, by reason.
        const ThroughputChart *throughput = area.throughputChart();
        const qint64 first = delivery.firstMinute();
        const auto minuteValue = [&](const QString &column, qint64 minute) {
            return test::sqliteValue(delivery.path(), u"SELECT %1 FROM delivery_throughput WHERE delivery_id = %2 AND minute = %3"_qs
                                                          .arg(column).arg(delivery.id()).arg(minute)).toDouble();
        };
        QCOMPARE(yAt(throughput->sentSeries(), first), minuteValue(u"sent"_qs, first));
        QCOMPARE(yAt(throughput->sentSeries(), first + 1), minuteValue(u"sent"_qs, first + 1));
        QCOMPARE(yAt(throughput->errorSeries(), first + 2), minuteValue(u"failed + deferred"_qs, first + 2));
        QCOMPARE(yAt(throughput->errorSeries(), first + 3), 0.0); // a quiet minute is a zero, not a gap
        QCOMPARE(area.statusChart()->series()->sum(), delivery.kpi(u"to_deliver + ignored"_qs).toDouble());
        const QStringList reasons = area.reasonChart()->reasonAxis()->categories();
        QCOMPARE(QString::number(reasons.size()),
                 test::sqliteValue(delivery.path(), u"SELECT count(*) FROM delivery_kpi_reason WHERE delivery_id = %1 AND messages > 0"_qs
                                                        .arg(delivery.id())));
        for (const QString &reason : {u"User unknown"_qs, u"Mailbox full"_qs, u"Address in quarantine"_qs})
            QVERIFY2(reasons.contains(reason), qPrintable(reasons.join(u", "_qs)));
        // Most frequent on top, which the chart draws last.
        QCOMPARE(area.reasonChart()->bars()->at(int(reasons.size()) - 1), 4.0);
        QCOMPARE(reasons.constLast(), u"Mailbox full"_qs);
    }

    void timeRangeSwitchChangesTheAxis()
    {
        SentDelivery delivery;
        QVERIFY(delivery.analyzed());
        DashboardArea area(delivery.fixture().workspace(), nullptr);
        area.setDelivery(delivery.id());
        QCOMPARE(area.throughputChart()->range(), ThroughputChart::Range::Hour);
        QCOMPARE(axisSpanMs(area), 3600LL * 1000);
        QCOMPARE(area.throughputChart()->sentSeries()->count(), 60);

        QTest::mouseClick(area.findChild<QAbstractButton *>(u"range3h"_qs), Qt::LeftButton);
        QCOMPARE(area.throughputChart()->range(), ThroughputChart::Range::ThreeHours);
        QCOMPARE(axisSpanMs(area), 3 * 3600LL * 1000);
        QCOMPARE(area.throughputChart()->sentSeries()->count(), 180);
        QCOMPARE(yAt(area.throughputChart()->sentSeries(), delivery.firstMinute()), 3.0);

        QTest::mouseClick(area.findChild<QAbstractButton *>(u"range24h"_qs), Qt::LeftButton);
        QCOMPARE(axisSpanMs(area), 24 * 3600LL * 1000);
        // Five minutes a point, their mean per minute: the first two minutes sent 3 and 2.
        QCOMPARE(area.throughputChart()->sentSeries()->count(), 288);
        const qint64 bucket = delivery.firstMinute() / 5 * 5;
        const qreal mean = yAt(area.throughputChart()->sentSeries(), bucket) + yAt(area.throughputChart()->sentSeries(), bucket + 5);
        QCOMPARE(mean, 5.0 / 5);
        // The axis ends now while the delivery sends (at the end of the current five minutes).
        const qint64 end = area.throughputChart()->timeAxis()->max().toSecsSinceEpoch();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(end > now - 60 && end <= now + 300, qPrintable(QString::number(end - now)));

        QTest::mouseClick(area.findChild<QAbstractButton *>(u"range1h"_qs), Qt::LeftButton);
        QCOMPARE(axisSpanMs(area), 3600LL * 1000);

        // A finished delivery keeps its sending in view: the axis ends at its last minute.
        delivery.write(u"UPDATE delivery SET state = 95 WHERE id = %1"_qs.arg(delivery.id()));
        area.refresh();
        QCOMPARE(area.throughputChart()->timeAxis()->max().toSecsSinceEpoch(), (delivery.firstMinute() + 3) * 60);
    }

    void refreshUpdatesInPlace()
    {
        SentDelivery delivery;
        QVERIFY(delivery.analyzed());
        DashboardArea area(delivery.fixture().workspace(), nullptr);
        area.setDelivery(delivery.id());
        const QList<QChartView *> views = area.findChildren<QChartView *>();
        const QList<KpiTile *> tiles = area.findChildren<KpiTile *>();
        QXYSeries *sent = area.throughputChart()->sentSeries();
        const QList<QAbstractSeries *> series = area.throughputChart()->chart()->series();
        QPieSeries *statuses = area.statusChart()->series();
        const QList<QPieSlice *> slices = statuses->slices();
        QSignalSpy wholeReplaced(sent, &QXYSeries::pointsReplaced);
        QSignalSpy pointChanged(sent, &QXYSeries::pointReplaced);
        QSignalSpy pointAdded(sent, &QXYSeries::pointAdded); // when the minute turned meanwhile
        const QString sentBefore = area.tile(Kpi::Sent)->value();

        // The deferred messages pass on their retry, now.
        const qint64 minutesLater = QDateTime::currentSecsSinceEpoch() / 60 - delivery.firstMinute();
        delivery.apply(u"slow.test"_qs, {0, 1, 2, 3}, SmtpOutcome::Kind::Accepted, minutesLater);
        area.refresh();

        QCOMPARE(area.tile(Kpi::Sent)->value(), number(delivery.kpi(u"sent"_qs)));
        QVERIFY(area.tile(Kpi::Sent)->value() != sentBefore);
        QCOMPARE(area.tile(Kpi::TakenIntoAccount)->value(), number(delivery.kpi(u"taken_into_account"_qs)));
        QCOMPARE(area.tile(Kpi::Success)->value(), u"%1 %"_qs.arg(QLocale().toString(delivery.kpi(u"success_rate"_qs).toDouble(), 'f', 1)));
        QCOMPARE(yAt(sent, delivery.firstMinute() + minutesLater), 4.0);
        QCOMPARE(statuses->slices().at(0)->value(), delivery.kpi(u"sent"_qs).toDouble());

        // The same widgets, series and slices: the points changed in place.
        QCOMPARE(area.findChildren<QChartView *>(), views);
        QCOMPARE(area.findChildren<KpiTile *>(), tiles);
        QCOMPARE(area.throughputChart()->sentSeries(), sent);
        QCOMPARE(area.throughputChart()->chart()->series(), series);
        QCOMPARE(area.statusChart()->series(), statuses);
        QCOMPARE(statuses->slices(), slices);
        QCOMPARE(wholeReplaced.count(), 0);
        QVERIFY(pointChanged.count() + pointAdded.count() >= 1);
    }

    void destinationTableModel()
    {
        SentDelivery delivery;
        QVERIFY(delivery.analyzed());
        DashboardArea area(delivery.fixture().workspace(), nullptr);
        DestinationStatModel *model = area.destinationModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        area.setDelivery(delivery.id());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!area.destinationPane()->message().isEmpty()); // says no engine sends it now

        const qint64 until = QDateTime::currentSecsSinceEpoch() + 300;
        delivery.write(u"INSERT INTO destination_stat VALUES "
                       "(%1, 'mx1.slow.test:25', '*', 0, 0, 1, 10, 0, 4, 'suspended', %2, 1), "
                       "(%1, 'mx.ok.test:25,mx2.ok.test:25', 'mx*.ok.test', 1234, 3, 4, 8, 250, 2, 'throttled', %2, 1)"_qs
                           .arg(delivery.id()).arg(until));
        area.refresh();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(area.destinationPane()->message().isEmpty());
        // Destinations with work first.
        QCOMPARE(cell(*model, 0, DestinationStatModel::Destination), u"mx.ok.test:25,mx2.ok.test:25"_qs);
        QCOMPARE(cell(*model, 0, DestinationStatModel::Queued), u"1,234"_qs);
        QCOMPARE(cell(*model, 0, DestinationStatModel::Connections), u"3"_qs);
        QCOMPARE(cell(*model, 0, DestinationStatModel::Window), u"4 of 8"_qs);
        QCOMPARE(cell(*model, 0, DestinationStatModel::Rate), u"250"_qs);
        const QString time = QLocale().toString(QDateTime::fromSecsSinceEpoch(until).time(), QLocale::ShortFormat);
        QCOMPARE(cell(*model, 0, DestinationStatModel::Backoff), u"Throttled until "_qs + time);
        QCOMPARE(cell(*model, 1, DestinationStatModel::Backoff), u"Suspended until "_qs + time);
        QCOMPARE(cell(*model, 1, DestinationStatModel::Deferrals), u"4"_qs);

        // The backoff ends: the same rows change in place.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        delivery.write(u"UPDATE destination_stat SET state = 'normal', until = NULL, queued = 1000"_qs);
        area.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(cell(*model, 0, DestinationStatModel::Backoff), u"Normal"_qs);
        QCOMPARE(cell(*model, 0, DestinationStatModel::Queued), u"1,000"_qs);

        // Another delivery's destinations are not this one's.
        area.setDelivery(delivery.id() + 1);
        QCOMPARE(model->rowCount(), 0);
    }

    void keyboardReachesTilesRangesAndTable()
    {
        SentDelivery delivery;
        QVERIFY(delivery.analyzed());
        DashboardArea area(delivery.fixture().workspace(), nullptr);
        area.setDelivery(delivery.id());
        delivery.write(u"INSERT INTO destination_stat VALUES (%1, 'mx.ok.test:25', '*', 1, 1, 1, 10, 0, 0, 'normal', NULL, 1)"_qs
                           .arg(delivery.id()));
        area.refresh();
        area.resize(1200, 900);
        area.show();
        QApplication::setActiveWindow(&area);
        QVERIFY(QTest::qWaitForWindowActive(&area));

        // Tab visits the tiles, the range chosen (the arrows choose another, as in any group of
        // exclusive buttons), then the destinations.
        QList<QWidget *> expected;
        for (int i = 0; i < DashboardArea::kpiCount; ++i)
            expected.append(area.tile(Kpi(i)));
        expected.append(area.findChild<QAbstractButton *>(u"range1h"_qs));
        expected.append(area.destinationPane()->table());
        area.tile(Kpi::ToDeliver)->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), expected.constFirst());
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), expected.at(i));
        }
        // The range is chosen from the keyboard too.
        auto *hour = area.findChild<QAbstractButton *>(u"range1h"_qs);
        hour->setFocus(Qt::TabFocusReason);
        QTest::keyClick(hour, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), area.findChild<QAbstractButton *>(u"range3h"_qs));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(axisSpanMs(area), 3 * 3600LL * 1000);
    }

    void languageSwitchRetranslates()
    {
        SentDelivery delivery;
        QVERIFY(delivery.analyzed());
        DashboardArea area(delivery.fixture().workspace(), nullptr);
        area.setDelivery(delivery.id());
        QCOMPARE(area.tile(Kpi::Sent)->caption(), u"Sent"_qs);
        QCOMPARE(area.tile(Kpi::HardBounces)->caption(), u"Hard bounces"_qs);
        const QString success = delivery.kpi(u"success_rate"_qs);

        QVERIFY(Language::install(u"fr"_qs));
        QTRY_COMPARE(area.tile(Kpi::Sent)->caption(), u"Envoyés"_qs); // the change event is posted
        QCOMPARE(area.tile(Kpi::HardBounces)->caption(), u"Erreurs définitives"_qs);
        QVERIFY(area.tile(Kpi::Success)->toolTip().startsWith(u"Succès = envoyés ÷ à livrer × 100"_qs));
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(area.tile(Kpi::Success)->value(), french.toString(success.toDouble(), 'f', 1) + u"\u00a0%"_qs);
        QCOMPARE(area.findChild<QAbstractButton *>(u"range24h"_qs)->text(), u"24\u00a0h"_qs);
        QTRY_VERIFY(area.reasonChart()->reasonAxis()->categories().contains(u"Utilisateur inconnu"_qs));
        QCOMPARE(area.destinationModel()->headerData(DestinationStatModel::Queued, Qt::Horizontal).toString(), u"En file"_qs);

        QVERIFY(Language::install(u"en"_qs));
        QTRY_COMPARE(area.tile(Kpi::Sent)->caption(), u"Sent"_qs);
        QVERIFY(area.reasonChart()->reasonAxis()->categories().contains(u"User unknown"_qs));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
