#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

// ============================================================================================
// Classroom sandboxes on a shared PostgreSQL database. A sandbox is a schema of its own in the
// main organization's database (idk_sandbox_<trainee>), holding a whole demo organization. The
// schema belongs to a role of its own (<database>_idk_sandbox_<trainee>) that only its trainee's
// login and the main organization's owner belong to: the server itself refuses every other login
// the schema (no USAGE), so one trainee never reads or writes another's sandbox. Inside it the
// trainee is the owner, and signs in as the demo's people as in a demo database.
//
// The schema statements here are PostgreSQL only; the scenario progress statements are portable.
// ============================================================================================

namespace incentives {

class Database;

constexpr char kSandboxPrefix[] = "idk_sandbox_";

namespace sandboxes {

// Where a trainee stands in one guided scenario.
struct Progress
{
    QString scenarioId;
    QString title;
    int stepIndex = 0; // the first step not done; stepsTotal once every step is done
    int stepsDone = 0;
    int stepsTotal = 0;
    qint64 startedAt = 0;     // wall-clock seconds since the epoch
    qint64 stepStartedAt = 0; // when the current step became the current one
    qint64 updatedAt = 0;
    QString updatedBy; // the name of who acted

    bool finished() const { return stepsTotal > 0 && stepIndex >= stepsTotal; }
};

struct Sandbox
{
    QString schema;
    QString trainee; // the trainee's login
    QString templateFile;
    qint64 createdAt = 0;
    std::optional<Progress> progress; // the scenario most recently worked on
    QString problem;                  // why the sandbox could not be read; empty when it could
};

// Whether a name is a sandbox schema's (the prefix, then lowercase letters, digits, '_'; '$' marks
// one being built).
bool isSandboxName(const QString& name);
// A login name a trainee may have: letters, digits, '.', '_', '-' and '@', at most 63 characters.
bool isTraineeLogin(const QString& login);
// The schema of a trainee's sandbox.
QString schemaFor(const QString& trainee);
// The schema a sandbox is rebuilt in before it takes the sandbox's place.
QString buildingSchemaFor(const QString& schema);

// On a connection just opened with ?sandbox=NAME: refuses a sandbox that does not exist or that the
// login may not use (the server's own answer), takes the owner's role when the login belongs to it,
// and works in the schema from now on.
Status enter(Database& db, const QString& schema);

// On the main organization's connection, inside the caller's transaction: creates the sandbox's
// owner role and its empty schema, the trainee's login when it does not exist yet (with password,
// which is returned; empty when the login existed), and lets that login in.
Result<QString> prepare(Database& main, const QString& schema, const QString& trainee,
                        const QString& templateFile, qint64 now, const QString& password);
// An empty schema, owned by the sandbox's owner role, to rebuild the sandbox in.
Status prepareBuilding(Database& main, const QString& schema);
// Inside the caller's transaction: the rebuilt schema takes the sandbox's place; the old one is
// dropped with everything in it.
Status swapIn(Database& main, const Sandbox& sandbox, qint64 now);
// Drops a schema and everything in it (a sandbox whose building failed).
Status drop(Database& main, const QString& schema);
// The sandboxes in the main organization's database, each with its latest progress.
Result<QList<Sandbox>> list(Database& main);

// The progress recorded for a scenario in this connection's organization.
Result<std::optional<Progress>> progressOf(Database& db, const QString& scenarioId);
// Records a scenario's progress (inside the caller's transaction).
Status saveProgress(Database& db, const Progress& progress);

} // namespace sandboxes
} // namespace incentives
