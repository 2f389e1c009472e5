#pragma once

#include "domain/codes.h"
#include "message/messagedefinition.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace diffusion {

// DKIM settings of a delivery (the delivery table's dkim_* columns).
struct DeliveryDkim {
    QString domain;        // d=; empty: the sender's domain
    QString selector;
    QString keyPath;       // PEM private key
    QString algorithm = u"rsa-sha256"_qs;
    QString canonicalization = u"relaxed"_qs;
    bool oversignFrom = false;

    bool isSet() const { return !keyPath.isEmpty(); }
};

enum class ApprovalMode {
    Manual,        // the operator confirms after reading the analysis
    SemiAutomatic, // starts by itself when the analysis found neither error nor warning
    Automatic,     // starts by itself when the analysis found no error
};
QString approvalModeId(ApprovalMode mode);

// Confirmed and not over: the engine has it or will take it (Start pending to Paused, and Stop
// requested until the stop is done).
bool isBeingSent(DeliveryState state); // "manual", "semi_automatic", "automatic"
std::optional<ApprovalMode> approvalModeFromId(QStringView id);

// What the operator leaves out of a delivery besides the quarantine (the exclusion table).
struct Exclusion {
    enum class Kind { Address, Domain, List };
    Kind kind = Kind::Address;
    QString value; // ASCII address or domain, lower-case; or a recipient list's name

    friend bool operator==(const Exclusion &, const Exclusion &) = default;
};
QString exclusionKindId(Exclusion::Kind kind); // "address", "domain", "list"

// One row of the delivery table.
struct Delivery {
    qint64 id = 0;
    QString label;
    DeliveryState state = DeliveryState::BeingEdited;
    qint64 listId = 0;
    QString senderAddress;
    QString senderName;
    QString replyTo;
    QString envelopeSender;
    QString subject;
    QString html;
    QString text;
    QList<std::pair<QString, QString>> customHeaders;
    QString unsubscribeUrl;
    QString unsubscribeMailto;
    bool unsubscribeHeaders = true;
    bool verp = false;
    qint64 validitySeconds = 5 * 86400;
    DeliveryDkim dkim;

    // Analysis (../shared/spec/email-delivery.md §8).
    ApprovalMode approvalMode = ApprovalMode::Manual;
    bool deduplicate = true;
    std::optional<qint64> targetLimit; // random N recipients
    QString controlGroup;              // "" none, "500" recipients or "5%"
    QList<Exclusion> exclusions;
    qint64 proofOf = 0;                // a proof: the delivery it proves; 0 otherwise
    QString contentHash;               // of the analyzed definition; empty until analyzed
};

} // namespace diffusion
