#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace diffusion {

struct HostPort {
    QString host;
    quint16 port = 25;
    // The address to connect to when the resolver found it (on the workspace's own nameserver,
    // which the system's resolver does not ask); empty: host is looked up when connecting.
    QString address = {};

    bool operator==(const HostPort &) const = default;
    // "host:port", with brackets around an IPv6 address.
    QString toString() const;
    // Parses "host", "host:port", "[v6]:port"; nothing for an empty host or a bad port.
    static std::optional<HostPort> parse(QStringView text, quint16 defaultPort = 25);
};

} // namespace diffusion
