#pragma once

#include "services/AppContext.h"

#include <functional>

// Guided demo scenarios: ready scripts for a presenter, each a list of steps that tick themselves
// off as the database reaches them, whoever acts (the GUI or the CLI). Every scenario starts from
// the shipped demo data.
namespace incentives::scenarios {

struct Step
{
    QString text;
    QString notes;
    QString target; // the objectName of the control the step is done with; empty: none in particular
    std::function<bool(AppContext&)> done;
};

struct Scenario
{
    QString id;
    QString title;
    QString summary;
    QList<Step> steps;
};

const QList<Scenario>& all();
const Scenario* find(const QString& id);
// Which steps are done now.
QList<bool> progress(AppContext& ctx, const Scenario& scenario);

} // namespace incentives::scenarios
