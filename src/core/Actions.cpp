#include "core/Actions.h"

#include <QCoreApplication>

namespace incentives::actions {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Actions)
};

constexpr Kind kAllKinds[] = {Kind::Invitation,      Kind::ValidationApproved, Kind::ValidationRejected,
                              Kind::TaxFormExpiring, Kind::RenewalOutcome,     Kind::RoleChanged};

} // namespace

QString kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Invitation:
        return QStringLiteral("invitation");
    case Kind::ValidationApproved:
        return QStringLiteral("validation-approved");
    case Kind::ValidationRejected:
        return QStringLiteral("validation-rejected");
    case Kind::TaxFormExpiring:
        return QStringLiteral("tax-form-expiring");
    case Kind::RenewalOutcome:
        return QStringLiteral("renewal-outcome");
    case Kind::RoleChanged:
        return QStringLiteral("role-changed");
    }
    return {};
}

std::optional<Kind> kindFromCode(const QString& code)
{
    for (Kind k : kAllKinds)
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Invitation:
        return Tr::tr("Invitation");
    case Kind::ValidationApproved:
        return Tr::tr("Validation approved");
    case Kind::ValidationRejected:
        return Tr::tr("Validation rejected");
    case Kind::TaxFormExpiring:
        return Tr::tr("Tax form expiring");
    case Kind::RenewalOutcome:
        return Tr::tr("Renewal outcome");
    case Kind::RoleChanged:
        return Tr::tr("Role changed");
    }
    return {};
}

QString priorityCode(Priority priority)
{
    return priority == Priority::Mandatory ? QStringLiteral("mandatory") : QStringLiteral("recommended");
}

std::optional<Priority> priorityFromCode(const QString& code)
{
    if (code == QLatin1String("mandatory"))
        return Priority::Mandatory;
    if (code == QLatin1String("recommended"))
        return Priority::Recommended;
    return std::nullopt;
}

QString priorityLabel(Priority priority)
{
    return priority == Priority::Mandatory ? Tr::tr("Mandatory") : Tr::tr("Recommended");
}

Priority priorityOf(Kind kind, bool failed)
{
    switch (kind) {
    case Kind::ValidationRejected:
    case Kind::TaxFormExpiring:
        return Priority::Mandatory;
    case Kind::RenewalOutcome:
        return failed ? Priority::Mandatory : Priority::Recommended;
    case Kind::Invitation:
    case Kind::ValidationApproved:
    case Kind::RoleChanged:
        return Priority::Recommended;
    }
    return Priority::Recommended;
}

bool dismissable(Priority priority)
{
    return priority == Priority::Recommended;
}

bool doneBy(Kind kind, EnrollmentStatus status)
{
    switch (kind) {
    case Kind::Invitation:
        return status != EnrollmentStatus::Invited;
    case Kind::ValidationRejected:
    case Kind::RenewalOutcome:
        return status == EnrollmentStatus::Validating || status == EnrollmentStatus::Enrolled;
    case Kind::ValidationApproved:
    case Kind::TaxFormExpiring:
    case Kind::RoleChanged:
        return false;
    }
    return false;
}

QList<Kind> completedBy(EnrollmentStatus status)
{
    QList<Kind> out;
    for (Kind k : kAllKinds)
        if (doneBy(k, status))
            out.append(k);
    return out;
}

} // namespace incentives::actions
