#include "core/ProgramGuide.h"

#include "core/Eligibility.h"
#include "core/FiscalCalendar.h"

#include <QCoreApplication>
#include <QLocale>

namespace incentives::guide {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgramGuide)
};

QString date(const QDate& d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

} // namespace

Guide forProgram(const Program& p)
{
    Guide g;
    g.title = p.name;
    const QString year = fiscal::label(p.fiscalYear);
    const QString first = date(fiscal::firstDay(p.fiscalYear));
    const QString last = date(fiscal::lastDay(p.fiscalYear));

    Section about{Tr::tr("About this program"), {}, {}};
    about.paragraphs.append(
        Tr::tr("%1 is an incentive program of Microsoft Partner Center for fiscal year %2, "
               "from %3 to %4.")
            .arg(p.name, year, first, last));
    switch (p.state) {
    case ProgramState::Open:
        about.paragraphs.append(Tr::tr("It is open for enrollment."));
        break;
    case ProgramState::Closed:
        about.paragraphs.append(
            Tr::tr("It is closed for enrollment: invitations not yet enrolled wait until it "
                   "opens again."));
        break;
    case ProgramState::Discontinued:
        about.paragraphs.append(Tr::tr("It is no longer offered; its enrollments are discontinued."));
        break;
    }
    g.sections.append(about);

    Section who{Tr::tr("Who is eligible"), {}, {}};
    const auto criteria = eligibility::parse(p.criteria);
    if (p.openToAll) {
        who.paragraphs.append(
            Tr::tr("Every location may enroll: the program is open to all. It sends no "
                   "invitation email; it shows in the Incentives workspace of the users who hold "
                   "a role for the location."));
    } else if (!criteria || criteria->isEmpty()) {
        who.paragraphs.append(Tr::tr("Microsoft invites the locations it chooses; the invitation reaches the "
                                     "location's Incentives admin by email."));
    } else {
        who.paragraphs.append(Tr::tr("A location is invited when it meets every one of these criteria; the "
                                     "invitation reaches its Incentives admin by email:"));
        for (const eligibility::ChecklistItem& item : eligibility::checklist(*criteria, Location()))
            who.points.append(item.text);
    }
    g.sections.append(who);

    Section pay{Tr::tr("Payouts"), {}, {}};
    QStringList methods;
    for (PaymentMethod m : p.methods)
        methods.append(paymentMethodLabel(m));
    if (methods.isEmpty())
        methods.append(paymentMethodLabel(PaymentMethod::BankTransfer));
    pay.paragraphs.append(
        Tr::tr("Payouts are made in %1, by %2, to the bank profile of the enrollment; the "
               "account holder must be the location's legal entity.")
            .arg(p.currencies.join(QStringLiteral(", ")), methods.join(QStringLiteral(", "))));
    g.sections.append(pay);

    Section how{Tr::tr("How to enroll"), {}, {}};
    how.points = {
        Tr::tr("The location's Incentives admin selects Get Started in the invitation email, or Enroll in "
               "the Incentives workspace."),
        Tr::tr("The invitation shows the location's default bank profile and its tax profile; another of "
               "the location's bank profiles may be chosen."),
        Tr::tr("When everything the program needs is on file, Submit sends it for validation; otherwise "
               "Continue opens the payout and tax profiles with what is missing."),
        Tr::tr("Microsoft validates the details within 48 hours: the enrollment is then Enrolled, or "
               "Enrolling with what to correct.")};
    g.sections.append(how);

    Section renew{Tr::tr("Renewal"), {}, {}};
    renew.paragraphs.append(
        Tr::tr("The enrollment expires on %1, at the end of the fiscal year. It renews into the "
               "next fiscal year by itself when the location is still eligible, its partner "
               "program agreement is active, and its payout and tax details are complete and "
               "valid.")
            .arg(last));
    g.sections.append(renew);

    Section terms{Tr::tr("The terms you accept"), {}, {}};
    terms.paragraphs.append(Tr::tr("By enrolling a location in %1 you confirm that:").arg(p.name));
    terms.points = {
        Tr::tr("you are the location's Incentives admin and may act for it;"),
        Tr::tr("the payout and tax details on file are accurate and belong to the location's legal "
               "entity;"),
        Tr::tr("Microsoft may validate these details, and payouts wait while any of them needs action;"),
        Tr::tr("the enrollment ends with the fiscal year unless it renews, and when the program is "
               "discontinued.")};
    g.sections.append(terms);
    return g;
}

QString toHtml(const Guide& g)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(g.title.toHtmlEscaped());
    for (const Section& s : g.sections) {
        html += QStringLiteral("<h3>%1</h3>").arg(s.heading.toHtmlEscaped());
        for (const QString& p : s.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
        if (!s.points.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString& point : s.points)
                html += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

QString toText(const Guide& g)
{
    QString text =
        g.title + QLatin1Char('\n') + QString(g.title.size(), QLatin1Char('=')) + QLatin1Char('\n');
    for (const Section& s : g.sections) {
        text += QLatin1Char('\n') + s.heading + QLatin1Char('\n');
        for (const QString& p : s.paragraphs)
            text += QStringLiteral("  ") + p + QLatin1Char('\n');
        for (const QString& point : s.points)
            text += QStringLiteral("  - ") + point + QLatin1Char('\n');
    }
    return text;
}

} // namespace incentives::guide
