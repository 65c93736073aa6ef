#include "services/ProfileService.h"
#include "services/ActionCenter.h"

#include "core/CreditNote.h"
#include "core/EnrollmentRules.h"
#include "services/EnrollmentService.h"
#include "services/Workflow.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace incentives {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileService)
};

Error problemsError(const QList<rules::Problem>& problems)
{
    QStringList parts;
    for (const auto& p : problems)
        parts.append(p.message);
    return makeError(ErrorKind::Invalid, parts.join(QLatin1Char(' ')), problems.first().field);
}

QString bankSummary(const BankProfile& p)
{
    if (p.method == PaymentMethod::CreditNote)
        return QStringLiteral("%1, %2, %3, credit note to tenant %4 (%5)%6")
            .arg(p.name, p.country, p.currency, p.tenantId, creditNoteStatusCode(p.creditNoteStatus),
                 p.taxExempt ? QStringLiteral(", tax exemption requested") : QString());
    const QString account = !p.iban.isEmpty() ? p.iban : p.accountNumber;
    return QStringLiteral("%1, %2, %3, account %4").arg(p.name, p.country, p.currency, maskAccount(account));
}

// Whether a profile of this method may be made for a location in this country. A credit-note
// profile belongs to the country of the location whose CSP tenant it names.
std::optional<Error> creditNotePlace(BankProfile& profile, const Location& owner)
{
    if (profile.method != PaymentMethod::CreditNote)
        return std::nullopt;
    if (profile.country.trimmed().isEmpty())
        profile.country = owner.country;
    if (!creditnote::offeredIn(owner.country))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Credit note is not offered in the country of %1; choose bank transfer.")
                             .arg(owner.partnerId),
                         QStringLiteral("method"));
    if (profile.country.trimmed().toUpper() != owner.country)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("A credit-note profile is in the country of its location (%1).").arg(owner.country),
            QStringLiteral("country"));
    return std::nullopt;
}

// The moment a tax form stops being valid: the start of the day after its expiry date.
QDateTime expiryMoment(const TaxProfile& t)
{
    const QDate expiry = rules::taxExpiry(t);
    return expiry.isValid() ? QDateTime(expiry.addDays(1), QTime(0, 0), QTimeZone::utc()) : QDateTime();
}

} // namespace

Result<QSet<Id>> bankProfileOwners(AppContext& ctx, const BankProfile& profile)
{
    QSet<Id> out;
    if (profile.ownerLocationId > 0)
        out.insert(profile.ownerLocationId);
    auto defaults = ctx.profiles().locationsWithDefault(profile.id);
    if (!defaults)
        return defaults.error();
    for (Id id : *defaults)
        out.insert(id);
    auto used = ctx.enrollments().usingBankProfile(profile.id);
    if (!used)
        return used.error();
    for (const Enrollment& e : *used)
        out.insert(e.locationId);
    return out;
}

Result<QHash<Id, QSet<Id>>> bankProfileOwners(AppContext& ctx)
{
    auto all = ctx.profiles().bankProfiles();
    if (!all)
        return all.error();
    auto locations = ctx.directory().locations();
    if (!locations)
        return locations.error();
    auto use = ctx.enrollments().bankProfileUse();
    if (!use)
        return use.error();
    QHash<Id, QSet<Id>> out;
    for (const BankProfile& p : *all) {
        QSet<Id>& owners = out[p.id];
        owners = use->value(p.id).second;
        if (p.ownerLocationId > 0)
            owners.insert(p.ownerLocationId);
    }
    for (const Location& l : *locations)
        if (l.defaultBankProfileId > 0)
            out[l.defaultBankProfileId].insert(l.id);
    return out;
}

Result<QList<Enrollment>> ProfileService::affectedByBank(Id bankProfileId)
{
    auto used = m_ctx.enrollments().usingBankProfile(bankProfileId);
    if (!used)
        return used.error();
    QList<Enrollment> affected = *used;
    auto defaults = m_ctx.profiles().locationsWithDefault(bankProfileId);
    if (!defaults)
        return defaults.error();
    for (Id location : *defaults) {
        auto rows = m_ctx.enrollments().ofLocation(location);
        if (!rows)
            return rows.error();
        for (const Enrollment& e : *rows)
            if (e.bankProfileId == 0 && e.status == EnrollmentStatus::Enrolling)
                affected.append(e);
    }
    return affected;
}

Result<QList<BankProfileView>> ProfileService::bankProfiles(const Actor& actor)
{
    return m_ctx.view<QList<BankProfileView>>(actor, [&](const Grants& g) -> Result<QList<BankProfileView>> {
        if (!g.active || !g.hasAnyRole())
            return makeError(ErrorKind::Denied,
                             Tr::tr("You have no incentives role. Ask an Account admin for access."));
        auto all = m_ctx.profiles().bankProfiles();
        if (!all)
            return all.error();
        auto locations = m_ctx.directory().locations();
        if (!locations)
            return locations.error();
        auto use = m_ctx.enrollments().bankProfileUse();
        if (!use)
            return use.error();
        auto owners = bankProfileOwners(m_ctx);
        if (!owners)
            return owners.error();
        QHash<Id, QString> partnerIds;
        QHash<Id, QList<Id>> defaults;
        for (const Location& l : *locations) {
            partnerIds.insert(l.id, l.partnerId);
            if (l.defaultBankProfileId > 0)
                defaults[l.defaultBankProfileId].append(l.id);
        }
        QList<BankProfileView> out;
        for (const BankProfile& p : *all) {
            BankProfileView v;
            for (Id id : defaults.value(p.id))
                v.defaultFor.append(partnerIds.value(id));
            const QSet<Id> belongs = owners->value(p.id);
            v.fullDetails = authorizeBankProfile(g, BankProfileUse::ViewFull, belongs).ok();
            v.mayUse = authorizeBankProfile(g, BankProfileUse::Use, belongs);
            v.mayEdit = authorizeBankProfile(g, BankProfileUse::Edit, belongs);
            v.profile = maskedFor(p, v.fullDetails);
            v.ownerPartnerId = partnerIds.value(p.ownerLocationId);
            v.enrollments = use->value(p.id).first;
            out.append(v);
        }
        return out;
    });
}

Result<QList<BankProfileView>> ProfileService::bankProfiles(const Actor& actor, const QString& search,
                                                            int limit)
{
    return m_ctx.view<QList<BankProfileView>>(actor, [&](const Grants& g) -> Result<QList<BankProfileView>> {
        if (!g.active || !g.hasAnyRole())
            return makeError(ErrorKind::Denied,
                             Tr::tr("You have no incentives role. Ask an Account admin for access."));
        auto found = m_ctx.profiles().findBankProfiles(search, limit);
        if (!found)
            return found.error();
        QList<Id> ids;
        for (const BankProfile& p : *found)
            ids.append(p.id);
        auto use = m_ctx.enrollments().bankProfileUse(ids);
        if (!use)
            return use.error();
        auto defaulting = m_ctx.directory().locationsWithDefaultIn(ids);
        if (!defaulting)
            return defaulting.error();
        // The owners of each profile, as bankProfileOwners() has them, and the PartnerIDs shown.
        QHash<Id, QSet<Id>> owners;
        QHash<Id, QList<Id>> defaults;
        QList<Id> named;
        for (const BankProfile& p : *found) {
            owners[p.id] = use->value(p.id).second;
            if (p.ownerLocationId > 0) {
                owners[p.id].insert(p.ownerLocationId);
                named.append(p.ownerLocationId);
            }
        }
        QHash<Id, QString> partnerIds;
        for (const Location& l : *defaulting) {
            owners[l.defaultBankProfileId].insert(l.id);
            defaults[l.defaultBankProfileId].append(l.id);
            partnerIds.insert(l.id, l.partnerId);
        }
        auto owning = m_ctx.directory().locationsById(named);
        if (!owning)
            return owning.error();
        for (const Location& l : *owning)
            partnerIds.insert(l.id, l.partnerId);
        QList<BankProfileView> out;
        for (const BankProfile& p : *found) {
            BankProfileView v;
            for (Id id : defaults.value(p.id))
                v.defaultFor.append(partnerIds.value(id));
            const QSet<Id> belongs = owners.value(p.id);
            v.fullDetails = authorizeBankProfile(g, BankProfileUse::ViewFull, belongs).ok();
            v.mayUse = authorizeBankProfile(g, BankProfileUse::Use, belongs);
            v.mayEdit = authorizeBankProfile(g, BankProfileUse::Edit, belongs);
            v.profile = maskedFor(p, v.fullDetails);
            v.ownerPartnerId = partnerIds.value(p.ownerLocationId);
            v.enrollments = use->value(p.id).first;
            out.append(v);
        }
        return out;
    });
}

Result<BankProfileView> ProfileService::bankProfile(const Actor& actor, const QString& name)
{
    auto all = bankProfiles(actor);
    if (!all)
        return all.error();
    for (const BankProfileView& v : *all)
        if (v.profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return v;
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no bank profile named '%1'.").arg(name.trimmed().left(100)));
}

Result<LocationProfileRights> ProfileService::rightsAt(const Actor& actor, const QString& partnerId)
{
    return m_ctx.view<LocationProfileRights>(actor, [&](const Grants& g) -> Result<LocationProfileRights> {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        LocationProfileRights rights;
        rights.mayAddBank = authorize(g, Action::SetDefaultBank, location->id);
        rights.maySetDefault = authorize(g, Action::SetDefaultBank, location->id);
        rights.mayEditTax = authorize(g, Action::EditTaxProfile, location->id);
        return rights;
    });
}

Result<BankProfile> ProfileService::addBank(const Actor& actor, BankProfile profile, const QString& partnerId)
{
    return m_ctx.change<BankProfile>(
        actor, QStringLiteral("bank-profile.add"), [&](const Grants& g) -> Result<BankProfile> {
            if (auto s = authorize(g, Action::ManageBankProfiles); !s)
                return s.error();
            // A profile belongs to the location it is made for, which its maker administers.
            Id owner = 0;
            if (partnerId.trimmed().isEmpty()) {
                if (g.adminOf.size() != 1)
                    return makeError(ErrorKind::Invalid,
                                     Tr::tr("Say which of your locations this bank profile is for."),
                                     QStringLiteral("location"));
                owner = *g.adminOf.constBegin();
            } else {
                auto location = m_ctx.directory().locationByPartnerId(partnerId);
                if (!location)
                    return location.error();
                if (auto s = authorize(g, Action::SetDefaultBank, location->id); !s)
                    return s.error();
                owner = location->id;
            }
            profile.ownerLocationId = owner;
            auto ownerLocation = m_ctx.directory().location(owner);
            if (!ownerLocation)
                return ownerLocation.error();
            if (auto refused = creditNotePlace(profile, *ownerLocation))
                return *refused;
            if (const auto problems = rules::checkBankProfile(profile); !problems.isEmpty())
                return problemsError(problems);
            // Microsoft has yet to confirm a tenant it has never seen.
            profile.creditNoteStatus = CreditNoteStatus::VerificationNeeded;
            if (auto existing = m_ctx.profiles().bankProfileByName(profile.name); existing)
                return makeError(ErrorKind::Conflict,
                                 Tr::tr("A bank profile named '%1' exists already.").arg(existing->name),
                                 QStringLiteral("name"));
            profile.status = ProfileStatus::PendingValidation;
            profile.statusReason.clear();
            auto id = m_ctx.profiles().insertBank(profile, m_ctx.clock().now());
            if (!id)
                return id.error();
            profile.id = *id;
            profile.version = 1;
            if (auto s =
                    m_ctx.audit(actor, QStringLiteral("bank-profile.added"), {}, {}, bankSummary(profile));
                !s)
                return s.error();
            return profile;
        });
}

Result<BankProfile> ProfileService::editBank(const Actor& actor, const QString& name,
                                             const std::function<void(BankProfile&)>& change,
                                             int expectedVersion)
{
    return m_ctx.change<BankProfile>(
        actor, QStringLiteral("bank-profile.edit"), [&](const Grants& g) -> Result<BankProfile> {
            if (auto s = authorize(g, Action::ManageBankProfiles); !s)
                return s.error();
            auto stored = m_ctx.profiles().bankProfileByName(name);
            if (!stored)
                return stored.error();
            auto owners = bankProfileOwners(m_ctx, *stored);
            if (!owners)
                return owners.error();
            if (auto s = authorizeBankProfile(g, BankProfileUse::Edit, *owners); !s)
                return s.error();
            if (expectedVersion != 0 && expectedVersion != stored->version)
                return rows::stale();
            BankProfile updated = *stored;
            change(updated);
            updated.id = stored->id;
            updated.version = stored->version;
            updated.ownerLocationId = stored->ownerLocationId;
            if (updated.method == PaymentMethod::CreditNote && stored->ownerLocationId > 0) {
                auto ownerLocation = m_ctx.directory().location(stored->ownerLocationId);
                if (!ownerLocation)
                    return ownerLocation.error();
                if (auto refused = creditNotePlace(updated, *ownerLocation))
                    return *refused;
            }
            if (const auto problems = rules::checkBankProfile(updated); !problems.isEmpty())
                return problemsError(problems);
            // The status is the verifier's: a tenant that changed (or is new to the profile) waits
            // for verification again; any other edit keeps it.
            updated.creditNoteStatus = stored->creditNoteStatus;
            if (updated.method == PaymentMethod::CreditNote &&
                (stored->method != PaymentMethod::CreditNote || updated.tenantId != stored->tenantId))
                updated.creditNoteStatus = CreditNoteStatus::VerificationNeeded;
            if (updated.name.compare(stored->name, Qt::CaseInsensitive) != 0)
                if (auto clash = m_ctx.profiles().bankProfileByName(updated.name); clash)
                    return makeError(ErrorKind::Conflict,
                                     Tr::tr("A bank profile named '%1' exists already.").arg(clash->name),
                                     QStringLiteral("name"));
            updated.status = ProfileStatus::PendingValidation;
            updated.statusReason.clear();
            if (auto s = m_ctx.profiles().updateBank(updated, m_ctx.clock().now()); !s)
                return s.error();
            ++updated.version;
            if (auto s =
                    m_ctx.audit(actor, QStringLiteral("bank-profile.edited"), {}, {}, bankSummary(updated));
                !s)
                return s.error();
            if (auto s = actioncenter::profileEdited(m_ctx, ActionLink::BankProfile, updated.id); !s)
                return s.error();
            auto affected = affectedByBank(updated.id);
            if (!affected)
                return affected.error();
            if (auto s = workflow::profileChanged(m_ctx, actor, *affected); !s)
                return s.error();
            return updated;
        });
}

namespace {

// Only an Incentives admin of the location a credit-note profile was made for verifies its tenant:
// the tenant is that location's CSP account.
Status verifyRight(const Grants& g, const BankProfile& profile)
{
    if (profile.method != PaymentMethod::CreditNote)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("'%1' pays by bank transfer; only a credit-note profile has a tenant to verify.")
                .arg(profile.name));
    if (profile.ownerLocationId <= 0 || !g.adminOf.contains(profile.ownerLocationId))
        return makeError(ErrorKind::Denied,
                         Tr::tr("Only an Incentives admin of the location the profile '%1' was created for "
                                "verifies its CSP tenant.")
                             .arg(profile.name));
    if (profile.creditNoteStatus == CreditNoteStatus::Confirmed)
        return makeError(ErrorKind::WrongState,
                         Tr::tr("The CSP tenant of '%1' is confirmed already.").arg(profile.name));
    return {};
}

// The tax profile with this id, refused when it is another location's.
Result<TaxProfile> taxProfileOf(AppContext& ctx, Id taxProfileId, Id locationId)
{
    auto chosen = workflow::chosenTaxProfile(ctx, locationId, taxProfileId);
    if (!chosen)
        return chosen.error();
    return **chosen;
}

} // namespace

Result<Status> ProfileService::mayVerifyCreditNote(const Actor& actor, const QString& name)
{
    return m_ctx.view<Status>(actor, [&](const Grants& g) -> Result<Status> {
        auto stored = m_ctx.profiles().bankProfileByName(name);
        if (!stored)
            return stored.error();
        return verifyRight(g, *stored);
    });
}

Result<BankProfile> ProfileService::verifyCreditNote(const Actor& actor, const QString& name,
                                                     int expectedVersion)
{
    return m_ctx.change<BankProfile>(
        actor, QStringLiteral("bank-profile.verify"), [&](const Grants& g) -> Result<BankProfile> {
            auto stored = m_ctx.profiles().bankProfileByName(name);
            if (!stored)
                return stored.error();
            if (auto s = verifyRight(g, *stored); !s)
                return s.error();
            if (expectedVersion != 0 && expectedVersion != stored->version)
                return rows::stale();
            BankProfile updated = *stored;
            updated.creditNoteStatus = CreditNoteStatus::Confirmed;
            if (auto s = m_ctx.profiles().updateBank(updated, m_ctx.clock().now()); !s)
                return s.error();
            ++updated.version;
            auto location = m_ctx.directory().location(updated.ownerLocationId);
            if (!location)
                return location.error();
            if (auto s = m_ctx.audit(actor, QStringLiteral("bank-profile.verified"), location->partnerId, {},
                                     bankSummary(updated));
                !s)
                return s.error();
            // Enrollments that waited for the tenant may now be submitted.
            auto affected = affectedByBank(updated.id);
            if (!affected)
                return affected.error();
            for (Enrollment e : *affected)
                if (e.status == EnrollmentStatus::Enrolling)
                    if (auto s = workflow::refreshEnrolling(m_ctx, e); !s)
                        return s.error();
            return updated;
        });
}

Result<QList<Enrollment>> ProfileService::revalidatedByBankEdit(const Actor& actor, const QString& name)
{
    return m_ctx.view<QList<Enrollment>>(actor, [&](const Grants& g) -> Result<QList<Enrollment>> {
        if (auto s = authorize(g, Action::ManageBankProfiles); !s)
            return s.error();
        auto stored = m_ctx.profiles().bankProfileByName(name);
        if (!stored)
            return stored.error();
        auto owners = bankProfileOwners(m_ctx, *stored);
        if (!owners)
            return owners.error();
        if (auto s = authorizeBankProfile(g, BankProfileUse::ViewFull, *owners); !s)
            return s.error();
        auto used = m_ctx.enrollments().usingBankProfile(stored->id);
        if (!used)
            return used.error();
        QList<Enrollment> out;
        for (const Enrollment& e : *used)
            if (e.status == EnrollmentStatus::Enrolled || e.status == EnrollmentStatus::Validating)
                out.append(e);
        return out;
    });
}

Result<QList<Enrollment>> ProfileService::revalidatedByTaxEdit(const Actor& actor, const QString& partnerId,
                                                               Id taxProfileId)
{
    return m_ctx.view<QList<Enrollment>>(actor, [&](const Grants& g) -> Result<QList<Enrollment>> {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        if (auto s = authorize(g, Action::ViewProfiles, location->id); !s)
            return s.error();
        auto first = m_ctx.profiles().taxProfile(location->id);
        if (!first)
            return first.error();
        std::optional<TaxProfile> tax = *first;
        if (taxProfileId != 0) {
            auto chosen = taxProfileOf(m_ctx, taxProfileId, location->id);
            if (!chosen)
                return chosen.error();
            tax = *chosen;
        }
        if (!tax)
            return QList<Enrollment>();
        auto rows = m_ctx.enrollments().usingTaxProfile(*tax, *first && (*first)->id == tax->id);
        if (!rows)
            return rows.error();
        QList<Enrollment> out;
        for (const Enrollment& e : *rows)
            if (e.status == EnrollmentStatus::Enrolled || e.status == EnrollmentStatus::Validating)
                out.append(e);
        return out;
    });
}

Result<Done> ProfileService::setDefaultBank(const Actor& actor, const QString& name, const QString& partnerId)
{
    return m_ctx.change<Done>(
        actor, QStringLiteral("bank-profile.assign"), [&](const Grants& g) -> Result<Done> {
            auto location = m_ctx.directory().locationByPartnerId(partnerId);
            if (!location)
                return location.error();
            if (auto s = authorize(g, Action::SetDefaultBank, location->id); !s)
                return s.error();
            auto profile = m_ctx.profiles().bankProfileByName(name);
            if (!profile)
                return profile.error();
            auto owners = bankProfileOwners(m_ctx, *profile);
            if (!owners)
                return owners.error();
            if (auto s = authorizeBankProfile(g, BankProfileUse::Use, *owners); !s)
                return s.error();
            if (const QString refused = creditnote::refusal(*profile, location->country); !refused.isEmpty())
                return makeError(ErrorKind::Invalid, refused, QStringLiteral("bank"));
            if (location->defaultBankProfileId == profile->id)
                return Done{};
            if (auto s = m_ctx.directory().setDefaultBank(location->id, profile->id); !s)
                return s.error();
            if (auto s = m_ctx.audit(actor, QStringLiteral("bank-profile.default"), location->partnerId, {},
                                     profile->name);
                !s)
                return s.error();
            auto rows = m_ctx.enrollments().ofLocation(location->id);
            if (!rows)
                return rows.error();
            for (Enrollment e : *rows)
                if (e.bankProfileId == 0)
                    if (auto s = workflow::refreshEnrolling(m_ctx, e); !s)
                        return s.error();
            return Done{};
        });
}

Result<std::optional<TaxProfile>> ProfileService::taxProfile(const Actor& actor, const QString& partnerId)
{
    using T = std::optional<TaxProfile>;
    return m_ctx.view<T>(actor, [&](const Grants& g) -> Result<T> {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        if (auto s = authorize(g, Action::ViewProfiles, location->id); !s)
            return s.error();
        return m_ctx.profiles().taxProfile(location->id);
    });
}

Result<QList<TaxProfile>> ProfileService::taxProfiles(const Actor& actor, const QString& partnerId)
{
    return m_ctx.view<QList<TaxProfile>>(actor, [&](const Grants& g) -> Result<QList<TaxProfile>> {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        if (auto s = authorize(g, Action::ViewProfiles, location->id); !s)
            return s.error();
        return m_ctx.profiles().taxProfiles(location->id);
    });
}

Result<TaxProfile> ProfileService::taxDraft(const Actor& actor, const QString& partnerId, Id taxProfileId)
{
    return m_ctx.view<TaxProfile>(actor, [&](const Grants& g) -> Result<TaxProfile> {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        if (auto s = authorize(g, Action::ViewProfiles, location->id); !s)
            return s.error();
        if (taxProfileId != 0)
            return taxProfileOf(m_ctx, taxProfileId, location->id);
        auto stored = m_ctx.profiles().taxProfile(location->id);
        if (!stored)
            return stored.error();
        if (stored->has_value())
            return **stored;
        TaxProfile draft;
        draft.locationId = location->id;
        draft.form = rules::requiredTaxForm(location->country);
        draft.signedOn = m_ctx.clock().now().date();
        return draft;
    });
}

Result<TaxProfile> ProfileService::newTaxDraft(const Actor& actor, const QString& partnerId)
{
    return m_ctx.view<TaxProfile>(actor, [&](const Grants& g) -> Result<TaxProfile> {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        if (auto s = authorize(g, Action::ViewProfiles, location->id); !s)
            return s.error();
        TaxProfile draft;
        draft.locationId = location->id;
        draft.form = rules::requiredTaxForm(location->country);
        draft.signedOn = m_ctx.clock().now().date();
        return draft;
    });
}

Result<TaxProfile> ProfileService::setTax(const Actor& actor, const QString& partnerId, TaxProfile profile,
                                          int expectedVersion)
{
    return m_ctx.change<TaxProfile>(actor, QStringLiteral("tax-profile.set"),
                                    [&](const Grants& g) -> Result<TaxProfile> {
                                        return storeTax(actor, g, partnerId, profile, expectedVersion, false);
                                    });
}

Result<TaxProfile> ProfileService::addTax(const Actor& actor, const QString& partnerId, TaxProfile profile)
{
    return m_ctx.change<TaxProfile>(actor, QStringLiteral("tax-profile.add"),
                                    [&](const Grants& g) -> Result<TaxProfile> {
                                        return storeTax(actor, g, partnerId, profile, 0, true);
                                    });
}

Result<TaxProfile> ProfileService::storeTax(const Actor& actor, const Grants& g, const QString& partnerId,
                                            TaxProfile profile, int expectedVersion, bool add)
{
    auto location = m_ctx.directory().locationByPartnerId(partnerId);
    if (!location)
        return location.error();
    if (auto s = authorize(g, Action::EditTaxProfile, location->id); !s)
        return s.error();
    profile.locationId = location->id;
    if (const auto problems = rules::checkTaxProfile(profile, location->country); !problems.isEmpty())
        return problemsError(problems);
    const QDate today = m_ctx.clock().now().date();
    if (profile.signedOn > today)
        return makeError(ErrorKind::Invalid, Tr::tr("The signature date cannot be in the future."),
                         QStringLiteral("signed"));
    if (rules::taxExpired(profile, today))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A %1 signed on %2 expired on %3; sign a new one.")
                             .arg(taxFormLabel(profile.form), profile.signedOn.toString(Qt::ISODate),
                                  rules::taxExpiry(profile).toString(Qt::ISODate)),
                         QStringLiteral("signed"));
    profile.status = ProfileStatus::PendingValidation;
    profile.statusReason.clear();
    const QDateTime now = m_ctx.clock().now();
    auto first = m_ctx.profiles().taxProfile(location->id);
    if (!first)
        return first.error();
    std::optional<TaxProfile> stored;
    if (!add && profile.id != 0) {
        auto chosen = taxProfileOf(m_ctx, profile.id, location->id);
        if (!chosen)
            return chosen.error();
        stored = *chosen;
    } else if (!add) {
        stored = *first;
    }
    if (stored) {
        if (expectedVersion != 0 && expectedVersion != stored->version)
            return rows::stale();
        profile.id = stored->id;
        profile.version = stored->version;
        if (auto s = m_ctx.profiles().updateTax(profile, expiryMoment(profile), now); !s)
            return s.error();
        ++profile.version;
    } else {
        auto id = m_ctx.profiles().insertTax(profile, expiryMoment(profile), now);
        if (!id)
            return id.error();
        profile.id = *id;
        profile.version = 1;
    }
    const bool isFirst = !*first || (*first)->id == profile.id;
    if (auto s =
            m_ctx.audit(actor, add ? QStringLiteral("tax-profile.add") : QStringLiteral("tax-profile.set"),
                        location->partnerId, {}, taxFormCode(profile.form));
        !s)
        return s.error();
    if (auto s =
            actioncenter::profileEdited(m_ctx, ActionLink::TaxProfile, profile.id, expiryMoment(profile));
        !s)
        return s.error();
    // Exactly the enrollments whose assignment uses this profile: those assigned it, and while it
    // is the location's first, those assigned none.
    auto affected = m_ctx.enrollments().usingTaxProfile(profile, isFirst);
    if (!affected)
        return affected.error();
    if (auto s = workflow::profileChanged(m_ctx, actor, *affected); !s)
        return s.error();
    return profile;
}

} // namespace incentives
