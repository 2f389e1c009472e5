#include "bouncingpostfix.h"

#include <QTest>

namespace diffusion::test {

BouncingPostfix::BouncingPostfix(PostfixServer::Options options)
    : m_postfix(withBounces(std::move(options)))
    , m_dovecot(DovecotServer::Options{m_postfix.maildirPath(bounceMailbox()), {}})
{
}

PostfixServer::Options BouncingPostfix::withBounces(PostfixServer::Options options)
{
    options.users.append(bounceMailbox());
    options.relayDomains[refusingDomain()] = {u"-f"_qs, u"RCPT"_qs};
    options.relayDomains[deferringDomain()] = {u"-r"_qs, u"RCPT"_qs};
    options.transports[u"quota.test"_qs] = u"error:5.2.2 Mailbox full"_qs;
    options.settings.append({u"virtual_alias_maps"_qs, u"inline:{ "_qs + fullMailbox() + u"=full@quota.test }"_qs});
    options.settings.append({u"recipient_delimiter"_qs, u"+"_qs});
    return options;
}

QString BouncingPostfix::bounceAddress(const QString &tag)
{
    return tag.isEmpty() ? bounceMailbox() : u"bounces+%1@bounce.test"_qs.arg(tag);
}

bool BouncingPostfix::start()
{
    m_error.clear();
    if (!m_postfix.start()) {
        m_error = u"Postfix did not start: "_qs + m_postfix.errorString();
        return false;
    }
    if (!m_dovecot.start()) {
        m_error = u"Dovecot did not start: "_qs + m_dovecot.errorString();
        return false;
    }
    return true;
}

bool BouncingPostfix::waitForBounces(qsizetype count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return m_dovecot.messageCount() >= count; }, timeoutMs);
}

} // namespace diffusion::test
