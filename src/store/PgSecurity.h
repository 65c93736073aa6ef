#pragma once

#include "core/Result.h"

#include <QStringList>

// ============================================================================================
// PostgreSQL only: the server's own enforcement of who may read and change what, for a shared
// database where every person connects with a login of their own. Nothing here runs on SQLite.
//
// The schema belongs to an owner role (the login that ran init or migrate); every person's login
// is a member of one group role per database, <database>_people, which holds the grants below.
// Row-level security policies mirror src/core/Authorization: a person's login sees and writes
// only the locations, enrollments, invitations, validations, inbox messages and profiles their
// roles allow; full account numbers and tax IDs are read through views that mask them for
// everyone but the Incentives admins of the locations that use them; the audit log takes inserts
// only. The owner's own connections are not restricted (it owns the tables).
// ============================================================================================

namespace incentives {

class Database;

namespace pgsecurity {

// Creates (or re-creates) the group role, the login map, the helper functions, the grants, the
// policies, the masked views and the triggers. Run by the migration as the owner.
Status install(Database& db);

// Statements that remove what install created inside the database (the roles stay: they belong
// to the cluster); run before the tables are dropped.
QStringList dropStatements();

// The relation a store reads a table's rows from on PostgreSQL: a masking view for the tables with
// secrets (users, bank_profiles, tax_profiles), the table itself otherwise.
QString readable(const QString& table);

// Whether install() ran in this database (one row, true or false).
QString installedQuery();
// The locations a search matches that the login sees, found by the server as the owner (through
// the trigram indexes): "SELECT <columns> FROM locations WHERE (…)"; bound: the PartnerID and
// name patterns, then how many at most (NULL: every one).
QString locationMatchesQuery(const QString& columns);
// One row: the user id the current login stands for (0 for none), whether the login owns the
// schema (or is a superuser), and whether the schema has idk_locations_matching (version 17).
QString loginUserQuery();
// Whether a location exists that the login may not see; bound twice: its PartnerID.
QString locationHiddenQuery();
// Sets the password of a user's login; bound values: user id, password.
QString setLoginPasswordStatement();

// A name or a text quoted for a statement that cannot bind it (role and schema names, DDL).
QString identifier(const QString& name);
QString literal(const QString& text);

} // namespace pgsecurity
} // namespace incentives
