#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace incentives {
class Database;

// Whole-database copies between backends (a file and a server, or two of either), row for row
// with their ids, so that references and the audit log's hash chain stay intact.
namespace copying {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Every table of the current schema, each after the tables it refers to.
const QStringList& tables();

// Rows per table.
Result<QList<TableCount>> countRows(Database& db);

// Whether the database holds no rows at all (a schema just created).
Result<bool> isEmpty(Database& db);

// Copies every row of `from` into `to`, which must have the same schema version and no rows.
// Runs inside the caller's write transaction on `to`; reads `from` in pages of ids, so memory stays
// flat at any size. Returns the counts copied.
Result<QList<TableCount>> copyAll(Database& from, Database& to);

// copyAll() in a write transaction of its own on `to`, then afterBulkLoad().
Result<QList<TableCount>> copyInto(Database& from, Database& to);

// Runs the backend's upkeep after a bulk load (outside any transaction): statistics and
// visibility, so that counts are fast at once.
void afterBulkLoad(Database& db);

// Drops and re-creates the whole schema of `to`, then copies `from` into it: all in one write
// transaction, so that on any failure `to` stays exactly as it was. Returns the counts copied.
Result<QList<TableCount>> replaceAll(Database& from, Database& to);

} // namespace copying
} // namespace incentives
