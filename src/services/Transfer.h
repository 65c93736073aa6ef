#pragma once

#include "services/AppContext.h"
#include "store/Copy.h"

// Moving a whole organization between databases: a file to a PostgreSQL server, a server back to
// a file, or any other pair.
namespace incentives::transfer {

struct Report
{
    QList<copying::TableCount> source; // rows per table read from the source
    QList<copying::TableCount> target; // rows per table found in the target afterwards
};

// Copies everything in source into the database at target, which must be new or empty. Only an
// Account admin moves the organization's data. The source is read in one consistent snapshot; the
// target is written in one transaction, its row counts are compared with the source's before it
// commits, and the move is recorded in the target's audit log. On any failure the target is left
// as it was (a file the copy created is removed).
Result<Report> migrate(AppContext& source, const Actor& actor, const QString& target);

} // namespace incentives::transfer
