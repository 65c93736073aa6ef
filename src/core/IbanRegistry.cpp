#include "core/Validators.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>

namespace incentives::validators {
namespace {

struct IbanCountry
{
    std::string_view code;
    int length;
    std::string_view bban; // registry notation, like "4!a4!n2!n8!c"
};

constexpr IbanCountry registry[] = {
#include "core/registry/IbanRegistry.inc"
};

constexpr const char16_t* isoCountries[] = {
#include "core/registry/Iso3166Countries.inc"
};

// One "4!n" element of a BBAN format: how many characters, and of which kind.
struct Element
{
    int count = 0;
    char kind = 0; // 'n' digit, 'a' upper-case letter, 'c' letter or digit
    std::size_t next = 0;
};

constexpr Element elementAt(std::string_view format, std::size_t at)
{
    Element e;
    while (at < format.size() && format[at] >= '0' && format[at] <= '9')
        e.count = e.count * 10 + (format[at++] - '0');
    if (at + 1 < format.size() && format[at] == '!') {
        e.kind = format[at + 1];
        e.next = at + 2;
    }
    return e;
}

// Every element well formed and fixed length ('!'), and the lengths adding up to the IBAN length.
constexpr bool formatMatchesLength(const IbanCountry& c)
{
    int total = 4;
    for (std::size_t at = 0; at < c.bban.size();) {
        const Element e = elementAt(c.bban, at);
        if (e.count <= 0 || (e.kind != 'n' && e.kind != 'a' && e.kind != 'c'))
            return false;
        total += e.count;
        at = e.next;
    }
    return total == c.length;
}

constexpr bool registryIsConsistent()
{
    for (std::size_t i = 0; i < std::size(registry); ++i) {
        const IbanCountry& c = registry[i];
        if (c.code.size() != 2 || c.code[0] < 'A' || c.code[0] > 'Z' || c.code[1] < 'A' || c.code[1] > 'Z')
            return false;
        if (i > 0 && !(registry[i - 1].code < c.code))
            return false;
        if (!formatMatchesLength(c))
            return false;
    }
    return true;
}

constexpr bool isoListIsConsistent()
{
    for (std::size_t i = 0; i < std::size(isoCountries); ++i) {
        const std::u16string_view code = isoCountries[i];
        if (code.size() != 2 || code[0] < u'A' || code[0] > u'Z' || code[1] < u'A' || code[1] > u'Z')
            return false;
        if (i > 0 && !(std::u16string_view(isoCountries[i - 1]) < code))
            return false;
    }
    return true;
}

static_assert(std::size(registry) == 89, "SWIFT IBAN registry release 101 has 89 countries");
static_assert(registryIsConsistent(), "IbanRegistry.inc: unsorted, or a length disagrees with its format");
static_assert(std::size(isoCountries) == 250, "ISO 3166-1 has 249 codes, plus XK");
static_assert(isoListIsConsistent(), "Iso3166Countries.inc: unsorted or malformed");

char16_t asciiUpper(char16_t c)
{
    return (c >= u'a' && c <= u'z') ? char16_t(c - (u'a' - u'A')) : c;
}

const IbanCountry* find(const QString& countryCode)
{
    const QString code = countryCode.trimmed();
    if (code.size() != 2)
        return nullptr;
    const char16_t a = asciiUpper(code[0].unicode());
    const char16_t b = asciiUpper(code[1].unicode());
    if (a < u'A' || a > u'Z' || b < u'A' || b > u'Z')
        return nullptr;
    const char key[2] = {char(a), char(b)};
    const std::string_view k(key, 2);
    const auto it = std::lower_bound(std::begin(registry), std::end(registry), k,
                                     [](const IbanCountry& c, std::string_view v) { return c.code < v; });
    return (it != std::end(registry) && it->code == k) ? it : nullptr;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

int digit(QStringView s, qsizetype i)
{
    return s[i].unicode() - u'0';
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isDigit);
}

// The number written by a string of digits (letters count 10..35, as in ISO 7064), modulo m.
int mod(QStringView s, int m)
{
    int r = 0;
    for (const QChar c : s)
        r = isDigit(c) ? (r * 10 + (c.unicode() - u'0')) % m : (r * 100 + (c.unicode() - u'A' + 10)) % m;
    return r;
}

int weighted(QStringView s, std::initializer_list<int> weights)
{
    int sum = 0;
    qsizetype i = 0;
    for (const int w : weights)
        sum += w * digit(s, i++);
    return sum;
}

bool luhn(QStringView s)
{
    int sum = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        int d = digit(s, s.size() - 1 - i);
        if (i % 2 == 1)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return sum % 10 == 0;
}

// --- National check digits inside the BBAN, as each country's bank standard defines them. ---

// Belgium: the last two digits are the first ten modulo 97 (97 when that is 0).
bool checkBE(QStringView b)
{
    const int r = mod(b.left(10), 97);
    return (r == 0 ? 97 : r) == digit(b, 10) * 10 + digit(b, 11);
}

// France and Monaco, clé RIB: bank, branch, account (letters replaced by 1..9 as A-I, J-R, S-Z
// from 2) and key, read as one number, are divisible by 97.
bool checkRib(QStringView b)
{
    int r = 0;
    for (const QChar c : b) {
        int d = 0;
        if (isDigit(c)) {
            d = c.unicode() - u'0';
        } else {
            const int index = c.unicode() - u'A'; // A..Z = 0..25
            d = index < 9 ? index + 1 : index < 18 ? index - 8 : index - 16;
        }
        r = (r * 10 + d) % 97;
    }
    return r == 0;
}

// Spain, dígitos de control: one for "00" + bank + branch, one for the account; weights 2^i mod 11.
int spanishDigit(QStringView digits)
{
    static constexpr int weights[] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += weights[i] * digit(digits, i);
    const int r = sum % 11;
    return r < 2 ? r : 11 - r;
}

bool checkES(QStringView b)
{
    const QString bankBranch = QStringLiteral("00") + b.left(8).toString();
    return spanishDigit(bankBranch) == digit(b, 8) && spanishDigit(b.mid(10)) == digit(b, 9);
}

// Italy and San Marino, CIN: a letter over bank, branch and account; characters in odd places
// (1st, 3rd, ...) are mapped through a fixed table, those in even places count as their value.
bool checkCin(QStringView b)
{
    static constexpr int odd[] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                  20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (qsizetype k = 1; k < b.size(); ++k) {
        const QChar c = b[k];
        const int value = isDigit(c) ? c.unicode() - u'0' : c.unicode() - u'A';
        sum += (k - 1) % 2 == 0 ? odd[value] : value;
    }
    return b[0].unicode() == u'A' + sum % 26;
}

// ISO 7064 MOD 97-10 over the whole BBAN, its last two digits included: Portugal's NIB,
// Montenegro, North Macedonia, Serbia, Slovenia, Bosnia and Herzegovina, Timor-Leste.
bool checkMod97(QStringView b)
{
    return allDigits(b) && mod(b, 97) == 1;
}

// Serbia's central bank (908) and Slovenia's public payments administration (01) number their
// accounts by other rules.
bool checkRS(QStringView b)
{
    return b.startsWith(u"908") || checkMod97(b);
}

bool checkSI(QStringView b)
{
    return b.startsWith(u"01") || checkMod97(b);
}

// Norway: weights 6,7,8,9,4,5,6,7,8,9 modulo 11 give the last digit (10 is never issued);
// old postal giro accounts (bank 0000) carry a 7-digit Luhn number.
bool checkNO(QStringView b)
{
    if (b.startsWith(u"0000"))
        return luhn(b.mid(4));
    return weighted(b, {6, 7, 8, 9, 4, 5, 6, 7, 8, 9}) % 11 == digit(b, 10);
}

// Czechia and Slovakia: prefix (weights 10,5,8,4,2,1) and account number (6,3,7,9,10,5,8,4,2,1)
// are each divisible by 11.
bool checkCzSk(QStringView b)
{
    return weighted(b.mid(4, 6), {10, 5, 8, 4, 2, 1}) % 11 == 0 &&
           weighted(b.mid(10, 10), {6, 3, 7, 9, 10, 5, 8, 4, 2, 1}) % 11 == 0;
}

// Finland: the 14-digit account number ends in a Luhn check digit.
bool checkFI(QStringView b)
{
    return luhn(b);
}

// Estonia: the account number (without the leading zeros) ends in a 7-3-1 check digit.
bool checkEE(QStringView b)
{
    QStringView account = b.mid(2);
    while (account.size() > 1 && account[0] == u'0')
        account = account.mid(1);
    const QStringView body = account.left(account.size() - 1);
    static constexpr int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        sum += weights[i % 3] * digit(body, body.size() - 1 - i);
    return (10 - sum % 10) % 10 == digit(account, account.size() - 1);
}

// Croatia: bank code (7 digits) and account (10 digits) each end in an ISO 7064 MOD 11,10 digit.
bool iso7064_11_10(QStringView digits)
{
    int p = 10;
    for (qsizetype i = 0; i + 1 < digits.size(); ++i) {
        int s = (p + digit(digits, i)) % 10;
        if (s == 0)
            s = 10;
        p = s * 2 % 11;
    }
    return (11 - p) % 10 == digit(digits, digits.size() - 1);
}

bool checkHR(QStringView b)
{
    return iso7064_11_10(b.left(7)) && iso7064_11_10(b.mid(7));
}

// Hungary: bank and branch (8 digits) and the account (16 digits) each satisfy weights 9,7,3,1
// modulo 10.
bool checkHU(QStringView b)
{
    const auto ok = [](QStringView s) {
        static constexpr int weights[] = {9, 7, 3, 1};
        int sum = 0;
        for (qsizetype i = 0; i < s.size(); ++i)
            sum += weights[i % 4] * digit(s, i);
        return sum % 10 == 0;
    };
    return ok(b.left(8)) && ok(b.mid(8));
}

// Poland: the 8-digit bank sort code ends in a check digit, weights 3,9,7,1,3,9,7 modulo 10.
bool checkPL(QStringView b)
{
    return (10 - weighted(b, {3, 9, 7, 1, 3, 9, 7}) % 10) % 10 == digit(b, 7);
}

// Albania: bank (3 digits) and branch (4) are followed by a check digit, weights 9,7,3,1,9,7,3
// modulo 10.
bool checkAL(QStringView b)
{
    return (10 - weighted(b, {9, 7, 3, 1, 9, 7, 3}) % 10) % 10 == digit(b, 7);
}

// Tunisia, clé RIB: bank, branch, account and key, read as one number, are divisible by 97.
bool checkTN(QStringView b)
{
    return allDigits(b) && mod(b, 97) == 0;
}

struct NationalCheck
{
    std::u16string_view country;
    const char* name; // the check's name in that country's banking, not translated
    bool (*matches)(QStringView bban);
};

// Countries whose BBAN carries national check digits with a public, unambiguous rule, and which
// the public test values confirm. Germany (about 150 bank-specific methods), the Netherlands (not
// every bank's numbers pass the old 11-test) and the United Kingdom (sort-code tables) have none
// that can be checked here; Mauritania, Djibouti, Burundi, Sao Tome and Iceland are left out while
// no public values beyond the registry's single example confirm their rules.
constexpr NationalCheck nationalChecks[] = {
    {u"AL", "9-7-3-1", checkAL},   {u"BA", "mod 97", checkMod97}, {u"BE", "mod 97", checkBE},
    {u"CZ", "mod 11", checkCzSk},  {u"EE", "7-3-1", checkEE},     {u"ES", "DC", checkES},
    {u"FI", "Luhn", checkFI},      {u"FR", "RIB", checkRib},      {u"HR", "ISO 7064 MOD 11,10", checkHR},
    {u"HU", "9-7-3-1", checkHU},   {u"IT", "CIN", checkCin},      {u"MC", "RIB", checkRib},
    {u"ME", "mod 97", checkMod97}, {u"MK", "mod 97", checkMod97}, {u"NO", "mod 11", checkNO},
    {u"PL", "3-9-7-1", checkPL},   {u"PT", "NIB", checkMod97},    {u"RS", "mod 97", checkRS},
    {u"SI", "mod 97", checkSI},    {u"SK", "mod 11", checkCzSk},  {u"SM", "CIN", checkCin},
    {u"TL", "mod 97", checkMod97}, {u"TN", "RIB", checkTN},
};

QString countryName(QStringView code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code.toString() : QLocale::territoryToString(territory);
}

} // namespace

int ibanLength(const QString& countryCode)
{
    const IbanCountry* c = find(countryCode);
    return c ? c->length : 0;
}

bool isIbanCountry(const QString& countryCode)
{
    return find(countryCode) != nullptr;
}

QString ibanBbanFormat(const QString& countryCode)
{
    const IbanCountry* c = find(countryCode);
    return c ? QString::fromLatin1(c->bban.data(), qsizetype(c->bban.size())) : QString();
}

bool isIso3166Country(QStringView code)
{
    if (code.size() != 2)
        return false;
    const std::u16string_view key(code.utf16(), 2);
    return std::binary_search(std::begin(isoCountries), std::end(isoCountries), key,
                              [](std::u16string_view a, std::u16string_view b) { return a < b; });
}

namespace detail {

QString ibanStructureProblem(QStringView iban)
{
    const QString country = iban.left(2).toString();
    const IbanCountry* c = find(country);
    if (!c || iban.size() != c->length)
        return {};
    qsizetype pos = 4;
    for (std::size_t at = 0; at < c->bban.size();) {
        const Element e = elementAt(c->bban, at);
        for (int i = 0; i < e.count; ++i, ++pos) {
            const QChar ch = iban[pos];
            const char* problem = nullptr;
            if (e.kind == 'n' && !isDigit(ch))
                problem = QT_TRANSLATE_NOOP("Validators",
                                            "Character %1 of an IBAN from %2 must be a digit, not “%3”.");
            else if (e.kind == 'a' && !isUpper(ch))
                problem = QT_TRANSLATE_NOOP(
                    "Validators", "Character %1 of an IBAN from %2 must be a letter A–Z, not “%3”.");
            if (problem)
                return QCoreApplication::translate("Validators", problem)
                           .arg(QString::number(pos + 1), countryName(country), QString(ch)) +
                       u' ' +
                       QCoreApplication::translate("Validators",
                                                   "Its account part has the form %1 (n: digit, a: letter, "
                                                   "c: letter or digit).")
                           .arg(QString::fromLatin1(c->bban.data(), qsizetype(c->bban.size())));
        }
        at = e.next;
    }
    return {};
}

QString ibanNationalCheckProblem(QStringView iban)
{
    const QString country = iban.left(2).toString();
    const IbanCountry* c = find(country);
    if (!c || iban.size() != c->length || !ibanStructureProblem(iban).isEmpty())
        return {};
    const QStringView bban = iban.mid(4);
    for (const NationalCheck& check : nationalChecks) {
        if (check.country == std::u16string_view(QStringView(country).utf16(), 2)) {
            if (!check.matches(bban))
                return QCoreApplication::translate(
                           "Validators", "The IBAN's check digits match, but the bank and account "
                                         "number fail %1's national check (%2): a digit is mistyped.")
                    .arg(countryName(country), QString::fromLatin1(check.name));
            break;
        }
    }
    return {};
}

} // namespace detail

} // namespace incentives::validators
