#include "relayprofile.h"

#include "relayerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <cmath>
#include <utility>

namespace diffusion {

namespace {

constexpr std::array<std::pair<RelayPhase, char16_t const *>, 9> phaseNames{{
    {RelayPhase::Connect, u"connect"},
    {RelayPhase::Greeting, u"greeting"},
    {RelayPhase::Ehlo, u"ehlo"},
    {RelayPhase::Mail, u"mail"},
    {RelayPhase::Rcpt, u"rcpt"},
    {RelayPhase::Data, u"data"},
    {RelayPhase::Content, u"content"},
    {RelayPhase::Dot, u"dot"},
    {RelayPhase::StartTls, u"starttls"},
}};

struct FaultSpec {
    RelayFaultKind kind;
    const char16_t *name;
    QList<RelayPhase> phases; // the phases a profile may give; empty: the fault has its own
    RelayPhase defaultPhase;  // when "phase" is absent; Connect here means "phase" is required
    QStringList keys;         // the keys the fault takes besides fault, phase, connections, description
};

const QList<FaultSpec> &faultSpecs()
{
    using P = RelayPhase;
    static const QList<FaultSpec> specs{
        {RelayFaultKind::Stall, u"stall", {P::Greeting, P::Ehlo, P::Mail, P::Rcpt, P::Data, P::Content, P::Dot},
         P::Connect, {u"match"_qs, u"after_bytes"_qs}},
        {RelayFaultKind::Delay, u"delay", {P::Greeting, P::Ehlo, P::Mail, P::Rcpt, P::Data, P::Dot},
         P::Connect, {u"match"_qs, u"ms"_qs}},
        {RelayFaultKind::Drop, u"drop", {P::Greeting, P::Ehlo, P::Mail, P::Rcpt, P::Data, P::Content, P::Dot},
         P::Content, {u"match"_qs, u"after_bytes"_qs}},
        {RelayFaultKind::Garbage, u"garbage", {P::Greeting, P::Ehlo, P::Mail, P::Rcpt, P::Data, P::Dot},
         P::Connect, {u"match"_qs, u"text"_qs}},
        {RelayFaultKind::RejectConnection, u"reject-connection", {}, P::Connect, {u"reply"_qs}},
        {RelayFaultKind::TlsFailure, u"tls-failure", {}, P::StartTls, {}},
    };
    return specs;
}

bool knowsRecipients(RelayPhase phase)
{
    return phase == RelayPhase::Rcpt || phase == RelayPhase::Data || phase == RelayPhase::Content
        || phase == RelayPhase::Dot;
}

} // namespace

// Reads one profile and turns every problem into a sentence that names the file, the rule or
// fault, and the key at fault.
class RelayProfileReader final
{
public:
    explicit RelayProfileReader(QString source) : m_source(std::move(source)) {}

    RelayProfile read(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArray before = json.left(error.offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
            fail(QCoreApplication::translate("Relay", "it is not valid JSON: %1 at line %2, column %3")
                     .arg(error.errorString()).arg(line).arg(column));
        }
        if (!document.isObject())
            fail(QCoreApplication::translate("Relay", "the top level must be a JSON object with \"rules\" and \"faults\" lists"));
        const QJsonObject top = document.object();
        m_where = QCoreApplication::translate("Relay", "the top level");
        checkKeys(top, {u"description"_qs, u"hostname"_qs, u"max_size"_qs, u"auth"_qs, u"rules"_qs, u"faults"_qs});

        RelayProfile profile;
        profile.m_hostname = text(top, u"hostname"_qs).trimmed();
        if (profile.m_hostname.contains(u' '))
            fail(QCoreApplication::translate("Relay", "\"hostname\" must be one name, without spaces"));
        if (top.contains(u"max_size"_qs))
            profile.m_maxMessageSize = number(top, u"max_size"_qs, 1, qint64(1) << 40);
        if (top.contains(u"auth"_qs)) {
            m_where = u"\"auth\""_qs;
            profile.m_auth = auth(top.value(u"auth"_qs));
        }
        const QJsonArray rules = list(top, u"rules"_qs);
        for (qsizetype i = 0; i < rules.size(); ++i) {
            m_where = QCoreApplication::translate("Relay", "rule %1").arg(i + 1);
            profile.m_rules.append(rule(object(rules[i])));
        }
        const QJsonArray faults = list(top, u"faults"_qs);
        for (qsizetype i = 0; i < faults.size(); ++i) {
            m_where = QCoreApplication::translate("Relay", "fault %1").arg(i + 1);
            profile.m_faults.append(fault(object(faults[i])));
        }
        return profile;
    }

private:
    QString m_source;
    QString m_where;

    [[noreturn]] void fail(const QString &problem) const
    {
        throw RelayError(QCoreApplication::translate("Relay", "Cannot use the relay profile %1: %2. Correct the file (docs/relay.md describes the format).")
                             .arg(m_source, problem));
    }

    [[noreturn]] void failHere(const QString &problem) const
    {
        fail(QCoreApplication::translate("Relay", "%1: %2", "a place in the profile, then what is wrong there").arg(m_where, problem));
    }

    void checkKeys(const QJsonObject &object, const QStringList &allowed) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                failHere(QCoreApplication::translate("Relay", "unknown key \"%1\" (known: %2)").arg(it.key(), allowed.join(u", "_qs)));
        }
    }

    QJsonObject object(const QJsonValue &value) const
    {
        if (!value.isObject())
            failHere(QCoreApplication::translate("Relay", "each entry must be a JSON object"));
        return value.toObject();
    }

    QJsonArray list(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            failHere(QCoreApplication::translate("Relay", "\"%1\" must be a list").arg(key));
        return value.toArray();
    }

    QString text(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString())
            failHere(QCoreApplication::translate("Relay", "\"%1\" must be a text in quotes").arg(key));
        return value.toString();
    }

    qint64 number(const QJsonObject &object, const QString &key, qint64 minimum, qint64 maximum) const
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < double(minimum) || number > double(maximum))
            failHere(QCoreApplication::translate("Relay", "\"%1\" must be a whole number from %2 to %3").arg(key).arg(minimum).arg(maximum));
        return qint64(number);
    }

    RelayPattern pattern(const QJsonObject &object) const
    {
        const QString glob = text(object, u"match"_qs).trimmed();
        if (glob.isEmpty())
            failHere(QCoreApplication::translate("Relay", "\"match\" must be a pattern such as \"*@*.invalid\" or \"example.com\""));
        return RelayPattern(glob);
    }

    RelayReply reply(const QJsonObject &object, const QString &fallback, bool errorsOnly) const
    {
        const QString written = object.contains(u"reply"_qs) ? text(object, u"reply"_qs) : fallback;
        if (written.isEmpty())
            failHere(QCoreApplication::translate("Relay", "\"reply\" is missing"));
        const std::optional<RelayReply> parsed = RelayReply::parse(written);
        if (!parsed || (parsed->code >= 300 && parsed->code < 400) || (errorsOnly && parsed->code < 400))
            failHere(errorsOnly ? QCoreApplication::translate("Relay", "\"reply\" must start with a code from 400 to 599 and a space, such as \"421 4.3.2 Try later\"")
                                : QCoreApplication::translate("Relay", "\"reply\" must start with a 2xx, 4xx or 5xx code and a space, such as \"550 5.1.1 User unknown\""));
        return *parsed;
    }

    static std::optional<RelayPhase> phaseNamed(const QString &name)
    {
        for (const auto &[phase, phaseName] : phaseNames) {
            if (name == QStringView(phaseName))
                return phase;
        }
        return std::nullopt;
    }

    static QString names(const QList<RelayPhase> &phases)
    {
        QStringList names;
        for (RelayPhase phase : phases)
            names.append(RelayProfile::phaseName(phase));
        return names.join(u", "_qs);
    }

    RelayAuth auth(const QJsonValue &value) const
    {
        const QString example = uR"({"users": {"sender": "secret"}, "required": true})"_qs;
        if (!value.isObject())
            failHere(QCoreApplication::translate("Relay", "it must be a JSON object such as %1").arg(example));
        const QJsonObject object = value.toObject();
        checkKeys(object, {u"description"_qs, u"users"_qs, u"required"_qs});
        RelayAuth auth;
        const QJsonValue users = object.value(u"users"_qs);
        if (!users.isObject() || users.toObject().isEmpty())
            failHere(QCoreApplication::translate("Relay", "\"users\" must be a JSON object of user names and passwords, such as %1").arg(example));
        const QJsonObject accounts = users.toObject();
        for (auto it = accounts.begin(); it != accounts.end(); ++it) {
            if (it.key().isEmpty() || !it.value().isString() || it.value().toString().isEmpty())
                failHere(QCoreApplication::translate("Relay", "the user \"%1\" needs a name and a password in quotes").arg(it.key()));
            auth.users.insert(it.key(), it.value().toString());
        }
        const QJsonValue required = object.value(u"required"_qs);
        if (!required.isUndefined() && !required.isBool())
            failHere(QCoreApplication::translate("Relay", "\"required\" must be true or false"));
        auth.required = required.toBool(false);
        return auth;
    }

    RelayRule rule(const QJsonObject &object) const
    {
        checkKeys(object, {u"description"_qs, u"match"_qs, u"reply"_qs, u"phase"_qs, u"count"_qs});
        RelayRule rule;
        rule.pattern = pattern(object);
        rule.reply = reply(object, {}, false);
        const QString phase = text(object, u"phase"_qs);
        if (phase == u"dot")
            rule.phase = RelayPhase::Dot;
        else if (!phase.isEmpty() && phase != u"rcpt")
            failHere(QCoreApplication::translate("Relay", "\"phase\" must be \"rcpt\" (the reply to RCPT TO, the default) or \"dot\" (the reply after the final \".\")"));
        if (object.contains(u"count"_qs))
            rule.count = int(number(object, u"count"_qs, 1, 1000000));
        return rule;
    }

    RelayFault fault(const QJsonObject &object) const
    {
        const QString kindName = text(object, u"fault"_qs);
        const FaultSpec *spec = nullptr;
        QStringList kindNames;
        for (const FaultSpec &candidate : faultSpecs()) {
            kindNames.append(QString::fromUtf16(candidate.name));
            if (kindName == QStringView(candidate.name))
                spec = &candidate;
        }
        if (!spec)
            failHere(QCoreApplication::translate("Relay", "\"fault\" must be one of %1").arg(kindNames.join(u", "_qs)));
        QStringList allowed{u"description"_qs, u"fault"_qs, u"connections"_qs};
        if (!spec->phases.isEmpty())
            allowed.append(u"phase"_qs);
        checkKeys(object, allowed + spec->keys);

        RelayFault fault;
        fault.kind = spec->kind;
        fault.phase = spec->defaultPhase;
        if (!spec->phases.isEmpty()) {
            const QString phaseText = text(object, u"phase"_qs);
            const std::optional<RelayPhase> phase = phaseNamed(phaseText);
            if (phaseText.isEmpty() && spec->defaultPhase == RelayPhase::Connect)
                failHere(QCoreApplication::translate("Relay", "a %1 fault needs a \"phase\": one of %2").arg(kindName, names(spec->phases)));
            if (!phaseText.isEmpty() && (!phase || !spec->phases.contains(*phase)))
                failHere(QCoreApplication::translate("Relay", "a %1 fault cannot happen at the phase \"%2\"; use one of %3").arg(kindName, phaseText, names(spec->phases)));
            if (phase)
                fault.phase = *phase;
        }
        if (object.contains(u"match"_qs)) {
            if (!knowsRecipients(fault.phase))
                failHere(QCoreApplication::translate("Relay", "\"match\" limits a fault to recipients, so its phase must be rcpt, data, content or dot"));
            fault.recipients = pattern(object);
        }
        if (object.contains(u"connections"_qs))
            fault.connections = quint64(number(object, u"connections"_qs, 1, qint64(1) << 40));
        if (object.contains(u"after_bytes"_qs)) {
            if (fault.phase != RelayPhase::Content)
                failHere(QCoreApplication::translate("Relay", "\"after_bytes\" only applies at the phase \"content\""));
            fault.afterBytes = number(object, u"after_bytes"_qs, 1, qint64(1) << 40);
        }
        switch (fault.kind) {
        case RelayFaultKind::Delay:
            if (!object.contains(u"ms"_qs))
                failHere(QCoreApplication::translate("Relay", "a delay fault needs \"ms\", the delay in milliseconds"));
            fault.delayMs = int(number(object, u"ms"_qs, 1, 3600 * 1000));
            break;
        case RelayFaultKind::Garbage: {
            QByteArray output = object.contains(u"text"_qs) ? text(object, u"text"_qs).toUtf8()
                                                             : QByteArrayLiteral("*** this is not an SMTP reply ***");
            if (output.isEmpty())
                failHere(QCoreApplication::translate("Relay", "\"text\" must not be empty"));
            if (!output.endsWith('\n'))
                output.append("\r\n");
            fault.output = output;
            break;
        }
        case RelayFaultKind::RejectConnection:
            fault.output = reply(object, u"421 4.3.2 Service not available, closing transmission channel"_qs, true).render({}, {});
            break;
        case RelayFaultKind::Stall:
        case RelayFaultKind::Drop:
        case RelayFaultKind::TlsFailure:
            break;
        }
        return fault;
    }
};

std::optional<RelayReply> RelayReply::parse(const QString &written)
{
    if (written.size() < 3 || (written.size() > 3 && written[3] != u' '))
        return std::nullopt;
    bool ok = false;
    const int code = written.left(3).toInt(&ok);
    if (!ok || code < 200 || code > 599 || !written[0].isDigit())
        return std::nullopt;
    return RelayReply{code, written.mid(4)};
}

QByteArray RelayReply::render(QStringView address, QByteArrayView queueId) const
{
    QString filled = text;
    filled.replace(u"{address}"_qs, address.toString()).replace(u"{id}"_qs, QString::fromLatin1(queueId));
    const QByteArray codeText = QByteArray::number(code);
    QByteArray wire;
    const QStringList lines = filled.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i].toUtf8();
        line.replace('\r', ""); // a CR inside a line would end it early for the client
        wire += codeText + (i + 1 < lines.size() ? '-' : ' ') + line + "\r\n";
    }
    return wire;
}

RelayProfile RelayProfile::builtIn()
{
    QFile file(u":/diffusion/relay/default-profile.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        throw RelayError(QCoreApplication::translate("Relay", "The built-in relay profile is missing from this build; rebuild Diffusion."));
    return fromJson(file.readAll(), QCoreApplication::translate("Relay", "(built in)"));
}

RelayProfile RelayProfile::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw RelayError(QCoreApplication::translate("Relay", "Cannot read the relay profile %1: %2. Check the path and its permissions.").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

RelayProfile RelayProfile::fromJson(const QByteArray &json, const QString &source)
{
    return RelayProfileReader(source).read(json);
}

const RelayRule *RelayProfile::match(QStringView address, RelayRuleUses &uses) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const RelayRule &rule = m_rules[i];
        if (!rule.pattern.matches(address))
            continue;
        if (rule.count == 0)
            return &rule;
        int &given = uses.counts[{i, address.toString().toCaseFolded()}];
        if (given < rule.count) {
            ++given;
            return &rule;
        }
    }
    return nullptr;
}

const RelayFault *RelayProfile::fault(RelayPhase phase, quint64 connection, const QStringList &recipients) const
{
    for (const RelayFault &fault : m_faults) {
        if (fault.phase != phase || (fault.connections != 0 && connection > fault.connections))
            continue;
        if (fault.recipients.matchesEverything())
            return &fault;
        for (const QString &recipient : recipients) {
            if (fault.recipients.matches(recipient))
                return &fault;
        }
    }
    return nullptr;
}

QString RelayProfile::phaseName(RelayPhase phase)
{
    for (const auto &[candidate, name] : phaseNames) {
        if (candidate == phase)
            return QString::fromUtf16(name);
    }
    return {};
}

} // namespace diffusion
