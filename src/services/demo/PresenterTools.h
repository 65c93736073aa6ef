#pragma once

#include "core/StateMachine.h"
#include "services/AppContext.h"

#include <functional>

// The presenter's tools in a demo database: the demo clock, Microsoft's decisions, programs and
// what a location's eligibility is judged on. Each is refused outside demo databases and to anyone
// but a Presenter (the refusal recorded); what they set in motion is carried out by the simulated
// Microsoft side (Simulation) on the app clock, like everything else.
namespace incentives {

class PresenterTools
{
public:
    explicit PresenterTools(AppContext& ctx) : m_ctx(ctx) {}

    Status judgeEligibility(const Actor& actor); // runEligibility() as a presenter tool
    Status setClock(const Actor& actor, const QDateTime& to);
    Status advanceClock(const Actor& actor, qint64 seconds);
    Status advanceToFiscalYearEnd(const Actor& actor);
    Status decideValidation(const Actor& actor, const QString& program, const QString& partnerId,
                            bool approve, const QString& reason);
    Status discontinueProgram(const Actor& actor, const QString& program);
    // Publishes a new program for the current fiscal year and judges eligibility for it.
    Status publishProgram(const Actor& actor, Program program);
    // Closed for enrollment: invitations not yet enrolled become Inactive; reopening invites again.
    Status closeProgram(const Actor& actor, const QString& program);
    Status reopenProgram(const Actor& actor, const QString& program);
    // What eligibility is judged on at a location now (the presenter's starting point for a change).
    Result<LocationAttributes> locationAttributes(const Actor& actor, const QString& partnerId);
    // Changes what eligibility is judged on, then judges it again.
    Status setLocationAttributes(const Actor& actor, const QString& partnerId,
                                 const LocationAttributes& attributes);
    // Enrollments waiting for validation, oldest first (the presenter's Approve / Reject list): at
    // most limit of them (1000 at most); search narrows them as the workspace's search does.
    Result<QList<Enrollment>> pendingValidations(const Actor& actor, const QString& search = {},
                                                 int limit = 1000);

private:
    // One change of a program's state in one transaction: refused (with refusal) unless allowedFrom
    // accepts the state it is in; recorded as auditAction; each enrollment that moves selects goes
    // through event with reason.
    struct ProgramChange
    {
        ProgramState to;
        QString auditAction;
        std::function<bool(ProgramState)> allowedFrom;
        std::function<QString(const QString& program)> refusal;
        std::function<bool(EnrollmentStatus)> moves; // empty: no enrollment moves
        EnrollmentEvent event;
        Reason reason;
    };
    Status changeProgram(const Actor& actor, const QString& programName, const ProgramChange& change);
    Status requireDemo(const Actor& actor);

    AppContext& m_ctx;
};

} // namespace incentives
