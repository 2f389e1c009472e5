#pragma once

#include "analysisentry.h"

#include <QList>
#include <QString>

namespace diffusion {

class TxtResolver;

// A key a delivery signs with, named as its DKIM record is: SELECTOR._domainkey.DOMAIN.
struct SenderDomainKey {
    QString domain;
    QString selector;
    QString keyPath; // the PEM private key
};

// What the sender's domains publish in DNS (docs/analysis.md, "Sender-domain checks"): for each
// key, the DKIM record compared with the key; the SPF record of the return-path domain and of
// the From domain when it differs; the From domain's DMARC record. Information and warnings
// only: a receiver may still take the mail, and DNS can be fixed while the delivery waits.
// When DNS does not answer, the checks left say they were not done, and no more questions are
// asked. Blocks on the resolver: call it from a worker thread.
QList<AnalysisEntry> checkSenderDomain(const QString &fromDomain, const QString &returnPathDomain,
                                       const QList<SenderDomainKey> &keys, TxtResolver &resolver);

} // namespace diffusion
