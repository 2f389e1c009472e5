#pragma once

#include <QString>

namespace diffusion {

// The form an address has in the quarantine table: the one import stores in
// recipient.email_ascii (domain lower-cased, IDN in ASCII, local part as written), so that any
// spelling of an address finds its row. Empty when the text is not an address.
QString quarantineAddress(const QString &address);

} // namespace diffusion
