#include "deliveryrepository.h"

#include "import/emailaddress.h"
#include "store/connection.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace diffusion {

namespace {

QString headersToJson(const QList<std::pair<QString, QString>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{name, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<std::pair<QString, QString>> headersFromJson(const QString &json)
{
    QList<std::pair<QString, QString>> headers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : array)
        headers.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return headers;
}

QString asciiAddress(const QString &address)
{
    const QByteArray utf8 = address.trimmed().toUtf8();
    const EmailAddress parsed(std::string_view(utf8.constData(), size_t(utf8.size())));
    return parsed.issue() == EmailAddress::Issue::None ? QString::fromStdString(std::string(parsed.ascii())) : address;
}

// Text columns are NOT NULL, and a default-constructed QString binds as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_qs) : QVariant(value);
}

void failOnError(const QSqlQuery &query, bool ok)
{
    if (!ok)
        throw StoreError(DeliveryRepository::tr("The workspace refused the delivery: %1").arg(query.lastError().text()));
}

// The columns, in the order both insert and load use.
const QString columns = u"label, state, list_id, sender_address, sender_name, reply_to, envelope_sender, subject, html, "
                        "text, custom_headers, unsubscribe_url, unsubscribe_mailto, unsubscribe_headers, verp, "
                        "validity_seconds, dkim_domain, dkim_selector, dkim_key_path, dkim_algorithm, "
                        "dkim_canonicalization, dkim_oversign_from, approval_mode, deduplicate, target_limit, "
                        "control_group, proof_of"_qs;

QList<QVariant> columnValues(const Delivery &d)
{
    return {text(d.label), QVariant(int(d.state)), d.listId ? QVariant(d.listId) : QVariant(), text(d.senderAddress),
            text(d.senderName), text(d.replyTo), text(d.envelopeSender), text(d.subject),
            text(d.html), text(d.text), QVariant(headersToJson(d.customHeaders)),
            text(d.unsubscribeUrl), text(d.unsubscribeMailto), QVariant(int(d.unsubscribeHeaders)),
            QVariant(int(d.verp)), QVariant(d.validitySeconds), text(d.dkim.domain),
            text(d.dkim.selector), text(d.dkim.keyPath), text(d.dkim.algorithm),
            text(d.dkim.canonicalization), QVariant(int(d.dkim.oversignFrom)), QVariant(approvalModeId(d.approvalMode)),
            QVariant(int(d.deduplicate)), d.targetLimit ? QVariant(*d.targetLimit) : QVariant(), text(d.controlGroup),
            d.proofOf ? QVariant(d.proofOf) : QVariant()};
}

void writeExclusions(QSqlDatabase &db, qint64 deliveryId, const QList<Exclusion> &exclusions)
{
    QSqlQuery query(db);
    failOnError(query, query.prepare(u"DELETE FROM exclusion WHERE delivery_id = ?"_qs));
    query.addBindValue(deliveryId);
    failOnError(query, query.exec());
    failOnError(query, query.prepare(u"INSERT OR IGNORE INTO exclusion (delivery_id, kind, value) VALUES (?, ?, ?)"_qs));
    for (const Exclusion &exclusion : exclusions) {
        query.addBindValue(deliveryId);
        query.addBindValue(exclusionKindId(exclusion.kind));
        query.addBindValue(exclusion.value);
        failOnError(query, query.exec());
    }
}

QList<Exclusion> readExclusions(QSqlDatabase &db, qint64 deliveryId)
{
    QSqlQuery query(db);
    failOnError(query, query.prepare(u"SELECT kind, value FROM exclusion WHERE delivery_id = ? ORDER BY kind, value"_qs));
    query.addBindValue(deliveryId);
    failOnError(query, query.exec());
    QList<Exclusion> exclusions;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        for (const Exclusion::Kind k : {Exclusion::Kind::Address, Exclusion::Kind::Domain, Exclusion::Kind::List}) {
            if (exclusionKindId(k) == kind)
                exclusions.append({k, query.value(1).toString()});
        }
    }
    return exclusions;
}

} // namespace

qint64 DeliveryRepository::insert(QSqlDatabase &db, const Delivery &d)
{
    QSqlQuery query(db);
    QList<QVariant> values = columnValues(d);
    QStringList marks(values.size() + 2, u"?"_qs);
    failOnError(query, query.prepare(u"INSERT INTO delivery (%1, created_at, updated_at) VALUES (%2)"_qs.arg(columns, marks.join(u", "_qs))));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    values << now << now;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    failOnError(query, query.exec());
    const qint64 id = query.lastInsertId().toLongLong();
    writeExclusions(db, id, d.exclusions);
    return id;
}

void DeliveryRepository::update(QSqlDatabase &db, const Delivery &d)
{
    const std::optional<Delivery> stored = load(db, d.id);
    if (!stored)
        throw StoreError(tr("There is no delivery %1.").arg(d.id));
    if (!isEditable(stored->state))
        throw StoreError(tr("The delivery %1 is being sent or was sent, so it can no longer change. Duplicate it to send "
                            "another version.").arg(d.id));
    Delivery edited = d;
    // An edit voids the analysis: the delivery has to be analyzed again before it can be confirmed.
    edited.state = DeliveryState::BeingEdited;
    QStringList assignments;
    for (const QString &column : columns.split(u", "_qs))
        assignments.append(column + u" = ?"_qs);
    QSqlQuery query(db);
    failOnError(query, query.prepare(u"UPDATE delivery SET %1, content_hash = NULL, updated_at = ? WHERE id = ?"_qs
                                         .arg(assignments.join(u", "_qs))));
    for (const QVariant &value : columnValues(edited))
        query.addBindValue(value);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(d.id);
    failOnError(query, query.exec());
    writeExclusions(db, d.id, d.exclusions);
}

qint64 DeliveryRepository::duplicate(QSqlDatabase &db, qint64 id)
{
    std::optional<Delivery> original = load(db, id);
    if (!original)
        throw StoreError(tr("There is no delivery %1.").arg(id));
    Delivery copy = *original;
    copy.state = DeliveryState::BeingEdited;
    copy.label = tr("Copy of %1").arg(original->label.isEmpty() ? tr("delivery %1").arg(id) : original->label);
    copy.proofOf = 0;
    return insert(db, copy);
}

void DeliveryRepository::remove(QSqlDatabase &db, qint64 id)
{
    const std::optional<Delivery> delivery = load(db, id);
    if (!delivery)
        throw StoreError(tr("There is no delivery %1.").arg(id));
    if (isBeingSent(delivery->state))
        throw StoreError(tr("The delivery %1 is being sent. Stop it before deleting it.").arg(id));
    QSqlQuery query(db);
    failOnError(query, query.prepare(u"DELETE FROM delivery WHERE id = ?"_qs));
    query.addBindValue(id);
    failOnError(query, query.exec());
}

bool DeliveryRepository::isEditable(DeliveryState state)
{
    return state == DeliveryState::BeingEdited || state == DeliveryState::TargetingPending
        || state == DeliveryState::PendingConfirmation;
}

std::optional<Delivery> DeliveryRepository::load(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    failOnError(query, query.prepare(u"SELECT id, %1, content_hash FROM delivery WHERE id = ?"_qs.arg(columns)));
    query.addBindValue(id);
    failOnError(query, query.exec());
    if (!query.next())
        return std::nullopt;
    int column = 0;
    const auto next = [&query, &column] { return query.value(column++); };
    Delivery d;
    d.id = next().toLongLong();
    d.label = next().toString();
    d.state = DeliveryState(next().toInt());
    d.listId = next().toLongLong();
    d.senderAddress = next().toString();
    d.senderName = next().toString();
    d.replyTo = next().toString();
    d.envelopeSender = next().toString();
    d.subject = next().toString();
    d.html = next().toString();
    d.text = next().toString();
    d.customHeaders = headersFromJson(next().toString());
    d.unsubscribeUrl = next().toString();
    d.unsubscribeMailto = next().toString();
    d.unsubscribeHeaders = next().toBool();
    d.verp = next().toBool();
    d.validitySeconds = next().toLongLong();
    d.dkim.domain = next().toString();
    d.dkim.selector = next().toString();
    d.dkim.keyPath = next().toString();
    d.dkim.algorithm = next().toString();
    d.dkim.canonicalization = next().toString();
    d.dkim.oversignFrom = next().toBool();
    d.approvalMode = approvalModeFromId(next().toString()).value_or(ApprovalMode::Manual);
    d.deduplicate = next().toBool();
    if (const QVariant limit = next(); !limit.isNull())
        d.targetLimit = limit.toLongLong();
    d.controlGroup = next().toString();
    d.proofOf = next().toLongLong();
    d.contentHash = next().toString();
    query.finish();
    d.exclusions = readExclusions(db, id);
    return d;
}

qint64 DeliveryRepository::listId(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    failOnError(query, query.prepare(u"SELECT id FROM recipient_list WHERE name = ?"_qs));
    query.addBindValue(name);
    failOnError(query, query.exec());
    if (!query.next())
        throw StoreError(tr("There is no recipient list named \"%1\". Import one with: diffusion-cli import --list \"%1\" FILE.csv").arg(name));
    return query.value(0).toLongLong();
}

FieldSet DeliveryRepository::fieldsOfList(QSqlDatabase &db, qint64 listId)
{
    QSqlQuery query(db);
    failOnError(query, query.prepare(u"SELECT custom_columns FROM recipient_list WHERE id = ?"_qs));
    query.addBindValue(listId);
    failOnError(query, query.exec());
    QStringList columnsOfList;
    if (query.next()) {
        const QJsonArray array = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
        for (const QJsonValue &column : array)
            columnsOfList.append(column.toString());
    }
    return FieldSet(columnsOfList);
}

QString approvalModeId(ApprovalMode mode)
{
    switch (mode) {
    case ApprovalMode::SemiAutomatic: return u"semi_automatic"_qs;
    case ApprovalMode::Automatic: return u"automatic"_qs;
    case ApprovalMode::Manual: break;
    }
    return u"manual"_qs;
}

std::optional<ApprovalMode> approvalModeFromId(QStringView id)
{
    for (const ApprovalMode mode : {ApprovalMode::Manual, ApprovalMode::SemiAutomatic, ApprovalMode::Automatic}) {
        if (approvalModeId(mode) == id)
            return mode;
    }
    return std::nullopt;
}

bool isBeingSent(DeliveryState state)
{
    switch (state) {
    case DeliveryState::StartPending:
    case DeliveryState::InProgress:
    case DeliveryState::RetryPending:
    case DeliveryState::RetryInProgress:
    case DeliveryState::PauseRequested:
    case DeliveryState::PauseInProgress:
    case DeliveryState::Paused:
    case DeliveryState::StopRequested:
        return true;
    default:
        return false;
    }
}

QString exclusionKindId(Exclusion::Kind kind)
{
    switch (kind) {
    case Exclusion::Kind::Domain: return u"domain"_qs;
    case Exclusion::Kind::List: return u"list"_qs;
    case Exclusion::Kind::Address: break;
    }
    return u"address"_qs;
}

MessageDefinition messageDefinition(const Delivery &d)
{
    MessageDefinition definition;
    definition.fromAddress = asciiAddress(d.senderAddress);
    definition.fromName = d.senderName;
    definition.replyTo = d.replyTo.isEmpty() ? QString() : asciiAddress(d.replyTo);
    definition.subject = d.subject;
    definition.html = d.html;
    definition.text = d.text;
    definition.customHeaders = d.customHeaders;
    definition.unsubscribeUrl = d.unsubscribeUrl;
    definition.unsubscribeMailto = d.unsubscribeMailto;
    definition.unsubscribeHeaders = d.unsubscribeHeaders;
    definition.envelopeSender = d.envelopeSender.isEmpty() ? QString() : asciiAddress(d.envelopeSender);
    definition.verp = d.verp;
    return definition;
}

} // namespace diffusion
