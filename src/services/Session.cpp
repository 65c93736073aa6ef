#include "services/Session.h"

#include "core/Logging.h"
#include "services/AuthService.h"
#include "services/Simulation.h"
#include "store/ChangeWatcher.h"

#include <QCoreApplication>

namespace incentives {

Result<std::unique_ptr<Session>> Session::open(const QString& location, Database::OpenMode mode)
{
    auto ctx = AppContext::open(location, mode);
    if (!ctx)
        return ctx.error();
    return start(std::move(ctx).value());
}

Result<std::unique_ptr<Session>> Session::start(std::unique_ptr<AppContext> ctx)
{
    auto session = std::make_unique<Session>(std::move(ctx));
    session->m_catchUpLeft = session->m_ctx->db().integrityVerdictPending();
    if (!session->m_catchUpLeft)
        if (auto s = session->catchUp(); !s)
            return s.error();
    return session;
}

Session::Session(std::unique_ptr<AppContext> ctx, QObject* parent) : QObject(parent), m_ctx(std::move(ctx))
{
    m_settle.setSingleShot(true);
    // A burst of commits elsewhere (an import, a year end) reloads once, after it has gone quiet.
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        reload();
        Q_EMIT changedElsewhere();
    });
    m_announced.setSingleShot(true);
    m_announced.setInterval(0);
    connect(&m_announced, &QTimer::timeout, this, &Session::reload);
    watch();
}

Session::~Session()
{
    if (m_ctx)
        m_ctx->db().setCommitListener({});
}

void Session::watch()
{
    ++m_changeCount; // another database, or the same one opened again
    m_watcher = std::make_unique<ChangeWatcher>(m_ctx->db());
    connect(m_watcher.get(), &ChangeWatcher::changedElsewhere, &m_settle, qOverload<>(&QTimer::start));
    // Every write through this session announces itself once it is committed; what the reload
    // itself writes (the clock's catch-up) is already part of that reload.
    m_ctx->db().setCommitListener([this] {
        if (!m_reloading)
            m_announced.start();
    });
    m_permissions = permissionsOf(m_grants, m_ctx->clock().isDemo());
}

void Session::checkInBackground()
{
    m_checking = true;
    startCheck();
}

void Session::startCheck()
{
    if (!m_checking)
        return;
    const int generation = ++m_generation;
    m_ctx->db().startIntegrityCheck([this, generation](const QString& problem) {
        // Delivered on this object's thread; a verdict about a database closed since is dropped.
        // (The database, closed before this object is destroyed, waits for the check to end.)
        QMetaObject::invokeMethod(
            this,
            [this, generation, intact = problem.isEmpty()] {
                if (generation != m_generation)
                    return;
                if (!intact) {
                    Q_EMIT damaged(m_ctx->db().writable().error().message);
                    return;
                }
                // The catching up left while the check ran is done now.
                if (m_catchUpLeft)
                    reload();
            },
            Qt::QueuedConnection);
    });
}

void Session::switchTo(std::unique_ptr<AppContext> ctx)
{
    m_settle.stop();
    m_announced.stop();
    m_watcher.reset();
    m_ctx->db().setCommitListener({});
    m_ctx = std::move(ctx);
    m_actor = Actor();
    m_grants = Grants();
    // The clock of the database opened is caught up once its check finds it intact.
    m_catchUpLeft = m_ctx->db().integrityVerdictPending();
    watch();
    startCheck();
    Q_EMIT databaseChanged();
    Q_EMIT userChanged();
}

QString Session::roleAt(Id locationId) const
{
    QStringList roles;
    if (m_grants.accountAdmin)
        roles.append(roleLabel(Role::AccountAdmin));
    if (m_grants.presenter)
        roles.append(roleLabel(Role::Presenter));
    if (m_grants.adminOf.contains(locationId))
        roles.append(roleLabel(Role::IncentivesAdmin));
    if (m_grants.userOf.contains(locationId))
        roles.append(roleLabel(Role::IncentivesUser));
    return roles.isEmpty() ? QCoreApplication::translate("Session", "no role")
                           : roles.join(QStringLiteral(", "));
}

QString Session::rolesSummary() const
{
    QStringList roles;
    if (m_grants.accountAdmin)
        roles.append(roleLabel(Role::AccountAdmin));
    if (m_grants.presenter)
        roles.append(roleLabel(Role::Presenter));
    return roles.join(QStringLiteral(", "));
}

void Session::loadGrants()
{
    if (signedIn())
        if (auto g = m_ctx->grants(m_actor))
            m_grants = *g;
    m_permissions = permissionsOf(m_grants, m_ctx->clock().isDemo());
}

Result<bool> Session::signIn(const QString& email, const QString& password)
{
    auto signedIn = AuthService(*m_ctx).signIn(email, password);
    if (!signedIn)
        return signedIn.error();
    auto grants = m_ctx->grants(signedIn->actor);
    if (!grants)
        return grants.error();
    m_actor = signedIn->actor;
    m_grants = *grants;
    m_permissions = permissionsOf(m_grants, m_ctx->clock().isDemo());
    Q_EMIT userChanged();
    reload();
    return signedIn->mustChangePassword;
}

Status Session::replaceDatabase(const Replacement& replacement)
{
    const QString path = m_ctx->db().path();
    const QString email = m_actor.email;
    m_settle.stop();
    m_announced.stop();
    m_watcher.reset();
    m_ctx.reset();
    const Status replaced = replacement.carryOut(path);
    auto reopened = AppContext::open(path, Database::OpenMode::MustExist);
    if (!reopened)
        return reopened.error();
    m_ctx = std::move(reopened).value();
    m_actor = Actor();
    m_grants = Grants();
    // The clock of the database opened is caught up once its check finds it intact.
    m_catchUpLeft = m_ctx->db().integrityVerdictPending();
    watch();
    startCheck();
    if (!email.isEmpty())
        (void)signIn(email); // demo users need no password; otherwise the user signs in again
    if (!signedIn())
        Q_EMIT userChanged();
    return replaced;
}

bool Session::holdsOrganization()
{
    return m_ctx->directory().organization().ok();
}

bool Session::passwordsRequired() const
{
    return AuthService(*m_ctx).passwordsRequired();
}

void Session::signOut()
{
    m_actor = Actor();
    m_grants = Grants();
    m_permissions = permissionsOf(m_grants, m_ctx->clock().isDemo());
    Q_EMIT userChanged();
}

Status Session::catchUp()
{
    Status s = Simulation(*m_ctx).catchUp();
    // On a shared server the simulated side's work is written by the logins allowed to change
    // every location (Account admins, Presenters, the owner); a person's login the server refuses
    // it to leaves it for the next of those to open the database.
    if (!s && s.error().kind == ErrorKind::Denied && m_ctx->db().isPersonLogin()) {
        qCInfo(lcServices) << "catching up is left to an organization-wide login:" << s.error().message;
        return {};
    }
    return s;
}

void Session::reloadNow()
{
    reload();
}

void Session::reload()
{
    if (m_reloading)
        return;
    m_reloading = true;
    ++m_changeCount;
    m_announced.stop();
    // Until the file's check has its verdict nothing is written: the catching up (the simulated
    // side's work, due reminders) waits for it rather than the window.
    m_catchUpLeft = m_ctx->db().integrityVerdictPending();
    if (!m_catchUpLeft)
        if (auto s = catchUp(); !s)
            Q_EMIT failed(s.error().message);
    loadGrants();
    m_reloading = false;
    Q_EMIT changed();
}

} // namespace incentives
