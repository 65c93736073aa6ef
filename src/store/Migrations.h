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
        ServerOnly, // changes nothing in a file, which stays at the version before it
    };
    int version;         // the schema version this step produces
    const char* summary; // what it changes
    Status (*apply)(Database& db);
    Scope scope = Everywhere;
};

const QList<Step>& steps();
// The version a file is current at: the last step that changes a file (a file at it needs none of
// the steps for servers alone after it, and is neither upgraded nor copied for them).
int currentFileVersion();

// Brings the database up to Database::kSchemaVersion: each missing step in order, all in one
// transaction that rolls back on any failure. Before upgrading a database that already holds
// data in a file, a copy is written beside it (FILE.before-vN). A file at currentFileVersion() is
// left as it is.
Status upgrade(Database& db);

// The steps after version `from`, inside the caller's write transaction (from 0: the whole schema).
Status applySteps(Database& db, int from);

// How the database's schema objects (tables, indexes, the audit log's append-only triggers)
// differ from what this version creates: one line per object missing, altered or unexpected;
// empty when they match. Only database files keep comparable definitions; a server's list is empty.
Result<QStringList> schemaDifferences(Database& db);

} // namespace migrations
} // namespace incentives
