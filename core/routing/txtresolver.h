#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace diffusion {

// What a TXT lookup found.
struct TxtAnswer {
    enum class Status { Found, NoRecord, Unreachable };
    Status status = Status::NoRecord;
    // Each TXT record, its strings joined without separator as SPF (RFC 7208 §3.3) and DKIM
    // (RFC 6376 §3.6.2.2) read them: a long record is cut into strings of at most 255 bytes.
    QList<QByteArray> records;
    QString error; // when Unreachable: why, as a sentence
};

// Finds a name's TXT records. An interface so that tests can inject answers.
class TxtResolver
{
public:
    virtual ~TxtResolver() = default;
    // Blocks, for a bounded time: analysis asks from a pool thread, which has no event loop.
    // A name that does not exist and a name without TXT records both give NoRecord.
    virtual TxtAnswer lookup(const QString &asciiName) = 0;
};

// Asks with QDnsLookup, through the system's resolver or the nameserver given (port 53). A
// lookup that gets no answer within timeoutMs is Unreachable, as is a server failure or refusal.
class DnsTxtResolver final : public TxtResolver
{
    Q_DECLARE_TR_FUNCTIONS(DnsTxtResolver)

public:
    explicit DnsTxtResolver(const QHostAddress &nameserver = {}, int timeoutMs = 5000);

    TxtAnswer lookup(const QString &asciiName) override;

private:
    QHostAddress m_nameserver;
    int m_timeoutMs;
};

// The resolver the workspace's dns.nameserver setting chooses, as resolverFromSettings() reads
// it. Throws StoreError with a sentence when the setting is not an IP address.
std::shared_ptr<TxtResolver> txtResolverFromSettings(QSqlDatabase &db);

} // namespace diffusion
