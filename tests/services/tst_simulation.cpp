// The simulated Microsoft side: renewal at the fiscal-year end with each condition failing alone,
// program operations, and demo snapshots.
#include "core/FiscalCalendar.h"
#include "services/DemoFiles.h"
#include "services/DemoSeed.h"
#include "services/Scenarios.h"
#include "services/Simulation.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>
#include <QTimeZone>

using namespace incentives;
using S = EnrollmentStatus;

namespace {
const QString kCommerce = QStringLiteral("Microsoft Commerce Incentives");
const QString kUS = QStringLiteral("4649101");
const QString kDE = QStringLiteral("4649103");
} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ctx.reset(); }

    void renewal_data();
    void renewal();
    void publishedProgramInvitesTheEligible();
    void closingAndReopeningAProgram();
    void snapshotsAreDemoOnlyAndNamedSafely();
    void scenariosStartUndone();
    void backupAndRestore();
    void integrityCheckFindsTampering();

private:
    Actor avery() { return *m_ctx->actor(QStringLiteral("avery.brooks@contoso.example")); }
    Enrollment enrollment(const QString& program, const QString& partnerId)
    {
        return **m_ctx->enrollments().find(m_ctx->programs().programByName(program)->id,
                                           m_ctx->directory().locationByPartnerId(partnerId)->id);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AppContext> m_ctx;
};

void TestSimulation::init()
{
    m_path = testdb::fresh(
        m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("-") +
                   QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
                   QStringLiteral(".db"));
    auto ctx = AppContext::open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    QVERIFY(seed::demo(*m_ctx));
}

void TestSimulation::renewal_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("partnerId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    // An enrollment that lapses into Enrolling carries into the new year to be completed there; one
    // that becomes Inactive stays in the year it last held.
    QTest::addColumn<int>("fiscalYear");
    QTest::newRow("all met") << QString() << kUS << int(S::Enrolled) << QString() << 2028;
    QTest::newRow("eligibility lost") << QStringLiteral("eligibility") << kUS << int(S::Inactive)
                                      << QStringLiteral("eligibility-lost") << 2027;
    QTest::newRow("agreement expired") << QStringLiteral("agreement") << kUS << int(S::Inactive)
                                       << QStringLiteral("agreement-expired") << 2027;
    QTest::newRow("program closed") << QStringLiteral("closed") << kUS << int(S::Inactive)
                                    << QStringLiteral("program-closed") << 2027;
    QTest::newRow("bank not approved")
        << QStringLiteral("bank") << kUS << int(S::Enrolling) << QStringLiteral("details-missing") << 2028;
    QTest::newRow("tax form expired")
        << QStringLiteral("tax") << kDE << int(S::Enrolling) << QStringLiteral("tax-form-expired") << 2028;
}

void TestSimulation::renewal()
{
    QFETCH(QString, broken);
    QFETCH(QString, partnerId);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(int, fiscalYear);
    QCOMPARE(enrollment(kCommerce, partnerId).status, S::Enrolled);
    {
        // Break one condition behind the simulation's back, as time passing would.
        Transaction tx(m_ctx->db());
        QVERIFY(tx.active());
        auto location = m_ctx->directory().locationByPartnerId(partnerId);
        if (broken == QLatin1String("eligibility") || broken == QLatin1String("agreement")) {
            (broken == QLatin1String("agreement") ? location->attributes.agreementActive
                                                  : location->attributes.solutionsPartner) = false;
            QVERIFY(m_ctx->directory().updateLocationAttributes(*location));
        } else if (broken == QLatin1String("bank")) {
            QVERIFY(m_ctx->profiles().setBankStatus(
                location->defaultBankProfileId, ProfileStatus::ActionRequired,
                QStringLiteral("Bank closed the account"), m_ctx->clock().now()));
        } else if (broken == QLatin1String("tax")) {
            TaxProfile tax = **m_ctx->profiles().taxProfile(location->id);
            tax.signedOn = QDate(2023, 5, 1); // valid until 31 Dec 2026: already lapsed on 1 July 2027
            QVERIFY(m_ctx->profiles().updateTax(
                tax, QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()), m_ctx->clock().now()));
        }
        QVERIFY(tx.commit());
    }
    if (broken == QLatin1String("closed"))
        QVERIFY(Simulation(*m_ctx).closeProgram(avery(), kCommerce));
    QCOMPARE(enrollment(kCommerce, partnerId).status, S::Enrolled); // nothing happens before the year ends
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    const Enrollment after = enrollment(kCommerce, partnerId);
    QCOMPARE(int(after.status), status);
    QCOMPARE(reasonCode(after.reason), reason);
    QCOMPARE(after.fiscalYear, fiscalYear);
    // The renewal decision is in the audit log, made by the simulated Microsoft side.
    bool audited = false;
    const auto entries = m_ctx->auditLog().list(0, 400);
    QVERIFY(entries);
    for (const AuditEntry& e : *entries)
        if (e.partnerId == partnerId && e.program == kCommerce && e.actor == systemActor().email &&
            e.action.startsWith(QStringLiteral("enrollment.renew")))
            audited = true;
    QVERIFY(audited);
}

void TestSimulation::publishedProgramInvitesTheEligible()
{
    Program p;
    p.name = QStringLiteral("Copilot Launch Incentive");
    p.currencies = {QStringLiteral("usd"), QStringLiteral("EUR")};
    p.criteria = QStringLiteral("agreement;revenue>=200000");
    QVERIFY(Simulation(*m_ctx).publishProgram(avery(), p));
    QCOMPARE(enrollment(p.name, kUS).status, S::Invited);                          // 1.2 M
    QCOMPARE(enrollment(p.name, QStringLiteral("4649104")).status, S::Ineligible); // India: 90 k
    QCOMPARE(m_ctx->programs().programByName(p.name)->currencies,
             (QStringList{QStringLiteral("USD"), QStringLiteral("EUR")}));
    QCOMPARE(m_ctx->programs().programByName(p.name)->fiscalYear, fiscal::yearOf(m_ctx->clock().now()));
    // Bad programs are refused whole.
    Program bad = p;
    bad.name = QStringLiteral("Another");
    bad.criteria = QStringLiteral("revenue>=lots");
    QCOMPARE(Simulation(*m_ctx).publishProgram(avery(), bad).error().field, QStringLiteral("criteria"));
    bad.criteria.clear();
    bad.currencies = {QStringLiteral("XYZ")};
    QCOMPARE(Simulation(*m_ctx).publishProgram(avery(), bad).error().field, QStringLiteral("currencies"));
    QVERIFY(!m_ctx->programs().programByName(QStringLiteral("Another")));
    QCOMPARE(Simulation(*m_ctx).publishProgram(avery(), p).error().kind, ErrorKind::Conflict);
}

void TestSimulation::closingAndReopeningAProgram()
{
    const QString isv = QStringLiteral("ISV Success Incentives");
    QCOMPARE(enrollment(isv, kUS).status, S::Invited);
    QVERIFY(Simulation(*m_ctx).closeProgram(avery(), isv));
    QCOMPARE(enrollment(isv, kUS).status, S::Inactive);
    QCOMPARE(enrollment(isv, kUS).reason, Reason::ProgramClosed);
    QCOMPARE(Simulation(*m_ctx).closeProgram(avery(), isv).error().kind, ErrorKind::WrongState);
    const auto bao = m_ctx->directory().userByEmail(QStringLiteral("bao.nguyen@contoso.example"));
    const int before = int(m_ctx->enrollments().messages(bao->id)->size());
    QVERIFY(Simulation(*m_ctx).advanceClock(avery(), 3600));
    QVERIFY(Simulation(*m_ctx).reopenProgram(avery(), isv));
    QCOMPARE(enrollment(isv, kUS).status, S::Invited);
    QCOMPARE(int(m_ctx->enrollments().messages(bao->id)->size()), before + 1); // invited again by email
}

void TestSimulation::snapshotsAreDemoOnlyAndNamedSafely()
{
    QCOMPARE(demofiles::saveSnapshot(*m_ctx, avery(), QStringLiteral("../escape")).error().kind,
             ErrorKind::Invalid);
    QCOMPARE(demofiles::saveSnapshot(*m_ctx, avery(), QString()).error().kind, ErrorKind::Invalid);
    QVERIFY(demofiles::saveSnapshot(*m_ctx, avery(), QStringLiteral("start")));
    QCOMPARE(demofiles::saveSnapshot(*m_ctx, avery(), QStringLiteral("start")).error().kind,
             ErrorKind::Conflict);
    QCOMPARE(*demofiles::snapshots(m_path), QStringList{QStringLiteral("start")});
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    m_ctx.reset();
    QVERIFY(demofiles::restoreSnapshot(m_path, QStringLiteral("start")));
    auto ctx = AppContext::open(m_path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    QCOMPARE((*ctx)->clock().now(), seed::demoStart());
    QCOMPARE(demofiles::restoreSnapshot(m_path, QStringLiteral("missing")).error().kind, ErrorKind::NotFound);
}

void TestSimulation::scenariosStartUndone()
{
    QCOMPARE(scenarios::all().size(), 5);
    for (const auto& s : scenarios::all()) {
        const QList<bool> progress = scenarios::progress(*m_ctx, s);
        QCOMPARE(progress.size(), s.steps.size());
        // The open-program scenario's first step is an observation that holds from the start.
        const int expectedDone = s.id == QLatin1String("open-program") ? 1 : 0;
        QCOMPARE(int(progress.count(true)), expectedDone);
    }
}

void TestSimulation::backupAndRestore()
{
    const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
    QFile::remove(backup);
    QVERIFY(m_ctx->db().backupTo(backup));
    QCOMPARE(m_ctx->db().backupTo(backup).error().kind, ErrorKind::Conflict); // never overwrites
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    m_ctx.reset();
    // A damaged file is refused and the current database stays as it is.
    const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    QVERIFY(!demofiles::restoreBackup(m_path, junk));
    {
        auto ctx = AppContext::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(ctx);
        QVERIFY(fiscal::yearOf((*ctx)->clock().now()) == 2028);
    }
    QVERIFY(demofiles::restoreBackup(m_path, backup));
    auto ctx = AppContext::open(m_path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    QCOMPARE((*ctx)->clock().now(), seed::demoStart());
    m_ctx = std::move(ctx).value();
}

void TestSimulation::integrityCheckFindsTampering()
{
    QCOMPARE(demofiles::checkIntegrity(*m_ctx)->size(), 0);
    QVERIFY(m_ctx->db().run(testdb::dropAuditGuard()));
    QVERIFY(m_ctx->db().run(QStringLiteral("UPDATE audit_log SET details = 'rewritten' WHERE id = 3")));
    const QStringList problems = *demofiles::checkIntegrity(*m_ctx);
    // The rewritten record, and (where the schema's definitions can be compared) the guard removed
    // to rewrite it.
    QCOMPARE(problems.size(), testdb::onServer() ? 1 : 2);
    QVERIFY(problems.last().contains(QStringLiteral("record 3")));
    if (!testdb::onServer())
        QVERIFY2(problems.first().contains(QStringLiteral("audit_log_no_update is missing")),
                 qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
