#pragma once

#include "services/AppContext.h"
#include "services/demo/Scenarios.h"
#include "store/Sandboxes.h"

// A class a trainer follows, on a shared PostgreSQL database: one sandbox per trainee, each a whole
// demo organization of its own built from a template by the real services (store/Sandboxes.h), a
// dashboard of every trainee's progress through the guided scenarios, and the reset of one trainee's
// sandbox. Only a Presenter of the main organization manages a class (a refusal is recorded in the
// audit log); the trainees' progress is recorded in their own sandboxes as their scenarios advance.
namespace incentives {

// A trainee's sandbox as made: where the trainee connects, and the password of a login made for
// them (empty when the login existed before).
struct TraineeSandbox
{
    QString trainee;
    QString schema;
    QString url;
    QString password;
};

// One row of the trainer's dashboard.
struct ClassRow
{
    sandboxes::Sandbox sandbox;
    QString url;           // where the trainee connects
    qint64 timeOnStep = 0; // seconds, up to now (or to the last step done once finished)
    qint64 totalTime = 0;  // seconds since the scenario was first seen
};

class ClassroomService
{
public:
    explicit ClassroomService(AppContext& ctx) : m_ctx(ctx) {}

    // Whether the actor may manage a class here (nothing is recorded: for greying out).
    Status mayManage(const Actor& actor);
    // Creates a sandbox for each trainee, built from the template file (the built-in demo when it is
    // empty). Trainees are login names; a login that does not exist yet is made, with a password.
    Result<QList<TraineeSandbox>> createClass(const Actor& actor, const QString& templateFile,
                                              const QStringList& trainees);
    // Every trainee's sandbox with the scenario they worked on last: the step they are on, the steps
    // done, and the time spent.
    Result<QList<ClassRow>> status(const Actor& actor);
    // Rebuilds one trainee's sandbox from its template, leaving every other sandbox as it is. The
    // sandbox is rebuilt beside the old one, which it replaces in one transaction.
    Status reset(const Actor& actor, const QString& trainee);

    // In a sandbox, records where the actor stands in a scenario (done: which steps are done). Only
    // a change is written, with its audit record; outside sandboxes nothing is recorded.
    Status recordProgress(const Actor& actor, const scenarios::Scenario& scenario, const QList<bool>& done);

private:
    Status require(const Actor& actor, const QString& what);
    Status build(const QString& schema, const QString& templateFile);
    QString urlFor(const QString& login, const QString& schema) const;

    AppContext& m_ctx;
};

} // namespace incentives
