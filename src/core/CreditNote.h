#pragma once

#include "core/Types.h"

// Credit note as a payout method: Microsoft credits the partner's CSP billing account instead of
// paying into a bank account. Offered only in some countries and only by programs that list it.
namespace incentives::creditnote {

// The countries where Partner Center offers credit note as a payout method, ISO 3166 codes.
const QStringList& countries();
bool offeredIn(const QString& country);

// Where a credit note is issued with tax unless the partner explicitly asks for the exemption, the
// profile carries that choice. Partner Center's documentation reachable here does not list these
// countries, so this is the app's own list: the countries with a goods-and-services tax on the
// credit (Australia and New Zealand GST, Canada GST/HST, the UK's VAT outside the EU regime).
bool asksTaxExemption(const QString& country);

// Why this profile may not pay this program at a location in locationCountry, or empty when it
// may (always empty for a bank-transfer profile).
QString refusal(const BankProfile& profile, const Program& program, const QString& locationCountry);
// The same without a program: whether the profile may pay a location in this country at all (a
// location's default profile serves every program).
QString refusal(const BankProfile& profile, const QString& locationCountry);

} // namespace incentives::creditnote
