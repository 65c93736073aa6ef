// Two connections racing on the same rows, as two admins (or the GUI and the CLI) would: no lost
// update, no broken invariant. Runs against a file and, with INCENTIVES_TEST_POSTGRES, a server.
#include "services/AppContext.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/demo/DemoSeed.h"
#include "store/ChangeWatcher.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

#include "TestDatabase.h"

using namespace incentives;

namespace {

const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");
const QString kUS = QStringLiteral("4649101");
const QString kDE = QStringLiteral("4649103");
const QString kJP = QStringLiteral("4649105");

std::unique_ptr<AppContext> openContext(const QString& location)
{
    auto ctx = AppContext::open(location, Database::OpenMode::MustExist);
    if (!ctx)
        qFatal("Cannot open %s: %s", qPrintable(location), qPrintable(ctx.error().message));
    return std::move(ctx).value();
}

// Runs body(connection, round) on `threads` threads at once, each thread with its own connection.
void race(const QString& location, int threads, int rounds,
          const std::function<void(AppContext&, int thread, int round)>& body)
{
    std::atomic<int> ready{0};
    std::vector<std::thread> running;
    for (int t = 0; t < threads; ++t)
        running.emplace_back([&, t] {
            auto ctx = openContext(location);
            ++ready;
            while (ready.load() < threads)
                std::this_thread::yield();
            for (int r = 0; r < rounds; ++r)
                body(*ctx, t, r);
        });
    for (auto& t : running)
        t.join();
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ctx.reset(); }
    void staleProfileEditIsRefused();
    void staleTaxEditIsRefused();
    void racingAdminAssignmentsKeepOneAdmin();
    void racingSubmitsMakeOneValidation();
    void racingWritersKeepTheAuditChain();
    void otherWritersAreNoticed();
    void busyDatabaseSaysSoAndChangesNothing();
    void fullDiskSaysSoAndChangesNothing();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<AppContext> m_ctx;
};

void TestConcurrency::init()
{
    m_location =
        testdb::fresh(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    auto ctx = AppContext::open(m_location, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    QVERIFY(seed::demo(*m_ctx));
}

void TestConcurrency::staleProfileEditIsRefused()
{
    // Both open the same profile; the first save wins, the second is told instead of overwriting.
    auto other = openContext(m_location);
    const Actor mine = *m_ctx->actor(kBao);
    const Actor theirs = *other->actor(kBao);
    const QString name = QStringLiteral("Contoso EU Treasury");
    const int version = ProfileService(*m_ctx).bankProfile(mine, name)->profile.version;
    QCOMPARE(ProfileService(*other).bankProfile(theirs, name)->profile.version, version);

    auto first = ProfileService(*other).editBank(
        theirs, name, [](BankProfile& p) { p.bic = QStringLiteral("DEUTDEFFXXX"); }, version);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    auto second = ProfileService(*m_ctx).editBank(
        mine, name, [](BankProfile& p) { p.bic = QStringLiteral("COBADEFF370"); }, version);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::Conflict);
    QCOMPARE(ProfileService(*m_ctx).bankProfile(mine, name)->profile.bic, QStringLiteral("DEUTDEFFXXX"));
    // Reloaded, the same edit goes through.
    const int reloaded = ProfileService(*m_ctx).bankProfile(mine, name)->profile.version;
    QVERIFY(reloaded > version);
    QVERIFY(ProfileService(*m_ctx).editBank(
        mine, name, [](BankProfile& p) { p.bic = QStringLiteral("COBADEFF370"); }, reloaded));
}

void TestConcurrency::staleTaxEditIsRefused()
{
    auto other = openContext(m_location);
    const Actor mine = *m_ctx->actor(kBao);
    const Actor theirs = *other->actor(kBao);
    auto read = ProfileService(*m_ctx).taxProfile(mine, kDE);
    QVERIFY(read && read->has_value());
    TaxProfile profile = **read;
    TaxProfile theirsProfile = **ProfileService(*other).taxProfile(theirs, kDE);
    theirsProfile.foreignTaxId = QStringLiteral("DE-THEIRS-7");
    QVERIFY(ProfileService(*other).setTax(theirs, kDE, theirsProfile, theirsProfile.version));
    profile.foreignTaxId = QStringLiteral("DE-MINE-12");
    auto stale = ProfileService(*m_ctx).setTax(mine, kDE, profile, profile.version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QCOMPARE((*ProfileService(*m_ctx).taxProfile(mine, kDE))->foreignTaxId, QStringLiteral("DE-THEIRS-7"));
}

void TestConcurrency::racingAdminAssignmentsKeepOneAdmin()
{
    // Japan has no Incentives admin. Two Account admins keep assigning two different people as its
    // admin, with and without replacing; whatever interleaving, the location never has two.
    const Actor avery = *m_ctx->actor(kAvery);
    for (const QString& email :
         {QStringLiteral("racer.one@contoso.example"), QStringLiteral("racer.two@contoso.example")})
        QVERIFY(DirectoryService(*m_ctx).addUser(avery, email, QStringLiteral("Racer")));
    std::atomic<int> assigned{0};
    std::atomic<int> refused{0};
    std::atomic<int> failures{0};
    race(m_location, 2, 15, [&](AppContext& ctx, int thread, int round) {
        const Actor admin = *ctx.actor(kAvery);
        const QString email = thread == 0 ? QStringLiteral("racer.one@contoso.example")
                                          : QStringLiteral("racer.two@contoso.example");
        auto r = DirectoryService(ctx).assignRole(admin, email, Role::IncentivesAdmin, kJP, round % 2 == 1);
        if (r)
            ++assigned;
        else if (r.error().kind == ErrorKind::Conflict || r.error().kind == ErrorKind::WrongState ||
                 r.error().kind == ErrorKind::Invalid)
            ++refused;
        else
            ++failures; // busy or broken: must not happen with a 5 s wait for the lock
    });
    QCOMPARE(failures.load(), 0);
    QCOMPARE(assigned.load() + refused.load(), 30);
    QVERIFY(assigned.load() >= 1);
    auto admins = m_ctx->db().scalar(QStringLiteral("SELECT COUNT(*) FROM role_assignments r JOIN locations l"
                                                    " ON l.id = r.location_id WHERE l.partner_id = ?"
                                                    " AND r.role = 'incentives-admin'"),
                                     {kJP});
    QCOMPARE(admins->toInt(), 1);
    QCOMPARE(m_ctx->auditLog().verify().value(), Id(0));
}

void TestConcurrency::racingSubmitsMakeOneValidation()
{
    // The same enrollment submitted from two connections at once: one submission, one validation.
    std::atomic<int> submitted{0};
    std::atomic<int> refused{0};
    race(m_location, 2, 1, [&](AppContext& ctx, int, int) {
        auto r = EnrollmentService(ctx).submit(*ctx.actor(kBao),
                                               QStringLiteral("Microsoft Security Incentives"), kUS);
        if (r)
            ++submitted;
        else if (r.error().kind == ErrorKind::WrongState)
            ++refused;
    });
    QCOMPARE(submitted.load(), 1);
    QCOMPARE(refused.load(), 1);
    auto pending = m_ctx->db().scalar(
        QStringLiteral(
            "SELECT COUNT(*) FROM validation_requests v JOIN enrollments e ON e.id = v.enrollment_id"
            " WHERE e.program_name = ? AND e.partner_id = ? AND v.state = 'pending'"),
        {QStringLiteral("Microsoft Security Incentives"), kUS});
    QCOMPARE(pending->toInt(), 1);
}

void TestConcurrency::racingWritersKeepTheAuditChain()
{
    // Four connections writing as fast as they can: every change lands, each with its audit
    // record, and the hash chain has no fork.
    const Actor avery = *m_ctx->actor(kAvery);
    const qint64 before = m_ctx->db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
    std::atomic<int> done{0};
    race(m_location, 4, 10, [&](AppContext& ctx, int thread, int round) {
        const Actor admin = *ctx.actor(kAvery);
        if (DirectoryService(ctx).addUser(admin,
                                          QStringLiteral("w%1-%2@contoso.example").arg(thread).arg(round),
                                          QStringLiteral("Writer %1").arg(thread)))
            ++done;
    });
    QCOMPARE(done.load(), 40);
    const qint64 after = m_ctx->db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
    QVERIFY(after >= before + 40);
    QCOMPARE(m_ctx->auditLog().verify().value(), Id(0));
    QCOMPARE(DirectoryService(*m_ctx).users(avery)->size(), 9 + 40);
}

void TestConcurrency::otherWritersAreNoticed()
{
    // A window's own changes are not news to it; another connection's are, within seconds.
    ChangeWatcher watcher(m_ctx->db());
    QSignalSpy noticed(&watcher, &ChangeWatcher::changedElsewhere);
    const Actor avery = *m_ctx->actor(kAvery);
    QVERIFY(DirectoryService(*m_ctx).addUser(avery, QStringLiteral("own@contoso.example"),
                                             QStringLiteral("Own")));
    QTest::qWait(1800);
    QCOMPARE(noticed.count(), 0);

    auto other = openContext(m_location);
    QVERIFY(DirectoryService(*other).addUser(*other->actor(kAvery), QStringLiteral("other@contoso.example"),
                                             QStringLiteral("Other")));
    QVERIFY(noticed.wait(5000));
    QCOMPARE(watcher.pushed(), testdb::onServer());
}

void TestConcurrency::busyDatabaseSaysSoAndChangesNothing()
{
    // Another program holds the write lock for longer than anyone waits: the change is refused
    // with a message a user can act on, never the driver's "database is locked", and nothing of it
    // is written. Once the other writer is done the same change goes through.
    const Actor avery = *m_ctx->actor(kAvery);
    const qint64 users = DirectoryService(*m_ctx).users(avery)->size();
    auto holder = Database::open(m_location, Database::OpenMode::MustExist);
    QVERIFY(holder);
    auto hold = std::make_unique<Transaction>(**holder);
    QVERIFY(hold->active());
    QElapsedTimer waited;
    waited.start();
    auto late = DirectoryService(*m_ctx).addUser(avery, QStringLiteral("late@contoso.example"),
                                                 QStringLiteral("Late"));
    QVERIFY(!late);
    QCOMPARE(late.error().kind, ErrorKind::Storage);
    QVERIFY2(late.error().message.contains(QStringLiteral("busy")), qPrintable(late.error().message));
    QVERIFY2(!late.error().message.contains(QStringLiteral("lock")), qPrintable(late.error().message));
    QVERIFY2(waited.elapsed() >= 4000 && waited.elapsed() < 15000,
             qPrintable(QString::number(waited.elapsed())));
    hold.reset();
    QCOMPARE(DirectoryService(*m_ctx).users(avery)->size(), users);
    QVERIFY(DirectoryService(*m_ctx).addUser(avery, QStringLiteral("late@contoso.example"),
                                             QStringLiteral("Late")));
}

void TestConcurrency::fullDiskSaysSoAndChangesNothing()
{
    SKIP_ON_SERVER("a full disk is simulated with SQLite's max_page_count");
    const Actor avery = *m_ctx->actor(kAvery);
    const qint64 pages = m_ctx->db().scalar(QStringLiteral("PRAGMA page_count"))->toLongLong();
    QVERIFY(m_ctx->db().run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    int added = 0;
    Error full;
    for (int i = 0; i < 2000 && full.message.isEmpty(); ++i) {
        auto r = DirectoryService(*m_ctx).addUser(avery, QStringLiteral("filler%1@contoso.example").arg(i),
                                                  QStringLiteral("Filler %1 with a long enough name").arg(i));
        if (r)
            ++added;
        else
            full = r.error();
    }
    QCOMPARE(full.kind, ErrorKind::Storage);
    QVERIFY2(full.message.contains(QStringLiteral("disk is full")), qPrintable(full.message));
    // Every change before the full disk is there whole, the refused one not at all.
    QCOMPARE(DirectoryService(*m_ctx).users(avery)->size(), 9 + added);
    QCOMPARE(m_ctx->auditLog().verify().value(), Id(0));
    QVERIFY(m_ctx->db().run(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY(DirectoryService(*m_ctx).addUser(avery, QStringLiteral("after@contoso.example"),
                                             QStringLiteral("After")));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
