#include "arfreport.h"

#include "headerfields.h"

namespace diffusion {

FeedbackReport FeedbackReport::read(QByteArrayView content)
{
    FeedbackReport report;
    // The fields form one group; a blank line inside it is a sender's mistake, not an end.
    HeaderFieldGroup fields;
    for (const HeaderFieldGroup &group : readHeaderFieldGroups(content))
        fields += group;
    report.feedbackType = headerFieldValue(fields, "feedback-type").section(u' ', 0, 0).toLower();
    for (const QByteArrayView name : {QByteArrayView("original-rcpt-to"), QByteArrayView("removal-recipient")}) {
        for (const QString &value : headerFieldValues(fields, name)) {
            for (const QString &address : mailboxAddresses(value)) {
                if (!report.recipients.contains(address, Qt::CaseInsensitive))
                    report.recipients.append(address);
            }
        }
    }
    return report;
}

} // namespace diffusion
