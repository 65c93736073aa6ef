#pragma once

#include "core/Result.h"

#include <QString>

namespace incentives {
class Database;

namespace migrations {

struct Step
{
    enum Scope
    {
        Everywhere,
        ServerOnly, // changes nothing in a file: no copy of the file is kept before it
    };
    int version;         // the schema version this step produces
    const char* summary; // what it changes
    Status (*apply)(Database& db);
    Scope scope = Everywhere;
};

const QList<Step>& steps();

// Brings the database up to Database::kSchemaVersion: each missing step in order, all in one
// transaction that rolls back on any failure. Before upgrading a database that already holds
// data in a file, a copy is written beside it (FILE.before-vN) unless every missing step is a
// server's alone.
Status upgrade(Database& db);

// The steps after version `from`, inside the caller's write transaction (from 0: the whole schema).
Status applySteps(Database& db, int from);

// How the database's schema objects (tables, indexes, the audit log's append-only triggers)
// differ from what this version creates: one line per object missing, altered or unexpected;
// empty when they match. Only database files keep comparable definitions; a server's list is empty.
Result<QStringList> schemaDifferences(Database& db);

} // namespace migrations
} // namespace incentives
