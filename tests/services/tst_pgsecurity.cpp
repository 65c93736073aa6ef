// A shared PostgreSQL database enforces access itself (store/PgSecurity.cpp). The people of
// PermissionMatrix.h each connect with their own login, and the access matrix runs twice: through
// the services, which must answer exactly as with the owner's connection, and through raw SQL, as
// someone with psql and those credentials would, where every read, insert, update and delete the
// person's roles do not allow must fail or touch nothing. Full account numbers and tax IDs reach
// only the Incentives admins of the locations that use them; a deactivated user cannot connect;
// nobody's login can change, empty or unguard the audit log.
#include "PermissionMatrix.h"
#include "PermissionServices.h"
#include "TestDatabase.h"
#include "services/EnrollmentService.h"
#include "services/MaintenanceService.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"
#include "store/Repositories.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace incentives;
using matrix::Who;

Q_DECLARE_METATYPE(matrix::Who)

namespace {

// The people who hold a login that connects.
const QList<Who>& people()
{
    static const QList<Who> all{Who::AccountAdmin,       Who::Presenter,      Who::LocationAdmin,
                                Who::OtherLocationAdmin, Who::IncentivesUser, Who::NoRole};
    return all;
}

QString urlAs(const QString& database, const QString& login)
{
    QUrl url(database);
    url.setUserName(login);
    return url.toString();
}

// One raw probe: a statement and who may make it succeed.
struct Probe
{
    QString name;
    QString sql;
    bool read; // a read succeeds when it returns a row; a write when it changes a row
    QSet<Who> allowed;
    QString verify = {}; // when given, the write succeeded if this query then returns true
};

} // namespace

class TestPgSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rawSqlMatrix();
    void secretsReachOnlyTheirAdmins();
    void throughServices_data();
    void throughServices();
    void signInOnlyAsTheLoginsPerson();
    void deactivatedUserCannotConnect();
    void actionsCloseForWhoeverActs();
    void theLoginIsTestedOncePerStatement();
    void aBroadSearchIsTestedRowByRowUnderTheLogin();
    void theServersSearchReturnsWhatTheLoginSees();
    void cleanupTestCase();

private:
    QString copy();
    Status runService(AppContext& ctx, const Actor& actor, const QString& op);

    QTemporaryDir m_dir;
    QString m_database;
    QHash<Who, Id> m_ids;
    Id m_location = 0;
    Id m_otherLocation = 0;
    Id m_ownProfile = 0;
    Id m_otherProfile = 0;
    Id m_ownTax = 0;   // the first tax profile of m_location
    Id m_otherTax = 0; // of m_otherLocation
    Id m_avery = 0;
    QString m_pendingProgram;
    QString m_pendingLocation;
    // What the owner reads: profile id → (iban, account number), location → tax IDs.
    QHash<Id, QStringList> m_bankSecrets;
    QHash<Id, QSet<Id>> m_bankOwners;
    QHash<Id, QStringList> m_taxSecrets;
    QHash<Who, QSet<Id>> m_adminOf;
    QHash<Id, QSet<Who>> m_viewersOf;
    Id m_validationLocation = 0;
    int m_unique = 0;
    int m_attempted = 0;
};

void TestPgSecurity::initTestCase()
{
    if (!testdb::onServer())
        QSKIP("the server's own enforcement needs a PostgreSQL server");
    QStandardPaths::setTestModeEnabled(true);
    m_database = testdb::fresh(m_dir, QStringLiteral("pgsecurity"));
    {
        auto ctx = AppContext::open(m_database, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx);
        QVERIFY(!(*ctx)->db().isPersonLogin()); // the owner's connection
        QVERIFY(seed::demo(**ctx));
        QVERIFY(matrix::addPeople(**ctx));
        auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
        QVERIFY(avery);
        m_avery = avery->userId;
        auto pending = PresenterTools(**ctx).pendingValidations(*avery);
        QVERIFY(pending && !pending->isEmpty());
        m_pendingProgram = pending->first().programName;
        m_pendingLocation = pending->first().partnerId;
        for (Who who : matrix::everyone())
            if (auto u = (*ctx)->directory().userByEmail(matrix::email(who)))
                m_ids.insert(who, u->id);
        m_location = (*ctx)->directory().locationByPartnerId(matrix::kLocation)->id;
        m_otherLocation = (*ctx)->directory().locationByPartnerId(matrix::kOtherLocation)->id;
        m_ownProfile = (*ctx)->profiles().bankProfileByName(matrix::kOwnProfile)->id;
        m_otherProfile = (*ctx)->profiles().bankProfileByName(matrix::kOtherProfile)->id;
        // A password hash for the demo's own Account admin, to see that no other login reads it.
        QVERIFY((*ctx)->db().run(QStringLiteral("UPDATE users SET password_hash = 'argon-hash' WHERE id = ?"),
                                 {m_avery}));
    }
    // The owner's view of the secrets, and who administers what.
    QSqlDatabase owner = testdb::openRaw(m_database, QStringLiteral("owner"));
    {
        QVERIFY(owner.isOpen());
        QSqlQuery q(owner);
        QVERIFY(
            q.exec(QStringLiteral("SELECT id, iban, account_number, owner_location_id FROM bank_profiles")));
        while (q.next()) {
            m_bankSecrets.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
            if (!q.value(3).isNull())
                m_bankOwners[q.value(0).toLongLong()].insert(q.value(3).toLongLong());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT default_bank_profile_id, id FROM locations WHERE "
                                      "default_bank_profile_id IS NOT NULL UNION SELECT bank_profile_id, "
                                      "location_id FROM enrollments WHERE bank_profile_id IS NOT NULL")));
        while (q.next())
            m_bankOwners[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
        QVERIFY(q.exec(QStringLiteral("SELECT location_id, MIN(id) FROM tax_profiles GROUP BY location_id")));
        while (q.next()) {
            if (q.value(0).toLongLong() == m_location)
                m_ownTax = q.value(1).toLongLong();
            if (q.value(0).toLongLong() == m_otherLocation)
                m_otherTax = q.value(1).toLongLong();
        }
        QVERIFY(q.exec(QStringLiteral("SELECT location_id, ein, foreign_tax_id, vat_id FROM tax_profiles")));
        while (q.next())
            m_taxSecrets.insert(q.value(0).toLongLong(),
                                {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        QVERIFY(q.exec(QStringLiteral("SELECT user_id, location_id FROM role_assignments WHERE role = "
                                      "'incentives-admin'")));
        while (q.next())
            for (Who who : people())
                if (m_ids.value(who) == q.value(0).toLongLong())
                    m_adminOf[who].insert(q.value(1).toLongLong());
        QVERIFY(
            q.exec(QStringLiteral("SELECT user_id, location_id FROM role_assignments WHERE location_id IS "
                                  "NOT NULL")));
        while (q.next())
            for (Who who : people())
                if (m_ids.value(who) == q.value(0).toLongLong())
                    m_viewersOf[q.value(1).toLongLong()].insert(who);
        QVERIFY(q.exec(QStringLiteral("SELECT e.location_id FROM validation_requests v JOIN enrollments e ON "
                                      "e.id = v.enrollment_id ORDER BY v.id LIMIT 1")));
        QVERIFY(q.next());
        m_validationLocation = q.value(0).toLongLong();
        QVERIFY(q.exec(
            QStringLiteral("SELECT default_bank_profile_id FROM locations WHERE id = %1").arg(m_location)));
        QVERIFY(q.next() && !q.value(0).isNull()); // the probe that clears it changes something
    }
    owner.close();
    owner = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    QVERIFY(m_ownTax != 0 && m_otherTax != 0);
    QVERIFY(m_adminOf.value(Who::LocationAdmin).contains(m_location));
    QVERIFY(m_adminOf.value(Who::OtherLocationAdmin).contains(m_otherLocation));
    QVERIFY(!m_bankSecrets.value(m_ownProfile).join(QString()).isEmpty());
}

void TestPgSecurity::theLoginIsTestedOncePerStatement()
{
    // What the login may see as a whole (an Account admin's whole organization) is asked once per
    // statement, not once per row: a count of millions of rows is not millions of calls.
    const QString name = QStringLiteral("plan-account-admin");
    {
        QSqlDatabase c = testdb::openRaw(urlAs(m_database, matrix::email(Who::AccountAdmin)), name);
        QVERIFY2(c.isOpen(), qPrintable(c.lastError().text()));
        for (const char* table : {"enrollments", "locations"}) {
            QSqlQuery q(c);
            QVERIFY2(q.exec(QStringLiteral("EXPLAIN SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     qPrintable(q.lastError().text()));
            QStringList plan;
            while (q.next())
                plan.append(q.value(0).toString());
            const QString text = plan.join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QStringLiteral("InitPlan")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("idk_org_wide()")), qPrintable(text));
        }
        // And the rows are still all of the organization's.
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM enrollments")) && q.next());
        const qint64 seen = q.value(0).toLongLong();
        c.close();
        QSqlDatabase owner = testdb::openRaw(m_database, QStringLiteral("plan-owner"));
        QSqlQuery all(owner);
        QVERIFY(all.exec(QStringLiteral("SELECT COUNT(*) FROM enrollments")) && all.next());
        QCOMPARE(seen, all.value(0).toLongLong());
        QVERIFY(seen > 0);
        owner.close();
    }
    QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(QStringLiteral("plan-owner"));
}

void TestPgSecurity::aBroadSearchIsTestedRowByRowUnderTheLogin()
{
    // More locations named like the demo's: a search for "Contoso" matches more locations than a
    // search lists. Under row-level security the login's own search of the locations reads every
    // location's name, and the server has no estimate of how many match: it would join them to
    // their enrollments one by one and sort every match. The server finds the matches instead:
    // up to 5,000 of them are bound to the page as one value, hashed once and tested on each row
    // read in the sort's order; past those, each row's location is looked up and tested. Either
    // way no statement of the page reads the locations whole, and the rows are the owner's.
    auto owner = AppContext::open(m_database, Database::OpenMode::MustExist);
    QVERIFY(owner);
    WorkspaceFilter filter;
    filter.search = QStringLiteral("Contoso");
    PageRequest first;
    first.limit = 20;
    auto ctx =
        AppContext::open(urlAs(m_database, matrix::email(Who::AccountAdmin)), Database::OpenMode::MustExist);
    QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
    QVERIFY((*ctx)->db().isPersonLogin() && (*ctx)->db().searchesThroughServer());
    QVERIFY(!(*owner)->db().searchesThroughServer());
    // No just-in-time compilation of a page's statement (milliseconds of compiling for a statement
    // the server knows to be empty, once its estimate of the rows passes jit_above_cost).
    for (AppContext* c : {ctx->get(), owner->get()}) {
        auto jit = c->db().scalar(QStringLiteral("SHOW jit"));
        QVERIFY(jit);
        QCOMPARE(jit->toString(), QStringLiteral("off"));
    }
    int added = 0;
    for (const int more : {600, 5100}) {
        QVERIFY((*owner)->db().run(
            QStringLiteral(
                "INSERT INTO locations(id, partner_id, name, country) SELECT m.id + g, '88' || "
                "lpad((%1 + g)::text, 5, '0'), 'Contoso Branch ' || (%1 + g), CASE WHEN mod(g, 2) = 0 "
                "THEN 'US' ELSE 'DE' END FROM generate_series(1, ?) g, (SELECT MAX(id) AS id FROM "
                "locations) m")
                .arg(added),
            {more - added}));
        added = more;
        const bool lookedUp = more > 5000;
        for (WorkspaceSort by : {WorkspaceSort::Program, WorkspaceSort::Location, WorkspaceSort::Country,
                                 WorkspaceSort::Updated}) {
            for (const bool validating : {false, true}) {
                WorkspaceFilter f = filter;
                if (validating)
                    f.statuses = {EnrollmentStatus::Validating};
                auto lines = (*ctx)->enrollments().explainPage(f, by, true, first);
                QVERIFY2(lines, qPrintable(lines ? QString() : lines.error().message));
                const QString plan = lines->join(QLatin1Char('\n'));
                // (In country order past 5,000 matches the login's own search of the locations
                // remains: every name read once, 120 ms at 100,000 locations, below.)
                QVERIFY2((lookedUp && by == WorkspaceSort::Country) ||
                             !plan.contains(QLatin1String("Seq Scan on locations")),
                         qPrintable(plan));
                QVERIFY2(!plan.contains(QLatin1String("Semi Join")) &&
                             !plan.contains(QLatin1String("Nested Loop")),
                         qPrintable(plan));
                if (lookedUp && by == WorkspaceSort::Country) {
                    // In country order the matching locations' countries' stretches are sought by
                    // name, the matches hashed once: a walk looking up each row could pass a
                    // country's millions of rows before the matches of another.
                    QVERIFY2(plan.contains(QLatin1String("hashed SubPlan")) &&
                                 !plan.contains(QLatin1String("on locations searched")),
                             qPrintable(plan));
                } else if (lookedUp) {
                    QVERIFY2(plan.contains(QLatin1String("SubPlan")) &&
                                 !plan.contains(QLatin1String("hashed SubPlan")) &&
                                 plan.contains(QLatin1String("on locations searched")),
                             qPrintable(plan));
                } else {
                    QVERIFY2(plan.contains(QLatin1String("hashed SubPlan")), qPrintable(plan));
                }
                for (const bool ascending : {true, false}) {
                    auto seen = (*ctx)->enrollments().page(f, by, ascending, first);
                    auto expected = (*owner)->enrollments().page(f, by, ascending, first);
                    QVERIFY(seen && expected);
                    QVERIFY(validating || !seen->isEmpty());
                    QCOMPARE(seen->size(), expected->size());
                    for (int i = 0; i < seen->size(); ++i)
                        QCOMPARE(seen->at(i).id, expected->at(i).id);
                }
            }
        }
        // The count is the owner's too.
        auto seenCount = (*ctx)->enrollments().count(filter);
        auto expectedCount = (*owner)->enrollments().count(filter);
        QVERIFY(seenCount && expectedCount);
        QCOMPARE(*seenCount, *expectedCount);
    }
    QVERIFY((*owner)->db().run(QStringLiteral("DELETE FROM locations WHERE name LIKE 'Contoso Branch %'")));
}

void TestPgSecurity::theServersSearchReturnsWhatTheLoginSees()
{
    // The server's search of the locations runs as the owner, for the trigram indexes: it returns
    // exactly the locations the login's own search finds through row-level security, for every
    // kind of person, however many it is asked for and whatever the text (% and _ are letters).
    const QStringList patterns{QStringLiteral("%"),         QStringLiteral("%contoso%"),
                               QStringLiteral("%4649101%"), QStringLiteral("%\\%%"),
                               QStringLiteral("%\\_%"),     QStringLiteral("%zzq%")};
    int checked = 0;
    for (Who who : matrix::everyone()) {
        if (who == Who::Deactivated || who == Who::Unknown)
            continue; // no connection at all (deactivatedUserCannotConnect)
        const QString name = QStringLiteral("matcher-%1").arg(int(who));
        {
            QSqlDatabase c = testdb::openRaw(urlAs(m_database, matrix::email(who)), name);
            QVERIFY2(c.isOpen(), qPrintable(matrix::email(who) + c.lastError().text()));
            const auto ids = [&c](const QString& sql, const QVariantList& values) {
                QSqlQuery q(c);
                QList<qint64> out;
                if (!q.prepare(sql))
                    return QList<qint64>{-1};
                for (const QVariant& v : values)
                    q.addBindValue(v);
                if (!q.exec())
                    return QList<qint64>{-1};
                while (q.next())
                    out.append(q.value(0).toLongLong());
                std::sort(out.begin(), out.end());
                return out;
            };
            for (const QString& pattern : patterns) {
                const QList<qint64> own = ids(
                    QStringLiteral("SELECT id FROM locations WHERE partner_id ILIKE ? ESCAPE '\\' OR name "
                                   "ILIKE ? ESCAPE '\\'"),
                    {pattern, pattern});
                const QList<qint64> server =
                    ids(QStringLiteral("SELECT idk_locations_matching(?, ?, NULL)"), {pattern, pattern});
                QCOMPARE(server, own);
                QVERIFY(!own.contains(-1));
                if (!own.isEmpty()) {
                    const QList<qint64> one =
                        ids(QStringLiteral("SELECT idk_locations_matching(?, ?, 1)"), {pattern, pattern});
                    QCOMPARE(one.size(), 1);
                    QVERIFY(own.contains(one.first()));
                }
                ++checked;
            }
            // Whoever has no role sees no location, and the server finds none for them.
            if (who == Who::NoRole)
                QVERIFY(ids(QStringLiteral("SELECT idk_locations_matching('%', '%', NULL)"), {}).isEmpty());
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(checked > 0);
    m_attempted += checked;

    // Without the function (a schema where it is missing), the login searches by itself, with
    // the same rows. A server of version 16 gets it when the owner opens it at today's version.
    const QString login = urlAs(m_database, matrix::email(Who::LocationAdmin));
    WorkspaceFilter filter;
    filter.search = QStringLiteral("Contoso");
    const auto pageIds = [&](bool throughServer) {
        QList<Id> out;
        auto ctx = AppContext::open(login, Database::OpenMode::MustExist);
        if (!ctx || (*ctx)->db().searchesThroughServer() != throughServer)
            return QList<Id>{-1};
        auto rows = (*ctx)->enrollments().page(filter, WorkspaceSort::Program, true, {});
        for (const Enrollment& e : rows ? *rows : QList<Enrollment>())
            out.append(e.id);
        return out;
    };
    const QList<Id> through = pageIds(true);
    QVERIFY(!through.isEmpty() && !through.contains(-1));
    const auto asOwner = [&](const QStringList& statements) {
        QSqlDatabase owner = testdb::openRaw(m_database, QStringLiteral("owner-v16"));
        bool ok = true;
        {
            QSqlQuery q(owner);
            for (const QString& sql : statements)
                ok = ok && q.exec(sql);
        }
        owner.close();
        owner = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("owner-v16"));
        return ok;
    };
    QVERIFY(asOwner({QStringLiteral("DROP FUNCTION idk_locations_matching(text, text, bigint)")}));
    QCOMPARE(pageIds(false), through);
    QVERIFY(asOwner({QStringLiteral("DELETE FROM schema_version WHERE version >= 17"),
                     QStringLiteral("DROP INDEX ix_inbox_order")}));
    {
        auto owner = AppContext::open(m_database, Database::OpenMode::MustExist);
        QVERIFY(owner);
        QCOMPARE((*owner)->db().schemaVersion(), Database::kSchemaVersion);
    }
    QCOMPARE(pageIds(true), through);
}

void TestPgSecurity::cleanupTestCase()
{
    qInfo("raw statements attempted: %d", m_attempted);
}

void TestPgSecurity::rawSqlMatrix()
{
    const QString l = QString::number(m_location);
    const QString l2 = QString::number(m_otherLocation);
    const QString own = QString::number(m_ownProfile);
    const QString other = QString::number(m_otherProfile);
    const QString bao = QString::number(m_ids.value(Who::LocationAdmin));
    const QString emma = QString::number(m_ids.value(Who::IncentivesUser));
    const QString gabriel = QString::number(m_ids.value(Who::NoRole));
    const QString avery = QString::number(m_avery);
    const QSet<Who> orgWide{Who::AccountAdmin, Who::Presenter};
    QVERIFY(m_validationLocation != 0);
    const QSet<Who> nobody;
    const QList<Probe> probes{
        // Reads: only the rows the roles allow.
        {QStringLiteral("location"),
         QStringLiteral("SELECT id FROM locations WHERE id = ") + l,
         true,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin, Who::IncentivesUser}},
        {QStringLiteral("other location"),
         QStringLiteral("SELECT id FROM locations WHERE id = ") + l2,
         true,
         {Who::AccountAdmin, Who::Presenter, Who::OtherLocationAdmin}},
        {QStringLiteral("enrollments"),
         QStringLiteral("SELECT id FROM enrollments WHERE location_id = ") + l,
         true,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin, Who::IncentivesUser}},
        {QStringLiteral("other enrollments"),
         QStringLiteral("SELECT id FROM enrollments WHERE location_id = ") + l2,
         true,
         {Who::AccountAdmin, Who::Presenter, Who::OtherLocationAdmin}},
        {QStringLiteral("invitations"),
         QStringLiteral("SELECT i.id FROM invitations i WHERE i.enrollment_id IN (SELECT id FROM enrollments "
                        "WHERE location_id = ") +
             l + QStringLiteral(")"),
         true,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin, Who::IncentivesUser}},
        {QStringLiteral("validations"),
         QStringLiteral("SELECT id FROM validation_requests WHERE enrollment_id IN (SELECT id FROM "
                        "enrollments WHERE location_id = ") +
             QString::number(m_validationLocation) + QStringLiteral(")"),
         true, orgWide + m_viewersOf.value(m_validationLocation)},
        {QStringLiteral("tax profile"),
         QStringLiteral("SELECT id FROM tax_profiles_readable WHERE location_id = ") + l,
         true,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin, Who::IncentivesUser}},
        {QStringLiteral("tax profile row"),
         QStringLiteral("SELECT id FROM tax_profiles WHERE location_id = ") + l,
         true,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin, Who::IncentivesUser}},
        {QStringLiteral("someone else's inbox"),
         QStringLiteral("SELECT id FROM inbox_messages WHERE user_id <> COALESCE(idk_me(), 0)"), true,
         nobody},
        {QStringLiteral("base account numbers"), QStringLiteral("SELECT account_number FROM bank_profiles"),
         true, nobody},
        {QStringLiteral("base IBANs"), QStringLiteral("SELECT iban FROM bank_profiles"), true, nobody},
        {QStringLiteral("base tax IDs"), QStringLiteral("SELECT ein FROM tax_profiles"), true, nobody},
        {QStringLiteral("base VAT IDs"), QStringLiteral("SELECT vat_id FROM tax_profiles"), true, nobody},
        {QStringLiteral("base password hashes"), QStringLiteral("SELECT password_hash FROM users"), true,
         nobody},
        {QStringLiteral("someone's password hash"),
         QStringLiteral("SELECT id FROM users_readable WHERE id = ") + avery +
             QStringLiteral(" AND password_hash IS NOT NULL"),
         true, nobody},
        {QStringLiteral("login map of the owner"),
         QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = idk_owner_role() AND rolcanlogin "
                        "AND rolname = session_user"),
         true, nobody},
        // Writes: each in a transaction that is rolled back.
        {QStringLiteral("update enrollment"),
         QStringLiteral("UPDATE enrollments SET detail = detail || '.' WHERE location_id = ") + l,
         false,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin}},
        {QStringLiteral("update other enrollment"),
         QStringLiteral("UPDATE enrollments SET detail = detail || '.' WHERE location_id = ") + l2,
         false,
         {Who::AccountAdmin, Who::Presenter, Who::OtherLocationAdmin}},
        {QStringLiteral("mark enrolled"),
         QStringLiteral("UPDATE enrollments SET status = 'enrolled' WHERE status <> 'enrolled' AND "
                        "location_id = ") +
             l,
         false, orgWide},
        // The currency and the payment hold of an assignment: its location's Incentives admin only.
        {QStringLiteral("hold payments"),
         QStringLiteral("UPDATE enrollments SET payment_hold = 1 - payment_hold WHERE location_id = ") + l,
         false,
         {Who::LocationAdmin}},
        {QStringLiteral("change currency"),
         QStringLiteral("UPDATE enrollments SET currency = 'GBP' WHERE location_id = ") + l,
         false,
         {Who::LocationAdmin}},
        // The tax profile of an assignment: its location's Incentives admin, among the location's own.
        {QStringLiteral("assign tax profile"),
         QStringLiteral("UPDATE enrollments SET tax_profile_id = CASE WHEN tax_profile_id IS NULL THEN %1 "
                        "ELSE NULL END WHERE location_id = %2")
             .arg(m_ownTax)
             .arg(l),
         false,
         {Who::LocationAdmin}},
        {QStringLiteral("assign other location's tax profile"),
         QStringLiteral("UPDATE enrollments SET tax_profile_id = %1 WHERE location_id = %2")
             .arg(m_otherTax)
             .arg(l),
         false, nobody},
        {QStringLiteral("delete enrollments"),
         QStringLiteral("DELETE FROM enrollments WHERE location_id = ") + l, false, nobody},
        {QStringLiteral("pay with other profile"),
         QStringLiteral("UPDATE enrollments SET bank_profile_id = ") + other +
             QStringLiteral(" WHERE location_id = ") + l,
         false, nobody},
        // Microsoft's side decides; the location's Incentives admin records what Partner Center reported.
        {QStringLiteral("approve validation"),
         QStringLiteral("UPDATE validation_requests SET state = 'approved' WHERE state = 'pending'"), false,
         orgWide + QSet<Who>{Who::LocationAdmin}},
        {QStringLiteral("dismiss invitation"),
         QStringLiteral("UPDATE invitations SET home_dismissed_at = 1 WHERE enrollment_id IN (SELECT id "
                        "FROM enrollments WHERE location_id = ") +
             l + QStringLiteral(")"),
         false,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin, Who::IncentivesUser}},
        {QStringLiteral("edit tax ID"),
         QStringLiteral("UPDATE tax_profiles SET ein = '98-7654321' WHERE location_id = ") + l,
         false,
         {Who::LocationAdmin}},
        {QStringLiteral("edit other tax ID"),
         QStringLiteral("UPDATE tax_profiles SET ein = '98-7654321' WHERE location_id = ") + l2,
         false,
         {Who::OtherLocationAdmin}},
        {QStringLiteral("edit account"),
         QStringLiteral("UPDATE bank_profiles SET account_number = '11112222' WHERE id = ") + own,
         false,
         {Who::LocationAdmin}},
        {QStringLiteral("edit other account"),
         QStringLiteral("UPDATE bank_profiles SET account_number = '11112222' WHERE id = ") + other,
         false,
         {Who::OtherLocationAdmin}},
        {QStringLiteral("add bank profile"),
         QStringLiteral("INSERT INTO bank_profiles(name, country, payment_method, currency, holder_name, "
                        "account_number, status, created_at, updated_at, owner_location_id) VALUES ('Raw', "
                        "'US', 'ach', 'USD', 'Contoso', '12345678', 'active', 1, 1, ") +
             l + QStringLiteral(")"),
         false,
         {Who::LocationAdmin}},
        {QStringLiteral("delete bank profile"), QStringLiteral("DELETE FROM bank_profiles WHERE id = ") + own,
         false, nobody},
        {QStringLiteral("default to other profile"),
         QStringLiteral("UPDATE locations SET default_bank_profile_id = ") + other +
             QStringLiteral(" WHERE id = ") + l,
         false, nobody},
        {QStringLiteral("clear default"),
         QStringLiteral("UPDATE locations SET default_bank_profile_id = NULL WHERE id = ") + l,
         false,
         {Who::LocationAdmin}},
        {QStringLiteral("location attributes"),
         QStringLiteral("UPDATE locations SET customer_adds = customer_adds + 1 WHERE id = ") + l,
         false,
         {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin}},
        {QStringLiteral("delete location"), QStringLiteral("DELETE FROM locations WHERE id = ") + l2, false,
         nobody},
        {QStringLiteral("close program"),
         QStringLiteral("UPDATE programs SET state = 'closed' WHERE state = 'open'"), false, orgWide},
        {QStringLiteral("move the clock"),
         QStringLiteral("UPDATE settings SET value = value WHERE key = 'demo'"), false, orgWide},
        {QStringLiteral("add user"),
         QStringLiteral(
             "INSERT INTO users(email, name, active, created_at) VALUES ('raw.person@contoso.example', "
             "'Raw', 1, 1)"),
         false,
         {Who::AccountAdmin}},
        {QStringLiteral("deactivate user"),
         QStringLiteral("UPDATE users SET active = 0 WHERE id = ") + emma,
         false,
         {Who::AccountAdmin}},
        {QStringLiteral("bao's password flag"),
         QStringLiteral("UPDATE users SET must_change_password = 1 - must_change_password WHERE id = ") + bao,
         false,
         {Who::AccountAdmin, Who::LocationAdmin}},
        {QStringLiteral("rename self"),
         QStringLiteral("UPDATE users SET name = 'Renamed' WHERE id = COALESCE(idk_me(), 0)"),
         false,
         {Who::AccountAdmin}},
        {QStringLiteral("assign role"),
         QStringLiteral("INSERT INTO role_assignments(user_id, role, location_id, assigned_at) VALUES (") +
             gabriel + QStringLiteral(", 'incentives-user', ") + l2 + QStringLiteral(", 1)"),
         false,
         {Who::AccountAdmin}},
        {QStringLiteral("become account admin"),
         QStringLiteral("INSERT INTO role_assignments(user_id, role, location_id, assigned_at) SELECT "
                        "idk_me(), 'account-admin', NULL, 1 WHERE NOT idk_account_admin()"),
         false, nobody},
        {QStringLiteral("revoke role"),
         QStringLiteral("DELETE FROM role_assignments WHERE user_id = ") + emma,
         false,
         {Who::AccountAdmin}},
        {QStringLiteral("read someone's inbox message"),
         QStringLiteral("UPDATE inbox_messages SET read_at = 1 WHERE user_id <> "
                        "COALESCE(idk_me(), 0)"),
         false, nobody},
        {QStringLiteral("forge an audit record"),
         QStringLiteral("INSERT INTO audit_log(at, actor_id, actor, action, prev_hash, hash) VALUES "
                        "(1, ") +
             avery + QStringLiteral(", 'avery', 'users.added', 'x', 'y')"),
         false, nobody},
        {QStringLiteral("rewrite the audit log"),
         QStringLiteral("UPDATE audit_log SET details = 'rewritten'"), false, nobody},
        {QStringLiteral("delete the audit log"), QStringLiteral("DELETE FROM audit_log"), false, nobody},
        {QStringLiteral("truncate the audit log"), QStringLiteral("TRUNCATE audit_log"), false, nobody},
        {QStringLiteral("drop an audit trigger"),
         QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log"), false, nobody},
        {QStringLiteral("drop the truncate trigger"),
         QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log"), false, nobody},
        {QStringLiteral("disable the audit triggers"),
         QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"), false, nobody},
        {QStringLiteral("replace the trigger function"),
         QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger "
                        "LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$"),
         false, nobody},
        {QStringLiteral("drop a policy"), QStringLiteral("DROP POLICY enrollments_select ON enrollments"),
         false, nobody},
        {QStringLiteral("switch off row security"),
         QStringLiteral("ALTER TABLE enrollments DISABLE ROW LEVEL SECURITY"), false, nobody},
        // PostgreSQL only warns when a login grants what it does not own: look at the effect.
        {QStringLiteral("grant the base columns"), QStringLiteral("GRANT SELECT ON bank_profiles TO PUBLIC"),
         false, nobody,
         QStringLiteral("SELECT has_column_privilege('public', 'bank_profiles', 'account_number', "
                        "'SELECT')")},
        {QStringLiteral("disable someone's login"),
         QStringLiteral("SELECT idk_alter_login('avery.brooks@contoso.example', false)"), false, nobody},
        {QStringLiteral("set someone's login password"),
         QStringLiteral("SELECT idk_set_login_password(") + avery + QStringLiteral(", 'guessed')"),
         false,
         {Who::AccountAdmin}},
        {QStringLiteral("create a login"), QStringLiteral("CREATE ROLE raw_login LOGIN"), false, nobody},
    };
    int unauthorized = 0;
    int refusedButAllowed = 0;
    int cells = 0;
    QStringList problems;
    for (Who who : people()) {
        const QString name = QStringLiteral("raw-%1").arg(matrix::tag(who));
        {
            QSqlDatabase c = testdb::openRaw(urlAs(m_database, matrix::email(who)), name);
            QVERIFY2(c.isOpen(), qPrintable(matrix::email(who) + c.lastError().text()));
            for (const Probe& p : probes) {
                ++cells;
                ++m_attempted;
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("BEGIN")));
                bool succeeded = q.exec(p.sql);
                if (succeeded)
                    succeeded = p.read ? q.next()
                                       : q.numRowsAffected() > 0 || p.sql.startsWith(QLatin1String("DROP")) ||
                                             p.sql.startsWith(QLatin1String("ALTER")) ||
                                             p.sql.startsWith(QLatin1String("TRUNCATE")) ||
                                             p.sql.startsWith(QLatin1String("CREATE")) ||
                                             p.sql.startsWith(QLatin1String("GRANT")) ||
                                             p.sql.startsWith(QLatin1String("SELECT"));
                if (succeeded && !p.verify.isEmpty()) {
                    QSqlQuery check(c);
                    succeeded = check.exec(p.verify) && check.next() && check.value(0).toBool();
                }
                const QString why = q.lastError().text();
                QSqlQuery end(c);
                QVERIFY(end.exec(QStringLiteral("ROLLBACK")));
                const bool allowed = p.allowed.contains(who);
                if (succeeded && !allowed) {
                    ++unauthorized;
                    problems << QStringLiteral("%1 may not, but did: %2").arg(matrix::tag(who), p.name);
                } else if (!succeeded && allowed) {
                    ++refusedButAllowed;
                    problems << QStringLiteral("%1 may, but could not: %2 (%3)")
                                    .arg(matrix::tag(who), p.name, why);
                }
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    qInfo("raw SQL matrix: %d probes x %d logins = %d cells; unauthorized successes: %d; permitted but "
          "refused: %d",
          int(probes.size()), int(people().size()), cells, unauthorized, refusedButAllowed);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(unauthorized, 0);
}

void TestPgSecurity::secretsReachOnlyTheirAdmins()
{
    int fullReads = 0;
    int leaks = 0;
    int rows = 0;
    for (Who who : people()) {
        const QSet<Id> adminOf = m_adminOf.value(who);
        const QString name = QStringLiteral("secrets-%1").arg(matrix::tag(who));
        {
            QSqlDatabase c = testdb::openRaw(urlAs(m_database, matrix::email(who)), name);
            QVERIFY(c.isOpen());
            QSqlQuery q(c);
            ++m_attempted;
            QVERIFY(q.exec(QStringLiteral("SELECT id, iban, account_number FROM bank_profiles_readable")));
            while (q.next()) {
                ++rows;
                const Id id = q.value(0).toLongLong();
                const QSet<Id> owners = m_bankOwners.value(id);
                const bool entitled = !adminOf.isEmpty() && (owners.isEmpty() || owners.intersects(adminOf));
                for (int i = 0; i < 2; ++i) {
                    const QString secret = m_bankSecrets.value(id).value(i).remove(QLatin1Char(' '));
                    if (secret.size() <= 4)
                        continue;
                    const bool full = q.value(1 + i).toString().remove(QLatin1Char(' ')) == secret;
                    if (full && entitled)
                        ++fullReads;
                    if (full && !entitled) {
                        ++leaks;
                        qWarning("%s read the full number of profile %lld", qPrintable(matrix::tag(who)), id);
                    }
                    if (!entitled) // masked as core masks: the last four characters
                        QCOMPARE(q.value(1 + i).toString(), maskAccount(secret));
                }
            }
            ++m_attempted;
            QVERIFY(q.exec(QStringLiteral("SELECT location_id, ein, foreign_tax_id, vat_id FROM "
                                          "tax_profiles_readable")));
            while (q.next()) {
                ++rows;
                const Id location = q.value(0).toLongLong();
                const bool entitled = adminOf.contains(location);
                for (int i = 0; i < 3; ++i) {
                    const QString secret = m_taxSecrets.value(location).value(i);
                    if (secret.size() <= 4)
                        continue;
                    const bool full = q.value(1 + i).toString() == secret;
                    if (full && entitled)
                        ++fullReads;
                    if (full && !entitled) {
                        ++leaks;
                        qWarning("%s read the full tax ID of location %lld", qPrintable(matrix::tag(who)),
                                 location);
                    }
                }
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    qInfo("secrets: %d rows read through the masking views; full numbers read by entitled admins: %d; by "
          "anyone else: %d",
          rows, fullReads, leaks);
    QCOMPARE(leaks, 0);
    QVERIFY(fullReads > 0); // the entitled admins do see their own in full
}

void TestPgSecurity::throughServices_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<Who>("who");
    QTest::addColumn<bool>("allowed");
    // Copying the whole database out (backup, a snapshot, migrate) reads every secret: on a server
    // that is the owner's; every other operation of the matrix runs with each person's own login.
    const QStringList ownerOnly{QStringLiteral("backup"), QStringLiteral("demo save"),
                                QStringLiteral("migrate")};
    if (!testdb::onServer())
        QSKIP("the server's own enforcement needs a PostgreSQL server");
    for (const matrix::Operation& op : matrix::operations()) {
        if (ownerOnly.contains(op.name))
            continue;
        for (Who who : people())
            QTest::newRow(qPrintable(op.name + QLatin1Char('/') + matrix::tag(who)))
                << op.name << who << op.allowed.contains(who);
    }
}

QString TestPgSecurity::copy()
{
    return testdb::copyOf(m_database, m_dir, QStringLiteral("pgsec-%1").arg(++m_unique));
}

Status TestPgSecurity::runService(AppContext& ctx, const Actor& actor, const QString& op)
{
    return matrix::runService(ctx, actor, op,
                              {m_pendingProgram, m_pendingLocation,
                               m_dir.filePath(QStringLiteral("any-backup.db")), m_dir.path(), &m_unique});
}

void TestPgSecurity::throughServices()
{
    QFETCH(QString, op);
    QFETCH(Who, who);
    QFETCH(bool, allowed);
    const QString database = urlAs(copy(), matrix::email(who));
    auto session = Session::open(database, Database::OpenMode::MustExist);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    AppContext& ctx = (*session)->context();
    QVERIFY(ctx.db().isPersonLogin());
    QCOMPARE(ctx.db().loginUserId(), m_ids.value(who));
    auto signedIn = (*session)->signIn(matrix::email(who));
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message));
    const Status outcome = runService(ctx, (*session)->actor(), op);
    if (allowed) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY2(!outcome.ok(), "allowed, but the table says no");
    QCOMPARE(int(outcome.error().kind), int(ErrorKind::Denied));
}

void TestPgSecurity::signInOnlyAsTheLoginsPerson()
{
    const QString database = urlAs(m_database, matrix::email(Who::IncentivesUser));
    auto session = Session::open(database, Database::OpenMode::MustExist);
    QVERIFY(session);
    // A demo database asks no password: with Emma's login, signing in as Bao is still refused.
    auto other = (*session)->signIn(matrix::email(Who::LocationAdmin));
    QVERIFY(!other);
    QCOMPARE(int(other.error().kind), int(ErrorKind::Denied));
    QVERIFY((*session)->signIn(matrix::email(Who::IncentivesUser)));
    // What the services would let through is still refused by the server, with the same clear text.
    AppContext& ctx = (*session)->context();
    auto bao = ctx.directory().userByEmail(matrix::email(Who::LocationAdmin));
    QVERIFY(bao);
    const Actor pretended{bao->id, bao->email, bao->name};
    BankProfile p;
    p.name = QStringLiteral("Pretended");
    p.country = QStringLiteral("US");
    p.currency = QStringLiteral("USD");
    p.holderName = QStringLiteral("Contoso Ltd");
    p.routingNumber = QStringLiteral("021000021");
    p.accountNumber = QStringLiteral("12345678");
    auto refused = ProfileService(ctx).addBank(pretended, p, matrix::kLocation);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Denied));
    QCOMPARE(refused.error().message,
             QCoreApplication::translate("Authorization", "This action is not allowed."));
}

// Doing what a mandatory action asks closes it for everyone it was sent to, though each login sees
// only its own messages: the location's Incentives admin closes the Account admin's copy of an
// action about their enrollment; another location's admin closes nothing there.
void TestPgSecurity::actionsCloseForWhoeverActs()
{
    const QString database = copy();
    Id own = 0;
    Id other = 0;
    {
        QSqlDatabase owner = testdb::openRaw(database, QStringLiteral("owner-actions"));
        QVERIFY(owner.isOpen());
        QSqlQuery q(owner);
        for (const auto& [location, id] : {std::pair{m_location, &own}, std::pair{m_otherLocation, &other}}) {
            QVERIFY(
                q.exec(QStringLiteral("SELECT id FROM enrollments WHERE location_id = %1 ORDER BY id LIMIT 1")
                           .arg(location)));
            QVERIFY(q.next());
            *id = q.value(0).toLongLong();
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO inbox_messages(user_id, enrollment_id, location_id, sender, "
                               "subject, body, received_at, kind, priority) VALUES (%1, %2, %3, 'test', "
                               "'Update the bank profile', '', 1, 'validation-rejected', "
                               "'mandatory')")
                    .arg(m_avery)
                    .arg(*id)
                    .arg(location)));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner-actions"));
    auto openCount = [&](Id enrollment) {
        QSqlDatabase owner = testdb::openRaw(database, QStringLiteral("owner-count"));
        QSqlQuery q(owner);
        int n = -1;
        if (q.exec(QStringLiteral(
                       "SELECT COUNT(*) FROM inbox_messages WHERE enrollment_id = %1 AND user_id = %2 "
                       "AND closed_at IS NULL")
                       .arg(enrollment)
                       .arg(m_avery)) &&
            q.next())
            n = q.value(0).toInt();
        q = QSqlQuery();
        owner.close();
        owner = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("owner-count"));
        return n;
    };
    QCOMPARE(openCount(own), 1);
    QCOMPARE(openCount(other), 1);

    auto ctx =
        AppContext::open(urlAs(database, matrix::email(Who::LocationAdmin)), Database::OpenMode::MustExist);
    QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
    QVERIFY((*ctx)->db().isPersonLogin());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList kinds{QStringLiteral("validation-rejected")};
    // Avery's message is not Bao's to see, yet Bao's submission closes it.
    auto closed = (*ctx)->enrollments().closeActions(ActionLink::Enrollment, own, kinds, now);
    QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
    QCOMPARE(*closed, 1);
    QCOMPARE(openCount(own), 0);
    // Another location's enrollment: refused by the server, nothing closed.
    auto refused = (*ctx)->enrollments().closeActions(ActionLink::Enrollment, other, kinds, now);
    QVERIFY(!refused);
    QCOMPARE(openCount(other), 1);
    ++m_attempted;
}

void TestPgSecurity::deactivatedUserCannotConnect()
{
    for (Who who : {Who::Deactivated, Who::Unknown}) {
        auto db = Database::open(urlAs(m_database, matrix::email(who)), Database::OpenMode::MustExist);
        QVERIFY2(!db, qPrintable(matrix::email(who)));
        ++m_attempted;
    }
    // Deactivating a user takes the login's access at once; reactivating gives it back.
    {
        auto ctx = AppContext::open(m_database, Database::OpenMode::MustExist);
        QVERIFY(ctx);
        auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
        QVERIFY(DirectoryService(**ctx).setActive(*avery, matrix::email(Who::NoRole), false));
    }
    QVERIFY(!Database::open(urlAs(m_database, matrix::email(Who::NoRole)), Database::OpenMode::MustExist));
    {
        auto ctx = AppContext::open(m_database, Database::OpenMode::MustExist);
        QVERIFY(ctx);
        auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
        QVERIFY(DirectoryService(**ctx).setActive(*avery, matrix::email(Who::NoRole), true));
    }
    QVERIFY(Database::open(urlAs(m_database, matrix::email(Who::NoRole)), Database::OpenMode::MustExist));
}

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
