#include "services/AuthService.h"

#include "services/Passwords.h"

#include <QCoreApplication>

namespace incentives {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)
};

Error wrongCredentials()
{
    return makeError(ErrorKind::Denied, Tr::tr("The email address or the password is not right."));
}

// Throttling runs on the wall clock, not the demo clock a presenter can move.
qint64 wallClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

// What the audit log may say about an address someone typed.
QString printableEmail(const QString& email)
{
    QString out;
    for (QChar c : email.left(100))
        out += c.isPrint() ? c : QChar(0xFFFD);
    return out;
}

} // namespace

bool AuthService::passwordsRequired() const
{
    return !m_ctx.clock().isDemo();
}

Result<SignedIn> AuthService::signIn(const QString& email, const QString& password)
{
    const QString key = email.trimmed().toLower();
    // On a shared server each person connects with a login of their own: it signs in as that
    // person only, whatever email is typed.
    if (m_ctx.db().isPersonLogin()) {
        auto user = m_ctx.directory().userByEmail(key);
        if (!user || user->id != m_ctx.db().loginUserId()) {
            passwords::burnVerification(password);
            return wrongCredentials();
        }
    }
    // A demo user without a password just acts: no credential was checked, nothing to record.
    if (!passwordsRequired()) {
        auto user = m_ctx.directory().userByEmail(key);
        if (user && user->active && user->passwordHash.isEmpty())
            return SignedIn{Actor{user->id, user->email, user->name}, false};
    }
    Result<SignedIn> outcome = wrongCredentials();
    {
        Transaction tx(m_ctx.db());
        if (!tx.active())
            return tx.error();
        auto failures = m_ctx.directory().signInFailures(key);
        if (!failures)
            return failures.error();
        const qint64 wait = failures->second - wallClock();
        if (wait > 0)
            return makeError(ErrorKind::Denied,
                             Tr::tr("Too many failed sign-ins: wait %1 seconds and try again.").arg(wait));
        auto user = m_ctx.directory().userByEmail(key);
        bool ok = false;
        if (!user || !user->active) {
            passwords::burnVerification(password);
        } else if (user->passwordHash.isEmpty()) {
            ok = !passwordsRequired(); // demo users sign in without a password
            if (!ok)
                passwords::burnVerification(password);
        } else {
            ok = passwords::verify(user->passwordHash, password);
        }
        if (!ok) {
            const int count = failures->first + 1;
            const qint64 delay =
                count < kFreeAttempts
                    ? 0
                    : qMin<qint64>(kMaxDelaySeconds, kFirstDelaySeconds << qMin(count - kFreeAttempts, 20));
            if (auto s = m_ctx.directory().setSignInFailures(key, count, delay ? wallClock() + delay : 0); !s)
                return s.error();
            Actor anonymous{0, printableEmail(key), {}};
            if (auto s = m_ctx.audit(anonymous, QStringLiteral("sign-in.failed"), {}, {},
                                     QStringLiteral("attempt %1").arg(count));
                !s)
                return s.error();
        } else {
            if (failures->first > 0)
                if (auto s = m_ctx.directory().setSignInFailures(key, 0, 0); !s)
                    return s.error();
            if (!user->passwordHash.isEmpty() && passwords::needsRehash(user->passwordHash)) {
                auto fresh = passwords::hash(password);
                if (fresh)
                    if (auto s = m_ctx.directory().setPassword(user->id, *fresh, user->mustChangePassword);
                        !s)
                        return s.error();
            }
            const Actor actor{user->id, user->email, user->name};
            if (auto s = m_ctx.audit(actor, QStringLiteral("sign-in")); !s)
                return s.error();
            outcome = SignedIn{actor, user->mustChangePassword};
        }
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return outcome;
}

Result<Done> AuthService::changePassword(const Actor& actor, const QString& current, const QString& next)
{
    return m_ctx.change<Done>(actor, QStringLiteral("password.change"), [&](const Grants& g) -> Result<Done> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        auto user = m_ctx.directory().user(actor.userId);
        if (!user)
            return user.error();
        if (!user->passwordHash.isEmpty() && !passwords::verify(user->passwordHash, current))
            return makeError(ErrorKind::Denied, Tr::tr("The current password is not right."),
                             QStringLiteral("current"));
        if (auto s = passwords::checkStrength(next); !s)
            return s.error();
        if (next == current)
            return makeError(ErrorKind::Invalid, Tr::tr("Choose a password different from the current one."),
                             QStringLiteral("password"));
        auto hashed = passwords::hash(next);
        if (!hashed)
            return hashed.error();
        if (auto s = m_ctx.directory().setPassword(user->id, *hashed, false); !s)
            return s.error();
        if (auto s = m_ctx.audit(actor, QStringLiteral("password.changed")); !s)
            return s.error();
        return Done{};
    });
}

Result<QString> AuthService::resetPassword(const Actor& actor, const QString& email)
{
    return m_ctx.change<QString>(
        actor, QStringLiteral("password.reset"), [&](const Grants& g) -> Result<QString> {
            if (auto s = authorize(g, Action::ManageUsers); !s)
                return s.error();
            auto user = m_ctx.directory().userByEmail(email);
            if (!user)
                return user.error();
            const QString temporary = passwords::temporary();
            auto hashed = passwords::hash(temporary);
            if (!hashed)
                return hashed.error();
            if (auto s = m_ctx.directory().setPassword(user->id, *hashed, true); !s)
                return s.error();
            if (auto s = m_ctx.directory().setLoginPassword(user->id, temporary); !s)
                return s.error();
            if (auto s = m_ctx.audit(actor, QStringLiteral("password.reset"), {}, {}, user->email); !s)
                return s.error();
            return temporary;
        });
}

} // namespace incentives
