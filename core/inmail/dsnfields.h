#pragma once

#include "bouncereport.h"

#include <QByteArrayView>
#include <QList>

namespace diffusion {

// The recipients of an RFC 3464 delivery-status part (message/delivery-status, or the same
// fields found in a text part). Each per-recipient group gives one recipient; groups an MTA
// forgot to separate with a blank line are split where an Original- or Final-Recipient field
// comes a second time. A recipient
// without Status gets the one its Diagnostic-Code implies; one without a known Action gets the
// one its status class implies (5: failed, 4: delayed, 2: delivered; failed when unknown).
QList<BounceRecipient> readDeliveryStatus(QByteArrayView content);

// Where the delivery-status fields of a text part start (some MTAs send them as text/plain,
// others quote them in their text): the "Reporting-MTA:" or "Final-Recipient:" line before a
// "Final-Recipient:" line followed by an "Action:" or "Status:" line; -1 when there is none.
qsizetype deliveryStatusStart(QByteArrayView text);

// The action a recipient's status implies when the DSN gives none that RFC 3464 knows.
QString actionForStatus(QStringView status);

} // namespace diffusion
