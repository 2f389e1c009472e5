#pragma once

#include <QString>
#include <QStringView>

namespace diffusion {

// The text of an HTML bounce or auto-reply, enough for the heuristics and the inbound rules:
// tags dropped (block tags end a line), scripts and styles left out, the common entities decoded.
QString plainTextFromHtml(QStringView html);

} // namespace diffusion
