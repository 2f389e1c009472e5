#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace diffusion {

// Validity periods and other durations written as a number and a unit: "5d", "36h", "90m",
// "30s". Returns the seconds, or nothing when the text is not such a duration (or is zero).
std::optional<qint64> parseDuration(QStringView text);

// The shortest exact form: 432000 → "5d", 5400 → "90m".
QString formatDuration(qint64 seconds);
// The same in words of the current language, for people: "5 days", "90 minutes".
QString describeDuration(qint64 seconds);

} // namespace diffusion
