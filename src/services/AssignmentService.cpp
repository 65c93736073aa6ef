#include "services/AssignmentService.h"

#include "core/CreditNote.h"

#include "core/Validators.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/SummaryService.h"
#include "services/Workflow.h"

#include <QCoreApplication>

#include <algorithm>

namespace incentives {
namespace {
// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentService)
};

Error problemsError(const QList<rules::Problem>& problems)
{
    QStringList parts;
    for (const auto& p : problems)
        parts.append(p.message);
    return makeError(ErrorKind::Invalid, parts.join(QLatin1Char(' ')), problems.first().field);
}

// The currencies the program pays in that a bank in this country can take (all of the program's
// while no bank profile is chosen).
QStringList allowedCurrencies(const Program& program, const QString& bankCountry)
{
    if (bankCountry.isEmpty())
        return program.currencies;
    const QStringList bank = rules::currenciesForBankCountry(bankCountry);
    QStringList out;
    for (const QString& c : program.currencies)
        if (bank.contains(c))
            out.append(c);
    return out;
}
} // namespace

QString taxProfileLabel(const TaxProfile& t)
{
    return Tr::tr("%1 #%2 (%3)").arg(taxFormLabel(t.form)).arg(t.id).arg(profileStatusLabel(t.status));
}

Result<AssignmentService::Target> AssignmentService::target(const QString& programName,
                                                            const QString& partnerId)
{
    auto program = m_ctx.programs().programByName(programName);
    if (!program)
        return program.error();
    auto location = m_ctx.directory().locationByPartnerId(partnerId);
    if (!location)
        return location.error();
    auto e = m_ctx.enrollments().find(program->id, location->id);
    if (!e)
        return e.error();
    if (!e->has_value())
        return makeError(
            ErrorKind::NotFound,
            Tr::tr("%1 has no enrollment for location %2.").arg(program->name, location->partnerId));
    return Target{*program, *location, **e};
}

Result<BankProfile> AssignmentService::bankByIdOrName(const QString& text)
{
    bool number = false;
    const Id id = text.trimmed().toLongLong(&number);
    if (number) {
        auto byId = m_ctx.profiles().bankProfile(id);
        if (byId)
            return byId;
        if (byId.error().kind != ErrorKind::NotFound)
            return byId.error();
        return makeError(ErrorKind::NotFound, Tr::tr("There is no bank profile %1.").arg(id),
                         QStringLiteral("bank"));
    }
    auto byName = m_ctx.profiles().bankProfileByName(text.trimmed());
    if (!byName && byName.error().kind == ErrorKind::NotFound)
        return makeError(ErrorKind::NotFound, byName.error().message, QStringLiteral("bank"));
    return byName;
}

Result<AssignmentRow> AssignmentService::build(const Grants& g, const Enrollment& e, const Program& program,
                                               const Location& location, Lookups* lookups)
{
    AssignmentRow row;
    row.enrollment = e;
    const Id bankId = e.bankProfileId > 0 ? e.bankProfileId : location.defaultBankProfileId;
    row.bankFromDefault = e.bankProfileId == 0 && bankId > 0;
    QString bankCountry;
    QString proposed;
    if (bankId > 0) {
        Result<BankProfile> bank = lookups && lookups->banks.contains(bankId)
                                       ? Result<BankProfile>(lookups->banks.value(bankId))
                                       : m_ctx.profiles().bankProfile(bankId);
        if (!bank)
            return bank.error();
        if (lookups)
            lookups->banks.insert(bankId, *bank);
        row.bankProfileId = bank->id;
        row.bankProfile = bank->name;
        row.paymentMethod = paymentMethodLabel(bank->method);
        bankCountry = bank->country;
        proposed = bank->currency;
    }
    Result<QList<TaxProfile>> taxes = lookups && lookups->taxes.contains(location.id)
                                          ? Result<QList<TaxProfile>>(lookups->taxes.value(location.id))
                                          : m_ctx.profiles().taxProfiles(location.id);
    if (!taxes)
        return taxes.error();
    if (lookups)
        lookups->taxes.insert(location.id, *taxes);
    for (const TaxProfile& t : std::as_const(*taxes))
        row.taxProfiles.append(maskedTax(t));
    const Id taxId = e.taxProfileId > 0 ? e.taxProfileId : (taxes->isEmpty() ? 0 : taxes->first().id);
    row.taxFromDefault = e.taxProfileId == 0 && taxId > 0;
    for (const TaxProfile& t : std::as_const(*taxes))
        if (t.id == taxId) {
            row.taxProfileId = t.id;
            row.taxProfile = taxProfileLabel(t);
        }
    row.currency = e.currency.isEmpty() ? proposed : e.currency;
    row.currencyProposed = e.currency.isEmpty() && !proposed.isEmpty();
    row.currencies = allowedCurrencies(program, bankCountry);
    row.programCurrencies = program.currencies;
    row.mayEdit = authorize(g, Action::AssignProfiles, location.id);
    const Status mayHoldAtAll = authorize(g, Action::HoldPayments, location.id);
    row.mayHold = mayHoldAtAll ? rules::paymentHoldChange(e.status, e.paymentHold, true) : mayHoldAtAll;
    row.mayRelease = mayHoldAtAll ? rules::paymentHoldChange(e.status, e.paymentHold, false) : mayHoldAtAll;
    return row;
}

Result<AssignmentPage> AssignmentService::readPage(const Grants& g, const AssignmentQuery& query,
                                                   const std::optional<Enrollment>& after)
{
    // Viewing profiles and the workspace take the same role (a role for the location): the
    // workspace's filter is the viewer's locations, its order by PartnerID is the list's.
    WorkspaceFilter filter;
    filter.viewerId = g.accountAdmin ? 0 : g.userId;
    filter.search = query.search.trimmed();
    PageRequest request;
    request.limit = qBound(1, query.limit, 10000) + 1;
    request.anchor = after;
    auto enrollments = m_ctx.enrollments().page(filter, WorkspaceSort::Location, true, request);
    if (!enrollments)
        return enrollments.error();
    AssignmentPage out;
    out.more = enrollments->size() >= request.limit;
    if (out.more)
        enrollments->removeLast();
    QList<Id> locationIds;
    for (const Enrollment& e : std::as_const(*enrollments))
        if (locationIds.isEmpty() || locationIds.constLast() != e.locationId)
            locationIds.append(e.locationId);
    auto locations = m_ctx.directory().locationsById(locationIds);
    if (!locations)
        return locations.error();
    QHash<Id, Location> locationById;
    for (const Location& l : std::as_const(*locations))
        locationById.insert(l.id, l);
    auto programs = m_ctx.programs().programs();
    if (!programs)
        return programs.error();
    QHash<Id, Program> programById;
    for (const Program& p : std::as_const(*programs))
        programById.insert(p.id, p);
    Lookups lookups;
    for (const Enrollment& e : std::as_const(*enrollments)) {
        auto row = build(g, e, programById.value(e.programId), locationById.value(e.locationId), &lookups);
        if (!row)
            return row.error();
        out.rows.append(*row);
    }
    return out;
}

Result<QList<AssignmentRow>> AssignmentService::list(const Actor& actor)
{
    return m_ctx.view<QList<AssignmentRow>>(actor, [&](const Grants& g) -> Result<QList<AssignmentRow>> {
        if (!g.active || g.userId == 0)
            return makeError(
                ErrorKind::Denied,
                QCoreApplication::translate("Authorization", "This user account is deactivated or unknown."));
        // Page after page, each one seek past the last row of the one before.
        AssignmentQuery query;
        query.limit = 2000;
        QList<AssignmentRow> rows;
        std::optional<Enrollment> after;
        for (;;) {
            auto page = readPage(g, query, after);
            if (!page)
                return page.error();
            rows.append(page->rows);
            if (!page->more || page->rows.isEmpty())
                return rows;
            after = page->rows.constLast().enrollment;
        }
    });
}

Result<AssignmentPage> AssignmentService::page(const Actor& actor, const AssignmentQuery& query)
{
    return m_ctx.view<AssignmentPage>(actor, [&](const Grants& g) -> Result<AssignmentPage> {
        if (!g.active || g.userId == 0)
            return makeError(
                ErrorKind::Denied,
                QCoreApplication::translate("Authorization", "This user account is deactivated or unknown."));
        return readPage(g, query, std::nullopt);
    });
}

Result<AssignmentRow> AssignmentService::row(const Actor& actor, const QString& program,
                                             const QString& partnerId)
{
    return m_ctx.view<AssignmentRow>(actor, [&](const Grants& g) -> Result<AssignmentRow> {
        auto t = target(program, partnerId);
        if (!t)
            return t.error();
        if (auto s = authorize(g, Action::ViewProfiles, t->location.id); !s)
            return s.error();
        return build(g, t->enrollment, t->program, t->location);
    });
}

Result<QList<BankProfile>> AssignmentService::bankChoices(const Actor& actor, const QString& partnerId)
{
    return m_ctx.view<QList<BankProfile>>(actor, [&](const Grants& g) -> Result<QList<BankProfile>> {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        if (auto s = authorize(g, Action::AssignProfiles, location->id); !s)
            return s.error();
        auto owners = bankProfileOwners(m_ctx);
        if (!owners)
            return owners.error();
        auto all = m_ctx.profiles().bankProfiles();
        if (!all)
            return all.error();
        QList<BankProfile> out;
        for (const BankProfile& p : *all)
            if (authorizeBankProfile(g, BankProfileUse::Use, owners->value(p.id)))
                out.append(maskedFor(p, false));
        return out;
    });
}

Result<AssignmentRow> AssignmentService::set(const Actor& actor, const QString& program,
                                             const QString& partnerId, const AssignmentChange& change)
{
    return m_ctx.change<AssignmentRow>(
        actor, QStringLiteral("assignment.set"), [&](const Grants& g) -> Result<AssignmentRow> {
            auto t = target(program, partnerId);
            if (!t)
                return t.error();
            if (auto s = authorize(g, Action::AssignProfiles, t->location.id); !s)
                return s.error();
            Enrollment& e = t->enrollment;
            const Enrollment before = e;
            std::optional<BankProfile> bank;
            if (!change.bankProfile.trimmed().isEmpty()) {
                auto chosen = bankByIdOrName(change.bankProfile);
                if (!chosen)
                    return chosen.error();
                auto owners = bankProfileOwners(m_ctx, *chosen);
                if (!owners)
                    return owners.error();
                if (auto s = authorizeBankProfile(g, BankProfileUse::Use, *owners); !s)
                    return s.error();
                // A credit note pays only programs that pay by credit note, in its countries.
                if (const QString refused = creditnote::refusal(*chosen, t->program, t->location.country);
                    !refused.isEmpty())
                    return makeError(ErrorKind::Invalid, refused, QStringLiteral("bank"));
                bank = *chosen;
                e.bankProfileId = chosen->id;
            } else {
                const Id id = e.bankProfileId > 0 ? e.bankProfileId : t->location.defaultBankProfileId;
                if (id > 0) {
                    auto current = m_ctx.profiles().bankProfile(id);
                    if (!current)
                        return current.error();
                    bank = *current;
                }
            }
            std::optional<TaxProfile> tax;
            if (change.taxProfile) {
                auto chosen = m_ctx.profiles().taxProfileById(*change.taxProfile);
                if (!chosen && chosen.error().kind != ErrorKind::NotFound)
                    return chosen.error();
                if (!chosen)
                    return makeError(
                        ErrorKind::Invalid,
                        Tr::tr("Location %1 has no tax profile %2; choose one of its own on the Payout and "
                               "tax profiles page.")
                            .arg(t->location.partnerId)
                            .arg(*change.taxProfile),
                        QStringLiteral("tax"));
                if (const auto problems =
                        rules::checkAssignmentTax(*chosen, t->location, m_ctx.clock().now().date());
                    !problems.isEmpty())
                    return problemsError(problems);
                auto current = m_ctx.profiles().assignedTaxProfile(e);
                if (!current)
                    return current.error();
                // The profile it already uses (the location's first, while none was chosen) is no change.
                if (!current->has_value() || (*current)->id != chosen->id)
                    e.taxProfileId = chosen->id;
                tax = *chosen;
            } else {
                auto current = m_ctx.profiles().assignedTaxProfile(e);
                if (!current)
                    return current.error();
                tax = *current;
            }
            QString currency = change.currency.trimmed();
            const bool bankChanged = e.bankProfileId != before.bankProfileId;
            if (currency.isEmpty() && bankChanged && e.currency.isEmpty() && bank)
                currency = bank->currency; // the new profile's proposal
            if (currency.isEmpty() && bankChanged)
                currency = e.currency; // the enrollment's own must suit the new bank too
            if (!currency.isEmpty()) {
                if (const auto problems = rules::checkAssignmentCurrency(currency, t->program,
                                                                         bank ? bank->country : QString());
                    !problems.isEmpty())
                    return problemsError(problems);
                e.currency = currency;
            }
            const bool changed = e.bankProfileId != before.bankProfileId || e.currency != before.currency ||
                                 e.taxProfileId != before.taxProfileId;
            if (changed) {
                e.updatedAt = m_ctx.clock().now();
                if (auto s = m_ctx.enrollments().update(e); !s)
                    return s.error();
                if (auto s = m_ctx.audit(
                        actor, QStringLiteral("assignment.set"), t->location.partnerId, t->program.name,
                        QStringLiteral("bank %1, tax %2, currency %3")
                            .arg(bank ? bank->name : QStringLiteral("-"),
                                 tax ? QStringLiteral("%1 %2").arg(taxFormLabel(tax->form)).arg(tax->id)
                                     : QStringLiteral("-"),
                                 e.currency.isEmpty() ? QStringLiteral("-") : e.currency));
                    !s)
                    return s.error();
                // What it is paid with changed: as after a profile edit, an enrolled or validating
                // enrollment validates again, an enrolling one learns what it still needs.
                if (auto s = workflow::profileChanged(m_ctx, actor, {e}); !s)
                    return s.error();
            }
            auto stored = m_ctx.enrollments().enrollment(e.id);
            if (!stored)
                return stored.error();
            return build(g, *stored, t->program, t->location);
        });
}

Result<AssignmentRow> AssignmentService::hold(const Actor& actor, const QString& program,
                                              const QString& partnerId, bool onHold)
{
    return m_ctx.change<AssignmentRow>(
        actor, onHold ? QStringLiteral("payment.hold") : QStringLiteral("payment.release"),
        [&](const Grants& g) -> Result<AssignmentRow> {
            auto t = target(program, partnerId);
            if (!t)
                return t.error();
            if (auto s = authorize(g, Action::HoldPayments, t->location.id); !s)
                return s.error();
            Enrollment& e = t->enrollment;
            if (auto s = rules::paymentHoldChange(e.status, e.paymentHold, onHold); !s)
                return s.error();
            e.paymentHold = onHold;
            e.updatedAt = m_ctx.clock().now();
            if (auto s = m_ctx.enrollments().update(e); !s)
                return s.error();
            if (auto s = m_ctx.audit(
                    actor, onHold ? QStringLiteral("payment.hold") : QStringLiteral("payment.release"),
                    t->location.partnerId, t->program.name);
                !s)
                return s.error();
            return build(g, e, t->program, t->location);
        });
}

Result<DefaultsOutcome> AssignmentService::setDefaults(const Actor& actor, const QString& bankProfile,
                                                       const QString& currencyInput,
                                                       const QStringList& partnerIds)
{
    return m_ctx.change<DefaultsOutcome>(
        actor, QStringLiteral("assignment.defaults"), [&](const Grants& g) -> Result<DefaultsOutcome> {
            if (partnerIds.isEmpty())
                return makeError(ErrorKind::Invalid, Tr::tr("Choose at least one location."),
                                 QStringLiteral("locations"));
            // Who may assign comes first: a location the user may not see is refused, not unknown.
            QList<Location> locations;
            for (const QString& partnerId : partnerIds) {
                auto location = m_ctx.directory().locationByPartnerId(partnerId.trimmed());
                if (!location)
                    return location.error();
                if (auto s = authorize(g, Action::AssignProfiles, location->id); !s)
                    return s.error();
                if (auto s = authorize(g, Action::SetDefaultBank, location->id); !s)
                    return s.error();
                if (std::none_of(locations.cbegin(), locations.cend(),
                                 [&](const Location& l) { return l.id == location->id; }))
                    locations.append(*location);
            }
            auto bank = bankByIdOrName(bankProfile);
            if (!bank)
                return bank.error();
            QString currency = currencyInput.trimmed();
            const auto check = validators::currencyCode(currency);
            if (!check.valid())
                return makeError(ErrorKind::Invalid, check.error, QStringLiteral("currency"));
            currency = check.normalized;
            if (!rules::currenciesForBankCountry(bank->country).contains(currency))
                return makeError(
                    ErrorKind::Invalid,
                    Tr::tr("%1 is not accepted for a bank account in %2.").arg(currency, bank->country),
                    QStringLiteral("currency"));
            for (const Location& l : std::as_const(locations))
                if (const QString refused = creditnote::refusal(*bank, l.country); !refused.isEmpty())
                    return makeError(ErrorKind::Invalid, refused, QStringLiteral("bank"));
            auto owners = bankProfileOwners(m_ctx, *bank);
            if (!owners)
                return owners.error();
            if (auto s = authorizeBankProfile(g, BankProfileUse::Use, *owners); !s)
                return s.error();
            auto programs = m_ctx.programs().programs();
            if (!programs)
                return programs.error();
            QHash<Id, Program> byId;
            for (const Program& p : *programs)
                byId.insert(p.id, p);
            DefaultsOutcome out;
            for (const Location& location : locations) {
                if (location.defaultBankProfileId != bank->id)
                    if (auto s = m_ctx.directory().setDefaultBank(location.id, bank->id); !s)
                        return s.error();
                if (auto s = m_ctx.audit(actor, QStringLiteral("assignment.defaults"), location.partnerId, {},
                                         QStringLiteral("%1, %2").arg(bank->name, currency));
                    !s)
                    return s.error();
                ++out.locations;
                auto rows = m_ctx.enrollments().ofLocation(location.id);
                if (!rows)
                    return rows.error();
                for (Enrollment e : *rows) {
                    if (e.bankProfileId != 0)
                        continue; // paid from a profile chosen for it, not from the default
                    if (e.currency.isEmpty()) {
                        if (byId.value(e.programId).currencies.contains(currency)) {
                            e.currency = currency;
                            e.updatedAt = m_ctx.clock().now();
                            if (auto s = m_ctx.enrollments().update(e); !s)
                                return s.error();
                            ++out.assigned;
                        } else {
                            out.unchanged.append(workflow::describe(e));
                        }
                    }
                    if (auto s = workflow::refreshEnrolling(m_ctx, e); !s)
                        return s.error();
                }
            }
            return out;
        });
}

} // namespace incentives
