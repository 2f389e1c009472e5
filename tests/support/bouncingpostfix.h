#pragma once

#include "dovecotserver.h"
#include "postfixserver.h"

#include <QString>

namespace diffusion::test {

// Postfix generating real DSNs into a Maildir that Dovecot serves over IMAP and POP3 with TLS:
// the proof of issue 8 that inMail reads the bounces a real MTA writes (docs/inmail.md).
//
//     BouncingPostfix servers;
//     QVERIFY2(servers.start(), qPrintable(servers.errorString()));
//     // send through servers.postfix().port(), MAIL FROM bounceAddress(u"42"_qs), RCPT TO x@refused.test
//     QVERIFY(servers.waitForBounces(1));
//     auto source = openMailbox(servers.dovecot().mailboxSpec(MailboxSpec::Kind::Imap));
//
// Postfix accepts refusingDomain() and deferringDomain() as relay domains and passes them on to
// smtp-sinks that answer every RCPT with "500 5.3.0 Error: command failed" and "450 4.3.0 Error:
// command failed"; its queue lifetimes are 0, so both bounce after one attempt (Action: failed,
// Status 5.3.0 or 4.3.0) within a second. fullMailbox() stands for a mailbox over quota
// (virtual(8) has no Maildir quota): accepted at RCPT, forwarded by a virtual alias to
// full@quota.test, whose transport is error(8) "5.2.2 Mailbox full", so that Postfix writes the
// DSN (Final-Recipient full@quota.test, Original-Recipient the address sent to; smtpd refuses at
// RCPT an address whose own transport is error). The DSN goes to the envelope sender: any
// "bounces+TAG@bounce.test" (recipient_delimiter "+", the VERP form) lands in the bounces
// mailbox with "Delivered-To: bounces+TAG@bounce.test". That Maildir is Postfix's own
// (virtual(8) writes it as the postfix user) and Dovecot serves it as the same user.
// Needs root, as PostfixServer does.
class BouncingPostfix final
{
public:
    // `options` may add users, domains and settings; the bounce mailbox, the two relay domains
    // and the recipient delimiter are added to them.
    explicit BouncingPostfix(PostfixServer::Options options = {});

    // Starts Postfix, then Dovecot on Postfix's Maildir for the bounces.
    bool start();
    QString errorString() const { return m_error; }

    PostfixServer &postfix() { return m_postfix; }
    DovecotServer &dovecot() { return m_dovecot; }

    static QString refusingDomain() { return QStringLiteral("refused.test"); }
    static QString deferringDomain() { return QStringLiteral("deferred.test"); }
    static QString fullMailbox() { return QStringLiteral("full@bounce.test"); }
    static QString bounceMailbox() { return QStringLiteral("bounces@bounce.test"); }
    // "bounces+TAG@bounce.test", or the mailbox itself without a tag.
    static QString bounceAddress(const QString &tag = {});

    // Waits (bounded) until the bounce mailbox holds at least `count` messages.
    bool waitForBounces(qsizetype count, int timeoutMs = 30000) const;

private:
    static PostfixServer::Options withBounces(PostfixServer::Options options);

    PostfixServer m_postfix;
    DovecotServer m_dovecot; // after m_postfix: it serves the Maildir m_postfix names
    QString m_error;
};

} // namespace diffusion::test
