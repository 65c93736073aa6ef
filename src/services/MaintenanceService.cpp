#include "services/MaintenanceService.h"

#include "services/AuthService.h"
#include "services/demo/DemoFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace incentives {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceService)
};

} // namespace

Status Replacement::carryOut(const QString& path) const
{
    if (!m_replace)
        return makeError(ErrorKind::Usage, QStringLiteral("Replacement: nothing was allowed"));
    const QString email = m_actorEmail;
    const QString action = m_auditAction;
    const QString description = m_description;
    // The new database records who put it there, as that user if it knows them.
    return m_replace(path, [email, action, description](AppContext& ctx) -> Status {
        Actor actor{0, email, email};
        if (auto known = ctx.directory().userByEmail(email))
            actor = Actor{known->id, known->email, known->name};
        Transaction tx(ctx.db());
        if (!tx.active())
            return tx.error();
        if (auto s = ctx.audit(actor, action, {}, {}, description); !s)
            return s;
        return tx.commit();
    });
}

Status MaintenanceService::backUp(const Actor& actor, const QString& targetFile)
{
    if (auto s = m_ctx.require(actor, QStringLiteral("backup"), Action::BackUp); !s)
        return s;
    if (auto s = m_ctx.db().backupTo(QFileInfo(targetFile).absoluteFilePath()); !s)
        return s;
    Transaction tx(m_ctx.db());
    if (!tx.active())
        return tx.error();
    if (auto s = m_ctx.audit(actor, QStringLiteral("database.backed-up"), {}, {},
                             QFileInfo(targetFile).fileName());
        !s)
        return s;
    return tx.commit();
}

Result<QStringList> MaintenanceService::check(const Actor& actor)
{
    if (auto s = m_ctx.require(actor, QStringLiteral("check"), Action::CheckDatabase); !s)
        return s.error();
    return demofiles::checkIntegrity(m_ctx);
}

Result<Replacement> MaintenanceService::restore(const Actor& actor, const QString& backupFile)
{
    if (auto s = m_ctx.require(actor, QStringLiteral("restore"), Action::Restore); !s)
        return s.error();
    Replacement r;
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    r.m_replace = [source](const QString& path, const demofiles::BeforeMove& record) {
        return demofiles::restoreBackup(path, source, record);
    };
    r.m_auditAction = QStringLiteral("database.restored");
    r.m_description = QFileInfo(backupFile).fileName();
    r.m_actorEmail = actor.email;
    return r;
}

Status MaintenanceService::requireDemo(const Actor& actor, const QString& what)
{
    if (!m_ctx.clock().isDemo())
        return makeError(ErrorKind::Denied, Tr::tr("Demo tools work only in a demo database."));
    return m_ctx.require(actor, what, Action::RunDemoTools);
}

Result<Replacement> MaintenanceService::loadSnapshot(const Actor& actor, const QString& name)
{
    if (auto s = requireDemo(actor, QStringLiteral("demo.load")); !s)
        return s.error();
    Replacement r;
    r.m_replace = [name](const QString& path, const demofiles::BeforeMove& record) {
        return demofiles::restoreSnapshot(path, name, record);
    };
    r.m_auditAction = QStringLiteral("demo.loaded");
    r.m_description = name.trimmed();
    r.m_actorEmail = actor.email;
    return r;
}

Result<Replacement> MaintenanceService::resetDemo(const Actor& actor)
{
    if (auto s = requireDemo(actor, QStringLiteral("demo.reset")); !s)
        return s.error();
    Replacement r;
    r.m_replace = [](const QString& path, const demofiles::BeforeMove& record) {
        return demofiles::createDemo(path, record);
    };
    r.m_auditAction = QStringLiteral("demo.reset");
    r.m_actorEmail = actor.email;
    return r;
}

Status MaintenanceService::saveSnapshot(const Actor& actor, const QString& name)
{
    if (auto s = requireDemo(actor, QStringLiteral("demo.save")); !s)
        return s;
    return demofiles::saveSnapshot(m_ctx, actor, name);
}

Result<QStringList> MaintenanceService::snapshots(const Actor& actor)
{
    if (auto s = requireDemo(actor, QStringLiteral("demo.list")); !s)
        return s.error();
    return demofiles::snapshots(m_ctx.db().path());
}

Status MaintenanceService::mayReplaceWhole(const std::optional<Actor>& actor)
{
    if (!AuthService(m_ctx).passwordsRequired() || !m_ctx.directory().organization())
        return {}; // a demo, or a database that holds no organization yet
    if (!actor)
        return makeError(ErrorKind::Denied,
                         Tr::tr("This database asks for passwords: only one of its Account admins can "
                                "replace it. Say who acts with --as."));
    return m_ctx.require(*actor, QStringLiteral("replace-database"), Action::ReplaceDatabase);
}

} // namespace incentives
