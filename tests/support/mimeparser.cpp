#include "mimeparser.h"

#include "process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace diffusion::test {

QJsonObject parseWithPython(const std::string &message)
{
    const ProcessResult result = runProcess(u"/usr/bin/python3"_qs,
                                            {QStringLiteral(DIFFUSION_SOURCE_DIR "/tests/support/mime_parse.py")},
                                            QByteArray::fromStdString(message));
    if (result.exitCode != 0)
        qWarning("mime_parse.py failed: %s", result.err.constData());
    return QJsonDocument::fromJson(result.out).object();
}

QStringList headerValues(const QJsonObject &parsed, const QString &name)
{
    QStringList values;
    const QJsonArray headers = parsed.value(u"headers"_qs).toArray();
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            values.append(pair.at(1).toString());
    }
    return values;
}

} // namespace diffusion::test
