#pragma once

#include <QString>
#include <QStringView>
#include <optional>
#include <span>

// The numeric codes stored in the workspace file. Their values are part of the file format
// (docs/schema.md) and follow ../shared/spec/email-delivery.md where it gives them; never renumber.
namespace diffusion {

enum class DeliveryState : int {
    BeingEdited = 0,
    TargetingPending = 11,
    AnalysisInProgress = 12,
    PendingConfirmation = 45,
    StartPending = 51,
    InProgress = 55,
    RetryPending = 61,
    RetryInProgress = 62,
    PauseRequested = 71,
    PauseInProgress = 72,
    Paused = 75,
    StopRequested = 81,
    Stopped = 85,
    Failed = 87,
    Finished = 95,
};

enum class MessageStatus : int {
    Pending = 0,
    TakenIntoAccount = 1,
    Sent = 2,
    Failed = 3,
    Ignored = 4,
    Canceled = 5,
};

enum class FailureType : int {
    Soft = 1,
    Hard = 2,
    Ignored = 3,
};

enum class FailureReason : int {
    NotDefined = 0,
    UserUnknown = 1,
    InvalidDomain = 2,
    Unreachable = 3,
    AccountDisabled = 4,
    MailboxFull = 5,
    NotConnected = 6,
    AddressNotSpecified = 7,
    Denylisted = 8,
    Quarantined = 9,
    Duplicate = 10,
    BadQualityAddress = 14,
    TargetLimited = 17,
    Refused = 20,
    ErrorIgnored = 25,
    ControlAddress = 127,
    // Diffusion's own reasons, outside the reference tool's range.
    PersonalizationError = 200,
    ExcludedByRule = 201,
};

enum class AddressStatus : int {
    Valid = 0,
    WithErrors = 1,
    Quarantine = 2,
    Denylisted = 3,
    Allowlisted = 4,
};

// One row of a code table: the stored value, the stable id used by the CLI and JSON, and the
// English label (marked for translation in the "Codes" context; the UI shows it translated).
struct CodeInfo {
    int value;
    const char *id;
    const char *label;
    int defaultType = 0; // reasons only: the FailureType a reason has when nothing else says
};

std::span<const CodeInfo> deliveryStateCodes();
std::span<const CodeInfo> messageStatusCodes();
std::span<const CodeInfo> failureTypeCodes();
std::span<const CodeInfo> failureReasonCodes();
std::span<const CodeInfo> addressStatusCodes();

const CodeInfo *findCode(std::span<const CodeInfo> table, int value);
const CodeInfo *findCode(std::span<const CodeInfo> table, QStringView id);

template <typename E> QString stableId(std::span<const CodeInfo> table, E code)
{
    const CodeInfo *info = findCode(table, static_cast<int>(code));
    return info ? QString::fromLatin1(info->id) : QString();
}

} // namespace diffusion
