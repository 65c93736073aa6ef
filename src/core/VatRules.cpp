#include "core/Validators.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <initializer_list>
#include <utility>

namespace incentives::validators {
namespace {

Check fail(QString error)
{
    Check check;
    check.error = std::move(error);
    return check;
}

// Only ASCII counts: QChar::isDigit would let Arabic-Indic or full-width digits through.
constexpr bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

constexpr bool isAsciiLetter(QChar c)
{
    return (c.unicode() >= u'A' && c.unicode() <= u'Z') || (c.unicode() >= u'a' && c.unicode() <= u'z');
}

constexpr bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

int digitAt(QStringView s, qsizetype i)
{
    return s[i].unicode() - u'0';
}

// QString::toUpper would turn U+0131 or U+017F into ASCII letters; only a-z is mapped.
QString asciiUpper(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        out.append((c.unicode() >= u'a' && c.unicode() <= u'z') ? QChar(char16_t(c.unicode() - 32)) : c);
    return out;
}

// Invisible or unprintable characters are shown as code points; quoting them would show nothing.
QString describeChar(QStringView s, qsizetype i)
{
    char32_t cp = s[i].unicode();
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        cp = QChar::surrogateToUcs4(s[i], s[i + 1]);
    if (QChar::isPrint(cp) && !QChar::isSpace(cp) && QChar::category(cp) != QChar::Mark_NonSpacing)
        return QStringLiteral("\u201C%1\u201D").arg(QString::fromUcs4(&cp, 1));
    return QStringLiteral("U+%1").arg(QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0'));
}

enum class Verdict
{
    Valid,
    BadFormat,
    BadCheck
};

constexpr Verdict verdict(bool checkDigitsMatch)
{
    return checkDigitsMatch ? Verdict::Valid : Verdict::BadCheck;
}

int weightedSum(QStringView digits, std::initializer_list<int> weights)
{
    int sum = 0;
    qsizetype i = 0;
    for (const int weight : weights)
        sum += weight * digitAt(digits, i++);
    return sum;
}

int remainder(QStringView digits, int modulus)
{
    int r = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        r = (r * 10 + digitAt(digits, i)) % modulus;
    return r;
}

bool luhn(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (doubled)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

// ISO 7064 MOD 11,10, run over the check digit too: the result is 1 for a valid number.
bool mod11_10(QStringView digits)
{
    int check = 5;
    for (qsizetype i = 0; i < digits.size(); ++i)
        check = (((check == 0 ? 10 : check) * 2) % 11 + digitAt(digits, i)) % 10;
    return check == 1;
}

Verdict checkAT(QStringView b)
{
    const QStringView d = b.mid(1);
    int sum = 0;
    for (qsizetype i = 0; i < 7; ++i) {
        const int x = digitAt(d, i) * (i % 2 == 1 ? 2 : 1);
        sum += x / 10 + x % 10;
    }
    return verdict((10 - (sum + 4) % 10) % 10 == digitAt(d, 7));
}

Verdict checkBE(QStringView b)
{
    return verdict(97 - remainder(b.left(8), 97) == digitAt(b, 8) * 10 + digitAt(b, 9));
}

Verdict checkDE(QStringView b)
{
    return b[0] == u'0' ? Verdict::BadFormat : verdict(mod11_10(b));
}

Verdict checkDK(QStringView b)
{
    return b[0] == u'0' ? Verdict::BadFormat : verdict(weightedSum(b, {2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0);
}

Verdict checkEE(QStringView b)
{
    return verdict(weightedSum(b, {3, 7, 1, 3, 7, 1, 3, 7, 1}) % 10 == 0);
}

Verdict checkEL(QStringView b)
{
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i)
        sum = sum * 2 + digitAt(b, i);
    return verdict(sum * 2 % 11 % 10 == digitAt(b, 8));
}

// Spain's NIF has four shapes: DNI (8 digits + letter), NIE (X/Y/Z + 7 digits + letter),
// K/L/M personal numbers (DNI letter over 7 digits) and company CIFs (letter + 7 digits + check).
Verdict checkES(QStringView b)
{
    static constexpr QStringView dniLetters = u"TRWAGMYFPDXBNJZSQVHLCKE";
    static constexpr QStringView cifLetters = u"JABCDEFGHI";
    const QChar first = b[0];
    const QChar last = b[8];
    const auto dniLetter = [](int number) { return dniLetters[number % 23]; };
    if (isAsciiDigit(first))
        return isAsciiDigit(last) ? Verdict::BadFormat : verdict(last == dniLetter(remainder(b.left(8), 23)));
    if (QStringView(u"XYZ").contains(first)) {
        if (isAsciiDigit(last))
            return Verdict::BadFormat;
        const int leading = first.unicode() - u'X';
        return verdict(last == dniLetter((leading * 10000000 + remainder(b.mid(1, 7), 10000000)) % 23));
    }
    if (QStringView(u"KLM").contains(first))
        return isAsciiDigit(last) ? Verdict::BadFormat
                                  : verdict(last == dniLetter(remainder(b.mid(1, 7), 23)));
    if (!QStringView(u"ABCDEFGHJNPQRSUVW").contains(first))
        return Verdict::BadFormat;
    int sum = 0;
    for (qsizetype i = 1; i <= 7; ++i) {
        const int x = digitAt(b, i) * (i % 2 == 1 ? 2 : 1);
        sum += x / 10 + x % 10;
    }
    const int control = (10 - sum % 10) % 10;
    // Companies (A, B, E, H) use a digit, public bodies (P, Q, S) a letter, other kinds either.
    const bool digitOk = !QStringView(u"PQS").contains(first) && last == QChar(char16_t(u'0' + control));
    const bool letterOk = !QStringView(u"ABEH").contains(first) && last == cifLetters[control];
    return verdict(digitOk || letterOk);
}

Verdict checkFI(QStringView b)
{
    return verdict(weightedSum(b, {7, 9, 10, 5, 8, 4, 2, 1}) % 11 == 0);
}

// The key before the SIREN: numeric keys are (12 + 3 * (SIREN mod 97)) mod 97. Alphanumeric keys
// (DGFiP's "new style", characters 0-9 and A-Z without I and O, at least one a letter) encode a
// number C from the two characters' places in that alphabet (first * 24 + second - 10 when the
// first is a digit, first * 34 + second - 100 otherwise); (SIREN + 1 + C / 11) mod 11 must equal
// C mod 11. The SIREN itself ends in a Luhn digit, except Monaco's numbers, which start with 000.
Verdict checkFR(QStringView b)
{
    static constexpr QStringView alphabet = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const QStringView key = b.left(2);
    const QStringView siren = b.mid(2);
    if (!alphabet.contains(key[0]) || !alphabet.contains(key[1]))
        return Verdict::BadFormat;
    if (!siren.startsWith(u"000") && !luhn(siren))
        return Verdict::BadCheck;
    if (isAsciiDigit(key[0]) && isAsciiDigit(key[1]))
        return verdict((12 + 3 * remainder(siren, 97)) % 97 == digitAt(key, 0) * 10 + digitAt(key, 1));
    const auto place = [](QChar c) { return int(alphabet.indexOf(c)); };
    const int c = isAsciiDigit(key[0]) ? place(key[0]) * 24 + place(key[1]) - 10
                                       : place(key[0]) * 34 + place(key[1]) - 100;
    return verdict((remainder(siren, 11) + 1 + c / 11) % 11 == c % 11);
}

// HMRC weights 8..2 then the check pair as a number; the original scheme leaves 0 mod 97, the
// newer "9755" scheme adds 55 first, which leaves 42. A 12-digit form adds a 3-digit branch.
Verdict checkGB(QStringView b)
{
    // Government departments (GD, below 500) and health authorities (HA, 500 and up); the
    // 8888 form is how they were quoted to the EU, with the number mod 97 appended.
    if (b.startsWith(u"GD") || b.startsWith(u"HA")) {
        const bool eu = b.size() == 11;
        const int number = remainder(b.mid(eu ? 6 : 2, 3), 1000);
        if (b.startsWith(u"GD") != (number < 500))
            return Verdict::BadFormat;
        return eu ? verdict(number % 97 == remainder(b.mid(9), 100)) : Verdict::Valid;
    }
    const int sum = weightedSum(b, {8, 7, 6, 5, 4, 3, 2, 10, 1}) % 97;
    return verdict(sum == 0 || sum == 42);
}

Verdict checkHR(QStringView b)
{
    return verdict(mod11_10(b));
}

Verdict checkHU(QStringView b)
{
    return verdict(weightedSum(b, {9, 7, 3, 1, 9, 7, 3, 1}) % 10 == 0);
}

Verdict checkIT(QStringView b)
{
    return verdict(luhn(b));
}

Verdict checkLU(QStringView b)
{
    return verdict(remainder(b.left(6), 89) == digitAt(b, 6) * 10 + digitAt(b, 7));
}

Verdict checkMT(QStringView b)
{
    return b[0] == u'0' ? Verdict::BadFormat : verdict(weightedSum(b, {3, 4, 6, 7, 8, 9, 10, 1}) % 37 == 0);
}

// Company numbers, and sole traders' numbers before 2020, pass the mod 11 "elfproef"; since 2020
// sole traders get numbers whose whole "NL...B.." string passes ISO 7064 mod 97 instead.
Verdict checkNL(QStringView b)
{
    if (b.mid(10) == u"00")
        return Verdict::BadFormat;
    if (weightedSum(b, {9, 8, 7, 6, 5, 4, 3, 2}) % 11 == digitAt(b, 8))
        return Verdict::Valid;
    int r = (23 * 100 + 21) % 97; // "NL" as N=23, L=21
    for (const QChar c : b)
        r = c == u'B' ? (r * 100 + 11) % 97 : (r * 10 + (c.unicode() - u'0')) % 97;
    return verdict(r == 1);
}

Verdict checkPL(QStringView b)
{
    return verdict(weightedSum(b, {6, 5, 7, 2, 3, 4, 5, 6, 7}) % 11 == digitAt(b, 9));
}

Verdict checkPT(QStringView b)
{
    if (b[0] == u'0')
        return Verdict::BadFormat;
    return verdict((11 - weightedSum(b, {9, 8, 7, 6, 5, 4, 3, 2}) % 11) % 11 % 10 == digitAt(b, 8));
}

// Romanian CUIs have 2 to 10 digits; the weights apply to the number right-aligned in 9 places.
// People registered for VAT use their 13-digit personal numeric code (CNP): sex and century digit,
// birth date, county, serial, and a check digit from weights 2,7,9,1,4,6,3,5,8,2,7,9 (10 becomes 1).
Verdict checkRO(QStringView b)
{
    if (b[0] == u'0')
        return Verdict::BadFormat;
    if (b.size() == 13) {
        const int month = digitAt(b, 3) * 10 + digitAt(b, 4);
        const int day = digitAt(b, 5) * 10 + digitAt(b, 6);
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return Verdict::BadFormat;
        const int check = weightedSum(b, {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9}) % 11;
        return verdict((check == 10 ? 1 : check) == digitAt(b, 12));
    }
    static constexpr std::array<int, 9> weights{7, 5, 3, 2, 1, 7, 5, 3, 2};
    const QStringView body = b.left(b.size() - 1);
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        sum += weights[std::size_t(9 - body.size() + i)] * digitAt(body, i);
    return verdict(sum * 10 % 11 % 10 == digitAt(b, b.size() - 1));
}

Verdict checkSE(QStringView b)
{
    return verdict(luhn(b.left(10)));
}

Verdict checkSI(QStringView b)
{
    if (b[0] == u'0')
        return Verdict::BadFormat;
    int check = 11 - weightedSum(b, {8, 7, 6, 5, 4, 3, 2}) % 11;
    if (check == 10)
        check = 0;
    return verdict(check == digitAt(b, 7));
}

// Bulgaria: 9-digit company numbers (weights 1..8, or 3..10 when that leaves 10); 10-digit
// numbers are a person's EGN, a foreigner's PNF, or another body's number, each with its digit.
Verdict checkBG(QStringView b)
{
    if (b.size() == 9) {
        int check = weightedSum(b, {1, 2, 3, 4, 5, 6, 7, 8}) % 11;
        if (check == 10)
            check = weightedSum(b, {3, 4, 5, 6, 7, 8, 9, 10}) % 11;
        return verdict(check % 10 == digitAt(b, 8));
    }
    const int last = digitAt(b, 9);
    const int month = digitAt(b, 2) * 10 + digitAt(b, 3);
    const int day = digitAt(b, 4) * 10 + digitAt(b, 5);
    const bool egnDate =
        ((month >= 1 && month <= 12) || (month >= 21 && month <= 32) || (month >= 41 && month <= 52)) &&
        day >= 1 && day <= 31;
    const bool egn = egnDate && weightedSum(b, {2, 4, 8, 5, 10, 9, 7, 3, 6}) % 11 % 10 == last;
    const bool pnf = weightedSum(b, {21, 19, 17, 13, 11, 9, 7, 3, 1}) % 10 == last;
    const bool other = (11 - weightedSum(b, {4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11) % 11 == last;
    return verdict(egn || pnf || other);
}

// Cyprus: 8 digits (never starting 12) and a letter from the digits, those in odd places mapped.
Verdict checkCY(QStringView b)
{
    if (b.startsWith(u"12"))
        return Verdict::BadFormat;
    static constexpr int odd[] = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i)
        sum += i % 2 == 0 ? odd[digitAt(b, i)] : digitAt(b, i);
    return verdict(b[8].unicode() == u'A' + sum % 26);
}

// A Czech or Slovak birth number (rodné číslo) as a VAT number: a plausible date, and for
// 10 digits divisibility by 11 (before 1954: the first nine mod 11 is 10 and the last digit 0).
bool birthNumber(QStringView b)
{
    const int year = digitAt(b, 0) * 10 + digitAt(b, 1);
    const int month = digitAt(b, 2) * 10 + digitAt(b, 3);
    const int day = digitAt(b, 4) * 10 + digitAt(b, 5);
    const bool monthOk = (month >= 1 && month <= 12) || (month >= 51 && month <= 62) ||
                         (month >= 21 && month <= 32) || (month >= 71 && month <= 82);
    if (!monthOk || day < 1 || day > 31)
        return false;
    if (b.size() == 9)
        return year < 54;
    const int r = remainder(b.left(9), 11);
    return remainder(b, 11) == 0 || (r == 10 && digitAt(b, 9) == 0);
}

// Czechia: 8-digit legal entities (weights 8..2, not starting 9), 9-digit individual numbers
// starting 6, or a birth number.
Verdict checkCZ(QStringView b)
{
    if (b.size() == 8) {
        if (b[0] == u'9')
            return Verdict::BadFormat;
        const int check = (11 - weightedSum(b, {8, 7, 6, 5, 4, 3, 2}) % 11) % 11;
        return verdict((check == 0 ? 1 : check) % 10 == digitAt(b, 7));
    }
    if (b.size() == 9 && b[0] == u'6') {
        const int sum = weightedSum(b.mid(1), {8, 7, 6, 5, 4, 3, 2}) % 11;
        return verdict(((8 - (10 - sum) % 11) % 10 + 10) % 10 == digitAt(b, 8));
    }
    return verdict(birthNumber(b));
}

// Ireland: 7 digits, a check letter (W, A..V for 0..22) and optionally a second letter that
// counts 9 times its place; the old form digit, letter, 5 digits, letter reads as 0, the 5
// digits and the first digit.
Verdict checkIE(QStringView b)
{
    static constexpr QStringView alphabet = u"WABCDEFGHIJKLMNOPQRSTUV";
    QString digits;
    if (isAsciiDigit(b[1])) {
        digits = b.left(7).toString();
    } else {
        digits = QStringLiteral("0") + b.mid(2, 5).toString() + b[0];
    }
    if (!alphabet.contains(b[7]) || (b.size() == 9 && !alphabet.contains(b[8])))
        return Verdict::BadFormat;
    int sum = weightedSum(digits, {8, 7, 6, 5, 4, 3, 2});
    if (b.size() == 9)
        sum += 9 * int(alphabet.indexOf(b[8]));
    return verdict(alphabet[sum % 23] == b[7]);
}

// Lithuania: 9 digits (8th is 1) or 12 digits (11th is 1); weights 1..9,1.. modulo 11, and when
// that leaves 10, weights 3..9,1,2.. instead.
Verdict checkLT(QStringView b)
{
    if (b[b.size() - 2] != u'1')
        return Verdict::BadFormat;
    const qsizetype n = b.size() - 1;
    int sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += int(1 + i % 9) * digitAt(b, i);
    int check = sum % 11;
    if (check == 10) {
        sum = 0;
        for (qsizetype i = 0; i < n; ++i)
            sum += int(1 + (i + 2) % 9) * digitAt(b, i);
        check = sum % 11;
    }
    return verdict(check % 10 == digitAt(b, n));
}

// Latvia: legal entities (first digit above 3) weigh 9,1,4,8,3,10,2,5,7,6,1 to 3 modulo 11;
// people (personal code, with a birth date unless it starts 32) carry a digit from 10,5,8,4,2,1,6,3,7,9.
Verdict checkLV(QStringView b)
{
    if (b[0] > u'3')
        return verdict(weightedSum(b, {9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1}) % 11 == 3);
    if (!b.startsWith(u"32")) {
        const int day = digitAt(b, 0) * 10 + digitAt(b, 1);
        const int month = digitAt(b, 2) * 10 + digitAt(b, 3);
        if (day < 1 || day > 31 || month < 1 || month > 12)
            return Verdict::BadFormat;
    }
    return verdict((1 + weightedSum(b, {10, 5, 8, 4, 2, 1, 6, 3, 7, 9})) % 11 % 10 == digitAt(b, 10));
}

// Slovakia: 10 digits divisible by 11, not starting 0, third digit 2, 3, 4, 7, 8 or 9 — or a
// birth number.
Verdict checkSK(QStringView b)
{
    if (birthNumber(b))
        return Verdict::Valid;
    if (b[0] == u'0' || !QStringView(u"234789").contains(b[2]))
        return Verdict::BadFormat;
    return verdict(remainder(b, 11) == 0);
}

// Switzerland: the UID, CHE and 9 digits whose last is 11 minus the weighted sum (5,4,3,2,7,6,5,4)
// modulo 11; 10 is never issued. The VAT register adds MWST, TVA, IVA or TPV.
Verdict checkCH(QStringView b)
{
    const QStringView d = b.mid(1, 9);
    const int check = (11 - weightedSum(d, {5, 4, 3, 2, 7, 6, 5, 4}) % 11) % 11;
    return verdict(check == digitAt(d, 8));
}

// Norway: the organisation number, 9 digits starting 8 or 9 whose last is 11 minus the weighted
// sum (3,2,7,6,5,4,3,2) modulo 11, followed by MVA for VAT.
Verdict checkNO(QStringView b)
{
    if (b[0] != u'8' && b[0] != u'9')
        return Verdict::BadFormat;
    const int check = (11 - weightedSum(b, {3, 2, 7, 6, 5, 4, 3, 2}) % 11) % 11;
    return verdict(check == digitAt(b, 8));
}

struct VatRule
{
    const char16_t* prefix;
    const char16_t* territory; // ISO code whose QLocale name describes the prefix
    // Accepted shapes after the prefix, '|'-separated: d digit, l letter, a letter or digit,
    // i letter or '+' or '*'; any other character stands for itself.
    const char* shapes;
    const char* description;
    Verdict (*check)(QStringView body); // nullptr: the format is all that is checked
};

// The VAT number formats of the EU member states (as the European Commission's VIES lists them),
// the United Kingdom and Northern Ireland (HMRC), Switzerland (UID register, Federal Statistical
// Office) and Norway (Brønnøysund register), each with its check rule above.
constexpr std::array<VatRule, 31> rules{{
    {u"AT", u"AT", "Udddddddd", QT_TRANSLATE_NOOP("Validators", "U and 8 digits"), checkAT},
    {u"BE", u"BE", "0ddddddddd|1ddddddddd", QT_TRANSLATE_NOOP("Validators", "10 digits starting with 0 or 1"),
     checkBE},
    {u"CH", u"CH", "Eddddddddd|EdddddddddMWST|EdddddddddTVA|EdddddddddIVA|EdddddddddTPV",
     QT_TRANSLATE_NOOP("Validators", "E and 9 digits, optionally followed by MWST, TVA, IVA or TPV"),
     checkCH},
    {u"BG", u"BG", "ddddddddd|dddddddddd", QT_TRANSLATE_NOOP("Validators", "9 or 10 digits"), checkBG},
    {u"CY", u"CY", "ddddddddl", QT_TRANSLATE_NOOP("Validators", "8 digits and a letter"), checkCY},
    {u"CZ", u"CZ", "dddddddd|ddddddddd|dddddddddd", QT_TRANSLATE_NOOP("Validators", "8, 9 or 10 digits"),
     checkCZ},
    {u"DE", u"DE", "ddddddddd", QT_TRANSLATE_NOOP("Validators", "9 digits, the first not 0"), checkDE},
    {u"DK", u"DK", "dddddddd", QT_TRANSLATE_NOOP("Validators", "8 digits, the first not 0"), checkDK},
    {u"EE", u"EE", "ddddddddd", QT_TRANSLATE_NOOP("Validators", "9 digits"), checkEE},
    {u"EL", u"GR", "ddddddddd", QT_TRANSLATE_NOOP("Validators", "9 digits"), checkEL},
    {u"ES", u"ES", "addddddda",
     QT_TRANSLATE_NOOP("Validators", "a letter or digit, 7 digits and a check letter or digit"), checkES},
    {u"FI", u"FI", "dddddddd", QT_TRANSLATE_NOOP("Validators", "8 digits"), checkFI},
    {u"FR", u"FR", "aaddddddddd", QT_TRANSLATE_NOOP("Validators", "a 2-character key and the 9-digit SIREN"),
     checkFR},
    {u"GB", u"GB", "ddddddddd|dddddddddddd|GDddd|HAddd|GD8888ddddd|HA8888ddddd",
     QT_TRANSLATE_NOOP("Validators",
                       "9 or 12 digits, GD and 3 digits below 500, or HA and 3 digits from 500"),
     checkGB},
    {u"HR", u"HR", "ddddddddddd", QT_TRANSLATE_NOOP("Validators", "11 digits"), checkHR},
    {u"HU", u"HU", "dddddddd", QT_TRANSLATE_NOOP("Validators", "8 digits"), checkHU},
    {u"IE", u"IE", "dddddddl|dddddddll|didddddl",
     QT_TRANSLATE_NOOP("Validators", "7 digits and 1 or 2 letters, or the older form like 1A23456B"),
     checkIE},
    {u"IT", u"IT", "ddddddddddd", QT_TRANSLATE_NOOP("Validators", "11 digits"), checkIT},
    {u"LT", u"LT", "ddddddddd|dddddddddddd", QT_TRANSLATE_NOOP("Validators", "9 or 12 digits"), checkLT},
    {u"LU", u"LU", "dddddddd", QT_TRANSLATE_NOOP("Validators", "8 digits"), checkLU},
    {u"LV", u"LV", "ddddddddddd", QT_TRANSLATE_NOOP("Validators", "11 digits"), checkLV},
    {u"MT", u"MT", "dddddddd", QT_TRANSLATE_NOOP("Validators", "8 digits, the first not 0"), checkMT},
    {u"NL", u"NL", "dddddddddBdd",
     QT_TRANSLATE_NOOP("Validators", "9 digits, the letter B and 2 digits (not 00)"), checkNL},
    {u"NO", u"NO", "dddddddddMVA", QT_TRANSLATE_NOOP("Validators", "9 digits and MVA"), checkNO},
    {u"PL", u"PL", "dddddddddd", QT_TRANSLATE_NOOP("Validators", "10 digits"), checkPL},
    {u"PT", u"PT", "ddddddddd", QT_TRANSLATE_NOOP("Validators", "9 digits, the first not 0"), checkPT},
    {u"RO", u"RO", "dd|ddd|dddd|ddddd|dddddd|ddddddd|dddddddd|ddddddddd|dddddddddd|ddddddddddddd",
     QT_TRANSLATE_NOOP("Validators", "2 to 10 digits, the first not 0, or a 13-digit personal numeric code"),
     checkRO},
    {u"SE", u"SE", "dddddddddd01", QT_TRANSLATE_NOOP("Validators", "12 digits ending in 01"), checkSE},
    {u"SI", u"SI", "dddddddd", QT_TRANSLATE_NOOP("Validators", "8 digits, the first not 0"), checkSI},
    {u"SK", u"SK", "dddddddddd", QT_TRANSLATE_NOOP("Validators", "10 digits"), checkSK},
    // Northern Ireland traders use XI for goods moved to and from the EU.
    {u"XI", u"GB", "ddddddddd|dddddddddddd|GDddd|HAddd|GD8888ddddd|HA8888ddddd",
     QT_TRANSLATE_NOOP("Validators",
                       "9 or 12 digits, GD and 3 digits below 500, or HA and 3 digits from 500"),
     checkGB},
}};

const VatRule* ruleFor(QStringView prefix)
{
    for (const VatRule& rule : rules) {
        if (prefix == QStringView(rule.prefix))
            return &rule;
    }
    return nullptr;
}

// Among the shapes as long as the body, the one it follows furthest; names the first character
// that breaks it (counted in the whole number, prefix included), or returns an empty string.
QString shapeMismatch(QStringView body, const char* shapes)
{
    qsizetype bestAt = -1;
    char bestWant = 0;
    for (const char* shape = shapes; *shape != '\0';) {
        const char* end = shape;
        while (*end != '\0' && *end != '|')
            ++end;
        if (end - shape == body.size()) {
            for (qsizetype i = 0; i < body.size(); ++i) {
                const QChar c = body[i];
                const char want = shape[i];
                const bool ok = want == 'd'   ? isAsciiDigit(c)
                                : want == 'l' ? isAsciiLetter(c)
                                : want == 'a' ? isAsciiAlnum(c)
                                : want == 'i' ? (isAsciiLetter(c) || c == u'+' || c == u'*')
                                              : c == QChar(char16_t(want));
                if (!ok) {
                    if (i > bestAt) {
                        bestAt = i;
                        bestWant = want;
                    }
                    break;
                }
            }
        }
        shape = *end == '\0' ? end : end + 1;
    }
    if (bestAt < 0)
        return {};
    const QString position = QString::number(bestAt + 3);
    const QString found = describeChar(body, bestAt);
    if (bestWant == 'd')
        return QCoreApplication::translate("Validators",
                                           "Character %1 of the VAT number must be a digit, not %2.")
            .arg(position, found);
    if (bestWant == 'l' || bestWant == 'i')
        return QCoreApplication::translate("Validators",
                                           "Character %1 of the VAT number must be a letter A–Z, not %2.")
            .arg(position, found);
    if (bestWant == 'a')
        return {};
    return QCoreApplication::translate("Validators", "Character %1 of the VAT number must be %2, not %3.")
        .arg(position, QStringLiteral("\u201C%1\u201D").arg(QChar(char16_t(bestWant))), found);
}

bool matchesShape(QStringView body, const char* shapes)
{
    const char* shape = shapes;
    while (true) {
        qsizetype i = 0;
        bool ok = true;
        for (; *shape != '\0' && *shape != '|'; ++shape, ++i) {
            if (!ok)
                continue;
            if (i >= body.size()) {
                ok = false;
                continue;
            }
            const QChar c = body[i];
            switch (*shape) {
            case 'd':
                ok = isAsciiDigit(c);
                break;
            case 'l':
                ok = isAsciiLetter(c);
                break;
            case 'a':
                ok = isAsciiAlnum(c);
                break;
            case 'i':
                ok = isAsciiLetter(c) || c == u'+' || c == u'*';
                break;
            default:
                ok = c == QChar(char16_t(*shape));
                break;
            }
        }
        if (ok && i == body.size())
            return true;
        if (*shape == '\0')
            return false;
        ++shape; // past the '|'
    }
}

QString placeName(QStringView prefix)
{
    if (prefix == u"XI")
        return QCoreApplication::translate("Validators", "Northern Ireland");
    const VatRule* rule = ruleFor(prefix);
    const QStringView code = rule ? QStringView(rule->territory) : prefix;
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code.toString() : QLocale::territoryToString(territory);
}

} // namespace

bool isEuCountry(const QString& countryCode)
{
    const QString code = asciiUpper(countryCode.trimmed());
    // Greece is GR in ISO 3166 but EL in EU VAT; either spelling is a member state.
    if (code == u"GR")
        return true;
    const VatRule* rule = ruleFor(code);
    return rule && code != u"GB" && code != u"XI" && code != u"CH" && code != u"NO";
}

Check vat(const QString& input, const QString& country)
{
    QString s;
    s.reserve(input.size());
    for (const QChar c : input) {
        if (!c.isSpace() && c != u'.' && c != u'-')
            s.append(c);
    }
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter a VAT number."));
    // '+' and '*' appear in old Irish numbers; the shapes keep them out of every other country.
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiAlnum(s[i]) && s[i] != u'+' && s[i] != u'*')
            return fail(
                QCoreApplication::translate(
                    "Validators", "A VAT number may contain only letters A–Z and digits; %1 is not allowed.")
                    .arg(describeChar(s, i)));
    }

    // The expected prefix, when a country is given: Greece is GR in ISO 3166 but EL in VAT.
    QString expected = asciiUpper(country.trimmed());
    if (expected == u"GR")
        expected = QStringLiteral("EL");
    if (!expected.isEmpty() && !ruleFor(expected))
        return fail(QCoreApplication::translate("Validators",
                                                "%1 does not issue EU, UK, Swiss or Norwegian VAT numbers.")
                        .arg(placeName(expected)));

    if (s.size() < 2 || !isAsciiLetter(s[0]) || !isAsciiLetter(s[1])) {
        if (!expected.isEmpty())
            return fail(QCoreApplication::translate(
                            "Validators", "A VAT number starts with its country code; for %1 that is %2.")
                            .arg(placeName(expected), expected));
        return fail(QCoreApplication::translate(
            "Validators", "A VAT number starts with its two-letter country code, like DE123456789."));
    }
    const QString prefix = asciiUpper(QStringView(s).left(2));
    if (prefix == u"GR")
        return fail(QCoreApplication::translate("Validators", "Greek VAT numbers start with EL, not GR."));
    const VatRule* rule = ruleFor(prefix);
    if (!rule)
        return fail(QCoreApplication::translate(
                        "Validators",
                        "%1 is not the country code of a VAT number checked here; use the code of an "
                        "EU country, GB, XI, CH or NO.")
                        .arg(prefix));
    // A Northern Ireland business is in GB for everything but its EU trade, so GB accepts XI.
    if (!expected.isEmpty() && prefix != expected && !(expected == u"GB" && prefix == u"XI"))
        return fail(
            QCoreApplication::translate(
                "Validators", "The VAT number's country (%1) does not match the selected country (%2).")
                .arg(prefix, expected == u"EL" ? QStringLiteral("GR") : expected));

    const QString body = asciiUpper(QStringView(s).mid(2));
    if (!matchesShape(body, rule->shapes)) {
        QString message =
            QCoreApplication::translate("Validators", "After the prefix %1 (%2), a VAT number has %3.")
                .arg(prefix, placeName(prefix), QCoreApplication::translate("Validators", rule->description));
        if (const QString where = shapeMismatch(body, rule->shapes); !where.isEmpty())
            message += u' ' + where;
        return fail(message);
    }
    // Placeholders like FI00000000 satisfy several of the weighted checks.
    if (body.size() >= 8) {
        bool allZero = true;
        for (const QChar c : body)
            allZero = allZero && !(c.unicode() >= u'1' && c.unicode() <= u'9');
        if (allZero)
            return fail(QCoreApplication::translate("Validators", "A VAT number cannot be all zeros."));
    }
    switch (rule->check ? rule->check(body) : Verdict::Valid) {
    case Verdict::Valid:
        break;
    case Verdict::BadFormat:
        return fail(
            QCoreApplication::translate("Validators", "After the prefix %1 (%2), a VAT number has %3.")
                .arg(prefix, placeName(prefix),
                     QCoreApplication::translate("Validators", rule->description)));
    case Verdict::BadCheck:
        return fail(QCoreApplication::translate(
            "Validators", "The VAT number's check digits do not match: a character is mistyped."));
    }
    Check check;
    check.normalized = prefix + body;
    return check;
}

} // namespace incentives::validators
