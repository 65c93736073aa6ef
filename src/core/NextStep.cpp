#include "core/NextStep.h"

#include <QCoreApplication>

namespace incentives::rules {

QString nextStepCode(NextStep::Kind kind)
{
    switch (kind) {
    case NextStep::Kind::None:
        return QStringLiteral("none");
    case NextStep::Kind::Enroll:
        return QStringLiteral("enroll");
    case NextStep::Kind::AssignIncentivesAdmin:
        return QStringLiteral("assign-incentives-admin");
    case NextStep::Kind::SeeEligibility:
        return QStringLiteral("see-eligibility");
    case NextStep::Kind::Reactivate:
        return QStringLiteral("reactivate");
    }
    return {};
}

NextStep nextStep(const NextStepInput& in)
{
    using S = EnrollmentStatus;
    NextStep step;
    switch (in.status) {
    case S::Invited:
    case S::Enrolling:
        if (!in.programOpen) {
            step.refusal =
                QCoreApplication::translate("NextStep", "The program is not open for enrollment now.");
        } else if (!in.locationHasAdmin) {
            step.kind = NextStep::Kind::AssignIncentivesAdmin;
            step.allowed = in.mayAssignAdmin.ok();
            if (!step.allowed)
                step.refusal = QCoreApplication::translate(
                    "NextStep", "An Account admin must assign an Incentives admin to this location.");
        } else {
            step.kind = NextStep::Kind::Enroll;
            step.allowed = in.mayEnroll.ok();
            if (!step.allowed)
                step.refusal = in.mayEnroll.error().message;
        }
        return step;
    case S::Ineligible:
        step.kind = NextStep::Kind::SeeEligibility;
        step.allowed = true;
        return step;
    case S::Inactive:
        step.kind = NextStep::Kind::Reactivate;
        step.refusal = QCoreApplication::translate(
            "NextStep", "Nothing can be enrolled here until the program or the location is active again.");
        return step;
    case S::Validating:
    case S::Enrolled:
    case S::Discontinued:
        step.refusal = QCoreApplication::translate("NextStep", "This enrollment is %1: there is nothing to "
                                                               "enroll.")
                           .arg(statusLabel(in.status));
        return step;
    }
    return step;
}

NextStep nextStep(const Grants& viewer, const Enrollment& e, bool locationHasAdmin, bool programOpen)
{
    NextStepInput in;
    in.status = e.status;
    in.locationHasAdmin = locationHasAdmin;
    in.programOpen = programOpen;
    in.mayEnroll = authorize(viewer, Action::Enroll, e.locationId);
    in.mayAssignAdmin = authorize(viewer, Action::ManageUsers);
    return nextStep(in);
}

} // namespace incentives::rules
