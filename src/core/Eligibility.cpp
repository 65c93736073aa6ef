#include "core/Eligibility.h"

#include "core/Validators.h"

#include <QCoreApplication>
#include <QLocale>

namespace incentives::eligibility {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Eligibility)
};

QString dollars(qint64 amount)
{
    return QStringLiteral("USD ") + QLocale().toString(amount);
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString codeOf(const Criterion& c)
{
    switch (c.kind) {
    case Criterion::Kind::Agreement:
        return QStringLiteral("agreement");
    case Criterion::Kind::SolutionsPartner:
        return QStringLiteral("solutions-partner");
    case Criterion::Kind::CspIndirect:
        return QStringLiteral("csp-indirect");
    case Criterion::Kind::CspDirect:
        return QStringLiteral("csp-direct");
    case Criterion::Kind::MinRevenue:
        return QStringLiteral("revenue>=%1").arg(c.number);
    case Criterion::Kind::MinCustomers:
        return QStringLiteral("customers>=%1").arg(c.number);
    case Criterion::Kind::Countries:
        return QStringLiteral("countries=") + c.countries.join(QLatin1Char(','));
    }
    return {};
}

} // namespace

Result<QList<Criterion>> parse(const QString& text)
{
    QList<Criterion> out;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = part.trimmed().toLower();
        if (part.isEmpty())
            continue;
        Criterion c;
        bool ok = true;
        if (part == QLatin1String("agreement")) {
            c.kind = Criterion::Kind::Agreement;
        } else if (part == QLatin1String("solutions-partner")) {
            c.kind = Criterion::Kind::SolutionsPartner;
        } else if (part == QLatin1String("csp-indirect")) {
            c.kind = Criterion::Kind::CspIndirect;
        } else if (part == QLatin1String("csp-direct")) {
            c.kind = Criterion::Kind::CspDirect;
        } else if (part.startsWith(QLatin1String("revenue>="))) {
            c.kind = Criterion::Kind::MinRevenue;
            c.number = part.mid(9).toLongLong(&ok);
            ok = ok && c.number >= 0;
        } else if (part.startsWith(QLatin1String("customers>="))) {
            c.kind = Criterion::Kind::MinCustomers;
            c.number = part.mid(11).toLongLong(&ok);
            ok = ok && c.number >= 0;
        } else if (part.startsWith(QLatin1String("countries="))) {
            c.kind = Criterion::Kind::Countries;
            for (const QString& code : part.mid(10).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto check = validators::countryCode(code);
                ok = ok && check.valid();
                c.countries.append(check.normalized);
            }
            ok = ok && !c.countries.isEmpty();
        } else {
            ok = false;
        }
        if (!ok)
            return makeError(ErrorKind::Invalid, QCoreApplication::translate(
                                                     "Eligibility", "'%1' is not an eligibility criterion.")
                                                     .arg(part.left(60)));
        out.append(c);
    }
    return out;
}

QString format(const QList<Criterion>& criteria)
{
    QStringList parts;
    for (const Criterion& c : criteria)
        parts.append(codeOf(c));
    return parts.join(QLatin1Char(';'));
}

QList<ChecklistItem> checklist(const QList<Criterion>& criteria, const Location& location)
{
    const LocationAttributes& a = location.attributes;
    QList<ChecklistItem> items;
    for (const Criterion& c : criteria) {
        ChecklistItem item;
        item.code = codeOf(c);
        switch (c.kind) {
        case Criterion::Kind::Agreement:
            item.text = Tr::tr("An active Microsoft AI Cloud Partner Program agreement");
            item.met = a.agreementActive;
            item.detail = a.agreementActive ? Tr::tr("active") : Tr::tr("expired or not signed (IVDMPA)");
            break;
        case Criterion::Kind::SolutionsPartner:
            item.text = Tr::tr("A Solutions Partner designation");
            item.met = a.solutionsPartner;
            item.detail = yesNo(a.solutionsPartner);
            break;
        case Criterion::Kind::CspIndirect:
            item.text = Tr::tr("Authorized as a CSP indirect reseller");
            item.met = a.cspIndirectReseller;
            item.detail = yesNo(a.cspIndirectReseller);
            break;
        case Criterion::Kind::CspDirect:
            item.text = Tr::tr("A CSP direct-bill partner");
            item.met = a.cspDirectBill;
            item.detail = yesNo(a.cspDirectBill);
            break;
        case Criterion::Kind::MinRevenue:
            item.text = Tr::tr("Trailing twelve-month revenue of at least %1").arg(dollars(c.number));
            item.met = a.trailingRevenueUsd >= c.number;
            item.detail = dollars(a.trailingRevenueUsd);
            break;
        case Criterion::Kind::MinCustomers:
            item.text = Tr::tr("At least %1 new customers in the trailing year").arg(c.number);
            item.met = a.customerAdds >= c.number;
            item.detail = QString::number(a.customerAdds);
            break;
        case Criterion::Kind::Countries:
            item.text = Tr::tr("Located in one of: %1").arg(c.countries.join(QStringLiteral(", ")));
            item.met = c.countries.contains(location.country);
            item.detail = location.country;
            break;
        }
        items.append(item);
    }
    return items;
}

bool allMet(const QList<ChecklistItem>& items)
{
    for (const auto& i : items)
        if (!i.met)
            return false;
    return true;
}

QStringList unmet(const QList<ChecklistItem>& items)
{
    QStringList out;
    for (const auto& i : items)
        if (!i.met)
            out.append(i.text);
    return out;
}

} // namespace incentives::eligibility
