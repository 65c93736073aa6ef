#include "core/Authorization.h"

#include <QSet>
#include <QTest>

using namespace incentives;

Q_DECLARE_METATYPE(incentives::Action)
Q_DECLARE_METATYPE(incentives::Grants)
Q_DECLARE_METATYPE(std::optional<incentives::Id>)

namespace {

constexpr Id kUserId = 42;
constexpr Id kInScope = 1;
constexpr Id kOutOfScope = 2;

// The role profiles of the matrix, in the column order of kMatrix below.
enum Profile
{
    AccountAdmin,
    IncentivesAdmin1,
    IncentivesUser1,
    AccountAndIncentivesAdmin1,
    NoRole,
    Deactivated,
    Presenter
};
const char* const kProfileNames[] = {
    "account-admin", "incentives-admin@1",  "incentives-user@1", "account+admin@1",
    "no-role",       "deactivated-admin@1", "presenter"};
constexpr int kProfileCount = 7;

Grants grantsFor(Profile p)
{
    Grants g;
    g.userId = kUserId;
    g.active = true;
    switch (p) {
    case AccountAdmin:
        g.accountAdmin = true;
        break;
    case IncentivesAdmin1:
        g.adminOf = {kInScope};
        break;
    case IncentivesUser1:
        g.userOf = {kInScope};
        break;
    case AccountAndIncentivesAdmin1:
        g.accountAdmin = true;
        g.adminOf = {kInScope};
        break;
    case NoRole:
        break;
    case Deactivated:
        g.active = false;
        g.adminOf = {kInScope};
        break;
    case Presenter:
        g.presenter = true;
        break;
    }
    return g;
}

// Expected outcomes written by hand from domain.md's role table.
// Each string has one character per profile, in the order of Profile:
//   account-admin, incentives-admin@1, incentives-user@1, account+admin@1, no-role, deactivated,
//   presenter
// 'Y' allowed, '-' denied. Location-scoped actions give a string for location 1 (in scope of the
// location roles) and location 2 (out of scope); the others are asked without a location.
struct MatrixRow
{
    Action action;
    const char* atLocation1;
    const char* atLocation2; // or without a location
};

const MatrixRow kMatrix[] = {
    // The Account admin sees every location; Incentives admin and user only their own.
    {Action::ViewWorkspace, "YYYY---", "Y--Y---"},
    {Action::ViewProfiles, "YYYY---", "Y--Y---"},
    // Full bank details: only the location's Incentives admin, never the Account admin as such.
    {Action::ViewFullBankDetails, "-Y-Y---", "-------"},
    // Enrolling and changing a location's profiles: only its Incentives admin.
    {Action::Enroll, "-Y-Y---", "-------"},
    {Action::EditTaxProfile, "-Y-Y---", "-------"},
    {Action::SetDefaultBank, "-Y-Y---", "-------"},
    // Organization level (no location).
    {Action::ManageBankProfiles, nullptr, "-Y-Y---"},
    {Action::ManageUsers, nullptr, "Y--Y---"},
    {Action::ViewAllAudit, nullptr, "Y--Y---"},
    // The presenter tools: Presenters only; an Account admin is not one by being an admin.
    {Action::RunDemoTools, nullptr, "------Y"},
    // A backup holds every account number: Account admins only, and only they restore one.
    {Action::BackUp, nullptr, "Y--Y---"},
    {Action::Restore, nullptr, "Y--Y---"},
    // The integrity check tells nothing of the data: anyone signed in.
    {Action::CheckDatabase, nullptr, "YYYYY-Y"},
    {Action::ReplaceDatabase, nullptr, "Y--Y---"},
    {Action::MoveOrganization, nullptr, "Y--Y---"},
    // Mirroring Partner Center: Account admins record locations and programs; an invitation is
    // recorded by them or the location's Incentives admin; the outcome only by the latter.
    {Action::ManageLocations, nullptr, "Y--Y---"},
    {Action::RecordPrograms, nullptr, "Y--Y---"},
    {Action::RecordInvitation, "YY-Y---", "Y--Y---"},
    {Action::RecordOutcome, "-Y-Y---", "-------"},
    // A tax profile's documents: seen by whoever sees the profile, attached by its editor.
    {Action::ViewTaxDocuments, "YYYY---", "Y--Y---"},
    {Action::AttachTaxDocument, "-Y-Y---", "-------"},
    // Payout and tax profile assignment and payment holds: the location's Incentives admin only.
    {Action::AssignProfiles, "-Y-Y---", "-------"},
    {Action::HoldPayments, "-Y-Y---", "-------"},
};

} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsAreKnown();
    void matrix_data();
    void matrix();
    void locationRequired_data();
    void locationRequired();
    void unknownUserIsDenied();
    void severalLocations();
    void bankProfiles_data();
    void bankProfiles();
    void permissions();
};

void TestAuthorization::actionsAreKnown()
{
    // allActions() holds exactly the actions of the matrix, once each.
    QList<Action> fromMatrix;
    for (const MatrixRow& r : kMatrix)
        fromMatrix.append(r.action);
    QCOMPARE(allActions(), fromMatrix);

    QSet<QString> codes;
    for (Action a : allActions()) {
        const QString code = actionCode(a);
        QVERIFY(!code.isEmpty());
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
    }

    for (const MatrixRow& r : kMatrix)
        QCOMPARE(isLocationScoped(r.action), r.atLocation1 != nullptr);
}

void TestAuthorization::matrix_data()
{
    QTest::addColumn<Grants>("grants");
    QTest::addColumn<Action>("action");
    QTest::addColumn<std::optional<Id>>("location");
    QTest::addColumn<bool>("allowed");

    int rows = 0;
    for (const MatrixRow& r : kMatrix) {
        QVERIFY(qstrlen(r.atLocation2) == kProfileCount);
        QVERIFY(!r.atLocation1 || qstrlen(r.atLocation1) == kProfileCount);
        for (int p = 0; p < kProfileCount; ++p) {
            const Grants g = grantsFor(Profile(p));
            const QByteArray action = actionCode(r.action).toLatin1();
            if (r.atLocation1) {
                QTest::addRow("%s/%s/location-1", action.constData(), kProfileNames[p])
                    << g << r.action << std::optional<Id>(kInScope) << (r.atLocation1[p] == 'Y');
                QTest::addRow("%s/%s/location-2", action.constData(), kProfileNames[p])
                    << g << r.action << std::optional<Id>(kOutOfScope) << (r.atLocation2[p] == 'Y');
                rows += 2;
            } else {
                QTest::addRow("%s/%s/no-location", action.constData(), kProfileNames[p])
                    << g << r.action << std::optional<Id>() << (r.atLocation2[p] == 'Y');
                ++rows;
            }
        }
    }
    // 12 location-scoped actions at two locations, 11 others, 7 profiles each.
    QCOMPARE(rows, (12 * 2 + 11) * kProfileCount);
}

void TestAuthorization::matrix()
{
    QFETCH(Grants, grants);
    QFETCH(Action, action);
    QFETCH(std::optional<Id>, location);
    QFETCH(bool, allowed);

    const Status s = authorize(grants, action, location);
    if (allowed) {
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    } else {
        QVERIFY2(!s.ok(), "expected a denial");
        QCOMPARE(s.error().kind, ErrorKind::Denied);
        QVERIFY(!s.error().message.trimmed().isEmpty());
    }
}

void TestAuthorization::locationRequired_data()
{
    QTest::addColumn<Grants>("grants");
    QTest::addColumn<Action>("action");
    for (Action a : allActions()) {
        if (!isLocationScoped(a))
            continue;
        // Active profiles, including ones that would be allowed with a location.
        for (Profile p :
             {AccountAdmin, IncentivesAdmin1, IncentivesUser1, AccountAndIncentivesAdmin1, NoRole, Presenter})
            QTest::addRow("%s/%s", qPrintable(actionCode(a)), kProfileNames[p]) << grantsFor(p) << a;
    }
}

void TestAuthorization::locationRequired()
{
    QFETCH(Grants, grants);
    QFETCH(Action, action);
    const Status s = authorize(grants, action, std::nullopt);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Usage);
    QVERIFY(!s.error().message.isEmpty());
}

void TestAuthorization::unknownUserIsDenied()
{
    // An account admin grant that is not tied to a user is worth nothing.
    Grants g = grantsFor(AccountAndIncentivesAdmin1);
    g.userId = 0;
    for (Action a : allActions()) {
        const Status s = authorize(g, a, isLocationScoped(a) ? std::optional<Id>(kInScope) : std::nullopt);
        QVERIFY2(!s.ok(), qPrintable(actionCode(a)));
        QCOMPARE(s.error().kind, ErrorKind::Denied);
    }
    // A default-constructed Grants is inactive.
    const Status s = authorize(Grants{}, Action::RunDemoTools);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Denied);
}

void TestAuthorization::severalLocations()
{
    Grants g;
    g.userId = kUserId;
    g.active = true;
    g.adminOf = {1, 3};
    g.userOf = {4};
    QVERIFY(authorize(g, Action::Enroll, Id(1)).ok());
    QVERIFY(authorize(g, Action::Enroll, Id(3)).ok());
    QCOMPARE(authorize(g, Action::Enroll, Id(2)).error().kind, ErrorKind::Denied);
    // Viewing rights at 4 give no enrollment rights there.
    QVERIFY(authorize(g, Action::ViewWorkspace, Id(4)).ok());
    QCOMPARE(authorize(g, Action::Enroll, Id(4)).error().kind, ErrorKind::Denied);
    QCOMPARE(authorize(g, Action::ViewFullBankDetails, Id(4)).error().kind, ErrorKind::Denied);
    QCOMPARE(authorize(g, Action::ManageUsers).error().kind, ErrorKind::Denied);
    QVERIFY(authorize(g, Action::ManageBankProfiles).ok());
}

Q_DECLARE_METATYPE(incentives::BankProfileUse)

void TestAuthorization::bankProfiles_data()
{
    // An admin of locations 1 and 3; the profile belongs to the locations in owners.
    QTest::addColumn<QSet<Id>>("owners");
    QTest::addColumn<BankProfileUse>("use");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char* tag, QSet<Id> owners, BankProfileUse use, bool allowed) {
        QTest::newRow(tag) << owners << use << allowed;
    };
    row("own/view", {1}, BankProfileUse::ViewFull, true);
    row("own/use", {1}, BankProfileUse::Use, true);
    row("own/edit", {1}, BankProfileUse::Edit, true);
    row("both own/edit", {1, 3}, BankProfileUse::Edit, true);
    row("another's/view", {2}, BankProfileUse::ViewFull, false);
    row("another's/use", {2}, BankProfileUse::Use, false);
    row("another's/edit", {2}, BankProfileUse::Edit, false);
    // Shared with a location the admin does not run: seen and used, never redirected.
    row("shared/view", {1, 2}, BankProfileUse::ViewFull, true);
    row("shared/use", {1, 2}, BankProfileUse::Use, true);
    row("shared/edit", {1, 2}, BankProfileUse::Edit, false);
    row("nobody's/edit", {}, BankProfileUse::Edit, true);
}

void TestAuthorization::bankProfiles()
{
    QFETCH(QSet<Id>, owners);
    QFETCH(BankProfileUse, use);
    QFETCH(bool, allowed);
    Grants admin;
    admin.userId = kUserId;
    admin.active = true;
    admin.adminOf = {1, 3};
    const Status s = authorizeBankProfile(admin, use, owners);
    QCOMPARE(s.ok(), allowed);
    if (!allowed)
        QCOMPARE(s.error().kind, ErrorKind::Denied);
    // Nobody else sees, uses or edits any profile: not the Account admin, not a user, not the deactivated.
    for (Profile p : {AccountAdmin, IncentivesUser1, NoRole, Deactivated, Presenter})
        QVERIFY(!authorizeBankProfile(grantsFor(p), use, owners).ok());
}

void TestAuthorization::permissions()
{
    const Permissions admin = permissionsOf(grantsFor(AccountAdmin), true);
    QVERIFY(admin.hasAnyRole && admin.manageUsers.ok() && admin.backUp.ok() && admin.restore.ok());
    QVERIFY(!admin.presenterTools.ok());
    const Permissions presenter = permissionsOf(grantsFor(Presenter), true);
    QVERIFY(presenter.presenterTools.ok() && !presenter.backUp.ok() && presenter.check.ok());
    QVERIFY(admin.manageLocations.ok() && admin.recordPrograms.ok());
    QVERIFY(!presenter.manageLocations.ok() && !presenter.recordPrograms.ok());
    // The presenter tools exist in demo databases only, whoever asks.
    QVERIFY(!permissionsOf(grantsFor(Presenter), false).presenterTools.ok());
    const Permissions nobody = permissionsOf(grantsFor(Deactivated), true);
    QVERIFY(!nobody.hasAnyRole && !nobody.check.ok() && !nobody.backUp.ok());
}

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
