#include "gui/ServerConnections.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <qt6keychain/keychain.h>

namespace incentives::gui {
namespace {

const QString kService = QStringLiteral("incentives-desk");

// Runs a keychain job to its end; a keychain that never answers counts as none.
bool runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

QString ServerProfile::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(host);
    u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("sslmode"), sslMode);
        u.setQuery(q);
    }
    // The same spelling the store uses, so that remembered passwords and keychain entries match.
    auto parsed = DatabaseLocation::parse(u.toString());
    return parsed ? parsed->display() : u.toString();
}

ServerProfile ServerProfile::fromUrl(const QString& url)
{
    ServerProfile p;
    auto l = DatabaseLocation::parse(url);
    if (!l || l->isFile())
        return p;
    p.host = l->host;
    p.port = l->port;
    p.database = l->database;
    p.user = l->user;
    p.sslMode = l->sslMode.isEmpty() ? QStringLiteral("prefer") : l->sslMode;
    p.name = QCoreApplication::translate("ConnectDialog", "%1 on %2").arg(p.database, p.host);
    return p;
}

namespace serverprofiles {

QList<ServerProfile> load()
{
    QSettings settings;
    QList<ServerProfile> profiles;
    const int n = settings.beginReadArray(QStringLiteral("servers"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.sslMode = settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")).toString();
        p.keepPassword = settings.value(QStringLiteral("keepPassword"), false).toBool();
        if (!p.name.isEmpty())
            profiles.append(p);
    }
    settings.endArray();
    return profiles;
}

void save(const QList<ServerProfile>& profiles)
{
    QSettings settings;
    settings.remove(QStringLiteral("servers"));
    settings.beginWriteArray(QStringLiteral("servers"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile& p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("sslmode"), p.sslMode);
        settings.setValue(QStringLiteral("keepPassword"), p.keepPassword);
    }
    settings.endArray();
}

void remember(const ServerProfile& profile)
{
    QList<ServerProfile> profiles = load();
    bool replaced = false;
    for (ServerProfile& p : profiles)
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    if (!replaced)
        profiles.append(profile);
    save(profiles);
}

void forget(const QString& name)
{
    QList<ServerProfile> profiles = load();
    profiles.removeIf([&](const ServerProfile& p) { return p.name == name; });
    save(profiles);
}

} // namespace serverprofiles

namespace keychain {

Result<QString> readPassword(const QString& url)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(url);
    if (!runJob(job))
        return makeError(ErrorKind::NotFound, job.errorString());
    return job.textData();
}

Status writePassword(const QString& url, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(url);
    job.setTextData(password);
    if (!runJob(job))
        return makeError(ErrorKind::Storage, job.errorString());
    return {};
}

void deletePassword(const QString& url)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(url);
    runJob(job);
}

} // namespace keychain
} // namespace incentives::gui
