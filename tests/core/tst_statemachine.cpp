#include "core/StateMachine.h"

#include <QSet>
#include <QTest>

using namespace incentives;

Q_DECLARE_METATYPE(incentives::EnrollmentStatus)
Q_DECLARE_METATYPE(incentives::EnrollmentEvent)

namespace {

using S = EnrollmentStatus;
using E = EnrollmentEvent;

// Every status and every event, written out here rather than taken from the code under test.
const QList<S> kStatuses{S::Invited,    S::Enrolling, S::Validating,  S::Enrolled,
                         S::Ineligible, S::Inactive,  S::Discontinued};

const QList<E> kEvents{E::Accept,
                       E::Submit,
                       E::ValidationPassed,
                       E::ValidationRejected,
                       E::ProfileEdited,
                       E::TaxFormExpired,
                       E::EligibilityLost,
                       E::EligibilityRegained,
                       E::ProgramDiscontinued,
                       E::Renewed,
                       E::RenewalLapsed,
                       E::RenewalDetailsMissing,
                       E::Reactivated,
                       E::ProgramClosed,
                       E::ProfileRejected};

// A new enum value must be added to the lists above (and to the expected table below).
static_assert(int(E::ProfileRejected) == 14, "EnrollmentEvent changed: update kEvents and kExpected");
static_assert(int(S::Discontinued) == 6, "EnrollmentStatus changed: update kStatuses and kExpected");

struct Expected
{
    S from;
    E event;
    S to;
};

// The life cycle from domain.md, "Statuses": every allowed step and where it leads.
const QList<Expected> kExpected{
    // Invited -> Enrolling (accept, details missing) or -> Validating (accept + Submit).
    {S::Invited, E::Accept, S::Enrolling},
    {S::Invited, E::Submit, S::Validating},
    // Enrolling -> Validating (details completed and submitted).
    {S::Enrolling, E::Submit, S::Validating},
    // Validating -> Enrolled, or -> Enrolling (rejected).
    {S::Validating, E::ValidationPassed, S::Enrolled},
    {S::Validating, E::ValidationRejected, S::Enrolling},
    // An edit sends every enrollment using the profile back to Validating (also one already there).
    {S::Validating, E::ProfileEdited, S::Validating},
    {S::Enrolled, E::ProfileEdited, S::Validating},
    // An expired W-8BEN-E sends the enrollment to Enrolling.
    {S::Enrolled, E::TaxFormExpired, S::Enrolling},
    {S::Validating, E::TaxFormExpired, S::Enrolling},
    // Fiscal-year end: renew, lapse to Inactive, or back to Enrolling for missing details.
    {S::Enrolled, E::Renewed, S::Enrolled},
    {S::Enrolled, E::RenewalLapsed, S::Inactive},
    {S::Enrolled, E::RenewalDetailsMissing, S::Enrolling},
    // Inactive shows "what would reactivate it".
    {S::Inactive, E::Reactivated, S::Invited},
    // A program closed for enrollment before these were enrolled (our choice).
    {S::Invited, E::ProgramClosed, S::Inactive},
    {S::Enrolling, E::ProgramClosed, S::Inactive},
    {S::Ineligible, E::ProgramClosed, S::Inactive},
    // A profile rejected in one enrollment needs action in every other one that uses it.
    {S::Enrolled, E::ProfileRejected, S::Enrolling},
    {S::Validating, E::ProfileRejected, S::Enrolling},
    // Any live status -> Ineligible; Ineligible -> Invited when regained.
    {S::Invited, E::EligibilityLost, S::Ineligible},
    {S::Enrolling, E::EligibilityLost, S::Ineligible},
    {S::Validating, E::EligibilityLost, S::Ineligible},
    {S::Enrolled, E::EligibilityLost, S::Ineligible},
    {S::Inactive, E::EligibilityLost, S::Ineligible},
    {S::Ineligible, E::EligibilityRegained, S::Invited},
    // Any status -> Discontinued when the program is retired; nothing leaves Discontinued.
    {S::Invited, E::ProgramDiscontinued, S::Discontinued},
    {S::Enrolling, E::ProgramDiscontinued, S::Discontinued},
    {S::Validating, E::ProgramDiscontinued, S::Discontinued},
    {S::Enrolled, E::ProgramDiscontinued, S::Discontinued},
    {S::Ineligible, E::ProgramDiscontinued, S::Discontinued},
    {S::Inactive, E::ProgramDiscontinued, S::Discontinued},
};

std::optional<S> expectedTarget(S from, E event)
{
    for (const Expected& x : kExpected)
        if (x.from == from && x.event == event)
            return x.to;
    return std::nullopt;
}

} // namespace

class TestStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vocabulary();
    void allowed_data();
    void allowed();
    void refused_data();
    void refused();
    void tableMatchesExpected();
    void tableHasNoDuplicatePairs();
    void discontinuedIsTerminal();
    void lifeCycleWalk();
};

void TestStateMachine::vocabulary()
{
    QCOMPARE(allStatuses(), kStatuses);
    QSet<QString> codes;
    for (E e : kEvents) {
        const QString code = eventCode(e);
        QVERIFY2(!code.isEmpty(), "every event has a code");
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), kEvents.size());
}

void TestStateMachine::allowed_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<E>("event");
    QTest::addColumn<S>("to");
    for (const Expected& x : kExpected)
        QTest::addRow("%s/%s", qPrintable(statusCode(x.from)), qPrintable(eventCode(x.event)))
            << x.from << x.event << x.to;
}

void TestStateMachine::allowed()
{
    QFETCH(S, from);
    QFETCH(E, event);
    QFETCH(S, to);
    const auto next = nextStatus(from, event);
    QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));
    QCOMPARE(next.value(), to);
}

void TestStateMachine::refused_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<E>("event");
    int rows = 0;
    for (S s : kStatuses) {
        for (E e : kEvents) {
            if (expectedTarget(s, e))
                continue;
            QTest::addRow("%s/%s", qPrintable(statusCode(s)), qPrintable(eventCode(e))) << s << e;
            ++rows;
        }
    }
    // 7 statuses x 15 events, less the allowed steps.
    QCOMPARE(rows, 7 * 15 - int(kExpected.size()));
}

void TestStateMachine::refused()
{
    QFETCH(S, from);
    QFETCH(E, event);
    const auto next = nextStatus(from, event);
    QVERIFY2(!next.ok(), qPrintable(QStringLiteral("unexpectedly allowed, giving %1")
                                        .arg(next.ok() ? statusCode(next.value()) : QString())));
    QCOMPARE(next.error().kind, ErrorKind::WrongState);
    QVERIFY(!next.error().message.trimmed().isEmpty());
    if (from == S::Discontinued)
        QVERIFY2(next.error().message.contains(QLatin1String("discontinued"), Qt::CaseInsensitive),
                 qPrintable(next.error().message));
}

void TestStateMachine::tableMatchesExpected()
{
    const QList<Transition>& table = transitionTable();
    QCOMPARE(table.size(), kExpected.size());
    for (const Transition& t : table) {
        const auto want = expectedTarget(t.from, t.event);
        QVERIFY2(
            want.has_value(),
            qPrintable(
                QStringLiteral("unexpected transition %1/%2").arg(statusCode(t.from), eventCode(t.event))));
        QCOMPARE(t.to, *want);
    }
}

void TestStateMachine::tableHasNoDuplicatePairs()
{
    QSet<std::pair<int, int>> seen;
    for (const Transition& t : transitionTable()) {
        const std::pair<int, int> key{int(t.from), int(t.event)};
        QVERIFY2(
            !seen.contains(key),
            qPrintable(QStringLiteral("duplicate pair %1/%2").arg(statusCode(t.from), eventCode(t.event))));
        seen.insert(key);
    }
    QCOMPARE(seen.size(), transitionTable().size());
}

void TestStateMachine::discontinuedIsTerminal()
{
    for (const Transition& t : transitionTable())
        QVERIFY2(t.from != S::Discontinued, qPrintable(eventCode(t.event)));
    for (E e : kEvents) {
        const auto next = nextStatus(S::Discontinued, e);
        QVERIFY2(!next.ok(), qPrintable(eventCode(e)));
        QCOMPARE(next.error().kind, ErrorKind::WrongState);
    }
}

void TestStateMachine::lifeCycleWalk()
{
    // A whole year of one enrollment, step by step.
    const QList<std::pair<E, S>> walk{
        {E::Accept, S::Enrolling},
        {E::Submit, S::Validating},
        {E::ValidationRejected, S::Enrolling},
        {E::Submit, S::Validating},
        {E::ValidationPassed, S::Enrolled},
        {E::ProfileEdited, S::Validating},
        {E::ValidationPassed, S::Enrolled},
        {E::Renewed, S::Enrolled},
        {E::RenewalLapsed, S::Inactive},
        {E::Reactivated, S::Invited},
        {E::EligibilityLost, S::Ineligible},
        {E::EligibilityRegained, S::Invited},
        {E::ProgramDiscontinued, S::Discontinued},
    };
    S current = S::Invited;
    for (const auto& [event, want] : walk) {
        const auto next = nextStatus(current, event);
        QVERIFY2(next.ok(), qPrintable(eventCode(event)));
        QCOMPARE(next.value(), want);
        current = next.value();
    }
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
