#pragma once

#include <QFrame>

class QLabel;

namespace diffusion::ui {

// One figure of the dashboard: a big number over its caption, and a tooltip that says how the
// figure is computed. Reachable with Tab: focus shows that explanation too, and screen readers
// read the caption, the value and the explanation.
class KpiTile final : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget *parent);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setFormula(const QString &formula);

    QString caption() const;
    QString value() const;

protected:
    void focusInEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleName();

    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace diffusion::ui
