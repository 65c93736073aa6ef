#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace incentives {
class Database;

// ============================================================================================
// PostgreSQL's COPY protocol, through libpq on the QPSQL connection's own handle (PGconn*), so
// that the rows go in inside the connection's current transaction, as its login. The only place
// in the program that calls the PostgreSQL C API.
// ============================================================================================
namespace pgcopy {

// Appends one row in COPY's text format to out: a null value as \N, backslash, tab, newline and
// carriage return escaped, text as UTF-8, bytes as bytea hex, booleans as 1/0 (they are INTEGER
// columns, as Database::bindable() writes them).
void appendRow(QByteArray& out, const QVariantList& row);

// Whether rows can go into `table` on db with COPY: a PostgreSQL connection whose libpq handle is
// reachable, idle and in UTF-8, and a login that row-level security does not filter on that
// table. (COPY FROM refuses such a login outright; its rows go through INSERT, where the policies
// decide row by row.)
bool usable(Database& db, const QString& table);

// Whether usable() may say yes at all (on by default). Off, every copy goes through INSERT: for
// measuring the one against the other.
void setEnabled(bool enabled);

// One COPY table(columns) FROM STDIN in progress on db's connection. Nothing else may run on that
// connection until it is finished or destroyed.
class Stream
{
public:
    static Result<std::unique_ptr<Stream>> open(Database& db, const QString& table,
                                                const QStringList& columns);
    // A stream left unfinished is abandoned: the server fails the COPY, and so the transaction.
    ~Stream();
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;

    Status write(const QVariantList& row);
    // Ends the COPY and returns the rows the server took; on any failure the transaction is
    // left failed, for the caller to roll back.
    Result<qint64> finish();

private:
    struct Private;
    explicit Stream(std::unique_ptr<Private> d);
    Status flush();
    Error failure() const;

    std::unique_ptr<Private> d;
};

} // namespace pgcopy
} // namespace incentives
