// Delivery analysis (../shared/spec/email-delivery.md §8): each exclusion reason with its count
// and order, target limit and control group, personalization and end rules, the confirmation
// gate, approval modes, and a cancel that leaves the workspace as it was. The workspace is read
// back with the sqlite3 CLI.
#include "analysisrun.h"
#include "process.h"
#include "tempworkspace.h"
#include "analysis/analysisstore.h"
#include "analysis/confirmation.h"
#include "analysis/controlrules.h"
#include "analysis/deliveryanalysis.h"
#include "delivery/deliveryrepository.h"
#include "dkim/dkimkey.h"
#include "import/recipientimport.h"
#include "routing/txtresolver.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/storewriter.h"

#include <QFile>
#include <QtTest>

using namespace diffusion;

namespace {

// Answers TXT lookups from a table; names it does not hold have no record.
class TableTxt final : public TxtResolver
{
public:
    QHash<QString, QByteArray> records;
    TxtAnswer lookup(const QString &name) override
    {
        TxtAnswer answer;
        if (records.contains(name)) {
            answer.status = TxtAnswer::Status::Found;
            answer.records = {records.value(name)};
        }
        return answer;
    }
};

const AnalysisEntry *findEntry(const AnalysisReport &report, const QString &code)
{
    for (const AnalysisEntry &entry : report.entries) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestDeliveryAnalysis : public QObject
{
    Q_OBJECT

    void import(test::TempWorkspace &temp, const QString &list, const QByteArray &csv)
    {
        const QString path = temp.filePath(list + u".csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        ImportOptions options;
        options.listName = list;
        options.filePath = path;
        submitImport(temp.writer(), options).waitForFinished();
    }

    qint64 create(test::TempWorkspace &temp, const QString &list, const std::function<void(Delivery &)> &adjust = {})
    {
        Delivery delivery;
        delivery.label = u"analysis test"_qs;
        delivery.senderAddress = u"news@sender.test"_qs;
        delivery.subject = u"Hello {{firstName}}"_qs;
        delivery.text = u"Hello {{firstName | friend}}\nUnsubscribe: {{unsubscribeUrl}}\n"_qs;
        delivery.html = u"<p>Hello {{firstName | friend}}</p><a href=\"{{unsubscribeUrl}}\">Unsubscribe</a>"_qs;
        delivery.unsubscribeUrl = u"https://sender.test/u?m={{messageId}}"_qs;
        if (adjust)
            adjust(delivery);
        return temp.writer().submit([delivery, list](QSqlDatabase &db) mutable {
            delivery.listId = DeliveryRepository::listId(db, list);
            return DeliveryRepository::insert(db, delivery);
        }).result();
    }

    // The KPIs analysis writes from its own counts, against a full recount of the log.
    static void kpisMatchARecount(test::TempWorkspace &temp)
    {
        const QString columns = u"to_deliver || '/' || pending || '/' || ignored || '/' || sent"_qs;
        const QString live = test::sqliteValue(temp.path(), u"SELECT group_concat(%1, ' ') FROM v_delivery_kpi_live"_qs.arg(columns));
        QVERIFY(!live.isEmpty());
        QCOMPARE(live, test::sqliteValue(temp.path(), u"SELECT group_concat(%1, ' ') FROM v_delivery_kpi"_qs.arg(columns)));
        const QString reasons = u"SELECT group_concat(reason || ':' || messages, ' ') FROM (SELECT reason, messages FROM delivery_kpi_reason ORDER BY reason)"_qs;
        QCOMPARE(test::sqliteValue(temp.path(), reasons),
                 test::sqliteValue(temp.path(), u"SELECT group_concat(failure_reason || ':' || n, ' ') FROM (SELECT failure_reason, count(*) AS n "
                                                "FROM broadlog WHERE failure_reason IS NOT NULL GROUP BY failure_reason ORDER BY failure_reason)"_qs));
        const QString domains = u"SELECT group_concat(domain || ':' || pending || ':' || ignored, ' ') FROM (SELECT domain, pending, ignored "
                                "FROM delivery_kpi_domain WHERE pending + ignored > 0 ORDER BY domain)"_qs;
        QCOMPARE(test::sqliteValue(temp.path(), domains),
                 test::sqliteValue(temp.path(), u"SELECT group_concat(domain || ':' || p || ':' || i, ' ') FROM (SELECT domain, sum(status = 0) AS p, "
                                                "sum(status = 4) AS i FROM broadlog GROUP BY domain ORDER BY domain)"_qs));
    }

    static QString obstacle(test::TempWorkspace &temp, qint64 id)
    {
        ReadConnection reader(temp.path());
        return Confirmation::obstacle(reader.db(), id);
    }

    static void edit(test::TempWorkspace &temp, qint64 id, const std::function<void(Delivery &)> &change)
    {
        temp.writer().submit([id, change](QSqlDatabase &db) {
            Delivery delivery = *DeliveryRepository::load(db, id);
            change(delivery);
            DeliveryRepository::update(db, delivery);
        }).waitForFinished();
    }

private Q_SLOTS:
    void startRules_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("replyTo");
        QTest::addColumn<QString>("envelope");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("in order") << u"News"_qs << u"news@sender.test"_qs << QString() << QString() << QStringList();
        QTest::newRow("no subject") << u"  "_qs << u"news@sender.test"_qs << QString() << QString() << QStringList{u"subject_missing"_qs};
        QTest::newRow("line break in subject") << u"News\r\nBcc: x@y.test"_qs << u"news@sender.test"_qs << QString() << QString()
                                               << QStringList{u"subject_forbidden_characters"_qs};
        QTest::newRow("tab in subject") << u"News\tof the week"_qs << u"news@sender.test"_qs << QString() << QString()
                                        << QStringList{u"subject_forbidden_characters"_qs};
        QTest::newRow("no sender") << u"News"_qs << QString() << QString() << QString() << QStringList{u"sender_missing"_qs};
        QTest::newRow("bad sender") << u"News"_qs << u"news@"_qs << QString() << QString() << QStringList{u"sender_invalid"_qs};
        QTest::newRow("bad reply-to") << u"News"_qs << u"news@sender.test"_qs << u"reply at sender"_qs << QString()
                                      << QStringList{u"reply_to_invalid"_qs};
        QTest::newRow("bad envelope") << u"News"_qs << u"news@sender.test"_qs << QString() << u"@sender.test"_qs
                                      << QStringList{u"envelope_sender_invalid"_qs};
        QTest::newRow("everything wrong") << QString() << u"x"_qs << u"y"_qs << u"z"_qs
                                          << QStringList{u"subject_missing"_qs, u"sender_invalid"_qs, u"reply_to_invalid"_qs,
                                                         u"envelope_sender_invalid"_qs};
    }

    void startRules()
    {
        QFETCH(QString, subject);
        QFETCH(QString, sender);
        QFETCH(QString, replyTo);
        QFETCH(QString, envelope);
        QFETCH(QStringList, errors);
        Delivery delivery;
        delivery.subject = subject;
        delivery.senderAddress = sender;
        delivery.replyTo = replyTo;
        delivery.envelopeSender = envelope;
        QStringList found;
        for (const AnalysisEntry &entry : diffusion::startRules(delivery)) {
            QCOMPARE(entry.step, AnalysisStep::StartRules);
            if (entry.severity == Severity::Error)
                found.append(entry.code);
        }
        QCOMPARE(found, errors);
    }

    void eachReasonCountsOnceUnderTheFirstRule()
    {
        test::TempWorkspace temp;
        import(temp, u"others"_qs, "email\nlisted@a.test\n");
        import(temp, u"main"_qs,
               "email,first name\n"
               "ok1@a.test,A\n"
               ",Nobody\n"
               ",\n"                          // nothing to show but its line in the file
               "not-an-address,Bad\n"
               "deny@a.test,D\n"
               "quar@a.test,Q\n"
               "QUAR@a.test,Q2\n"            // a quarantined duplicate: counted once, as quarantined
               "vip@a.test,V\n"
               "x@blocked.test,B\n"
               "Listed@a.test,L\n"
               "OK1@A.test,Dup\n"             // the same mailbox, another case
               "ok2@a.test,O2\n"
               "ok2@a.test,O2b\n"
               "user@ex\xc3\xa4mple.test,U\n" // IDN: the same domain as its punycode form below
               "USER@xn--exmple-cua.test,U2\n");
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO quarantine (address, status, updated_at) VALUES ('deny@a.test', 3, 0), ('quar@a.test', 2, 0)"_qs);
        }).waitForFinished();
        const qint64 id = create(temp, u"main"_qs, [](Delivery &d) {
            d.exclusions = {{Exclusion::Kind::Address, u"vip@a.test"_qs}, {Exclusion::Kind::Domain, u"blocked.test"_qs},
                            {Exclusion::Kind::List, u"others"_qs}};
        });
        const std::optional<AnalysisReport> report = test::analyzeDelivery(temp.path(), temp.writer(), id, false);
        QVERIFY(report);
        QCOMPARE(report->recipients, 15);
        QCOMPARE(report->toDeliver, 3);
        const QMap<FailureReason, qint64> expected{{FailureReason::AddressNotSpecified, 2}, {FailureReason::BadQualityAddress, 1},
                                                   {FailureReason::Denylisted, 1}, {FailureReason::Quarantined, 2},
                                                   {FailureReason::ExcludedByRule, 3}, {FailureReason::Duplicate, 3}};
        QCOMPARE(report->excluded, expected);
        QCOMPARE(findEntry(*report, u"duplicate"_qs)->examples, (QStringList{u"OK1@A.test"_qs, u"ok2@a.test"_qs, u"USER@xn--exmple-cua.test"_qs}));
        QCOMPARE(findEntry(*report, u"address_not_specified"_qs)->examples, (QStringList{u"Nobody"_qs, u"#4"_qs}));

        // The log tells the same story, row by row: the first of duplicates stays.
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT group_concat(b.address || '=' || b.status || ':' || COALESCE(f.id, '-'), ' ') "
                                                "FROM broadlog b LEFT JOIN ref_failure_reason f ON f.value = b.failure_reason"_qs),
                 u"ok1@a.test=0:- =4:address_not_specified =4:address_not_specified not-an-address=4:bad_quality_address deny@a.test=4:denylisted "
                 "quar@a.test=4:quarantined QUAR@a.test=4:quarantined vip@a.test=4:excluded_by_rule "
                 "x@blocked.test=4:excluded_by_rule Listed@a.test=4:excluded_by_rule OK1@a.test=4:duplicate ok2@a.test=0:- "
                 "ok2@a.test=4:duplicate user@xn--exmple-cua.test=0:- USER@xn--exmple-cua.test=4:duplicate"_qs);
        kpisMatchARecount(temp);
        const QJsonObject status = QJsonDocument::fromJson(
            test::runCli({u"status"_qs, u"--workspace"_qs, temp.path(), QString::number(id), u"--json"_qs}).out).object();
        QCOMPARE(status.value(u"toDeliver"_qs).toInt(), 3);
        QCOMPARE(status.value(u"ignored"_qs).toInt(), 12);
        const QJsonObject reasons = status.value(u"reasons"_qs).toObject();
        QCOMPARE(reasons.value(u"duplicate"_qs).toInt(), 3);
        QCOMPARE(reasons.value(u"quarantined"_qs).toInt(), 2);
        QCOMPARE(reasons.value(u"excluded_by_rule"_qs).toInt(), 3);
        QCOMPARE(reasons.value(u"bad_quality_address"_qs).toInt(), 1);
        QCOMPARE(reasons.value(u"address_not_specified"_qs).toInt(), 2);
        QCOMPARE(reasons.value(u"denylisted"_qs).toInt(), 1);
    }
    void targetLimitThenControlGroup()
    {
        test::TempWorkspace temp;
        QByteArray csv = "email\n";
        for (int i = 0; i < 40; ++i)
            csv += "user" + QByteArray::number(i) + "@a.test\n";
        csv += "user0@a.test\n"; // a duplicate is left out before the limit draws
        import(temp, u"main"_qs, csv);
        const qint64 id = create(temp, u"main"_qs, [](Delivery &d) {
            d.targetLimit = 20;
            d.controlGroup = u"10%"_qs;
        });
        const std::optional<AnalysisReport> report = test::analyzeDelivery(temp.path(), temp.writer(), id, false);
        QVERIFY(report);
        QCOMPARE(report->excluded.value(FailureReason::Duplicate), 1);
        QCOMPARE(report->excluded.value(FailureReason::TargetLimited), 20);
        QCOMPARE(report->excluded.value(FailureReason::ControlAddress), 2);
        QCOMPARE(report->toDeliver, 18);
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM broadlog WHERE status = 0"_qs), u"18"_qs);
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM broadlog WHERE failure_reason = 127"_qs), u"2"_qs);
        kpisMatchARecount(temp);
        temp.reopen();

        // Another draw with another seed picks other recipients, in the same numbers.
        AnalysisServices other = test::offlineAnalysis();
        other.seed = 2;
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, false, other));
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT count(*) FROM broadlog WHERE status = 0"_qs), u"18"_qs);
        temp.reopen();

        edit(temp, id, [](Delivery &d) { d.controlGroup = u"lots"_qs; });
        const std::optional<AnalysisReport> invalid = test::analyzeDelivery(temp.path(), temp.writer(), id, false);
        QVERIFY(invalid);
        QCOMPARE(findEntry(*invalid, u"control_group_invalid"_qs)->severity, Severity::Error);
    }

    void personalizationAndEndRules()
    {
        test::TempWorkspace temp;
        import(temp, u"main"_qs,
               "email,first name,city\n"
               "a@a.test,Ann,Paris\n"
               "b@a.test,,Lyon\n"
               "c@a.test,\"Carl\r\nBcc: evil@x.test\",\n");
        const QString bigParagraph = u"<p>"_qs + QString(70 * 1024, u'x') + u"</p>"_qs;
        const qint64 id = create(temp, u"main"_qs, [&bigParagraph](Delivery &d) {
            d.subject = u"{{firstName}}, a subject far longer than fifty characters, as marketing likes"_qs;
            d.html = u"<p>{{city}}</p><a href=\"http//broken\">x</a><a href=\"https://ok.test/{{city}}\">ok</a>"_qs + bigParagraph;
            d.text = u"Hello {{firstName}}"_qs;
        });
        const std::optional<AnalysisReport> report = test::analyzeDelivery(temp.path(), temp.writer(), id, false);
        QVERIFY(report);
        const AnalysisEntry *emptyCity = nullptr;
        const AnalysisEntry *emptyName = nullptr;
        for (const AnalysisEntry &entry : report->entries) {
            if (entry.code == u"field_empty"_qs && entry.details.value(u"field"_qs).toString() == u"city"_qs)
                emptyCity = &entry;
            if (entry.code == u"field_empty"_qs && entry.details.value(u"field"_qs).toString() == u"firstName"_qs)
                emptyName = &entry;
        }
        QVERIFY(emptyCity && emptyName);
        QCOMPARE(emptyCity->count, 1);
        QCOMPARE(emptyCity->examples, QStringList{u"c@a.test"_qs});
        QCOMPARE(emptyName->examples, QStringList{u"b@a.test"_qs});
        QVERIFY(emptyName->text().contains(u"Subject"_qs));
        QCOMPARE(findEntry(*report, u"header_line_break"_qs)->examples, QStringList{u"c@a.test"_qs});
        QCOMPARE(findEntry(*report, u"unsubscribe_missing_html"_qs)->severity, Severity::Warning);
        QCOMPARE(findEntry(*report, u"unsubscribe_missing_text"_qs)->severity, Severity::Warning);
        QCOMPARE(findEntry(*report, u"url_malformed"_qs)->details.value(u"links"_qs).toArray(), QJsonArray{u"http//broken"_qs});
        QVERIFY(findEntry(*report, u"subject_long"_qs));
        QVERIFY(findEntry(*report, u"message_size_slow"_qs));
        QVERIFY(report->largestMessageBytes > 70 * 1024);
        QCOMPARE(findEntry(*report, u"dkim_missing"_qs)->severity, Severity::Warning);
        QCOMPARE(report->count(Severity::Error), 0);
        // Warnings do not block.
        QCOMPARE(obstacle(temp, id), QString());
    }

    void errorsBlockConfirmation()
    {
        test::TempWorkspace temp;
        import(temp, u"main"_qs, "email\na@a.test\n");
        const qint64 id = create(temp, u"main"_qs, [](Delivery &d) {
            d.subject = u"Hello {{nickname}}"_qs;
            d.replyTo = u"not an address"_qs;
            d.dkim.keyPath = u"/nonexistent/key.pem"_qs;
            d.dkim.selector = u"s1"_qs;
        });
        QVERIFY(obstacle(temp, id).contains(u"has not been analyzed"_qs));
        const std::optional<AnalysisReport> report = test::analyzeDelivery(temp.path(), temp.writer(), id, false);
        QVERIFY(report);
        QVERIFY(findEntry(*report, u"template_error"_qs)->text().contains(u"nickname"_qs));
        QVERIFY(findEntry(*report, u"reply_to_invalid"_qs));
        QVERIFY(findEntry(*report, u"dkim_key_unusable"_qs));
        QCOMPARE(report->count(Severity::Error), 3);
        QVERIFY(obstacle(temp, id).contains(u"3 error"_qs));
        QVERIFY_THROWS_EXCEPTION(StoreError, temp.writer().submit([id](QSqlDatabase &db) {
            Confirmation::confirm(db, id, u"operator"_qs);
        }).waitForFinished());

        edit(temp, id, [](Delivery &d) {
            d.subject = u"Hello"_qs;
            d.replyTo.clear();
            d.dkim = {};
        });
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, true));
        temp.close();
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT state || ' ' || (SELECT count(*) FROM analysis) FROM delivery"_qs), u"51 2"_qs);
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT json_extract(details, '$.analysis') FROM event_log WHERE kind = 'confirm'"_qs), u"2"_qs);
    }

    void anEditVoidsTheAnalysis()
    {
        test::TempWorkspace temp;
        import(temp, u"main"_qs, "email\na@a.test\n");
        const qint64 id = create(temp, u"main"_qs);
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, false));
        QCOMPARE(obstacle(temp, id), QString());
        edit(temp, id, [](Delivery &d) { d.subject = u"Another subject"_qs; });
        QVERIFY(obstacle(temp, id).contains(u"changed after its analysis #1"_qs));

        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, false));
        QCOMPARE(obstacle(temp, id), QString());
        // New recipients in the list void it too: they were not analyzed.
        import(temp, u"main"_qs, "email\nb@a.test\n");
        QVERIFY(obstacle(temp, id).contains(u"changed after its analysis #2"_qs));
        // And so does a change made behind the program's back.
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, false));
        temp.close();
        test::sqliteValue(temp.path(), u"UPDATE delivery SET html = '<p>changed</p>'"_qs);
        temp.reopen();
        QVERIFY(obstacle(temp, id).contains(u"changed after its analysis #3"_qs));

        // Once confirmed, a delivery no longer changes nor is analyzed again.
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, true));
        QVERIFY_THROWS_EXCEPTION(StoreError, edit(temp, id, [](Delivery &d) { d.subject = u"Late"_qs; }));
        const std::atomic_bool never = false;
        QVERIFY_THROWS_EXCEPTION(StoreError, DeliveryAnalysis(temp.path(), test::offlineAnalysis()).run(id, never));
    }

    void approvalModes()
    {
        test::TempWorkspace temp;
        import(temp, u"main"_qs, "email\na@a.test\n");
        const QString keyPath = temp.filePath(u"key.pem"_qs);
        QCOMPARE(test::runProcess(u"openssl"_qs, {u"genpkey"_qs, u"-algorithm"_qs, u"ed25519"_qs, u"-out"_qs, keyPath}).exitCode, 0);
        auto dns = std::make_shared<TableTxt>();
        dns->records.insert(u"s1._domainkey.sender.test"_qs, DkimKey::fromFile(keyPath).dnsRecord());
        dns->records.insert(u"sender.test"_qs, "v=spf1 ip4:192.0.2.1 -all");
        dns->records.insert(u"_dmarc.sender.test"_qs, "v=DMARC1; p=reject");
        AnalysisServices clean = test::offlineAnalysis();
        clean.txt = dns;
        const auto state = [&temp](qint64 id) {
            ReadConnection reader(temp.path());
            return queryValue(reader.db(), u"SELECT state FROM delivery WHERE id = %1"_qs.arg(id)).toInt();
        };
        const auto signedBy = [&keyPath](ApprovalMode mode) {
            return [&keyPath, mode](Delivery &d) {
                d.approvalMode = mode;
                d.subject = u"News"_qs;
                d.dkim.keyPath = keyPath;
                d.dkim.selector = u"s1"_qs;
                d.dkim.algorithm = u"ed25519-sha256"_qs;
            };
        };

        // Without a warning, semi-automatic starts by itself; with one (no DNS records), it waits.
        const qint64 semi = create(temp, u"main"_qs, signedBy(ApprovalMode::SemiAutomatic));
        const std::optional<AnalysisReport> cleanReport = test::analyzeDelivery(temp.path(), temp.writer(), semi, false, clean);
        QVERIFY(cleanReport);
        for (const AnalysisEntry &entry : cleanReport->entries)
            QVERIFY2(entry.severity != Severity::Warning, qPrintable(entry.text()));
        QVERIFY(findEntry(*cleanReport, u"dkim_record_matches"_qs));
        QCOMPARE(state(semi), int(DeliveryState::StartPending));
        const qint64 semiWarned = create(temp, u"main"_qs, signedBy(ApprovalMode::SemiAutomatic));
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), semiWarned, false));
        QCOMPARE(state(semiWarned), int(DeliveryState::PendingConfirmation));

        // Automatic starts despite warnings, never despite an error.
        const qint64 automatic = create(temp, u"main"_qs, signedBy(ApprovalMode::Automatic));
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), automatic, false));
        QCOMPARE(state(automatic), int(DeliveryState::StartPending));
        const qint64 automaticError = create(temp, u"main"_qs, [](Delivery &d) {
            d.approvalMode = ApprovalMode::Automatic;
            d.subject.clear();
        });
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), automaticError, false));
        QCOMPARE(state(automaticError), int(DeliveryState::PendingConfirmation));

        // Manual waits even when all is clean.
        const qint64 manual = create(temp, u"main"_qs, signedBy(ApprovalMode::Manual));
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), manual, false, clean));
        QCOMPARE(state(manual), int(DeliveryState::PendingConfirmation));
    }

    void aCanceledAnalysisLeavesNoTrace()
    {
        test::TempWorkspace temp;
        QByteArray csv = "email,first name\n";
        for (int i = 0; i < 30000; ++i)
            csv += "user" + QByteArray::number(i) + "@a.test,U" + QByteArray::number(i) + "\n";
        import(temp, u"main"_qs, csv);
        const qint64 id = create(temp, u"main"_qs);
        QVERIFY(test::analyzeDelivery(temp.path(), temp.writer(), id, false));
        edit(temp, id, [](Delivery &d) { d.subject = u"Changed"_qs; });
        temp.close();
        const QString before = test::sqliteValue(temp.path(), u"SELECT (SELECT count(*) FROM broadlog WHERE status = 0) || ' ' || "
                                                              "(SELECT count(*) FROM analysis) || ' ' || (SELECT count(*) FROM analysis_log)"_qs);
        temp.reopen();

        // One pass personalizes what filtering keeps; with a target limit, a second pass follows
        // the draw. A cancel in any of them leaves nothing.
        const auto cancelAt = [&](DeliveryAnalysis::Phase at) {
            std::atomic_bool canceled = false;
            bool reached = false;
            const std::optional<AnalysisOutcome> outcome = DeliveryAnalysis(temp.path(), test::offlineAnalysis())
                .run(id, canceled, [&](DeliveryAnalysis::Phase phase, int) {
                    if (phase == at) {
                        reached = true;
                        canceled = true;
                    }
                });
            QVERIFY(reached);
            QVERIFY(!outcome);
        };
        cancelAt(DeliveryAnalysis::Phase::Personalization);
        edit(temp, id, [](Delivery &d) { d.targetLimit = 20000; });
        cancelAt(DeliveryAnalysis::Phase::Filtering);
        cancelAt(DeliveryAnalysis::Phase::Personalization);
        temp.close();
        QCOMPARE(before, u"30000 1 %1"_qs.arg(before.section(u' ', 2)));
        QCOMPARE(test::sqliteValue(temp.path(), u"SELECT (SELECT count(*) FROM broadlog WHERE status = 0) || ' ' || "
                                                "(SELECT count(*) FROM analysis) || ' ' || (SELECT count(*) FROM analysis_log)"_qs),
                 before);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryAnalysis)
#include "tst_deliveryanalysis.moc"
