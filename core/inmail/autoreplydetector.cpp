#include "autoreplydetector.h"

#include <QRegularExpression>

namespace diffusion {

bool AutoReplySigns::hasAutoReplySubject(const QString &subject)
{
    static const QRegularExpression pattern(
        u"^\\s*(?:auto(?:matic|matische)?[ -]?(?:reply|response|antwort)|autoreply|autoresponse|auto|"
        "out of (?:the )?office|ooo|absen(?:ce|t|te)|away|on vacation|vacation|"
        "(?:i am|i'm|i.m) (?:currently )?(?:out of (?:the )?office|away|on (?:vacation|leave))|"
        "r[ée]ponse automatique|message d.absence|je suis absente?|en cong[ée]s?|"
        "abwesenheits?notiz|abwesend|respuesta autom[aá]tica|fuera de la oficina|"
        "risposta automatica|fuori (?:sede|ufficio)|automatisch antwoord|afwezig)(?:\\s*:|\\s|$)"_qs,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(subject).hasMatch();
}

bool AutoReplySigns::isAutoReply() const
{
    if (autoSubmitted.startsWith(u"auto-replied"_qs) || autoReplyHeader || precedence == u"auto_reply"_qs)
        return true;
    // Auto-Submitted: no says a person wrote it, whatever its subject.
    if (autoSubmitted.startsWith(u"no"_qs))
        return false;
    return hasAutoReplySubject(subject);
}

} // namespace diffusion
