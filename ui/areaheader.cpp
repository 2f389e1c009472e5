#include "areaheader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace diffusion::ui {

AreaHeader::AreaHeader(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_description(new QLabel(this))
{
    m_title->setObjectName(u"areaTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_description->setObjectName(u"areaDescription"_qs);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
}

void AreaHeader::setTexts(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
}

QString AreaHeader::title() const
{
    return m_title->text();
}

QString AreaHeader::description() const
{
    return m_description->text();
}

} // namespace diffusion::ui
