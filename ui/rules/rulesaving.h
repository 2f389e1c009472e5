#pragma once

#include "ruletable.h"
#include "store/storewriter.h"
#include "store/workspace.h"
#include "whencommitted.h"

#include <functional>

namespace diffusion::ui {

// Saves a rule model's rules through the workspace's writer: `save(db, rules, stored)` is the
// core's save, which throws a StoreError with the sentences that stop it and returns the rules
// as stored. The table is locked meanwhile and tells the outcome; `saved` runs after a success.
// The GUI thread does not wait: the outcome comes back through the event loop.
template <typename Model, typename Save>
void saveRules(Workspace &workspace, Model *model, RuleTable *table, Save save, const std::function<void()> &saved)
{
    using Rules = std::decay_t<decltype(model->rules())>;
    const Rules rules = model->rules();
    const Rules stored = model->storedRules();
    table->setSaving(true);
    whenCommitted(table, workspace.writer().submit([rules, stored, save](QSqlDatabase &db) { return save(db, rules, stored); }),
                  [model, table, saved](const Rules &asStored) {
        model->setStored(asStored);
        table->finishSaving({});
        saved();
    }, [table](const QString &error) { table->finishSaving(error); });
}

} // namespace diffusion::ui
