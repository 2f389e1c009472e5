#pragma once

#include <QListWidget>
#include <optional>

namespace diffusion::ui {

// The sidebar that chooses the area shown by the main window.
class Navigation final : public QListWidget
{
    Q_OBJECT

public:
    enum class Area { Deliveries, Dashboard, Logs, Recipients, Quarantine, InMail, MxRules, Qualification, Settings };

    static QList<Area> areas();
    // The area's title as the user reads it, in the current language.
    static QString title(Area area);
    // The stable name used on the command line (--view) and in object names.
    static QString viewName(Area area);
    static std::optional<Area> areaForViewName(const QString &name);

    explicit Navigation(QWidget *parent);

    Area currentArea() const;
    void setCurrentArea(Area area);

Q_SIGNALS:
    void areaChosen(diffusion::ui::Navigation::Area area);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace diffusion::ui
