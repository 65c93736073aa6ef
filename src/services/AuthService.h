#pragma once

#include "services/AppContext.h"

namespace incentives {

struct SignedIn
{
    Actor actor;
    bool mustChangePassword = false;
};

// Signing in and passwords. A wrong email and a wrong password get the same answer; failures are
// counted per email typed and slow further attempts down; every success and failure is audited.
// In a demo database, users who have no password sign in without one.
class AuthService
{
public:
    explicit AuthService(AppContext& ctx) : m_ctx(ctx) {}

    // Whether this database asks for passwords at all (it does unless it is a demo).
    bool passwordsRequired() const;
    Result<SignedIn> signIn(const QString& email, const QString& password);
    Result<Done> changePassword(const Actor& actor, const QString& current, const QString& next);
    // Account admins: a new temporary password for a user, shown once.
    Result<QString> resetPassword(const Actor& actor, const QString& email);

    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kFirstDelaySeconds = 5; // doubling with every further failure
    static constexpr qint64 kMaxDelaySeconds = 300;

private:
    AppContext& m_ctx;
};

} // namespace incentives
