#pragma once

#include "services/AppContext.h"

#include <functional>

namespace incentives {

struct BankProfileView
{
    BankProfile profile; // account numbers masked unless fullDetails
    bool fullDetails = false;
    QStringList defaultFor; // PartnerIDs of the locations that use it as their default
    int enrollments = 0;    // enrollments submitted with it
};

// Payout (bank) and tax profiles. Every change validates the fields with the core's validators,
// leaves the profile Pending validation, and sends the enrollments that use it to validation again.
class ProfileService
{
public:
    explicit ProfileService(AppContext& ctx) : m_ctx(ctx) {}

    Result<QList<BankProfileView>> bankProfiles(const Actor& actor);
    Result<BankProfileView> bankProfile(const Actor& actor, const QString& name);
    Result<BankProfile> addBank(const Actor& actor, BankProfile profile);
    // Applies the change to the stored profile. With expectedVersion, refuses if someone else
    // changed it since the caller read that version.
    Result<BankProfile> editBank(const Actor& actor, const QString& name,
                                 const std::function<void(BankProfile&)>& change, int expectedVersion = 0);
    // The enrollments an edit of this profile would send back to validation.
    Result<QList<Enrollment>> revalidatedByBankEdit(const Actor& actor, const QString& name);
    // The enrollments a change of this location's tax profile would send back to validation.
    Result<QList<Enrollment>> revalidatedByTaxEdit(const Actor& actor, const QString& partnerId);
    Result<Done> setDefaultBank(const Actor& actor, const QString& name, const QString& partnerId);

    Result<std::optional<TaxProfile>> taxProfile(const Actor& actor, const QString& partnerId);
    Result<TaxProfile> setTax(const Actor& actor, const QString& partnerId, TaxProfile profile,
                              int expectedVersion = 0);

private:
    Result<QSet<Id>> locationsUsing(const BankProfile& profile);
    bool fullView(const Grants& grants, const QSet<Id>& locations) const;
    Result<QList<Enrollment>> affectedByBank(Id bankProfileId);

    AppContext& m_ctx;
};

} // namespace incentives
