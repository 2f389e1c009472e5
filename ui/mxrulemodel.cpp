#include "mxrulemodel.h"

#include <QLocale>

namespace diffusion::ui {

MxRuleModel::MxRuleModel(const QString &workspacePath, QObject *parent)
    : SqlTableModel(workspacePath, ColumnCount, parent)
{
}

QString MxRuleModel::selectStatement() const
{
    // The three timeouts share one column; the two after the first come at the end, unshown.
    return u"SELECT position, mask, max_connections, max_messages_per_connection, messages_per_hour, "
           "connect_timeout_s, tls_policy, command_timeout_s, data_timeout_s, id "
           "FROM mx_rule ORDER BY position, id"_qs;
}

QString MxRuleModel::columnTitle(int column) const
{
    switch (column) {
    case Position: return tr("Position");
    case Mask: return tr("MX host mask");
    case MaxConnections: return tr("Connections");
    case MessagesPerConnection: return tr("Messages per connection");
    case MessagesPerHour: return tr("Messages per hour");
    case Timeouts: return tr("Timeouts");
    case Tls: return tr("TLS");
    default: return {};
    }
}

QString MxRuleModel::columnToolTip(int column) const
{
    switch (column) {
    case Position: return tr("Rules are tried in this order; the first whose mask matches the MX host applies.");
    case Mask: return tr("MX host names it applies to: * stands for any text, ? for one character.");
    case MaxConnections: return tr("Most connections open at once to one MX host.");
    case MessagesPerConnection: return tr("Messages sent on one connection before it is closed.");
    case MessagesPerHour: return tr("Most messages sent per hour to hosts of this rule.");
    case Timeouts: return tr("How long to wait for the connection, for the answer to a command, and for the "
                             "answer to the message data.");
    case Tls: return tr("Whether the connection is encrypted with STARTTLS.");
    default: return {};
    }
}

QString MxRuleModel::cellText(const QVariantList &row, int column) const
{
    const QVariant &value = row.value(column);
    switch (column) {
    case Position: {
        // An ordinal, not a quantity: no group separator.
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(value.toLongLong());
    }
    case Mask: return value.toString();
    case MessagesPerHour: return value.toLongLong() == 0 ? tr("No limit") : formatCount(value);
    case Timeouts: {
        const QLocale locale;
        return tr("%1 s / %2 s / %3 s", "connect / command / data timeouts in seconds")
            .arg(locale.toString(value.toLongLong()), locale.toString(row.value(ColumnCount).toLongLong()),
                 locale.toString(row.value(ColumnCount + 1).toLongLong()));
    }
    case Tls: {
        const QString policy = value.toString();
        if (policy == u"default"_qs)
            return tr("Default");
        if (policy == u"disabled"_qs)
            return tr("Disabled");
        if (policy == u"opportunistic"_qs)
            return tr("When offered");
        if (policy == u"required"_qs)
            return tr("Required");
        if (policy == u"verify"_qs)
            return tr("Required, certificate verified");
        return policy;
    }
    default: return formatCount(value);
    }
}

Qt::Alignment MxRuleModel::cellAlignment(int column) const
{
    switch (column) {
    case Mask:
    case Tls: return Qt::AlignLeft | Qt::AlignVCenter;
    default: return Qt::AlignRight | Qt::AlignVCenter;
    }
}

} // namespace diffusion::ui
