#include "bouncereport.h"

#include <array>

namespace diffusion {

namespace {

constexpr std::array<std::pair<BounceKind, QStringView>, 4> kindIds{{
    {BounceKind::Dsn, u"dsn"},
    {BounceKind::Arf, u"arf"},
    {BounceKind::AutoReply, u"autoreply"},
    {BounceKind::Unknown, u"unknown"},
}};

} // namespace

QString bounceKindId(BounceKind kind)
{
    for (const auto &[value, id] : kindIds) {
        if (value == kind)
            return id.toString();
    }
    return {};
}

std::optional<BounceKind> bounceKindFromId(QStringView id)
{
    for (const auto &[value, name] : kindIds) {
        if (name == id)
            return value;
    }
    return std::nullopt;
}

} // namespace diffusion
