#pragma once

#include <QStringView>

namespace diffusion {

// '*' matches any run of characters, '?' one character; letters compare without regard to case.
// Used for MX rule masks and relay profile patterns: no regular expression to compile or escape.
bool globMatches(QStringView pattern, QStringView text);

} // namespace diffusion
