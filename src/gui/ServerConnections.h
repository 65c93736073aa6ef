#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace incentives::gui {

// A saved way to reach a shared PostgreSQL database. Kept in the user's settings without any
// password; a password the user chose to keep lives in the desktop's keychain.
struct ServerProfile
{
    QString name;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");
    bool keepPassword = false;

    // postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE, without a password.
    QString url() const;
    static ServerProfile fromUrl(const QString& url);
};

namespace serverprofiles {
QList<ServerProfile> load();
void save(const QList<ServerProfile>& profiles);
// Adds the profile, or replaces the one with its name.
void remember(const ServerProfile& profile);
void forget(const QString& name);
} // namespace serverprofiles

// The desktop's keychain (Secret Service, KWallet) through QtKeychain. Each call waits for the
// keychain's answer; where there is no keychain they fail with its message and nothing is stored.
namespace keychain {
Result<QString> readPassword(const QString& url);
Status writePassword(const QString& url, const QString& password);
void deletePassword(const QString& url);
} // namespace keychain

} // namespace incentives::gui
