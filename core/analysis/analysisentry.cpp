#include "analysisentry.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>

namespace diffusion {

namespace {

constexpr std::array stepIds{"start_rules", "filtering", "targeting", "personalization", "end_rules", "sender_domain", "estimate"};
constexpr std::array severityIds{"info", "warning", "error"};

} // namespace

QString analysisStepId(AnalysisStep step)
{
    return QString::fromLatin1(stepIds.at(size_t(step)));
}

QString severityId(Severity severity)
{
    return QString::fromLatin1(severityIds.at(size_t(severity)));
}

std::optional<Severity> severityFromId(QStringView id)
{
    for (size_t i = 0; i < severityIds.size(); ++i) {
        if (id == QLatin1StringView(severityIds[i]))
            return Severity(i);
    }
    return std::nullopt;
}

AnalysisEntry AnalysisEntry::make(AnalysisStep step, Severity severity, const char *code, const char *source, QVariantList args)
{
    AnalysisEntry entry;
    entry.step = step;
    entry.severity = severity;
    entry.code = QString::fromLatin1(code);
    entry.source = source;
    entry.args = std::move(args);
    return entry;
}

QString AnalysisEntry::text() const
{
    const QString sentence = QCoreApplication::translate("Analysis", source.constData(), nullptr, count >= 0 ? int(count) : -1);
    // One pass over %1…%9, so that an argument holding "%2" (an address can) stays as it is.
    const QLocale locale;
    QString out;
    out.reserve(sentence.size() + 32);
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence.at(i);
        const int index = c == u'%' && i + 1 < sentence.size() ? sentence.at(i + 1).digitValue() - 1 : -1;
        if (index < 0 || index >= args.size()) {
            out += c;
            continue;
        }
        const QVariant &arg = args.at(index);
        if (arg.typeId() == QMetaType::LongLong || arg.typeId() == QMetaType::Int)
            out += locale.toString(arg.toLongLong());
        else if (arg.typeId() == QMetaType::Double)
            out += locale.toString(arg.toDouble(), 'f', 1);
        else
            out += arg.toString();
        ++i;
    }
    return out;
}

} // namespace diffusion
