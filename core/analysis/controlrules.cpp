#include "controlrules.h"

#include "import/emailaddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace diffusion {

namespace {

constexpr qint64 RecommendedSize = 35 * 1024; // ../shared/spec/email-delivery.md §8
constexpr qint64 SlowSize = 60 * 1024;
constexpr int RecommendedSubjectLength = 50;

bool isWellFormedAddress(const QString &address)
{
    const QByteArray utf8 = address.trimmed().toUtf8();
    return EmailAddress(std::string_view(utf8.constData(), size_t(utf8.size()))).issue() == EmailAddress::Issue::None;
}

void checkAddress(QList<AnalysisEntry> &entries, const QString &address, const char *code, const char *source)
{
    if (!address.trimmed().isEmpty() && !isWellFormedAddress(address))
        entries.append(AnalysisEntry::make(AnalysisStep::StartRules, Severity::Error, code, source, {address}));
}

// Words that name an unsubscribe link, in the languages of the product's users.
const QRegularExpression &unsubscribeWords()
{
    static const QRegularExpression words(u"unsubscribe|opt[- ]?out|d[ée]sabonn|d[ée]sinscri|d[ée]sinscription"_qs,
                                          QRegularExpression::CaseInsensitiveOption);
    return words;
}

bool usesUnsubscribeField(const QString &source)
{
    static const QRegularExpression field(u"\\{\\{[{&]?\\s*unsubscribe(Url|Mailto)\\b"_qs);
    return field.match(source).hasMatch();
}

bool hasUnsubscribeLink(const QString &source)
{
    return usesUnsubscribeField(source) || unsubscribeWords().match(source).hasMatch();
}

// The link targets of a personalized HTML part.
QStringList htmlLinks(const std::string &html)
{
    static const QRegularExpression href(u"<a\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_qs,
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList links;
    auto matches = href.globalMatch(QString::fromStdString(html));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        for (int group = 1; group <= 3; ++group) {
            if (match.capturedLength(group) > 0)
                links.append(match.captured(group).trimmed().replace(u"&amp;"_qs, u"&"_qs));
        }
    }
    return links;
}

// A link a mail reader can follow: an absolute http(s) URL with a host, mailto: or tel:.
bool isWellFormedLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto"_qs || scheme == u"tel"_qs)
        return !url.path().isEmpty();
    return (scheme == u"http"_qs || scheme == u"https"_qs) && !url.host().isEmpty();
}

} // namespace

QList<AnalysisEntry> startRules(const Delivery &d)
{
    QList<AnalysisEntry> entries;
    if (d.subject.trimmed().isEmpty()) {
        entries.append(AnalysisEntry::make(AnalysisStep::StartRules, Severity::Error, "subject_missing",
                             QT_TRANSLATE_NOOP("Analysis", "The subject is empty. Write a subject before analyzing.")));
    } else if (std::any_of(d.subject.begin(), d.subject.end(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        entries.append(AnalysisEntry::make(AnalysisStep::StartRules, Severity::Error, "subject_forbidden_characters",
                             QT_TRANSLATE_NOOP("Analysis", "The subject holds a line break or another control character. "
                                                           "Remove it: a subject is one line of text.")));
    }
    if (d.senderAddress.trimmed().isEmpty()) {
        entries.append(AnalysisEntry::make(AnalysisStep::StartRules, Severity::Error, "sender_missing",
                             QT_TRANSLATE_NOOP("Analysis", "The sender address is empty.")));
    }
    checkAddress(entries, d.senderAddress, "sender_invalid",
                 QT_TRANSLATE_NOOP("Analysis", "The sender address \"%1\" is not a valid e-mail address."));
    checkAddress(entries, d.replyTo, "reply_to_invalid",
                 QT_TRANSLATE_NOOP("Analysis", "The reply-to address \"%1\" is not a valid e-mail address."));
    checkAddress(entries, d.envelopeSender, "envelope_sender_invalid",
                 QT_TRANSLATE_NOOP("Analysis", "The envelope sender \"%1\" is not a valid e-mail address: bounces could not come back."));
    if (entries.isEmpty()) {
        entries.append(AnalysisEntry::make(AnalysisStep::StartRules, Severity::Information, "start_rules_passed",
                             QT_TRANSLATE_NOOP("Analysis", "Subject and sender are in order (sender %1)."), {d.senderAddress.trimmed()}));
    }
    return entries;
}

QList<AnalysisEntry> contentEndRules(const Delivery &d, const RenderedParts &sample, qint64 largestMessageBytes)
{
    QList<AnalysisEntry> entries;
    for (const auto &[source, code, sentence] :
         {std::tuple{&d.html, "unsubscribe_missing_html", QT_TRANSLATE_NOOP("Analysis", "The HTML content has no unsubscribe link. "
                                                                                   "Add one, for example with {{unsubscribeUrl}}.")},
          std::tuple{&d.text, "unsubscribe_missing_text", QT_TRANSLATE_NOOP("Analysis", "The text content has no unsubscribe link. "
                                                                                   "Add one, for example with {{unsubscribeUrl}}.")}}) {
        if (!source->isEmpty() && !hasUnsubscribeLink(*source))
            entries.append(AnalysisEntry::make(AnalysisStep::EndRules, Severity::Warning, code, sentence));
    }

    QStringList malformed;
    for (const QString &link : htmlLinks(sample.html)) {
        if (!isWellFormedLink(link) && !malformed.contains(link))
            malformed.append(link);
    }
    if (!malformed.isEmpty()) {
        AnalysisEntry bad = AnalysisEntry::make(AnalysisStep::EndRules, Severity::Warning, "url_malformed",
                                  QT_TRANSLATE_N_NOOP("Analysis", "%n link(s) of the HTML content are not well-formed absolute URLs: %1."),
                                  {malformed.mid(0, 5).join(u", "_qs)});
        bad.count = malformed.size();
        bad.details.insert(u"links"_qs, QJsonArray::fromStringList(malformed));
        entries.append(bad);
    }

    const qint64 subjectLength = QString::fromStdString(sample.subject).size();
    if (subjectLength > RecommendedSubjectLength) {
        entries.append(AnalysisEntry::make(AnalysisStep::EndRules, Severity::Warning, "subject_long",
                             QT_TRANSLATE_NOOP("Analysis", "The subject is %1 characters long; mail readers cut it after about "
                                                           "%2. Put what matters first."),
                             {subjectLength, RecommendedSubjectLength}));
    }

    const double kib = double(largestMessageBytes) / 1024.0;
    if (largestMessageBytes > SlowSize) {
        entries.append(AnalysisEntry::make(AnalysisStep::EndRules, Severity::Warning, "message_size_slow",
                             QT_TRANSLATE_NOOP("Analysis", "The largest message is %1 KB: above 60 KB, sending slows down and "
                                                           "some providers clip it. Make the content lighter."), {kib}));
    } else if (largestMessageBytes > RecommendedSize) {
        entries.append(AnalysisEntry::make(AnalysisStep::EndRules, Severity::Warning, "message_size_large",
                             QT_TRANSLATE_NOOP("Analysis", "The largest message is %1 KB, above the recommended 35 KB."), {kib}));
    } else {
        entries.append(AnalysisEntry::make(AnalysisStep::EndRules, Severity::Information, "message_size",
                             QT_TRANSLATE_NOOP("Analysis", "The largest message is %1 KB."), {kib}));
    }
    return entries;
}

} // namespace diffusion
