#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace diffusion {

// The machine-readable part of a complaint from a feedback loop (message/feedback-report,
// RFC 5965).
struct FeedbackReport {
    QString feedbackType;         // lower case: abuse, fraud, virus, other, not-spam, auth-failure…
    QStringList recipients;       // Original-Rcpt-To, then Removal-Recipient, each address once

    static FeedbackReport read(QByteArrayView content);
};

} // namespace diffusion
