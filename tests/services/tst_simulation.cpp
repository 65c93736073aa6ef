// The simulated Microsoft side: renewal at the fiscal-year end with each condition failing alone,
// years of random changes with the year-end invariants, rejected profiles, the demo's consistency,
// program operations, and demo snapshots.
#include "core/Eligibility.h"
#include "core/FiscalCalendar.h"
#include "core/Renewal.h"
#include "services/DemoFiles.h"
#include "services/DemoSeed.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Scenarios.h"
#include "services/Simulation.h"
#include "services/Workflow.h"

#include <QRandomGenerator>

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
const QString kDirect = QStringLiteral("CSP Direct Bill Incentives");
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
    void reinvitationAfterYearEndBelongsToTheNewYear();
    void rejectedBankProfileStaysRejectedUntilEdited();
    void demoIsWhatTheEngineComputes();
    void holderMatchesTheLocationsLegalEntity();
    void renewalForecastIsWhatHappens();
    void threeYearsOfRandomChanges();
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
    // The rule's outcome for every Enrolled row, judged as the coming year end will judge it.
    QHash<Id, renewal::Outcome> expectedRenewals();
    // After a year end: nothing carries a past year unless Discontinued; every Enrolled row meets
    // every renewal condition; every row Enrolled before the end became what the rule said.
    void checkYearEnd(const QHash<Id, renewal::Outcome>& expected);
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
    QVERIFY(Simulation(*m_ctx).advanceClock(avery(), 2 * 86400));
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

QHash<Id, renewal::Outcome> TestSimulation::expectedRenewals()
{
    QHash<Id, renewal::Outcome> out;
    const int newYear = fiscal::yearOf(m_ctx->clock().now()) + 1;
    for (const Enrollment& e : all()) {
        if (e.status != S::Enrolled)
            continue;
        auto context = workflow::contextFor(*m_ctx, e);
        if (!context)
            qFatal("%s", qPrintable(context.error().message));
        context->today = fiscal::firstDay(newYear);
        out.insert(e.id, renewal::judge(renewal::inputFor(e.status, *context)));
    }
    return out;
}

void TestSimulation::checkYearEnd(const QHash<Id, renewal::Outcome>& expected)
{
    const QDateTime now = m_ctx->clock().now();
    const int year = fiscal::yearOf(now);
    QCOMPARE(now.date(), fiscal::firstDay(year)); // the clock stands on the new year's first day
    auto programs = m_ctx->programs().programs();
    QVERIFY(programs);
    QHash<Id, Program> programById;
    for (const Program& p : *programs)
        programById.insert(p.id, p);
    for (const Enrollment& e : all()) {
        const QString what = workflow::describe(e) + QStringLiteral(": ") + fingerprint(e);
        QVERIFY2(e.fiscalYear == year, qPrintable(what));
        if (expected.contains(e.id)) {
            const renewal::Outcome& o = expected.value(e.id);
            QVERIFY2(e.status == o.status, qPrintable(what));
            QVERIFY2(e.reason == o.reason, qPrintable(what));
            QVERIFY2(e.detail == o.detail, qPrintable(what));
        }
        if (e.status != S::Enrolled)
            continue;
        const Location location = *m_ctx->directory().location(e.locationId);
        const auto criteria = eligibility::parse(programById.value(e.programId).criteria);
        QVERIFY(criteria);
        QVERIFY2(eligibility::allMet(eligibility::checklist(*criteria, location)), qPrintable(what));
        QVERIFY2(location.attributes.agreementActive, qPrintable(what));
        auto context = workflow::contextFor(*m_ctx, e);
        QVERIFY(context);
        QVERIFY2(context->bank && context->bank->status == ProfileStatus::Approved, qPrintable(what));
        QVERIFY2(context->tax && context->tax->status == ProfileStatus::Approved, qPrintable(what));
        QVERIFY2(!rules::taxExpired(*context->tax, now.date()), qPrintable(what));
    }
    // Discontinued rows keep the year they ended in.
    auto discontinued = m_ctx->enrollments().page(
        [] {
            WorkspaceFilter f;
            f.statuses = {S::Discontinued};
            return f;
        }(),
        WorkspaceSort::Updated, true, 0, 1000);
    QVERIFY(discontinued);
    for (const Enrollment& e : *discontinued)
        QVERIFY(e.fiscalYear < year);
}

void TestSimulation::reinvitationAfterYearEndBelongsToTheNewYear()
{
    // The US location is no CSP direct-bill partner: Ineligible for CSP Direct Bill in FY27.
    QCOMPARE(enrollment(kDirect, kUS).status, S::Ineligible);
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2027);
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2028); // judged and carried over
    // It becomes one in FY28: invited again, for FY28.
    Location us = *m_ctx->directory().locationByPartnerId(kUS);
    us.attributes.cspDirectBill = true;
    QVERIFY(Simulation(*m_ctx).setLocationAttributes(avery(), kUS, us.attributes));
    QCOMPARE(enrollment(kDirect, kUS).status, S::Invited);
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2028);
    QVERIFY(EnrollmentService(*m_ctx).submit(as(kBao), kDirect, kUS));
    QVERIFY(Simulation(*m_ctx).advanceClock(avery(), 2 * 86400));
    QCOMPARE(enrollment(kDirect, kUS).status, S::Enrolled);
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2028);
    // The FY28 year end judges it like every other enrollment: it renews into FY29.
    QVERIFY(Simulation(*m_ctx).setClock(avery(), fiscal::nextYearStart(m_ctx->clock().now()).addSecs(-3600)));
    const auto expected = expectedRenewals();
    QVERIFY(expected.value(enrollment(kDirect, kUS).id).renewed());
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    QCOMPARE(enrollment(kDirect, kUS).status, S::Enrolled);
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2029);
    checkYearEnd(expected);
    // Whatever happened in between, an enrollment left behind in an old year is judged too.
    {
        Transaction tx(m_ctx->db());
        QVERIFY(tx.active());
        Enrollment stale = enrollment(kDirect, kUS);
        stale.fiscalYear = 2027;
        QVERIFY(m_ctx->enrollments().update(stale));
        QVERIFY(tx.commit());
    }
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2030);
    QCOMPARE(enrollment(kDirect, kUS).status, S::Enrolled);
}

void TestSimulation::rejectedBankProfileStaysRejectedUntilEdited()
{
    // Commerce and Azure at the US location are Enrolled, paid into the US operating account.
    QCOMPARE(enrollment(kCommerce, kUS).status, S::Enrolled);
    QCOMPARE(enrollment(kAzure, kUS).status, S::Enrolled);
    const Actor bao = as(kBao);
    // A third program is submitted with the same profile, and Microsoft rejects it.
    QVERIFY(EnrollmentService(*m_ctx).submit(bao, kMarketplace, kUS));
    QVERIFY(Simulation(*m_ctx).decideValidation(avery(), kMarketplace, kUS, false,
                                                QStringLiteral("Bank letter unreadable")));
    QVERIFY(Simulation(*m_ctx).advanceClock(avery(), 3600));
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
    QVERIFY(Simulation(*m_ctx).advanceClock(avery(), 48 * 3600));
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
    QVERIFY(Simulation(*m_ctx).advanceClock(avery(), 2 * 86400));
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
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
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
    QVERIFY(Simulation(*m_ctx).advanceClock(avery(), 2 * 86400));
    QCOMPARE(enrollment(kCommerce, kGB).status, S::Enrolled);
}

void TestSimulation::renewalForecastIsWhatHappens()
{
    // Azure closes for enrollment: its Enrolled rows will not renew.
    QVERIFY(Simulation(*m_ctx).closeProgram(avery(), kAzure));
    auto forecast = Simulation(*m_ctx).renewalForecast(avery());
    QVERIFY(forecast);
    QHash<QString, RenewalForecast> byRow;
    for (const RenewalForecast& f : *forecast) {
        QCOMPARE(f.enrollment.status, S::Enrolled);
        QCOMPARE(f.newFiscalYear, 2028);
        byRow.insert(workflow::describe(f.enrollment), f);
    }
    const auto row = [&](const QString& program, const QString& partnerId) {
        return byRow.value(program + QStringLiteral(" at ") + partnerId);
    };
    QCOMPARE(row(kCommerce, kFR).outcome.failing, renewal::Failing::Agreement);
    QVERIFY(row(kCommerce, kFR).remedy.contains(QStringLiteral("agreement")));
    QCOMPARE(row(kAzure, kUS).outcome.failing, renewal::Failing::Program);
    QCOMPARE(row(kAzure, kUS).outcome.status, S::Inactive);
    QVERIFY(row(kCommerce, kUS).outcome.renewed());
    QVERIFY(row(kCommerce, kUS).remedy.isEmpty());
    // An Incentives admin sees only the locations they administer.
    auto own = Simulation(*m_ctx).renewalForecast(as(kBao));
    QVERIFY(own);
    for (const RenewalForecast& f : *own)
        QVERIFY(f.enrollment.partnerId == kUS || f.enrollment.partnerId == kDE);
    QVERIFY(own->size() < forecast->size());
    // The year end does exactly what the forecast said.
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    for (const RenewalForecast& f : *forecast) {
        const Enrollment e = *m_ctx->enrollments().enrollment(f.enrollment.id);
        QCOMPARE(e.status, f.outcome.status);
        QCOMPARE(e.reason, f.outcome.reason);
        QCOMPARE(e.detail, f.outcome.detail);
        QCOMPARE(e.fiscalYear, f.newFiscalYear);
    }
    // In FY28 Germany's W-8BEN-E (signed January 2024) lapses on 31 December 2027, before 1 July:
    // the forecast says so now, and the year end agrees.
    forecast = Simulation(*m_ctx).renewalForecast(avery());
    QVERIFY(forecast);
    byRow.clear();
    for (const RenewalForecast& f : *forecast)
        byRow.insert(workflow::describe(f.enrollment), f);
    const RenewalForecast de = row(kCommerce, kDE);
    QCOMPARE(de.newFiscalYear, 2029);
    QCOMPARE(de.outcome.failing, renewal::Failing::Details);
    QCOMPARE(de.outcome.reason, Reason::TaxFormExpired);
    QVERIFY2(de.remedy.contains(QStringLiteral("tax form")), qPrintable(de.remedy));
    QVERIFY(row(kCommerce, kUS).outcome.renewed());
    QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
    for (const RenewalForecast& f : *forecast) {
        const Enrollment e = *m_ctx->enrollments().enrollment(f.enrollment.id);
        QCOMPARE(e.status, f.outcome.status);
        QCOMPARE(e.reason, f.outcome.reason);
        QCOMPARE(e.fiscalYear, f.newFiscalYear);
    }
}

void TestSimulation::threeYearsOfRandomChanges()
{
    QRandomGenerator random(20270503);
    const QString programs[] = {kCommerce,
                                QStringLiteral("CSP Indirect Reseller Incentives"),
                                kDirect,
                                kAzure,
                                QStringLiteral("Solution Assessment Incentives"),
                                kMarketplace,
                                QStringLiteral("ISV Success Incentives"),
                                QStringLiteral("Microsoft Security Incentives")};
    const QString partners[] = {kUS, kGB, kDE, QStringLiteral("4649104"), QStringLiteral("4649105"), kFR};
    const QHash<QString, QString> admins{
        {kUS, kBao},
        {kDE, kBao},
        {kGB, QStringLiteral("charlotte.evans@contoso.example")},
        {QStringLiteral("4649104"), QStringLiteral("dev.patel@contoso.example")},
        {kFR, QStringLiteral("farah.haddad@contoso.example")}};
    const QStringList banks{kUsBank, QStringLiteral("Contoso EU Treasury"),
                            QStringLiteral("Contoso UK Payout"), QStringLiteral("Contoso France"),
                            QStringLiteral("Contoso India")};
    // Refusals are part of the game (a step the rules do not allow); storage errors never are.
    const auto allowed = [](const Error& e) { return e.kind != ErrorKind::Storage; };
    int steps = 0, refused = 0, yearEnds = 0;
    QHash<QString, int> outcomes; // how the year ends judged the Enrolled rows, by failing condition
    for (int year = 0; year < 3; ++year) {
        const QDateTime stop = fiscal::nextYearStart(m_ctx->clock().now()).addDays(-3);
        while (m_ctx->clock().now() < stop) {
            ++steps;
            const QString partnerId = partners[random.bounded(6)];
            const QString program = programs[random.bounded(8)];
            const QString adminEmail = admins.value(partnerId, kBao);
            Status s;
            switch (random.bounded(10)) {
            case 0:
            case 1: {
                auto r = EnrollmentService(*m_ctx).submit(as(adminEmail), program, partnerId);
                s = r ? Status() : Status(r.error());
                break;
            }
            case 2: {
                auto r = EnrollmentService(*m_ctx).accept(as(adminEmail), program, partnerId);
                s = r ? Status() : Status(r.error());
                break;
            }
            case 3: {
                LocationAttributes a = m_ctx->directory().locationByPartnerId(partnerId)->attributes;
                switch (random.bounded(4)) {
                case 0:
                    a.agreementActive = random.bounded(3) != 0;
                    break;
                case 1:
                    a.solutionsPartner = !a.solutionsPartner;
                    break;
                case 2:
                    a.cspDirectBill = !a.cspDirectBill;
                    break;
                default:
                    a.trailingRevenueUsd = qint64(random.bounded(1500)) * 1000;
                    break;
                }
                s = Simulation(*m_ctx).setLocationAttributes(avery(), partnerId, a);
                break;
            }
            case 4: {
                auto location = m_ctx->directory().locationByPartnerId(partnerId);
                auto current = m_ctx->profiles().taxProfile(location->id);
                TaxProfile tax;
                if (current->has_value()) {
                    tax = **current;
                } else {
                    tax.form = rules::requiredTaxForm(location->country);
                    tax.ein = QStringLiteral("12-3456789");
                    tax.countryOfIncorporation = location->country;
                    tax.foreignTaxId = QStringLiteral("99887766");
                }
                // Signed between today and three and a half years ago: some expire soon.
                tax.signedOn = m_ctx->clock().now().date().addDays(-qint64(random.bounded(1270)));
                if (location->country == QLatin1String("DE"))
                    tax.vatId = QStringLiteral("DE136695976");
                else if (location->country == QLatin1String("FR"))
                    tax.vatId = QStringLiteral("FR40303265045");
                auto r = ProfileService(*m_ctx).setTax(as(adminEmail), partnerId, tax);
                s = r ? Status() : Status(r.error());
                break;
            }
            case 5: {
                const QString bank = banks.at(random.bounded(int(banks.size())));
                const bool wrongHolder = random.bounded(4) == 0;
                const QString legal = m_ctx->directory().locationByPartnerId(partnerId)->legalName;
                auto r = ProfileService(*m_ctx).editBank(as(adminEmail), bank, [&](BankProfile& p) {
                    p.holderName = wrongHolder ? QStringLiteral("Someone Else GmbH") : legal;
                });
                s = r ? Status() : Status(r.error());
                break;
            }
            case 6: {
                auto pending = Simulation(*m_ctx).pendingValidations(avery());
                QVERIFY(pending);
                if (!pending->isEmpty()) {
                    const Enrollment& e = pending->at(random.bounded(int(pending->size())));
                    s = Simulation(*m_ctx).decideValidation(avery(), e.programName, e.partnerId,
                                                            random.bounded(2) == 0,
                                                            QStringLiteral("Unclear"));
                }
                break;
            }
            case 7: {
                const auto state = m_ctx->programs().programByName(program)->state;
                if (state == ProgramState::Open && random.bounded(3) == 0)
                    s = Simulation(*m_ctx).closeProgram(avery(), program);
                else if (state == ProgramState::Closed)
                    s = Simulation(*m_ctx).reopenProgram(avery(), program);
                break;
            }
            default: {
                const qint64 seconds = qint64(random.bounded(1, 20 * 24)) * 3600;
                const QDateTime to = qMin(m_ctx->clock().now().addSecs(seconds), stop);
                if (to > m_ctx->clock().now())
                    s = Simulation(*m_ctx).setClock(avery(), to);
                break;
            }
            }
            if (!s) {
                ++refused;
                QVERIFY2(allowed(s.error()), qPrintable(s.error().message));
            }
        }
        // Everything due before the end is done; then the rule's verdicts are taken down.
        QVERIFY(
            Simulation(*m_ctx).setClock(avery(), fiscal::nextYearStart(m_ctx->clock().now()).addSecs(-3600)));
        const auto expected = expectedRenewals();
        for (const renewal::Outcome& o : expected)
            ++outcomes[o.renewed() ? QStringLiteral("renewed") : renewal::failingCode(o.failing)];
        QVERIFY(Simulation(*m_ctx).advanceToFiscalYearEnd(avery()));
        ++yearEnds;
        checkYearEnd(expected);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(yearEnds, 3);
    QCOMPARE(fiscal::yearOf(m_ctx->clock().now()), 2030);
    // The walk reached both sides of the rule, or it proved little.
    QVERIFY(outcomes.value(QStringLiteral("renewed")) > 0);
    QVERIFY(outcomes.size() > 1);
    qInfo("%d random steps, %d refused by the rules; year-end outcomes: renewed %d, program %d, "
          "agreement %d, eligibility %d, details %d",
          steps, refused, outcomes.value(QStringLiteral("renewed")),
          outcomes.value(QStringLiteral("program")), outcomes.value(QStringLiteral("agreement")),
          outcomes.value(QStringLiteral("eligibility")), outcomes.value(QStringLiteral("details")));
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
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("record 3")));
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
