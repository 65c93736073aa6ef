#pragma once

#include <QString>
#include <QStringList>

// Checks for the identifiers that bank and tax profiles carry. Each returns what exactly is wrong,
// in a sentence a user can act on, or an empty error and the value in its canonical form
// (upper case, spaces and separators removed) ready to be stored.
namespace incentives::validators {

struct Check
{
    QString error;      // empty when valid
    QString normalized; // canonical form when valid
    bool valid() const { return error.isEmpty(); }
};

// International Bank Account Number: country code, length for that country (SWIFT IBAN registry),
// ISO 7064 mod-97 check digits. Spaces and lower case as typed are accepted.
Check iban(const QString& input);
// Expected total IBAN length for a country, or 0 when the country does not use IBAN.
int ibanLength(const QString& countryCode);
bool isIbanCountry(const QString& countryCode);

// SWIFT/BIC (ISO 9362): 4 letters bank, 2 letters country, 2 alphanumerics location,
// optional 3 alphanumerics branch. With bankCountry, the BIC's country must match it.
Check bic(const QString& input, const QString& bankCountry = {});

Check abaRouting(const QString& input);        // US: 9 digits, weights 3-7-1
Check ukSortCode(const QString& input);        // 6 digits, "12-34-56" accepted
Check ukAccountNumber(const QString& input);   // 8 digits
Check canadaInstitution(const QString& input); // 3 digits
Check canadaTransit(const QString& input);     // 5 digits
Check australiaBsb(const QString& input);      // 6 digits, "123-456" accepted
Check indiaIfsc(const QString& input);         // 4 letters, '0', 6 alphanumerics
Check accountNumber(const QString& input);     // letters and digits only, 4 to 34
Check ein(const QString& input);               // US EIN: 9 digits with a valid IRS prefix
// EU VAT ID. With a country, the ID must belong to it. Check digits for DE FR NL IT ES AT BE GB,
// and at least the format for every other EU member state.
Check vat(const QString& input, const QString& country = {});
bool isEuCountry(const QString& countryCode);

Check countryCode(const QString& input);  // ISO 3166-1 alpha-2 known to QLocale
Check currencyCode(const QString& input); // ISO 4217 alpha-3 in the app's currency list
QStringList knownCurrencies();

Check partnerId(const QString& input); // a PartnerID: exactly 7 digits
Check email(const QString& input);
// A person's or company's name: trimmed, 1..maxLength characters, letters of any script,
// no control characters or bidirectional overrides.
Check displayName(const QString& input, int maxLength = 200);

} // namespace incentives::validators
