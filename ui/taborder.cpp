#include "taborder.h"

#include <QWidget>

namespace diffusion::ui {

QWidget *lastTabStop(QWidget *container)
{
    QWidget *last = nullptr;
    for (QWidget *w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    return last;
}

} // namespace diffusion::ui
