#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QSqlError;

namespace incentives {

enum class Backend
{
    Sqlite,
    Postgres
};

// Everything that differs between the SQL dialects. The rest of the store writes portable SQL
// (the subset both SQLite 3.40 and PostgreSQL 15 accept) and asks this class for the rest.
class Dialect
{
public:
    explicit Dialect(Backend backend) : m_backend(backend) {}
    Backend backend() const { return m_backend; }

    // Replaces the schema placeholders ${ID} (an auto-numbered primary key) and ${BLOB} (a column of
    // bytes: BLOB on SQLite, BYTEA on PostgreSQL) in DDL.
    QString ddl(QString statement) const;
    // Replaces the CHECK constraint of one column. PostgreSQL swaps the constraint it named
    // <table>_<column>_check; SQLite cannot alter a constraint, so the table is rebuilt from
    // definition (its columns in today's order, with the new check) and its indexes made again.
    QStringList replaceCheck(const QString& table, const QString& column, const QString& check,
                             const QString& definition, const QStringList& indexes) const;
    // Drops the UNIQUE constraint of one column. PostgreSQL drops the constraint it named
    // <table>_<column>_key; SQLite rebuilds the table from definition (its columns in today's order)
    // and makes its indexes again. The tables that refer to it by foreign key (children: name and
    // definition) are set aside and made again after it, with their rows.
    QStringList dropUnique(const QString& table, const QString& column, const QString& definition,
                           const QStringList& indexes, const QList<QPair<QString, QString>>& children) const;
    // Starts a write transaction that takes the write lock at once: write transactions run one
    // after another on both backends, so a service's checks and its writes see one state.
    QStringList beginWrite() const;
    QString beginRead() const;
    QString likeOperator() const; // case-insensitive LIKE
    // Written after a table's name in FROM: the index a statement reads that table through (SQLite's
    // INDEXED BY, which fails the statement if the index cannot serve it); nothing on PostgreSQL,
    // whose planner weighs its own statistics.
    QString indexHint(const QString& index) const;
    // The index SQLite made for enrollments' UNIQUE (program_id, location_id), for indexHint();
    // PostgreSQL names its own and takes no hint.
    QString enrollmentKeyIndex() const;
    // A SELECT whose rows are all read first, then ordered: PostgreSQL, which takes no index hint,
    // gets it as a subquery it may not merge with the order (OFFSET 0), so that its planner cannot
    // walk the order's index instead; SQLite, told the index by indexHint(), gets it as it is.
    QString readBeforeOrder(const QString& select, const QString& orderBy) const;
    // Indexes for a search's case-insensitive LIKE '%text%' over the location names and PartnerIDs
    // (trigram indexes of PostgreSQL's pg_trgm extension, which a database owner may install), each
    // statement safe to run where the extension cannot be had: then it makes nothing. Empty on
    // SQLite, whose LIKE has no such index.
    QStringList textSearchIndexes() const;
    // A set of ids bound as ONE value, for "column IN (<idSet()>)" with idSetValue(ids) bound in
    // its place: the statement's text and its parse do not grow with the number of ids, and no
    // backend limit on bound values is reached.
    QString idSet() const;
    QVariant idSetValue(const QList<qint64>& ids) const;
    // The server's estimate of how many rows `table` holds, one value (negative: none yet), for a
    // plan's arithmetic where a count under row-level security would read the whole table. Empty
    // on SQLite, which counts a table from its smallest index at once.
    QString rowEstimate(const QString& table) const;
    // Closes the open actions of the given kinds (one comma-separated value) linked through
    // `column` to one enrollment or profile, for every person they were sent to; bound values: the
    // time, the id, the kinds, and with `withDue` the date before which they fall due. The number
    // closed is the statement's one row where it is a query, else the rows it changed. On a shared server a
    // person's login sees only their own messages, so the server closes them for whoever may act on what they
    // are about.
    QString closeActions(const QString& column, bool withDue) const;
    // Statements run once on every new connection.
    QStringList connectionSetup() const;
    // How long a connection waits for another's lock before it reports busy; run before anything
    // else is read, as it writes nothing. Empty where the backend sets it otherwise.
    QString busyTimeout() const;
    // Statements that make a table append-only.
    QStringList appendOnly(const QString& table) const;
    // A statement that writes a consistent copy of the database to the file bound as its one
    // value; empty where the backend has none.
    QString copyToFile() const;
    // Folds the write-ahead log into the main file, so that one file is the whole database; empty
    // where the backend has no such thing.
    QString checkpoint() const;
    // The engine's own consistency checks: each returns one row per problem found (SQLite's
    // integrity check returns the single row "ok" when there is none).
    QString integrityCheck() const;
    QString foreignKeyCheck() const;
    // Every schema object the database holds as rows of (type, name, definition); empty where the
    // backend keeps no definitions to compare.
    QString schemaObjects() const;
    // The statements that create a table's secondary indexes, as rows of (name, definition), the
    // table's name bound as the one value; empty where the backend keeps no definitions (bulk
    // loads there keep their indexes).
    QString secondaryIndexes() const;
    // A quicker structural check, for every open: "ok" or the first problem.
    QString quickCheck() const;
    // Reads and writes the schema version.
    QString readSchemaVersion() const;
    QString writeSchemaVersion(int version) const;
    QString writeApplicationId(int id) const;
    QString readApplicationId() const;
    QString countTables() const;
    // Creates where the schema version is kept; empty where the engine keeps it itself.
    QString createSchemaVersionTable() const;
    // Sent inside every write transaction, so that other clients hear of the change when it
    // commits; empty where the backend has no notifications.
    QString notifyChange() const;
    // After rows were copied in with their ids: the next generated id follows the largest one.
    QString resetIdentity(const QString& table) const;
    // Removes every table of ours (in an order that foreign keys allow) and what the schema
    // created beside them, so that a server database can be rebuilt in one transaction.
    QStringList dropSchema(const QStringList& tablesInOrder) const;
    // Run after many rows were copied in (outside any transaction), so that the planner knows them
    // and counts can be answered from the indexes; empty where nothing is needed.
    QString afterBulkLoad() const;
    // A number that changes when another connection commits; empty where notifications tell it.
    QString dataVersion() const;
    // Prefixed to a query: its plan instead of its rows.
    QString explain() const;
    // Whether the planner keeps statistics (SQLite: once ANALYZE ran; PostgreSQL: always).
    QString hasStatistics() const;
    // Statistics for new indexes of the enrollments table.
    QStringList refreshStatistics(const QStringList& indexes) const;
    static QString changeChannel() { return QStringLiteral("incentives_desk_changes"); }

    // Error classification, from the driver's native error codes.
    bool isBusy(const QSqlError& error) const;
    bool isUniqueViolation(const QSqlError& error) const;
    bool isDiskFull(const QSqlError& error) const;
    bool isReadOnly(const QSqlError& error) const;
    // The server refused for lack of a privilege or by a row-level security policy.
    bool isRefused(const QSqlError& error) const;
    // The relation to read a table's rows from: on a server, a view that masks what the login may
    // not read (store/PgSecurity.cpp).
    QString readable(const QString& table) const;
    // Sets the password of a user's server login (bound: user id, password); empty on a file.
    QString setLoginPassword() const;
    // Whether a location (bound twice: its PartnerID) exists but is hidden from the login; empty on
    // a file.
    QString locationHidden() const;

private:
    Backend m_backend;
};

} // namespace incentives
