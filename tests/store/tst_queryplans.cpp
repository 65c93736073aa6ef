// The workspace's page queries on a generated organization: every filter (one status, one
// location, one program) with every sort column in both directions is a walk along one slice of
// an index, with neither a sort of the matches nor a scan of a whole index; and a broad search,
// which walks the sort's index, gives the same pages as reading every match and sorting them.
#include "services/AppContext.h"
#include "services/demo/Generator.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Repositories.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace incentives;

namespace {

const QList<WorkspaceSort> kSorts{WorkspaceSort::Program, WorkspaceSort::Location,   WorkspaceSort::Country,
                                  WorkspaceSort::Status,  WorkspaceSort::FiscalYear, WorkspaceSort::Updated};

const QList<EnrollmentStatus> kStatuses{EnrollmentStatus::Invited,     EnrollmentStatus::Enrolling,
                                        EnrollmentStatus::Validating,  EnrollmentStatus::Enrolled,
                                        EnrollmentStatus::Ineligible,  EnrollmentStatus::Inactive,
                                        EnrollmentStatus::Discontinued};

// The ORDER BY of a sort as the workspace defines it, over every row.
QString referenceOrder(WorkspaceSort sort, bool ascending)
{
    QStringList keys;
    switch (sort) {
    case WorkspaceSort::Program:
        keys = {QStringLiteral("program_name"), QStringLiteral("partner_id")};
        break;
    case WorkspaceSort::Location:
        keys = {QStringLiteral("partner_id"), QStringLiteral("program_name")};
        break;
    case WorkspaceSort::Country:
        keys = {QStringLiteral("country")};
        break;
    case WorkspaceSort::Status:
        keys = {QStringLiteral("status")};
        break;
    case WorkspaceSort::FiscalYear:
        keys = {QStringLiteral("fiscal_year")};
        break;
    case WorkspaceSort::Updated:
        keys = {QStringLiteral("updated_at")};
        break;
    }
    keys.append(QStringLiteral("id"));
    for (QString& k : keys)
        k += ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return keys.join(QStringLiteral(", "));
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase()
    {
        m_ctx.reset();
        m_wide.reset();
    }
    void everyFilterAndSortWalksAnIndex_data();
    void everyFilterAndSortWalksAnIndex();
    void broadSearchPagesMatchTheSortedMatches_data();
    void broadSearchPagesMatchTheSortedMatches();
    void programSearchSortedByProgramSeeksEachProgram_data();
    void programSearchSortedByProgramSeeksEachProgram();
    void searchPlansReadAboutAPage_data();
    void searchPlansReadAboutAPage();
    void everySearchPageMatchesTheNaiveQuery_data();
    void everySearchPageMatchesTheNaiveQuery();
    void aSearchMatchingMoreLocationsThanListedWalks();
    void generatedSchemaIsWhole();
    void cancelledGenerationLeavesNoEnrollments();
    void groupCountsReadOnlyAnIndex_data();
    void groupCountsReadOnlyAnIndex();
    void enrollmentHistorySearchesAnIndex();
    void directorySearchesAreBounded_data();
    void directorySearchesAreBounded();
    void locationSearchFindsByPartnerIdOrName();
    void bankProfileDefaultsAreLookedUp();
    void rolesAreLookedUpByUser();
    void auditPagesWalkTheKey_data();
    void auditPagesWalkTheKey();
    void inboxPagesWalkTheActionCentersIndex_data();
    void inboxPagesWalkTheActionCentersIndex();
    void assignmentPagesWalkTheLocationOrder_data();
    void assignmentPagesWalkTheLocationOrder();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
    // 600 locations × 40 programs: the searches match as large a share of the rows as on the
    // million-row benchmark's database (a city 1/20 of the locations, "Program 01" a quarter of the
    // programs, the organization's name every location), read a page of 5 where that reads 200.
    std::unique_ptr<AppContext> m_wide;
    Id m_viewer = 0; // an Incentives admin of a few locations of m_wide
    Id m_location = 0;
    Id m_program = 0;
};

void TestQueryPlans::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto ctx =
        AppContext::open(m_dir.filePath(QStringLiteral("plans.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    generator::Options options;
    options.locations = 200;
    options.programs = 20;
    auto made = generator::generate(*m_ctx, options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    m_location = m_ctx->db().scalar(QStringLiteral("SELECT MAX(id) FROM locations"))->toLongLong();
    m_program = m_ctx->db().scalar(QStringLiteral("SELECT MAX(id) FROM programs"))->toLongLong();
    QVERIFY(m_location > 0 && m_program > 0);

    auto wide =
        AppContext::open(m_dir.filePath(QStringLiteral("wide.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY(wide);
    m_wide = std::move(wide).value();
    options.locations = 600;
    options.programs = 40;
    made = generator::generate(*m_wide, options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    m_viewer =
        m_wide->db()
            .scalar(QStringLiteral("SELECT user_id FROM role_assignments WHERE role = 'incentives-admin' "
                                   "GROUP BY user_id ORDER BY COUNT(*) DESC, user_id LIMIT 1"))
            ->toLongLong();
    QVERIFY(m_viewer > 0);
}

void TestQueryPlans::everyFilterAndSortWalksAnIndex_data()
{
    QTest::addColumn<int>("kind"); // 0 status, 1 location, 2 program
    QTest::addColumn<int>("status");
    for (EnrollmentStatus s : kStatuses)
        QTest::newRow(qPrintable(statusCode(s))) << 0 << int(s);
    QTest::newRow("location") << 1 << 0;
    QTest::newRow("program") << 2 << 0;
}

void TestQueryPlans::everyFilterAndSortWalksAnIndex()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    WorkspaceFilter filter;
    QString equality;
    if (kind == 0) {
        filter.statuses = {EnrollmentStatus(status)};
        equality = QStringLiteral("(status=?");
    } else if (kind == 1) {
        filter.locationId = m_location;
        equality = QStringLiteral("(location_id=?");
    } else {
        filter.programId = m_program;
        equality = QStringLiteral("(program_id=?");
    }
    EnrollmentRepository repo = m_ctx->enrollments();
    for (WorkspaceSort sort : kSorts) {
        for (bool ascending : {true, false}) {
            // The first page, the last one (read backwards) and the page after a row (a seek).
            PageRequest first;
            PageRequest last;
            last.fromEnd = true;
            auto rows = repo.page(filter, sort, ascending, first);
            QVERIFY(rows);
            QList<PageRequest> requests{first, last};
            if (!rows->isEmpty()) {
                PageRequest next;
                next.anchor = rows->constFirst();
                PageRequest previous = next;
                previous.forward = false;
                requests << next << previous;
            }
            for (const PageRequest& request : requests) {
                auto plan = repo.explainPage(filter, sort, ascending, request);
                QVERIFY(plan);
                const QString text = plan->join(QStringLiteral(" | "));
                const QString where =
                    QStringLiteral("sort %1 %2: %3")
                        .arg(int(sort))
                        .arg(ascending ? QStringLiteral("asc") : QStringLiteral("desc"), text);
                QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(where));
                QVERIFY2(!text.contains(QLatin1String("SCAN enrollments")), qPrintable(where));
                QVERIFY2(text.contains(QLatin1String("SEARCH enrollments USING")) && text.contains(equality),
                         qPrintable(where));
            }
        }
    }
}

void TestQueryPlans::groupCountsReadOnlyAnIndex_data()
{
    QTest::addColumn<int>("by");
    QTest::addColumn<int>("status"); // -1: every status
    for (int by : {int(WorkspaceGroup::Program), int(WorkspaceGroup::Location)}) {
        const QString name =
            by == int(WorkspaceGroup::Program) ? QStringLiteral("program") : QStringLiteral("location");
        QTest::newRow(qPrintable(name)) << by << -1;
        QTest::newRow(qPrintable(name + QStringLiteral(" enrolled")))
            << by << int(EnrollmentStatus::Enrolled);
    }
}

void TestQueryPlans::groupCountsReadOnlyAnIndex()
{
    QFETCH(int, by);
    QFETCH(int, status);
    WorkspaceFilter filter;
    if (status >= 0)
        filter.statuses = {EnrollmentStatus(status)};
    EnrollmentRepository repo = m_ctx->enrollments();
    auto plan = repo.explainGroupCounts(filter, WorkspaceGroup(by));
    QVERIFY(plan);
    const QString text = plan->join(QStringLiteral(" | "));
    // The groups are counted from an index that holds every column the count reads, in the
    // group's order: the rows themselves are never read nor sorted.
    QVERIFY2(text.contains(QLatin1String("USING COVERING INDEX")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE FOR GROUP BY")), qPrintable(text));
    // The counts agree with counting each group by itself.
    auto groups = repo.groupCounts(filter, WorkspaceGroup(by));
    QVERIFY(groups);
    QVERIFY(!groups->isEmpty());
    qint64 sum = 0;
    for (const GroupCount& g : *groups) {
        WorkspaceFilter one = filter;
        (by == int(WorkspaceGroup::Program) ? one.programId : one.locationId) = g.id;
        QCOMPARE(g.count, *repo.count(one));
        sum += g.count;
    }
    QCOMPARE(sum, *repo.count(filter));
}

void TestQueryPlans::enrollmentHistorySearchesAnIndex()
{
    auto plan =
        m_ctx->db().exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE partner_id = ? "
                                        "AND program = ? ORDER BY id DESC LIMIT 200"),
                         {QStringLiteral("5000017"), QStringLiteral("Program 001")});
    QVERIFY(plan);
    QStringList lines;
    while (plan->next())
        lines.append(plan->value(3).toString());
    const QString text = lines.join(QStringLiteral(" | "));
    QVERIFY2(text.contains(QLatin1String("SEARCH audit_log USING")) &&
                 text.contains(QLatin1String("ix_audit_subject")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
}

void TestQueryPlans::directorySearchesAreBounded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("users"); // DirectorySearch::Users
    QTest::addColumn<bool>("viewer");
    QTest::newRow("everything") << QString() << 0 << false;
    QTest::newRow("typed text") << QStringLiteral("burg") << 0 << false;
    QTest::newRow("account admins") << QString() << 1 << false;
    QTest::newRow("without a role") << QStringLiteral("a") << 4 << false;
    QTest::newRow("a viewer's own") << QString() << 0 << true;
}

void TestQueryPlans::directorySearchesAreBounded()
{
    // The users and locations pages and the location pickers read one bounded page: locations in
    // PartnerID order walk its index and stop at the limit (no sort of every location); the role
    // tests are lookups in role_assignments' indexes, never a scan of it.
    QFETCH(QString, text);
    QFETCH(int, users);
    QFETCH(bool, viewer);
    DirectorySearch search;
    search.text = text;
    search.users = DirectorySearch::Users(users);
    search.limit = 51;
    if (viewer)
        search.viewerId =
            m_ctx->db().scalar(QStringLiteral("SELECT MIN(user_id) FROM role_assignments"))->toLongLong();
    DirectoryRepository repo = m_ctx->directory();
    auto locationPlan = repo.explainFindLocations(search);
    QVERIFY(locationPlan);
    const QString locations = locationPlan->join(QStringLiteral(" | "));
    if (!viewer) {
        QVERIFY2(locations.contains(QLatin1String("SCAN locations USING INDEX")), qPrintable(locations));
        QVERIFY2(!locations.contains(QLatin1String("TEMP B-TREE")), qPrintable(locations));
    } else {
        QVERIFY2(locations.contains(QLatin1String("role_assignments USING")), qPrintable(locations));
    }
    auto found = repo.findLocations(search);
    QVERIFY(found);
    QVERIFY(found->size() <= search.limit);
    if (text.isEmpty() && !viewer)
        QCOMPARE(found->size(), search.limit); // 200 locations, the page holds 51

    auto userPlan = repo.explainFindUsers(search);
    QVERIFY(userPlan);
    const QString usersText = userPlan->join(QStringLiteral(" | "));
    QVERIFY2(!usersText.contains(QLatin1String("SCAN role_assignments")), qPrintable(usersText));
    QVERIFY2(!usersText.contains(QLatin1String("SCAN presenters")), qPrintable(usersText));
    // In name order along ix_users_name, stopping at the page: no sort of every user.
    QVERIFY2(!usersText.contains(QLatin1String("TEMP B-TREE")), qPrintable(usersText));
    auto people = repo.findUsers(search);
    QVERIFY(people);
    QVERIFY(people->size() <= search.limit);
}

void TestQueryPlans::auditPagesWalkTheKey_data()
{
    QTest::addColumn<bool>("oneUser");
    QTest::addColumn<bool>("older");
    QTest::newRow("everyone, newest") << false << false;
    QTest::newRow("everyone, older") << false << true;
    QTest::newRow("one user, newest") << true << false;
    QTest::newRow("one user, older") << true << true;
}

void TestQueryPlans::auditPagesWalkTheKey()
{
    // The audit page reads one page at a time, newest first: a walk down the key (or down one
    // user's slice of ix_audit_actor) that stops at the limit, never a sort of the whole log.
    QFETCH(bool, oneUser);
    QFETCH(bool, older);
    // Statistics of a log that has records (the generated one was analyzed with one record only).
    if (*m_ctx->auditLog().count() < 300) {
        for (int i = 0; i < 300; ++i) {
            AuditEntry e;
            e.at = QDateTime::currentDateTimeUtc();
            e.actorId = 1 + i % 3;
            e.actor = QStringLiteral("someone@example.com");
            e.action = QStringLiteral("home.dismiss");
            QVERIFY(m_ctx->auditLog().append(e));
        }
        QVERIFY(m_ctx->db().run(QStringLiteral("ANALYZE audit_log")));
    }
    const Id user = oneUser ? 1 : 0;
    const Id before = older ? 1000 : 0;
    auto plan = m_ctx->auditLog().explainList(user, 201, before);
    QVERIFY(plan);
    const QString text = plan->join(QStringLiteral(" | "));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    if (oneUser)
        QVERIFY2(text.contains(QLatin1String("ix_audit_actor")), qPrintable(text));
    if (older)
        QVERIFY2(text.contains(QLatin1String("SEARCH audit_log")), qPrintable(text));
}

void TestQueryPlans::inboxPagesWalkTheActionCentersIndex_data()
{
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<bool>("mandatoryOnly");
    QTest::newRow("every message") << false << false;
    QTest::newRow("open ones") << true << false;
    QTest::newRow("open mandatory ones (Home)") << false << true;
}

void TestQueryPlans::inboxPagesWalkTheActionCentersIndex()
{
    // A person's Action Center is read a page at a time in its order, and counted, by walks of
    // ix_inbox_order (schema version 18): never a sort of every message of the person, which took
    // seconds for 100,000 of them.
    QFETCH(bool, openOnly);
    QFETCH(bool, mandatoryOnly);
    const Id user = m_ctx->db().scalar(QStringLiteral("SELECT MIN(id) FROM users"))->toLongLong();
    if (m_ctx->db().scalar(QStringLiteral("SELECT COUNT(*) FROM inbox_messages"))->toLongLong() < 300) {
        for (int i = 0; i < 300; ++i) {
            InboxMessage m;
            m.userId = user + i % 3;
            m.sender = QStringLiteral("Microsoft (simulated)");
            m.subject = QStringLiteral("Outcome %1").arg(i);
            m.kind = QStringLiteral("renewal-outcome");
            m.priority = i % 2 ? QStringLiteral("mandatory") : QStringLiteral("recommended");
            m.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-i);
            if (i % 5 == 0)
                m.dueAt = QDateTime::currentDateTimeUtc().addDays(i);
            QVERIFY(m_ctx->enrollments().insertMessage(m));
        }
        QVERIFY(m_ctx->db().run(QStringLiteral("ANALYZE inbox_messages")));
    }
    InboxQuery query;
    query.openOnly = openOnly;
    query.mandatoryOnly = mandatoryOnly;
    query.limit = 20;
    auto plan = m_ctx->enrollments().explainInbox(user, query);
    QVERIFY(plan);
    QString text = plan->join(QStringLiteral(" | "));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ix_inbox_order")), qPrintable(text));
    auto counts = m_ctx->enrollments().explainInboxCounts(user);
    QVERIFY(counts);
    text = counts->join(QStringLiteral(" | "));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ix_inbox_order")), qPrintable(text));
    // The page is the first of the person's messages in that order.
    auto page = m_ctx->enrollments().inbox(user, query);
    QVERIFY(page);
    QCOMPARE(page->size(), 20);
    for (const InboxMessage& m : *page)
        QCOMPARE(m.userId, user);
}

void TestQueryPlans::assignmentPagesWalkTheLocationOrder_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("everything") << QString();
    QTest::newRow("typed text") << QStringLiteral("burg");
    QTest::newRow("a PartnerID") << QStringLiteral("5000017");
}

void TestQueryPlans::assignmentPagesWalkTheLocationOrder()
{
    // The assignment page is the workspace's order by PartnerID and program, cut at its page.
    QFETCH(QString, search);
    WorkspaceFilter filter;
    filter.search = search;
    PageRequest request;
    request.limit = 201;
    auto plan = m_ctx->enrollments().explainPage(filter, WorkspaceSort::Location, true, request);
    QVERIFY(plan);
    const QString text = plan->join(QStringLiteral(" | "));
    // Without a search: a walk of the order's index that stops at the page. With one: only the
    // searched locations' rows are read (a seek per location), sorted when there are several.
    if (search.isEmpty())
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    else
        QVERIFY2(text.contains(QLatin1String("SEARCH enrollments USING")) &&
                     !text.contains(QLatin1String("SCAN enrollments")),
                 qPrintable(text));
}

void TestQueryPlans::locationSearchFindsByPartnerIdOrName()
{
    DirectoryRepository repo = m_ctx->directory();
    auto last = repo.location(m_location);
    QVERIFY(last);
    // By the whole PartnerID, by part of the name in another case, and a LIKE wildcard taken
    // literally.
    DirectorySearch byId;
    byId.text = last->partnerId;
    auto found = repo.findLocations(byId);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().id, m_location);
    DirectorySearch byName;
    byName.text = last->name.right(8).toUpper();
    byName.limit = 1000;
    found = repo.findLocations(byName);
    QVERIFY(found);
    QVERIFY(
        std::any_of(found->begin(), found->end(), [this](const Location& l) { return l.id == m_location; }));
    for (const Location& l : *found)
        QVERIFY(l.name.contains(last->name.right(8), Qt::CaseInsensitive) ||
                l.partnerId.contains(last->name.right(8), Qt::CaseInsensitive));
    DirectorySearch wildcard;
    wildcard.text = QStringLiteral("%");
    found = repo.findLocations(wildcard);
    QVERIFY(found);
    QCOMPARE(found->size(), 0);
}

void TestQueryPlans::bankProfileDefaultsAreLookedUp()
{
    // A page of bank profiles names the locations defaulting to each: a lookup by the profile,
    // never a read of every location.
    auto ids = m_ctx->db().exec(QStringLiteral(
        "SELECT DISTINCT default_bank_profile_id FROM locations WHERE default_bank_profile_id IS NOT NULL "
        "ORDER BY 1 LIMIT 3"));
    QVERIFY(ids);
    QList<Id> profiles;
    while (ids->next())
        profiles.append(ids->value(0).toLongLong());
    QCOMPARE(profiles.size(), 3);
    DirectoryRepository repo = m_ctx->directory();
    auto plan = repo.explainLocationsWithDefaultIn(profiles);
    QVERIFY(plan);
    const QString text = plan->join(QStringLiteral(" | "));
    QVERIFY2(text.contains(QLatin1String("ix_locations_default_bank")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("SCAN locations")), qPrintable(text));
    auto found = repo.locationsWithDefaultIn(profiles);
    QVERIFY(found);
    const qint64 expected = m_ctx->db()
                                .scalar(QStringLiteral("SELECT COUNT(*) FROM locations WHERE "
                                                       "default_bank_profile_id IN (?, ?, ?)"),
                                        {profiles[0], profiles[1], profiles[2]})
                                ->toLongLong();
    QCOMPARE(found->size(), expected);
    for (const Location& l : *found)
        QVERIFY(profiles.contains(l.defaultBankProfileId));
}

void TestQueryPlans::rolesAreLookedUpByUser()
{
    // A person's roles, read by every check of their grants, and a page of users' roles: lookups
    // by user, never a read of every role of the organization.
    auto ids = m_ctx->db().exec(QStringLiteral(
        "SELECT user_id FROM role_assignments GROUP BY user_id ORDER BY COUNT(*) DESC, user_id LIMIT 3"));
    QVERIFY(ids);
    QList<Id> users;
    while (ids->next())
        users.append(ids->value(0).toLongLong());
    QCOMPARE(users.size(), 3);
    DirectoryRepository repo = m_ctx->directory();
    for (const QList<Id>& which : {QList<Id>{users.constFirst()}, users}) {
        auto plan = repo.explainRolesOf(which);
        QVERIFY(plan);
        const QString text = plan->join(QStringLiteral(" | "));
        QVERIFY2(text.contains(QLatin1String("ix_roles_user")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("SCAN role_assignments")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("SCAN presenters")), qPrintable(text));
    }
    // The same roles as a read of the whole table.
    auto all = repo.roles();
    QVERIFY(all);
    auto found = repo.rolesOf(users);
    QVERIFY(found);
    qsizetype expected = 0;
    for (const RoleAssignment& r : *all)
        expected += users.contains(r.userId) ? 1 : 0;
    QVERIFY(expected > 3);
    QCOMPARE(found->size(), expected);
    auto one = repo.rolesOf(users.constFirst());
    QVERIFY(one);
    for (const RoleAssignment& r : *one)
        QCOMPARE(r.userId, users.constFirst());
    auto grants = repo.grants(users.constFirst());
    QVERIFY(grants);
    QCOMPARE(grants->adminOf.size() + grants->userOf.size() + (grants->accountAdmin ? 1 : 0) +
                 (grants->presenter ? 1 : 0),
             one->size());
}

void TestQueryPlans::broadSearchPagesMatchTheSortedMatches_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("city") << QStringLiteral("Northwind Hamburg");
    QTest::newRow("programs") << QStringLiteral("Program 00");
    QTest::newRow("one location") << QStringLiteral("5000017");
    QTest::newRow("nothing") << QStringLiteral("no such text");
}

void TestQueryPlans::broadSearchPagesMatchTheSortedMatches()
{
    QFETCH(QString, search);
    WorkspaceFilter filter;
    filter.search = search;
    const QString like = QLatin1Char('%') + search + QLatin1Char('%');
    const QString matches =
        QStringLiteral("(program_id IN (SELECT id FROM programs WHERE name LIKE ?) OR location_id IN (SELECT "
                       "id FROM locations WHERE partner_id LIKE ? OR name LIKE ?))");
    EnrollmentRepository repo = m_ctx->enrollments();
    constexpr int kLimit = 3;
    for (WorkspaceSort sort : kSorts) {
        for (bool ascending : {true, false}) {
            // Every match in order, by plain SQL.
            QList<Id> expected;
            QSqlQuery q(m_ctx->db().connection());
            QVERIFY(q.prepare(QStringLiteral("SELECT id FROM enrollments WHERE %1 ORDER BY %2")
                                  .arg(matches, referenceOrder(sort, ascending))));
            q.addBindValue(like);
            q.addBindValue(like);
            q.addBindValue(like);
            QVERIFY(q.exec());
            while (q.next())
                expected.append(q.value(0).toLongLong());
            // The first pages as the workspace reads them, each seeking past the one before, and
            // the last page read backwards.
            QList<Id> paged;
            PageRequest request;
            request.limit = kLimit;
            for (int p = 0; p < 4; ++p) {
                auto rows = repo.page(filter, sort, ascending, request);
                QVERIFY(rows);
                for (const Enrollment& e : *rows)
                    paged.append(e.id);
                if (rows->size() < kLimit)
                    break;
                request.anchor = rows->constLast();
            }
            QCOMPARE(paged, expected.mid(0, paged.size()));
            QCOMPARE(paged.size(), qMin<qsizetype>(expected.size(), 4 * kLimit));
            PageRequest last;
            last.limit = kLimit;
            last.fromEnd = true;
            auto tail = repo.page(filter, sort, ascending, last);
            QVERIFY(tail);
            QList<Id> tailIds;
            for (const Enrollment& e : *tail)
                tailIds.append(e.id);
            QCOMPARE(tailIds, expected.mid(qMax<qsizetype>(0, expected.size() - kLimit)));
        }
    }
    // A broad search walks the sort's index, its matches sorted by no one.
    if (search.startsWith(QLatin1String("Program"))) {
        PageRequest first;
        first.limit = kLimit;
        auto plan = repo.explainPage(filter, WorkspaceSort::Updated, true, first);
        QVERIFY(plan);
        const QString text = plan->join(QStringLiteral(" | "));
        QVERIFY2(text.contains(QLatin1String("ix_enr_updated")), qPrintable(text));
    }
}

void TestQueryPlans::programSearchSortedByProgramSeeksEachProgram_data()
{
    QTest::addColumn<int>("status"); // -1: no status filter
    QTest::newRow("every status") << -1;
    QTest::newRow("validating") << int(EnrollmentStatus::Validating);
}

void TestQueryPlans::programSearchSortedByProgramSeeksEachProgram()
{
    // A text that names programs (few, found in their own table) and no location: the page sorted
    // by program seeks each matching program's stretch of the program-name index in order, instead
    // of walking that index from its start to the first match or sorting every match.
    QFETCH(int, status);
    WorkspaceFilter filter;
    filter.search = QStringLiteral("Program 01");
    if (status >= 0)
        filter.statuses = {EnrollmentStatus(status)};
    const QString index =
        status >= 0 ? QStringLiteral("ix_enr_status_program") : QStringLiteral("ix_enr_program");
    const QString seek =
        status >= 0 ? QStringLiteral(" (status=? AND program_name=?)") : QStringLiteral(" (program_name=?)");
    EnrollmentRepository repo = m_ctx->enrollments();
    for (bool ascending : {true, false}) {
        PageRequest first;
        auto rows = repo.page(filter, WorkspaceSort::Program, ascending, first);
        QVERIFY(rows);
        QVERIFY(!rows->isEmpty());
        for (const Enrollment& e : *rows)
            QVERIFY2(e.programName.contains(filter.search), qPrintable(e.programName));
        PageRequest next;
        next.anchor = rows->constLast();
        PageRequest last;
        last.fromEnd = true;
        // The first and the last page seek each program; a page after a row goes on from that row
        // along the same index.
        for (const PageRequest& request : {first, next, last}) {
            auto plan = repo.explainPage(filter, WorkspaceSort::Program, ascending, request);
            QVERIFY(plan);
            const QString text = plan->join(QStringLiteral(" | "));
            QVERIFY2(text.contains(QStringLiteral("SEARCH enrollments USING INDEX ") + index +
                                   (request.anchor ? QString() : seek)),
                     qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("SCAN enrollments")), qPrintable(text));
        }
    }
}

namespace {

// The index a walk along a sort reads, without a filter and under a status filter.
QString sortIndex(WorkspaceSort sort, bool status)
{
    static const QStringList plain{QStringLiteral("ix_enr_program"), QStringLiteral("ix_enr_partner"),
                                   QStringLiteral("ix_enr_country"), QStringLiteral("ix_enr_status"),
                                   QStringLiteral("ix_enr_year"),    QStringLiteral("ix_enr_updated")};
    static const QStringList byStatus{
        QStringLiteral("ix_enr_status_program"), QStringLiteral("ix_enr_status_partner"),
        QStringLiteral("ix_enr_status_country"), QStringLiteral("ix_enr_status"),
        QStringLiteral("ix_enr_status_fy"),      QStringLiteral("ix_enr_status_updated")};
    return (status ? byStatus : plain).at(int(sort));
}

// The index one program's (or location's) slice is read along, in a sort's order, and under a
// filter of one status.
QString sliceIndex(WorkspaceSort sort, bool program, bool status = false)
{
    if (program && status && sort == WorkspaceSort::Country)
        return QStringLiteral("ix_enr_program_status_country");
    if (program && status && sort == WorkspaceSort::FiscalYear)
        return QStringLiteral("ix_enr_program_status_fy");
    static const QStringList programs{
        QStringLiteral("ix_enr_program_partner"), QStringLiteral("ix_enr_program_partner"),
        QStringLiteral("ix_enr_program_country"), QStringLiteral("ix_enr_program_status"),
        QStringLiteral("ix_enr_program_fy"),      QStringLiteral("ix_enr_program_updated")};
    static const QStringList locations{
        QStringLiteral("ix_enr_location_program"), QStringLiteral("ix_enr_location_program"),
        QStringLiteral("ix_enr_location"),         QStringLiteral("ix_enr_location_status"),
        QStringLiteral("ix_enr_location_fy"),      QStringLiteral("ix_enr_location_updated")};
    return (program ? programs : locations).at(int(sort));
}

} // namespace

void TestQueryPlans::searchPlansReadAboutAPage_data()
{
    // How a search's first, next and last pages of 5 are read, by the share of the rows the text
    // matches and the sort: "walk" the sort's index testing each row (no sort of the matches),
    // "keyed" the matching programs' or locations' stretches of the sort's index sought by name
    // (no sort), "slices" one slice per match, each a page at most, merged, "viewer" the
    // restricted viewer's own locations' rows.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("status");
    QTest::addColumn<bool>("viewer");
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("plan");
    const QStringList sortNames{QStringLiteral("program"),     QStringLiteral("location"),
                                QStringLiteral("country"),     QStringLiteral("status"),
                                QStringLiteral("fiscal year"), QStringLiteral("updated")};
    const auto row = [&](const QString& text, bool status, bool viewer, WorkspaceSort sort,
                         const char* plan) {
        QTest::newRow(qPrintable(QStringLiteral("%1%2%3, by %4")
                                     .arg(text, status ? QStringLiteral(", validating") : QString(),
                                          viewer ? QStringLiteral(", restricted") : QString(),
                                          sortNames.at(int(sort)))))
            << text << status << viewer << int(sort) << QString::fromLatin1(plan);
    };
    for (WorkspaceSort sort : kSorts) {
        // Every location (and with "N" every program too): as if there were no search.
        for (bool status : {false, true}) {
            row(QStringLiteral("N"), status, false, sort, "walk");
            row(QStringLiteral("Northwind"), status, false, sort,
                sort == WorkspaceSort::Location ? "keyed" : "walk");
        }
        // One city: a twentieth of the locations, spread along the time, the status and the
        // program; gathered in PartnerID order and in one country.
        row(QStringLiteral("Northwind Hamburg"), false, false, sort,
            sort == WorkspaceSort::Location || sort == WorkspaceSort::Country ? "keyed" : "walk");
        // A quarter of the programs: their rows follow each other in id order within a country, a
        // status and a fiscal year; spread along the time, and within each location.
        row(QStringLiteral("Program 01"), false, false, sort,
            sort == WorkspaceSort::Program                                      ? "keyed"
            : sort == WorkspaceSort::Location || sort == WorkspaceSort::Updated ? "walk"
                                                                                : "slices");
        // Under a status filter, by country, fiscal year or status, each program's rows of that
        // status are read along an index in that order (schema version 15 for the first two): a
        // page of each, merged.
        row(QStringLiteral("Program 01"), true, false, sort,
            sort == WorkspaceSort::Program    ? "keyed"
            : sort == WorkspaceSort::Updated  ? "walk"
            : sort == WorkspaceSort::Location ? "walk"
                                              : "slices");
        // One location.
        row(QStringLiteral("Hamburg 43"), false, false, sort,
            sort == WorkspaceSort::Location ? "keyed" : "slices");
        // A restricted viewer reads their own few locations whatever the text.
        for (const char* text : {"N", "Northwind Hamburg", "Program 01"})
            row(QString::fromLatin1(text), false, true, sort, "viewer");
    }
    for (WorkspaceSort sort : {WorkspaceSort::Location, WorkspaceSort::Country})
        row(QStringLiteral("Northwind Hamburg"), true, false, sort, "keyed");
}

void TestQueryPlans::aSearchMatchingMoreLocationsThanListedWalks()
{
    // More locations than a search lists (500): the organization's name matches every one of
    // them. As at ten million enrollments (100,000 locations), the listed 501 are a small share
    // of the locations, but the search matches all: the page walks the sort's index under the
    // status filter instead of reading every match and sorting them.
    auto ctx = AppContext::open(m_dir.filePath(QStringLiteral("many-locations.db")),
                                Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    generator::Options options;
    options.locations = 1400;
    options.programs = 2;
    auto made = generator::generate(**ctx, options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    const QString organization = (*ctx)
                                     ->db()
                                     .scalar(QStringLiteral("SELECT name FROM locations ORDER BY id LIMIT 1"))
                                     ->toString()
                                     .section(QLatin1Char(' '), 0, 0);
    QCOMPARE((*ctx)
                 ->db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM locations WHERE name LIKE ?"),
                         {QLatin1Char('%') + organization + QLatin1Char('%')})
                 ->toInt(),
             1400);
    WorkspaceFilter filter;
    filter.search = organization;
    filter.statuses = {EnrollmentStatus::Validating};
    EnrollmentRepository repo = (*ctx)->enrollments();
    for (WorkspaceSort by : {WorkspaceSort::Program, WorkspaceSort::Country, WorkspaceSort::Status,
                             WorkspaceSort::FiscalYear, WorkspaceSort::Updated}) {
        PageRequest first;
        first.limit = 200;
        auto lines = repo.explainPage(filter, by, true, first);
        QVERIFY(lines);
        const QString shown = lines->join(QStringLiteral(" | "));
        QVERIFY2(!shown.contains(QLatin1String("TEMP B-TREE")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("USING INDEX %1 ").arg(sortIndex(by, true))) ||
                     shown.contains(QStringLiteral("USING INDEX %1")
                                        .arg(sortIndex(by, true))
                                        .append(QLatin1String(" (status=?)"))) ||
                     shown.endsWith(QStringLiteral("USING INDEX %1").arg(sortIndex(by, true))),
                 qPrintable(shown));
    }

    // In PartnerID order the matching PartnerIDs are sought along the sort's index: the locations'
    // names are searched once (a PartnerID is one location's), not a second time for their ids.
    filter.statuses.clear();
    {
        PageRequest first;
        first.limit = 200;
        auto lines = repo.explainPage(filter, WorkspaceSort::Location, true, first);
        QVERIFY(lines);
        const QString shown = lines->join(QStringLiteral(" | "));
        QVERIFY2(shown.contains(QLatin1String("USING INDEX ix_enr_partner (partner_id=?)")),
                 qPrintable(shown));
        QCOMPARE(int(shown.count(QLatin1String("SCAN locations"))), 1);
        QVERIFY2(!shown.contains(QLatin1String("TEMP B-TREE")), qPrintable(shown));
    }

    // One program, every location matching: the program's rows are walked in the sort's order,
    // each tested against the matching locations, which the plan found once and bound to the
    // page (its query searches no location name again). Every sort and direction gives the rows
    // of the plain query.
    filter.programId = (*ctx)->db().scalar(QStringLiteral("SELECT MAX(id) FROM programs"))->toLongLong();
    const auto oneProgramPages = [&](const WorkspaceFilter& f, const QString& like, bool walks) {
        for (WorkspaceSort by : kSorts) {
            for (bool ascending : {true, false}) {
                PageRequest first;
                first.limit = 200;
                auto lines = repo.explainPage(f, by, ascending, first);
                QVERIFY(lines);
                const QString shown = lines->join(QStringLiteral(" | "));
                if (walks) {
                    QVERIFY2(!shown.contains(QLatin1String("TEMP B-TREE")), qPrintable(shown));
                    QVERIFY2(!shown.contains(QLatin1String("sqlite_autoindex_enrollments_1")),
                             qPrintable(shown));
                } else {
                    // Fewer than half match: their rows of the program are looked up by the
                    // enrollment's key and sorted, rather than the program's rows walked in the
                    // sort's order (which reads the whole program before a page when the matches
                    // lie at the far end of the order).
                    QVERIFY2(
                        shown.contains(QLatin1String(
                            "SEARCH enrollments USING INDEX sqlite_autoindex_enrollments_1 (program_id=? "
                            "AND location_id=?)")),
                        qPrintable(shown));
                }
                QVERIFY2(!shown.contains(QLatin1String("locations")), qPrintable(shown));
                auto rows = repo.page(f, by, ascending, first);
                QVERIFY(rows);
                QList<Id> paged;
                for (const Enrollment& e : *rows)
                    paged.append(e.id);
                QList<Id> expected;
                auto q =
                    (*ctx)->db().exec(QStringLiteral("SELECT id FROM enrollments WHERE program_id = ? AND "
                                                     "location_name LIKE ? ORDER BY %1 LIMIT 200")
                                          .arg(referenceOrder(by, ascending)),
                                      {f.programId, QLatin1Char('%') + like + QLatin1Char('%')});
                QVERIFY(q);
                while (q->next())
                    expected.append(q->value(0).toLongLong());
                QVERIFY(!expected.isEmpty());
                QCOMPARE(paged, expected);
            }
        }
    };
    oneProgramPages(filter, organization, true);
    if (QTest::currentTestFailed())
        return;

    // 600 of the 1,400 locations match: more than a search lists, fewer than half. By country the
    // matching countries are named, each one's stretch sought in turn (a subquery of them is a
    // walk of the whole country index on PostgreSQL), and the pages are those of a plain query.
    QVERIFY((*ctx)->db().run(QStringLiteral("UPDATE locations SET name = name || ' Zeta' WHERE id IN "
                                            "(SELECT id FROM locations ORDER BY id LIMIT 600)")));
    QVERIFY((*ctx)->db().run(
        QStringLiteral("UPDATE enrollments SET location_name = (SELECT name FROM locations l WHERE l.id = "
                       "enrollments.location_id)")));
    WorkspaceFilter zeta;
    zeta.search = QStringLiteral("Zeta");
    zeta.programId = filter.programId;
    oneProgramPages(zeta, zeta.search, false);
    if (QTest::currentTestFailed())
        return;
    zeta.programId = 0;
    for (bool ascending : {true, false}) {
        PageRequest first;
        first.limit = 200;
        auto lines = repo.explainPage(zeta, WorkspaceSort::Country, ascending, first);
        QVERIFY(lines);
        const QString shown = lines->join(QStringLiteral(" | "));
        QVERIFY2(shown.contains(QLatin1String("USING INDEX ix_enr_country (country=?)")), qPrintable(shown));
        QCOMPARE(int(shown.count(QLatin1String("SCAN locations"))), 1);
        QVERIFY2(!shown.contains(QLatin1String("TEMP B-TREE")), qPrintable(shown));
        QList<Id> expected;
        auto q = (*ctx)->db().exec(QStringLiteral("SELECT id FROM enrollments WHERE location_name LIKE "
                                                  "'%Zeta%' ORDER BY %1 LIMIT 200")
                                       .arg(referenceOrder(WorkspaceSort::Country, ascending)));
        QVERIFY(q);
        while (q->next())
            expected.append(q->value(0).toLongLong());
        QCOMPARE(expected.size(), 200);
        auto rows = repo.page(zeta, WorkspaceSort::Country, ascending, first);
        QVERIFY(rows);
        QList<Id> paged;
        for (const Enrollment& e : *rows)
            paged.append(e.id);
        QCOMPARE(paged, expected);
    }
}

void TestQueryPlans::searchPlansReadAboutAPage()
{
    QFETCH(QString, text);
    QFETCH(bool, status);
    QFETCH(bool, viewer);
    QFETCH(int, sort);
    QFETCH(QString, plan);
    WorkspaceFilter filter;
    filter.search = text;
    if (status)
        filter.statuses = {EnrollmentStatus::Validating};
    if (viewer)
        filter.viewerId = m_viewer;
    const auto by = WorkspaceSort(sort);
    EnrollmentRepository repo = m_wide->enrollments();
    constexpr int kPage = 5;
    const int programs = m_wide->db()
                             .scalar(QStringLiteral("SELECT COUNT(*) FROM programs WHERE name LIKE ?"),
                                     {QLatin1Char('%') + text + QLatin1Char('%')})
                             ->toInt();
    for (bool ascending : {true, false}) {
        PageRequest first;
        first.limit = kPage;
        auto rows = repo.page(filter, by, ascending, first);
        QVERIFY(rows);
        QCOMPARE(rows->size(), kPage);
        PageRequest next = first;
        next.anchor = rows->constLast();
        PageRequest last = first;
        last.fromEnd = true;
        for (const PageRequest& request : {first, next, last}) {
            auto lines = repo.explainPage(filter, by, ascending, request);
            QVERIFY(lines);
            const QString shown = lines->join(QStringLiteral(" | "));
            const QString where =
                QStringLiteral("%1 %2: %3")
                    .arg(plan, ascending ? QStringLiteral("ascending") : QStringLiteral("descending"), shown);
            // Never the whole table.
            QVERIFY2(!shown.contains(QLatin1String("SCAN enrollments |")) &&
                         !shown.endsWith(QLatin1String("SCAN enrollments")),
                     qPrintable(where));
            const int sorts = int(shown.count(QLatin1String("TEMP B-TREE")));
            if (plan == QLatin1String("walk")) {
                const QString index = sortIndex(by, status);
                QVERIFY2(shown.contains(QStringLiteral("enrollments USING INDEX %1 ").arg(index)) ||
                             shown.endsWith(QStringLiteral("enrollments USING INDEX %1").arg(index)),
                         qPrintable(where));
                QCOMPARE(sorts, 0);
            } else if (plan == QLatin1String("keyed")) {
                const QString index = by == WorkspaceSort::Program    ? QStringLiteral("program")
                                      : by == WorkspaceSort::Location ? QStringLiteral("partner")
                                                                      : QStringLiteral("country");
                const QString column = by == WorkspaceSort::Program    ? QStringLiteral("program_name")
                                       : by == WorkspaceSort::Location ? QStringLiteral("partner_id")
                                                                       : QStringLiteral("country");
                const QString seek = status
                                         ? QStringLiteral("SEARCH enrollments USING INDEX ix_enr_status_%1 "
                                                          "(status=? AND %2=?)")
                                         : QStringLiteral("SEARCH enrollments USING INDEX ix_enr_%1 (%2=?)");
                // A page after a row goes on from that row along the same index.
                if (!request.anchor)
                    QVERIFY2(shown.contains(seek.arg(index, column)), qPrintable(where));
                else
                    QVERIFY2(shown.contains(QStringLiteral("ix_enr_%1%2")
                                                .arg(status ? QStringLiteral("status_") : QString(), index)),
                             qPrintable(where));
                QCOMPARE(sorts, 0);
            } else if (plan == QLatin1String("slices")) {
                // One slice per matching program (or the one location), each read along the
                // index made for it and the sort and cut at the page, merged: each slice's at
                // most 5 rows are put in order, never the matches.
                const bool byProgram = programs > 0;
                const int arms = byProgram ? programs : 1;
                QVERIFY2(arms <= 16, qPrintable(where));
                const QString slice =
                    QStringLiteral("SEARCH enrollments USING INDEX %1 (%2=?")
                        .arg(sliceIndex(by, byProgram, status),
                             byProgram ? QStringLiteral("program_id") : QStringLiteral("location_id"));
                QVERIFY2(int(shown.count(slice)) == arms, qPrintable(where));
                QVERIFY2(int(shown.count(QLatin1String("SEARCH enrollments"))) == arms, qPrintable(where));
                // One slice is the page by itself.
                QVERIFY2(sorts == (arms > 1 ? arms : 0), qPrintable(where));
                if (arms > 1)
                    QVERIFY2(shown.contains(QLatin1String("MERGE (UNION ALL)")), qPrintable(where));
            } else {
                // A slice of each of the viewer's locations with matches (all of them when the
                // text matches programs), along the index made for a location and the sort,
                // merged: each slice's at most 5 rows are put in order.
                QCOMPARE(plan, QStringLiteral("viewer"));
                const QString like = QLatin1Char('%') + filter.search + QLatin1Char('%');
                const int held =
                    m_wide->db()
                        .scalar(QStringLiteral("SELECT COUNT(DISTINCT r.location_id) FROM role_assignments "
                                               "r JOIN locations l ON l.id = r.location_id WHERE r.user_id "
                                               "= ? AND (? > 0 OR l.name LIKE ? OR l.partner_id LIKE ?)"),
                                {m_viewer, programs, like, like})
                        ->toInt();
                QVERIFY(held > 0);
                const QString slice = QStringLiteral("SEARCH enrollments USING INDEX %1 (location_id=?")
                                          .arg(sliceIndex(by, false));
                QVERIFY2(int(shown.count(slice)) == held, qPrintable(where));
                QVERIFY2(int(shown.count(QLatin1String("SEARCH enrollments"))) == held, qPrintable(where));
                QVERIFY2(sorts == (held > 1 ? held : 0), qPrintable(where));
                QVERIFY2(held == 1 || shown.contains(QLatin1String("MERGE (UNION ALL)")), qPrintable(where));
            }
        }
    }
}

void TestQueryPlans::everySearchPageMatchesTheNaiveQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("viewer");
    for (const char* text : {"", "N", "No", "Northwind", "Northwind Hamburg", "Hamburg 43", "burg 4",
                             "Program 01", "Program", "5000017", "no such text"})
        for (bool viewer : {false, true})
            QTest::newRow(qPrintable(
                QStringLiteral("\"%1\"%2")
                    .arg(QString::fromLatin1(text), viewer ? QStringLiteral(", restricted") : QString())))
                << QString::fromLatin1(text) << viewer;
}

void TestQueryPlans::everySearchPageMatchesTheNaiveQuery()
{
    // Whatever way a page is read, it holds the rows of a plain query of every match in the
    // sort's order: the first pages one after another, and the last ones read backwards from the
    // end, under every filter, sort and direction, for an Account admin and a restricted viewer.
    QFETCH(QString, text);
    QFETCH(bool, viewer);
    Database& db = m_wide->db();
    const Id viewerLocation =
        db.scalar(QStringLiteral("SELECT MIN(location_id) FROM role_assignments WHERE user_id = ?"),
                  {m_viewer})
            ->toLongLong();
    const Id location = viewer
                            ? viewerLocation
                            : db.scalar(QStringLiteral("SELECT MIN(id) + 17 FROM locations"))->toLongLong();
    const Id program =
        db.scalar(QStringLiteral("SELECT id FROM programs WHERE name LIKE '%Program 013'"))->toLongLong();
    QVERIFY(location > 0 && program > 0);
    EnrollmentRepository repo = m_wide->enrollments();
    constexpr int kPage = 5;
    for (int kind = 0; kind < 4; ++kind) {
        WorkspaceFilter filter;
        filter.search = text;
        QStringList where;
        QVariantList values;
        if (viewer) {
            filter.viewerId = m_viewer;
            where << QStringLiteral(
                "location_id IN (SELECT location_id FROM role_assignments WHERE user_id = ?)");
            values << m_viewer;
        }
        if (kind == 1) {
            filter.statuses = {EnrollmentStatus::Validating};
            where << QStringLiteral("status = 'validating'");
        } else if (kind == 2) {
            filter.locationId = location;
            where << QStringLiteral("location_id = ?");
            values << location;
        } else if (kind == 3) {
            filter.programId = program;
            where << QStringLiteral("program_id = ?");
            values << program;
        }
        if (!text.isEmpty()) {
            where << QStringLiteral("(program_name LIKE ? OR partner_id LIKE ? OR location_name LIKE ?)");
            const QString like = QLatin1Char('%') + text + QLatin1Char('%');
            values << like << like << like;
        }
        for (WorkspaceSort sort : kSorts) {
            for (bool ascending : {true, false}) {
                const QString what =
                    QStringLiteral("filter %1, sort %2, %3")
                        .arg(kind)
                        .arg(int(sort))
                        .arg(ascending ? QStringLiteral("ascending") : QStringLiteral("descending"));
                QList<Id> expected;
                auto q = db.exec(QStringLiteral("SELECT id FROM enrollments%1 ORDER BY %2")
                                     .arg(where.isEmpty() ? QString()
                                                          : QStringLiteral(" WHERE ") +
                                                                where.join(QStringLiteral(" AND ")),
                                          referenceOrder(sort, ascending)),
                                 values);
                QVERIFY(q);
                while (q->next())
                    expected.append(q->value(0).toLongLong());
                // The first three pages, each after the one before.
                QList<Id> paged;
                PageRequest request;
                request.limit = kPage;
                for (int p = 0; p < 3; ++p) {
                    auto rows = repo.page(filter, sort, ascending, request);
                    QVERIFY2(rows, qPrintable(what));
                    for (const Enrollment& e : *rows)
                        paged.append(e.id);
                    if (rows->size() < kPage)
                        break;
                    request.anchor = rows->constLast();
                }
                QVERIFY2(paged == expected.mid(0, 3 * kPage), qPrintable(what));
                // The last page and the one before it.
                PageRequest last;
                last.limit = kPage;
                last.fromEnd = true;
                auto tail = repo.page(filter, sort, ascending, last);
                QVERIFY2(tail, qPrintable(what));
                QList<Id> tailIds;
                for (const Enrollment& e : *tail)
                    tailIds.append(e.id);
                QVERIFY2(tailIds == expected.mid(qMax<qsizetype>(0, expected.size() - kPage)),
                         qPrintable(what));
                if (!tail->isEmpty()) {
                    PageRequest before;
                    before.limit = kPage;
                    before.anchor = tail->constFirst();
                    before.forward = false;
                    auto earlier = repo.page(filter, sort, ascending, before);
                    QVERIFY2(earlier, qPrintable(what));
                    QList<Id> earlierIds;
                    for (const Enrollment& e : *earlier)
                        earlierIds.append(e.id);
                    const qsizetype end = qMax<qsizetype>(0, expected.size() - kPage);
                    QVERIFY2(earlierIds ==
                                 expected.mid(qMax<qsizetype>(0, end - kPage), qMin<qsizetype>(end, kPage)),
                             qPrintable(what));
                }
                // A page further on, counted by an offset.
                PageRequest far;
                far.limit = kPage;
                far.offset = 2 * kPage + 1;
                auto farRows = repo.page(filter, sort, ascending, far);
                QVERIFY2(farRows, qPrintable(what));
                QList<Id> farIds;
                for (const Enrollment& e : *farRows)
                    farIds.append(e.id);
                QVERIFY2(farIds == expected.mid(2 * kPage + 1, kPage), qPrintable(what));
            }
        }
    }
}

void TestQueryPlans::generatedSchemaIsWhole()
{
    // The generator loads enrollments with their indexes dropped and builds them once: every index
    // of a freshly built schema is there again, with the same definition.
    auto differences = migrations::schemaDifferences(m_ctx->db());
    QVERIFY2(differences, qPrintable(differences ? QString() : differences.error().message));
    QVERIFY2(differences->isEmpty(), qPrintable(differences->join(QLatin1Char('\n'))));
    const auto indexes = m_ctx->db().scalar(QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enrollments'"));
    QVERIFY(indexes && indexes->toInt() > 10);
}

void TestQueryPlans::cancelledGenerationLeavesNoEnrollments()
{
    auto ctx =
        AppContext::open(m_dir.filePath(QStringLiteral("cancelled.db")), Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    generator::Options options;
    options.locations = 50;
    options.programs = 10;
    int calls = 0;
    options.progress = [&](qint64, qint64) { return ++calls < 4; };
    auto made = generator::generate(**ctx, options);
    QVERIFY(!made);
    QCOMPARE(calls, 4);
    // All the enrollments or none: the cancel rolled back the rows and the dropped indexes alike.
    QCOMPARE((*ctx)->db().scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments"))->toInt(), 0);
    auto differences = migrations::schemaDifferences((*ctx)->db());
    QVERIFY(differences);
    QVERIFY2(differences->isEmpty(), qPrintable(differences->join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
