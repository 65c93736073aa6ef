#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QByteArrayView>
#include <QVariant>

#include <memory>
#include <optional>

namespace incentives {

class Database;

// Bulk paths that read or write many rows without a QVariant and a UTF-16 string per cell where the
// backend allows it. On SQLite they run straight through the engine's C API on the connection's own
// handle (store/SqliteDirect.cpp, the one place that speaks it), so they take part in the
// connection's open transaction like any other statement; on PostgreSQL they run through Qt Sql.
// Either way a caller sees the same values, byte for byte.

// The rows of one statement, read forward only. Every accessor answers what Qt Sql's
// QSqlQuery::value(column) would have answered for the current row.
class RowReader
{
public:
    // Prepares sql and runs it with values bound in order, as Database::exec binds them.
    static Result<std::unique_ptr<RowReader>> run(Database& db, const QString& sql,
                                                  const QVariantList& values = {});
    virtual ~RowReader() = default;

    // Steps to the next row: false after the last one, or on an error (which error() then holds).
    virtual bool next() = 0;
    virtual std::optional<Error> error() const = 0;
    // Whether the rows come straight from the engine (SQLite's C API) rather than through Qt Sql.
    virtual bool direct() const = 0;

    // value(column).isNull()
    virtual bool isNull(int column) = 0;
    // value(column).toLongLong()
    virtual qint64 integer(int column) = 0;
    // value(column).toString().toUtf8(), valid until the next call on this reader.
    virtual QByteArrayView utf8(int column) = 0;
    // value(column).toString()
    virtual QString string(int column) = 0;
};

// One INSERT statement (without RETURNING), prepared once and run for row after row inside the
// caller's transaction.
class BulkInsert
{
public:
    static Result<std::unique_ptr<BulkInsert>> prepare(Database& db, const QString& insert);
    virtual ~BulkInsert() = default;

    // Runs the statement once with values bound in order, as Database::exec binds them; returns the
    // new row's id.
    virtual Result<Id> insert(const QVariantList& values) = 0;
    // Whether the rows go straight to the engine (SQLite's C API) rather than through Qt Sql.
    virtual bool direct() const = 0;
};

// The string whose toUtf8() is utf8 (well-formed UTF-8): QString::fromUtf8 but for a leading byte
// order mark, which it drops and this keeps.
QString fromUtf8Exactly(QByteArrayView utf8);

// Whether a SQLite database is read and written through the engine's C API where these classes
// can (the default), or through Qt Sql as on a server. Tests compare the two paths.
void setSqliteDirect(bool direct);
bool sqliteDirect();

} // namespace incentives
