#pragma once

#include "services/AppContext.h"

#include <functional>

namespace incentives {

struct BankProfileView
{
    BankProfile profile; // account numbers masked unless fullDetails
    bool fullDetails = false;
    QString ownerPartnerId; // the location it was created for
    QStringList defaultFor; // PartnerIDs of the locations that use it as their default
    int enrollments = 0;    // enrollments submitted with it
    Status mayUse;          // as a default or at Submit, by the viewer
    Status mayEdit;         // by the viewer; the refusal says why not
};

// What the viewer may do with the profiles of one location (the Payout and tax profiles page).
struct LocationProfileRights
{
    Status mayAddBank;    // a new bank profile for this location
    Status maySetDefault; // choose its default bank profile
    Status mayEditTax;    // create or change its tax profile
};

// The locations a bank profile belongs to: the one it was created for and every one that uses it
// as its default or in an enrollment.
Result<QSet<Id>> bankProfileOwners(AppContext& ctx, const BankProfile& profile);
// The same for every profile at once.
Result<QHash<Id, QSet<Id>>> bankProfileOwners(AppContext& ctx);

// Payout (bank) and tax profiles. Every change validates the fields with the core's validators,
// leaves the profile Pending validation, and sends the enrollments that use it to validation again.
class ProfileService
{
public:
    explicit ProfileService(AppContext& ctx) : m_ctx(ctx) {}

    Result<QList<BankProfileView>> bankProfiles(const Actor& actor);
    // One bounded page: the profiles whose name contains search, by name, at most limit of them;
    // what they need (their use, owners and defaults) is read for them alone.
    Result<QList<BankProfileView>> bankProfiles(const Actor& actor, const QString& search, int limit);
    Result<BankProfileView> bankProfile(const Actor& actor, const QString& name);
    // A new profile for the location partnerId (or, when empty, the one location the actor administers).
    Result<BankProfile> addBank(const Actor& actor, BankProfile profile, const QString& partnerId = {});
    Result<LocationProfileRights> rightsAt(const Actor& actor, const QString& partnerId);
    // Applies the change to the stored profile. With expectedVersion, refuses if someone else
    // changed it since the caller read that version.
    Result<BankProfile> editBank(const Actor& actor, const QString& name,
                                 const std::function<void(BankProfile&)>& change, int expectedVersion = 0);
    // Marks the CSP tenant of a credit-note profile Confirmed: what Microsoft's check of the tenant
    // decides, recorded by an Incentives admin of the location the profile was created for.
    Result<BankProfile> verifyCreditNote(const Actor& actor, const QString& name, int expectedVersion = 0);
    // Whether the viewer may verify this profile's tenant now; the refusal says why not.
    Result<Status> mayVerifyCreditNote(const Actor& actor, const QString& name);
    // The enrollments an edit of this profile would send back to validation.
    Result<QList<Enrollment>> revalidatedByBankEdit(const Actor& actor, const QString& name);
    // The enrollments a change of this tax profile of the location (0: its first) would send back
    // to validation: those whose assignment uses it.
    Result<QList<Enrollment>> revalidatedByTaxEdit(const Actor& actor, const QString& partnerId,
                                                   Id taxProfileId = 0);
    Result<Done> setDefaultBank(const Actor& actor, const QString& name, const QString& partnerId);

    // The location's first tax profile: the one an assignment without a choice uses.
    Result<std::optional<TaxProfile>> taxProfile(const Actor& actor, const QString& partnerId);
    // Every tax profile of the location, oldest first.
    Result<QList<TaxProfile>> taxProfiles(const Actor& actor, const QString& partnerId);
    // The location's tax profile to edit: the one on file (taxProfileId, or else its first), or a
    // new one of the form the location files (W-9 in the US, W-8BEN-E elsewhere), signed today.
    Result<TaxProfile> taxDraft(const Actor& actor, const QString& partnerId, Id taxProfileId = 0);
    // A new tax profile for the location: of the form it files by default, signed today.
    Result<TaxProfile> newTaxDraft(const Actor& actor, const QString& partnerId);
    // Stores the profile: the one of its id, one of the location's; without an id the location's
    // first, or a new one while it has none. The enrollments whose assignment uses it validate again.
    Result<TaxProfile> setTax(const Actor& actor, const QString& partnerId, TaxProfile profile,
                              int expectedVersion = 0);
    // Adds another tax profile to the location (a W-8BEN beside a W-8BEN-E, say), for enrollments to
    // be assigned on the Profile assignment page; none uses it yet.
    Result<TaxProfile> addTax(const Actor& actor, const QString& partnerId, TaxProfile profile);

private:
    Result<QList<Enrollment>> affectedByBank(Id bankProfileId);
    Result<TaxProfile> storeTax(const Actor& actor, const Grants& g, const QString& partnerId,
                                TaxProfile profile, int expectedVersion, bool add);

    AppContext& m_ctx;
};

} // namespace incentives
