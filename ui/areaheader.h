#pragma once

#include <QWidget>

class QLabel;

namespace diffusion::ui {

// The title and one-paragraph description at the top of every area. The owning area sets both
// texts again on each language change.
class AreaHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit AreaHeader(QWidget *parent);

    void setTexts(const QString &title, const QString &description);
    QString title() const;
    QString description() const;

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace diffusion::ui
