#pragma once

#include "services/AppContext.h"

#include <functional>

// The side doors of a database: backing it up, checking it, and replacing it with a backup, a
// demo snapshot or a fresh demo. Each is authorized for the signed-in person here, and a refusal is
// recorded in the audit log, whichever face asked.
namespace incentives {

// A replacement of the open database that the actor was allowed to make. It is carried out once
// every connection to the database is closed (Session::replaceDatabase, or the CLI after dropping
// its context), and is recorded in the new database's audit log before that moves into place.
class Replacement
{
public:
    // Replaces the file at path; on failure the old database stays as it was.
    Status carryOut(const QString& path) const;
    QString description() const { return m_description; }

private:
    friend class MaintenanceService;
    // Builds and moves the new database into place; its argument records the replacement in it.
    std::function<Status(const QString&, const std::function<Status(AppContext&)>&)> m_replace;
    QString m_auditAction;
    QString m_description;
    QString m_actorEmail;
};

class MaintenanceService
{
public:
    explicit MaintenanceService(AppContext& ctx) : m_ctx(ctx) {}

    // A consistent copy of the whole database, every full account number in it: Account admins only.
    Status backUp(const Actor& actor, const QString& targetFile);
    // The integrity check, foreign keys and the audit chain: any signed-in user. Empty when intact.
    Result<QStringList> check(const Actor& actor);

    // Account admins: the database is replaced by a backup, checked before anything is replaced.
    Result<Replacement> restore(const Actor& actor, const QString& backupFile);
    // Presenters, in demo databases: a saved snapshot, or the demo as shipped (also where a guided
    // scenario starts).
    Result<Replacement> loadSnapshot(const Actor& actor, const QString& name);
    Result<Replacement> resetDemo(const Actor& actor);
    Status saveSnapshot(const Actor& actor, const QString& name);
    Result<QStringList> snapshots(const Actor& actor);

    // Whether init or generate may replace this database: one that asks for passwords only after
    // one of its Account admins signed in (actor); a demo database, which asks none, by anyone.
    Status mayReplaceWhole(const std::optional<Actor>& actor);

private:
    Status requireDemo(const Actor& actor, const QString& what);

    AppContext& m_ctx;
};

} // namespace incentives
