#include "quarantinesection.h"

#include "quarantine/quarantinesettings.h"
#include "store/storeerror.h"

#include <QLineEdit>
#include <QPushButton>

namespace diffusion::ui {

QuarantineSection::QuarantineSection(Workspace &workspace, QWidget *parent)
    : NumberSection(workspace, u"quarantine."_qs, parent)
{
    setObjectName(u"quarantineSection"_qs);
    const QuarantineSettings defaults;
    m_threshold = addField(u"quarantine.threshold"_qs, u"quarantineThreshold"_qs, defaults.threshold);
    m_interval = addField(u"quarantine.significant_error_interval_s"_qs, u"significantErrorInterval"_qs,
                          defaults.significantErrorInterval);
    m_withErrors = addField(u"quarantine.with_errors_release_s"_qs, u"withErrorsRelease"_qs, defaults.withErrorsRelease);
    m_mailboxFull = addField(u"quarantine.mailbox_full_release_s"_qs, u"mailboxFullRelease"_qs, defaults.mailboxFullRelease);
    retranslateUi();
    refresh();
}

void QuarantineSection::retranslateUi()
{
    setLabel(m_threshold, tr("Errors before quarantine"));
    setLabel(m_interval, tr("Errors count once per (seconds)"));
    setLabel(m_withErrors, tr("Release after errors (seconds)"));
    setLabel(m_mailboxFull, tr("Release a full mailbox (seconds)"));
    m_threshold->setToolTip(tr("An address is quarantined after this many significant errors."));
    m_interval->setToolTip(tr("Errors of one address closer together than this count as one."));
    saveButton()->setText(tr("Save the quarantine settings"));
}

void QuarantineSection::check(QSqlDatabase &db, const QHash<QString, QString> &written) const
{
    const QuarantineSettings loaded = QuarantineSettings::load(db);
    const struct {
        const char16_t *key;
        qint64 value;
        qint64 minimum;
    } known[] = {
        {u"quarantine.threshold", loaded.threshold, 1},
        {u"quarantine.significant_error_interval_s", loaded.significantErrorInterval, 0},
        {u"quarantine.with_errors_release_s", loaded.withErrorsRelease, 0},
        {u"quarantine.mailbox_full_release_s", loaded.mailboxFullRelease, 0},
    };
    for (const auto &setting : known) {
        const QString key = QString::fromUtf16(setting.key);
        const QString text = written.value(key);
        bool isNumber = false;
        // load() kept its default where it could not use what was written.
        if (!text.isEmpty() && (text.toLongLong(&isNumber) != setting.value || !isNumber)) {
            throw StoreError(tr("The quarantine setting %1 cannot be \"%2\": give a whole number of at least %3, or leave "
                                "it empty for the default.").arg(key, text).arg(setting.minimum));
        }
    }
}

} // namespace diffusion::ui
