#include "services/OrganizationService.h"

#include "core/Eligibility.h"
#include "core/FiscalCalendar.h"
#include "core/StateMachine.h"
#include "core/TextRules.h"
#include "core/Validators.h"
#include "services/Csv.h"
#include "services/Passwords.h"
#include "services/Workflow.h"

#include <QCoreApplication>
#include <QHash>

namespace incentives {
namespace {
// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationService)
};

constexpr qsizetype kMaxImportBytes = 4 * 1024 * 1024;
constexpr int kMaxImportRows = 10000;
constexpr int kMaxCell = 500;

Error invalid(const QString& message, const QString& field = {})
{
    return makeError(ErrorKind::Invalid, message, field);
}

// Free text of one line that may be empty: no control or direction characters, bounded length.
void checkOptionalText(QString& text, const QString& field, int maxLength, QList<rules::Problem>& problems)
{
    text = text.trimmed();
    if (auto s = textrules::checkFreeText(text, field); !s) {
        problems.append({field, s.error().message});
        return;
    }
    if (text.size() > maxLength)
        problems.append({field, Tr::tr("At most %1 characters.").arg(maxLength)});
}

std::optional<bool> yesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    return std::nullopt;
}

// A non-negative whole number, or nullopt.
std::optional<qint64> count(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v < 0 || v > 1000000000000000LL)
        return std::nullopt;
    return v;
}

QString describeAttributes(const LocationAttributes& a)
{
    return QStringLiteral("agreement %1, solutions partner %2, CSP indirect %3, CSP direct %4, revenue %5, "
                          "customers %6")
        .arg(a.agreementActive ? QStringLiteral("active") : QStringLiteral("expired"))
        .arg(a.solutionsPartner)
        .arg(a.cspIndirectReseller)
        .arg(a.cspDirectBill)
        .arg(a.trailingRevenueUsd)
        .arg(a.customerAdds);
}

} // namespace

int ImportPreview::invalidRows() const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [](const ImportRow& r) { return !r.problem.isEmpty(); }));
}

QStringList ImportPreview::messages() const
{
    QStringList out;
    if (!problem.isEmpty())
        out.append(problem);
    for (const ImportRow& r : rows)
        if (!r.problem.isEmpty())
            out.append(Tr::tr("Line %1: %2").arg(r.line).arg(r.problem));
    return out;
}

QList<rules::Problem> OrganizationService::checkLocation(LocationInput& in)
{
    QList<rules::Problem> problems;
    const auto id = validators::partnerId(in.partnerId);
    if (!id.valid())
        problems.append({QStringLiteral("partner_id"), id.error});
    else
        in.partnerId = id.normalized;
    const auto name = validators::displayName(in.name, 120);
    if (!name.valid())
        problems.append({QStringLiteral("name"), name.error});
    else
        in.name = name.normalized;
    const auto legal = validators::displayName(in.legalName, 200);
    if (!legal.valid())
        problems.append({QStringLiteral("legal_name"), legal.error});
    else
        in.legalName = legal.normalized;
    const auto country = validators::countryCode(in.country);
    if (!country.valid())
        problems.append({QStringLiteral("country"), country.error});
    else
        in.country = country.normalized;
    checkOptionalText(in.city, QStringLiteral("city"), 120, problems);
    checkOptionalText(in.address, QStringLiteral("address"), 300, problems);
    if (in.attributes.trailingRevenueUsd < 0)
        problems.append({QStringLiteral("revenue"), Tr::tr("Revenue cannot be negative.")});
    if (in.attributes.customerAdds < 0)
        problems.append(
            {QStringLiteral("customers"), Tr::tr("The number of new customers cannot be negative.")});
    return problems;
}

Result<Location> OrganizationService::location(const Actor& actor, const QString& partnerId)
{
    return m_ctx.view<Location>(actor, [&](const Grants& g) -> Result<Location> {
        if (auto s = authorize(g, Action::ManageLocations); !s)
            return s.error();
        return m_ctx.directory().locationByPartnerId(partnerId);
    });
}

Result<Location> OrganizationService::addLocation(const Actor& actor, LocationInput input)
{
    return m_ctx.change<Location>(
        actor, QStringLiteral("locations.add"), [&](const Grants& g) -> Result<Location> {
            if (auto s = authorize(g, Action::ManageLocations); !s)
                return s.error();
            if (const auto problems = checkLocation(input); !problems.isEmpty())
                return invalid(problems.first().message, problems.first().field);
            if (m_ctx.directory().locationByPartnerId(input.partnerId))
                return makeError(
                    ErrorKind::Conflict,
                    Tr::tr("A location with the PartnerID %1 exists already.").arg(input.partnerId),
                    QStringLiteral("partner_id"));
            Location l;
            l.partnerId = input.partnerId;
            l.name = input.name;
            l.legalName = input.legalName;
            l.country = input.country;
            l.city = input.city;
            l.address = input.address;
            l.attributes = input.attributes;
            auto id = m_ctx.directory().insertLocation(l);
            if (!id)
                return id.error();
            if (auto s =
                    m_ctx.audit(actor, QStringLiteral("location.added"), l.partnerId, {},
                                QStringLiteral("%1 (%2), %3; %4")
                                    .arg(l.name, l.legalName, l.country, describeAttributes(l.attributes)));
                !s)
                return s.error();
            return m_ctx.directory().location(*id);
        });
}

Result<Location> OrganizationService::editLocation(const Actor& actor, LocationInput input)
{
    return m_ctx.change<Location>(
        actor, QStringLiteral("locations.edit"), [&](const Grants& g) -> Result<Location> {
            if (auto s = authorize(g, Action::ManageLocations); !s)
                return s.error();
            if (const auto problems = checkLocation(input); !problems.isEmpty())
                return invalid(problems.first().message, problems.first().field);
            auto stored = m_ctx.directory().locationByPartnerId(input.partnerId);
            if (!stored)
                return stored.error();
            Location l = *stored;
            if (input.version > 0)
                l.version = input.version;
            l.name = input.name;
            l.legalName = input.legalName;
            l.country = input.country;
            l.city = input.city;
            l.address = input.address;
            l.attributes = input.attributes;
            if (auto s = m_ctx.directory().updateLocation(l); !s)
                return s.error();
            if (auto s =
                    m_ctx.audit(actor, QStringLiteral("location.changed"), l.partnerId, {},
                                QStringLiteral("%1 (%2), %3; %4")
                                    .arg(l.name, l.legalName, l.country, describeAttributes(l.attributes)));
                !s)
                return s.error();
            return m_ctx.directory().location(l.id);
        });
}

Result<Program> OrganizationService::recordProgram(const Actor& actor, Program program)
{
    return m_ctx.change<Program>(
        actor, QStringLiteral("programs.record"), [&](const Grants& g) -> Result<Program> {
            if (auto s = authorize(g, Action::RecordPrograms); !s)
                return s.error();
            const auto name = validators::displayName(program.name, 120);
            if (!name.valid())
                return invalid(name.error, QStringLiteral("name"));
            program.name = name.normalized;
            if (program.currencies.isEmpty())
                return invalid(Tr::tr("Name at least one payout currency."), QStringLiteral("currencies"));
            for (QString& c : program.currencies) {
                const auto check = validators::currencyCode(c);
                if (!check.valid())
                    return invalid(check.error, QStringLiteral("currencies"));
                c = check.normalized;
            }
            program.currencies.removeDuplicates();
            if (auto s = textrules::checkFreeText(program.criteria, QStringLiteral("criteria")); !s)
                return s.error();
            auto criteria = eligibility::parse(program.criteria);
            if (!criteria)
                return invalid(criteria.error().message, QStringLiteral("criteria"));
            program.criteria = eligibility::format(*criteria);
            if (program.openToAll && !criteria->isEmpty())
                return invalid(Tr::tr("A program open to all has no eligibility criteria."),
                               QStringLiteral("criteria"));
            if (program.methods.isEmpty())
                program.methods = {PaymentMethod::BankTransfer};
            program.fiscalYear = fiscal::yearOf(m_ctx.clock().now());
            if (program.guide.isEmpty())
                program.guide = program.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                                QStringLiteral(".html");
            if (m_ctx.programs().programByName(program.name))
                return makeError(ErrorKind::Conflict,
                                 Tr::tr("A program named '%1' exists already.").arg(program.name),
                                 QStringLiteral("name"));
            auto id = m_ctx.programs().insert(program);
            if (!id)
                return id.error();
            if (auto s = m_ctx.audit(
                    actor, QStringLiteral("program.recorded"), {}, program.name,
                    QStringLiteral("%1; %2; %3")
                        .arg(programStateCode(program.state), program.currencies.join(QLatin1Char(',')),
                             program.openToAll ? QStringLiteral("open to all") : program.criteria));
                !s)
                return s.error();
            return m_ctx.programs().program(*id);
        });
}

Result<Enrollment> OrganizationService::recordInvitation(const Actor& actor, const QString& programName,
                                                         const QString& partnerId)
{
    return m_ctx.change<Enrollment>(
        actor, QStringLiteral("invitation.record"), [&](const Grants& g) -> Result<Enrollment> {
            auto program = m_ctx.programs().programByName(programName);
            if (!program)
                return program.error();
            auto location = m_ctx.directory().locationByPartnerId(partnerId);
            if (!location)
                return location.error();
            if (auto s = authorize(g, Action::RecordInvitation, location->id); !s)
                return s.error();
            if (program->state != ProgramState::Open)
                return makeError(ErrorKind::WrongState,
                                 Tr::tr("%1 is %2: it takes no new invitations.")
                                     .arg(program->name, programStateLabel(program->state)));
            auto existing = m_ctx.enrollments().find(program->id, location->id);
            if (!existing)
                return existing.error();
            Enrollment e;
            if (!existing->has_value()) {
                auto created = workflow::invite(m_ctx, *program, *location, EnrollmentStatus::Invited);
                if (!created)
                    return created.error();
                e = *created;
            } else {
                e = **existing;
                if (e.status != EnrollmentStatus::Ineligible && e.status != EnrollmentStatus::Inactive &&
                    e.status != EnrollmentStatus::Discontinued)
                    return makeError(ErrorKind::WrongState,
                                     Tr::tr("%1 at %2 has its invitation already: it is %3.")
                                         .arg(program->name, location->partnerId, statusLabel(e.status)));
                // The same steps the simulated side takes, through the state machine.
                e.fiscalYear = program->fiscalYear;
                const EnrollmentEvent event = e.status == EnrollmentStatus::Inactive
                                                  ? EnrollmentEvent::Reactivated
                                                  : EnrollmentEvent::EligibilityRegained;
                if (auto s = workflow::apply(m_ctx, actor, e, event, Reason::None); !s)
                    return s.error();
                if (auto s = m_ctx.enrollments().renewInvitation(e.id, m_ctx.clock().now()); !s)
                    return s.error();
                if (auto s = workflow::deliverInvitation(m_ctx, e); !s)
                    return s.error();
            }
            if (auto s = m_ctx.audit(actor, QStringLiteral("invitation.recorded"), location->partnerId,
                                     program->name);
                !s)
                return s.error();
            return m_ctx.enrollments().enrollment(e.id);
        });
}

Result<QList<Location>> OrganizationService::invitationLocations(const Actor& actor)
{
    return m_ctx.view<QList<Location>>(actor, [&](const Grants& g) -> Result<QList<Location>> {
        auto all = m_ctx.directory().locations();
        if (!all)
            return all.error();
        QList<Location> out;
        for (const Location& l : *all)
            if (authorize(g, Action::RecordInvitation, l.id))
                out.append(l);
        return out;
    });
}

Status OrganizationService::mayRecordOutcome(const Actor& actor, const Enrollment& e)
{
    auto g = m_ctx.grants(actor);
    if (!g)
        return g.error();
    if (auto s = authorize(*g, Action::RecordOutcome, e.locationId); !s)
        return s;
    if (auto next = nextStatus(e.status, EnrollmentEvent::ValidationPassed); !next)
        return next.error();
    return {};
}

Result<Enrollment> OrganizationService::recordOutcome(const Actor& actor, const QString& programName,
                                                      const QString& partnerId, bool approved,
                                                      const QString& reasonText)
{
    const QString reason = reasonText.simplified();
    return m_ctx.change<Enrollment>(
        actor, QStringLiteral("validation.record"), [&](const Grants& g) -> Result<Enrollment> {
            auto program = m_ctx.programs().programByName(programName);
            if (!program)
                return program.error();
            auto location = m_ctx.directory().locationByPartnerId(partnerId);
            if (!location)
                return location.error();
            if (auto s = authorize(g, Action::RecordOutcome, location->id); !s)
                return s.error();
            if (!approved && reason.isEmpty())
                return invalid(Tr::tr("Give the reason Partner Center shows for the rejection."),
                               QStringLiteral("reason"));
            if (auto s = textrules::checkFreeText(reason, QStringLiteral("reason")); !s)
                return s.error();
            if (reason.size() > 500)
                return invalid(Tr::tr("At most %1 characters.").arg(500), QStringLiteral("reason"));
            auto found = m_ctx.enrollments().find(program->id, location->id);
            if (!found)
                return found.error();
            if (!found->has_value())
                return makeError(
                    ErrorKind::NotFound,
                    Tr::tr("%1 has no enrollment at %2.").arg(program->name, location->partnerId));
            Enrollment e = **found;
            // The state machine decides: only an enrollment in Validating takes an outcome.
            const EnrollmentEvent event =
                approved ? EnrollmentEvent::ValidationPassed : EnrollmentEvent::ValidationRejected;
            if (auto next = nextStatus(e.status, event); !next)
                return next.error();
            auto pending = m_ctx.enrollments().pendingValidation(e.id);
            if (!pending)
                return pending.error();
            const QDateTime now = m_ctx.clock().now();
            if (pending->has_value())
                if (auto s = m_ctx.enrollments().resolveValidation(
                        (*pending)->id, approved ? QStringLiteral("approved") : QStringLiteral("rejected"),
                        reason, now);
                    !s)
                    return s.error();
            if (approved) {
                // Microsoft validated the profiles the enrollment was submitted with.
                auto context = workflow::contextFor(m_ctx, e);
                if (!context)
                    return context.error();
                if (context->bank)
                    if (auto s = m_ctx.profiles().setBankStatus(context->bank->id, ProfileStatus::Approved,
                                                                {}, now);
                        !s)
                        return s.error();
                if (context->tax)
                    if (auto s =
                            m_ctx.profiles().setTaxStatus(context->tax->id, ProfileStatus::Approved, {}, now);
                        !s)
                        return s.error();
            }
            if (auto s = workflow::apply(m_ctx, actor, e, event,
                                         approved ? Reason::None : Reason::RejectedByReviewer, reason);
                !s)
                return s.error();
            if (auto s = m_ctx.audit(
                    actor, QStringLiteral("validation.recorded"), location->partnerId, program->name,
                    approved ? QStringLiteral("approved") : QStringLiteral("rejected: %1").arg(reason));
                !s)
                return s.error();
            return m_ctx.enrollments().enrollment(e.id);
        });
}

QStringList OrganizationService::importColumns(ImportKind kind)
{
    if (kind == ImportKind::Users)
        return {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role"),
                QStringLiteral("location")};
    return {QStringLiteral("partner_id"),   QStringLiteral("name"),
            QStringLiteral("legal_name"),   QStringLiteral("country"),
            QStringLiteral("city"),         QStringLiteral("address"),
            QStringLiteral("agreement"),    QStringLiteral("solutions_partner"),
            QStringLiteral("csp_indirect"), QStringLiteral("csp_direct"),
            QStringLiteral("revenue_usd"),  QStringLiteral("customers")};
}

QStringList OrganizationService::requiredImportColumns(ImportKind kind)
{
    return importColumns(kind).mid(0, kind == ImportKind::Users ? 2 : 4);
}

ImportPreview OrganizationService::check(ImportKind kind, const QByteArray& content)
{
    ImportPreview p;
    p.kind = kind;
    if (content.size() > kMaxImportBytes) {
        p.problem = Tr::tr("The file is larger than %1 MiB.").arg(kMaxImportBytes / (1024 * 1024));
        return p;
    }
    QString problem;
    const QList<csv::Record> records = csv::parse(content, &problem, kMaxCell);
    if (!problem.isEmpty()) {
        p.problem = problem;
        return p;
    }
    if (records.isEmpty()) {
        p.problem = Tr::tr("The file is empty: its first line names the columns (%1).")
                        .arg(importColumns(kind).join(QLatin1Char(',')));
        return p;
    }
    const QStringList known = importColumns(kind);
    for (const QString& raw : records.first().fields) {
        const QString column = raw.trimmed().toLower();
        if (!known.contains(column)) {
            p.problem = Tr::tr("Line 1: '%1' is not a column of this import; the columns are %2.")
                            .arg(textrules::visible(raw.left(40), false), known.join(QLatin1Char(',')));
            return p;
        }
        if (p.columns.contains(column)) {
            p.problem = Tr::tr("Line 1: the column %1 appears twice.").arg(column);
            return p;
        }
        p.columns.append(column);
    }
    for (const QString& required : requiredImportColumns(kind))
        if (!p.columns.contains(required)) {
            p.problem = Tr::tr("Line 1: the column %1 is missing; the file needs %2.")
                            .arg(required, requiredImportColumns(kind).join(QLatin1Char(',')));
            return p;
        }
    if (records.size() - 1 > kMaxImportRows) {
        p.problem = Tr::tr("The file has more than %1 rows.").arg(kMaxImportRows);
        return p;
    }
    for (qsizetype i = 1; i < records.size(); ++i) {
        ImportRow row;
        row.line = records.at(i).line;
        row.cells = records.at(i).fields;
        if (row.cells.size() != p.columns.size())
            row.problem =
                Tr::tr("%1 fields where the header has %2.").arg(row.cells.size()).arg(p.columns.size());
        for (QString& cell : row.cells) {
            if (row.problem.isEmpty() && cell.size() > kMaxCell)
                row.problem = Tr::tr("A field is longer than %1 characters.").arg(kMaxCell);
            cell = cell.left(kMaxCell);
        }
        p.rows.append(row);
    }
    if (p.rows.isEmpty()) {
        p.problem = Tr::tr("The file has a header but no rows.");
        return p;
    }
    if (kind == ImportKind::Locations)
        checkLocationRows(p);
    else
        checkUserRows(p);
    return p;
}

void OrganizationService::checkLocationRows(ImportPreview& p)
{
    QHash<QString, int> seen; // PartnerID -> line
    for (ImportRow& row : p.rows) {
        if (!row.problem.isEmpty())
            continue;
        const auto cell = [&](const char* column) {
            const qsizetype i = p.columns.indexOf(QLatin1String(column));
            return i >= 0 ? row.cells.value(i) : QString();
        };
        LocationInput in;
        in.partnerId = cell("partner_id");
        in.name = cell("name");
        in.legalName = cell("legal_name");
        in.country = cell("country");
        in.city = cell("city");
        in.address = cell("address");
        const QString agreement = cell("agreement").trimmed().toLower();
        if (agreement.isEmpty() || agreement == QLatin1String("active")) {
            in.attributes.agreementActive = true;
        } else if (agreement == QLatin1String("expired")) {
            in.attributes.agreementActive = false;
        } else {
            row.problem = Tr::tr("agreement is active or expired.");
            continue;
        }
        const struct
        {
            const char* column;
            bool* target;
        } flags[] = {{"solutions_partner", &in.attributes.solutionsPartner},
                     {"csp_indirect", &in.attributes.cspIndirectReseller},
                     {"csp_direct", &in.attributes.cspDirectBill}};
        for (const auto& f : flags) {
            const auto v = yesNo(cell(f.column));
            if (!v) {
                row.problem = Tr::tr("%1 is yes or no.").arg(QLatin1String(f.column));
                break;
            }
            *f.target = *v;
        }
        if (!row.problem.isEmpty())
            continue;
        const auto revenue = count(cell("revenue_usd"));
        const auto customers = count(cell("customers"));
        if (!revenue || !customers || *customers > 100000000) {
            row.problem = Tr::tr("revenue_usd and customers are whole numbers, zero or more.");
            continue;
        }
        in.attributes.trailingRevenueUsd = *revenue;
        in.attributes.customerAdds = int(*customers);
        if (const auto problems = checkLocation(in); !problems.isEmpty()) {
            row.problem = QStringLiteral("%1: %2").arg(problems.first().field, problems.first().message);
            continue;
        }
        if (const auto first = seen.constFind(in.partnerId); first != seen.constEnd()) {
            row.problem =
                Tr::tr("the PartnerID %1 is on line %2 already.").arg(in.partnerId).arg(first.value());
            continue;
        }
        seen.insert(in.partnerId, row.line);
        if (m_ctx.directory().locationByPartnerId(in.partnerId))
            row.problem = Tr::tr("a location with the PartnerID %1 exists already.").arg(in.partnerId);
    }
}

void OrganizationService::checkUserRows(ImportPreview& p)
{
    QHash<QString, int> seenEmails;
    QHash<QString, int> seenAdmins; // PartnerID -> line naming its Incentives admin
    for (ImportRow& row : p.rows) {
        if (!row.problem.isEmpty())
            continue;
        const auto cell = [&](const char* column) {
            const qsizetype i = p.columns.indexOf(QLatin1String(column));
            return i >= 0 ? row.cells.value(i).trimmed() : QString();
        };
        const auto mail = validators::email(cell("email"));
        if (!mail.valid()) {
            row.problem = QStringLiteral("email: %1").arg(mail.error);
            continue;
        }
        const auto name = validators::displayName(cell("name"), 100);
        if (!name.valid()) {
            row.problem = QStringLiteral("name: %1").arg(name.error);
            continue;
        }
        if (const auto first = seenEmails.constFind(mail.normalized); first != seenEmails.constEnd()) {
            row.problem = Tr::tr("%1 is on line %2 already.").arg(mail.normalized).arg(first.value());
            continue;
        }
        seenEmails.insert(mail.normalized, row.line);
        if (m_ctx.directory().userByEmail(mail.normalized)) {
            row.problem = Tr::tr("a user with the email address %1 exists already.").arg(mail.normalized);
            continue;
        }
        const QString roleText = cell("role").toLower();
        const QString partnerId = cell("location");
        if (roleText.isEmpty()) {
            if (!partnerId.isEmpty())
                row.problem = Tr::tr("a location is given without a role.");
            continue;
        }
        const auto role = roleFromCode(roleText);
        if (!role || *role == Role::Presenter) {
            row.problem = Tr::tr("role is account-admin, incentives-admin or incentives-user.");
            continue;
        }
        if (isOrganizationWide(*role)) {
            if (!partnerId.isEmpty())
                row.problem = Tr::tr("an Account admin covers the whole organization; give no location.");
            continue;
        }
        if (partnerId.isEmpty()) {
            row.problem = Tr::tr("%1 is assigned per location: give its PartnerID.").arg(roleText);
            continue;
        }
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location) {
            row.problem = location.error().message;
            continue;
        }
        if (*role != Role::IncentivesAdmin)
            continue;
        if (const auto first = seenAdmins.constFind(location->partnerId); first != seenAdmins.constEnd()) {
            row.problem = Tr::tr("%1 has one Incentives admin; line %2 names one already.")
                              .arg(location->partnerId)
                              .arg(first.value());
            continue;
        }
        seenAdmins.insert(location->partnerId, row.line);
        auto current = m_ctx.directory().incentivesAdminOf(location->id);
        if (!current) {
            row.problem = current.error().message;
        } else if (current->has_value()) {
            row.problem =
                Tr::tr("%1 has an Incentives admin already: %2.").arg(location->partnerId, (*current)->email);
        }
    }
}

Result<ImportPreview> OrganizationService::previewImport(const Actor& actor, ImportKind kind,
                                                         const QByteArray& content)
{
    return m_ctx.view<ImportPreview>(actor, [&](const Grants& g) -> Result<ImportPreview> {
        if (auto s = authorize(g, kind == ImportKind::Users ? Action::ManageUsers : Action::ManageLocations);
            !s)
            return s.error();
        return check(kind, content);
    });
}

Result<ImportResult> OrganizationService::import(const Actor& actor, ImportKind kind,
                                                 const QByteArray& content)
{
    const QString what =
        kind == ImportKind::Users ? QStringLiteral("import.users") : QStringLiteral("import.locations");
    return m_ctx.change<ImportResult>(actor, what, [&](const Grants& g) -> Result<ImportResult> {
        if (auto s = authorize(g, kind == ImportKind::Users ? Action::ManageUsers : Action::ManageLocations);
            !s)
            return s.error();
        // Checked again inside the transaction: what the preview said may have changed since.
        const ImportPreview p = check(kind, content);
        if (!p.canImport()) {
            const QStringList messages = p.messages();
            return invalid(messages.isEmpty() ? Tr::tr("The file has no rows to import.")
                                              : Tr::tr("Nothing was imported (problems: %1). %2")
                                                    .arg(messages.size())
                                                    .arg(messages.first()));
        }
        ImportResult result;
        const QDateTime now = m_ctx.clock().now();
        for (const ImportRow& row : p.rows) {
            const auto cell = [&](const char* column) {
                const qsizetype i = p.columns.indexOf(QLatin1String(column));
                return i >= 0 ? row.cells.value(i).trimmed() : QString();
            };
            if (kind == ImportKind::Locations) {
                LocationInput in;
                in.partnerId = cell("partner_id");
                in.name = cell("name");
                in.legalName = cell("legal_name");
                in.country = cell("country");
                in.city = cell("city");
                in.address = cell("address");
                in.attributes.agreementActive = cell("agreement").toLower() != QLatin1String("expired");
                in.attributes.solutionsPartner = yesNo(cell("solutions_partner")).value_or(false);
                in.attributes.cspIndirectReseller = yesNo(cell("csp_indirect")).value_or(false);
                in.attributes.cspDirectBill = yesNo(cell("csp_direct")).value_or(false);
                in.attributes.trailingRevenueUsd = count(cell("revenue_usd")).value_or(0);
                in.attributes.customerAdds = int(count(cell("customers")).value_or(0));
                (void)checkLocation(in); // normalizes; the preview found no problem
                Location l;
                l.partnerId = in.partnerId;
                l.name = in.name;
                l.legalName = in.legalName;
                l.country = in.country;
                l.city = in.city;
                l.address = in.address;
                l.attributes = in.attributes;
                if (auto id = m_ctx.directory().insertLocation(l); !id)
                    return id.error();
                if (auto s = m_ctx.audit(
                        actor, QStringLiteral("location.added"), l.partnerId, {},
                        QStringLiteral("%1 (%2), %3; %4; imported")
                            .arg(l.name, l.legalName, l.country, describeAttributes(l.attributes)));
                    !s)
                    return s.error();
            } else {
                User u;
                u.email = validators::email(cell("email")).normalized;
                u.name = validators::displayName(cell("name"), 100).normalized;
                ImportedUser imported{u.email, u.name, {}};
                if (!m_ctx.clock().isDemo()) {
                    imported.temporaryPassword = passwords::temporary();
                    auto hashed = passwords::hash(imported.temporaryPassword);
                    if (!hashed)
                        return hashed.error();
                    u.passwordHash = *hashed;
                    u.mustChangePassword = true;
                }
                auto id = m_ctx.directory().insertUser(u, now);
                if (!id)
                    return id.error();
                if (auto s = m_ctx.audit(actor, QStringLiteral("users.added"), {}, {},
                                         QStringLiteral("%1 <%2>; imported").arg(u.name, u.email));
                    !s)
                    return s.error();
                if (const auto role = roleFromCode(cell("role").toLower())) {
                    RoleAssignment assignment{*id, *role, 0};
                    QString partnerId;
                    if (!isOrganizationWide(*role)) {
                        auto location = m_ctx.directory().locationByPartnerId(cell("location"));
                        if (!location)
                            return location.error();
                        assignment.locationId = location->id;
                        partnerId = location->partnerId;
                    }
                    if (auto s = m_ctx.directory().insertRole(assignment, now); !s)
                        return s.error();
                    if (auto s = m_ctx.audit(actor, QStringLiteral("users.assigned"), partnerId, {},
                                             QStringLiteral("%1 %2").arg(u.email, roleCode(*role)));
                        !s)
                        return s.error();
                    if (*role == Role::IncentivesAdmin) {
                        auto waiting = m_ctx.enrollments().undeliveredInvitations(assignment.locationId);
                        if (!waiting)
                            return waiting.error();
                        for (const Enrollment& e : *waiting)
                            if (auto s = workflow::deliverInvitation(m_ctx, e); !s)
                                return s.error();
                    }
                }
                result.users.append(imported);
            }
            ++result.count;
        }
        if (auto s = m_ctx.audit(actor, what, {}, {}, QStringLiteral("%1 rows").arg(result.count)); !s)
            return s.error();
        return result;
    });
}

} // namespace incentives
