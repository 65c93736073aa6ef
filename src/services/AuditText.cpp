// The audit log's records told as sentences.
#include "services/AuditService.h"

#include "core/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace incentives::audittext {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditSentence)
};

// The stored text of a record, with the codes it holds turned into the words the app shows.
class Reader
{
public:
    Reader(const AuditEntry& e, const Names& names) : m_e(e), m_names(names) {}

    QString person(const QString& email) const
    {
        const QString name = m_names.person ? m_names.person(email) : QString();
        return name.isEmpty() ? email : name;
    }
    QString actor() const { return person(m_e.actor); }
    QString location() const
    {
        if (m_e.partnerId.isEmpty())
            return {};
        const QString name = m_names.location ? m_names.location(m_e.partnerId) : QString();
        return name.isEmpty() ? m_e.partnerId : name;
    }
    static QString status(const QString& code)
    {
        const auto s = statusFromCode(code.trimmed());
        return s ? statusLabel(*s) : code.trimmed();
    }
    static QString role(const QString& code)
    {
        const auto r = roleFromCode(code.trimmed());
        return r ? roleLabel(*r) : code.trimmed();
    }
    // "invited -> enrolling: detail" as "Invited → Enrolling: detail".
    static QString transition(const QString& details)
    {
        const qsizetype arrow = details.indexOf(QStringLiteral(" -> "));
        if (arrow < 0)
            return details;
        const qsizetype colon = details.indexOf(QStringLiteral(": "), arrow);
        const QString to = details.mid(arrow + 4, colon < 0 ? -1 : colon - arrow - 4);
        QString out = status(details.left(arrow)) + QStringLiteral(" → ") + status(to);
        if (colon >= 0)
            out += QStringLiteral(": ") + details.mid(colon + 2);
        return out;
    }

private:
    const AuditEntry& m_e;
    const Names& m_names;
};

QString enrollmentSentence(const AuditEntry& e, const Reader& r, const QString& event)
{
    const QString who = r.actor();
    const QString where = r.location();
    QString text;
    if (event == QLatin1String("accept"))
        text = Tr::tr("%1 accepted the invitation to %2 for %3");
    else if (event == QLatin1String("submit"))
        text = Tr::tr("%1 submitted the enrollment in %2 for %3");
    else if (event == QLatin1String("validation-passed"))
        text = Tr::tr("%1 validated the enrollment in %2 for %3");
    else if (event == QLatin1String("validation-rejected"))
        text = Tr::tr("%1 rejected the enrollment in %2 for %3");
    else if (event == QLatin1String("profile-edited"))
        text = Tr::tr("%1 sent the enrollment in %2 for %3 back to validation after a profile change");
    else if (event == QLatin1String("tax-form-expired"))
        text = Tr::tr("%1 held the enrollment in %2 for %3 because its tax form expired");
    else if (event == QLatin1String("eligibility-lost"))
        text = Tr::tr("%1 found %3 no longer eligible for %2");
    else if (event == QLatin1String("eligibility-regained"))
        text = Tr::tr("%1 found %3 eligible for %2 again");
    else if (event == QLatin1String("program-discontinued"))
        text = Tr::tr("%1 discontinued %2 for %3");
    else if (event == QLatin1String("renewed"))
        text = Tr::tr("%1 renewed the enrollment in %2 for %3");
    else if (event == QLatin1String("renewal-lapsed"))
        text = Tr::tr("%1 let the enrollment in %2 for %3 lapse at the fiscal year's end");
    else if (event == QLatin1String("renewal-details-missing"))
        text = Tr::tr("%1 held the renewal of %2 for %3 for missing payout or tax details");
    else if (event == QLatin1String("reactivated"))
        text = Tr::tr("%1 reactivated the enrollment in %2 for %3");
    else if (event == QLatin1String("program-closed"))
        text = Tr::tr("%1 closed %2 for %3");
    else if (event == QLatin1String("created"))
        return Tr::tr("%1 invited %3 to enroll in %2 (%4).")
            .arg(who, e.program, where, Reader::status(e.details));
    else
        text = Tr::tr("%1 changed the enrollment in %2 for %3");
    text = text.arg(who, e.program, where);
    return e.details.isEmpty() ? text + QLatin1Char('.')
                               : Tr::tr("%1 (%2).").arg(text, Reader::transition(e.details));
}

// "email role", "email role (replaced by email2)" or "email role (now role2)".
QString roleSentence(const AuditEntry& e, const Reader& r, bool assigned)
{
    QString rest = e.details;
    QString note;
    if (const qsizetype open = rest.indexOf(QStringLiteral(" (")); open >= 0 && rest.endsWith(u')')) {
        note = rest.mid(open + 2, rest.size() - open - 3);
        rest = rest.left(open);
    }
    const QString email = rest.section(u' ', 0, 0);
    const QString role = Reader::role(rest.section(u' ', 1));
    const QString where = r.location();
    if (assigned)
        return where.isEmpty() ? Tr::tr("%1 made %2 %3.").arg(r.actor(), r.person(email), role)
                               : Tr::tr("%1 made %2 %3 of %4.").arg(r.actor(), r.person(email), role, where);
    QString text =
        where.isEmpty()
            ? Tr::tr("%1 removed the %3 role of %2").arg(r.actor(), r.person(email), role)
            : Tr::tr("%1 removed the %3 role of %2 at %4").arg(r.actor(), r.person(email), role, where);
    if (note.startsWith(QStringLiteral("replaced by ")))
        return Tr::tr("%1; %2 holds it now.").arg(text, r.person(note.mid(12)));
    if (note.startsWith(QStringLiteral("now ")))
        return Tr::tr("%1, as %2 is %3 there now.").arg(text, r.person(email), Reader::role(note.mid(4)));
    return text + QLatin1Char('.');
}

} // namespace

QString sentence(const AuditEntry& e, const Names& names)
{
    const Reader r(e, names);
    const QString& a = e.action;
    const QString who = r.actor();
    if (a.startsWith(QStringLiteral("enrollment.")))
        return enrollmentSentence(e, r, a.mid(11));
    if (a == QLatin1String("invitation.email"))
        return Tr::tr("%1 emailed %2 the invitation to enroll %3 in %4.")
            .arg(who, r.person(e.details.startsWith(QStringLiteral("to ")) ? e.details.mid(3) : e.details),
                 r.location(), e.program);
    if (a == QLatin1String("users.assigned"))
        return roleSentence(e, r, true);
    if (a == QLatin1String("users.revoked"))
        return roleSentence(e, r, false);
    if (a == QLatin1String("users.added"))
        return Tr::tr("%1 added the user %2.").arg(who, e.details);
    if (a == QLatin1String("users.deactivated"))
        return Tr::tr("%1 deactivated %2.").arg(who, r.person(e.details));
    if (a == QLatin1String("users.reactivated"))
        return Tr::tr("%1 reactivated %2.").arg(who, r.person(e.details));
    if (a == QLatin1String("sign-in"))
        return Tr::tr("%1 signed in.").arg(who);
    if (a == QLatin1String("sign-in.failed"))
        return Tr::tr("A sign-in as %1 failed (%2).").arg(who, e.details);
    if (a == QLatin1String("password.changed"))
        return Tr::tr("%1 changed their password.").arg(who);
    if (a == QLatin1String("password.reset"))
        return Tr::tr("%1 reset the password of %2.").arg(who, r.person(e.details));
    if (a == QLatin1String("home.dismissed"))
        return Tr::tr("%1 opened the invitation to %2 for %3 from Home.").arg(who, e.program, r.location());
    if (a == QLatin1String("bank-profile.added"))
        return Tr::tr("%1 added the bank profile %2.").arg(who, e.details);
    if (a == QLatin1String("bank-profile.edited"))
        return Tr::tr("%1 changed the bank profile %2.").arg(who, e.details);
    if (a == QLatin1String("bank-profile.verified"))
        return Tr::tr("%1 recorded that Microsoft confirmed the CSP tenant of the credit note %2.")
            .arg(who, e.details);
    if (a == QLatin1String("bank-profile.default"))
        return Tr::tr("%1 made the bank profile %2 the default of %3.").arg(who, e.details, r.location());
    if (a == QLatin1String("assignment.set"))
        return Tr::tr("%1 assigned %2 at %3: %4.").arg(who, e.program, r.location(), e.details);
    if (a == QLatin1String("assignment.defaults"))
        return Tr::tr("%1 chose the default profiles of %2: %3.").arg(who, r.location(), e.details);
    if (a == QLatin1String("payment.hold"))
        return Tr::tr("%1 held the payments of %2 at %3.").arg(who, e.program, r.location());
    if (a == QLatin1String("payment.release"))
        return Tr::tr("%1 released the payments of %2 at %3.").arg(who, e.program, r.location());
    if (a == QLatin1String("tax-profile.set")) {
        const auto form = taxFormFromCode(e.details);
        return Tr::tr("%1 saved the tax profile of %2 (%3).")
            .arg(who, r.location(), form ? taxFormLabel(*form) : e.details);
    }
    if (a == QLatin1String("tax-profile.add")) {
        const auto form = taxFormFromCode(e.details);
        return Tr::tr("%1 added another tax profile to %2 (%3).")
            .arg(who, r.location(), form ? taxFormLabel(*form) : e.details);
    }
    if (a == QLatin1String("tax-document.added"))
        return Tr::tr("%1 attached %2 to the tax profile of %3.").arg(who, e.details, r.location());
    if (a == QLatin1String("tax-profile.expired"))
        return Tr::tr("The tax profile of %1 needs action: %2").arg(r.location(), e.details);
    if (a == QLatin1String("fiscal-year.closed"))
        return Tr::tr("%1 closed fiscal year %2.").arg(who, e.details);
    if (a == QLatin1String("program.published"))
        return Tr::tr("%1 published the program %2 (%3).").arg(who, e.program, e.details);
    if (a == QLatin1String("program.discontinued"))
        return Tr::tr("%1 discontinued the program %2.").arg(who, e.program);
    if (a == QLatin1String("program.closed"))
        return Tr::tr("%1 closed the program %2.").arg(who, e.program);
    if (a == QLatin1String("program.reopened"))
        return Tr::tr("%1 reopened the program %2.").arg(who, e.program);
    if (a == QLatin1String("location.attributes") || a == QLatin1String("location.agreement"))
        return Tr::tr("%1 changed the partner attributes of %2: %3").arg(who, r.location(), e.details);
    if (a == QLatin1String("clock.set")) {
        // "from -> to" as ISO moments, told the way every screen shows a time.
        QStringList moments = e.details.split(QStringLiteral(" -> "));
        for (QString& m : moments)
            if (const QDateTime t = QDateTime::fromString(m, Qt::ISODate); t.isValid())
                m = timetext::format(t);
        return Tr::tr("%1 moved the demo clock (%2).").arg(who, moments.join(QStringLiteral(" → ")));
    }
    if (a == QLatin1String("database.created"))
        return Tr::tr("%1 created the database (%2).").arg(who, e.details);
    if (a == QLatin1String("database.generated"))
        return Tr::tr("%1 generated the database (%2).").arg(who, e.details);
    if (a == QLatin1String("database.migrated"))
        return Tr::tr("%1 copied the database here (%2).").arg(who, e.details);
    if (a == QLatin1String("database.restored"))
        return Tr::tr("%1 restored the database (%2).").arg(who, e.details);
    if (a == QLatin1String("database.backed-up"))
        return Tr::tr("%1 backed up the database to %2.").arg(who, e.details);
    if (a == QLatin1String("demo.loaded"))
        return Tr::tr("%1 loaded a demo snapshot (%2).").arg(who, e.details);
    if (a == QLatin1String("demo.reset"))
        return Tr::tr("%1 reset the demo (%2).").arg(who, e.details);
    if (a == QLatin1String("demo.snapshot-saved"))
        return Tr::tr("%1 saved the demo snapshot %2.").arg(who, e.details);
    if (a == QLatin1String("class.sandbox-created"))
        return Tr::tr("%1 created a class sandbox (%2).").arg(who, e.details);
    if (a == QLatin1String("class.sandbox-reset"))
        return Tr::tr("%1 reset a class sandbox (%2).").arg(who, e.details);
    if (a == QLatin1String("class.sandbox-removed"))
        return Tr::tr("%1 removed a class sandbox that could not be built (%2).").arg(who, e.details);
    if (a == QLatin1String("scenario.progress"))
        return Tr::tr("%1 reached a step of a guided scenario (%2).").arg(who, e.details);
    if (a == QLatin1String("denied"))
        return Tr::tr("%1 was refused: %2")
            .arg(who, e.details.contains(QStringLiteral(": ")) ? e.details.section(QStringLiteral(": "), 1)
                                                               : e.details);
    // A record written by a newer version: its details as they are.
    return e.details.isEmpty() ? Tr::tr("%1 (%2).").arg(who, a)
                               : Tr::tr("%1 (%2): %3").arg(who, a, e.details);
}

} // namespace incentives::audittext
