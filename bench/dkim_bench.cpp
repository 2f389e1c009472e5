// DKIM signing rate on one thread: N messages of 4 kB (headers as the message builder writes
// them, a text body with UTF-8) signed with an RSA key and with an Ed25519 key, as the
// preparation thread pool will sign them. bench/dkim.sh compares the rates with a bare OpenSSL
// signature measured by `openssl speed` in the same run.
//
// Usage: dkim_bench RSA_KEY.pem ED25519_KEY.pem [N]
#include "dkim/dkimerror.h"
#include "dkim/dkimsigner.h"

#include <QCoreApplication>
#include <cstdio>
#include <ctime>

using namespace diffusion;

namespace {

constexpr qsizetype messageSize = 4096;
// Distinct messages (recipient, Message-ID) signed in turn, as a delivery signs them.
constexpr int distinctMessages = 64;

QByteArray message(int index)
{
    QByteArray text = "From: Diffusion Newsletter <news@example.com>\r\n"
                      "To: Recipient " + QByteArray::number(index) + " <user" + QByteArray::number(index) + "@example.net>\r\n"
                      "Subject: =?UTF-8?Q?Les_nouveaut=C3=A9s_de_la_semaine?=\r\n"
                      "Date: Mon, 04 Mar 2024 10:00:00 +0100\r\n"
                      "Message-ID: <" + QByteArray::number(index) + ".4f2b81c0a2@example.com>\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: text/plain; charset=UTF-8\r\n"
                      "Content-Transfer-Encoding: 8bit\r\n"
                      "Reply-To: contact@example.com\r\n"
                      "List-Unsubscribe: <https://example.com/u/" + QByteArray::number(index) + ">, <mailto:unsubscribe@example.com>\r\n"
                      "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                      "\r\n";
    // Paragraph lines, and an indented list item now and then.
    const QByteArray line = "Bonjour, voici les nouveautés de la semaine : des prix réduits et des idées.\r\n";
    const QByteArray item = "    - une offre à découvrir dès aujourd'hui\r\n";
    for (int i = 0; text.size() + line.size() <= messageSize; ++i)
        text += i % 8 == 7 ? item : line;
    return text;
}

bool run(const char *label, const DkimKey &key, int count)
{
    try {
        const DkimSigner signer({u"example.com"_qs, {{key, u"bench"_qs}}, dkim::Canonicalization::Relaxed, false});
        QList<QByteArray> messages;
        for (int i = 0; i < distinctMessages; ++i)
            messages.append(message(i));
        qsizetype written = 0;
        // CPU time, as `openssl speed` counts it: the figure then holds on a busy machine.
        const std::clock_t start = std::clock();
        for (int i = 0; i < count; ++i)
            written += signer.signatureHeaders(messages[i % distinctMessages], 1700000000).size();
        const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
        std::printf("dkim %s: %d messages of %lld bytes in %.3f s of CPU (%lld header bytes) = %.1f signatures/s\n",
                    label, count, static_cast<long long>(messageSize), seconds, static_cast<long long>(written), count / seconds);
        return true;
    } catch (const DkimError &error) {
        std::fprintf(stderr, "dkim_bench: %s\n", qPrintable(error.message()));
        return false;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: dkim_bench RSA_KEY.pem ED25519_KEY.pem [N]\n");
        return 2;
    }
    const int count = arguments.size() > 3 ? arguments[3].toInt() : 20000;
    try {
        const DkimKey rsa = DkimKey::fromFile(arguments[1]);
        const DkimKey ed25519 = DkimKey::fromFile(arguments[2]);
        const QByteArray rsaLabel = "rsa-sha256 " + QByteArray::number(rsa.bits()) + " bits";
        return run(rsaLabel.constData(), rsa, count) && run("ed25519-sha256", ed25519, count) ? 0 : 1;
    } catch (const DkimError &error) {
        std::fprintf(stderr, "dkim_bench: %s\n", qPrintable(error.message()));
        return 1;
    }
}
