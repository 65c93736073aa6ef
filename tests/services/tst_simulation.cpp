// The simulated Microsoft side: renewal at the fiscal-year end with each condition failing alone,
// rejected profiles, the holder's legal entity, the demo's consistency, program operations, and
// demo snapshots. The fiscal-year end over several years is in tst_yearend.
#include "core/Eligibility.h"
#include "core/EnrollmentRules.h"
#include "core/FiscalCalendar.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/Workflow.h"
#include "services/demo/DemoFiles.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"
#include "services/demo/Scenarios.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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
const QString kGB = QStringLiteral("4649102");
const QString kFR = QStringLiteral("4649106");
const QString kAzure = QStringLiteral("Azure Incentives");
const QString kMarketplace = QStringLiteral("Marketplace Rewards");
const QString kUsBank = QStringLiteral("Contoso US Operating");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");

// What a row looks like, to compare before and after.
QString fingerprint(const Enrollment& e)
{
    return QStringLiteral("%1 %2 %3 %4 %5 v%6")
        .arg(e.id)
        .arg(statusCode(e.status), reasonCode(e.reason), e.detail)
        .arg(e.fiscalYear)
        .arg(e.version);
}
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
    void rejectedBankProfileStaysRejectedUntilEdited();
    void demoIsWhatTheEngineComputes();
    void holderMatchesTheLocationsLegalEntity();
    void soleProprietorIsPaidAsAnIndividual();
    void publishedProgramInvitesTheEligible();
    void closingAndReopeningAProgram();
    void snapshotsAreDemoOnlyAndNamedSafely();
    void scenariosStartUndone();
    void backupAndRestore();
    void integrityCheckFindsTampering();

private:
    Actor avery() { return *m_ctx->actor(QStringLiteral("avery.brooks@contoso.example")); }
    Actor as(const QString& email) { return *m_ctx->actor(email); }
    QList<Enrollment> all()
    {
        QList<Enrollment> out;
        for (Id after = 0;;) {
            auto batch = m_ctx->enrollments().notDiscontinued(after, 500);
            if (!batch || batch->isEmpty())
                break;
            out += *batch;
            after = batch->last().id;
        }
        return out;
    }
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
    // Every enrollment moves into the new year, renewed or not: only Discontinued ones keep a past
    // year.
    QTest::addColumn<int>("fiscalYear");
    QTest::newRow("all met") << QString() << kUS << int(S::Enrolled) << QString() << 2028;
    QTest::newRow("eligibility lost") << QStringLiteral("eligibility") << kUS << int(S::Inactive)
                                      << QStringLiteral("eligibility-lost") << 2028;
    QTest::newRow("agreement expired") << QStringLiteral("agreement") << kUS << int(S::Inactive)
                                       << QStringLiteral("agreement-expired") << 2028;
    QTest::newRow("program closed") << QStringLiteral("closed") << kUS << int(S::Inactive)
                                    << QStringLiteral("program-closed") << 2028;
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
    // The demo's validation under way ends first, so that only the year end judges the broken row.
    QVERIFY(PresenterTools(*m_ctx).advanceClock(avery(), 2 * 86400));
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
        QVERIFY(PresenterTools(*m_ctx).closeProgram(avery(), kCommerce));
    QCOMPARE(enrollment(kCommerce, partnerId).status, S::Enrolled); // nothing happens before the year ends
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
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

void TestSimulation::rejectedBankProfileStaysRejectedUntilEdited()
{
    // Commerce and Azure at the US location are Enrolled, paid into the US operating account.
    QCOMPARE(enrollment(kCommerce, kUS).status, S::Enrolled);
    QCOMPARE(enrollment(kAzure, kUS).status, S::Enrolled);
    const Actor bao = as(kBao);
    // A third program is submitted with the same profile, and Microsoft rejects it.
    QVERIFY(EnrollmentService(*m_ctx).submit(bao, kMarketplace, kUS));
    QVERIFY(PresenterTools(*m_ctx).decideValidation(avery(), kMarketplace, kUS, false,
                                                    QStringLiteral("Bank letter unreadable")));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(avery(), 3600));
    QCOMPARE(m_ctx->profiles().bankProfileByName(kUsBank)->status, ProfileStatus::ActionRequired);
    // Every enrollment that uses the rejected profile needs action, with the reason.
    for (const QString& program : {kMarketplace, kCommerce, kAzure}) {
        const Enrollment e = enrollment(program, kUS);
        QVERIFY2(e.status == S::Enrolling, qPrintable(program + QLatin1Char(' ') + statusCode(e.status)));
        QVERIFY2(e.detail.contains(QStringLiteral("Bank letter unreadable")), qPrintable(e.detail));
    }
    // An edit of the tax profile alone does not touch the bank profile's rejection.
    TaxProfile tax = **m_ctx->profiles().taxProfile(m_ctx->directory().locationByPartnerId(kUS)->id);
    tax.signedOn = m_ctx->clock().now().date();
    QVERIFY(ProfileService(*m_ctx).setTax(bao, kUS, tax));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(avery(), 48 * 3600));
    QCOMPARE(m_ctx->profiles().bankProfileByName(kUsBank)->status, ProfileStatus::ActionRequired);
    for (const QString& program : {kMarketplace, kCommerce, kAzure}) {
        const Enrollment e = enrollment(program, kUS);
        QCOMPARE(e.status, S::Enrolling);
        QVERIFY2(e.detail.contains(kUsBank), qPrintable(e.detail));
        // The invitation dialog offers Continue, never Submit, while its Actions required says so.
        auto view = EnrollmentService(*m_ctx).invitation(bao, program, kUS);
        QVERIFY(view);
        QVERIFY(!view->canSubmit());
        QCOMPARE(EnrollmentService(*m_ctx).submit(bao, program, kUS).error().kind, ErrorKind::Invalid);
    }
    // Editing the profile itself is what clears the rejection.
    QVERIFY(ProfileService(*m_ctx).editBank(bao, kUsBank, [](BankProfile& p) {
        p.bankName = QString(); // no real change, but an edit that Microsoft looks at again
    }));
    QCOMPARE(m_ctx->profiles().bankProfileByName(kUsBank)->status, ProfileStatus::PendingValidation);
    auto view = EnrollmentService(*m_ctx).invitation(bao, kCommerce, kUS);
    QVERIFY(view);
    QVERIFY(view->canSubmit());
    QVERIFY(EnrollmentService(*m_ctx).submit(bao, kCommerce, kUS));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(avery(), 2 * 86400));
    QCOMPARE(enrollment(kCommerce, kUS).status, S::Enrolled);
    QCOMPARE(m_ctx->profiles().bankProfileByName(kUsBank)->status, ProfileStatus::Approved);
}

void TestSimulation::demoIsWhatTheEngineComputes()
{
    QStringList before;
    for (const Enrollment& e : all())
        before.append(fingerprint(e));
    QVERIFY(Simulation(*m_ctx).runEligibility());
    QVERIFY(Simulation(*m_ctx).catchUp());
    QStringList after;
    for (const Enrollment& e : all())
        after.append(fingerprint(e));
    QCOMPARE(after, before);
    // Every Enrolled row of the demo meets its program's criteria.
    for (const Enrollment& e : all()) {
        if (e.status != S::Enrolled)
            continue;
        const auto criteria = eligibility::parse(m_ctx->programs().program(e.programId)->criteria);
        QVERIFY2(eligibility::allMet(
                     eligibility::checklist(*criteria, *m_ctx->directory().location(e.locationId))),
                 qPrintable(workflow::describe(e)));
    }
    // The README's story: France's agreement has lapsed, so it will not renew on 1 July.
    QCOMPARE(enrollment(kCommerce, kFR).status, S::Enrolled);
    QVERIFY(!m_ctx->directory().locationByPartnerId(kFR)->attributes.agreementActive);
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
    QCOMPARE(enrollment(kCommerce, kFR).status, S::Inactive);
    QCOMPARE(enrollment(kCommerce, kFR).reason, Reason::AgreementExpired);
    QCOMPARE(enrollment(kAzure, kFR).status, S::Inactive);
    QCOMPARE(enrollment(kCommerce, kUS).status, S::Enrolled);
    QCOMPARE(enrollment(kCommerce, kUS).fiscalYear, 2028);
}

void TestSimulation::holderMatchesTheLocationsLegalEntity()
{
    const Location uk = *m_ctx->directory().locationByPartnerId(kGB);
    QCOMPARE(uk.legalName, QStringLiteral("Contoso UK Limited"));
    QCOMPARE(m_ctx->directory().locationByPartnerId(kUS)->legalName, QStringLiteral("Contoso Ltd"));
    // The demo's story: the UK account names the parent, not the UK legal entity.
    const Enrollment rejected = enrollment(kCommerce, kGB);
    QCOMPARE(rejected.status, S::Enrolling);
    QCOMPARE(rejected.reason, Reason::HolderMismatch);
    QVERIFY2(rejected.detail.contains(QStringLiteral("Contoso UK Limited")), qPrintable(rejected.detail));
    // The subsidiary's own name passes.
    const Actor charlotte = as(QStringLiteral("charlotte.evans@contoso.example"));
    QVERIFY(
        ProfileService(*m_ctx).editBank(charlotte, QStringLiteral("Contoso UK Payout"), [](BankProfile& p) {
            p.holderName = QStringLiteral("Contoso UK Limited");
        }));
    QVERIFY(EnrollmentService(*m_ctx).submit(charlotte, kCommerce, kGB));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(avery(), 2 * 86400));
    QCOMPARE(enrollment(kCommerce, kGB).status, S::Enrolled);
}

void TestSimulation::soleProprietorIsPaidAsAnIndividual()
{
    // The README's story: a sole proprietor in Spain, enrolled with a W-8BEN and her own account.
    const QString es = QStringLiteral("4649107");
    const QString csp = QStringLiteral("CSP Indirect Reseller Incentives");
    const auto found = m_ctx->directory().locationByPartnerId(es);
    QVERIFY(found);
    const Location location = *found;
    QCOMPARE(location.country, QStringLiteral("ES"));
    QCOMPARE(location.legalName, QStringLiteral("Lucía Romero García"));
    const auto actor = m_ctx->actor(QStringLiteral("lucia.romero@contoso.example"));
    QVERIFY(actor);
    const Actor lucia = *actor;
    ProfileService profiles(*m_ctx);
    const auto rights = profiles.rightsAt(lucia, es);
    QVERIFY(rights);
    QVERIFY(rights->mayEditTax);
    QVERIFY(rights->maySetDefault);
    const auto tax = profiles.taxProfile(lucia, es);
    QVERIFY(tax && tax->has_value());
    const TaxProfile& w8 = **tax;
    QCOMPARE(w8.form, TaxForm::W8Ben);
    QCOMPARE(w8.status, ProfileStatus::Approved);
    QCOMPARE(w8.personName, location.legalName);
    QCOMPARE(w8.citizenshipCountry, QStringLiteral("ES"));
    QVERIFY(w8.birthDate.isValid() && w8.birthDate < w8.signedOn);
    QVERIFY(!w8.foreignTaxId.isEmpty());
    QVERIFY(w8.ein.isEmpty() && w8.countryOfIncorporation.isEmpty());
    QCOMPARE(rules::taxExpiry(w8), QDate(2030, 12, 31));
    const auto bank = profiles.bankProfile(lucia, QStringLiteral("Lucía Romero EUR"));
    QVERIFY(bank);
    QCOMPARE(bank->defaultFor, QStringList{es});
    QVERIFY(rules::holderMatches(bank->profile.holderName, location.legalName));
    QCOMPARE(bank->profile.status, ProfileStatus::Approved);
    for (const QString& program : {csp, kMarketplace}) {
        QCOMPARE(enrollment(program, es).status, S::Enrolled);
        QCOMPARE(enrollment(program, es).fiscalYear, 2027);
    }
    // Not a Solutions Partner: Commerce is out of reach.
    QCOMPARE(enrollment(kCommerce, es).status, S::Ineligible);
    // Eligible, under an active agreement, with complete details: both renew on 1 July.
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
    for (const QString& program : {csp, kMarketplace}) {
        QCOMPARE(enrollment(program, es).status, S::Enrolled);
        QCOMPARE(enrollment(program, es).fiscalYear, 2028);
    }
}

void TestSimulation::publishedProgramInvitesTheEligible()
{
    Program p;
    p.name = QStringLiteral("Copilot Launch Incentive");
    p.currencies = {QStringLiteral("usd"), QStringLiteral("EUR")};
    p.criteria = QStringLiteral("agreement;revenue>=200000");
    QVERIFY(PresenterTools(*m_ctx).publishProgram(avery(), p));
    QCOMPARE(enrollment(p.name, kUS).status, S::Invited);                          // 1.2 M
    QCOMPARE(enrollment(p.name, QStringLiteral("4649104")).status, S::Ineligible); // India: 90 k
    QCOMPARE(m_ctx->programs().programByName(p.name)->currencies,
             (QStringList{QStringLiteral("USD"), QStringLiteral("EUR")}));
    QCOMPARE(m_ctx->programs().programByName(p.name)->fiscalYear, fiscal::yearOf(m_ctx->clock().now()));
    // Bad programs are refused whole.
    Program bad = p;
    bad.name = QStringLiteral("Another");
    bad.criteria = QStringLiteral("revenue>=lots");
    QCOMPARE(PresenterTools(*m_ctx).publishProgram(avery(), bad).error().field, QStringLiteral("criteria"));
    bad.criteria.clear();
    bad.currencies = {QStringLiteral("XYZ")};
    QCOMPARE(PresenterTools(*m_ctx).publishProgram(avery(), bad).error().field, QStringLiteral("currencies"));
    QVERIFY(!m_ctx->programs().programByName(QStringLiteral("Another")));
    QCOMPARE(PresenterTools(*m_ctx).publishProgram(avery(), p).error().kind, ErrorKind::Conflict);
}

void TestSimulation::closingAndReopeningAProgram()
{
    const QString isv = QStringLiteral("ISV Success Incentives");
    QCOMPARE(enrollment(isv, kUS).status, S::Invited);
    QVERIFY(PresenterTools(*m_ctx).closeProgram(avery(), isv));
    QCOMPARE(enrollment(isv, kUS).status, S::Inactive);
    QCOMPARE(enrollment(isv, kUS).reason, Reason::ProgramClosed);
    QCOMPARE(PresenterTools(*m_ctx).closeProgram(avery(), isv).error().kind, ErrorKind::WrongState);
    const auto bao = m_ctx->directory().userByEmail(QStringLiteral("bao.nguyen@contoso.example"));
    const int before = int(m_ctx->enrollments().messages(bao->id)->size());
    QVERIFY(PresenterTools(*m_ctx).advanceClock(avery(), 3600));
    QVERIFY(PresenterTools(*m_ctx).reopenProgram(avery(), isv));
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
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
    m_ctx.reset();
    QVERIFY(demofiles::restoreSnapshot(m_path, QStringLiteral("start")));
    auto ctx = AppContext::open(m_path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    QCOMPARE((*ctx)->clock().now(), seed::demoStart());
    QCOMPARE(demofiles::restoreSnapshot(m_path, QStringLiteral("missing")).error().kind, ErrorKind::NotFound);
}

void TestSimulation::scenariosStartUndone()
{
    QCOMPARE(scenarios::all().size(), 6);
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
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
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
