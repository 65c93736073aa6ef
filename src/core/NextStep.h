#pragma once

#include "core/Authorization.h"
#include "core/Enrollment.h"

// What can be done next with one enrollment, for one viewer: the decision behind the Actions
// required link, the workspace's Enroll button, the invitation dialog's Submit and Continue, Home's
// "needs your action" and the CLI's home and workspace --json. Made once here; the faces render it.
namespace incentives::rules {

struct NextStep
{
    enum class Kind
    {
        None,                  // nothing to do: validating, enrolled, discontinued
        Enroll,                // open the invitation: accept, then Submit or Continue
        AssignIncentivesAdmin, // the location has no Incentives admin to enroll it yet
        SeeEligibility,        // the checklist of met and unmet criteria
        Reactivate,            // inactive: what would make it active again happens elsewhere
    };
    Kind kind = Kind::None;
    bool allowed = false; // whether this viewer can take the step
    QString refusal;      // why not, when the step is there but not this viewer's

    // Whether the step is this viewer's to take (Home's "needs your action").
    bool needsViewer() const
    {
        return allowed && (kind == Kind::Enroll || kind == Kind::AssignIncentivesAdmin);
    }
    // Whether the Actions required cell is a link that does something when activated.
    bool actionable() const { return kind == Kind::Enroll || kind == Kind::SeeEligibility; }
};

QString nextStepCode(NextStep::Kind kind); // stable, for --json

struct NextStepInput
{
    EnrollmentStatus status = EnrollmentStatus::Invited;
    bool locationHasAdmin = true;
    bool programOpen = true;
    Status mayEnroll;      // authorize(grants, Action::Enroll, location)
    Status mayAssignAdmin; // authorize(grants, Action::ManageUsers)
};

NextStep nextStep(const NextStepInput& in);
// The same, with the permissions read from the viewer's grants.
NextStep nextStep(const Grants& viewer, const Enrollment& enrollment, bool locationHasAdmin,
                  bool programOpen);

} // namespace incentives::rules
