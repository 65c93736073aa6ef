#pragma once

#include "core/Result.h"
#include "core/Types.h"

// A program's eligibility criteria and the checklist a location is measured against.
//
// Criteria are written as a semicolon-separated list, stored as such and typed in the CLI:
//   agreement                 an active partner program agreement
//   solutions-partner         a Solutions Partner designation
//   csp-indirect              authorized as a CSP indirect reseller
//   csp-direct                a CSP direct-bill partner
//   revenue>=N                trailing twelve-month revenue of at least N US dollars
//   customers>=N              at least N new customers in the trailing year
//   countries=US,GB           located in one of these countries
// An empty list means the program is open to every location.
namespace incentives::eligibility {

struct Criterion
{
    enum class Kind
    {
        Agreement,
        SolutionsPartner,
        CspIndirect,
        CspDirect,
        MinRevenue,
        MinCustomers,
        Countries
    };
    Kind kind = Kind::Agreement;
    qint64 number = 0;
    QStringList countries;
};

Result<QList<Criterion>> parse(const QString& text);
QString format(const QList<Criterion>& criteria);

struct ChecklistItem
{
    QString code; // the criterion as written
    QString text; // what it asks, for people
    bool met = false;
    QString detail; // what the location has
};

QList<ChecklistItem> checklist(const QList<Criterion>& criteria, const Location& location);
bool allMet(const QList<ChecklistItem>& items);
QStringList unmet(const QList<ChecklistItem>& items);

} // namespace incentives::eligibility
