#pragma once

#include "core/Types.h"

#include <QDateTime>

namespace incentives {

// One program at one location: the row the workspace shows, the state machine moves, and the
// rules judge.
struct Enrollment
{
    Id id = 0;
    Id programId = 0;
    Id locationId = 0;
    QString programName;
    QString partnerId;
    QString locationName;
    QString country;
    int fiscalYear = 0;
    EnrollmentStatus status = EnrollmentStatus::Invited;
    Reason reason = Reason::None;
    QString detail;
    Id bankProfileId = 0;
    // The disbursement currency of this assignment (program x location); empty: none chosen yet,
    // the bank profile's proposed currency applies until one is.
    QString currency;
    // The tax profile of this assignment, one of its location's; 0: none chosen, the location's
    // first tax profile applies.
    Id taxProfileId = 0;
    bool paymentHold = false; // the partner asked Microsoft to hold payments of this enrollment
    QDateTime validationDue;
    QDateTime invitedAt;
    QDateTime acceptedAt;
    QDateTime submittedAt;
    QDateTime enrolledAt;
    QDateTime updatedAt;
    int version = 0;
};

} // namespace incentives
