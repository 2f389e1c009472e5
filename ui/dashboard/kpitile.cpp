#include "kpitile.h"

#include <QLabel>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolTip>
#include <QVBoxLayout>

namespace diffusion::ui {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_value->setObjectName(u"value"_qs);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_caption->setObjectName(u"caption"_qs);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    updateAccessibleName();
}

void KpiTile::setValue(const QString &value)
{
    if (m_value->text() == value)
        return; // most refreshes: no new accessible name to announce
    m_value->setText(value);
    updateAccessibleName();
}

void KpiTile::setFormula(const QString &formula)
{
    setToolTip(formula);
    setAccessibleDescription(formula);
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    // A tooltip only follows the mouse: a keyboard user gets it when the tile takes the focus.
    QToolTip::showText(mapToGlobal(QPoint(0, height())), toolTip(), this);
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = contentsRect().adjusted(2, 2, -2, -2);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void KpiTile::updateAccessibleName()
{
    setAccessibleName(tr("%1: %2", "a figure's caption, then its value").arg(m_caption->text(), m_value->text()));
}

} // namespace diffusion::ui
