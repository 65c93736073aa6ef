#include "store/Migrations.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/InboxSql.h"
#include "store/PgSecurity.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace incentives::migrations {
namespace {

Status runAll(Database& db, const QStringList& statements)
{
    for (const QString& s : statements)
        if (auto r = db.run(db.dialect().ddl(s)); !r)
            return r;
    return {};
}

// Version 1: the whole domain. Times are seconds since the epoch, UTC; dates are ISO text.
// Booleans are INTEGER 0/1. Workspace columns that the big table sorts and filters on are kept on
// the enrollments row itself (program_name, partner_id, location_name, country), so that paging
// a million rows needs no join; the store updates them with their source in one transaction.
Status createVersion1(Database& db)
{
    const QStringList schema{
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE organization ("
                       " id ${ID}, name TEXT NOT NULL, legal_name TEXT NOT NULL,"
                       " global_partner_id TEXT NOT NULL, country TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE bank_profiles ("
            " id ${ID}, name TEXT NOT NULL UNIQUE, country TEXT NOT NULL,"
            " payment_method TEXT NOT NULL, currency TEXT NOT NULL, holder_name TEXT NOT NULL,"
            " iban TEXT NOT NULL DEFAULT '', bic TEXT NOT NULL DEFAULT '',"
            " routing_number TEXT NOT NULL DEFAULT '', institution TEXT NOT NULL DEFAULT '',"
            " account_number TEXT NOT NULL DEFAULT '', account_type TEXT NOT NULL DEFAULT 'checking',"
            " bank_name TEXT NOT NULL DEFAULT '', bank_address TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL, status_reason TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
            " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE locations ("
            " id ${ID}, partner_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, country TEXT NOT NULL,"
            " city TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
            " agreement_active INTEGER NOT NULL DEFAULT 1,"
            " solutions_partner INTEGER NOT NULL DEFAULT 0,"
            " csp_indirect INTEGER NOT NULL DEFAULT 0, csp_direct INTEGER NOT NULL DEFAULT 0,"
            " trailing_revenue BIGINT NOT NULL DEFAULT 0, customer_adds INTEGER NOT NULL DEFAULT 0,"
            " default_bank_profile_id BIGINT REFERENCES bank_profiles(id),"
            " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE users ("
                       " id ${ID}, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " password_hash TEXT, must_change_password INTEGER NOT NULL DEFAULT 0,"
                       " active INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE role_assignments ("
            " id ${ID}, user_id BIGINT NOT NULL REFERENCES users(id),"
            " role TEXT NOT NULL CHECK (role IN ('account-admin','incentives-admin','incentives-user')),"
            " location_id BIGINT REFERENCES locations(id), assigned_at BIGINT NOT NULL,"
            " CHECK ((role = 'account-admin') = (location_id IS NULL)))"),
        // At most one Incentives admin per location, whatever the services do.
        QStringLiteral("CREATE UNIQUE INDEX ux_one_incentives_admin ON role_assignments(location_id)"
                       " WHERE role = 'incentives-admin'"),
        QStringLiteral("CREATE UNIQUE INDEX ux_role_location ON role_assignments(user_id, role, location_id)"
                       " WHERE location_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX ux_account_admin ON role_assignments(user_id)"
                       " WHERE role = 'account-admin'"),
        QStringLiteral("CREATE INDEX ix_roles_location ON role_assignments(location_id, role)"),
        QStringLiteral("CREATE TABLE programs ("
                       " id ${ID}, name TEXT NOT NULL UNIQUE, fiscal_year INTEGER NOT NULL,"
                       " open_to_all INTEGER NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL CHECK (state IN ('open','closed','discontinued')),"
                       " currencies TEXT NOT NULL, payment_methods TEXT NOT NULL,"
                       " criteria TEXT NOT NULL DEFAULT '', guide TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE tax_profiles ("
            " id ${ID}, location_id BIGINT NOT NULL UNIQUE REFERENCES locations(id),"
            " form TEXT NOT NULL CHECK (form IN ('w9','w8ben-e')), ein TEXT NOT NULL DEFAULT '',"
            " incorporation_country TEXT NOT NULL DEFAULT '', foreign_tax_id TEXT NOT NULL DEFAULT '',"
            " treaty_country TEXT NOT NULL DEFAULT '', treaty_article TEXT NOT NULL DEFAULT '',"
            " signed_on TEXT NOT NULL, expires_at BIGINT, vat_id TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL, status_reason TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
            " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX ix_tax_expires ON tax_profiles(expires_at)"),
        QStringLiteral(
            "CREATE TABLE enrollments ("
            " id ${ID}, program_id BIGINT NOT NULL REFERENCES programs(id),"
            " location_id BIGINT NOT NULL REFERENCES locations(id),"
            " program_name TEXT NOT NULL, partner_id TEXT NOT NULL, location_name TEXT NOT NULL,"
            " country TEXT NOT NULL, fiscal_year INTEGER NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('invited','enrolling','validating','enrolled',"
            "'ineligible','inactive','discontinued')),"
            " reason TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '',"
            " bank_profile_id BIGINT REFERENCES bank_profiles(id),"
            " validation_due BIGINT, invited_at BIGINT NOT NULL, accepted_at BIGINT,"
            " submitted_at BIGINT, enrolled_at BIGINT, updated_at BIGINT NOT NULL,"
            " version INTEGER NOT NULL DEFAULT 1,"
            " UNIQUE (program_id, location_id))"),
        QStringLiteral("CREATE INDEX ix_enr_location ON enrollments(location_id, id)"),
        QStringLiteral("CREATE INDEX ix_enr_bank ON enrollments(bank_profile_id)"),
        QStringLiteral("CREATE INDEX ix_enr_status_program ON enrollments(status, program_name, id)"),
        QStringLiteral("CREATE INDEX ix_enr_program ON enrollments(program_name, partner_id, id)"),
        QStringLiteral("CREATE INDEX ix_enr_partner ON enrollments(partner_id, program_name, id)"),
        QStringLiteral("CREATE INDEX ix_enr_status_fy ON enrollments(status, fiscal_year)"),
        QStringLiteral("CREATE TABLE invitations ("
                       " id ${ID}, enrollment_id BIGINT NOT NULL UNIQUE REFERENCES enrollments(id),"
                       " created_at BIGINT NOT NULL, email_delivered_at BIGINT, home_dismissed_at BIGINT)"),
        QStringLiteral("CREATE INDEX ix_inv_waiting ON invitations(email_delivered_at)"),
        QStringLiteral("CREATE TABLE validation_requests ("
                       " id ${ID}, enrollment_id BIGINT NOT NULL REFERENCES enrollments(id),"
                       " requested_at BIGINT NOT NULL, due_at BIGINT NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('pending','approved','rejected','cancelled')),"
                       " forced_outcome TEXT NOT NULL DEFAULT '', forced_reason TEXT NOT NULL DEFAULT '',"
                       " outcome_reason TEXT NOT NULL DEFAULT '', resolved_at BIGINT)"),
        QStringLiteral("CREATE INDEX ix_val_pending ON validation_requests(state, due_at)"),
        QStringLiteral("CREATE INDEX ix_val_enrollment ON validation_requests(enrollment_id, state)"),
        QStringLiteral(
            "CREATE TABLE inbox_messages ("
            " id ${ID}, user_id BIGINT NOT NULL REFERENCES users(id),"
            " enrollment_id BIGINT REFERENCES enrollments(id), sender TEXT NOT NULL,"
            " subject TEXT NOT NULL, body TEXT NOT NULL, received_at BIGINT NOT NULL, read_at BIGINT)"),
        QStringLiteral("CREATE INDEX ix_inbox_user ON inbox_messages(user_id, received_at)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id ${ID}, at BIGINT NOT NULL, actor_id BIGINT, actor TEXT NOT NULL,"
                       " action TEXT NOT NULL, partner_id TEXT NOT NULL DEFAULT '',"
                       " program TEXT NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '',"
                       " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX ix_audit_actor ON audit_log(actor_id, id)"),
    };
    if (auto s = runAll(db, schema); !s)
        return s;
    for (const QString& s : db.dialect().appendOnly(QStringLiteral("audit_log")))
        if (auto r = db.run(s); !r)
            return r;
    return {};
}

// Version 2: sign-in throttling, kept per email typed so that an unknown address is throttled
// exactly like a known one.
Status createVersion2(Database& db)
{
    return runAll(db, {QStringLiteral("CREATE TABLE sign_in_failures (email TEXT PRIMARY KEY,"
                                      " failures INTEGER NOT NULL, throttled_until BIGINT NOT NULL)")});
}

// Version 3: an index for every column the workspace sorts by, each ending in id, so that a sorted
// page is an index walk (and the next page a seek past the last row) at a million enrollments.
Status createVersion3(Database& db)
{
    return runAll(db,
                  {QStringLiteral("CREATE INDEX ix_enr_country ON enrollments(country, id)"),
                   QStringLiteral("CREATE INDEX ix_enr_status ON enrollments(status, id)"),
                   QStringLiteral("CREATE INDEX ix_enr_year ON enrollments(fiscal_year, id)"),
                   QStringLiteral("CREATE INDEX ix_enr_updated ON enrollments(updated_at, id)"),
                   QStringLiteral("CREATE INDEX ix_locations_name ON locations(name)"),
                   // Which locations use a bank profile, read from the index alone.
                   QStringLiteral("DROP INDEX ix_enr_bank"),
                   QStringLiteral("CREATE INDEX ix_enr_bank ON enrollments(bank_profile_id, location_id)")});
}

// Version 4: bank profiles belong to the location they were created for (existing ones to the first
// location that uses them), and the Presenter role, organization-wide, for demo databases. In an
// existing demo database the Account admins become its Presenters, so nobody loses the tools.
Status createVersion4(Database& db)
{
    return runAll(
        db,
        {QStringLiteral("ALTER TABLE bank_profiles ADD COLUMN owner_location_id BIGINT"),
         QStringLiteral("UPDATE bank_profiles SET owner_location_id = (SELECT MIN(l.id) FROM locations l"
                        " WHERE l.default_bank_profile_id = bank_profiles.id)"),
         QStringLiteral("UPDATE bank_profiles SET owner_location_id = (SELECT MIN(e.location_id) FROM"
                        " enrollments e WHERE e.bank_profile_id = bank_profiles.id)"
                        " WHERE owner_location_id IS NULL"),
         QStringLiteral("CREATE TABLE presenters (user_id BIGINT PRIMARY KEY REFERENCES users(id),"
                        " assigned_at BIGINT NOT NULL)"),
         QStringLiteral("INSERT INTO presenters(user_id, assigned_at) SELECT user_id, assigned_at FROM"
                        " role_assignments WHERE role = 'account-admin' AND EXISTS (SELECT 1 FROM settings"
                        " WHERE key = 'demo' AND value = '1')")});
}

// Version 5: each location's own legal entity name (a subsidiary's, such as "Contoso UK Limited").
// Existing locations take the organization's legal name, so that nothing changes for them.
Status createVersion5(Database& db)
{
    return runAll(db, {QStringLiteral("ALTER TABLE locations ADD COLUMN legal_name TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("UPDATE locations SET legal_name = COALESCE((SELECT legal_name FROM "
                                      "organization ORDER BY id LIMIT 1), name)")});
}

// (type, name) → definition, with white space folded.
using Objects = QMap<QPair<QString, QString>, QString>;

Result<Objects> objectsOf(Database& db)
{
    Objects out;
    const QString sql = db.dialect().schemaObjects();
    if (sql.isEmpty())
        return out;
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    while (q->next())
        out.insert({q->value(0).toString(), q->value(1).toString()}, q->value(2).toString().simplified());
    return out;
}

// What this version creates, read once from a new database in a temporary folder.
const Objects& expectedObjects()
{
    static const Objects objects = [] {
        QTemporaryDir dir;
        auto db =
            Database::open(dir.filePath(QStringLiteral("reference.db")), Database::OpenMode::CreateIfMissing);
        if (!db)
            return Objects();
        auto o = objectsOf(**db);
        return o ? *o : Objects();
    }();
    return objects;
}

// A database whose planner has statistics gets them for indexes a step adds too: without them
// SQLite would take every new index for a very selective one. A database without any keeps none.
Status analyzeNewIndexes(Database& db, const QStringList& names)
{
    auto analyzed = db.scalar(db.dialect().hasStatistics());
    if (!analyzed)
        return analyzed.error();
    if (analyzed->toInt() == 0)
        return {};
    for (const QString& statement : db.dialect().refreshStatistics(names))
        if (auto s = db.run(statement); !s)
            return s;
    return {};
}

// Version 6: an index for every workspace filter (one status, one location, one program) and sort
// column, so that a filtered, sorted page is a walk along the filter's slice of one index, never
// a sort of the whole slice or a walk of a whole sort index testing every row. Within a location
// the PartnerID and the country are fixed, within a program its name: those sorts need no index
// of their own.
Status createVersion6(Database& db)
{
    const QList<std::pair<const char*, const char*>> indexes{
        {"ix_enr_status_program", "status, program_name, partner_id, id"},
        {"ix_enr_status_partner", "status, partner_id, program_name, id"},
        {"ix_enr_status_country", "status, country, id"},
        {"ix_enr_status_fy", "status, fiscal_year, id"},
        {"ix_enr_status_updated", "status, updated_at, id"},
        {"ix_enr_location_program", "location_id, program_name, id"},
        {"ix_enr_location_status", "location_id, status, id"},
        {"ix_enr_location_fy", "location_id, fiscal_year, id"},
        {"ix_enr_location_updated", "location_id, updated_at, id"},
        {"ix_enr_program_partner", "program_id, partner_id, id"},
        {"ix_enr_program_country", "program_id, country, id"},
        {"ix_enr_program_status", "program_id, status, id"},
        {"ix_enr_program_fy", "program_id, fiscal_year, id"},
        {"ix_enr_program_updated", "program_id, updated_at, id"},
    };
    QStringList statements{QStringLiteral("DROP INDEX ix_enr_status_program"),
                           QStringLiteral("DROP INDEX ix_enr_status_fy")};
    QStringList names;
    for (const auto& [name, columns] : indexes) {
        statements.append(QStringLiteral("CREATE INDEX %1 ON enrollments(%2)")
                              .arg(QLatin1String(name), QLatin1String(columns)));
        names.append(QLatin1String(name));
    }
    if (auto s = runAll(db, statements); !s)
        return s;
    return analyzeNewIndexes(db, names);
}

// Version 7: the audit records of one enrollment (its location and program), for the
// workspace's status history, read along an index however long the log grows.
Status createVersion7(Database& db)
{
    return runAll(db,
                  {QStringLiteral("CREATE INDEX ix_audit_subject ON audit_log(partner_id, program, id)")});
}

// Version 8: the inbox becomes the Action Center. Each message has a kind, a priority (mandatory or
// recommended), an optional due date, what it is about (an enrollment, a location, a bank or tax
// profile), a key that keeps a reminder from arriving twice, and when and how it was closed (done or
// dismissed). Existing messages are invitations; those whose enrollment has left Invited are done.
Status createVersion8(Database& db)
{
    return runAll(
        db,
        {QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'invitation'"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN priority TEXT NOT NULL DEFAULT 'recommended'"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN due_at BIGINT"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN location_id BIGINT REFERENCES locations(id)"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN bank_profile_id BIGINT"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN tax_profile_id BIGINT"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN ref TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN closed_at BIGINT"),
         QStringLiteral("ALTER TABLE inbox_messages ADD COLUMN closed_as TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("UPDATE inbox_messages SET location_id = (SELECT e.location_id FROM enrollments e"
                        " WHERE e.id = inbox_messages.enrollment_id)"),
         QStringLiteral("UPDATE inbox_messages SET closed_at = received_at, closed_as = 'done' WHERE"
                        " enrollment_id IN (SELECT id FROM enrollments WHERE status <> 'invited')"),
         QStringLiteral("CREATE INDEX ix_inbox_enrollment ON inbox_messages(enrollment_id, closed_at)"),
         QStringLiteral("CREATE INDEX ix_inbox_tax ON inbox_messages(tax_profile_id, closed_at)"),
         QStringLiteral("CREATE INDEX ix_inbox_bank ON inbox_messages(bank_profile_id, closed_at)"),
         QStringLiteral("CREATE INDEX ix_inbox_ref ON inbox_messages(user_id, ref)")});
}

// Version 9: on a PostgreSQL server, the server enforces access itself: one login per person,
// row-level security and masked secrets (store/PgSecurity.cpp). A file has one person and
// nothing to add. The installation describes today's schema, so applySteps runs it once after the
// last step rather than here, in the middle of the steps.
Status createVersion9(Database&)
{
    return {};
}

// The columns of tax_documents (version 10), made again when version 14 rebuilds tax_profiles.
const QString kTaxDocumentsDefinition = QStringLiteral(
    " id ${ID}, tax_profile_id BIGINT NOT NULL REFERENCES tax_profiles(id),"
    " location_id BIGINT NOT NULL REFERENCES locations(id), file_name TEXT NOT NULL,"
    " media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf','image/png','image/jpeg')),"
    " size_bytes BIGINT NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),"
    " sha256 TEXT NOT NULL, content ${BLOB} NOT NULL, added_by BIGINT REFERENCES users(id),"
    " added_by_name TEXT NOT NULL, added_at BIGINT NOT NULL,"
    " UNIQUE (tax_profile_id, sha256)");

// Version 10: the W-8BEN, filed by an individual (name, citizenship, date of birth, and without a
// foreign tax ID the reason none is given), and the documents attached to a tax profile: their
// bytes in the database with the SHA-256, the media type read from the content, who added them and
// when. The same content is attached to one profile once.
Status createVersion10(Database& db)
{
    QStringList statements{
        QStringLiteral("ALTER TABLE tax_profiles ADD COLUMN person_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE tax_profiles ADD COLUMN citizenship_country TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE tax_profiles ADD COLUMN birth_date TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE tax_profiles ADD COLUMN no_tax_id_reason TEXT NOT NULL DEFAULT ''")};
    statements << db.dialect().replaceCheck(
        QStringLiteral("tax_profiles"), QStringLiteral("form"),
        QStringLiteral("form IN ('w9','w8ben-e','w8ben')"),
        QStringLiteral(
            "id ${ID}, location_id BIGINT NOT NULL UNIQUE REFERENCES locations(id),"
            " form TEXT NOT NULL CHECK (form IN ('w9','w8ben-e','w8ben')), ein TEXT NOT NULL DEFAULT '',"
            " incorporation_country TEXT NOT NULL DEFAULT '', foreign_tax_id TEXT NOT NULL DEFAULT '',"
            " treaty_country TEXT NOT NULL DEFAULT '', treaty_article TEXT NOT NULL DEFAULT '',"
            " signed_on TEXT NOT NULL, expires_at BIGINT, vat_id TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL, status_reason TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
            " version INTEGER NOT NULL DEFAULT 1, person_name TEXT NOT NULL DEFAULT '',"
            " citizenship_country TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '',"
            " no_tax_id_reason TEXT NOT NULL DEFAULT ''"),
        {QStringLiteral("CREATE INDEX ix_tax_expires ON tax_profiles(expires_at)")});
    statements << QStringLiteral("CREATE TABLE tax_documents (%1)").arg(kTaxDocumentsDefinition);
    return runAll(db, statements);
}

// Version 11: credit note as a payout method and the beneficiary contact of a bank account. A
// credit-note profile names the CSP tenant it credits, whether Microsoft has confirmed that tenant,
// and the tax-exemption choice; a bank-transfer profile names the person the bank may contact.
// Existing profiles are bank transfers without a contact.
Status createVersion11(Database& db)
{
    return runAll(
        db, {QStringLiteral("ALTER TABLE bank_profiles ADD COLUMN contact_name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE bank_profiles ADD COLUMN contact_email TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE bank_profiles ADD COLUMN contact_phone TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE bank_profiles ADD COLUMN tenant_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE bank_profiles ADD COLUMN credit_note_status TEXT NOT NULL "
                            "DEFAULT 'verification-needed'"),
             QStringLiteral("ALTER TABLE bank_profiles ADD COLUMN tax_exempt INTEGER NOT NULL DEFAULT 0")});
}

// Version 12: payout and tax profile assignment. The disbursement currency belongs to the
// enrollment (one program at one location), no longer to the bank profile, and each enrollment can
// have its payments held. Every enrollment takes the currency of the bank profile it pays into
// today (the one it was submitted with, or else its location's default), so that nothing it is
// paid in changes; one without a bank profile has none chosen yet. bank_profiles.currency stays:
// it is the currency proposed for new assignments of that profile.
Status createVersion12(Database& db)
{
    return runAll(
        db, {QStringLiteral("ALTER TABLE enrollments ADD COLUMN currency TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE enrollments ADD COLUMN payment_hold INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(
                 "UPDATE enrollments SET currency = COALESCE((SELECT b.currency FROM bank_profiles b"
                 " WHERE b.id = COALESCE(enrollments.bank_profile_id, (SELECT l.default_bank_profile_id"
                 " FROM locations l WHERE l.id = enrollments.location_id))), '')")});
}

// Version 13: classroom sandboxes. Each guided scenario's progress in this database: the step the
// trainee is on (the first not done; the number of steps once all are done), how many are done, and
// when the scenario and the current step were first seen (wall-clock seconds since the epoch, not
// the demo clock), so that a trainer's dashboard can show it live.
Status createVersion13(Database& db)
{
    return runAll(db, {QStringLiteral("CREATE TABLE scenario_progress ("
                                      " id ${ID}, scenario_id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
                                      " step_index INTEGER NOT NULL, steps_done INTEGER NOT NULL,"
                                      " steps_total INTEGER NOT NULL, started_at BIGINT NOT NULL,"
                                      " step_started_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                                      " updated_by TEXT NOT NULL DEFAULT '')")});
}

// Version 14: a location files several tax profiles (a W-9 and a W-8BEN-E, say), and each
// enrollment's assignment names the one it is paid under. tax_profiles loses its one-per-location
// constraint (SQLite rebuilds the table, its documents keep their profiles' ids); every existing
// enrollment is assigned its location's profile, so that nothing it is paid under changes. An
// enrollment without one (its location has none yet) uses its location's first profile once filed.
Status createVersion14(Database& db)
{
    QStringList statements = db.dialect().dropUnique(
        QStringLiteral("tax_profiles"), QStringLiteral("location_id"),
        QStringLiteral(
            "id ${ID}, location_id BIGINT NOT NULL REFERENCES locations(id),"
            " form TEXT NOT NULL CHECK (form IN ('w9','w8ben-e','w8ben')), ein TEXT NOT NULL DEFAULT '',"
            " incorporation_country TEXT NOT NULL DEFAULT '', foreign_tax_id TEXT NOT NULL DEFAULT '',"
            " treaty_country TEXT NOT NULL DEFAULT '', treaty_article TEXT NOT NULL DEFAULT '',"
            " signed_on TEXT NOT NULL, expires_at BIGINT, vat_id TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL, status_reason TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
            " version INTEGER NOT NULL DEFAULT 1, person_name TEXT NOT NULL DEFAULT '',"
            " citizenship_country TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '',"
            " no_tax_id_reason TEXT NOT NULL DEFAULT ''"),
        {QStringLiteral("CREATE INDEX ix_tax_expires ON tax_profiles(expires_at)")},
        {{QStringLiteral("tax_documents"), kTaxDocumentsDefinition}});
    statements << QStringLiteral("CREATE INDEX ix_tax_location ON tax_profiles(location_id, id)")
               << QStringLiteral(
                      "ALTER TABLE enrollments ADD COLUMN tax_profile_id BIGINT REFERENCES tax_profiles(id)")
               << QStringLiteral(
                      "UPDATE enrollments SET tax_profile_id = (SELECT MIN(t.id) FROM tax_profiles t"
                      " WHERE t.location_id = enrollments.location_id)")
               << QStringLiteral("CREATE INDEX ix_enr_tax ON enrollments(tax_profile_id)");
    return runAll(db, statements);
}

// Version 15: lookups that read a whole table on a big organization. The locations whose default
// is a bank profile (a page of bank profiles names them); a person's roles, read by every check of
// their grants (the unique indexes of role_assignments are partial, and a lookup by user alone
// cannot use them); users in name order (the users page reads the first of them); one program's
// enrollments of one status in country and in fiscal-year order (a search matching a few programs,
// under a status filter, sorted by either, reads a page of each program instead of testing the
// status of every row it passes).
Status createVersion15(Database& db)
{
    const std::pair<const char*, const char*> indexes[] = {
        {"ix_locations_default_bank", "locations(default_bank_profile_id)"},
        {"ix_roles_user", "role_assignments(user_id)"},
        {"ix_users_name", "users(name, email)"},
        {"ix_enr_program_status_country", "enrollments(program_id, status, country, id)"},
        {"ix_enr_program_status_fy", "enrollments(program_id, status, fiscal_year, id)"},
    };
    QStringList statements;
    QStringList names;
    for (const auto& [name, on] : indexes) {
        statements.append(
            QStringLiteral("CREATE INDEX %1 ON %2").arg(QLatin1String(name), QLatin1String(on)));
        names.append(QLatin1String(name));
    }
    if (auto s = runAll(db, statements); !s)
        return s;
    return analyzeNewIndexes(db, names);
}

// Version 16: on a shared server, the search's ILIKE over location names and PartnerIDs read every
// location (40-65 ms at 100,000 of them, paid by every search); trigram indexes find the matches.
// SQLite's LIKE has no such index: the step changes nothing in a file.
Status createVersion16(Database& db)
{
    return runAll(db, db.dialect().textSearchIndexes());
}

// Version 17: a person's login reads the locations through row-level security, under which the
// server uses no trigram index for ILIKE (it is not leakproof) and every search read every
// location's name. The step itself makes nothing: the server's access rules, installed again after
// every step, now include idk_locations_matching (store/PgSecurity.cpp), which searches as the
// owner and returns only what the login's own policy lets it see.
Status createVersion17(Database&)
{
    return {};
}

// Version 18: the Action Center read every message of the person and sorted them in the app. An
// Incentives admin of many locations receives one renewal outcome per enrollment every fiscal-year
// end, and 100,000 messages took seconds to open the window with (and 26 s for the Action Center).
// The index holds a person's messages in the Action Center's order (store/InboxSql.h), so that a
// page of them, the open ones, the open mandatory ones and their counts walk it.
Status createVersion18(Database& db)
{
    if (auto s = db.run(inboxsql::createIndex()); !s)
        return s;
    return analyzeNewIndexes(db, {QStringLiteral("ix_inbox_order")});
}

} // namespace

Result<QStringList> schemaDifferences(Database& db)
{
    if (db.dialect().schemaObjects().isEmpty())
        return QStringList();
    auto found = objectsOf(db);
    if (!found)
        return found.error();
    const Objects& expected = expectedObjects();
    if (expected.isEmpty())
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("Migrations", "Cannot build the reference schema."));
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!found->contains(it.key()))
            problems.append(QCoreApplication::translate("Migrations", "The %1 %2 is missing.")
                                .arg(it.key().first, it.key().second));
        else if (found->value(it.key()) != it.value())
            problems.append(QCoreApplication::translate("Migrations", "The %1 %2 was altered.")
                                .arg(it.key().first, it.key().second));
    }
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        if (!expected.contains(it.key()))
            problems.append(
                QCoreApplication::translate("Migrations", "The %1 %2 does not belong to the schema.")
                    .arg(it.key().first, it.key().second));
    return problems;
}

const QList<Step>& steps()
{
    static const QList<Step> all{
        {1,
         "the enrollment domain: organization, locations, users and roles, programs, enrollments, "
         "invitations, validations, profiles, inbox, audit log",
         &createVersion1},
        {2, "sign-in throttling", &createVersion2},
        {3, "workspace sort indexes", &createVersion3},
        {4, "bank profile owners and the Presenter role", &createVersion4},
        {5, "location legal entity names", &createVersion5},
        {6, "workspace filter and sort indexes", &createVersion6},
        {7, "audit records by enrollment", &createVersion7},
        {8, "the Action Center: kinds, priorities, due dates and closing of inbox messages", &createVersion8},
        {9, "server-enforced access: person logins, row-level security, masked secrets (PostgreSQL)",
         &createVersion9},
        {10, "the W-8BEN for individuals and documents attached to tax profiles", &createVersion10},
        {11, "credit-note payout profiles and the beneficiary contact of bank profiles", &createVersion11},
        {12, "payout and tax profile assignment: the currency and payment hold of each enrollment",
         &createVersion12},
        {13, "classroom sandboxes: guided scenario progress", &createVersion13},
        {14, "several tax profiles per location and the tax profile of each enrollment's assignment",
         &createVersion14},
        {15,
         "indexes of the locations defaulting to a bank profile, of roles by user, of users by name, of a "
         "program's enrollments of one status by country and by fiscal year",
         &createVersion15},
        {16, "trigram indexes for searches on a server", &createVersion16, Step::ServerOnly},
        {17, "searches of a person's login through the trigram indexes", &createVersion17, Step::ServerOnly},
        {18, "the Action Center's order as an index of each person's messages", &createVersion18},
    };
    return all;
}

int currentFileVersion()
{
    int version = 0;
    for (const Step& step : steps())
        if (step.scope == Step::Everywhere)
            version = step.version;
    return version;
}

Status upgrade(Database& db)
{
    const int current = db.schemaVersion();
    if (current < 0)
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("Migrations", "Cannot read the schema version."));
    if (current >= (db.isFile() && current > 0 ? currentFileVersion() : Database::kSchemaVersion))
        return {};

    if (current > 0 && db.isFile()) {
        // A server's backups are its administrator's (pg_dump); a file gets a copy beside it.
        const QString copy = QStringLiteral("%1.before-v%2").arg(db.path()).arg(Database::kSchemaVersion);
        if (!QFileInfo::exists(copy))
            if (auto s = db.backupTo(copy); !s)
                return s;
    }

    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    // Another client may have upgraded the database while this one waited for the write lock.
    const int before = db.isFile() ? current : db.schemaVersion();
    if (before < 0)
        return makeError(ErrorKind::Storage,
                         QCoreApplication::translate("Migrations", "Cannot read the schema version."));
    if (auto s = applySteps(db, before); !s)
        return s;
    return tx.commit();
}

Status applySteps(Database& db, int from)
{
    if (from >= Database::kSchemaVersion)
        return {};
    const QString table = db.dialect().createSchemaVersionTable();
    if (from == 0 && !table.isEmpty())
        if (auto s = db.run(table); !s)
            return s;
    for (const Step& step : steps()) {
        if (step.version <= from)
            continue;
        if (auto s = step.apply(db); !s)
            return makeError(
                ErrorKind::Storage,
                QCoreApplication::translate("Migrations", "Upgrading the database to version %1 failed: %2")
                    .arg(step.version)
                    .arg(s.error().message));
        if (auto s = db.run(db.dialect().writeSchemaVersion(step.version)); !s)
            return s;
        qCInfo(lcStore) << "schema upgraded to version" << step.version;
    }
    // A server's access rules (version 9 on) cover every table of today's schema: installed, or
    // installed again, once the steps have made those tables.
    if (!db.isFile())
        if (auto s = pgsecurity::install(db); !s)
            return makeError(
                ErrorKind::Storage,
                QCoreApplication::translate("Migrations", "Upgrading the database to version %1 failed: %2")
                    .arg(Database::kSchemaVersion)
                    .arg(s.error().message));
    const QString appId = db.dialect().writeApplicationId(Database::kApplicationId);
    if (!appId.isEmpty())
        if (auto s = db.run(appId); !s)
            return s;
    return {};
}

} // namespace incentives::migrations
