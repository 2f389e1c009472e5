// Any bytes from the bounce mailbox must be parsed and qualified by the default rules without
// crashing, hanging or leaking, and give a consistent report: nothing that is not a bounce has
// recipients, every recipient gets one qualification.
#include "inmail/bounceparser.h"
#include "inmail/bouncequalifier.h"

#include <QCoreApplication>
#include <cstdlib>

using namespace diffusion;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The default rules come from an in-memory workspace: the SQLite driver is a plugin, which
    // Qt loads for an application object.
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const BounceQualifier qualifier = BounceQualifier::defaults();
    const BounceReport report = parseBounce(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (report.kind == BounceKind::Unknown && !report.recipients.isEmpty())
        std::abort();
    if (report.humanText.size() > BounceReport::humanTextLimit)
        std::abort();
    if (qualifier.qualify(report).size() != report.recipients.size())
        std::abort();
    return 0;
}
