// Messages produced per second on one thread, as the preparation pool will produce them:
// personalization of a 4 kB HTML part and a text part, MIME, and optionally DKIM signing.
// bench/messages.sh runs it with no key, an RSA-2048 key and an Ed25519 key, beside
// `openssl speed` in the same run.
//
// Usage: message_bench N [KEY.pem]
#include "delivery/deliverymessages.h"

#include <QCoreApplication>
#include <cstdio>
#include <ctime>

using namespace diffusion;

namespace {

Delivery benchDelivery(const QString &keyPath)
{
    Delivery delivery;
    delivery.id = 1;
    delivery.senderAddress = u"news@example.com"_qs;
    delivery.senderName = u"Diffusion Newsletter"_qs;
    delivery.replyTo = u"contact@example.com"_qs;
    delivery.subject = u"{{firstName | Bonjour}}, les nouveautés de la semaine"_qs;
    delivery.unsubscribeUrl = u"https://example.com/u/{{messageId}}"_qs;
    delivery.unsubscribeMailto = u"unsubscribe@example.com"_qs;
    QString html = u"<html><body><h1>Bonjour {{firstName}} {{lastName}}</h1>\n"_qs;
    while (html.size() < 4000)
        html += u"<p>Voici les nouveautés de la semaine à {{city}} : des prix réduits et des idées.</p>\n"_qs;
    delivery.html = html + u"<a href=\"{{unsubscribeUrl}}\">Se désabonner</a></body></html>"_qs;
    delivery.text = u"Bonjour {{firstName}},\nLes nouveautés de la semaine à {{city}}.\nSe désabonner : {{unsubscribeUrl}}\n"_qs;
    delivery.dkim.keyPath = keyPath;
    delivery.dkim.selector = u"bench"_qs;
    return delivery;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: message_bench N [KEY.pem]\n");
        return 2;
    }
    const int count = args.at(1).toInt();
    const QString keyPath = args.value(2);
    const Delivery delivery = benchDelivery(keyPath);
    const FieldSet fields({u"city"_qs});
    std::optional<SigningSettings> signing;
    if (!keyPath.isEmpty())
        signing = SigningSettings{u"example.com"_qs, {{keyPath, u"bench"_qs}}, dkim::Canonicalization::Relaxed, false};
    DeliveryMessages messages(delivery, fields, signing);
    if (!messages.dkimError().isEmpty() || !messages.templateIssues().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(messages.dkimError()));
        return 1;
    }

    MessageRecipient recipient;
    recipient.deliveryId = 1;
    BuiltMessage built;
    size_t bytes = 0;
    // CPU time, as `openssl speed` counts it, so that the figure holds on a busy machine.
    const std::clock_t start = std::clock();
    for (int i = 0; i < count; ++i) {
        recipient.broadlogId = i + 1;
        recipient.address = "user" + std::to_string(i) + "@example.net";
        recipient.values = {recipient.address, "Prénom" + std::to_string(i % 100), "Nom", {}, {}, {}, {}, "Ville " + std::to_string(i % 50)};
        QString error;
        if (!messages.produce(recipient, 1700000000 + i, built, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        bytes += built.data.size();
    }
    const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    std::printf("messages %s: %d messages (%.0f bytes on average) in %.3f s of CPU = %.1f messages/s\n",
                messages.isSigned() ? (keyPath.contains(u"ed25519"_qs) ? "ed25519-sha256" : "rsa-sha256") : "unsigned",
                count, double(bytes) / count, seconds, count / seconds);
    return 0;
}
