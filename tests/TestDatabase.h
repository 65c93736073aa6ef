#pragma once

// Where a test's database lives. By default a file in the test's temporary folder; when
// INCENTIVES_TEST_POSTGRES names a PostgreSQL server (its maintenance database, e.g.
// postgresql://incentives@127.0.0.1:55432/postgres), a new database on that server instead, so
// that the same tests run against both backends.

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <QCoreApplication>
#include <QMutex>

#include <atomic>
#include <mutex>
#include <unistd.h>

namespace testdb {

inline QString server()
{
    return qEnvironmentVariable("INCENTIVES_TEST_POSTGRES");
}

inline bool onServer()
{
    return !server().isEmpty();
}

// Runs one statement on the server's maintenance database; empty on success, else the error.
inline QString runOnServer(const QString& statement)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("testdb-admin-%1").arg(counter++);
    QString error;
    {
        const QUrl url(server());
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setDatabaseName(url.path().mid(1));
        if (!c.open()) {
            error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            if (!q.exec(statement))
                error = q.lastError().text();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

inline QString serverUrlFor(const QString& database)
{
    QUrl url(server());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// A direct connection around the services, for tests that tamper with a database as an intruder
// would: QSQLITE for a file, QPSQL for a server URL. Remove it with QSqlDatabase::removeDatabase.
inline QSqlDatabase openRaw(const QString& location, const QString& connectionName)
{
    if (!location.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

// The statement that removes the audit log's guard against updates.
inline QString dropAuditGuard()
{
    return onServer() ? QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")
                      : QStringLiteral("DROP TRIGGER audit_log_no_update");
}

// A unique database name on the server, readable in its logs.
inline QString serverName(const QString& hint)
{
    static std::atomic<int> counter{0};
    QString clean = hint.toLower();
    clean.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return QStringLiteral("t%1_%2_%3").arg(::getpid()).arg(counter++).arg(clean.left(40));
}

// The databases this process made on the server and has not dropped yet.
struct Made
{
    QMutex mutex;
    QStringList names;
};

inline Made& made()
{
    static Made m;
    return m;
}

// Drops a database this process made, closing whatever connections still use it; a file is removed.
inline void discard(const QString& location)
{
    if (!location.startsWith(QLatin1String("postgresql://"))) {
        QFile::remove(location);
        return;
    }
    const QString database = QUrl(location).path().mid(1);
    {
        QMutexLocker lock(&made().mutex);
        if (!made().names.removeOne(database))
            return;
    }
    const QString error =
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    if (!error.isEmpty())
        qWarning("Cannot drop the test database %s: %s", qPrintable(database), qPrintable(error));
}

// Drops every database this process made and still holds; called when the application ends, so that
// a run's server keeps only the databases in use.
inline void discardAll()
{
    QStringList names;
    {
        QMutexLocker lock(&made().mutex);
        names = made().names;
    }
    for (const QString& name : std::as_const(names))
        discard(serverUrlFor(name));
}

inline void remember(const QString& database)
{
    static std::once_flag registered;
    std::call_once(registered, [] { qAddPostRoutine(discardAll); });
    QMutexLocker lock(&made().mutex);
    made().names.append(database);
}

// A new, empty database: the file `name` in dir, or a new database on the test server.
inline QString fresh(const QTemporaryDir& dir, const QString& name)
{
    if (!onServer()) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        return path;
    }
    const QString database = serverName(name);
    const QString error = runOnServer(QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        qFatal("Cannot create the test database %s: %s", qPrintable(database), qPrintable(error));
    remember(database);
    return serverUrlFor(database);
}

// A copy of a database no one is connected to: a file copy, or a server database made from it as
// a template.
inline QString copyOf(const QString& source, const QTemporaryDir& dir, const QString& name)
{
    if (!onServer()) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(source, path))
            qFatal("Cannot copy %s", qPrintable(source));
        return path;
    }
    const QString database = serverName(name);
    const QString error = runOnServer(
        QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(database, QUrl(source).path().mid(1)));
    if (!error.isEmpty())
        qFatal("Cannot copy the test database %s: %s", qPrintable(source), qPrintable(error));
    remember(database);
    return serverUrlFor(database);
}

} // namespace testdb

// Skips a test that is about database files (backups, damaged files, snapshots beside the file)
// when the suite runs against a server.
#define SKIP_ON_SERVER(why)                                                                                  \
    do {                                                                                                     \
        if (testdb::onServer())                                                                              \
            QSKIP(why);                                                                                      \
    } while (false)
