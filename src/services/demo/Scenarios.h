#pragma once

#include "core/Result.h"
#include "services/AppContext.h"

#include <QByteArray>
#include <QJsonValue>

#include <functional>

// Guided demo scenarios: ready scripts for a presenter, each a list of steps that tick themselves
// off as the database reaches them, whoever acts (the GUI or the CLI). Every scenario starts from
// the shipped demo data. A scenario is a file (docs/scenario-format.md); the built-in ones are such
// files in the resources, read by the same loader (ScenarioFile.h).
namespace incentives::scenarios {

struct Step
{
    QString id;           // unique within the scenario; language variants refer to it
    QString text;         // shown to the audience
    QString notes;        // for the presenter only
    QString target;       // objectName of the control the step is about; empty: none
    int chapter = 0;      // index into Scenario::chapters
    QJsonValue condition; // the file's "done" condition, validated (ScenarioConditions.h)
    std::function<bool(AppContext&)> done;
};

struct Scenario
{
    QString id;
    QString title;
    QString summary;      // the file's description
    QStringList chapters; // chapter titles
    QList<Step> steps;
    QString language;  // the language variant whose texts it has ("de"); empty: the file's own
    QString fileName;  // where it was read from; empty for a built-in
    QByteArray source; // the file as read: what "save a copy" writes
};

// The built-in scenarios, in the language of QLocale().
const QList<Scenario>& all();
// The built-in scenarios with the texts of language ("de"; "en" or any language the files lack:
// the files' own texts).
QList<Scenario> builtIn(const QString& language);
const Scenario* find(const QString& id);
// Which steps are done now.
QList<bool> progress(AppContext& ctx, const Scenario& scenario);

// Whether a handout of a scenario (each step's text with a picture of the window when it was done)
// can be written now, and why not: it needs a scenario that was started and at least one step done
// since (pictured: how many steps have their picture).
Status handoutReady(const Scenario* scenario, bool started, qsizetype pictured);

} // namespace incentives::scenarios
