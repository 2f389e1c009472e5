#pragma once

#include "orderedrulesmodel.h"

#include <QList>

namespace diffusion::ui {

// An OrderedRulesModel over a list of Rule values, with the stored list they came from.
// `load` reads the stored rules; problemsOf() says what is wrong with one (kept per row, so
// that painting a row does not validate it again).
template <typename Rule, QList<Rule> (*load)(QSqlDatabase &)>
class RuleListModel : public OrderedRulesModel
{
public:
    const QList<Rule> &rules() const { return m_rules; }
    const QList<Rule> &storedRules() const { return m_stored; }
    const Rule &rule(int row) const { return m_rules.at(row); }

    bool isModified() const override { return m_rules != m_stored; }
    QStringList problems(int row) const override { return m_problems.value(row); }

    // Inserts the rule at `row` (see insertionRow()) and returns the row.
    int insertRule(const Rule &rule, int row)
    {
        beginInsertRows({}, row, row);
        m_rules.insert(row, rule);
        m_problems.insert(row, problemsOf(rule));
        endInsertRows();
        Q_EMIT rulesChanged();
        return row;
    }

    void replaceRule(int row, const Rule &rule)
    {
        m_rules[row] = rule;
        m_problems[row] = problemsOf(rule);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        Q_EMIT rulesChanged();
    }

    // Forgets the edits and reads the stored rules again: they may have changed meanwhile.
    void revert() override
    {
        reset(m_stored);
        refresh();
    }

    // After a save: the rules as the workspace now holds them (new ones with their ids).
    void setStored(const QList<Rule> &rules)
    {
        m_stored = rules;
        reset(rules);
    }

protected:
    using OrderedRulesModel::OrderedRulesModel;

    virtual QStringList problemsOf(const Rule &rule) const = 0;

    int count() const override { return int(m_rules.size()); }

    void read(QSqlDatabase &db) override
    {
        const QList<Rule> loaded = load(db);
        // Unsaved edits stay: saving them reports that the stored rules changed meanwhile.
        if (loaded == m_stored || isModified())
            return;
        m_stored = loaded;
        reset(loaded);
    }

    void moveItem(int from, int to) override
    {
        m_rules.move(from, to);
        m_problems.move(from, to);
    }

    void removeItem(int row) override
    {
        m_rules.removeAt(row);
        m_problems.removeAt(row);
    }

private:
    void reset(const QList<Rule> &rules)
    {
        beginResetModel();
        m_rules = rules;
        m_problems.clear();
        for (const Rule &rule : rules)
            m_problems.append(problemsOf(rule));
        endResetModel();
        Q_EMIT rulesChanged();
    }

    QList<Rule> m_rules;
    QList<Rule> m_stored;
    QList<QStringList> m_problems;
};

} // namespace diffusion::ui
