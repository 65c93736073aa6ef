#include "services/SummaryService.h"

#include "core/EnrollmentRules.h"
#include "core/FiscalCalendar.h"
#include "core/TimeText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace incentives {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SummaryService)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString moment(const QDateTime& t)
{
    return t.isValid() ? timetext::format(t) : QString();
}

QString countryName(const QString& code)
{
    const QString name = QLocale::territoryToString(QLocale::codeToTerritory(code));
    return code.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(name, code);
}

// A two-column table of labels and values; rows with an empty value are left out.
QString facts(const QList<std::pair<QString, QString>>& rows)
{
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : rows)
        if (!value.isEmpty())
            out += QStringLiteral("<tr><td width=\"32%\" style=\"color:#555555\">%1</td><td>%2</td></tr>")
                       .arg(esc(label), esc(value));
    return out + QStringLiteral("</table>");
}

QString statusWithReason(ProfileStatus status, const QString& reason)
{
    return reason.isEmpty() ? profileStatusLabel(status)
                            : Tr::tr("%1: %2").arg(profileStatusLabel(status), reason);
}

QString bankFacts(const BankProfile& b)
{
    QList<std::pair<QString, QString>> rows{
        {Tr::tr("Profile"), b.name},
        {Tr::tr("Bank country"), countryName(b.country)},
        {Tr::tr("Payment method"), paymentMethodLabel(b.method)},
        {Tr::tr("Currency"), b.currency},
        {Tr::tr("Account holder"), b.holderName},
        {Tr::tr("IBAN"), b.iban},
        {Tr::tr("BIC / SWIFT"), b.bic},
        {Tr::tr("Routing or branch code"), b.routingNumber},
        {Tr::tr("Institution"), b.institution},
        {Tr::tr("Account number"), b.accountNumber},
        {Tr::tr("Bank"), b.bankName},
        {Tr::tr("Status"), statusWithReason(b.status, b.statusReason)},
    };
    return facts(rows);
}

} // namespace

TaxProfile maskedTax(const TaxProfile& profile)
{
    TaxProfile m = profile;
    m.ein = maskAccount(profile.ein);
    m.foreignTaxId = maskAccount(profile.foreignTaxId);
    m.vatId = maskAccount(profile.vatId);
    m.birthDate = QDate(); // a person's date of birth stays on the tax profile
    return m;
}

Result<LocationSummary> SummaryService::locationSummary(const Actor& actor, const QString& partnerId)
{
    auto location = m_ctx.directory().locationByPartnerId(partnerId.trimmed());
    if (!location)
        return location.error();
    return m_ctx.view<LocationSummary>(actor, [&](const Grants& g) -> Result<LocationSummary> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        if (auto s = authorize(g, Action::ViewWorkspace, location->id); !s)
            return s.error();
        if (auto s = authorize(g, Action::ViewProfiles, location->id); !s)
            return s.error();
        LocationSummary summary;
        summary.location = *location;
        summary.generatedAt = m_ctx.clock().now();
        summary.generatedBy = QStringLiteral("%1 <%2>").arg(actor.name, actor.email);
        auto org = m_ctx.directory().organization();
        if (!org)
            return org.error();
        summary.organization = *org;
        auto admin = m_ctx.directory().incentivesAdminOf(location->id);
        if (!admin)
            return admin.error();
        summary.incentivesAdmin = *admin;

        // A location has one enrollment per program; read them a page at a time all the same.
        EnrollmentService enrollments(m_ctx);
        WorkspaceFilter filter;
        filter.locationId = location->id;
        PageRequest request;
        request.limit = 1000;
        for (;;) {
            auto rows = enrollments.workspace(actor, filter, WorkspaceSort::Program, true, request);
            if (!rows)
                return rows.error();
            summary.enrollments += *rows;
            if (rows->size() < request.limit)
                break;
            request.anchor = rows->constLast().enrollment;
        }

        QList<Id> banks;
        if (location->defaultBankProfileId)
            banks.append(location->defaultBankProfileId);
        for (const WorkspaceRow& row : summary.enrollments)
            if (row.enrollment.bankProfileId && !banks.contains(row.enrollment.bankProfileId))
                banks.append(row.enrollment.bankProfileId);
        for (Id id : banks) {
            auto bank = m_ctx.profiles().bankProfile(id);
            if (!bank)
                return bank.error();
            if (id == location->defaultBankProfileId)
                summary.defaultBank = maskedFor(*bank, false);
            else
                summary.otherBanks.append(maskedFor(*bank, false));
        }
        auto tax = m_ctx.profiles().taxProfile(location->id);
        if (!tax)
            return tax.error();
        if (*tax)
            summary.tax = maskedTax(**tax);
        return summary;
    });
}

Result<QString> SummaryService::locationSummaryHtml(const Actor& actor, const QString& partnerId)
{
    auto summary = locationSummary(actor, partnerId);
    if (!summary)
        return summary.error();
    return html(*summary);
}

QString SummaryService::html(const LocationSummary& s)
{
    const Location& l = s.location;
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                    .arg(esc(Tr::tr("Enrollment summary — %1").arg(l.partnerId)));
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(Tr::tr("Enrollment summary: %1 (%2)").arg(l.name, l.partnerId)));
    h += QStringLiteral("<p style=\"color:#555555\">%1</p>")
             .arg(esc(
                 Tr::tr("%1 — prepared %2 for %3")
                     .arg(s.organization.legalName.isEmpty() ? s.organization.name : s.organization.legalName,
                          moment(s.generatedAt), s.generatedBy)));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Location")));
    QString address = l.address;
    if (!l.city.isEmpty())
        address = address.isEmpty() ? l.city : Tr::tr("%1, %2").arg(address, l.city);
    h += facts({
        {Tr::tr("Location PartnerID"), l.partnerId},
        {Tr::tr("Name"), l.name},
        {Tr::tr("Country"), countryName(l.country)},
        {Tr::tr("Address"), address},
        {Tr::tr("Partner program agreement"),
         l.attributes.agreementActive ? Tr::tr("Active") : Tr::tr("Expired or not signed (IVDMPA)")},
        {Tr::tr("Incentives admin"),
         s.incentivesAdmin
             ? QStringLiteral("%1 <%2>").arg(s.incentivesAdmin->name, s.incentivesAdmin->email)
             : Tr::tr("None: an Account admin must assign one before this location can enroll")},
    });

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Enrollments")));
    if (s.enrollments.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("This location has no invitations or enrollments.")));
    } else {
        QMap<int, int> counts; // by status, in the statuses' order
        for (const WorkspaceRow& row : s.enrollments)
            counts[int(row.enrollment.status)]++;
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(Tr::tr("%1: %2")
                             .arg(statusLabel(EnrollmentStatus(it.key())))
                             .arg(it.value())
                             .replace(QLatin1Char(' '), QChar(0x00A0))); // one status, one line
        h += QStringLiteral("<p>%1</p>").arg(esc(parts.join(QStringLiteral(" · "))));
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                            "style=\"border-color:#999999; border-style:solid; border-collapse:collapse\">");
        h += QStringLiteral("<thead><tr style=\"background-color:#e8e8e8\">");
        const QList<std::pair<QString, int>> headings{{Tr::tr("Program"), 27},
                                                      {Tr::tr("Year"), 8},
                                                      {Tr::tr("Status"), 17},
                                                      {Tr::tr("Actions required"), 33},
                                                      {Tr::tr("Updated"), 15}};
        for (const auto& [heading, width] : headings)
            h += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>").arg(width).arg(esc(heading));
        h += QStringLiteral("</tr></thead>");
        for (const WorkspaceRow& row : s.enrollments) {
            const Enrollment& e = row.enrollment;
            QString status = esc(row.statusText);
            if (e.status == EnrollmentStatus::Validating && e.validationDue.isValid())
                status += QStringLiteral("<br/><small>%1</small>")
                              .arg(esc(Tr::tr("ends by %1").arg(moment(e.validationDue))));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(e.programName), esc(fiscal::label(e.fiscalYear)), status,
                          esc(row.actionsRequired), esc(date(e.updatedAt.date())));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Payout (bank) profile")));
    if (s.defaultBank)
        h += bankFacts(*s.defaultBank);
    else
        h +=
            QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No default bank profile is set for this location.")));
    for (const BankProfile& other : s.otherBanks) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Also used by enrollments here")));
        h += bankFacts(other);
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Tax profile")));
    if (s.tax) {
        const TaxProfile& t = *s.tax;
        const QDate expires = rules::taxExpiry(t);
        h += facts({
            {Tr::tr("Form"), taxFormLabel(t.form)},
            {Tr::tr("EIN"), t.ein},
            {Tr::tr("Country of incorporation"), countryName(t.countryOfIncorporation)},
            {Tr::tr("Foreign tax ID"), t.foreignTaxId},
            {Tr::tr("Treaty claim"),
             t.treatyCountry.isEmpty()
                 ? QString()
                 : Tr::tr("%1, article %2").arg(countryName(t.treatyCountry), t.treatyArticle)},
            {Tr::tr("VAT ID"), t.vatId},
            {Tr::tr("Signed on"), date(t.signedOn)},
            {Tr::tr("Expires"), expires.isValid() ? date(expires) : Tr::tr("Never")},
            {Tr::tr("Status"), statusWithReason(t.status, t.statusReason)},
        });
    } else {
        h += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No tax profile is on file for this location.")));
    }

    h += QStringLiteral("<p style=\"color:#555555\"><small>%1</small></p>")
             .arg(esc(Tr::tr("Account numbers and tax IDs are masked: only their last four characters are "
                             "shown. Enrollments expire at the end of the fiscal year (30 June) and renew "
                             "on 1 July when the location is still eligible, its agreement is active and its "
                             "payout and tax details are complete.")));
    return h + QStringLiteral("</body></html>");
}

} // namespace incentives
