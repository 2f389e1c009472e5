#include "duration.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace diffusion {

namespace {
constexpr std::array<std::pair<char16_t, qint64>, 4> units{{{u'd', 86400}, {u'h', 3600}, {u'm', 60}, {u's', 1}}};
}

std::optional<qint64> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 2)
        return std::nullopt;
    const QChar unit = text.back().toLower();
    bool ok = false;
    const qint64 count = text.chopped(1).toLongLong(&ok);
    if (!ok || count <= 0 || count > 3650LL * 86400)
        return std::nullopt;
    for (const auto &[symbol, seconds] : units) {
        if (unit == symbol)
            return count * seconds;
    }
    return std::nullopt;
}

QString formatDuration(qint64 seconds)
{
    for (const auto &[symbol, size] : units) {
        if (seconds > 0 && seconds % size == 0)
            return QString::number(seconds / size) + QChar(symbol);
    }
    return QString::number(seconds) + u's';
}

QString describeDuration(qint64 seconds)
{
    // The largest unit that divides it, as formatDuration picks, in words of the current language.
    const auto sentence = [](const char *text, qint64 n) { return QCoreApplication::translate("Duration", text, nullptr, int(n)); };
    if (seconds > 0 && seconds % 86400 == 0)
        return sentence(QT_TRANSLATE_N_NOOP("Duration", "%Ln day(s)"), seconds / 86400);
    if (seconds > 0 && seconds % 3600 == 0)
        return sentence(QT_TRANSLATE_N_NOOP("Duration", "%Ln hour(s)"), seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return sentence(QT_TRANSLATE_N_NOOP("Duration", "%Ln minute(s)"), seconds / 60);
    return sentence(QT_TRANSLATE_N_NOOP("Duration", "%Ln second(s)"), seconds);
}

} // namespace diffusion
