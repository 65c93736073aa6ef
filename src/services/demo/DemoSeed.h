#pragma once

#include "services/AppContext.h"

// Filling a new database: the demo organization a presenter starts from, or an empty one.
namespace incentives::seed {

// The moment the demo's clock shows after seeding.
QDateTime demoStart();

// Contoso Ltd with six locations, eight users covering every role, nine programs and enrollments
// in every status, reached by running the real services (so the audit log tells its story).
// The database must be new (no organization yet).
Status demo(AppContext& ctx);

struct EmptyOrganization
{
    QString name;
    QString legalName; // defaults to name
    QString globalPartnerId;
    QString country;
    QString adminEmail;
    QString adminName;
};
// An organization with one Account admin, on the real clock. Returns the admin's temporary
// password, to be changed at first sign-in.
Result<QString> empty(AppContext& ctx, EmptyOrganization org);

} // namespace incentives::seed
