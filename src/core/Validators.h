#pragma once

#include <QString>
#include <QStringList>

// Checks for the identifiers that bank and tax profiles carry. Each returns what exactly is wrong,
// in a sentence a user can act on, or an empty error and the value in its canonical form
// (upper case, spaces and separators removed) ready to be stored.
namespace incentives::validators {

namespace detail {
// For an IBAN already upper case and of the registry's length for its country: where its BBAN
// breaks the registry's structure, and whether its national check digits fail. Empty if fine.
QString ibanStructureProblem(QStringView iban);
QString ibanNationalCheckProblem(QStringView iban);
} // namespace detail

struct Check
{
    QString error;      // empty when valid
    QString normalized; // canonical form when valid
    // A remark about an accepted value that the user should see but that does not block saving
    // (a SWIFT test BIC, for one); always empty when invalid.
    QString notice;
    bool valid() const { return error.isEmpty(); }
};

// International Bank Account Number: country code, length and BBAN structure for that country
// (SWIFT IBAN registry, src/core/registry/IbanRegistry.inc), ISO 7064 mod-97 check digits, and the
// national check digits inside the BBAN where the country defines public ones. Spaces and lower
// case as typed are accepted.
Check iban(const QString& input);
// Expected total IBAN length for a country, or 0 when the country does not use IBAN.
int ibanLength(const QString& countryCode);
bool isIbanCountry(const QString& countryCode);
// The registry's BBAN format for a country, like "4!a4!n2!n8!c", or empty.
QString ibanBbanFormat(const QString& countryCode);
// ISO 3166-1 alpha-2 code (plus XK, Kosovo), upper case; src/core/registry/Iso3166Countries.inc.
bool isIso3166Country(QStringView code);

// SWIFT/BIC (ISO 9362): 4 letters bank, 2 letters ISO 3166 country, 2 alphanumerics location,
// optional 3 alphanumerics branch. With bankCountry, the BIC's country must match it. A test BIC
// (location code whose second character is 0) is accepted with a notice.
Check bic(const QString& input, const QString& bankCountry = {});

Check abaRouting(const QString& input);        // US: 9 digits, weights 3-7-1
Check ukSortCode(const QString& input);        // 6 digits, "12-34-56" accepted
Check ukAccountNumber(const QString& input);   // 8 digits
Check canadaInstitution(const QString& input); // 3 digits
Check canadaTransit(const QString& input);     // 5 digits
Check australiaBsb(const QString& input);      // 6 digits, "123-456" accepted
Check indiaIfsc(const QString& input);         // 4 letters, '0', 6 alphanumerics
Check accountNumber(const QString& input);     // letters and digits only, 4 to 34
Check ein(const QString& input);
// A tax identification number issued outside the US (W-8BEN-E): letters A–Z and digits with the
// separators tax IDs are written with (space, hyphen, slash, dot), at least one digit, at most 40
// characters. Stored trimmed, in upper case, with single spaces.
Check foreignTaxId(const QString& input); // US EIN: 9 digits with a valid IRS prefix
// VAT ID of an EU member state (EL for Greece, XI for Northern Ireland), the United Kingdom (GB),
// Switzerland (CHE UID, optional MWST/TVA/IVA/TPV) or Norway (organisation number and MVA), with
// each country's official check digits. With a country, the ID must belong to it.
Check vat(const QString& input, const QString& country = {});
bool isEuCountry(const QString& countryCode);

Check countryCode(const QString& input);  // ISO 3166-1 alpha-2 known to QLocale
Check currencyCode(const QString& input); // ISO 4217 alpha-3 in the app's currency list
QStringList knownCurrencies();

Check partnerId(const QString& input); // a PartnerID: exactly 7 digits
Check email(const QString& input);
// A telephone number as people write it: an optional leading +, digits, and the separators
// space, hyphen, dot and parentheses; 7 to 15 digits (ITU-T E.164). Stored as + and digits only.
Check phone(const QString& input);
// A Microsoft Entra (CSP) tenant ID: a GUID, 8-4-4-4-12 hexadecimal digits, braces as pasted
// accepted; never the all-zero GUID. Stored in lower case without braces.
Check tenantId(const QString& input);
// A person's or company's name: trimmed, 1..maxLength characters, letters of any script,
// no control characters or bidirectional overrides.
Check displayName(const QString& input, int maxLength = 200);

} // namespace incentives::validators
