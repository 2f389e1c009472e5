#pragma once

#include <QJsonObject>
#include <string>

namespace diffusion::test {

// A message as Python's e-mail package (tests/support/mime_parse.py) understands it: an
// independent parser, so that round-trip tests do not check the builder against itself.
QJsonObject parseWithPython(const std::string &message);

// Every value of a header, in order, as Python decoded it.
QStringList headerValues(const QJsonObject &parsed, const QString &name);

} // namespace diffusion::test
