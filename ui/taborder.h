#pragma once

class QWidget;

namespace diffusion::ui {

// The last control inside `container` that Tab reaches (in the window's focus chain), or null.
// Widgets made after the ones laid out below them (a Save button made by a base class, a toolbar
// added above a table) are put back in reading order with QWidget::setTabOrder from it.
QWidget *lastTabStop(QWidget *container);

} // namespace diffusion::ui
