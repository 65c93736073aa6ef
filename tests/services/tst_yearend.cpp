// The fiscal-year end over time: an invitation sent again after a year end belongs to the new year,
// the renewal forecast is what the year end then does, and three years of random (seeded,
// reproducible) changes through the services keep the year-end invariants after every year end.
#include "core/Eligibility.h"
#include "core/FiscalCalendar.h"
#include "core/Renewal.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/Workflow.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

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

// What a row looks like, for failure messages.
QString fingerprint(const Enrollment& e)
{
    return QStringLiteral("%1 %2 %3 %4 %5 v%6")
        .arg(e.id)
        .arg(statusCode(e.status), reasonCode(e.reason), e.detail)
        .arg(e.fiscalYear)
        .arg(e.version);
}
} // namespace

class TestYearEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ctx.reset(); }

    void reinvitationAfterYearEndBelongsToTheNewYear();
    void renewalForecastIsWhatHappens();
    void threeYearsOfRandomChanges();

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

void TestYearEnd::init()
{
    m_path = testdb::fresh(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    auto ctx = AppContext::open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    QVERIFY(seed::demo(*m_ctx));
}

QHash<Id, renewal::Outcome> TestYearEnd::expectedRenewals()
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

void TestYearEnd::checkYearEnd(const QHash<Id, renewal::Outcome>& expected)
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

void TestYearEnd::reinvitationAfterYearEndBelongsToTheNewYear()
{
    // The US location is no CSP direct-bill partner: Ineligible for CSP Direct Bill in FY27.
    QCOMPARE(enrollment(kDirect, kUS).status, S::Ineligible);
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2027);
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2028); // judged and carried over
    // It becomes one in FY28: invited again, for FY28.
    Location us = *m_ctx->directory().locationByPartnerId(kUS);
    us.attributes.cspDirectBill = true;
    QVERIFY(PresenterTools(*m_ctx).setLocationAttributes(avery(), kUS, us.attributes));
    QCOMPARE(enrollment(kDirect, kUS).status, S::Invited);
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2028);
    QVERIFY(EnrollmentService(*m_ctx).submit(as(kBao), kDirect, kUS));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(avery(), 2 * 86400));
    QCOMPARE(enrollment(kDirect, kUS).status, S::Enrolled);
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2028);
    // The FY28 year end judges it like every other enrollment: it renews into FY29.
    QVERIFY(
        PresenterTools(*m_ctx).setClock(avery(), fiscal::nextYearStart(m_ctx->clock().now()).addSecs(-3600)));
    const auto expected = expectedRenewals();
    QVERIFY(expected.value(enrollment(kDirect, kUS).id).renewed());
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
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
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
    QCOMPARE(enrollment(kDirect, kUS).fiscalYear, 2030);
    QCOMPARE(enrollment(kDirect, kUS).status, S::Enrolled);
}

void TestYearEnd::renewalForecastIsWhatHappens()
{
    // Azure closes for enrollment: its Enrolled rows will not renew.
    QVERIFY(PresenterTools(*m_ctx).closeProgram(avery(), kAzure));
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
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
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
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
    for (const RenewalForecast& f : *forecast) {
        const Enrollment e = *m_ctx->enrollments().enrollment(f.enrollment.id);
        QCOMPARE(e.status, f.outcome.status);
        QCOMPARE(e.reason, f.outcome.reason);
        QCOMPARE(e.fiscalYear, f.newFiscalYear);
    }
}

void TestYearEnd::threeYearsOfRandomChanges()
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
                s = PresenterTools(*m_ctx).setLocationAttributes(avery(), partnerId, a);
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
                auto pending = PresenterTools(*m_ctx).pendingValidations(avery());
                QVERIFY(pending);
                if (!pending->isEmpty()) {
                    const Enrollment& e = pending->at(random.bounded(int(pending->size())));
                    s = PresenterTools(*m_ctx).decideValidation(avery(), e.programName, e.partnerId,
                                                                random.bounded(2) == 0,
                                                                QStringLiteral("Unclear"));
                }
                break;
            }
            case 7: {
                const auto state = m_ctx->programs().programByName(program)->state;
                if (state == ProgramState::Open && random.bounded(3) == 0)
                    s = PresenterTools(*m_ctx).closeProgram(avery(), program);
                else if (state == ProgramState::Closed)
                    s = PresenterTools(*m_ctx).reopenProgram(avery(), program);
                break;
            }
            default: {
                const qint64 seconds = qint64(random.bounded(1, 20 * 24)) * 3600;
                const QDateTime to = qMin(m_ctx->clock().now().addSecs(seconds), stop);
                if (to > m_ctx->clock().now())
                    s = PresenterTools(*m_ctx).setClock(avery(), to);
                break;
            }
            }
            if (!s) {
                ++refused;
                QVERIFY2(allowed(s.error()), qPrintable(s.error().message));
            }
        }
        // Everything due before the end is done; then the rule's verdicts are taken down.
        QVERIFY(PresenterTools(*m_ctx).setClock(avery(),
                                                fiscal::nextYearStart(m_ctx->clock().now()).addSecs(-3600)));
        const auto expected = expectedRenewals();
        for (const renewal::Outcome& o : expected)
            ++outcomes[o.renewed() ? QStringLiteral("renewed") : renewal::failingCode(o.failing)];
        QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(avery()));
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

QTEST_GUILESS_MAIN(TestYearEnd)
#include "tst_yearend.moc"
