#pragma once

#include "analysisentry.h"
#include "delivery/delivery.h"
#include "message/messagebuilder.h"

#include <QList>

namespace diffusion {

// The control rules of ../shared/spec/email-delivery.md §8, on the delivery's definition.

// At the start: subject present and free of control characters, sender, reply-to and envelope
// sender well formed.
QList<AnalysisEntry> startRules(const Delivery &delivery);

// At the end, on the definition and one personalized message (`sample`): an unsubscribe link in
// the HTML and in the text, well-formed links, the subject's length and the largest message's
// size. DKIM, the sender domain and the validity period have their own steps.
QList<AnalysisEntry> contentEndRules(const Delivery &delivery, const RenderedParts &sample, qint64 largestMessageBytes);

} // namespace diffusion
