// A class a trainer follows, on the shared PostgreSQL database: two trainee sandboxes built from a
// template, each refused to the other's login by the server itself; the trainer's dashboard
// following one trainee's steps; the reset of one sandbox leaving the other's data and progress as
// they were; a non-Presenter refused and the refusal in the audit log. On a file, a class is
// refused (it needs a server) and the refusal of a non-Presenter is audited the same way.
#include "TestDatabase.h"
#include "services/DirectoryService.h"
#include "services/demo/ClassroomService.h"
#include "services/demo/DemoTemplate.h"
#include "services/demo/Scenarios.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace incentives;

namespace {

const QString kAvery = QStringLiteral("avery.brooks@contoso.example"); // Account admin and Presenter
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");     // an Incentives admin only
const QString kKenji = QStringLiteral("kenji.tanaka@contoso.example");
const QString kJapan = QStringLiteral("4649105"); // a location without an Incentives admin

QString templateFile()
{
    return QStringLiteral(INCENTIVES_SOURCE_DIR "/src/services/demo/templates/contoso.json");
}

// A raw connection as a login: what someone with psql and that login could do.
QSqlDatabase rawAs(const QString& url, const QString& login, const QString& name)
{
    QUrl u(url);
    u.setUserName(login);
    u.setQuery(QString());
    return testdb::openRaw(u.toString(), name);
}

// Whether a statement succeeds on a raw connection; the error, when it fails, in why.
bool succeeds(QSqlDatabase& db, const QString& sql, QString* why = nullptr)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok && why)
        *why = q.lastError().text();
    return ok;
}

bool hasDenial(AppContext& ctx, const QString& what)
{
    auto entries = ctx.auditLog().list(0, 50);
    if (!entries)
        return false;
    for (const AuditEntry& e : *entries)
        if (e.action == QLatin1String("denied") && e.details.startsWith(what))
            return true;
    return false;
}

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nonPresenterIsRefusedAndAudited();
    void aFileHoldsNoClass();
    void sandboxesAreIsolatedByTheServer();
    void dashboardFollowsATrainee();
    void resetTouchesOneSandboxOnly();
    void aSandboxManagesNoClass();

private:
    std::unique_ptr<AppContext> openMain();
    const ClassRow* rowOf(const QList<ClassRow>& rows, const QString& trainee);
    QString urlOf(const QString& trainee);
    // Where the trainee stands in the scenario in their sandbox, recorded as Avery acts there.
    Status record(AppContext& sandbox);

    QTemporaryDir m_dir;
    QString m_main;
    QString m_a;
    QString m_b;
    QList<TraineeSandbox> m_made;
};

std::unique_ptr<AppContext> TestClassroom::openMain()
{
    auto ctx = AppContext::open(m_main, Database::OpenMode::MustExist);
    if (!ctx)
        qFatal("cannot open the main organization: %s", qPrintable(ctx.error().message));
    return std::unique_ptr<AppContext>(ctx->release());
}

const ClassRow* TestClassroom::rowOf(const QList<ClassRow>& rows, const QString& trainee)
{
    for (const ClassRow& r : rows)
        if (r.sandbox.trainee == trainee)
            return &r;
    return nullptr;
}

QString TestClassroom::urlOf(const QString& trainee)
{
    for (const TraineeSandbox& s : std::as_const(m_made))
        if (s.trainee == trainee)
            return s.url;
    return {};
}

Status TestClassroom::record(AppContext& sandbox)
{
    const scenarios::Scenario* scenario = scenarios::find(QStringLiteral("assign-admin"));
    if (!scenario)
        return makeError(ErrorKind::NotFound, QStringLiteral("no assign-admin scenario"));
    auto avery = sandbox.actor(kAvery);
    if (!avery)
        return avery.error();
    return ClassroomService(sandbox).recordProgress(*avery, *scenario,
                                                    scenarios::progress(sandbox, *scenario));
}

void TestClassroom::initTestCase()
{
    m_main = testdb::fresh(m_dir, QStringLiteral("classroom"));
    {
        auto ctx = AppContext::open(m_main, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx);
        auto t = demotemplate::load(templateFile());
        QVERIFY(t);
        QVERIFY(demotemplate::apply(**ctx, *t));
    }
    // Logins are the cluster's: unique to this run.
    m_a = QStringLiteral("trainee.a%1").arg(::getpid());
    m_b = QStringLiteral("trainee.b%1").arg(::getpid());
}

void TestClassroom::nonPresenterIsRefusedAndAudited()
{
    auto ctx = openMain();
    auto bao = ctx->actor(kBao);
    QVERIFY(bao);
    ClassroomService classroom(*ctx);
    auto made = classroom.createClass(*bao, templateFile(), {m_a});
    QVERIFY(!made);
    QCOMPARE(made.error().kind, ErrorKind::Denied);
    QVERIFY(hasDenial(*ctx, QStringLiteral("class.create")));
    auto rows = classroom.status(*bao);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, ErrorKind::Denied);
    QVERIFY(hasDenial(*ctx, QStringLiteral("class.status")));
    QCOMPARE(classroom.reset(*bao, m_a).error().kind, ErrorKind::Denied);
    QVERIFY(hasDenial(*ctx, QStringLiteral("class.reset")));
    QVERIFY(!classroom.mayManage(*bao));
}

void TestClassroom::aFileHoldsNoClass()
{
    if (testdb::onServer())
        QSKIP("a file database only");
    auto ctx = openMain();
    auto avery = ctx->actor(kAvery);
    QVERIFY(avery);
    auto made = ClassroomService(*ctx).createClass(*avery, templateFile(), {m_a});
    QVERIFY(!made);
    QCOMPARE(made.error().kind, ErrorKind::Usage);
}

void TestClassroom::sandboxesAreIsolatedByTheServer()
{
    if (!testdb::onServer())
        QSKIP("sandboxes live on a PostgreSQL server");
    {
        auto ctx = openMain();
        auto avery = ctx->actor(kAvery);
        QVERIFY(avery);
        QVERIFY(ClassroomService(*ctx).mayManage(*avery));
        // Bad input is refused before anything is made.
        QCOMPARE(ClassroomService(*ctx).createClass(*avery, {}, {QStringLiteral("no spaces")}).error().kind,
                 ErrorKind::Invalid);
        auto made = ClassroomService(*ctx).createClass(*avery, templateFile(), {m_a, m_b});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(made->size(), 2);
        m_made = *made;
        for (const TraineeSandbox& s : std::as_const(m_made)) {
            QVERIFY(!s.password.isEmpty()); // new logins, with a password
            QVERIFY(s.url.contains(QStringLiteral("sandbox=") + s.schema));
        }
        // Creating the same sandbox again is refused; the first stays.
        QCOMPARE(ClassroomService(*ctx).createClass(*avery, {}, {m_a}).error().kind, ErrorKind::Conflict);
        // Each sandbox is a whole organization of its own; the main one is unchanged.
        QVERIFY(ctx->directory().organization());
    }
    const QString schemaA = sandboxes::schemaFor(m_a);
    const QString schemaB = sandboxes::schemaFor(m_b);
    // The trainee opens their own sandbox and signs in there as the demo's people.
    {
        auto a = AppContext::open(urlOf(m_a), Database::OpenMode::MustExist);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QCOMPARE((*a)->db().sandbox(), schemaA);
        QVERIFY(!(*a)->db().isPersonLogin());
        QVERIFY((*a)->clock().isDemo());
        QVERIFY((*a)->actor(kAvery));
        QVERIFY((*a)->directory().locationByPartnerId(kJapan));
    }
    // A's login is refused B's sandbox by the server.
    {
        QUrl crossed(urlOf(m_b));
        crossed.setUserName(m_a);
        auto refused = Database::open(crossed.toString(), Database::OpenMode::MustExist);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
    }
    // Raw SQL as A: its own schema reads, B's neither reads nor writes.
    {
        QSqlDatabase raw = rawAs(m_main, m_a, QStringLiteral("raw-a"));
        QVERIFY(raw.isOpen());
        QString why;
        QVERIFY2(succeeds(raw, QStringLiteral("SELECT COUNT(*) FROM \"%1\".users").arg(schemaA), &why),
                 qPrintable(why));
        QVERIFY(!succeeds(raw, QStringLiteral("SELECT COUNT(*) FROM \"%1\".users").arg(schemaB), &why));
        QVERIFY2(why.contains(QStringLiteral("permission denied")), qPrintable(why));
        QVERIFY(!succeeds(
            raw, QStringLiteral("INSERT INTO \"%1\".settings(key, value) VALUES ('x', 'y')").arg(schemaB)));
        QVERIFY(!succeeds(raw, QStringLiteral("UPDATE \"%1\".users SET name = 'x'").arg(schemaB)));
        QVERIFY(!succeeds(raw, QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(schemaB)));
        QSqlQuery owner(raw);
        QVERIFY(
            owner.exec(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = '%1'")
                           .arg(schemaB)));
        QVERIFY(owner.next());
        QVERIFY(!succeeds(raw, QStringLiteral("SET ROLE %1").arg(owner.value(0).toString()), &why));
        QVERIFY2(why.contains(QStringLiteral("permission denied")), qPrintable(why));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-a"));
    // B's data is still whole.
    auto b = AppContext::open(urlOf(m_b), Database::OpenMode::MustExist);
    QVERIFY(b);
    QVERIFY((*b)->actor(kAvery));
}

void TestClassroom::dashboardFollowsATrainee()
{
    if (!testdb::onServer())
        QSKIP("sandboxes live on a PostgreSQL server");
    QVERIFY(!m_made.isEmpty());
    auto main = openMain();
    auto avery = main->actor(kAvery);
    QVERIFY(avery);
    ClassroomService classroom(*main);
    {
        auto rows = classroom.status(*avery);
        QVERIFY(rows);
        QVERIFY(rowOf(*rows, m_a) && rowOf(*rows, m_b));
        QVERIFY(!rowOf(*rows, m_a)->sandbox.progress); // nothing started yet
        QVERIFY(rowOf(*rows, m_a)->sandbox.problem.isEmpty());
    }
    auto a = AppContext::open(urlOf(m_a), Database::OpenMode::MustExist);
    QVERIFY(a);
    QVERIFY(record(**a));
    int firstStep = -1;
    {
        auto rows = classroom.status(*avery);
        QVERIFY(rows);
        const ClassRow* row = rowOf(*rows, m_a);
        QVERIFY(row && row->sandbox.progress);
        QCOMPARE(row->sandbox.progress->scenarioId, QStringLiteral("assign-admin"));
        QCOMPARE(row->sandbox.progress->stepIndex, 0);
        QCOMPARE(row->sandbox.progress->stepsDone, 0);
        QVERIFY(row->sandbox.progress->stepsTotal > 2);
        QVERIFY(row->totalTime >= 0 && row->timeOnStep >= 0);
        firstStep = row->sandbox.progress->stepIndex;
        QVERIFY(!rowOf(*rows, m_b)->sandbox.progress); // B's dashboard row is B's own
    }
    // A advances: Avery assigns an Incentives admin to the Japanese location in A's sandbox.
    auto averyInA = (*a)->actor(kAvery);
    QVERIFY(averyInA);
    QVERIFY(DirectoryService(**a).assignRole(*averyInA, kKenji, Role::IncentivesAdmin, kJapan));
    QVERIFY(record(**a));
    {
        auto rows = classroom.status(*avery);
        QVERIFY(rows);
        const ClassRow* row = rowOf(*rows, m_a);
        QVERIFY(row && row->sandbox.progress);
        QVERIFY(row->sandbox.progress->stepIndex > firstStep);
        QVERIFY(row->sandbox.progress->stepsDone >= 1);
        QVERIFY(!row->sandbox.progress->finished());
        QVERIFY(!rowOf(*rows, m_b)->sandbox.progress);
    }
    // The step reached is in A's own audit log, not the main organization's.
    auto entries = (*a)->auditLog().list(0, 20);
    QVERIFY(entries);
    QVERIFY(std::any_of(entries->cbegin(), entries->cend(),
                        [](const AuditEntry& e) { return e.action == QLatin1String("scenario.progress"); }));
    // Recording what did not change writes nothing.
    const qsizetype before = entries->size();
    QVERIFY(record(**a));
    QCOMPARE((*a)->auditLog().list(0, 20)->size(), before);
}

void TestClassroom::resetTouchesOneSandboxOnly()
{
    if (!testdb::onServer())
        QSKIP("sandboxes live on a PostgreSQL server");
    QVERIFY(!m_made.isEmpty());
    // B works too: the same step, in B's own sandbox.
    {
        auto b = AppContext::open(urlOf(m_b), Database::OpenMode::MustExist);
        QVERIFY(b);
        auto averyInB = (*b)->actor(kAvery);
        QVERIFY(averyInB);
        QVERIFY(record(**b));
        QVERIFY(DirectoryService(**b).assignRole(*averyInB, kKenji, Role::IncentivesAdmin, kJapan));
        QVERIFY(record(**b));
    }
    auto main = openMain();
    auto avery = main->actor(kAvery);
    QVERIFY(avery);
    ClassroomService classroom(*main);
    auto before = classroom.status(*avery);
    QVERIFY(before);
    const auto progressB = rowOf(*before, m_b)->sandbox.progress;
    QVERIFY(progressB && progressB->stepsDone >= 1);
    QVERIFY(rowOf(*before, m_a)->sandbox.progress);

    QCOMPARE(classroom.reset(*avery, QStringLiteral("nobody")).error().kind, ErrorKind::NotFound);
    QVERIFY(classroom.reset(*avery, m_a));

    auto after = classroom.status(*avery);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    QVERIFY(!rowOf(*after, m_a)->sandbox.progress); // A starts over
    const auto stillB = rowOf(*after, m_b)->sandbox.progress;
    QVERIFY(stillB);
    QCOMPARE(stillB->stepIndex, progressB->stepIndex);
    QCOMPARE(stillB->stepsDone, progressB->stepsDone);
    QCOMPARE(stillB->updatedAt, progressB->updatedAt);
    // A's sandbox is the template's again, and works; B keeps what was done there.
    const auto kenjiAdminOfJapan = [](AppContext& ctx) {
        auto kenji = ctx.directory().userByEmail(kKenji);
        auto japan = ctx.directory().locationByPartnerId(kJapan);
        if (!kenji || !japan)
            return false;
        auto g = ctx.grants(*ctx.actor(kKenji));
        return g && g->adminOf.contains(japan->id);
    };
    {
        auto a = AppContext::open(urlOf(m_a), Database::OpenMode::MustExist);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QVERIFY(!kenjiAdminOfJapan(**a));
        auto averyInA = (*a)->actor(kAvery);
        QVERIFY(averyInA);
        QVERIFY(DirectoryService(**a).assignRole(*averyInA, kKenji, Role::IncentivesAdmin, kJapan));
        QVERIFY(record(**a));
        // The sandbox's server-side functions name the sandbox, not the schema it was rebuilt in.
        auto config =
            (*a)->db().scalar(QStringLiteral("SELECT array_to_string(proconfig, ',') FROM pg_proc WHERE "
                                             "proname = 'idk_me' AND pronamespace = ?::regnamespace"),
                              {sandboxes::schemaFor(m_a)});
        QVERIFY(config);
        QVERIFY2(config->toString().contains(sandboxes::schemaFor(m_a)) &&
                     !config->toString().contains(QLatin1Char('$')),
                 qPrintable(config->toString()));
    }
    {
        auto b = AppContext::open(urlOf(m_b), Database::OpenMode::MustExist);
        QVERIFY(b);
        QVERIFY(kenjiAdminOfJapan(**b));
    }
    // The reset is in the main organization's audit log.
    auto entries = main->auditLog().list(0, 20);
    QVERIFY(entries);
    QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [this](const AuditEntry& e) {
        return e.action == QLatin1String("class.sandbox-reset") && e.details.startsWith(m_a);
    }));
    // No half-built schema is left behind.
    auto leftovers = main->db().scalar(
        QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE position('$' in nspname) > 0"));
    QVERIFY(leftovers);
    QCOMPARE(leftovers->toInt(), 0);
}

void TestClassroom::aSandboxManagesNoClass()
{
    if (!testdb::onServer())
        QSKIP("sandboxes live on a PostgreSQL server");
    QVERIFY(!m_made.isEmpty());
    // Avery is a Presenter inside A's sandbox too, but a class is the main organization's.
    auto a = AppContext::open(urlOf(m_a), Database::OpenMode::MustExist);
    QVERIFY(a);
    auto averyInA = (*a)->actor(kAvery);
    QVERIFY(averyInA);
    auto rows = ClassroomService(**a).status(*averyInA);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, ErrorKind::Denied);
    QVERIFY(hasDenial(**a, QStringLiteral("class.status")));
}

QTEST_GUILESS_MAIN(TestClassroom)
#include "tst_classroom.moc"
