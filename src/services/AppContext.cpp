#include "services/AppContext.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace incentives {

Actor systemActor()
{
    return Actor{0, QStringLiteral("Microsoft (simulated)"), QStringLiteral("Microsoft (simulated)")};
}

QString AppContext::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("incentives-desk/incentives.db"));
}

Result<std::unique_ptr<AppContext>> AppContext::open(const QString& path, Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    qCDebug(lcServices) << "services ready on" << (*db)->path();
    return std::make_unique<AppContext>(std::move(db).value());
}

AppContext::AppContext(std::unique_ptr<Database> db) : m_db(std::move(db)), m_clock(*m_db) {}

Result<Actor> AppContext::actor(const QString& email)
{
    auto u = directory().userByEmail(email);
    if (!u)
        return u.error();
    if (!u->active)
        return makeError(
            ErrorKind::Denied,
            QCoreApplication::translate("AppContext", "The user %1 is deactivated.").arg(u->email));
    return Actor{u->id, u->email, u->name};
}

Result<Grants> AppContext::grants(const Actor& actor)
{
    if (actor.userId == 0) {
        Grants none; // the simulated side holds no user role
        return none;
    }
    auto g = directory().grants(actor.userId);
    if (!g && g.error().kind == ErrorKind::NotFound) {
        Grants unknown; // no such user: inactive, so every action is refused (and recorded)
        unknown.userId = actor.userId;
        return unknown;
    }
    return g;
}

Status AppContext::audit(const Actor& actor, const QString& action, const QString& partnerId,
                         const QString& program, const QString& details)
{
    AuditEntry e;
    e.at = m_clock.now();
    e.actorId = actor.userId;
    e.actor = actor.email;
    e.action = action;
    e.partnerId = partnerId;
    e.program = program;
    e.details = details;
    return auditLog().append(e);
}

Status AppContext::require(const Actor& actor, const QString& what, Action action, std::optional<Id> location)
{
    Status allowed;
    if (actor.userId == 0) {
        allowed = makeError(ErrorKind::Denied,
                            QCoreApplication::translate("AppContext", "Sign in first: say who acts."));
    } else if (auto g = grants(actor); !g) {
        return g.error();
    } else {
        allowed = authorize(*g, action, location);
    }
    if (!allowed && allowed.error().kind == ErrorKind::Denied)
        recordDenial(actor, what, allowed.error().message);
    return allowed;
}

void AppContext::recordDenial(const Actor& actor, const QString& what, const QString& message)
{
    Transaction tx(*m_db);
    if (!tx.active())
        return;
    if (audit(actor, QStringLiteral("denied"), {}, {}, what + QStringLiteral(": ") + message))
        (void)tx.commit();
}

} // namespace incentives
