#pragma once

#include "domain/codes.h"
#include "message/messagedefinition.h"

#include <QList>
#include <QString>
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
};

} // namespace diffusion
