#pragma once

#include "core/Eligibility.h"
#include "core/EnrollmentRules.h"
#include "core/NextStep.h"
#include "services/AppContext.h"

namespace incentives {

// One row of the Incentives workspace, as the viewer may see it.
struct WorkspaceRow
{
    Enrollment enrollment;
    QString statusText;
    QString actionsRequired;
    QString guide;        // the program guide's resource name (Resources column)
    rules::NextStep next; // what the viewer can do next with it, and why not
};

// What the invitation dialog shows: the program, the location, what is on file, and whether the
// next step is Submit or Continue.
struct InvitationView
{
    Enrollment enrollment;
    Program program;
    Location location;
    std::optional<BankProfile> bank; // account numbers masked unless the viewer may see them
    QList<BankProfile> bankChoices;  // the organization's profiles, masked likewise
    std::optional<TaxProfile> tax;
    QList<rules::Problem> missing; // empty: Submit; otherwise: Continue
    rules::NextStep next;          // whether the viewer may enroll it, and why not
    bool canSubmit() const { return missing.isEmpty(); }
};

// One step of an enrollment's status history, read from the audit log and said as a sentence.
struct HistoryEntry
{
    QDateTime at; // UTC
    QString text;
};

// Everything the workspace's details pane shows about one enrollment, as the viewer may see it.
struct EnrollmentDetails
{
    Enrollment enrollment;
    QString statusText;
    QString nextStep;            // the whole Actions required text
    rules::NextStep next;        // what the viewer can do next, and why not
    QDateTime validationDue;     // invalid unless a validation is under way
    QString bankProfile;         // name, masked account and status; empty: none chosen
    QString taxProfile;          // form and status; empty: none on file
    QString currency;            // what it is paid in; empty: none chosen
    QList<HistoryEntry> history; // oldest first
};

class EnrollmentService
{
public:
    explicit EnrollmentService(AppContext& ctx) : m_ctx(ctx) {}

    Result<qint64> count(const Actor& actor, WorkspaceFilter filter);
    // How large the enrollments table is, roughly (for choosing to count in the background); no
    // rows are read, so no role is needed.
    Result<qint64> sizeHint();
    Result<QList<WorkspaceRow>> workspace(const Actor& actor, WorkspaceFilter filter, WorkspaceSort sort,
                                          bool ascending, int offset, int limit);
    Result<QList<WorkspaceRow>> workspace(const Actor& actor, WorkspaceFilter filter, WorkspaceSort sort,
                                          bool ascending, const PageRequest& request);
    // Rows every `every` positions along the workspace's order (EnrollmentRepository::landmarks), for
    // a jump into the middle of a long table to seek from the nearest instead of counting an offset.
    Result<QList<Enrollment>> landmarks(const Actor& actor, WorkspaceFilter filter, WorkspaceSort sort,
                                        bool ascending, int every, int count,
                                        const std::optional<Enrollment>& after);

    // One enrollment in full for the details pane; refused (and the refusal audited) unless the
    // viewer may see the enrollment's location in the workspace.
    Result<EnrollmentDetails> details(const Actor& actor, Id enrollmentId);
    // The workspace's groups (programs or locations) with how many of the filter's rows each holds.
    Result<QList<GroupCount>> groups(const Actor& actor, WorkspaceFilter filter, WorkspaceGroup by);

    Result<InvitationView> invitation(const Actor& actor, const QString& program, const QString& partnerId,
                                      const QString& bankProfile = {});
    // Accepts the invitation: Invited -> Enrolling. Returns the dialog's view afterwards.
    Result<InvitationView> accept(const Actor& actor, const QString& program, const QString& partnerId);
    // Submits for validation (accepting first if needed). Refused, naming what is missing, when
    // something is; bankProfile picks another of the organization's profiles than the default.
    Result<Enrollment> submit(const Actor& actor, const QString& program, const QString& partnerId,
                              const QString& bankProfile = {});

    Result<QList<eligibility::ChecklistItem>> eligibility(const Actor& actor, const QString& program,
                                                          const QString& partnerId);

    Result<QList<EnrollmentRepository::StatusCount>> summary(const Actor& actor);
    // Home's invitations not yet opened: the newest `limit`, and how many there are (counted up to
    // kHomeCountAtMost).
    static constexpr int kHomeInvitations = 50;
    static constexpr int kHomeCountAtMost = 1000;
    Result<HomeMessages> homeMessages(const Actor& actor, int limit = kHomeInvitations);
    // The enrollments waiting for something only this viewer can do (enroll them, or assign their
    // location an Incentives admin), most recently changed first: Home's and the CLI's list.
    Result<QList<WorkspaceRow>> needsAction(const Actor& actor, int limit = 50);
    // Selecting a Home message removes it from Home for good.
    Result<Done> dismissHomeMessage(const Actor& actor, Id enrollmentId);
    Result<Done> dismissHomeMessage(const Actor& actor, const QString& program, const QString& partnerId);
    // Narrows a workspace filter to one location and one program, named as people type them
    // (either may be empty); an unknown name is an error.
    Status narrow(WorkspaceFilter& filter, const QString& partnerId, const QString& program);
    // The Action Center: the user's messages in its order (open actions first, mandatory before
    // recommended, then by due date, those with one first, then newest first; closed ones after
    // them, newest first), the first query.limit of them (at most kInboxPageMost).
    Result<QList<InboxMessage>> inbox(const Actor& actor, const InboxQuery& query = {});
    // How many messages the user has, open, and open and mandatory.
    Result<InboxCounts> inboxCounts(const Actor& actor);
    static constexpr int kInboxPageMost = 100000;
    // How many of the user's actions are open.
    Result<qint64> openActions(const Actor& actor);
    Result<Done> markRead(const Actor& actor, Id messageId);
    // Dismisses one of the user's open recommended actions; a mandatory one is refused: it closes
    // when what it asks is done.
    Result<Done> dismissAction(const Actor& actor, Id messageId);

private:
    struct Target
    {
        Program program;
        Location location;
        Enrollment enrollment;
    };
    Result<Target> target(const QString& program, const QString& partnerId);
    // The target, once the actor may enroll it and its program is open.
    Result<Target> enrollable(const Grants& grants, const QString& program, const QString& partnerId);
    Result<InvitationView> buildView(const Grants& grants, const Target& t, const QString& bankProfile);

    AppContext& m_ctx;
};

// Masks the account numbers of a profile for a viewer who may not see them.
BankProfile maskedFor(const BankProfile& profile, bool full);

} // namespace incentives
