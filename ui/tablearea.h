#pragma once

#include "navigation.h"

#include <QList>
#include <QWidget>

namespace diffusion::ui {

class AreaHeader;
class SqlTableModel;
class TablePane;

// An area that shows one table under its title: what it is for, and a sentence when it is
// empty. The texts are given untranslated (QT_TRANSLATE_NOOP in `context`) and translated at
// every language change.
class TableArea final : public QWidget
{
    Q_OBJECT

public:
    struct Texts {
        const char *context;
        const char *description;
        const char *emptyText;
    };

    // Takes ownership of the model.
    TableArea(Navigation::Area area, SqlTableModel *model, const QList<int> &columnWidthsInCharacters,
              Texts texts, QWidget *parent);

    SqlTableModel *model() const { return m_model; }
    // Puts a bar of actions and filters between the title and the table.
    void setToolBar(QWidget *bar);
    TablePane *pane() const { return m_pane; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    Navigation::Area m_area;
    Texts m_texts;
    SqlTableModel *m_model;
    AreaHeader *m_header;
    TablePane *m_pane;
};

} // namespace diffusion::ui
