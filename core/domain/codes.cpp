#include "codes.h"

#include <QtGlobal>
#include <array>

namespace diffusion {

namespace {

constexpr int soft = int(FailureType::Soft);
constexpr int hard = int(FailureType::Hard);
constexpr int ignored = int(FailureType::Ignored);

constexpr std::array deliveryStates{
    CodeInfo{0, "being_edited", QT_TRANSLATE_NOOP("Codes", "Being edited")},
    CodeInfo{11, "targeting_pending", QT_TRANSLATE_NOOP("Codes", "Targeting pending")},
    CodeInfo{12, "analysis_in_progress", QT_TRANSLATE_NOOP("Codes", "Analysis in progress")},
    CodeInfo{45, "pending_confirmation", QT_TRANSLATE_NOOP("Codes", "Pending confirmation")},
    CodeInfo{51, "start_pending", QT_TRANSLATE_NOOP("Codes", "Start pending")},
    CodeInfo{55, "in_progress", QT_TRANSLATE_NOOP("Codes", "In progress")},
    CodeInfo{61, "retry_pending", QT_TRANSLATE_NOOP("Codes", "Retry pending")},
    CodeInfo{62, "retry_in_progress", QT_TRANSLATE_NOOP("Codes", "Retry in progress")},
    CodeInfo{71, "pause_requested", QT_TRANSLATE_NOOP("Codes", "Pause requested")},
    CodeInfo{72, "pause_in_progress", QT_TRANSLATE_NOOP("Codes", "Pause in progress")},
    CodeInfo{75, "paused", QT_TRANSLATE_NOOP("Codes", "Paused")},
    CodeInfo{81, "stop_requested", QT_TRANSLATE_NOOP("Codes", "Stop requested")},
    CodeInfo{85, "stopped", QT_TRANSLATE_NOOP("Codes", "Stopped")},
    CodeInfo{87, "failed", QT_TRANSLATE_NOOP("Codes", "Failed")},
    CodeInfo{95, "finished", QT_TRANSLATE_NOOP("Codes", "Finished")},
};

constexpr std::array messageStatuses{
    CodeInfo{0, "pending", QT_TRANSLATE_NOOP("Codes", "Pending")},
    CodeInfo{1, "taken_into_account", QT_TRANSLATE_NOOP("Codes", "Taken into account by the service provider")},
    CodeInfo{2, "sent", QT_TRANSLATE_NOOP("Codes", "Sent")},
    CodeInfo{3, "failed", QT_TRANSLATE_NOOP("Codes", "Failed")},
    CodeInfo{4, "ignored", QT_TRANSLATE_NOOP("Codes", "Ignored")},
    CodeInfo{5, "canceled", QT_TRANSLATE_NOOP("Codes", "Delivery canceled")},
};

constexpr std::array failureTypes{
    CodeInfo{soft, "soft", QT_TRANSLATE_NOOP("Codes", "Soft")},
    CodeInfo{hard, "hard", QT_TRANSLATE_NOOP("Codes", "Hard")},
    CodeInfo{ignored, "ignored", QT_TRANSLATE_NOOP("Codes", "Ignored")},
};

constexpr std::array failureReasons{
    CodeInfo{0, "not_defined", QT_TRANSLATE_NOOP("Codes", "Not defined"), soft},
    CodeInfo{1, "user_unknown", QT_TRANSLATE_NOOP("Codes", "User unknown"), hard},
    CodeInfo{2, "invalid_domain", QT_TRANSLATE_NOOP("Codes", "Invalid domain"), soft},
    CodeInfo{3, "unreachable", QT_TRANSLATE_NOOP("Codes", "Unreachable"), soft},
    CodeInfo{4, "account_disabled", QT_TRANSLATE_NOOP("Codes", "Account disabled"), soft},
    CodeInfo{5, "mailbox_full", QT_TRANSLATE_NOOP("Codes", "Mailbox full"), soft},
    CodeInfo{6, "not_connected", QT_TRANSLATE_NOOP("Codes", "Not connected"), ignored},
    CodeInfo{7, "address_not_specified", QT_TRANSLATE_NOOP("Codes", "Address not specified"), hard},
    CodeInfo{8, "denylisted", QT_TRANSLATE_NOOP("Codes", "Denylisted address"), hard},
    CodeInfo{9, "quarantined", QT_TRANSLATE_NOOP("Codes", "Address in quarantine"), hard},
    CodeInfo{10, "duplicate", QT_TRANSLATE_NOOP("Codes", "Duplicate"), ignored},
    CodeInfo{14, "bad_quality_address", QT_TRANSLATE_NOOP("Codes", "Bad-quality address"), ignored},
    CodeInfo{17, "target_limited", QT_TRANSLATE_NOOP("Codes", "Target limited in size"), ignored},
    CodeInfo{20, "refused", QT_TRANSLATE_NOOP("Codes", "Refused"), soft},
    CodeInfo{25, "error_ignored", QT_TRANSLATE_NOOP("Codes", "Error ignored"), ignored},
    CodeInfo{127, "control_address", QT_TRANSLATE_NOOP("Codes", "Control address"), ignored},
    CodeInfo{200, "personalization_error", QT_TRANSLATE_NOOP("Codes", "Personalization error"), hard},
    CodeInfo{201, "excluded_by_rule", QT_TRANSLATE_NOOP("Codes", "Excluded by rule"), ignored},
};

constexpr std::array addressStatuses{
    CodeInfo{0, "valid", QT_TRANSLATE_NOOP("Codes", "Valid")},
    CodeInfo{1, "with_errors", QT_TRANSLATE_NOOP("Codes", "With errors")},
    CodeInfo{2, "quarantine", QT_TRANSLATE_NOOP("Codes", "Quarantine")},
    CodeInfo{3, "denylisted", QT_TRANSLATE_NOOP("Codes", "Denylisted")},
    CodeInfo{4, "allowlisted", QT_TRANSLATE_NOOP("Codes", "Allowlisted")},
};

} // namespace

std::span<const CodeInfo> deliveryStateCodes() { return deliveryStates; }
std::span<const CodeInfo> messageStatusCodes() { return messageStatuses; }
std::span<const CodeInfo> failureTypeCodes() { return failureTypes; }
std::span<const CodeInfo> failureReasonCodes() { return failureReasons; }
std::span<const CodeInfo> addressStatusCodes() { return addressStatuses; }

const CodeInfo *findCode(std::span<const CodeInfo> table, int value)
{
    for (const CodeInfo &info : table) {
        if (info.value == value)
            return &info;
    }
    return nullptr;
}

const CodeInfo *findCode(std::span<const CodeInfo> table, QStringView id)
{
    for (const CodeInfo &info : table) {
        if (id == QLatin1StringView(info.id))
            return &info;
    }
    return nullptr;
}

} // namespace diffusion
