#include "navigation.h"

#include <QEvent>

namespace diffusion::ui {

QList<Navigation::Area> Navigation::areas()
{
    return {Area::Deliveries, Area::Dashboard, Area::Logs, Area::Recipients, Area::Quarantine, Area::InMail, Area::MxRules, Area::Qualification, Area::Settings};
}

QString Navigation::title(Area area)
{
    switch (area) {
    case Area::Deliveries: return tr("Deliveries");
    case Area::Dashboard: return tr("Delivery dashboard");
    case Area::Logs: return tr("Delivery log");
    case Area::Recipients: return tr("Recipients");
    case Area::Quarantine: return tr("Quarantine");
    case Area::InMail: return tr("Inbound mail");
    case Area::MxRules: return tr("MX rules");
    case Area::Qualification: return tr("Qualification rules");
    case Area::Settings: return tr("Settings");
    }
    return {};
}

QString Navigation::viewName(Area area)
{
    switch (area) {
    case Area::Deliveries: return u"deliveries"_qs;
    case Area::Dashboard: return u"dashboard"_qs;
    case Area::Logs: return u"logs"_qs;
    case Area::Recipients: return u"recipients"_qs;
    case Area::Quarantine: return u"quarantine"_qs;
    case Area::InMail: return u"inmail"_qs;
    case Area::MxRules: return u"mx-rules"_qs;
    case Area::Qualification: return u"qualification"_qs;
    case Area::Settings: return u"settings"_qs;
    }
    return {};
}

std::optional<Navigation::Area> Navigation::areaForViewName(const QString &name)
{
    for (Area area : areas()) {
        if (viewName(area) == name)
            return area;
    }
    return std::nullopt;
}

Navigation::Navigation(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"navigation"_qs);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(u"QListWidget#navigation { border: none; border-right: 1px solid palette(mid); padding-top: 6px; }"
                  "QListWidget#navigation::item { padding: 7px 14px; border: none; }"
                  "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"_qs);
    for (Area area : areas()) {
        auto *item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, viewName(area));
    }
    retranslateUi();
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < areas().size())
            Q_EMIT areaChosen(areas().at(row));
    });
}

Navigation::Area Navigation::currentArea() const
{
    const int row = currentRow();
    return row >= 0 && row < areas().size() ? areas().at(row) : Area::Deliveries;
}

void Navigation::setCurrentArea(Area area)
{
    setCurrentRow(int(areas().indexOf(area)));
}

void Navigation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

void Navigation::retranslateUi()
{
    const QList<Area> all = areas();
    for (int row = 0; row < all.size(); ++row)
        item(row)->setText(title(all.at(row)));
}

} // namespace diffusion::ui
