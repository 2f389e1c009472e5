#include "mxrulelistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace diffusion::ui {

MxRuleListModel::MxRuleListModel(const QString &workspacePath, QObject *parent)
    : RuleListModel(workspacePath, ColumnCount, parent)
{
}

QVariant MxRuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MxRule &mxRule = rule(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(mxRule, index.column());
    case Qt::ToolTipRole: {
        // Cells are elided at fixed widths: the tooltip shows them whole, and what is wrong.
        const QStringList problems = this->problems(index.row());
        return problems.isEmpty() ? cellText(mxRule, index.column()) : problems.join(u'\n');
    }
    case Qt::DecorationRole:
        if (index.column() == Mask && !problems(index.row()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Mask || index.column() == Tls ? Qt::AlignLeft | Qt::AlignVCenter
                                                                                   : Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString MxRuleListModel::cellText(const MxRule &rule, int column) const
{
    const QLocale locale;
    switch (column) {
    case Mask: return rule.mask;
    case MaxConnections: return locale.toString(rule.maxConnections);
    case MessagesPerConnection: return locale.toString(rule.maxMessagesPerConnection);
    case MessagesPerHour: return rule.messagesPerHour == 0 ? tr("No limit") : locale.toString(rule.messagesPerHour);
    case Timeouts:
        return tr("%1 s / %2 s / %3 s", "connect / command / data timeouts in seconds")
            .arg(locale.toString(rule.connectTimeoutS), locale.toString(rule.commandTimeoutS), locale.toString(rule.dataTimeoutS));
    case Tls: return tlsLabel(rule.tls);
    default: return {};
    }
}

QString MxRuleListModel::tlsLabel(std::optional<TlsPolicy> policy)
{
    if (!policy)
        return tr("Default");
    switch (*policy) {
    case TlsPolicy::Disabled: return tr("Disabled");
    case TlsPolicy::Opportunistic: return tr("When offered");
    case TlsPolicy::Required: return tr("Required");
    case TlsPolicy::Verify: return tr("Required, certificate verified");
    }
    return {};
}

QStringList MxRuleListModel::problemsOf(const MxRule &rule) const
{
    QStringList texts;
    for (const MxRuleEditing::Problem &problem : MxRuleEditing::validate(rule))
        texts.append(problem.text);
    return texts;
}

bool MxRuleListModel::isPinned(int row) const
{
    return row == rowCount() - 1 && MxRuleEditing::isGeneric(rule(row).mask);
}

QString MxRuleListModel::columnTitle(int column) const
{
    switch (column) {
    case Mask: return tr("MX host mask");
    case MaxConnections: return tr("Connections");
    case MessagesPerConnection: return tr("Messages per connection");
    case MessagesPerHour: return tr("Messages per hour");
    case Timeouts: return tr("Timeouts");
    case Tls: return tr("TLS");
    default: return {};
    }
}

QString MxRuleListModel::columnToolTip(int column) const
{
    switch (column) {
    case Mask: return tr("MX host names it applies to: * stands for any text, ? for one character. The generic rule * "
                         "applies to every other host and stays last.");
    case MaxConnections: return tr("Most connections open at once to one MX host.");
    case MessagesPerConnection: return tr("Messages sent on one connection before it is closed.");
    case MessagesPerHour: return tr("Most messages sent per hour to hosts of this rule, spent in twelve five-minute windows.");
    case Timeouts: return tr("How long to wait for the connection, for the answer to a command, and for the answer to "
                             "the message data.");
    case Tls: return tr("Whether the connection is encrypted with STARTTLS.");
    default: return {};
    }
}

} // namespace diffusion::ui
