#include "gui/Session.h"

#include "services/AuthService.h"
#include "services/Simulation.h"
#include "store/ChangeWatcher.h"

namespace incentives::gui {

Session::Session(std::unique_ptr<AppContext> ctx, QObject* parent) : QObject(parent), m_ctx(std::move(ctx))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        refresh();
        Q_EMIT changedElsewhere();
    });
    watch();
}

Session::~Session() = default;

void Session::watch()
{
    m_watcher = std::make_unique<ChangeWatcher>(m_ctx->db());
    connect(m_watcher.get(), &ChangeWatcher::changedElsewhere, &m_settle, qOverload<>(&QTimer::start));
}

void Session::switchTo(std::unique_ptr<AppContext> ctx)
{
    m_settle.stop();
    m_watcher.reset();
    m_ctx = std::move(ctx);
    m_actor = Actor();
    m_grants = Grants();
    watch();
    Q_EMIT databaseChanged();
    Q_EMIT userChanged();
}

QString Session::roleAt(Id locationId) const
{
    QStringList roles;
    if (m_grants.accountAdmin)
        roles.append(roleLabel(Role::AccountAdmin));
    if (m_grants.adminOf.contains(locationId))
        roles.append(roleLabel(Role::IncentivesAdmin));
    if (m_grants.userOf.contains(locationId))
        roles.append(roleLabel(Role::IncentivesUser));
    return roles.isEmpty() ? tr("no role") : roles.join(QStringLiteral(", "));
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
    Q_EMIT userChanged();
    refresh();
    return signedIn->mustChangePassword;
}

Status Session::replaceDatabase(const std::function<Status(const QString& path)>& replace)
{
    const QString path = m_ctx->db().path();
    const QString email = m_actor.email;
    m_settle.stop();
    m_watcher.reset();
    m_ctx.reset();
    const Status replaced = replace(path);
    auto reopened = AppContext::open(path, Database::OpenMode::MustExist);
    if (!reopened)
        return reopened.error();
    m_ctx = std::move(reopened).value();
    watch();
    m_actor = Actor();
    m_grants = Grants();
    if (!email.isEmpty())
        (void)signIn(email); // demo users need no password; otherwise the user signs in again
    if (!signedIn())
        Q_EMIT userChanged();
    return replaced;
}

bool Session::passwordsRequired() const
{
    return AuthService(*m_ctx).passwordsRequired();
}

void Session::signOut()
{
    m_actor = Actor();
    m_grants = Grants();
    Q_EMIT userChanged();
}

void Session::refresh()
{
    if (auto s = Simulation(*m_ctx).catchUp(); !s)
        Q_EMIT failed(s.error().message);
    if (signedIn()) {
        if (auto g = m_ctx->grants(m_actor))
            m_grants = *g;
    }
    Q_EMIT changed();
}

} // namespace incentives::gui
