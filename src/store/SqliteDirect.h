#pragma once

// THE SQLITE C API CORNER (see SqliteDirect.cpp): the bulk paths of store/Bulk.h on SQLite, run
// straight through the engine on the connection Qt Sql opened. Only store/Bulk.cpp includes this.

#include "store/Bulk.h"

namespace incentives::sqlitedirect {

// A reader of sql run on db's own connection, with values bound in order as Database::exec binds
// them. A null reader (and no error) when the connection's engine handle cannot be reached: the
// caller then reads through Qt Sql.
Result<std::unique_ptr<RowReader>> read(Database& db, const QString& sql, const QVariantList& values);

// An INSERT (without RETURNING) into a table whose id is its rowid, prepared once on db's own
// connection; null as above.
Result<std::unique_ptr<BulkInsert>> prepareInsert(Database& db, const QString& insert);

} // namespace incentives::sqlitedirect
