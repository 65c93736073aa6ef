#pragma once

#include "core/Authorization.h"
#include "core/Result.h"
#include "services/Clock.h"
#include "store/Database.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

#include <functional>
#include <memory>

namespace incentives {

// Who performs a service call. The services look the user's roles up again on every call, so a
// role revoked a second ago is already gone.
struct Actor
{
    Id userId = 0;
    QString email;
    QString name;
};

// The simulated Microsoft side, which validates, renews and sends invitations.
Actor systemActor();

// An open database with its clock: what every service works on.
class AppContext
{
public:
    static Result<std::unique_ptr<AppContext>> open(const QString& path, Database::OpenMode mode);
    // incentives.db in the user's data folder, shared by the GUI and the CLI.
    static QString defaultDatabasePath();
    explicit AppContext(std::unique_ptr<Database> db);

    Database& db() { return *m_db; }
    Clock& clock() { return m_clock; }
    DirectoryRepository directory() { return DirectoryRepository(*m_db); }
    ProgramRepository programs() { return ProgramRepository(*m_db); }
    ProfileRepository profiles() { return ProfileRepository(*m_db); }
    EnrollmentRepository enrollments() { return EnrollmentRepository(*m_db); }
    AuditRepository auditLog() { return AuditRepository(*m_db); }

    // The active user with this email, ready to act.
    Result<Actor> actor(const QString& email);
    Result<Grants> grants(const Actor& actor);

    // Records a change in the audit log, inside the caller's transaction.
    Status audit(const Actor& actor, const QString& action, const QString& partnerId = {},
                 const QString& program = {}, const QString& details = {});

    // Runs body as one write transaction with the actor's current grants. Any error rolls the
    // whole change back; a refusal for lack of a role is then recorded in the audit log.
    template <typename T>
    Result<T> change(const Actor& actor, const QString& what,
                     const std::function<Result<T>(const Grants&)>& body)
    {
        Result<T> result = makeError(ErrorKind::Storage, QString());
        {
            Transaction tx(*m_db);
            if (!tx.active())
                return tx.error();
            auto g = grants(actor);
            if (!g)
                return g.error();
            result = body(*g);
            if (result) {
                if (auto committed = tx.commit(); !committed)
                    return committed.error();
                return result;
            }
        }
        if (result.error().kind == ErrorKind::Denied)
            recordDenial(actor, what, result.error().message);
        return result;
    }

    // Checks that the actor may take an action that is not one write transaction (a backup, a
    // restore, a presenter tool that replaces the file); a refusal is recorded in the audit log.
    Status require(const Actor& actor, const QString& what, Action action,
                   std::optional<Id> location = std::nullopt);

    // Reads with the actor's current grants; no transaction of its own.
    template <typename T>
    Result<T> view(const Actor& actor, const std::function<Result<T>(const Grants&)>& body)
    {
        auto g = grants(actor);
        if (!g)
            return g.error();
        return body(*g);
    }

    // A read like view() whose refusal for lack of a role is recorded in the audit log, for reads of
    // what only some may see (a tax profile's documents).
    template <typename T>
    Result<T> viewAudited(const Actor& actor, const QString& what,
                          const std::function<Result<T>(const Grants&)>& body)
    {
        Result<T> result = view<T>(actor, body);
        if (!result && result.error().kind == ErrorKind::Denied)
            recordDenial(actor, what, result.error().message);
        return result;
    }

private:
    void recordDenial(const Actor& actor, const QString& what, const QString& message);

    std::unique_ptr<Database> m_db;
    Clock m_clock;
};

// For changes that return nothing.
struct Done
{
};

} // namespace incentives
