#include "mxruledialog.h"

#include "mxrulelistmodel.h"
#include "engine/mxruleediting.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace diffusion::ui {

MxRuleDialog::MxRuleDialog(const MxRule &rule, const QList<MxRule> &others, bool isNew, QWidget *parent)
    : RuleDialog(parent), m_rule(rule), m_others(others), m_new(isNew), m_mask(new QLineEdit(this)),
      m_connections(new QSpinBox(this)), m_perConnection(new QSpinBox(this)), m_perHour(new QSpinBox(this)),
      m_connectTimeout(new QSpinBox(this)), m_commandTimeout(new QSpinBox(this)), m_dataTimeout(new QSpinBox(this)),
      m_tls(new QComboBox(this))
{
    setObjectName(u"mxRuleDialog"_qs);
    addField(m_mask, u"mask"_qs);
    addField(m_connections, u"maxConnections"_qs);
    addField(m_perConnection, u"messagesPerConnection"_qs);
    addField(m_perHour, u"messagesPerHour"_qs);
    addField(m_connectTimeout, u"connectTimeout"_qs);
    addField(m_commandTimeout, u"commandTimeout"_qs);
    addField(m_dataTimeout, u"dataTimeout"_qs);
    addField(m_tls, u"tls"_qs);

    // Ranges wider than what is valid, so that a wrong value gets its sentence instead of being
    // silently clamped by the spin box.
    m_connections->setRange(0, 100'000);
    m_perConnection->setRange(0, 1'000'000);
    m_perHour->setRange(0, 1'000'000'000);
    m_perHour->setGroupSeparatorShown(true);
    for (QSpinBox *timeout : {m_connectTimeout, m_commandTimeout, m_dataTimeout})
        timeout->setRange(0, 86'400);
    m_tls->addItem(QString());
    for (const TlsPolicy policy : {TlsPolicy::Disabled, TlsPolicy::Opportunistic, TlsPolicy::Required, TlsPolicy::Verify})
        m_tls->addItem(QString(), int(policy));

    m_mask->setText(rule.mask);
    m_mask->setReadOnly(!isNew && MxRuleEditing::isGeneric(rule.mask));
    m_connections->setValue(rule.maxConnections);
    m_perConnection->setValue(rule.maxMessagesPerConnection);
    m_perHour->setValue(rule.messagesPerHour);
    m_connectTimeout->setValue(rule.connectTimeoutS);
    m_commandTimeout->setValue(rule.commandTimeoutS);
    m_dataTimeout->setValue(rule.dataTimeoutS);
    m_tls->setCurrentIndex(rule.tls ? m_tls->findData(int(*rule.tls)) : 0);

    connect(m_mask, &QLineEdit::textChanged, this, &MxRuleDialog::validate);
    for (QSpinBox *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, &MxRuleDialog::validate);
    retranslateUi();
    validate();
}

MxRule MxRuleDialog::rule() const
{
    MxRule rule = m_rule;
    rule.mask = m_mask->text().trimmed();
    rule.maxConnections = m_connections->value();
    rule.maxMessagesPerConnection = m_perConnection->value();
    rule.messagesPerHour = m_perHour->value();
    rule.connectTimeoutS = m_connectTimeout->value();
    rule.commandTimeoutS = m_commandTimeout->value();
    rule.dataTimeoutS = m_dataTimeout->value();
    rule.tls = m_tls->currentIndex() > 0 ? std::optional(TlsPolicy(m_tls->currentData().toInt())) : std::nullopt;
    return rule;
}

void MxRuleDialog::validate()
{
    const auto widget = [this](MxRuleEditing::Field field) -> QWidget * {
        switch (field) {
        case MxRuleEditing::Field::Mask: return m_mask;
        case MxRuleEditing::Field::MaxConnections: return m_connections;
        case MxRuleEditing::Field::MessagesPerConnection: return m_perConnection;
        case MxRuleEditing::Field::MessagesPerHour: return m_perHour;
        case MxRuleEditing::Field::ConnectTimeout: return m_connectTimeout;
        case MxRuleEditing::Field::CommandTimeout: return m_commandTimeout;
        case MxRuleEditing::Field::DataTimeout: return m_dataTimeout;
        }
        return m_mask;
    };
    QList<std::pair<QWidget *, QString>> problems;
    for (const MxRuleEditing::Problem &problem : MxRuleEditing::validate(rule(), m_others))
        problems.append({widget(problem.field), problem.text});
    showProblems(problems);
}

void MxRuleDialog::retranslateUi()
{
    setWindowTitle(m_new ? tr("New MX rule") : tr("MX rule %1").arg(m_rule.mask));
    setFieldLabel(m_mask, tr("MX host &mask:"));
    setFieldLabel(m_connections, tr("&Connections at once:"));
    setFieldLabel(m_perConnection, tr("Messages per c&onnection:"));
    setFieldLabel(m_perHour, tr("Messages per &hour:"));
    setFieldLabel(m_connectTimeout, tr("Co&nnection timeout:"));
    setFieldLabel(m_commandTimeout, tr("Comm&and timeout:"));
    setFieldLabel(m_dataTimeout, tr("&Data timeout:"));
    setFieldLabel(m_tls, tr("&TLS:"));
    m_mask->setToolTip(m_mask->isReadOnly() ? tr("The generic rule applies to every MX host no other rule matches: its mask "
                                                 "stays *.")
                                            : tr("MX host names the rule applies to: * stands for any text, ? for one "
                                                 "character, as in *.google.com."));
    m_perHour->setSpecialValueText(tr("No limit"));
    const QLocale locale;
    m_perHour->setToolTip(tr("Spent in twelve five-minute windows: %1 per hour sends at most %2 every five minutes.")
                              .arg(locale.toString(12'000), locale.toString(1'000)));
    for (QSpinBox *timeout : {m_connectTimeout, m_commandTimeout, m_dataTimeout})
        timeout->setSuffix(tr(" s", "seconds"));
    m_tls->setItemText(0, MxRuleListModel::tlsLabel(std::nullopt));
    for (int item = 1; item < m_tls->count(); ++item)
        m_tls->setItemText(item, MxRuleListModel::tlsLabel(TlsPolicy(m_tls->itemData(item).toInt())));
}

} // namespace diffusion::ui
