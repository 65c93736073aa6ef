// The services on a fresh demo database per test: the enrollment flow from invitation to Enrolled,
// validation, profile edits, the fiscal-year end, the demo clock, eligibility, roles, authorization,
// the workspace query and Home. Every check goes through the public service API.
#include "core/TimeText.h"
#include "services/AppContext.h"
#include "services/AuditService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"
#include "store/Transaction.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>
#include <tuple>

using namespace incentives;
using namespace Qt::StringLiterals;

// A Result or Status must have succeeded; the failure message is the service's own.
#define CHECK_OK(expr)                                                                                       \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(checked_.ok(), qPrintable(checked_.ok() ? QString() : checked_.error().message));           \
    } while (false)

// A Result or Status must have been refused with this kind of error.
#define CHECK_REFUSED(expr, errorKind)                                                                       \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(!checked_.ok(), "expected a refusal: " #expr);                                              \
        QVERIFY2(checked_.error().kind == errorKind,                                                         \
                 qPrintable(u"refused as: "_s + checked_.error().message));                                  \
    } while (false)

// Declares var as the result of expr, which must have succeeded.
#define CHECKED(var, expr)                                                                                   \
    auto var = (expr);                                                                                       \
    CHECK_OK(var)

// Declares var as a new database (demo or empty), which must have been created.
#define NEW_DB(var, demo)                                                                                    \
    QString var##Error;                                                                                      \
    auto var = makeDb(demo, var##Error);                                                                     \
    QVERIFY2(var, qPrintable(var##Error))

namespace {

using S = EnrollmentStatus;

const QString kAvery = u"avery.brooks@contoso.example"_s, kBao = u"bao.nguyen@contoso.example"_s,
              kCharlotte = u"charlotte.evans@contoso.example"_s, kDev = u"dev.patel@contoso.example"_s,
              kEmma = u"emma.schmidt@contoso.example"_s, kKenji = u"kenji.tanaka@contoso.example"_s,
              kGabriel = u"gabriel.silva@contoso.example"_s, kSoleAdmin = u"sole.admin@fabrikam.example"_s;
const QString kUS = u"4649101"_s, kGB = u"4649102"_s, kDE = u"4649103"_s, kIN = u"4649104"_s,
              kJP = u"4649105"_s, kFR = u"4649106"_s;
const QString kCommerce = u"Microsoft Commerce Incentives"_s, kSecurity = u"Microsoft Security Incentives"_s,
              kMarketplace = u"Marketplace Rewards"_s, kAzure = u"Azure Incentives"_s,
              kCspIndirect = u"CSP Indirect Reseller Incentives"_s, kIsv = u"ISV Success Incentives"_s,
              kAssessment = u"Solution Assessment Incentives"_s;
const QString kUsBank = u"Contoso US Operating"_s, kEuBank = u"Contoso EU Treasury"_s,
              kUkBank = u"Contoso UK Payout"_s;
constexpr qint64 kHour = 3600, kDay = 24 * kHour;

const auto utc = [](int y, int m, int d, int h = 0) {
    return QDateTime({y, m, d}, {h, 0}, QTimeZone::utc());
};

struct Db
{
    QTemporaryDir dir;
    QString location;
    std::unique_ptr<AppContext> ctx;

    ~Db()
    {
        ctx.reset();
        if (!location.isEmpty())
            testdb::discard(location);
    }
};

// A new database in its own directory: the demo organization, or an empty one with one Account admin.
std::unique_ptr<Db> makeDb(bool demo, QString& error)
{
    auto db = std::make_unique<Db>();
    auto ctx =
        db->dir.isValid()
            ? AppContext::open(db->location = testdb::fresh(db->dir, u"incentives.db"_s),
                               Database::OpenMode::CreateIfMissing)
            : Result<std::unique_ptr<AppContext>>(makeError(ErrorKind::Storage, u"no temporary directory"_s));
    if (!ctx) {
        error = ctx.error().message;
        return nullptr;
    }
    db->ctx = std::move(ctx).value();
    if (demo) {
        if (auto seeded = seed::demo(*db->ctx); !seeded)
            error = seeded.error().message;
    } else if (auto seeded = seed::empty(*db->ctx, {u"Fabrikam"_s, {}, {}, {}, kSoleAdmin, u"Sole Admin"_s});
               !seeded) {
        error = seeded.error().message;
    }
    return error.isEmpty() ? std::move(db) : nullptr;
}

Actor actorOf(AppContext& c, const QString& email)
{
    auto a = c.actor(email);
    if (!a)
        QTest::qFail(qPrintable(u"no actor "_s + email), __FILE__, __LINE__);
    return a ? *a : Actor{};
}

// The enrollment of a program at a location; a missing one fails the test.
Enrollment rowOf(AppContext& c, const QString& program, const QString& partnerId)
{
    auto p = c.programs().programByName(program);
    auto l = c.directory().locationByPartnerId(partnerId);
    auto e = p && l ? c.enrollments().find(p->id, l->id) : Result<std::optional<Enrollment>>(Error{});
    if (e && e->has_value())
        return **e;
    QTest::qFail(qPrintable(u"no enrollment %1 at %2"_s.arg(program, partnerId)), __FILE__, __LINE__);
    return {};
}

// What the workspace shows of every enrollment, in a stable order.
QStringList snapshot(AppContext& c)
{
    auto rows = EnrollmentService(c).workspace(actorOf(c, kAvery), {}, WorkspaceSort::Program, true, 0, 1000);
    QStringList out;
    for (const WorkspaceRow& r : rows ? *rows : QList<WorkspaceRow>())
        out.append(u"%1@%2 %3 %4 FY%5 | %6"_s
                       .arg(r.enrollment.programName, r.enrollment.partnerId, statusCode(r.enrollment.status),
                            reasonCode(r.enrollment.reason))
                       .arg(r.enrollment.fiscalYear)
                       .arg(r.actionsRequired));
    return out;
}

QList<AuditEntry> auditOf(AppContext& c)
{
    auto all = c.auditLog().list(0, 100000);
    return all ? *all : QList<AuditEntry>();
}

bool hasAudit(AppContext& c, const QString& action, const QString& partnerId, const QString& program,
              const QString& actor)
{
    return std::ranges::any_of(auditOf(c), [&](const AuditEntry& e) {
        return e.action == action && e.partnerId == partnerId && e.program == program && e.actor == actor;
    });
}

// "status/reason", e.g. "enrolling/holder-mismatch": what QCOMPARE shows when a state differs.
QString st(EnrollmentStatus status, Reason reason = Reason::None)
{
    return statusCode(status) + u'/' + (reason == Reason::None ? u"none"_s : reasonCode(reason));
}

TaxProfile w8(const QString& country, const QString& taxId, QDate signedOn, const QString& vat = {})
{
    TaxProfile t;
    t.form = TaxForm::W8BenE;
    std::tie(t.countryOfIncorporation, t.foreignTaxId, t.signedOn, t.vatId) =
        std::tie(country, taxId, signedOn, vat);
    return t;
}

const auto germanTax = [](QDate signedOn) {
    return w8(u"DE"_s, u"14312345678"_s, signedOn, u"DE136695976"_s);
};
const auto at = [](const QString& program, const QString& partnerId) { return program + u'@' + partnerId; };
const auto fixUkHolder = [](BankProfile& p) { p.holderName = u"Contoso UK Limited"_s; };

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private:
    AppContext& ctx() { return *m_db->ctx; }
    Actor as(const QString& email) { return actorOf(ctx(), email); }
    Enrollment row(const QString& program, const QString& partnerId)
    {
        return rowOf(ctx(), program, partnerId);
    }
    // The status and reason of a program at a location, comparable with st().
    QString state(const QString& program, const QString& partnerId)
    {
        const Enrollment e = row(program, partnerId);
        return st(e.status, e.reason);
    }
    Id locationId(const QString& partnerId) { return ctx().directory().locationByPartnerId(partnerId)->id; }
    Id programId(const QString& name) { return ctx().programs().programByName(name)->id; }
    Status advance(qint64 seconds) { return PresenterTools(ctx()).advanceClock(as(kAvery), seconds); }
    QList<WorkspaceRow> rows(const Actor& who, const WorkspaceFilter& f, bool ascending = true)
    {
        auto r = EnrollmentService(ctx()).workspace(who, f, WorkspaceSort::Program, ascending, 0, 1000);
        return r ? *r : QList<WorkspaceRow>();
    }
    qint64 countOf(const Actor& who, const WorkspaceFilter& f)
    {
        auto n = EnrollmentService(ctx()).count(who, f);
        return n ? *n : -1;
    }
    // The one workspace row of a program at a location, as a user sees it.
    WorkspaceRow shown(const Actor& who, const QString& program, const QString& partnerId)
    {
        WorkspaceFilter f;
        f.locationId = locationId(partnerId);
        f.programId = programId(program);
        const auto found = rows(who, f);
        return found.size() == 1 ? found.first() : WorkspaceRow{};
    }
    int deniedAuditsBy(const QString& email)
    {
        return int(std::ranges::count_if(auditOf(ctx()), [&](const AuditEntry& e) {
            return e.action == u"denied"_s && e.actor == email;
        }));
    }

    std::unique_ptr<Db> m_db;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QString error;
        m_db = makeDb(true, error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void signInChoicesAreTheActiveUsersWithTheirRoles()
    {
        // Read in one pass for the sign-in screen: the same people and roles as the full lists.
        DirectoryService directory(ctx());
        CHECK_OK(directory.setActive(as(kAvery), kEmma, false));
        CHECKED(views, directory.users(as(kAvery)));
        CHECKED(partnerIds, directory.partnerIds());
        QList<SignInChoice> choices;
        CHECK_OK(directory.forEachSignInChoice([&choices](const SignInChoice& c) { choices.append(c); }));
        QStringList expected;
        for (const UserView& v : *views)
            if (v.user.active)
                expected.append(v.user.email + u" "_s + v.user.name + u": "_s +
                                v.describeRoles(*partnerIds).join(u", "_s));
        QStringList found;
        for (const SignInChoice& c : choices)
            found.append(c.email + u" "_s + c.name + u": "_s + c.roles.join(u", "_s));
        expected.sort();
        found.sort();
        QCOMPARE(found, expected);
        QVERIFY(!found.filter(kBao).isEmpty() && found.filter(kEmma).isEmpty());
        QVERIFY2(found.filter(kBao).constFirst().contains(u"("_s),
                 qPrintable(found.filter(kBao).constFirst()));
    }

    // The bounded searches the pages and pickers read give what the full lists give, each actor
    // seeing what they may, in the same order; a limit cuts the page and says there are more.
    void boundedSearchesMatchTheFullLists_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("Account admin") << kAvery;
        QTest::newRow("Incentives admin of two locations") << kBao;
        QTest::newRow("Incentives user") << kEmma;
    }

    void boundedSearchesMatchTheFullLists()
    {
        QFETCH(QString, who);
        const Actor actor = as(who);
        DirectoryService directory(ctx());
        DirectorySearch all;
        all.limit = 1000;

        CHECKED(usersResult, directory.users(actor));
        const auto& users = *usersResult;
        CHECKED(userPageResult, directory.findUsers(actor, all));
        const auto& userPage = *userPageResult;
        QCOMPARE(userPage.users.size(), users.size());
        QVERIFY(!userPage.more);
        for (int i = 0; i < users.size(); ++i) {
            QCOMPARE(userPage.users.at(i).user.email, users.at(i).user.email);
            CHECKED(partnerIdsResult, directory.partnerIds());
            const auto& partnerIds = *partnerIdsResult;
            QCOMPARE(userPage.users.at(i).describeRoles(userPage.partnerIds),
                     users.at(i).describeRoles(partnerIds));
        }

        CHECKED(locationsResult, directory.locations(actor));
        const auto& locations = *locationsResult;
        CHECKED(locationPageResult, directory.findLocations(actor, all));
        const auto& locationPage = *locationPageResult;
        QCOMPARE(locationPage.locations.size(), locations.size());
        for (int i = 0; i < locations.size(); ++i) {
            const LocationView& a = locationPage.locations.at(i);
            const LocationView& b = locations.at(i);
            QCOMPARE(a.location.partnerId, b.location.partnerId);
            QCOMPARE(a.incentivesAdmin.has_value(), b.incentivesAdmin.has_value());
            QCOMPARE(a.waitingInvitations, b.waitingInvitations);
        }
        if (locations.size() > 1) {
            DirectorySearch one;
            one.limit = 1;
            CHECKED(firstResult, directory.findLocations(actor, one));
            const auto& first = *firstResult;
            QCOMPARE(first.locations.size(), 1);
            QVERIFY(first.more);
            QCOMPARE(first.locations.constFirst().location.partnerId,
                     locations.constFirst().location.partnerId);
        }
        // Typed text: part of a name, in another case.
        DirectorySearch typed;
        typed.text = u"CONTOSO"_s;
        CHECKED(matchingResult, directory.findLocations(actor, typed));
        const auto& matching = *matchingResult;
        for (const LocationView& v : matching.locations)
            QVERIFY(v.location.name.contains(u"contoso"_s, Qt::CaseInsensitive) ||
                    v.location.partnerId.contains(u"contoso"_s, Qt::CaseInsensitive));
        QVERIFY(!matching.locations.isEmpty() || locations.isEmpty());
        // One location by PartnerID, refused where the actor has no role.
        for (const QString& partnerId : {kUS, kJP}) {
            const bool sees = std::any_of(locations.begin(), locations.end(), [&](const LocationView& v) {
                return v.location.partnerId == partnerId;
            });
            QCOMPARE(directory.location(actor, partnerId).ok(), sees);
        }

        ProfileService profiles(ctx());
        CHECKED(banksResult, profiles.bankProfiles(actor));
        const auto& banks = *banksResult;
        CHECKED(bankPageResult, profiles.bankProfiles(actor, QString(), 1000));
        const auto& bankPage = *bankPageResult;
        QCOMPARE(bankPage.size(), banks.size());
        for (int i = 0; i < banks.size(); ++i) {
            const BankProfileView& a = bankPage.at(i);
            const BankProfileView& b = banks.at(i);
            QCOMPARE(a.profile.name, b.profile.name);
            QCOMPARE(a.profile.iban, b.profile.iban);
            QCOMPARE(a.defaultFor, b.defaultFor);
            QCOMPARE(a.ownerPartnerId, b.ownerPartnerId);
            QCOMPARE(a.enrollments, b.enrollments);
            QCOMPARE(a.fullDetails, b.fullDetails);
            QCOMPARE(a.mayUse.ok(), b.mayUse.ok());
            QCOMPARE(a.mayEdit.ok(), b.mayEdit.ok());
        }
        CHECKED(euBankResult, profiles.bankProfiles(actor, u"eu treas"_s, 10));
        const auto& euBank = *euBankResult;
        QCOMPARE(euBank.size(), 1);
        QCOMPARE(euBank.constFirst().profile.name, kEuBank);

        CHECKED(mineResult, directory.myRoles(actor));
        const auto& mine = *mineResult;
        CHECKED(grantsResult, ctx().grants(actor));
        const auto& grants = *grantsResult;
        QCOMPARE(mine.roles.size(), qsizetype(grants.adminOf.size() + grants.userOf.size() +
                                              (grants.accountAdmin ? 1 : 0) + (grants.presenter ? 1 : 0)));
        for (const RoleAssignment& r : mine.roles)
            QVERIFY(isOrganizationWide(r.role) || mine.locations.contains(r.locationId));
    }

    void submitPath_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("by invitation") << kSecurity;
        QTest::newRow("open to all") << kMarketplace;
    }

    void submitPath()
    {
        QFETCH(QString, program);
        EnrollmentService service(ctx());
        const Actor bao = as(kBao);
        QCOMPARE(state(program, kUS), st(S::Invited));
        CHECKED(view, service.invitation(bao, program, kUS));
        QVERIFY(view->canSubmit() && view->bank.has_value() && view->tax.has_value());
        QCOMPARE(view->bank->name, kUsBank);
        const QDateTime t0 = seed::demoStart();
        QCOMPARE(ctx().clock().now(), t0);
        CHECK_OK(service.submit(bao, program, kUS));
        const Enrollment e = row(program, kUS);
        QCOMPARE(st(e.status, e.reason), st(S::Validating));
        QVERIFY(e.validationDue > t0 && e.validationDue <= t0.addSecs(48 * kHour));
        QCOMPARE(e.bankProfileId, view->bank->id);
        QVERIFY(hasAudit(ctx(), u"enrollment.submit"_s, kUS, program, kBao));
        CHECK_OK(advance(kDay));
        QCOMPARE(state(program, kUS), st(S::Enrolled));
        QVERIFY(hasAudit(ctx(), u"enrollment.validation-passed"_s, kUS, program, systemActor().email));
        QVERIFY(hasAudit(ctx(), u"clock.set"_s, {}, {}, kAvery));
    }

    void continuePath()
    {
        EnrollmentService service(ctx());
        ProfileService profiles(ctx());
        const Actor dev = as(kDev);
        CHECKED(view, service.invitation(dev, kCommerce, kIN));
        QVERIFY(!view->canSubmit() && !view->tax.has_value());
        QVERIFY(
            std::ranges::any_of(view->missing, [](const rules::Problem& p) { return p.field == u"tax"_s; }));
        QCOMPARE(state(kCommerce, kIN), st(S::Enrolling, Reason::DetailsMissing));
        // Everything stored about the row: a refused submit must change none of it, nor the audit log.
        const auto stored = [this] {
            const Enrollment e = row(kCommerce, kIN);
            return u"%1 %2 %3 v%4 bank %5 %6"_s.arg(statusCode(e.status), reasonCode(e.reason), e.detail)
                .arg(e.version)
                .arg(e.bankProfileId)
                .arg(e.updatedAt.toString(Qt::ISODate));
        };
        const QString before = stored();
        const qint64 auditsBefore = *ctx().auditLog().count();
        auto refused = service.submit(dev, kCommerce, kIN);
        CHECK_REFUSED(refused, ErrorKind::Invalid);
        QCOMPARE(refused.error().field, u"tax"_s);
        QCOMPARE(stored(), before);
        QCOMPARE(*ctx().auditLog().count(), auditsBefore);

        TaxProfile tax = w8(u"IN"_s, QString(), QDate(2027, 5, 1));
        auto invalid = profiles.setTax(dev, kIN, tax);
        CHECK_REFUSED(invalid, ErrorKind::Invalid);
        QCOMPARE(invalid.error().field, u"foreign-tax-id"_s);
        QCOMPARE(stored(), before);
        tax.foreignTaxId = u"AAACC1234D"_s;
        CHECK_OK(profiles.setTax(dev, kIN, tax));
        QCOMPARE(state(kCommerce, kIN), st(S::Enrolling, Reason::AwaitingSubmission));
        CHECKED(ready, service.invitation(dev, kCommerce, kIN));
        QVERIFY(ready->canSubmit());
        CHECK_OK(service.submit(dev, kCommerce, kIN));
        QCOMPARE(state(kCommerce, kIN), st(S::Validating));
        CHECK_OK(advance(kDay));
        QCOMPARE(state(kCommerce, kIN), st(S::Enrolled));
    }

    void rejectedValidationIsFixed()
    {
        EnrollmentService service(ctx());
        ProfileService profiles(ctx());
        const Actor charlotte = as(kCharlotte);
        QCOMPARE(state(kCommerce, kGB), st(S::Enrolling, Reason::HolderMismatch));
        QVERIFY2(row(kCommerce, kGB).detail.contains(u"Contoso UK Limited"_s),
                 qPrintable(row(kCommerce, kGB).detail));
        CHECK_REFUSED(service.submit(charlotte, kCommerce, kGB), ErrorKind::Invalid); // the bank needs action
        CHECK_OK(profiles.editBank(charlotte, kUkBank, fixUkHolder));
        QCOMPARE(state(kCommerce, kGB), st(S::Enrolling, Reason::AwaitingSubmission));
        // The location's Incentives admin reads it in Partner Center's words; an Account admin, for
        // whom Partner Center shows the row as Enrolling, reads what is to be done.
        QCOMPARE(shown(charlotte, kCommerce, kGB).actionsRequired, u"Action required: Submit"_s);
        QCOMPARE(shown(as(kAvery), kCommerce, kGB).actionsRequired, u"Submit"_s);
        CHECK_OK(service.submit(charlotte, kCommerce, kGB));
        QCOMPARE(state(kCommerce, kGB), st(S::Validating));
        CHECK_OK(advance(kDay));
        QCOMPARE(state(kCommerce, kGB), st(S::Enrolled));
        CHECKED(bank, profiles.bankProfile(charlotte, kUkBank));
        QVERIFY(bank->profile.status == ProfileStatus::Approved);

        // A presenter forces a rejection with a reason.
        Simulation sim(ctx());
        const Actor avery = as(kAvery);
        const QString reason = u"The bank confirmation letter is unreadable."_s;
        CHECK_OK(service.submit(as(kBao), kSecurity, kUS));
        CHECK_REFUSED(PresenterTools(ctx()).decideValidation(avery, kSecurity, kUS, false, u"  "_s),
                      ErrorKind::Invalid);
        CHECK_REFUSED(PresenterTools(ctx()).decideValidation(avery, kCommerce, kUS, false, reason),
                      ErrorKind::WrongState); // Enrolled
        QCOMPARE(state(kSecurity, kUS), st(S::Validating));
        CHECK_OK(PresenterTools(ctx()).decideValidation(avery, kSecurity, kUS, false, reason));
        QCOMPARE(state(kSecurity, kUS), st(S::Enrolling, Reason::RejectedByReviewer));
        QCOMPARE(row(kSecurity, kUS).detail, reason);
        QVERIFY(hasAudit(ctx(), u"validation.reject"_s, kUS, kSecurity, kAvery));
        const QString actions = shown(as(kBao), kSecurity, kUS).actionsRequired;
        QVERIFY2(actions.contains(reason), qPrintable(actions));
    }

    void profileEditRevalidates()
    {
        ProfileService profiles(ctx());
        const Actor bao = as(kBao);
        CHECKED(listed, profiles.revalidatedByBankEdit(bao, kUsBank));
        QStringList programs;
        for (const Enrollment& e : *listed)
            programs.append(at(e.programName, e.partnerId) + u' ' + statusCode(e.status));
        programs.sort();
        QCOMPARE(programs,
                 (QStringList{at(kAzure, kUS) + u" enrolled"_s, at(kCommerce, kUS) + u" enrolled"_s}));
        auto edited =
            profiles.editBank(bao, kUsBank, [](BankProfile& p) { p.accountType = AccountType::Savings; });
        CHECK_OK(edited);
        QVERIFY(edited->status == ProfileStatus::PendingValidation);
        for (const QString& program : {kAzure, kCommerce}) {
            QCOMPARE(state(program, kUS), st(S::Validating));
            QVERIFY(row(program, kUS).validationDue.isValid());
        }
        QCOMPARE(state(kMarketplace, kUS), st(S::Invited)); // not submitted with it: untouched
        CHECK_OK(advance(48 * kHour));
        for (const QString& program : {kAzure, kCommerce})
            QCOMPARE(state(program, kUS), st(S::Enrolled));

        CHECKED(de, ctx().enrollments().ofLocation(locationId(kDE)));
        QStringList enrolledDe;
        for (const Enrollment& e : *de)
            if (e.status == S::Enrolled)
                enrolledDe.append(e.programName);
        QVERIFY(enrolledDe.contains(kCommerce));
        CHECK_OK(profiles.setTax(bao, kDE, germanTax({2025, 1, 10})));
        for (const QString& program : enrolledDe)
            QCOMPARE(state(program, kDE), st(S::Validating));
        CHECK_OK(advance(48 * kHour));
        for (const QString& program : enrolledDe)
            QCOMPARE(state(program, kDE), st(S::Enrolled));
    }

    void fiscalYearRollover()
    {
        QCOMPARE(row(kCommerce, kUS).fiscalYear, 2027);
        CHECK_OK(PresenterTools(ctx()).advanceToFiscalYearEnd(as(kAvery)));
        QCOMPARE(ctx().clock().now(), utc(2027, 7, 1));
        QCOMPARE(state(kCommerce, kUS), st(S::Enrolled));
        QCOMPARE(row(kCommerce, kUS).fiscalYear, 2028);
        QVERIFY(hasAudit(ctx(), u"enrollment.renewed"_s, kUS, kCommerce, systemActor().email));
        QCOMPARE(state(kCommerce, kFR),
                 st(S::Inactive, Reason::AgreementExpired)); // the seed's FR agreement lapsed
        QCOMPARE(state(kAzure, kFR), st(S::Inactive, Reason::AgreementExpired));
        WorkspaceFilter invited;
        invited.statuses = {S::Invited};
        const auto carried = rows(as(kAvery), invited);
        QVERIFY(carried.size() >= 10);
        for (const WorkspaceRow& r : carried)
            QCOMPARE(r.enrollment.fiscalYear, 2028);
        QCOMPARE(row(kCommerce, kIN).fiscalYear, 2028); // Enrolling carries over as well
    }

    void taxFormExpiry()
    {
        ProfileService profiles(ctx());
        const Actor charlotte = as(kCharlotte);
        // Signed 2023: valid until 2026-12-31, expired already, refused.
        auto expired = profiles.setTax(charlotte, kGB, w8(u"GB"_s, u"1234567890"_s, {2023, 6, 1}));
        CHECK_REFUSED(expired, ErrorKind::Invalid);
        QCOMPARE(expired.error().field, u"signed"_s);
        // Signed 2024: valid until 2027-12-31.
        CHECK_OK(profiles.editBank(charlotte, kUkBank, fixUkHolder));
        CHECK_OK(profiles.setTax(charlotte, kGB, w8(u"GB"_s, u"1234567890"_s, {2024, 2, 1})));
        CHECK_OK(EnrollmentService(ctx()).submit(charlotte, kCommerce, kGB));
        CHECK_OK(advance(kDay));
        QCOMPARE(state(kCommerce, kGB), st(S::Enrolled));
        CHECK_OK(PresenterTools(ctx()).setClock(as(kAvery), utc(2027, 12, 31, 23)));
        QCOMPARE(state(kCommerce, kGB), st(S::Enrolled)); // renewed on 1 July, valid on the last day
        QCOMPARE(row(kCommerce, kGB).fiscalYear, 2028);
        CHECK_OK(advance(2 * kHour));
        QCOMPARE(state(kCommerce, kGB), st(S::Enrolling, Reason::TaxFormExpired));
        QVERIFY2(row(kCommerce, kGB).detail.contains(u"2027-12-31"_s),
                 qPrintable(row(kCommerce, kGB).detail));
        QVERIFY(hasAudit(ctx(), u"tax-profile.expired"_s, kGB, {}, systemActor().email));
        CHECKED(tax, profiles.taxProfile(charlotte, kGB));
        QVERIFY(tax->has_value() && (*tax)->status == ProfileStatus::ActionRequired);
        QCOMPARE(state(kCommerce, kDE),
                 st(S::Enrolling, Reason::TaxFormExpired)); // the seed's DE form (2024) too
    }

    void clockJumpsMatchSteps()
    {
        NEW_DB(stepped, true);
        NEW_DB(jumped, true);
        PresenterTools steps(*stepped->ctx);
        const Actor presenter = actorOf(*stepped->ctx, kAvery);
        CHECK_OK(steps.advanceClock(presenter, kHour));
        CHECK_OK(steps.advanceClock(presenter, 48 * kHour));
        CHECK_OK(steps.advanceToFiscalYearEnd(presenter));
        for (int day = 0; day < 400; ++day)
            CHECK_OK(steps.advanceClock(presenter, kDay));
        const QDateTime end = stepped->ctx->clock().now();
        QCOMPARE(end, utc(2028, 8, 4));
        CHECK_OK(PresenterTools(*jumped->ctx).setClock(actorOf(*jumped->ctx, kAvery), end));
        QCOMPARE(jumped->ctx->clock().now(), end);
        const QStringList expected = snapshot(*stepped->ctx);
        QCOMPARE(expected.size(), 63);
        QCOMPARE(snapshot(*jumped->ctx), expected);
    }

    void clockRefusals()
    {
        Simulation sim(ctx());
        const Actor avery = as(kAvery);
        const QDateTime now = ctx().clock().now();
        CHECK_REFUSED(PresenterTools(ctx()).setClock(avery, now.addSecs(-kHour)), ErrorKind::Invalid);
        CHECK_REFUSED(PresenterTools(ctx()).advanceClock(avery, 0), ErrorKind::Invalid);
        CHECK_REFUSED(PresenterTools(ctx()).advanceClock(avery, -kDay), ErrorKind::Invalid);
        QCOMPARE(ctx().clock().now(), now);
    }

    // A database made with seed::empty: real clock, one Account admin.
    void nonDemoDatabase()
    {
        NEW_DB(plain, false);
        AppContext& c = *plain->ctx;
        QVERIFY(!c.clock().isDemo());
        PresenterTools real(c);
        const Actor admin = actorOf(c, kSoleAdmin);
        const qint64 audits = *c.auditLog().count();
        CHECK_REFUSED(real.setClock(admin, c.clock().now().addSecs(kDay)), ErrorKind::Denied);
        CHECK_REFUSED(real.advanceClock(admin, kHour), ErrorKind::Denied);
        CHECK_REFUSED(real.advanceToFiscalYearEnd(admin), ErrorKind::Denied);
        CHECK_REFUSED(real.decideValidation(admin, kCommerce, kUS, true, {}), ErrorKind::Denied);
        CHECK_REFUSED(real.discontinueProgram(admin, kCommerce), ErrorKind::Denied);
        QVERIFY(qAbs(c.clock().now().secsTo(QDateTime::currentDateTimeUtc())) < 120); // the real clock
        QCOMPARE(*c.auditLog().count(), audits);

        // The last active Account admin cannot give up the role; with a second one, they may.
        DirectoryService directory(c);
        CHECK_REFUSED(directory.revokeRole(admin, kSoleAdmin, Role::AccountAdmin, {}), ErrorKind::WrongState);
        QVERIFY(c.grants(admin)->accountAdmin);
        const QString second = u"second.admin@fabrikam.example"_s;
        CHECK_OK(directory.addUser(admin, second, u"Second Admin"_s));
        CHECK_OK(directory.assignRole(admin, second, Role::AccountAdmin, {}));
        CHECK_OK(directory.revokeRole(admin, kSoleAdmin, Role::AccountAdmin, {}));
        QVERIFY(!c.grants(admin)->accountAdmin);
        CHECK_REFUSED(directory.revokeRole(actorOf(c, second), second, Role::AccountAdmin, {}),
                      ErrorKind::WrongState);
    }

    void eligibilityRerun()
    {
        EnrollmentService service(ctx());
        Simulation sim(ctx());
        const auto setSolutionsPartner = [this](bool value) -> Status {
            Transaction tx(ctx().db());
            auto l = ctx().directory().locationByPartnerId(kUS);
            if (!tx.active() || !l)
                return tx.active() ? l.error() : tx.error();
            l->attributes.solutionsPartner = value;
            if (auto s = ctx().directory().updateLocationAttributes(*l); !s)
                return s;
            return tx.commit();
        };
        const QStringList needing{kCommerce, kIsv, kSecurity}; // live at 4649101, need solutions-partner
        CHECK_OK(setSolutionsPartner(false));
        CHECK_OK(sim.runEligibility());
        for (const QString& program : needing) {
            QCOMPARE(state(program, kUS), st(S::Ineligible, Reason::EligibilityLost));
            QVERIFY2(row(program, kUS).detail.contains(u"Solutions Partner"_s),
                     qPrintable(row(program, kUS).detail));
        }
        QCOMPARE(state(kCspIndirect, kUS), st(S::Invited)); // needs no designation
        QCOMPARE(state(kAzure, kUS), st(S::Enrolled));
        CHECKED(checklist, service.eligibility(as(kBao), kCommerce, kUS));
        QVERIFY(std::ranges::any_of(*checklist, [](const eligibility::ChecklistItem& i) {
            return i.code == u"solutions-partner"_s && !i.met;
        }));

        CHECK_OK(advance(kHour)); // a new email is told apart from the seed's by its time
        const QDateTime now = ctx().clock().now();
        CHECK_OK(setSolutionsPartner(true));
        CHECK_OK(sim.runEligibility());
        QSet<Id> regained, emailed;
        for (const QString& program : needing) {
            QCOMPARE(state(program, kUS), st(S::Invited));
            regained.insert(row(program, kUS).id);
        }
        CHECKED(inbox, service.inbox(as(kBao)));
        for (const InboxMessage& m : *inbox)
            if (m.receivedAt == now && regained.contains(m.enrollmentId))
                emailed.insert(m.enrollmentId);
        QCOMPARE(emailed, regained);
        // The closed program's criteria are met again, but it is still closed: no invitation to enroll.
        QCOMPARE(state(kAssessment, kUS), st(S::Inactive, Reason::ProgramClosed));
    }

    void discontinuation()
    {
        Simulation sim(ctx());
        EnrollmentService service(ctx());
        const Actor avery = as(kAvery);
        CHECK_OK(PresenterTools(ctx()).discontinueProgram(avery, kAzure));
        QVERIFY(ctx().programs().programByName(kAzure)->state == ProgramState::Discontinued);
        CHECKED(all, ctx().enrollments().ofProgram(programId(kAzure)));
        QCOMPARE(all->size(), 7);
        for (const Enrollment& e : *all)
            QCOMPARE(state(kAzure, e.partnerId), st(S::Discontinued, Reason::ProgramDiscontinued));
        CHECK_REFUSED(service.submit(as(kCharlotte), kAzure, kGB), ErrorKind::WrongState);
        CHECK_REFUSED(service.accept(as(kBao), kAzure, kDE), ErrorKind::WrongState);
        CHECK_REFUSED(PresenterTools(ctx()).discontinueProgram(avery, kAzure), ErrorKind::WrongState);
        CHECK_OK(sim.runEligibility()); // does not bring it back
        WorkspaceFilter f;
        f.programId = programId(kAzure);
        f.statuses = {S::Discontinued};
        QCOMPARE(countOf(avery, f), 7);
        CHECKED(home, service.homeMessages(as(kBao)));
        QVERIFY(
            std::ranges::none_of(home->newest, [](const HomeMessage& m) { return m.programName == kAzure; }));
    }

    void roles()
    {
        DirectoryService directory(ctx());
        const Actor bao = as(kBao);
        const QString newcomer = u"new.person@contoso.example"_s;
        CHECK_REFUSED(directory.addUser(bao, newcomer, u"New Person"_s), ErrorKind::Denied);
        QVERIFY(!ctx().directory().userByEmail(newcomer).ok());
        CHECKED(last, ctx().auditLog().list(0, 1));
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().action + u' ' + last->first().actor, u"denied "_s + kBao);
        QVERIFY2(last->first().details.contains(u"users.add"_s), qPrintable(last->first().details));
        CHECK_REFUSED(directory.assignRole(bao, kGabriel, Role::IncentivesUser, kUS), ErrorKind::Denied);
        CHECK_REFUSED(directory.revokeRole(bao, kEmma, Role::IncentivesUser, kUS), ErrorKind::Denied);
        QCOMPARE(deniedAuditsBy(kBao), 3);
        const Actor avery = as(kAvery);
        CHECK_OK(directory.addUser(avery, newcomer, u"New Person"_s));
        QVERIFY(ctx().directory().userByEmail(newcomer).ok());

        // One Incentives admin per location: replacing one needs replace=true, and takes the role away.
        auto conflict = directory.assignRole(avery, kEmma, Role::IncentivesAdmin, kUS);
        CHECK_REFUSED(conflict, ErrorKind::Conflict);
        QVERIFY2(conflict.error().message.contains(kBao), qPrintable(conflict.error().message));
        QVERIFY(!ctx().grants(as(kEmma))->adminOf.contains(locationId(kUS)));
        CHECK_OK(directory.assignRole(avery, kEmma, Role::IncentivesAdmin, kUS, true));
        QCOMPARE(ctx().directory().incentivesAdminOf(locationId(kUS))->value_or(User{}).email, kEmma);
        const Grants baoNow = *ctx().grants(bao);
        QVERIFY(!baoNow.adminOf.contains(locationId(kUS)) && baoNow.adminOf.contains(locationId(kDE)));
        CHECK_REFUSED(EnrollmentService(ctx()).submit(as(kBao), kSecurity, kUS), ErrorKind::Denied);
        CHECK_OK(EnrollmentService(ctx()).submit(as(kEmma), kSecurity, kUS));
    }

    void adminRoleReplacesTheUserRoleThere()
    {
        DirectoryService directory(ctx());
        const Actor avery = as(kAvery);
        const QString newcomer = u"li.wei@contoso.example"_s;
        CHECK_OK(directory.addUser(avery, newcomer, u"Li Wei"_s));
        CHECK_OK(directory.assignRole(avery, newcomer, Role::IncentivesUser, kJP));
        CHECK_OK(directory.assignRole(avery, newcomer, Role::IncentivesUser, kIN));
        QVERIFY(ctx().grants(as(newcomer))->userOf.contains(locationId(kJP)));
        CHECKED(before, ctx().auditLog().count());

        CHECK_OK(directory.assignRole(avery, newcomer, Role::IncentivesAdmin, kJP, true));
        const Grants g = *ctx().grants(as(newcomer));
        QVERIFY(g.adminOf.contains(locationId(kJP)));
        QVERIFY2(!g.userOf.contains(locationId(kJP)), "the user role at the same location stays");
        QVERIFY(g.userOf.contains(locationId(kIN))); // another location's user role is untouched
        CHECKED(roles, ctx().directory().rolesOf(g.userId));
        QCOMPARE(roles->size(), 2);
        // Both changes are in the audit log, the removal after the assignment (the invitations that
        // waited for an admin at JP are delivered after them).
        CHECKED(after, ctx().auditLog().count());
        CHECKED(latest, ctx().auditLog().list(0, int(*after - *before)));
        QList<AuditEntry> roleChanges;
        for (const AuditEntry& e : *latest)
            if (e.action.startsWith(u"users."_s))
                roleChanges.append(e);
        QCOMPARE(roleChanges.size(), 2);
        QCOMPARE(roleChanges.at(0).action, u"users.revoked"_s);
        QCOMPARE(roleChanges.at(0).partnerId, kJP);
        QVERIFY2(roleChanges.at(0).details.startsWith(newcomer + u" incentives-user"_s),
                 qPrintable(roleChanges.at(0).details));
        QCOMPARE(roleChanges.at(1).action, u"users.assigned"_s);
    }

    void auditRecordsReadAsSentences()
    {
        const Actor bao = as(kBao);
        CHECKED(location, ctx().directory().locationByPartnerId(kUS));
        CHECKED(view, EnrollmentService(ctx()).invitation(bao, kSecurity, kUS));
        const EnrollmentStatus from = view->enrollment.status;
        CHECK_OK(EnrollmentService(ctx()).submit(bao, kSecurity, kUS));
        const EnrollmentStatus to = row(kSecurity, kUS).status;
        QVERIFY(from != to);

        AuditService audit(ctx());
        AuditFilter filter;
        filter.limit = 50;
        CHECKED(lines, audit.lines(as(kAvery), filter));
        const auto submitted = std::ranges::find_if(
            *lines, [](const AuditLine& l) { return l.entry.action == u"enrollment.submit"_s; });
        QVERIFY(submitted != lines->end());
        QCOMPARE(submitted->sentence, u"Bao Nguyen submitted the enrollment in %1 for %2 (%3 → %4)."_s.arg(
                                          kSecurity, location->name, statusLabel(from), statusLabel(to)));

        // Role changes name the people and the location, never the codes.
        DirectoryService directory(ctx());
        CHECK_OK(directory.assignRole(as(kAvery), kGabriel, Role::IncentivesUser, kJP));
        CHECK_OK(directory.assignRole(as(kAvery), kGabriel, Role::IncentivesAdmin, kJP, true));
        CHECKED(jp, ctx().directory().locationByPartnerId(kJP));
        CHECKED(latest, audit.lines(as(kAvery), AuditFilter{u"Gabriel Silva"_s, {}, 20}));
        QStringList told;
        for (const AuditLine& l : *latest)
            if (l.entry.action.startsWith(u"users."_s) && l.entry.partnerId == kJP)
                told.append(l.sentence);
        const QStringList expected{
            u"Avery Brooks removed the Incentives user role of Gabriel Silva at %1, as Gabriel Silva is "
            u"Incentives admin there now."_s.arg(jp->name),
            u"Avery Brooks made Gabriel Silva Incentives admin of %1."_s.arg(jp->name),
            u"Avery Brooks made Gabriel Silva Incentives user of %1."_s.arg(jp->name)};
        QCOMPARE(told, expected);
        for (const AuditLine& l : *lines) {
            QVERIFY2(!l.sentence.contains(l.entry.action), qPrintable(l.sentence));
            QVERIFY2(!l.sentence.contains(u" -> "_s), qPrintable(l.sentence));
        }
        // The search finds words of the sentence that no stored field holds.
        CHECKED(found, audit.lines(as(kAvery), AuditFilter{u"submitted the enrollment"_s, {}, 10}));
        QVERIFY(!found->isEmpty());
        QCOMPARE(found->first().entry.action, u"enrollment.submit"_s);
        // A record of a kind this version does not know still reads, with what it holds.
        AuditEntry future;
        future.actor = kBao;
        future.action = u"future.thing"_s;
        future.details = u"something new"_s;
        const QString unknown = audittext::sentence(future);
        QVERIFY2(unknown.contains(u"something new"_s) && unknown.contains(kBao), qPrintable(unknown));
    }

    void auditPagesAreBoundedAndContinue()
    {
        // The audit page reads one bounded page at a time: at most the limit, and where the next
        // one starts; the pages together are the whole log, newest first, nothing twice.
        AuditService audit(ctx());
        CHECKED(all, audit.lines(as(kAvery), AuditFilter{{}, {}, 100000}));
        QVERIFY(all->size() > 12);
        AuditFilter filter;
        filter.limit = 5;
        QList<Id> seen;
        int pages = 0;
        for (;;) {
            CHECKED(page, audit.page(as(kAvery), filter));
            QVERIFY(page->lines.size() <= 5);
            QVERIFY(page->searched <= 6); // no search: the page and one record more
            for (const AuditLine& l : page->lines)
                seen.append(l.entry.id);
            ++pages;
            if (page->next == 0)
                break;
            QCOMPARE(page->lines.size(), 5);
            QCOMPARE(page->next, page->lines.constLast().entry.id);
            filter.before = page->next;
        }
        QCOMPARE(pages, int((all->size() + 4) / 5));
        QList<Id> expected;
        for (const AuditLine& l : *all)
            expected.append(l.entry.id);
        QCOMPARE(seen, expected);

        // A search that finds only the oldest records reads at most its budget, then says where
        // to go on; going on finds them.
        const QString oldest = all->constLast().entry.action;
        int matching = 0;
        for (const AuditLine& l : *all)
            matching += l.entry.action == oldest ? 1 : 0;
        AuditFilter search{oldest, {}, 200};
        CHECKED(first, audit.page(as(kAvery), search, 3));
        QVERIFY(first->next != 0);
        QVERIFY(first->searched < all->size());
        int found = int(first->lines.size());
        search.before = first->next;
        for (int i = 0; i < 1000 && search.before != 0; ++i) {
            CHECKED(more, audit.page(as(kAvery), search, 3));
            found += int(more->lines.size());
            search.before = more->next;
        }
        QVERIFY(found >= matching);

        // Someone who is not an Account admin pages through their own records only.
        CHECKED(own, audit.page(as(kBao), AuditFilter{{}, {}, 3}));
        QVERIFY(!own->lines.isEmpty());
        for (const AuditLine& l : own->lines)
            QCOMPARE(l.entry.actor, kBao);

        // The export holds every record, whatever the page's limit.
        CHECKED(csv, audit.exportCsv(as(kAvery), AuditFilter{{}, {}, 1}));
        QCOMPARE(int(csv->count("\r\n")), int(all->size()) + 1);
    }

    void assigningAdminDeliversWaitingInvitations()
    {
        DirectoryService directory(ctx());
        EnrollmentService service(ctx());
        const Actor avery = as(kAvery);
        const auto invitedTo = [&](const Actor& who) { // programs at JP with an invitation email
            QStringList programs;
            auto inbox = service.inbox(who);
            for (const InboxMessage& m : inbox ? *inbox : QList<InboxMessage>()) {
                auto e = ctx().enrollments().enrollment(m.enrollmentId);
                if (e && e->partnerId == kJP && m.subject == u"Partner Incentive Enrollment Invitation"_s &&
                    m.sender == u"Microsoft Partner Center"_s)
                    programs.append(e->programName);
            }
            programs.sort();
            return programs;
        };
        QVERIFY(invitedTo(as(kGabriel)).isEmpty());
        CHECK_OK(directory.assignRole(avery, kGabriel, Role::IncentivesAdmin, kJP));
        const QStringList expected{kCspIndirect, kCommerce}; // Marketplace Rewards is open to all: no email
        QCOMPARE(invitedTo(as(kGabriel)), expected);
        QCOMPARE(service.homeMessages(as(kGabriel))->newest.size(), 2);
        // An Account admin may take the role herself.
        CHECK_OK(directory.assignRole(avery, kAvery, Role::IncentivesAdmin, kJP, true));
        const Grants g = *ctx().grants(avery);
        QVERIFY(g.accountAdmin && g.adminOf.contains(locationId(kJP)));
        QVERIFY(!ctx().grants(as(kGabriel))->adminOf.contains(locationId(kJP)));
        QCOMPARE(invitedTo(avery), expected);
        CHECK_OK(service.accept(avery, kCommerce, kJP));
        QCOMPARE(state(kCommerce, kJP),
                 st(S::Enrolling, Reason::DetailsMissing)); // Japan has no profiles yet
    }

    void authorizationThroughServices()
    {
        EnrollmentService service(ctx());
        ProfileService profiles(ctx());
        const Actor emma = as(kEmma);
        WorkspaceFilter de;
        de.locationId = locationId(kDE);
        QCOMPARE(countOf(emma, de), 9);
        const auto visible = rows(emma, de);
        QCOMPARE(visible.size(), 9);
        QVERIFY(std::ranges::all_of(visible,
                                    [](const WorkspaceRow& r) { return r.enrollment.partnerId == kDE; }));
        CHECK_OK(service.invitation(emma, kAzure, kDE));
        const int denials = deniedAuditsBy(kEmma);
        CHECK_REFUSED(service.submit(emma, kAzure, kDE), ErrorKind::Denied);
        CHECK_REFUSED(service.accept(emma, kAzure, kDE), ErrorKind::Denied);
        CHECK_REFUSED(profiles.setTax(emma, kDE, germanTax({2026, 1, 1})), ErrorKind::Denied);
        CHECK_REFUSED(profiles.setDefaultBank(emma, kUsBank, kDE), ErrorKind::Denied);
        QCOMPARE(deniedAuditsBy(kEmma), denials + 4);
        QCOMPARE(state(kAzure, kDE), st(S::Invited));

        WorkspaceFilter us;
        us.locationId = locationId(kUS);
        for (const QString& outsider : {kKenji, kGabriel}) {
            const Actor who = as(outsider);
            QCOMPARE(countOf(who, us), 0);
            QVERIFY(rows(who, us).isEmpty());
            CHECK_REFUSED(service.invitation(who, kCommerce, kUS), ErrorKind::Denied);
            CHECK_REFUSED(service.eligibility(who, kCommerce, kUS), ErrorKind::Denied);
        }
        QCOMPARE(countOf(as(kGabriel), {}), 0);
        QVERIFY(rows(as(kGabriel), {}).isEmpty());
        QCOMPARE(countOf(as(kKenji), {}), 9); // Japan only
    }

    void bankDetailsMaskedAndNeverAudited()
    {
        ProfileService profiles(ctx());
        const QString dots(4, QChar(0x2022));
        for (const QString& viewer : {kAvery, kEmma}) {
            CHECKED(v, profiles.bankProfile(as(viewer), kUsBank));
            QVERIFY(!v->fullDetails);
            QCOMPARE(v->profile.accountNumber, dots + u"0175"_s);
            QCOMPARE(profiles.bankProfile(as(viewer), kEuBank)->profile.iban, dots + u"3000"_s);
        }
        CHECKED(full, profiles.bankProfile(as(kBao), kUsBank));
        QVERIFY(full->fullDetails);
        QCOMPARE(full->profile.accountNumber, u"483920175"_s);
        CHECKED(foreign, profiles.bankProfile(as(kBao), kUkBank)); // used only where bao is not the admin
        QVERIFY(!foreign->fullDetails && foreign->profile.accountNumber.startsWith(dots));
        CHECK_REFUSED(profiles.bankProfiles(as(kGabriel)), ErrorKind::Denied);
        CHECKED(view, EnrollmentService(ctx()).invitation(as(kEmma), kAzure, kDE));
        QCOMPARE(view->bank.value_or(BankProfile{}).iban, dots + u"3000"_s);
        for (const BankProfile& p : view->bankChoices)
            QVERIFY2(p.accountNumber.isEmpty() || p.accountNumber.startsWith(dots),
                     qPrintable(p.accountNumber));

        // Edits and refusals are audited, but never with a full account number.
        CHECK_OK(
            profiles.editBank(as(kBao), kUsBank, [](BankProfile& p) { p.accountNumber = u"483920175"_s; }));
        CHECK_OK(profiles.editBank(as(kBao), kEuBank,
                                   [](BankProfile& p) { p.iban = u"DE89370400440532013000"_s; }));
        CHECK_REFUSED(profiles.editBank(as(kCharlotte), kUsBank, [](BankProfile&) {}), ErrorKind::Denied);
        const QStringList secrets{u"483920175"_s, u"DE89370400440532013000"_s,
                                  u"DE89 3704 0044 0532 0130 00"_s, u"70872490"_s, u"50100234567891"_s};
        const auto entries = auditOf(ctx());
        QVERIFY(entries.size() > 50);
        QVERIFY(std::ranges::any_of(
            entries, [](const AuditEntry& e) { return e.action == u"bank-profile.edited"_s; }));
        for (const AuditEntry& e : entries)
            for (const QString& field : {e.actor, e.action, e.partnerId, e.program, e.details})
                for (const QString& secret : secrets)
                    QVERIFY2(!field.contains(secret),
                             qPrintable(u"audit record %1: %2"_s.arg(e.id).arg(field)));
    }

    void workspaceFilters()
    {
        const Actor avery = as(kAvery);
        const auto all = rows(avery, {});
        QCOMPARE(all.size(), 63);
        QCOMPARE(countOf(avery, {}), 63);
        // count() and workspace() agree with each other and with the full list, filtered by hand.
        const auto check = [&](const WorkspaceFilter& f,
                               const std::function<bool(const Enrollment&)>& expected) {
            const auto got = rows(avery, f);
            QCOMPARE(countOf(avery, f), qint64(got.size()));
            QCOMPARE(
                std::ranges::count_if(all, [&](const WorkspaceRow& r) { return expected(r.enrollment); }),
                got.size());
            for (const WorkspaceRow& r : got)
                QVERIFY2(expected(r.enrollment),
                         qPrintable(r.enrollment.programName + r.enrollment.partnerId));
        };
        WorkspaceFilter f;
        f.statuses = {S::Enrolled};
        check(f, [](const Enrollment& e) { return e.status == S::Enrolled; });
        f.statuses = {S::Invited, S::Ineligible};
        check(f, [](const Enrollment& e) { return e.status == S::Invited || e.status == S::Ineligible; });
        f = {};
        f.locationId = locationId(kDE);
        check(f, [](const Enrollment& e) { return e.partnerId == kDE; });
        f = {};
        f.programId = programId(kCommerce);
        check(f, [](const Enrollment& e) { return e.programName == kCommerce; });

        const auto found = [&](const QString& text) -> qint64 {
            WorkspaceFilter s;
            s.search = text;
            const qint64 listed = rows(avery, s).size();
            return countOf(avery, s) == listed ? listed : -1; // -1: count() and workspace() disagree
        };
        for (const QString& text : {u"commerce"_s, u"COMMERCE"_s, u"Commerce Inc"_s})
            QCOMPARE(found(text), 7);
        QCOMPARE(found(u"Contoso UK"_s), 9);
        QCOMPARE(found(u"464910"_s), 63);
        for (const QString& literal : {u"Contoso_UK"_s, u"%"_s, u"_"_s, u"4649%"_s, u"Commerce%Incentives"_s})
            QCOMPARE(found(literal), 0); // wildcards match themselves only

        QList<Id> ascending, descending, paged;
        for (const WorkspaceRow& r : all)
            ascending.append(r.enrollment.id);
        QVERIFY(all.first().enrollment.programName < all.last().enrollment.programName);
        for (const WorkspaceRow& r : rows(avery, {}, false))
            descending.prepend(r.enrollment.id);
        QCOMPARE(descending, ascending);
        for (int offset = 0; offset < 60; offset += 7) {
            auto page =
                EnrollmentService(ctx()).workspace(avery, {}, WorkspaceSort::Program, true, offset, 7);
            CHECK_OK(page);
            QVERIFY(page->size() <= 7);
            for (const WorkspaceRow& r : *page)
                paged.append(r.enrollment.id);
        }
        QCOMPARE(paged, ascending);
        QCOMPARE(countOf(as(kBao), {}), 18); // US and DE only
        QCOMPARE(rows(as(kBao), {}).size(), 18);
        // A restricted viewer's search: the rows of their own locations that match, as many as
        // counted, in order.
        for (const QString& text : {u"commerce"_s, u"Contoso"_s, u"464910"_s, u"no such text"_s}) {
            WorkspaceFilter s;
            s.search = text;
            const QList<WorkspaceRow> own = rows(as(kBao), s);
            QCOMPARE(own.size(), countOf(as(kBao), s));
            for (qsizetype i = 1; i < own.size(); ++i)
                QVERIFY(own.at(i - 1).enrollment.programName <= own.at(i).enrollment.programName);
            for (const WorkspaceRow& r : own)
                QVERIFY(r.enrollment.programName.contains(text, Qt::CaseInsensitive) ||
                        r.enrollment.partnerId.contains(text, Qt::CaseInsensitive) ||
                        r.enrollment.locationName.contains(text, Qt::CaseInsensitive));
        }
    }

    void searchesOfLocationNamesUseAnIndexOnAServer()
    {
        // On a server every search's ILIKE over the location names and PartnerIDs has a trigram
        // index to find its matches in; a file has none (its LIKE can use none).
        Database& db = ctx().db();
        if (!testdb::onServer()) {
            CHECKED(trigram, db.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%trgm%'"_s));
            QCOMPARE(trigram->toInt(), 0);
            return;
        }
        CHECKED(indexes, db.scalar(u"SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'locations' AND "
                                   "indexname IN ('ix_locations_name_trgm', 'ix_locations_partner_trgm')"_s));
        QCOMPARE(indexes->toInt(), 2);
        // A handful of locations is read fastest from the table: the plan is asked for without that way.
        CHECK_OK(db.run(u"SET enable_seqscan = off"_s));
        auto plan = db.exec(
            u"EXPLAIN SELECT id FROM locations WHERE partner_id ILIKE '%zq7%' OR name ILIKE '%zq7%'"_s);
        QStringList lines;
        while (plan && plan->next())
            lines.append(plan->value(0).toString());
        CHECK_OK(db.run(u"RESET enable_seqscan"_s));
        QVERIFY2(lines.join(u'\n').contains(u"ix_locations_name_trgm"_s) &&
                     lines.join(u'\n').contains(u"ix_locations_partner_trgm"_s),
                 qPrintable(lines.join(u'\n')));
    }

    void enrollmentDetails()
    {
        EnrollmentService service(ctx());
        const Actor bao = as(kBao);
        CHECK_OK(service.submit(bao, kSecurity, kUS));
        const Enrollment e = row(kSecurity, kUS);
        QCOMPARE(e.status, S::Validating);
        QVERIFY(e.validationDue.isValid());
        CHECKED(d, service.details(bao, e.id));
        // The same next step the workspace row shows, whole, with the validation's expected end.
        const WorkspaceRow listed = shown(bao, kSecurity, kUS);
        QVERIFY(!listed.actionsRequired.isEmpty());
        QCOMPARE(d->nextStep, listed.actionsRequired);
        QVERIFY2(d->nextStep.contains(timetext::format(e.validationDue)), qPrintable(d->nextStep));
        QCOMPARE(d->validationDue, e.validationDue);
        QCOMPARE(d->statusText, statusLabel(S::Validating));
        // The bank profile in use by name and last digits only; the tax profile by form.
        QVERIFY2(d->bankProfile.startsWith(kUsBank), qPrintable(d->bankProfile));
        QVERIFY2(d->bankProfile.contains(u"0175"_s) && !d->bankProfile.contains(u"483920175"_s),
                 qPrintable(d->bankProfile));
        QVERIFY(!d->taxProfile.isEmpty());
        // The history from the audit log, oldest first, ending with this submission by bao.
        QVERIFY(d->history.size() >= 2);
        for (qsizetype i = 1; i < d->history.size(); ++i)
            QVERIFY(d->history.at(i - 1).at <= d->history.at(i).at);
        QVERIFY2(d->history.first().text.contains(statusLabel(S::Invited)),
                 qPrintable(d->history.first().text));
        // Told as the audit log tells it: who by name, what, and the change of status.
        QVERIFY2(d->history.last().text.startsWith(u"Bao Nguyen submitted the enrollment in "_s),
                 qPrintable(d->history.last().text));
        QVERIFY2(
            d->history.last().text.contains(statusLabel(S::Invited) + u" → "_s + statusLabel(S::Validating)),
            qPrintable(d->history.last().text));
        QCOMPARE(d->history.last().at, ctx().clock().now());

        // Another location's Incentives admin is refused, and the refusal is audited.
        const int denials = deniedAuditsBy(kCharlotte);
        CHECK_REFUSED(service.details(as(kCharlotte), e.id), ErrorKind::Denied);
        QCOMPARE(deniedAuditsBy(kCharlotte), denials + 1);
        CHECK_REFUSED(service.details(as(kGabriel), e.id), ErrorKind::Denied);
        CHECK_REFUSED(service.details(bao, 987654), ErrorKind::NotFound);
        // A viewer of the location sees it, the profile still masked.
        CHECKED(avery, service.details(as(kAvery), e.id));
        QCOMPARE(avery->nextStep, d->nextStep);
        QCOMPARE(avery->bankProfile, d->bankProfile);
    }

    void groupedCounts()
    {
        EnrollmentService service(ctx());
        for (const QString& who : {kAvery, kBao, kKenji}) {
            const Actor viewer = as(who);
            for (const auto& statuses :
                 {QList<S>{}, QList<S>{S::Enrolled}, QList<S>{S::Invited, S::Validating}}) {
                WorkspaceFilter f;
                f.statuses = statuses;
                for (WorkspaceGroup by : {WorkspaceGroup::Program, WorkspaceGroup::Location}) {
                    CHECKED(groups, service.groups(viewer, f, by));
                    qint64 sum = 0;
                    QSet<Id> seen;
                    for (const GroupCount& g : *groups) {
                        QVERIFY(g.count > 0);
                        QVERIFY(!seen.contains(g.id));
                        seen.insert(g.id);
                        // Each group's count is the flat count narrowed to that group.
                        WorkspaceFilter narrowed = f;
                        if (by == WorkspaceGroup::Program) {
                            narrowed.programId = g.id;
                            QCOMPARE(g.name, ctx().programs().programByName(g.name)->name);
                        } else {
                            narrowed.locationId = g.id;
                            QCOMPARE(locationId(g.partnerId), g.id);
                        }
                        QCOMPARE(g.count, countOf(viewer, narrowed));
                        sum += g.count;
                    }
                    QCOMPARE(sum, countOf(viewer, f));
                }
            }
        }
        CHECKED(byLocation, service.groups(as(kKenji), {}, WorkspaceGroup::Location));
        QCOMPARE(byLocation->size(), 1);
        QCOMPARE(byLocation->first().partnerId, kJP);
        CHECKED(none, service.groups(as(kGabriel), {}, WorkspaceGroup::Program));
        QVERIFY(none->isEmpty());
    }

    void homeMessages()
    {
        EnrollmentService service(ctx());
        const Actor bao = as(kBao);
        const auto home = [&](const Actor& who) {
            QStringList out;
            auto messages = service.homeMessages(who);
            for (const HomeMessage& m : messages ? messages->newest : QList<HomeMessage>())
                out.append(m.programName + u'@' + m.partnerId);
            if (messages && !messages->moreThanTotal && messages->total == out.size())
                out.append(u"(all)"_s);
            out.sort();
            return out;
        };
        QCOMPARE(home(bao), (QStringList{u"(all)"_s, at(kAzure, kDE), at(kCspIndirect, kUS), at(kIsv, kUS),
                                         at(kSecurity, kUS)}));
        QCOMPARE(home(as(kCharlotte)), (QStringList{u"(all)"_s, at(kAzure, kGB), at(kCspIndirect, kGB)}));
        QCOMPARE(home(as(kKenji)), QStringList{u"(all)"_s});
        QCOMPARE(home(as(kEmma)), QStringList{u"(all)"_s});

        // Home lists the newest few and says how many there are: the same invitations, newest first.
        CHECKED(every, service.homeMessages(bao, EnrollmentService::kHomeCountAtMost));
        QCOMPARE(every->total, 4);
        QVERIFY(!every->moreThanTotal);
        QVERIFY(std::ranges::is_sorted(every->newest, std::greater<>(), &HomeMessage::invitedAt));
        CHECKED(two, service.homeMessages(bao, 2));
        QCOMPARE(two->newest.size(), 2);
        QCOMPARE(two->total, 4);
        QVERIFY(!two->moreThanTotal);
        QCOMPARE(two->newest.first().enrollmentId, every->newest.first().enrollmentId);
        QCOMPARE(two->newest.last().enrollmentId, every->newest.at(1).enrollmentId);
        // The count stops at its bound and says so.
        CHECKED(bounded, ctx().enrollments().homeMessages(bao.userId, 1, 3));
        QCOMPARE(bounded->newest.size(), 1);
        QCOMPARE(bounded->total, 3);
        QVERIFY(bounded->moreThanTotal);
        CHECKED(exact, ctx().enrollments().homeMessages(bao.userId, 1, 4));
        QCOMPARE(exact->total, 4);
        QVERIFY(!exact->moreThanTotal);
        // A limit out of range is brought into it, never a refusal or an empty list.
        CHECKED(none, service.homeMessages(bao, 0));
        QCOMPARE(none->newest.size(), 1);
        QCOMPARE(none->total, 4);

        const Id azureDe = row(kAzure, kDE).id;
        CHECK_REFUSED(service.dismissHomeMessage(as(kEmma), azureDe), ErrorKind::Denied);
        CHECK_OK(service.dismissHomeMessage(bao, azureDe));
        CHECK_OK(service.dismissHomeMessage(bao, azureDe));
        QCOMPARE(home(bao),
                 (QStringList{u"(all)"_s, at(kCspIndirect, kUS), at(kIsv, kUS), at(kSecurity, kUS)}));
        QCOMPARE(std::ranges::count_if(auditOf(ctx()),
                                       [](const AuditEntry& e) { return e.action == u"home.dismissed"_s; }),
                 1);
        QCOMPARE(state(kAzure, kDE), st(S::Invited)); // the workspace's Enroll path still works
        CHECK_OK(service.invitation(bao, kAzure, kDE));
        CHECK_OK(service.accept(bao, kSecurity, kUS));
        QCOMPARE(state(kSecurity, kUS), st(S::Enrolling, Reason::AwaitingSubmission));
        CHECK_OK(advance(kDay));
        QCOMPARE(home(bao), (QStringList{u"(all)"_s, at(kCspIndirect, kUS), at(kIsv, kUS)}));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
