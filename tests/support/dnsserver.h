#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace diffusion::test {

// dnsmasq (Debian's dnsmasq-base) serving the records a test gives, on a loopback address of its
// own and port 53, the only port QDnsLookup::setNameserver() asks in Qt 6.4:
//
//     if (const QString why = DnsServer::unavailableReason(); !why.isEmpty())
//         QSKIP(qPrintable(why));
//     DnsServer dns;
//     dns.addMx(u"example.test"_qs, u"mx1.example.test"_qs, 10);
//     dns.addAddress(u"mx1.example.test"_qs, u"127.0.0.1"_qs);
//     dns.addNullMx(u"nomail.test"_qs);
//     dns.addTxt(u"example.test"_qs, u"v=spf1 -all"_qs);
//     QVERIFY2(dns.start(), qPrintable(dns.errorString()));
//     DnsMxResolver resolver(dns.address());
//
// It is the authority for "test": a name under test. that the test did not give is NXDOMAIN
// (and a name given only an address has no MX or TXT: an empty answer). Other names are REFUSED;
// nothing is forwarded, /etc/hosts and /etc/resolv.conf are not read. dnsmasq dies with the
// test process (PR_SET_PDEATHSIG), even when the test is killed.
class DnsServer final
{
public:
    DnsServer() = default;
    ~DnsServer();
    DnsServer(const DnsServer &) = delete;
    DnsServer &operator=(const DnsServer &) = delete;

    void addMx(const QString &domain, const QString &host, int preference);
    void addAddress(const QString &name, const QString &ipv4);
    // "MX 0 ." (RFC 7505): the domain accepts no mail.
    void addNullMx(const QString &domain);
    // One TXT record; call again for more at the same name. dnsmasq cuts a text longer than
    // 255 bytes into strings of 255, as a zone file must, and starts a new string at each comma
    // (there is no quoting on its command line): give texts without commas.
    void addTxt(const QString &name, const QString &text);

    // Starts dnsmasq on a free address of 127.0.0.0/8 and waits until it answers; false, with
    // errorString(), when it cannot.
    bool start(int timeoutMs = 20000);
    void stop();
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }

    // Why this machine cannot run the server (port 53 needs root; dnsmasq must be installed),
    // for QSKIP; empty when it can.
    static QString unavailableReason();
    // A loopback address on which nothing listens on UDP port 53 now: a nameserver that never
    // answers. Null when none was found (not root).
    static QHostAddress silentAddress();

private:
    bool startOnce(int timeoutMs, bool &addressProblem);
    bool answers(int timeoutMs) const;

    QStringList m_records; // dnsmasq options
    QTemporaryDir m_dir;
    QProcess m_process;
    QHostAddress m_address;
    QString m_error;
};

} // namespace diffusion::test
