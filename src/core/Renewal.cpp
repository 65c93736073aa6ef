#include "core/Renewal.h"

#include "core/Eligibility.h"

#include <QCoreApplication>

namespace incentives::renewal {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Renewal)
};

} // namespace

Outcome judge(const Input& in)
{
    Outcome out;
    out.status = in.status;
    if (in.status != EnrollmentStatus::Enrolled)
        return out; // carried over (or, when Discontinued, left where it is): no step
    if (in.programState != ProgramState::Open) {
        out.status = EnrollmentStatus::Inactive;
        out.reason = Reason::ProgramClosed;
        out.failing = Failing::Program;
        out.event = EnrollmentEvent::RenewalLapsed;
        return out;
    }
    if (!in.agreementActive) {
        out.status = EnrollmentStatus::Inactive;
        out.reason = Reason::AgreementExpired;
        out.detail = Tr::tr("The partner program agreement is not active (IVDMPA).");
        out.failing = Failing::Agreement;
        out.event = EnrollmentEvent::RenewalLapsed;
        return out;
    }
    if (!in.unmetCriteria.isEmpty()) {
        out.status = EnrollmentStatus::Inactive;
        out.reason = Reason::EligibilityLost;
        out.detail = in.unmetCriteria.join(QStringLiteral("; "));
        out.failing = Failing::Eligibility;
        out.event = EnrollmentEvent::RenewalLapsed;
        return out;
    }
    if (!in.missingDetails.isEmpty() || !in.bankApproved || !in.taxApproved) {
        out.status = EnrollmentStatus::Enrolling;
        out.reason = in.taxExpired ? Reason::TaxFormExpired : Reason::DetailsMissing;
        QStringList parts;
        for (const auto& m : in.missingDetails)
            parts.append(m.message);
        out.detail = parts.isEmpty() ? Tr::tr("Payout and tax profiles must be validated again.")
                                     : parts.join(QLatin1Char(' '));
        out.failing = Failing::Details;
        out.event = EnrollmentEvent::RenewalDetailsMissing;
        return out;
    }
    out.event = EnrollmentEvent::Renewed;
    return out;
}

Input inputFor(EnrollmentStatus status, const rules::EnrollmentContext& c)
{
    Input in;
    in.status = status;
    in.programState = c.program.state;
    in.agreementActive = c.location.attributes.agreementActive;
    if (auto criteria = eligibility::parse(c.program.criteria); criteria)
        in.unmetCriteria = eligibility::unmet(eligibility::checklist(*criteria, c.location));
    else
        in.unmetCriteria = {criteria.error().message};
    in.missingDetails = rules::missingDetails(c);
    in.bankApproved = c.bank && c.bank->status == ProfileStatus::Approved;
    in.taxApproved = c.tax && c.tax->status == ProfileStatus::Approved;
    in.taxExpired = c.tax && rules::taxExpired(*c.tax, c.today);
    return in;
}

QString remedy(const Outcome& o)
{
    switch (o.failing) {
    case Failing::None:
        return {};
    case Failing::Program:
        return Tr::tr("None: the program is not open for the new year.");
    case Failing::Agreement:
        return Tr::tr("Renew the partner program agreement (IVDMPA).");
    case Failing::Eligibility:
        return Tr::tr("Meet the eligibility requirements again: %1").arg(o.detail);
    case Failing::Details:
        return o.reason == Reason::TaxFormExpired
                   ? Tr::tr("Sign a new tax form before the year ends: %1").arg(o.detail)
                   : Tr::tr("Update the payout and tax profiles: %1").arg(o.detail);
    }
    return {};
}

QString failingCode(Failing failing)
{
    switch (failing) {
    case Failing::None:
        return {};
    case Failing::Program:
        return QStringLiteral("program");
    case Failing::Agreement:
        return QStringLiteral("agreement");
    case Failing::Eligibility:
        return QStringLiteral("eligibility");
    case Failing::Details:
        return QStringLiteral("details");
    }
    return {};
}

QString failingLabel(Failing failing)
{
    switch (failing) {
    case Failing::None:
        return {};
    case Failing::Program:
        return Tr::tr("The program is not open for the new year");
    case Failing::Agreement:
        return Tr::tr("Partner program agreement");
    case Failing::Eligibility:
        return Tr::tr("Eligibility requirements");
    case Failing::Details:
        return Tr::tr("Payout and tax details");
    }
    return {};
}

} // namespace incentives::renewal
