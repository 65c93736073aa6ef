#include "store/PgSecurity.h"

#include "store/Database.h"
#include "store/Sandboxes.h"

#include <QRegularExpression>
#include <QSqlQuery>

// ============================================================================================
// PostgreSQL only. Every statement in this file is PostgreSQL SQL; the migration runs install()
// only on a server.
// ============================================================================================

namespace incentives::pgsecurity {
namespace {

// The helper functions, in the order they depend on each other: name, arguments, result, body.
// Each runs as the owner (SECURITY DEFINER), so that the policies that call them are not
// themselves filtered by row-level security.
struct Helper
{
    const char* name;
    const char* arguments;
    const char* result;
    const char* body;
};

const Helper kHelpers[] = {
    // Who the connected login is: the active user it is mapped to, else NULL.
    {"idk_me", "", "bigint",
     "SELECT u.id FROM db_logins l JOIN users u ON u.id = l.user_id"
     " WHERE l.role_name = session_user AND u.active = 1"},
    {"idk_my_email", "", "text", "SELECT email FROM users WHERE id = idk_me()"},
    {"idk_has_role", "r text, loc bigint", "boolean",
     "SELECT EXISTS (SELECT 1 FROM role_assignments WHERE user_id = idk_me() AND role = r"
     " AND (loc IS NULL OR location_id = loc))"},
    {"idk_account_admin", "", "boolean", "SELECT idk_has_role('account-admin', NULL)"},
    // Presenters exist in demo databases only, as in core.
    {"idk_presenter", "", "boolean",
     "SELECT EXISTS (SELECT 1 FROM presenters WHERE user_id = idk_me())"
     " AND EXISTS (SELECT 1 FROM settings WHERE key = 'demo' AND value = '1')"},
    {"idk_admin_of", "loc bigint", "boolean",
     "SELECT loc IS NOT NULL AND idk_has_role('incentives-admin', loc)"},
    {"idk_any_admin", "", "boolean", "SELECT idk_has_role('incentives-admin', NULL)"},
    {"idk_can_view", "loc bigint", "boolean",
     "SELECT idk_account_admin() OR EXISTS (SELECT 1 FROM role_assignments WHERE user_id = idk_me()"
     " AND role IN ('incentives-admin', 'incentives-user') AND location_id = loc)"},
    {"idk_any_role", "", "boolean",
     "SELECT idk_presenter() OR EXISTS (SELECT 1 FROM role_assignments WHERE user_id = idk_me())"},
    // The Account admins and Presenters act across the organization, and their sessions carry out
    // the simulated Microsoft side's work (validations, expiries, the year-end close).
    {"idk_org_wide", "", "boolean", "SELECT idk_is_owner() OR idk_account_admin() OR idk_presenter()"},
    // The locations a bank profile belongs to: the one it was made for, and every one that uses it.
    {"idk_bank_owners", "bp bigint", "SETOF bigint",
     "SELECT owner_location_id FROM bank_profiles WHERE id = bp AND owner_location_id IS NOT NULL"
     " UNION SELECT id FROM locations WHERE default_bank_profile_id = bp"
     " UNION SELECT location_id FROM enrollments WHERE bank_profile_id = bp"},
    // authorizeBankProfile: ViewFull and Use.
    {"idk_bank_use", "bp bigint", "boolean",
     "SELECT idk_is_owner() OR (idk_any_admin() AND (NOT EXISTS (SELECT 1 FROM idk_bank_owners(bp))"
     " OR EXISTS (SELECT 1 FROM idk_bank_owners(bp) o WHERE idk_admin_of(o))))"},
    // authorizeBankProfile: Edit.
    {"idk_bank_edit", "bp bigint", "boolean",
     "SELECT idk_is_owner() OR (idk_any_admin() AND NOT EXISTS (SELECT 1 FROM idk_bank_owners(bp) o"
     " WHERE NOT idk_admin_of(o)))"},
    // Whether a location exists at all, seen or not (to refuse rather than deny its existence).
    {"idk_location_exists", "pid text", "boolean",
     "SELECT EXISTS (SELECT 1 FROM locations WHERE partner_id = pid)"},
    {"idk_enrollment_location", "e bigint", "bigint", "SELECT location_id FROM enrollments WHERE id = e"},
    {"idk_enrollment_visible", "e bigint", "boolean",
     "SELECT idk_org_wide() OR idk_can_view(idk_enrollment_location(e))"},
    {"idk_enrollment_writable", "e bigint", "boolean",
     "SELECT idk_org_wide() OR idk_admin_of(idk_enrollment_location(e))"},
};

// Row-level security: table, command, the policy's USING and WITH CHECK expressions. An UPDATE's
// USING is what the login sees, its WITH CHECK what it may write: a change to a row it sees but
// may not change is refused loudly (insufficient_privilege), not skipped as if the row were gone.
struct Policy
{
    const char* table;
    const char* command;
    const char* usingExpression; // empty for INSERT
    const char* checkExpression; // empty for SELECT and DELETE
};

const Policy kPolicies[] = {
    {"settings", "SELECT", "true", ""},
    {"settings", "INSERT", "", "idk_org_wide()"},
    {"settings", "UPDATE", "true", "idk_org_wide()"},
    {"organization", "SELECT", "true", ""},
    {"organization", "UPDATE", "true", "idk_account_admin()"},
    {"users", "SELECT", "true", ""},
    {"users", "INSERT", "", "idk_account_admin()"},
    {"users", "UPDATE", "true", "idk_account_admin() OR id = idk_me()"},
    {"role_assignments", "SELECT", "true", ""},
    {"role_assignments", "INSERT", "", "idk_account_admin()"},
    {"role_assignments", "UPDATE", "true", "idk_account_admin()"},
    {"role_assignments", "DELETE", "idk_account_admin()", ""},
    {"presenters", "SELECT", "true", ""},
    {"presenters", "INSERT", "", "idk_account_admin()"},
    {"presenters", "DELETE", "idk_account_admin()", ""},
    {"programs", "SELECT", "true", ""},
    {"programs", "INSERT", "", "idk_org_wide()"},
    {"programs", "UPDATE", "true", "idk_org_wide()"},
    {"locations", "SELECT", "idk_org_wide() OR idk_can_view(id)", ""},
    {"locations", "INSERT", "", "idk_org_wide()"},
    {"locations", "UPDATE", "idk_org_wide() OR idk_can_view(id)", "idk_org_wide() OR idk_admin_of(id)"},
    {"bank_profiles", "SELECT", "idk_org_wide() OR idk_any_role()", ""},
    {"bank_profiles", "INSERT", "",
     "idk_any_admin() AND (owner_location_id IS NULL OR idk_admin_of(owner_location_id))"},
    {"bank_profiles", "UPDATE", "idk_org_wide() OR idk_any_role()", "idk_org_wide() OR idk_bank_edit(id)"},
    {"tax_profiles", "SELECT", "idk_org_wide() OR idk_can_view(location_id)", ""},
    {"tax_profiles", "INSERT", "", "idk_admin_of(location_id)"},
    {"tax_profiles", "UPDATE", "idk_org_wide() OR idk_can_view(location_id)",
     "idk_org_wide() OR idk_admin_of(location_id)"},
    // A tax profile's documents: seen with the profile, attached by its location's Incentives admin
    // to that location's own profile; never changed or removed.
    {"tax_documents", "SELECT", "idk_org_wide() OR idk_can_view(location_id)", ""},
    {"tax_documents", "INSERT", "",
     "idk_admin_of(location_id) AND EXISTS (SELECT 1 FROM tax_profiles t WHERE t.id = tax_profile_id AND "
     "t.location_id = tax_documents.location_id)"},
    {"enrollments", "SELECT", "idk_org_wide() OR idk_can_view(location_id)", ""},
    {"enrollments", "INSERT", "", "idk_org_wide() OR idk_admin_of(location_id)"},
    {"enrollments", "UPDATE", "idk_org_wide() OR idk_can_view(location_id)",
     "idk_org_wide() OR idk_admin_of(location_id)"},
    {"invitations", "SELECT", "idk_enrollment_visible(enrollment_id)", ""},
    {"invitations", "INSERT", "", "idk_enrollment_writable(enrollment_id)"},
    {"invitations", "UPDATE", "idk_enrollment_visible(enrollment_id)",
     "idk_enrollment_visible(enrollment_id)"},
    {"validation_requests", "SELECT", "idk_enrollment_visible(enrollment_id)", ""},
    {"validation_requests", "INSERT", "", "idk_enrollment_writable(enrollment_id)"},
    // The simulated Microsoft side (an organization-wide login) decides a validation; the location's
    // Incentives admin cancels or restarts one, and records the outcome Partner Center reported.
    {"validation_requests", "UPDATE", "idk_enrollment_visible(enrollment_id)",
     "idk_org_wide() OR (idk_enrollment_writable(enrollment_id) AND state IN ('pending', 'cancelled', "
     "'approved', 'rejected'))"},
    {"inbox_messages", "SELECT", "user_id = idk_me()", ""},
    {"inbox_messages", "INSERT", "",
     "idk_org_wide() OR (enrollment_id IS NOT NULL AND idk_enrollment_writable(enrollment_id))"},
    {"inbox_messages", "UPDATE", "user_id = idk_me()", "user_id = idk_me()"},
    // The whole log is readable (the chain is appended to its newest record); a person writes
    // records only in their own name or anonymously (failed sign-ins, the simulated side).
    {"audit_log", "SELECT", "true", ""},
    {"audit_log", "INSERT", "", "actor_id IS NULL OR actor_id = idk_me()"},
    {"sign_in_failures", "SELECT", "email = idk_my_email()", ""},
    {"sign_in_failures", "INSERT", "", "email = idk_my_email()"},
    {"sign_in_failures", "UPDATE", "email = idk_my_email()", "email = idk_my_email()"},
    {"sign_in_failures", "DELETE", "email = idk_my_email()", ""},
    {"db_logins", "SELECT", "true", ""},
    // Guided scenario progress: seen by everyone, recorded by whoever signed in runs a scenario.
    {"scenario_progress", "SELECT", "true", ""},
    {"scenario_progress", "INSERT", "", "idk_any_role()"},
    {"scenario_progress", "UPDATE", "true", "idk_any_role()"},
};

// The grants of the group role; the columns with secrets are left out of SELECT and read through
// the masking views.
const char* const kGrants[] = {
    "GRANT SELECT, INSERT, UPDATE ON settings TO %1",
    "GRANT SELECT, UPDATE ON organization TO %1",
    "GRANT SELECT (id, email, name, must_change_password, active, created_at, version),"
    " INSERT, UPDATE ON users TO %1",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON role_assignments TO %1",
    "GRANT SELECT, INSERT, DELETE ON presenters TO %1",
    "GRANT SELECT, INSERT, UPDATE ON programs TO %1",
    "GRANT SELECT, INSERT, UPDATE ON locations TO %1",
    "GRANT SELECT (id, name, country, payment_method, currency, holder_name, bic, routing_number,"
    " institution, account_type, bank_name, bank_address, status, status_reason, created_at, updated_at,"
    " version, owner_location_id), INSERT, UPDATE ON bank_profiles TO %1",
    "GRANT SELECT (id, location_id, form, incorporation_country, treaty_country, treaty_article, signed_on,"
    " expires_at, status, status_reason, created_at, updated_at, version, person_name, citizenship_country,"
    " no_tax_id_reason), INSERT, UPDATE ON tax_profiles TO %1",
    "GRANT SELECT, INSERT ON tax_documents TO %1",
    "GRANT SELECT, INSERT, UPDATE ON enrollments TO %1",
    "GRANT SELECT, INSERT, UPDATE ON invitations TO %1",
    "GRANT SELECT, INSERT, UPDATE ON validation_requests TO %1",
    "GRANT SELECT, INSERT, UPDATE ON inbox_messages TO %1",
    "GRANT SELECT, INSERT ON audit_log TO %1",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_failures TO %1",
    "GRANT SELECT, INSERT, UPDATE ON scenario_progress TO %1",
    "GRANT SELECT ON schema_version, db_logins, users_readable, bank_profiles_readable,"
    " tax_profiles_readable TO %1",
};

const char* const kTables[] = {"settings",
                               "organization",
                               "users",
                               "role_assignments",
                               "presenters",
                               "programs",
                               "locations",
                               "bank_profiles",
                               "tax_profiles",
                               "tax_documents",
                               "enrollments",
                               "invitations",
                               "validation_requests",
                               "inbox_messages",
                               "audit_log",
                               "sign_in_failures",
                               "scenario_progress",
                               "db_logins"};

// An account number or tax ID as core's maskAccount shows it: the last four characters.
QString masked(const QString& column)
{
    return QStringLiteral("CASE WHEN length(replace(%1, ' ', '')) = 0 THEN ''"
                          " WHEN length(replace(%1, ' ', '')) <= 4 THEN repeat(U&'\\2022',"
                          " length(replace(%1, ' ', '')))"
                          " ELSE repeat(U&'\\2022', 4) || right(replace(%1, ' ', ''), 4) END")
        .arg(column);
}

QString shown(const QString& column, const QString& entitled)
{
    return QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END AS %2").arg(entitled, column, masked(column));
}

// The bank profile columns schema version 10 added (credit note, beneficiary contact): readable by
// everyone who reads the profile, changed only by those who may edit it. Version 9 installs these
// rules before the columns exist, version 10 again after adding them.
const char* const kBankColumns10 =
    "contact_name, contact_email, contact_phone, tenant_id, credit_note_status, tax_exempt";

// A policy's tests of the login alone (idk_org_wide() and the like, which take no argument) as
// subqueries: the server answers each once per statement instead of once per row, so that an
// Account admin's count of ten million rows is not ten million calls.
QString oncePerStatement(const QString& expression)
{
    static const QRegularExpression loginTest(QStringLiteral("\\b(idk_[a-z_]+)\\(\\)"));
    QString out = expression;
    return out.replace(loginTest, QStringLiteral("(SELECT \\1())"));
}

// A classroom sandbox (store/Sandboxes.h) is a schema of its own, owned by a role its trainee
// belongs to: its people have no logins of their own (the trainee acts as them as in a demo
// database), and the group role and the database's CONNECT rights are the main organization's.
QStringList statements(const QString& owner, const QString& schema, const QString& group, bool bankColumns10,
                       bool sandbox)
{
    const QString path = QStringLiteral("SET search_path = %1, pg_temp").arg(identifier(schema));
    const QString g = identifier(group);
    QStringList out;
    if (!sandbox)
        out << QStringLiteral("DO $$BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR "
                              "unique_violation THEN NULL; "
                              "END$$")
                   .arg(g);
    out << QStringLiteral("CREATE TABLE IF NOT EXISTS db_logins (user_id BIGINT PRIMARY KEY REFERENCES "
                          "users(id), role_name TEXT NOT NULL UNIQUE)");
    out << QStringLiteral("CREATE OR REPLACE FUNCTION idk_people_role() RETURNS text LANGUAGE sql IMMUTABLE "
                          "AS $$SELECT %1::text$$")
               .arg(literal(group));
    out << QStringLiteral("CREATE OR REPLACE FUNCTION idk_owner_role() RETURNS text LANGUAGE sql IMMUTABLE "
                          "AS $$SELECT %1::text$$")
               .arg(literal(owner));
    out << QStringLiteral("CREATE OR REPLACE FUNCTION idk_is_owner() RETURNS boolean LANGUAGE sql STABLE "
                          "AS $$SELECT pg_has_role(session_user, idk_owner_role(), 'MEMBER')$$");
    for (const Helper& h : kHelpers)
        out << QStringLiteral("CREATE OR REPLACE FUNCTION %1(%2) RETURNS %3 LANGUAGE sql STABLE "
                              "SECURITY DEFINER %4 AS $$%5$$")
                   .arg(QLatin1String(h.name), QLatin1String(h.arguments), QLatin1String(h.result), path,
                        QLatin1String(h.body));

    // A person's search of the locations. Row-level security keeps the login's own ILIKE from the
    // trigram indexes (the operator is not leakproof) and from the statistics, so the server
    // searches as the owner here, with a plan made for the texts given, and returns only the
    // locations the login's own SELECT policy on locations lets it see.
    QString visible;
    for (const Policy& p : kPolicies)
        if (qstrcmp(p.table, "locations") == 0 && qstrcmp(p.command, "SELECT") == 0)
            visible = oncePerStatement(QLatin1String(p.usingExpression));
    out << QStringLiteral("CREATE OR REPLACE FUNCTION idk_locations_matching(pid text, nm text, lim bigint) "
                          "RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER %1 ROWS 500 AS "
                          "$$BEGIN RETURN QUERY EXECUTE 'SELECT id FROM locations WHERE (partner_id ILIKE $1 "
                          "ESCAPE ''\\'' OR name ILIKE $2 ESCAPE ''\\'') AND (%2) LIMIT $3' USING pid, nm, "
                          "lim; END$$")
               .arg(path, visible);

    // Raised by the triggers below, as the server's own refusal (insufficient_privilege).
    const QString refuse = QStringLiteral("RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', "
                                          "MESSAGE = ");
    // A person's login creates, enables and disables logins only through these, as an Account admin.
    // Another database on the same server may change the same login at the same moment: the
    // catalog then reports a concurrent update, and the change is tried again.
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION idk_alter_login(r text, can boolean) RETURNS void "
               "LANGUAGE plpgsql SECURITY DEFINER %1 AS $$BEGIN FOR attempt IN 1..20 LOOP BEGIN "
               "EXECUTE format(CASE WHEN can THEN 'ALTER ROLE %I LOGIN' ELSE 'ALTER ROLE %I NOLOGIN' "
               "END, r); RETURN; EXCEPTION WHEN internal_error THEN PERFORM pg_sleep(0.05 * attempt); "
               "END; END LOOP; EXECUTE format(CASE WHEN can THEN 'ALTER ROLE %I LOGIN' ELSE "
               "'ALTER ROLE %I NOLOGIN' END, r); END$$")
               .arg(path);
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION idk_sync_login() RETURNS trigger LANGUAGE plpgsql "
               "SECURITY DEFINER %1 AS $$DECLARE r text; g text := idk_people_role(); BEGIN "
               "IF NOT (idk_is_owner() OR idk_account_admin()) THEN %2'only an Account admin manages "
               "logins'; "
               "END IF; "
               "SELECT role_name INTO r FROM db_logins WHERE user_id = NEW.id; "
               "IF r IS NULL THEN r := lower(NEW.email); "
               "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN "
               "BEGIN EXECUTE format('CREATE ROLE %I NOLOGIN', r); "
               "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; END IF; "
               "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r AND (rolsuper OR rolcreaterole OR "
               "rolname = idk_owner_role() OR rolname = g)) THEN "
               "%2'the login ' || r || ' has administrator rights and cannot stand for a user'; END IF; "
               "INSERT INTO db_logins(user_id, role_name) VALUES (NEW.id, r); END IF; "
               "IF NEW.active = 1 THEN "
               "IF NOT pg_has_role(r, g, 'MEMBER') THEN EXECUTE format('GRANT %I TO %I', g, r); END IF; "
               "IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = r) THEN "
               "PERFORM idk_alter_login(r, true); END IF; "
               "ELSE "
               "IF pg_has_role(r, g, 'MEMBER') THEN EXECUTE format('REVOKE %I FROM %I', g, r); END IF; "
               "IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles x ON x.oid = m.member "
               "WHERE x.rolname = r) AND (SELECT rolcanlogin FROM pg_roles WHERE rolname = r) THEN "
               "PERFORM idk_alter_login(r, false); END IF; "
               "END IF; RETURN NEW; END$$")
               .arg(path, refuse);
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION idk_set_login_password(uid bigint, pw text) RETURNS void "
               "LANGUAGE plpgsql SECURITY DEFINER %1 AS $$DECLARE r text; BEGIN "
               "IF NOT (idk_is_owner() OR idk_account_admin() OR uid = idk_me()) THEN "
               "%2'only an Account admin sets another user''s password'; END IF; "
               "SELECT role_name INTO r FROM db_logins WHERE user_id = uid; "
               "IF r IS NOT NULL THEN EXECUTE format('ALTER ROLE %I PASSWORD %L', r, pw); END IF; "
               "END$$")
               .arg(path, refuse);
    // A person sees and changes only their own messages, but doing what a mandatory action asks
    // closes it for everyone it was sent to: whoever may act on the enrollment or profile it is
    // about closes its open actions, and nothing else of those messages.
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION idk_close_actions(col text, at bigint, target bigint, kinds "
               "text, due_before bigint) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER %1 AS "
               "$$DECLARE n integer; BEGIN "
               "IF col NOT IN ('enrollment_id', 'bank_profile_id', 'tax_profile_id') THEN "
               "%2'no such link'; END IF; "
               "IF NOT (idk_is_owner() OR idk_org_wide() OR (col = 'enrollment_id' AND "
               "idk_enrollment_writable(target)) OR (col = 'bank_profile_id' AND idk_bank_use(target)) OR "
               "(col = 'tax_profile_id' AND idk_admin_of((SELECT location_id FROM tax_profiles WHERE id = "
               "target)))) THEN %2'only who may act on it closes its actions'; END IF; "
               "EXECUTE format('UPDATE inbox_messages SET closed_at = $1, closed_as = ''done'' WHERE %I = "
               "$2 AND closed_at IS NULL AND kind = ANY (string_to_array($3, '','')) AND ($4 IS NULL OR "
               "due_at < $4)', col) USING at, target, kinds, due_before; "
               "GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END$$")
               .arg(path, refuse);
    // Column rules that row-level security cannot express: what a row may become depends on what
    // it was.
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION idk_check_change() RETURNS trigger LANGUAGE plpgsql "
               "SECURITY DEFINER %1 AS $$BEGIN "
               "IF idk_is_owner() THEN RETURN NEW; END IF; "
               "IF TG_TABLE_NAME = 'users' THEN "
               "IF NOT idk_account_admin() AND (NEW.email IS DISTINCT FROM OLD.email OR NEW.name IS DISTINCT "
               "FROM OLD.name OR NEW.active IS DISTINCT FROM OLD.active OR NEW.id IS DISTINCT FROM OLD.id) "
               "THEN %2'only an Account admin changes users'; END IF; "
               "ELSIF TG_TABLE_NAME = 'locations' THEN "
               "IF NEW.default_bank_profile_id IS DISTINCT FROM OLD.default_bank_profile_id AND NOT "
               "(idk_admin_of(NEW.id) AND (NEW.default_bank_profile_id IS NULL OR "
               "idk_bank_use(NEW.default_bank_profile_id))) THEN "
               "%2'only the location''s Incentives admin chooses its bank profile'; END IF; "
               "ELSIF TG_TABLE_NAME = 'enrollments' THEN "
               "IF NEW.bank_profile_id IS DISTINCT FROM (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE "
               "OLD.bank_profile_id END) AND NOT (idk_admin_of(NEW.location_id) AND (NEW.bank_profile_id IS "
               "NULL OR idk_bank_use(NEW.bank_profile_id))) THEN "
               "%2'only the location''s Incentives admin chooses its bank profile'; END IF; "
               // The tax profile of an assignment is chosen by its location's Incentives admin, among
               // that location's own.
               "IF NEW.tax_profile_id IS DISTINCT FROM (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE "
               "OLD.tax_profile_id END) AND NOT (idk_admin_of(NEW.location_id) AND (NEW.tax_profile_id IS "
               "NULL OR EXISTS (SELECT 1 FROM tax_profiles t WHERE t.id = NEW.tax_profile_id AND "
               "t.location_id = NEW.location_id))) THEN "
               "%2'only the location''s Incentives admin assigns one of its tax profiles'; END IF; "
               // The disbursement currency and the payment hold of an assignment are its location's
               // Incentives admin's.
               "IF TG_OP = 'UPDATE' AND (NEW.currency, NEW.payment_hold) IS DISTINCT FROM (OLD.currency, "
               "OLD.payment_hold) AND NOT idk_admin_of(NEW.location_id) THEN "
               "%2'only the location''s Incentives admin changes the currency or hold of its payments'; "
               "END IF; "
               // An Incentives admin accepts and submits, records the invitation Partner Center showed and
               // Microsoft's approval of a validation; every other status is the simulated side's.
               "IF NOT idk_org_wide() AND NEW.status IS DISTINCT FROM (CASE WHEN TG_OP = 'INSERT' THEN NULL "
               "ELSE OLD.status END) AND NEW.status NOT IN ('enrolling', 'validating') AND NOT "
               "(idk_admin_of(NEW.location_id) AND (NEW.status = 'invited' OR (NEW.status = 'enrolled' AND "
               "(CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.status END) = 'validating'))) THEN "
               "%2'only the simulated Microsoft side decides this status'; END IF; "
               "ELSIF TG_TABLE_NAME = 'bank_profiles' THEN "
               "IF NOT idk_bank_edit(OLD.id) AND (NEW.iban, NEW.account_number, NEW.routing_number, NEW.bic, "
               "NEW.institution, NEW.holder_name, NEW.name, NEW.currency, NEW.country, "
               "NEW.owner_location_id%3) "
               "IS DISTINCT FROM (OLD.iban, OLD.account_number, OLD.routing_number, OLD.bic, "
               "OLD.institution, "
               "OLD.holder_name, OLD.name, OLD.currency, OLD.country, OLD.owner_location_id%4) THEN "
               "%2'only an Incentives admin of every location that uses it changes a bank profile'; END IF; "
               "ELSIF TG_TABLE_NAME = 'tax_profiles' THEN "
               "IF NOT idk_admin_of(OLD.location_id) AND (NEW.location_id, NEW.form, NEW.ein, "
               "NEW.foreign_tax_id, NEW.vat_id, NEW.incorporation_country, NEW.signed_on, NEW.person_name, "
               "NEW.citizenship_country, NEW.birth_date, NEW.no_tax_id_reason) IS DISTINCT FROM "
               "(OLD.location_id, OLD.form, OLD.ein, OLD.foreign_tax_id, OLD.vat_id, "
               "OLD.incorporation_country, OLD.signed_on, OLD.person_name, OLD.citizenship_country, "
               "OLD.birth_date, OLD.no_tax_id_reason) THEN "
               "%2'only the location''s Incentives admin changes its tax profile'; END IF; "
               "END IF; RETURN NEW; END$$")
               .arg(
                   path, refuse,
                   bankColumns10 ? QStringLiteral(", NEW.contact_name, NEW.contact_email, NEW.contact_phone, "
                                                  "NEW.tenant_id, NEW.credit_note_status, NEW.tax_exempt")
                                 : QString(),
                   bankColumns10 ? QStringLiteral(", OLD.contact_name, OLD.contact_email, OLD.contact_phone, "
                                                  "OLD.tenant_id, OLD.credit_note_status, OLD.tax_exempt")
                                 : QString());
    for (const char* table : {"users", "locations", "bank_profiles", "tax_profiles"})
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_checked ON %1").arg(QLatin1String(table))
            << QStringLiteral("CREATE TRIGGER %1_checked BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "idk_check_change()")
                   .arg(QLatin1String(table));
    out << QStringLiteral("DROP TRIGGER IF EXISTS enrollments_checked ON enrollments")
        << QStringLiteral(
               "CREATE TRIGGER enrollments_checked BEFORE INSERT OR UPDATE ON enrollments FOR EACH "
               "ROW EXECUTE FUNCTION idk_check_change()");
    out << QStringLiteral("DROP TRIGGER IF EXISTS users_login ON users");
    if (!sandbox)
        out << QStringLiteral("CREATE TRIGGER users_login AFTER INSERT OR UPDATE OF active ON users FOR EACH "
                              "ROW EXECUTE FUNCTION idk_sync_login()");

    // The masking views run as their owner and filter rows themselves.
    out << QStringLiteral(
        "CREATE OR REPLACE VIEW users_readable WITH (security_barrier) AS SELECT id, email, "
        "name, active, must_change_password, CASE WHEN idk_is_owner() OR id = idk_me() THEN "
        "password_hash END AS password_hash, version, created_at FROM users");
    out << QStringLiteral(
               "CREATE OR REPLACE VIEW bank_profiles_readable WITH (security_barrier) AS SELECT id, "
               "name, country, payment_method, currency, holder_name, %1, bic, routing_number, "
               "institution, %2, account_type, bank_name, bank_address, status, status_reason, "
               "created_at, updated_at, version, owner_location_id%3 FROM bank_profiles "
               "WHERE idk_org_wide() OR idk_any_role()")
               .arg(shown(QStringLiteral("iban"), QStringLiteral("idk_bank_use(id)")),
                    shown(QStringLiteral("account_number"), QStringLiteral("idk_bank_use(id)")),
                    bankColumns10 ? QStringLiteral(", ") + QLatin1String(kBankColumns10) : QString());
    const QString taxEntitled = QStringLiteral("(idk_is_owner() OR idk_admin_of(location_id))");
    out << QStringLiteral(
               "CREATE OR REPLACE VIEW tax_profiles_readable WITH (security_barrier) AS SELECT id, "
               "location_id, form, %1, incorporation_country, %2, treaty_country, treaty_article, "
               "signed_on, expires_at, %3, status, status_reason, created_at, updated_at, version, "
               "person_name, citizenship_country, CASE WHEN %4 THEN birth_date ELSE '' END AS birth_date, "
               "no_tax_id_reason FROM tax_profiles WHERE idk_org_wide() OR idk_can_view(location_id)")
               .arg(shown(QStringLiteral("ein"), taxEntitled),
                    shown(QStringLiteral("foreign_tax_id"), taxEntitled),
                    shown(QStringLiteral("vat_id"), taxEntitled), taxEntitled);

    for (const char* table : kTables) {
        const QString t = QLatin1String(table);
        out << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(t)
            << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t);
    }
    for (const Policy& p : kPolicies) {
        const QString name =
            QStringLiteral("%1_%2").arg(QLatin1String(p.table), QString::fromLatin1(p.command).toLower());
        out << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, QLatin1String(p.table));
        QString sql = QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO %4")
                          .arg(name, QLatin1String(p.table), QLatin1String(p.command), g);
        if (*p.usingExpression)
            sql += QStringLiteral(" USING (%1)").arg(oncePerStatement(QLatin1String(p.usingExpression)));
        if (*p.checkExpression)
            sql += QStringLiteral(" WITH CHECK (%1)").arg(oncePerStatement(QLatin1String(p.checkExpression)));
        out << sql;
    }
    for (const char* grant : kGrants)
        out << QString::fromLatin1(grant).arg(g);
    if (bankColumns10)
        out << QStringLiteral("GRANT SELECT (%1) ON bank_profiles TO %2")
                   .arg(QLatin1String(kBankColumns10), g);
    out << QStringLiteral("REVOKE ALL ON schema_version, users_readable, bank_profiles_readable, "
                          "tax_profiles_readable FROM PUBLIC");
    // Functions are callable by PUBLIC unless told otherwise: only this database's people (and the
    // owner) call these.
    out << QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %1 FROM PUBLIC").arg(identifier(schema))
        << QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %1 TO %2").arg(identifier(schema), g);
    out << QStringLiteral("REVOKE EXECUTE ON FUNCTION idk_alter_login(text, boolean) FROM %1").arg(g);
    // Only this database's people connect to it (a database owner's or superuser's statement;
    // without that right PostgreSQL only warns).
    if (!sandbox)
        out << QStringLiteral(
            "DO $$BEGIN EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', "
            "current_database()); EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', "
            "current_database(), idk_people_role()); END$$");
    return out;
}

} // namespace

Status install(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT current_user, current_schema(), current_database()"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorKind::Storage, QStringLiteral("the server did not say who is connected"));
    const QString owner = q->value(0).toString();
    const QString schema = q->value(1).toString();
    const QString group = (q->value(2).toString() + QStringLiteral("_people")).left(63);
    auto columns10 = db.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE "
                                              "table_schema = current_schema() AND table_name = "
                                              "'bank_profiles' AND column_name = 'tenant_id'"));
    if (!columns10)
        return columns10.error();
    const bool sandbox = schema.startsWith(QLatin1String(kSandboxPrefix));
    for (const QString& s : statements(owner, schema, group, columns10->toInt() > 0, sandbox))
        if (auto r = db.run(s); !r)
            return r;
    return {};
}

QStringList dropStatements()
{
    QStringList out{QStringLiteral("DROP VIEW IF EXISTS users_readable, bank_profiles_readable, "
                                   "tax_profiles_readable"),
                    QStringLiteral("DROP TABLE IF EXISTS db_logins")};
    return out;
}

QString readable(const QString& table)
{
    if (table == QLatin1String("users") || table == QLatin1String("bank_profiles") ||
        table == QLatin1String("tax_profiles"))
        return table + QStringLiteral("_readable");
    return table;
}

QString loginUserQuery()
{
    return QStringLiteral("SELECT COALESCE(idk_me(), 0), idk_is_owner(), "
                          "to_regproc('idk_locations_matching') IS NOT NULL");
}

QString locationHiddenQuery()
{
    return QStringLiteral("SELECT idk_location_exists(?)"
                          " AND NOT idk_org_wide() AND NOT EXISTS (SELECT 1 FROM locations WHERE"
                          " partner_id = ? AND idk_can_view(id))");
}

QString installedQuery()
{
    return QStringLiteral("SELECT to_regproc('idk_me') IS NOT NULL");
}

QString locationMatchesQuery(const QString& columns)
{
    return QStringLiteral("SELECT %1 FROM locations WHERE (id IN (SELECT idk_locations_matching(?, ?, ?)))")
        .arg(columns);
}

QString setLoginPasswordStatement()
{
    return QStringLiteral("SELECT idk_set_login_password(?, ?)");
}

QString identifier(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

} // namespace incentives::pgsecurity
