// The next step for one viewer and one enrollment, as a table: status × whether the location has an
// Incentives admin × whether the program is open × what the viewer may do.
#include "core/NextStep.h"

#include <QTest>

using namespace incentives;
using Kind = rules::NextStep::Kind;

Q_DECLARE_METATYPE(incentives::EnrollmentStatus)
Q_DECLARE_METATYPE(rules::NextStep::Kind)

class TestNextStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void fromGrants();
    void codesAreStable();
};

void TestNextStep::table_data()
{
    QTest::addColumn<EnrollmentStatus>("status");
    QTest::addColumn<bool>("hasAdmin");
    QTest::addColumn<bool>("programOpen");
    QTest::addColumn<bool>("mayEnroll");
    QTest::addColumn<bool>("mayAssign");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("needsViewer");
    using S = EnrollmentStatus;
    const auto row = [](const char* tag, S s, bool admin, bool open, bool enroll, bool assign, Kind k,
                        bool allowed, bool needs) {
        QTest::newRow(tag) << s << admin << open << enroll << assign << k << allowed << needs;
    };
    row("invited, location admin", S::Invited, true, true, true, false, Kind::Enroll, true, true);
    row("enrolling, location admin", S::Enrolling, true, true, true, false, Kind::Enroll, true, true);
    row("invited, incentives user", S::Invited, true, true, false, false, Kind::Enroll, false, false);
    row("invited, account admin", S::Invited, true, true, false, true, Kind::Enroll, false, false);
    row("no admin, account admin", S::Invited, false, true, false, true, Kind::AssignIncentivesAdmin, true,
        true);
    row("no admin, incentives user", S::Invited, false, true, false, false, Kind::AssignIncentivesAdmin,
        false, false);
    row("enrolling, no admin", S::Enrolling, false, true, false, true, Kind::AssignIncentivesAdmin, true,
        true);
    row("program closed", S::Invited, true, false, true, true, Kind::None, false, false);
    row("validating", S::Validating, true, true, true, true, Kind::None, false, false);
    row("enrolled", S::Enrolled, true, true, true, true, Kind::None, false, false);
    row("discontinued", S::Discontinued, true, true, true, true, Kind::None, false, false);
    row("ineligible", S::Ineligible, true, true, false, false, Kind::SeeEligibility, true, false);
    row("inactive", S::Inactive, true, true, true, true, Kind::Reactivate, false, false);
}

void TestNextStep::table()
{
    QFETCH(EnrollmentStatus, status);
    QFETCH(bool, hasAdmin);
    QFETCH(bool, programOpen);
    QFETCH(bool, mayEnroll);
    QFETCH(bool, mayAssign);
    QFETCH(Kind, kind);
    QFETCH(bool, allowed);
    QFETCH(bool, needsViewer);
    rules::NextStepInput in;
    in.status = status;
    in.locationHasAdmin = hasAdmin;
    in.programOpen = programOpen;
    const Status no(makeError(ErrorKind::Denied, QStringLiteral("not yours")));
    in.mayEnroll = mayEnroll ? Status() : no;
    in.mayAssignAdmin = mayAssign ? Status() : no;
    const rules::NextStep step = rules::nextStep(in);
    QCOMPARE(step.kind, kind);
    QCOMPARE(step.allowed, allowed);
    QCOMPARE(step.needsViewer(), needsViewer);
    // A step the viewer cannot take always says why.
    if (!step.allowed)
        QVERIFY(!step.refusal.isEmpty());
    if (kind == Kind::Enroll && !allowed)
        QCOMPARE(step.refusal, QStringLiteral("not yours"));
}

void TestNextStep::fromGrants()
{
    Enrollment e;
    e.locationId = 7;
    e.status = EnrollmentStatus::Invited;
    Grants admin;
    admin.userId = 1;
    admin.active = true;
    admin.adminOf = {7};
    QVERIFY(rules::nextStep(admin, e, true, true).allowed);
    Grants otherAdmin = admin;
    otherAdmin.adminOf = {8};
    const auto refused = rules::nextStep(otherAdmin, e, true, true);
    QCOMPARE(refused.kind, Kind::Enroll);
    QVERIFY(!refused.allowed);
    Grants deactivated = admin;
    deactivated.active = false;
    QVERIFY(!rules::nextStep(deactivated, e, true, true).allowed);
    Grants accountAdmin;
    accountAdmin.userId = 2;
    accountAdmin.active = true;
    accountAdmin.accountAdmin = true;
    QVERIFY(rules::nextStep(accountAdmin, e, false, true).needsViewer());
    QVERIFY(!rules::nextStep(accountAdmin, e, true, true).needsViewer());
}

void TestNextStep::codesAreStable()
{
    QCOMPARE(rules::nextStepCode(Kind::Enroll), QStringLiteral("enroll"));
    QCOMPARE(rules::nextStepCode(Kind::AssignIncentivesAdmin), QStringLiteral("assign-incentives-admin"));
    QCOMPARE(rules::nextStepCode(Kind::SeeEligibility), QStringLiteral("see-eligibility"));
    QCOMPARE(rules::nextStepCode(Kind::None), QStringLiteral("none"));
    QCOMPARE(rules::nextStepCode(Kind::Reactivate), QStringLiteral("reactivate"));
}

QTEST_GUILESS_MAIN(TestNextStep)
#include "tst_nextstep.moc"
