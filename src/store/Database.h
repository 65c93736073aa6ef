#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/Dialect.h"

#include <QVariant>

#include <functional>
#include <memory>

// Qt Sql stays inside the store: the layers above see these names only.
class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace incentives {

// Where a database lives: a file (SQLite), or a PostgreSQL server named by a URL
// postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=MODE&connect_timeout=SECONDS&sandbox=NAME].
struct DatabaseLocation
{
    Backend backend = Backend::Sqlite;
    QString file; // SQLite: the absolute file path
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // from the URL, when it carries one (discouraged: it shows in process lists)
    QString sslMode;  // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full
    int connectTimeout = 10;
    // A classroom sandbox: a schema of its own in the database, holding a whole organization
    // (store/Sandboxes.h). Empty: the database's main organization.
    QString sandbox;

    static bool isServer(const QString& text);
    static Result<DatabaseLocation> parse(const QString& text);
    // The location as a user should see it: the path, or the URL without its password.
    QString display() const;
    bool isFile() const { return backend == Backend::Sqlite; }
};

// One connection to an Incentives Desk database. Not shared between threads: a thread that
// needs the database opens its own.
class Database
{
public:
    enum class OpenMode
    {
        CreateIfMissing, // a missing file is created with the current schema
        MustExist,       // a missing file is an error
    };

    static constexpr int kSchemaVersion = 18;
    static constexpr int kApplicationId = 0x49444b31; // "IDK1"
    // Files up to this size get a structural check (PRAGMA quick_check) every time they are opened,
    // unless the check is deferred (below); larger ones on demand (File → Check the database,
    // incentives-cli check).
    static constexpr qint64 kQuickCheckOnOpenBytes = 256LL * 1024 * 1024;

    // The engine's quick structural check: empty when all is well, else the first problem.
    QString quickCheckProblem();

    // With the check deferred (the desktop app), opening a file checks nothing beyond its header
    // and identity, whatever its size, so that opening never depends on the file's size; the
    // check runs later on a thread of its own (startIntegrityCheck). Until its verdict is in,
    // nothing is written, and a damaged file refuses every write: nothing is ever written to a
    // damaged file. A file that needs an upgrade is still checked before it is upgraded.
    static void setIntegrityCheckDeferred(bool deferred);
    static bool integrityCheckDeferred();
    // Starts the deferred check on a connection of its own; done(problem) is called on that
    // thread when the verdict is in (problem empty: intact). Does nothing when there is nothing to
    // check or the check has started already (done is then not called).
    void startIntegrityCheck(std::function<void(const QString& problem)> done);
    // Whether writes may go ahead; every Transaction asks first. A damaged file refuses every
    // write. Before the check has started it runs here, and the write waits for it (the sign-in
    // before the window opens). Once it runs in the background, a write waits a quarter of a
    // second at most and is then refused with the reason: on a file of millions of rows the check
    // takes a minute, and a window must not freeze for it.
    Status writable();
    // Whether the deferred check has yet to give its verdict: nothing may be written until then.
    bool integrityVerdictPending();

    // Opens (and if needed creates or upgrades) the database at a file path or a postgresql:// URL.
    // A database written by a newer version, or one that is not an Incentives Desk database, is
    // refused untouched. On a server, CreateIfMissing creates the schema in an empty database (the
    // database itself is the server administrator's to create).
    static Result<std::unique_ptr<Database>> open(const QString& location, OpenMode mode);

    // Whether opening the file at path would upgrade it first (its structure checked, a copy kept
    // beside it, then every step of the upgrade): read from the file's header without opening it,
    // so that a caller can do that work away from a window. False for anything else (a server, a
    // current, newer, foreign or unreadable file), which open() judges as usual.
    static bool fileNeedsUpgrade(const QString& path);

    // Keeps a server password in this process's memory for later connections to the same location
    // (the count worker's, a reconnect), so that it is asked for once. Never written anywhere.
    static void rememberPassword(const QString& location, const QString& password);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const Dialect& dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    // The file path, or the server URL without its password: what other connections open.
    QString path() const { return m_path; }
    bool isFile() const { return m_dialect.backend() == Backend::Sqlite; }
    // On a server where each person has a login of their own: the user this connection's login
    // stands for (0 when it stands for nobody), and whether it is a person's login at all (false
    // for the schema's owner, and always on a file).
    Id loginUserId() const { return m_loginUserId; }
    bool isPersonLogin() const { return m_personLogin; }
    // A person's login finds the locations a search text matches through the server's function
    // for it (schema version 17), which reads the trigram indexes row-level security keeps from
    // the login's own statements.
    bool searchesThroughServer() const { return m_serverSearch; }
    // The classroom sandbox this connection works in; empty for the main organization (and files).
    QString sandbox() const { return m_sandbox; }

    // Prepares, binds in order and runs a statement.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    // For statements that return nothing of interest.
    Status run(const QString& sql, const QVariantList& values = {});
    // Bulk loading, inside a write transaction: drops the tables' secondary indexes and returns
    // the statements that build them again, to run once the rows are in (one sorted pass per
    // index instead of a B-tree insert per row). Backends that cannot list them keep them.
    Result<QStringList> dropSecondaryIndexes(const QStringList& tables);
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {});

    // A value ready to bind: a null QString binds as SQL NULL, so only a deliberately null QVariant
    // should; every other string binds as text.
    static QVariant bindable(const QVariant& value);

    // Turns a driver error into a message a user can act on.
    Error storageError(const QSqlError& error) const;

    // Writes a consistent copy of the whole database to a new file.
    Status backupTo(const QString& targetPath);

    int schemaVersion();
    // Folds the write-ahead log into the file (before a file is moved into place).
    void checkpoint();

    // Called after every transaction this connection commits, so that a change announces itself.
    void setCommitListener(std::function<void()> listener) { m_committed = std::move(listener); }
    void announceCommit()
    {
        if (m_committed)
            m_committed();
    }

private:
    Database(QString connectionName, QString path, Backend backend);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, OpenMode mode);
    static Result<std::unique_ptr<Database>> openServer(const DatabaseLocation& location, OpenMode mode);
    Status prepareAndUpgrade();
    Error damagedError(const QString& problem) const;

    struct IntegrityCheck;
    std::unique_ptr<IntegrityCheck> m_check; // the deferred check; null when there is none

    QString m_connectionName;
    QString m_path;
    bool m_heldFile = false; // counted among the files this process holds open
    Id m_loginUserId = 0;
    bool m_personLogin = false;
    bool m_serverSearch = false;
    QString m_sandbox;
    Dialect m_dialect;
    std::function<void()> m_committed;
};

} // namespace incentives
