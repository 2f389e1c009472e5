// Synchronous-bounce qualification: the default rules of a new workspace against replies that
// mailbox providers send, the rule table's matching semantics, and the "to qualify" list.
#include "domain/codes.h"
#include "feedback/qualifier.h"
#include "feedback/unqualifiedreplies.h"
#include "smtp/smtpreplyparser.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "tempworkspace.h"

#include <QTest>
#include <memory>

using namespace diffusion;

namespace {

// A reply as a server sends it; "\n" separates the lines of a multi-line reply.
SmtpReply parsed(const QByteArray &text)
{
    SmtpReplyParser parser;
    parser.append(text + "\r\n");
    if (parser.next() != SmtpReplyParser::Status::Reply)
        qFatal("not a reply: %s", text.constData());
    return parser.reply();
}

// The outcome a session reports for a refusal at RCPT TO.
SmtpOutcome refusal(const QByteArray &text)
{
    SmtpOutcome outcome;
    outcome.reply = parsed(text);
    outcome.kind = outcome.reply.isPermanent() ? SmtpOutcome::Kind::Rejected : SmtpOutcome::Kind::Deferred;
    outcome.phase = SmtpPhase::RcptTo;
    outcome.host = u"mx.example.net"_qs;
    return outcome;
}

Qualifier loadRules(test::TempWorkspace &temp)
{
    ReadConnection reader(temp.path());
    return Qualifier::load(reader.db());
}

// Replaces the workspace's rules by one rule.
void setOnlyRule(test::TempWorkspace &temp, const QString &code, const QString &enhanced, const QString &regex,
                 FailureType type, FailureReason reason)
{
    temp.writer().submit([=](QSqlDatabase &db) {
        execute(db, u"DELETE FROM qualification_rule"_qs);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO qualification_rule (position, label, smtp_code, enhanced_code, text_regex, failure_type, "
                       "failure_reason) VALUES (1, 'only', COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?)"_qs);
        insert.addBindValue(code);
        insert.addBindValue(enhanced);
        insert.addBindValue(regex);
        insert.addBindValue(int(type));
        insert.addBindValue(int(reason));
        if (!insert.exec())
            throw StoreError(u"insert failed"_qs);
    }).waitForFinished();
}

QString typeId(const QualificationMatch &match)
{
    return stableId(failureTypeCodes(), match.qualification.type);
}

QString reasonId(const QualificationMatch &match)
{
    return stableId(failureReasonCodes(), match.qualification.reason);
}

void addReply(const char *name, const char *reply, const char *type, const char *reason)
{
    QTest::newRow(name) << QByteArray(reply) << QString::fromLatin1(type) << QString::fromLatin1(reason);
}

} // namespace

class TestQualifier final : public QObject
{
    Q_OBJECT

    // One new workspace's rules for the many rows of the provider test.
    std::unique_ptr<test::TempWorkspace> m_defaultWorkspace;
    Qualifier m_defaultRules;

private Q_SLOTS:
    void initTestCase()
    {
        m_defaultWorkspace = std::make_unique<test::TempWorkspace>();
        m_defaultRules = loadRules(*m_defaultWorkspace);
    }

    void cleanupTestCase()
    {
        m_defaultWorkspace.reset();
    }

    void defaultRulesQualifyProviderReplies_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("reason");

        // The examples of the product reference (§5).
        addReply("spec: user unknown", "550 5.1.1 <nobody@example.com>: User unknown", "hard", "user_unknown");
        addReply("spec: mailbox full", "452 4.2.2 Mailbox full", "soft", "mailbox_full");
        addReply("spec: rate limited", "421 4.7.0 mx.example.com Messages from 203.0.113.5 rate limited", "soft", "refused");

        addReply("Gmail: no such user",
                 "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                 "550-5.1.1 double-checking the recipient's email address for typos or\n"
                 "550-5.1.1 unnecessary spaces. For more information, go to\n"
                 "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-6f4e8b1c2a3sm1234567b3a.12 - gsmtp",
                 "hard", "user_unknown");
        addReply("Gmail: account disabled",
                 "550-5.2.1 The email account that you tried to reach is disabled. Learn more at\n"
                 "550 5.2.1  https://support.google.com/mail/?p=DisabledUser a1-20020a05600c0001si1234567wma.150 - gsmtp",
                 "hard", "account_disabled");
        addReply("Gmail: out of storage, temporary",
                 "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n"
                 "452-4.2.2 recipient to\n"
                 "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-41b2c3d4e5fsi12345f9.12 - gsmtp",
                 "soft", "mailbox_full");
        addReply("Gmail: out of storage and inactive",
                 "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to\n"
                 "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-6a2b3c4d5e6si1234567a12.200 - gsmtp",
                 "hard", "mailbox_full");
        addReply("Gmail: recipient receiving too fast (4.2.1 is not 'disabled' here)",
                 "450-4.2.1 The user you are trying to contact is receiving mail too quickly.\n"
                 "450-4.2.1 Please resend your message at a later time. If the user is able to\n"
                 "450-4.2.1 receive mail at that time, your message will be delivered. For more\n"
                 "450 4.2.1 information, go to https://support.google.com/mail/?p=ReceivingRate x12si345 - gsmtp",
                 "soft", "refused");
        addReply("Gmail: unsolicited rate limit",
                 "421-4.7.28 [203.0.113.5      15] Our system has detected an unusual rate of\n"
                 "421-4.7.28 unsolicited mail originating from your IP address. To protect our\n"
                 "421-4.7.28 users from spam, mail sent from your IP address has been temporarily\n"
                 "421 4.7.28 rate limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError a1si2 - gsmtp",
                 "soft", "refused");
        addReply("Gmail: likely unsolicited, blocked",
                 "550-5.7.1 [203.0.113.5      12] Our system has detected that this message is\n"
                 "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n"
                 "550-5.7.1 this message has been blocked. Please visit\n"
                 "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError a640c23a62f3a-a5a1b2si766b.42 - gsmtp",
                 "ignored", "refused");
        addReply("Gmail: unauthenticated sender",
                 "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
                 "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n"
                 "550 5.7.26  Authentication results: DKIM = did not pass SPF [example.com] with ip: [203.0.113.5] = did not pass",
                 "ignored", "refused");
        addReply("Gmail: no PTR record",
                 "550-5.7.25 [203.0.113.5] The IP address sending this message does not have a\n"
                 "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
                 "550 5.7.25 point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.",
                 "ignored", "refused");

        addReply("Outlook.com: mailbox unavailable",
                 "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
                 "[AM4PEPF00025F9B.EURPRD83.prod.outlook.com 2024-05-02T09:12:44.123Z 08DC6A5E1F2B3C4D]",
                 "hard", "user_unknown");
        addReply("Microsoft 365: RecipientNotFound (5.1.10 is not a null MX here)",
                 "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "hard", "user_unknown");
        addReply("Microsoft 365: directory-based edge blocking",
                 "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors "
                 "[DB5PEPF00014B8D.eurprd02.prod.outlook.com 2024-05-02T09:12:44.123Z 08DC6A5E1F2B3C4D]",
                 "hard", "user_unknown");
        addReply("Outlook.com: network on the block list",
                 "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service "
                 "provider since part of their network is on our block list (S3150). You can also refer your provider to "
                 "http://mail.live.com/mail/troubleshooting.aspx#errors.",
                 "ignored", "refused");
        addReply("Outlook.com: rate limited for IP reputation",
                 "451 4.7.650 The mail server [203.0.113.5] has been temporarily rate limited due to IP reputation. For e-mail "
                 "delivery information, see https://postmaster.live.com (S775) [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]",
                 "soft", "refused");
        addReply("Outlook.com: RP-001 hourly limits",
                 "421 RP-001 (BN1NAM02FT046) Unfortunately, some messages from 203.0.113.5 weren't sent. Please try again. "
                 "We have limits for how many messages can be sent per hour and per day.",
                 "soft", "refused");
        addReply("Hotmail: DY-001 dynamic IP range",
                 "550 DY-001 (SNT004-MC1F43) Unfortunately, messages from 203.0.113.5 weren't sent. Please contact your "
                 "Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.",
                 "ignored", "refused");
        addReply("Microsoft 365: quota exceeded",
                 "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
                 "Failed to process message due to a permanent exception",
                 "hard", "mailbox_full");
        addReply("Microsoft 365: DMARC reject",
                 "550 5.7.509 Access denied, sending domain EXAMPLE.COM does not pass DMARC verification and has a DMARC "
                 "policy of reject.",
                 "ignored", "refused");
        addReply("Microsoft 365: banned sending IP",
                 "550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please "
                 "visit https://sender.office.com/ and follow the directions.",
                 "ignored", "refused");
        addReply("Microsoft 365: server busy",
                 "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77714)", "soft", "refused");

        addReply("Yahoo: no such account",
                 "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1234.mail.bf1.yahoo.com",
                 "hard", "user_unknown");
        addReply("AOL: no such account",
                 "554 delivery error: dd This user doesn't have a aol.com account (someone@aol.com) [0] - mta4001.aol.mail.ne1.yahoo.com",
                 "hard", "user_unknown");
        addReply("Yahoo: mailbox disabled",
                 "554 delivery error: dd Sorry your message to someone@yahoo.com cannot be delivered. This mailbox is "
                 "disabled (554.30). - mta1042.mail.ir2.yahoo.com",
                 "hard", "account_disabled");
        addReply("Yahoo: TSS04 deferred",
                 "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user "
                 "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
                 "soft", "refused");
        addReply("Yahoo: TSS09 permanently deferred",
                 "553 5.7.2 [TSS09] All messages from 203.0.113.5 will be permanently deferred; Retrying will NOT succeed. "
                 "See https://postmaster.yahooinc.com/error-codes",
                 "ignored", "refused");
        addReply("Yahoo: policy reasons",
                 "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
                 "ignored", "refused");
        addReply("Yahoo: mailbox not found", "552 1 Requested mail action aborted, mailbox not found", "hard", "user_unknown");
        addReply("Yahoo: messages per connection",
                 "421 Max message per connection reached, closing transmission channel", "soft", "refused");

        addReply("Orange: invalid recipient OFR_416",
                 "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]", "hard", "user_unknown");
        addReply("Orange: over quota OFR_417 (with 5.1.1)",
                 "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", "hard", "mailbox_full");
        addReply("Orange: archived recipient OFR_418",
                 "550 5.1.1 Boite du destinataire archivee. Archived recipient. OFR_418 [418]", "hard", "account_disabled");
        addReply("Orange: too many connections",
                 "421 mwinf5c20 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow "
                 "down. OFR005_104 [104]",
                 "soft", "refused");
        addReply("Orange: IP blocked for spam",
                 "550 mwinf5c10 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. "
                 "OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=203.0.113.5 [102]",
                 "ignored", "refused");
        addReply("Free: user unknown",
                 "550 5.1.1 <someone@free.fr>: Recipient address rejected: User unknown in local recipient table",
                 "hard", "user_unknown");
        addReply("Free: too many spams",
                 "421 4.7.0 Too many spams from your IP (203.0.113.5), please visit http://postmaster.free.fr/", "soft", "refused");
        addReply("Free: greylisted",
                 "450 4.2.0 <someone@free.fr>: Recipient address rejected: Greylisted, see "
                 "http://postgrey.schweikert.ch/help/free.fr.html",
                 "ignored", "refused");
        addReply("SFR: user unknown",
                 "550 5.1.1 <someone@sfr.fr>: Recipient address rejected: User unknown in virtual mailbox table",
                 "hard", "user_unknown");
        addReply("La Poste: mailbox full",
                 "552 5.2.2 <someone@laposte.net>: Recipient address rejected: Mailbox full", "hard", "mailbox_full");

        addReply("GMX: mailbox unavailable", "550 Requested action not taken: mailbox unavailable", "hard", "user_unknown");
        addReply("Web.de: our sender domain's DNS (not the recipient)",
                 "550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record",
                 "ignored", "refused");
        addReply("GMX: exceeded storage allocation",
                 "552 Requested mail action aborted: exceeded storage allocation", "hard", "mailbox_full");
        addReply("GMX: bad PTR",
                 "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available\n554-No SMTP service\n"
                 "554-Bad DNS PTR resource record.\n"
                 "554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=203.0.113.5&r=1MxYz0-1sAbCd2",
                 "ignored", "refused");
        addReply("Web.de: policy restrictions, temporary",
                 "421-web.de (mxweb112) Nemesis ESMTP Service not available\n421-Service unavailable\n"
                 "421-Reject due to policy restrictions.\n"
                 "421 For explanation visit https://postmaster.web.de/en/case?c=hi&i=ip&v=203.0.113.5&r=0LmNo1-1qRsTu2",
                 "soft", "refused");

        addReply("iCloud: unknown or illegal alias",
                 "550 5.1.1 <someone@icloud.com>: unknown or illegal alias: someone@icloud.com", "hard", "user_unknown");
        addReply("iCloud: CS01 local policy, temporary",
                 "421 4.7.0 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
                 "soft", "refused");
        addReply("iCloud: HM08 local policy",
                 "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
                 "ignored", "refused");
        addReply("iCloud: over quota", "552 5.2.2 <someone@icloud.com>: user is over quota", "hard", "mailbox_full");
        addReply("Proton: address does not exist",
                 "550 5.1.1 <someone@proton.me>: Recipient address rejected: Address does not exist", "hard", "user_unknown");
        addReply("Zoho: user does not exist", "550 5.1.1 User does not exist - <someone@zohomail.com>", "hard", "user_unknown");
        addReply("Zoho: policy violation", "554 5.7.7 Email policy violation detected", "ignored", "refused");
        addReply("Zoho: mailbox size limit", "552 5.2.2 Mailbox size limit exceeded", "hard", "mailbox_full");

        addReply("Postfix: recipient domain not found",
                 "450 4.1.2 <someone@nowhere.example>: Recipient address rejected: Domain not found", "soft", "invalid_domain");
        addReply("Postfix: our sender domain not found",
                 "450 4.1.8 <bounce@sender.example>: Sender address rejected: Domain not found", "ignored", "refused");
        addReply("Postfix: relay access denied",
                 "554 5.7.1 <someone@elsewhere.example>: Relay access denied", "ignored", "refused");
        addReply("Postfix: Spamhaus listing",
                 "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; "
                 "https://www.spamhaus.org/query/ip/203.0.113.5",
                 "ignored", "refused");
        addReply("Dovecot: quota exceeded, temporary",
                 "452 4.2.2 <someone@example.org> Quota exceeded (mailbox for user is full)", "soft", "mailbox_full");
        addReply("Exim: greylisting", "451 4.7.1 Greylisting in action, please come back later", "ignored", "refused");
        addReply("Exim: no such user", "550 No Such User Here", "hard", "user_unknown");
        addReply("Exchange: RecipNotFound", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "hard", "user_unknown");
        addReply("message too big", "552 5.3.4 Message size exceeds fixed limit", "ignored", "refused");
        addReply("qmail: domain not in rcpthosts",
                 "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "ignored", "refused");
        addReply("relay credentials refused", "535 5.7.8 Error: authentication failed: authentication failure", "ignored", "refused");
        addReply("null MX", "556 5.1.10 Recipient address has null MX", "hard", "invalid_domain");
        addReply("mail system problem, temporary", "451 4.3.0 Error: queue file write error", "soft", "unreachable");
        addReply("no answer from host, temporary", "451 4.4.1 No answer from host", "soft", "unreachable");
        // Texts no rule knows: the RFC 3463 class, then the bare code decides.
        addReply("class X.1.x alone", "550 5.1.1 Sorry, no.", "hard", "user_unknown");
        addReply("class X.2.2 alone", "552 5.2.2 Sorry.", "hard", "mailbox_full");
        addReply("class 4.7.x alone", "450 4.7.1 Sorry, not now.", "soft", "refused");
        addReply("code 421 alone", "421 Service not available, closing transmission channel", "soft", "refused");
    }

    void defaultRulesQualifyProviderReplies()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, type);
        QFETCH(QString, reason);
        const QualificationMatch match = m_defaultRules.qualify(refusal(reply));
        QVERIFY2(match.ruleId != 0, "no rule matched");
        QCOMPARE(reasonId(match), reason);
        QCOMPARE(typeId(match), type);
    }

    void defaultRulesQualifyOutcomesWithoutReply_data()
    {
        QTest::addColumn<SmtpOutcome::Kind>("kind");
        QTest::addColumn<SmtpPhase>("phase");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("reason");
        const auto error = SmtpOutcome::Kind::ConnectionError;
        QTest::newRow("DNS: no server found") << error << SmtpPhase::Connect << QString() << QByteArray() << u"soft"_qs << u"invalid_domain"_qs;
        QTest::newRow("connection refused") << error << SmtpPhase::Connect << u"mx.example"_qs << QByteArray() << u"soft"_qs << u"unreachable"_qs;
        QTest::newRow("TLS handshake") << error << SmtpPhase::StartTls << u"mx.example"_qs << QByteArray() << u"soft"_qs << u"unreachable"_qs;
        QTest::newRow("no AUTH mechanism") << error << SmtpPhase::Auth << u"mx.example"_qs << QByteArray() << u"soft"_qs << u"unreachable"_qs;
        QTest::newRow("lost during DATA") << error << SmtpPhase::Body << u"mx.example"_qs << QByteArray() << u"soft"_qs << u"unreachable"_qs;
        QTest::newRow("refused by the session (SIZE)") << SmtpOutcome::Kind::Rejected << SmtpPhase::MailFrom << u"mx.example"_qs
                                                       << QByteArray() << u"ignored"_qs << u"refused"_qs;
        // A destination that refuses every session is retried: its 5xx greeting is not Hard.
        QTest::newRow("5xx greeting of a suspended destination") << error << SmtpPhase::Greeting << u"mx.example"_qs
                                                                 << QByteArray("554 No SMTP service here") << u"soft"_qs << u"not_defined"_qs;
    }

    void defaultRulesQualifyOutcomesWithoutReply()
    {
        QFETCH(SmtpOutcome::Kind, kind);
        QFETCH(SmtpPhase, phase);
        QFETCH(QString, host);
        QFETCH(QByteArray, reply);
        QFETCH(QString, type);
        QFETCH(QString, reason);
        SmtpOutcome outcome;
        outcome.kind = kind;
        outcome.phase = phase;
        outcome.host = host;
        outcome.error = u"Something went wrong."_qs;
        if (!reply.isEmpty())
            outcome.reply = parsed(reply);
        const QualificationMatch match = m_defaultRules.qualify(outcome);
        QCOMPARE(reasonId(match), reason);
        QCOMPARE(typeId(match), type);
    }

    void unmatchedRepliesAreNotDefined()
    {
        const QualificationMatch permanent = m_defaultRules.qualify(refusal("554 Transaction failed"));
        QCOMPARE(permanent.ruleId, qint64(0));
        QCOMPARE(reasonId(permanent), u"not_defined"_qs);
        QCOMPARE(typeId(permanent), u"hard"_qs);
        const QualificationMatch transient = m_defaultRules.qualify(refusal("451 Requested action aborted: local error in processing"));
        QCOMPARE(transient.ruleId, qint64(0));
        QCOMPARE(reasonId(transient), u"not_defined"_qs);
        QCOMPARE(typeId(transient), u"soft"_qs);
    }

    void firstRuleByPositionWins()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"DELETE FROM qualification_rule"_qs);
            execute(db, u"INSERT INTO qualification_rule (id, position, label, smtp_code, text_regex, failure_type, failure_reason) "
                        "VALUES (1, 20, 'exact code', '550', '', 2, 1), (2, 10, 'text', '55?', 'robot', 2, 4)"_qs);
        }).waitForFinished();
        const SmtpOutcome outcome = refusal("550 The robot says no");
        QualificationMatch match = loadRules(temp).qualify(outcome);
        QCOMPARE(match.ruleId, qint64(2));
        QCOMPARE(match.ruleLabel, u"text"_qs);
        QCOMPARE(reasonId(match), u"account_disabled"_qs);

        temp.writer().submit([](QSqlDatabase &db) { execute(db, u"UPDATE qualification_rule SET position = 30 WHERE id = 2"_qs); })
            .waitForFinished();
        match = loadRules(temp).qualify(outcome);
        QCOMPARE(match.ruleId, qint64(1));
        QCOMPARE(reasonId(match), u"user_unknown"_qs);
    }

    void codesMatchWithWildcards_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("matches");
        QTest::newRow("550 = 550") << u"550"_qs << QString() << QByteArray("550 5.1.1 x") << true;
        QTest::newRow("550 ≠ 551") << u"550"_qs << QString() << QByteArray("551 5.1.1 x") << false;
        QTest::newRow("5?? 554") << u"5??"_qs << QString() << QByteArray("554 x") << true;
        QTest::newRow("5?? 450") << u"5??"_qs << QString() << QByteArray("450 x") << false;
        QTest::newRow("55? 552") << u"55?"_qs << QString() << QByteArray("552 x") << true;
        QTest::newRow("55? 521") << u"55?"_qs << QString() << QByteArray("521 x") << false;
        QTest::newRow("any code") << QString() << QString() << QByteArray("421 x") << true;
        QTest::newRow("5.1.1 = 5.1.1") << QString() << u"5.1.1"_qs << QByteArray("550 5.1.1 x") << true;
        QTest::newRow("5.1.1 ≠ 5.1.10") << QString() << u"5.1.1"_qs << QByteArray("550 5.1.10 x") << false;
        QTest::newRow("4.7.* 4.7.650") << QString() << u"4.7.*"_qs << QByteArray("451 4.7.650 x") << true;
        QTest::newRow("4.7.* 5.7.1") << QString() << u"4.7.*"_qs << QByteArray("550 5.7.1 x") << false;
        QTest::newRow("4.7.* without enhanced code") << QString() << u"4.7.*"_qs << QByteArray("421 x") << false;
        QTest::newRow("5.*.* 5.2.2") << QString() << u"5.*.*"_qs << QByteArray("552 5.2.2 x") << true;
        QTest::newRow("?.2.2 4.2.2") << QString() << u"?.2.2"_qs << QByteArray("452 4.2.2 x") << true;
        QTest::newRow("code and enhanced both") << u"45?"_qs << u"4.2.*"_qs << QByteArray("452 4.2.2 x") << true;
        QTest::newRow("code right, enhanced wrong") << u"45?"_qs << u"4.7.*"_qs << QByteArray("452 4.2.2 x") << false;
    }

    void codesMatchWithWildcards()
    {
        QFETCH(QString, code);
        QFETCH(QString, enhanced);
        QFETCH(QByteArray, reply);
        QFETCH(bool, matches);
        test::TempWorkspace temp;
        setOnlyRule(temp, code, enhanced, {}, FailureType::Soft, FailureReason::Refused);
        QCOMPARE(loadRules(temp).qualify(refusal(reply)).ruleId != 0, matches);
    }

    void textIsMatchedWithoutRegardToCase()
    {
        test::TempWorkspace temp;
        setOnlyRule(temp, {}, {}, u"mailbox (is )?full"_qs, FailureType::Soft, FailureReason::MailboxFull);
        const Qualifier qualifier = loadRules(temp);
        QCOMPARE(reasonId(qualifier.qualify(refusal("452-Sorry,\n452 MAILBOX IS FULL"))), u"mailbox_full"_qs);
        QCOMPARE(qualifier.qualify(refusal("452 Mailbox is almost full")).ruleId, qint64(0));
    }

    void connectionWordsAndErrorText()
    {
        test::TempWorkspace temp;
        setOnlyRule(temp, u"connect"_qs, {}, u"refused"_qs, FailureType::Soft, FailureReason::Unreachable);
        const Qualifier qualifier = loadRules(temp);
        SmtpOutcome outcome;
        outcome.kind = SmtpOutcome::Kind::ConnectionError;
        outcome.phase = SmtpPhase::Connect;
        outcome.host = u"mx.example"_qs;
        outcome.error = u"Cannot connect to mx.example port 25: Connection refused."_qs;
        QVERIFY(qualifier.qualify(outcome).ruleId != 0);
        outcome.error = u"No connection to mx.example port 25 within 30000 ms."_qs;
        QCOMPARE(qualifier.qualify(outcome).ruleId, qint64(0));
        outcome.error = u"The TLS handshake with mx.example was refused."_qs;
        outcome.phase = SmtpPhase::StartTls;
        QCOMPARE(qualifier.qualify(outcome).ruleId, qint64(0));
    }

    void typeFollowsWhatBecomesOfTheMessage_data()
    {
        QTest::addColumn<FailureType>("ruleType");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("type");
        QTest::newRow("soft rule, 5xx: hard") << FailureType::Soft << QByteArray("550 x") << u"hard"_qs;
        QTest::newRow("soft rule, 4xx: soft") << FailureType::Soft << QByteArray("450 x") << u"soft"_qs;
        QTest::newRow("hard rule, 4xx: soft") << FailureType::Hard << QByteArray("450 x") << u"soft"_qs;
        QTest::newRow("hard rule, 5xx: hard") << FailureType::Hard << QByteArray("550 x") << u"hard"_qs;
        QTest::newRow("ignored rule, 5xx") << FailureType::Ignored << QByteArray("550 x") << u"ignored"_qs;
        QTest::newRow("ignored rule, 4xx") << FailureType::Ignored << QByteArray("450 x") << u"ignored"_qs;
    }

    void typeFollowsWhatBecomesOfTheMessage()
    {
        QFETCH(FailureType, ruleType);
        QFETCH(QByteArray, reply);
        QFETCH(QString, type);
        test::TempWorkspace temp;
        setOnlyRule(temp, {}, {}, {}, ruleType, FailureReason::MailboxFull);
        const QualificationMatch match = loadRules(temp).qualify(refusal(reply));
        QCOMPARE(typeId(match), type);
        QCOMPARE(reasonId(match), u"mailbox_full"_qs);
    }

    void badRegexNamesTheRule()
    {
        test::TempWorkspace temp;
        temp.writer().submit([](QSqlDatabase &db) {
            execute(db, u"INSERT INTO qualification_rule (id, position, label, text_regex, failure_type, failure_reason) "
                        "VALUES (4242, 1, 'Broken rule', 'user (unknown', 2, 1)"_qs);
        }).waitForFinished();
        QString message;
        try {
            loadRules(temp);
        } catch (const StoreError &error) {
            message = error.message();
        }
        QVERIFY2(message.contains(u"4242"_qs), qPrintable(message));
        QVERIFY2(message.contains(u"Broken rule"_qs), qPrintable(message));
        QVERIFY2(message.contains(u"text_regex"_qs), qPrintable(message));
    }

    void normalizationReplacesWhatChanges()
    {
        const SmtpReply reply = parsed("550 5.1.1 <John.Doe@Example.com>: Recipient address rejected: User unknown in local "
                                       "recipient table; queue 4VZk2N1b3Tz9sT7 from [203.0.113.5] (2a00:1450:4864:20::1a) "
                                       "see https://help.example.com/550?id=7 after 3 tries");
        QCOMPARE(UnqualifiedReplies::normalizedText(reply),
                 u"550 5.1.1 <address>: recipient address rejected: user unknown in local recipient table; queue <id> "
                 "from <ip> (<ip>) see <url> after <n> tries"_qs);
    }

    void normalizationMergesRepliesThatDifferByAddressOrId()
    {
        const QString first = UnqualifiedReplies::normalizedText(parsed(
            "550-5.7.1 [203.0.113.5      12] Message from <ann@example.com> refused.\n"
            "550 5.7.1 Ref d2e1a72fcca58-6f4e8b1c2a3sm1234567b3a.12 - gsmtp"));
        const QString second = UnqualifiedReplies::normalizedText(parsed(
            "550-5.7.1 [198.51.100.77 3] Message from <bob.smith@other.example.org> refused.\n"
            "550 5.7.1 Ref a640c23a62f3a-a5a1b2c3d4esi123456766b.42 - gsmtp"));
        QCOMPARE(second, first);
        QVERIFY(UnqualifiedReplies::normalizedText(parsed("550 5.7.1 Message from <ann@example.com> accepted later.")) != first);
        QVERIFY(UnqualifiedReplies::normalizedText(parsed("450 4.7.1 [203.0.113.5 12] Message from <ann@example.com> refused.")) != first);
    }

    void unmatchedRepliesAreCounted()
    {
        test::TempWorkspace temp;
        const SmtpReply first = parsed("554 5.7.0 Message from <ann@example.com> refused by rule 17");
        const SmtpReply second = parsed("554 5.7.0 Message from <bob@example.org> refused by rule 18");
        const SmtpReply other = parsed("451 Try the other door");
        temp.writer().submit([=](QSqlDatabase &db) {
            UnqualifiedReplies::count(db, first, 200);
            UnqualifiedReplies::count(db, other, 150);
            UnqualifiedReplies::count(db, SmtpReply(), 150); // no reply: nothing to count
        }).waitForFinished();
        temp.writer().submit([=](QSqlDatabase &db) { UnqualifiedReplies::count(db, second, 100); }).waitForFinished();

        ReadConnection reader(temp.path());
        const QList<UnqualifiedReply> replies = UnqualifiedReplies::list(reader.db());
        QCOMPARE(replies.size(), 2);
        const UnqualifiedReply &top = replies.first();
        QCOMPARE(top.normalized, UnqualifiedReplies::normalizedText(first));
        QCOMPARE(top.count, qint64(2));
        QCOMPARE(top.code, 554);
        QCOMPARE(top.enhanced, u"5.7.0"_qs);
        QCOMPARE(top.example, second.toString());
        QCOMPARE(top.firstSeen, qint64(100));
        QCOMPARE(top.lastSeen, qint64(200));
        QCOMPARE(replies.last().count, qint64(1));
        QCOMPARE(replies.last().example, other.toString());
    }
};

QTEST_GUILESS_MAIN(TestQualifier)
#include "tst_qualifier.moc"
