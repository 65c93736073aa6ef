#include "core/StateMachine.h"

#include "core/Logging.h"

#include <QCoreApplication>

namespace incentives {

using S = EnrollmentStatus;
using E = EnrollmentEvent;

QString eventCode(EnrollmentEvent event)
{
    switch (event) {
    case E::Accept:
        return QStringLiteral("accept");
    case E::Submit:
        return QStringLiteral("submit");
    case E::ValidationPassed:
        return QStringLiteral("validation-passed");
    case E::ValidationRejected:
        return QStringLiteral("validation-rejected");
    case E::ProfileEdited:
        return QStringLiteral("profile-edited");
    case E::TaxFormExpired:
        return QStringLiteral("tax-form-expired");
    case E::EligibilityLost:
        return QStringLiteral("eligibility-lost");
    case E::EligibilityRegained:
        return QStringLiteral("eligibility-regained");
    case E::ProgramDiscontinued:
        return QStringLiteral("program-discontinued");
    case E::Renewed:
        return QStringLiteral("renewed");
    case E::RenewalLapsed:
        return QStringLiteral("renewal-lapsed");
    case E::RenewalDetailsMissing:
        return QStringLiteral("renewal-details-missing");
    case E::Reactivated:
        return QStringLiteral("reactivated");
    case E::ProgramClosed:
        return QStringLiteral("program-closed");
    case E::ProfileRejected:
        return QStringLiteral("profile-rejected");
    }
    return {};
}

const QList<Transition>& transitionTable()
{
    static const QList<Transition> table = [] {
        QList<Transition> t{
            {S::Invited, E::Accept, S::Enrolling},
            {S::Invited, E::Submit, S::Validating},
            {S::Enrolling, E::Submit, S::Validating},
            {S::Validating, E::ValidationPassed, S::Enrolled},
            {S::Validating, E::ValidationRejected, S::Enrolling},
            // A second edit while validating restarts the wait.
            {S::Validating, E::ProfileEdited, S::Validating},
            {S::Enrolled, E::ProfileEdited, S::Validating},
            {S::Enrolled, E::TaxFormExpired, S::Enrolling},
            {S::Validating, E::TaxFormExpired, S::Enrolling},
            {S::Ineligible, E::EligibilityRegained, S::Invited},
            {S::Enrolled, E::Renewed, S::Enrolled},
            {S::Enrolled, E::RenewalLapsed, S::Inactive},
            {S::Enrolled, E::RenewalDetailsMissing, S::Enrolling},
            {S::Inactive, E::Reactivated, S::Invited},
            {S::Invited, E::ProgramClosed, S::Inactive},
            {S::Enrolling, E::ProgramClosed, S::Inactive},
            {S::Ineligible, E::ProgramClosed, S::Inactive},
            // A profile rejected anywhere needs action everywhere it is used.
            {S::Enrolled, E::ProfileRejected, S::Enrolling},
            {S::Validating, E::ProfileRejected, S::Enrolling},
        };
        // Losing eligibility and retiring a program reach every live status.
        for (S s : {S::Invited, S::Enrolling, S::Validating, S::Enrolled, S::Inactive})
            t.append({s, E::EligibilityLost, S::Ineligible});
        for (S s : {S::Invited, S::Enrolling, S::Validating, S::Enrolled, S::Ineligible, S::Inactive})
            t.append({s, E::ProgramDiscontinued, S::Discontinued});
        return t;
    }();
    return table;
}

Result<EnrollmentStatus> nextStatus(EnrollmentStatus from, EnrollmentEvent event)
{
    for (const Transition& t : transitionTable())
        if (t.from == from && t.event == event)
            return t.to;

    QString why;
    switch (event) {
    case E::Accept:
        why = from == S::Invited
                  ? QString()
                  : QCoreApplication::translate("StateMachine",
                                                "Only an invitation that is still Invited can be accepted.");
        break;
    case E::Submit:
        why = QCoreApplication::translate(
            "StateMachine", "Only an Invited or Enrolling enrollment can be submitted for validation.");
        break;
    case E::ValidationPassed:
    case E::ValidationRejected:
        why = QCoreApplication::translate("StateMachine", "This enrollment is not waiting for validation.");
        break;
    default:
        break;
    }
    if (from == S::Discontinued)
        why = QCoreApplication::translate("StateMachine",
                                          "The program is discontinued; nothing can change here.");
    if (why.isEmpty())
        why =
            QCoreApplication::translate("StateMachine", "An enrollment that is %1 cannot take the step '%2'.")
                .arg(statusLabel(from), eventCode(event));
    qCDebug(lcCore) << "step" << eventCode(event) << "refused from" << statusLabel(from);
    return makeError(ErrorKind::WrongState, why);
}

} // namespace incentives
