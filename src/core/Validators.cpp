#include "core/Validators.h"

#include "core/TextRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace incentives::validators {
namespace {

Check fail(QString error)
{
    Check check;
    check.error = std::move(error);
    return check;
}

Check ok(QString normalized, QString notice = {})
{
    Check check;
    check.normalized = std::move(normalized);
    check.notice = std::move(notice);
    return check;
}

// QChar::isDigit and isLetter accept every script; identifiers here are ASCII only, and other
// digits (Arabic-Indic, full-width) must be refused rather than silently accepted.
constexpr bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

constexpr bool isAsciiUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

constexpr bool isAsciiLower(QChar c)
{
    return c.unicode() >= u'a' && c.unicode() <= u'z';
}

constexpr bool isAsciiLetter(QChar c)
{
    return isAsciiUpper(c) || isAsciiLower(c);
}

constexpr bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

int digitAt(QStringView s, qsizetype i)
{
    return s[i].unicode() - u'0';
}

// QString::toUpper maps some non-ASCII letters onto ASCII ones (U+0131 dotless i becomes I,
// U+017F long s becomes S), which would let look-alikes through; only a-z is mapped here.
QString asciiUpper(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        out.append(isAsciiLower(c) ? QChar(char16_t(c.unicode() - (u'a' - u'A'))) : c);
    return out;
}

// Users paste identifiers with the grouping their bank statement shows; any Unicode white space
// (including no-break spaces from web pages) and the listed separators are dropped.
QString compact(QStringView input, QStringView separators)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (!c.isSpace() && !separators.contains(c))
            out.append(c);
    }
    return out;
}

template <typename Pred> qsizetype firstNotMatching(QStringView s, Pred pred)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!pred(s[i]))
            return i;
    }
    return -1;
}

// Names the offending character so the user can find it; invisible and unprintable ones are
// shown as code points because quoting them would show nothing (or reorder the message).
QString describeChar(QStringView s, qsizetype i)
{
    char32_t cp = s[i].unicode();
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        cp = QChar::surrogateToUcs4(s[i], s[i + 1]);
    if (cp == U' ')
        return QCoreApplication::translate("Validators", "a space");
    if (QChar::isPrint(cp) && !QChar::isSpace(cp) && QChar::category(cp) != QChar::Mark_NonSpacing)
        return QStringLiteral("\u201C%1\u201D").arg(QString::fromUcs4(&cp, 1));
    return QStringLiteral("U+%1").arg(QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0'));
}

QString countryName(QStringView code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code.toString() : QLocale::territoryToString(territory);
}

// QLocale also knows CLDR's region codes that ISO 3166-1 only reserves (the European Union,
// Canary Islands, ...); they are not countries a bank or a company can be registered in.
bool isKnownCountry(QStringView code)
{
    static constexpr std::array<const char16_t*, 8> reserved{u"AC", u"CP", u"DG", u"EA",
                                                             u"EU", u"IC", u"QO", u"TA"};
    if (code.size() != 2 || !isAsciiUpper(code[0]) || !isAsciiUpper(code[1]))
        return false;
    for (const char16_t* r : reserved) {
        if (code == QStringView(r))
            return false;
    }
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

struct DigitFieldText
{
    const char* empty;
    const char* badChar; // %1: the character
    const char* length;  // %1: how many digits were typed
};

Check digitField(const QString& input, QStringView separators, qsizetype length, const DigitFieldText& text)
{
    const QString s = compact(input, separators);
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", text.empty));
    if (const qsizetype i = firstNotMatching(s, isAsciiDigit); i >= 0)
        return fail(QCoreApplication::translate("Validators", text.badChar).arg(describeChar(s, i)));
    if (s.size() != length)
        return fail(QCoreApplication::translate("Validators", text.length).arg(s.size()));
    return ok(s);
}

// ISO 7064 MOD 97-10 over the IBAN with its first four characters moved to the end, letters
// counting as 10..35; reduced as it goes so any length fits in an int.
int ibanRemainder(QStringView iban)
{
    int remainder = 0;
    const auto feed = [&remainder](QChar c) {
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    };
    for (const QChar c : iban.mid(4))
        feed(c);
    for (const QChar c : iban.left(4))
        feed(c);
    return remainder;
}

bool isIrsPrefix(int prefix)
{
    static constexpr std::array<std::pair<int, int>, 9> assigned{
        {{1, 6}, {10, 16}, {20, 27}, {30, 48}, {50, 68}, {71, 77}, {80, 88}, {90, 95}, {98, 99}}};
    for (const auto& [low, high] : assigned) {
        if (prefix >= low && prefix <= high)
            return true;
    }
    return false;
}

bool isEmailLocalChar(QChar c)
{
    static constexpr QStringView specials = u".!#$%&'*+/=?^_`{|}~-";
    return isAsciiAlnum(c) || specials.contains(c);
}

bool isBidiControl(char32_t cp)
{
    return textrules::isDirectionControl(cp);
}

} // namespace

Check iban(const QString& input)
{
    const QString s = compact(input, {});
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter an IBAN."));
    if (const qsizetype i = firstNotMatching(s, isAsciiAlnum); i >= 0)
        return fail(QCoreApplication::translate(
                        "Validators", "An IBAN may contain only letters A–Z and digits; %1 is not allowed.")
                        .arg(describeChar(s, i)));
    const QString value = asciiUpper(s);
    if (value.size() < 2 || !isAsciiLetter(value[0]) || !isAsciiLetter(value[1]))
        return fail(QCoreApplication::translate(
            "Validators", "An IBAN starts with a two-letter country code, like DE or FR."));
    const QString country = value.left(2);
    const int expected = ibanLength(country);
    if (expected == 0) {
        if (!isIso3166Country(country))
            return fail(
                QCoreApplication::translate(
                    "Validators", "An IBAN starts with a country code; %1 is not a known country code.")
                    .arg(country));
        return fail(QCoreApplication::translate("Validators", "%1 (%2) does not use IBANs.")
                        .arg(countryName(country), country));
    }
    if (value.size() != expected)
        return fail(
            QCoreApplication::translate(
                "Validators", "An IBAN with the country code %1 (%2) has %3 characters; this one has %4.")
                .arg(country, countryName(country), QString::number(expected),
                     QString::number(value.size())));
    if (!isAsciiDigit(value[2]) || !isAsciiDigit(value[3]))
        return fail(QCoreApplication::translate(
            "Validators",
            "The third and fourth characters of an IBAN are its check digits and must be digits."));
    if (QString problem = detail::ibanStructureProblem(value); !problem.isEmpty())
        return fail(problem);
    // 00, 01 and 99 pass the remainder test when the true check digits are 97, 98 or 02,
    // but ISO 13616 never issues them.
    const QStringView checkDigits = QStringView(value).mid(2, 2);
    if (checkDigits == u"00" || checkDigits == u"01" || checkDigits == u"99" || ibanRemainder(value) != 1)
        return fail(QCoreApplication::translate(
            "Validators", "The IBAN check digits do not match: a character is mistyped."));
    if (QString problem = detail::ibanNationalCheckProblem(value); !problem.isEmpty())
        return fail(problem);
    return ok(value);
}

Check bic(const QString& input, const QString& bankCountry)
{
    const QString s = compact(input, {});
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter a BIC (SWIFT code)."));
    if (const qsizetype i = firstNotMatching(s, isAsciiAlnum); i >= 0)
        return fail(QCoreApplication::translate(
                        "Validators", "A BIC may contain only letters A–Z and digits; %1 is not allowed.")
                        .arg(describeChar(s, i)));
    if (s.size() != 8 && s.size() != 11)
        return fail(
            QCoreApplication::translate("Validators", "A BIC has 8 or 11 characters; this one has %1.")
                .arg(s.size()));
    const QString value = asciiUpper(s);
    if (firstNotMatching(QStringView(value).left(6), isAsciiLetter) >= 0)
        return fail(QCoreApplication::translate(
            "Validators",
            "The first six characters of a BIC are letters: four for the bank, two for the country."));
    const QString country = value.mid(4, 2);
    if (!isIso3166Country(country))
        return fail(
            QCoreApplication::translate(
                "Validators", "The BIC's country code %1 (characters 5 and 6) is not a known country.")
                .arg(country));
    const QString expected = asciiUpper(bankCountry.trimmed());
    if (!expected.isEmpty() && expected != country)
        return fail(QCoreApplication::translate(
                        "Validators", "The BIC's country (%1) does not match the bank country (%2).")
                        .arg(country, expected));
    // SWIFT reserves a 0 as the location code's second character for test and training BICs;
    // they are real entries of the directory, but no payment reaches a bank through them.
    if (value[7] == u'0')
        return ok(value, QCoreApplication::translate(
                             "Validators", "%1 is a SWIFT test and training BIC (its eighth character is "
                                           "0): payments cannot be sent to it.")
                             .arg(value.left(8)));
    return ok(value);
}

Check abaRouting(const QString& input)
{
    static constexpr DigitFieldText text{
        QT_TRANSLATE_NOOP("Validators", "Enter a routing number."),
        QT_TRANSLATE_NOOP("Validators",
                          "A routing number may contain only the digits 0–9; %1 is not allowed."),
        QT_TRANSLATE_NOOP("Validators", "A routing number has 9 digits; this one has %1.")};
    Check check = digitField(input, u"-", 9, text);
    if (!check.valid())
        return check;
    const QStringView d = check.normalized;
    // The first two digits are the Federal Reserve routing symbol: 00-12 banks, 21-32 thrift
    // institutions, 61-72 electronic transactions, 80 traveller's cheques; nothing else exists.
    const int prefix = digitAt(d, 0) * 10 + digitAt(d, 1);
    if (!(prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80))
        return fail(QCoreApplication::translate(
                        "Validators", "A routing number cannot start with %1; it starts with 00–12, 21–32, "
                                      "61–72 or 80.")
                        .arg(d.left(2)));
    // All zeros passes both rules above but is a placeholder, never a bank.
    if (firstNotMatching(d, [](QChar c) { return c == u'0'; }) < 0)
        return fail(QCoreApplication::translate("Validators", "A routing number cannot be all zeros."));
    const int sum = 3 * (digitAt(d, 0) + digitAt(d, 3) + digitAt(d, 6)) +
                    7 * (digitAt(d, 1) + digitAt(d, 4) + digitAt(d, 7)) +
                    (digitAt(d, 2) + digitAt(d, 5) + digitAt(d, 8));
    if (sum % 10 != 0)
        return fail(QCoreApplication::translate(
            "Validators", "The routing number's checksum does not match: a digit is mistyped."));
    return check;
}

Check ukSortCode(const QString& input)
{
    static constexpr DigitFieldText text{
        QT_TRANSLATE_NOOP("Validators", "Enter a sort code."),
        QT_TRANSLATE_NOOP("Validators", "A sort code may contain only the digits 0–9; %1 is not allowed."),
        QT_TRANSLATE_NOOP("Validators", "A sort code has 6 digits, like 12-34-56; this one has %1.")};
    return digitField(input, u"-", 6, text);
}

Check ukAccountNumber(const QString& input)
{
    static constexpr DigitFieldText text{
        QT_TRANSLATE_NOOP("Validators", "Enter an account number."),
        QT_TRANSLATE_NOOP("Validators",
                          "A UK account number may contain only the digits 0–9; %1 is not allowed."),
        QT_TRANSLATE_NOOP("Validators", "A UK account number has 8 digits; this one has %1.")};
    return digitField(input, u"-", 8, text);
}

Check canadaInstitution(const QString& input)
{
    static constexpr DigitFieldText text{
        QT_TRANSLATE_NOOP("Validators", "Enter an institution number."),
        QT_TRANSLATE_NOOP("Validators",
                          "An institution number may contain only the digits 0–9; %1 is not allowed."),
        QT_TRANSLATE_NOOP("Validators", "An institution number has 3 digits; this one has %1.")};
    return digitField(input, u"-", 3, text);
}

Check canadaTransit(const QString& input)
{
    static constexpr DigitFieldText text{
        QT_TRANSLATE_NOOP("Validators", "Enter a transit number."),
        QT_TRANSLATE_NOOP("Validators",
                          "A transit number may contain only the digits 0–9; %1 is not allowed."),
        QT_TRANSLATE_NOOP("Validators", "A transit number has 5 digits; this one has %1.")};
    return digitField(input, u"-", 5, text);
}

Check australiaBsb(const QString& input)
{
    static constexpr DigitFieldText text{
        QT_TRANSLATE_NOOP("Validators", "Enter a BSB."),
        QT_TRANSLATE_NOOP("Validators", "A BSB may contain only the digits 0–9; %1 is not allowed."),
        QT_TRANSLATE_NOOP("Validators", "A BSB has 6 digits, like 123-456; this one has %1.")};
    return digitField(input, u"-", 6, text);
}

Check indiaIfsc(const QString& input)
{
    const QString s = compact(input, {});
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter an IFSC code."));
    if (const qsizetype i = firstNotMatching(s, isAsciiAlnum); i >= 0)
        return fail(
            QCoreApplication::translate(
                "Validators", "An IFSC code may contain only letters A–Z and digits; %1 is not allowed.")
                .arg(describeChar(s, i)));
    if (s.size() != 11)
        return fail(
            QCoreApplication::translate("Validators", "An IFSC code has 11 characters; this one has %1.")
                .arg(s.size()));
    const QString value = asciiUpper(s);
    if (firstNotMatching(QStringView(value).left(4), isAsciiLetter) >= 0)
        return fail(QCoreApplication::translate("Validators",
                                                "An IFSC code starts with four letters that name the bank."));
    if (value[4] != u'0')
        return fail(QCoreApplication::translate(
            "Validators", "The fifth character of an IFSC code is always the digit 0 (zero)."));
    return ok(value);
}

Check accountNumber(const QString& input)
{
    const QString s = compact(input, {});
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter an account number."));
    if (const qsizetype i = firstNotMatching(s, isAsciiAlnum); i >= 0)
        return fail(
            QCoreApplication::translate(
                "Validators", "An account number may contain only letters A–Z and digits; %1 is not allowed.")
                .arg(describeChar(s, i)));
    if (s.size() < 4 || s.size() > 34)
        return fail(QCoreApplication::translate("Validators",
                                                "An account number has 4 to 34 characters; this one has %1.")
                        .arg(s.size()));
    return ok(asciiUpper(s));
}

Check foreignTaxId(const QString& input)
{
    const QString s = input.simplified();
    if (s.isEmpty())
        return fail(
            QCoreApplication::translate("Validators", "Enter the foreign tax identification number."));
    const auto allowed = [](QChar c) {
        return isAsciiAlnum(c) || c == u' ' || c == u'-' || c == u'/' || c == u'.';
    };
    if (const qsizetype i = firstNotMatching(s, allowed); i >= 0)
        return fail(QCoreApplication::translate("Validators",
                                                "A tax ID may contain only letters A–Z, digits, spaces, "
                                                "hyphens, slashes and dots; %1 is not allowed.")
                        .arg(describeChar(s, i)));
    if (firstNotMatching(s, [](QChar c) { return !isAsciiDigit(c); }) < 0)
        return fail(QCoreApplication::translate("Validators", "A tax ID has digits; this one has none."));
    if (s.size() > 40)
        return fail(
            QCoreApplication::translate("Validators", "A tax ID has at most 40 characters; this one has %1.")
                .arg(s.size()));
    return ok(asciiUpper(s));
}

Check ein(const QString& input)
{
    static constexpr DigitFieldText text{
        QT_TRANSLATE_NOOP("Validators", "Enter an EIN."),
        QT_TRANSLATE_NOOP("Validators", "An EIN may contain only the digits 0–9; %1 is not allowed."),
        QT_TRANSLATE_NOOP("Validators", "An EIN has 9 digits, like 12-3456789; this one has %1.")};
    Check check = digitField(input, u"-", 9, text);
    if (!check.valid())
        return check;
    const QStringView d = check.normalized;
    if (!isIrsPrefix(digitAt(d, 0) * 10 + digitAt(d, 1)))
        return fail(QCoreApplication::translate("Validators", "EIN prefix %1 is not assigned by the IRS.")
                        .arg(d.left(2)));
    return check;
}

Check countryCode(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter a country code."));
    if (s.size() != 2 || !isAsciiLetter(s[0]) || !isAsciiLetter(s[1]))
        return fail(
            QCoreApplication::translate("Validators", "A country code has two letters, like DE or US."));
    const QString value = asciiUpper(s);
    if (!isKnownCountry(value))
        return fail(QCoreApplication::translate("Validators", "%1 is not a known country code.").arg(value));
    return ok(value);
}

QStringList knownCurrencies()
{
    return {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY"),
            QStringLiteral("INR"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"),
            QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"),
            QStringLiteral("CZK"), QStringLiteral("HUF"), QStringLiteral("RON"), QStringLiteral("BGN"),
            QStringLiteral("CNY"), QStringLiteral("HKD"), QStringLiteral("SGD"), QStringLiteral("NZD"),
            QStringLiteral("ZAR"), QStringLiteral("BRL"), QStringLiteral("MXN"), QStringLiteral("KRW"),
            QStringLiteral("TWD"), QStringLiteral("AED"), QStringLiteral("SAR"), QStringLiteral("ILS"),
            QStringLiteral("TRY"), QStringLiteral("THB"), QStringLiteral("MYR"), QStringLiteral("IDR"),
            QStringLiteral("PHP"), QStringLiteral("VND"), QStringLiteral("EGP"), QStringLiteral("NGN"),
            QStringLiteral("KES"), QStringLiteral("CLP"), QStringLiteral("COP"), QStringLiteral("PEN"),
            QStringLiteral("ARS")};
}

Check currencyCode(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter a currency code."));
    if (s.size() != 3 || firstNotMatching(s, isAsciiLetter) >= 0)
        return fail(
            QCoreApplication::translate("Validators", "A currency code has three letters, like EUR or USD."));
    const QString value = asciiUpper(s);
    if (!knownCurrencies().contains(value))
        return fail(QCoreApplication::translate("Validators", "%1 is not a supported currency.").arg(value));
    return ok(value);
}

Check partnerId(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter a PartnerID."));
    if (const qsizetype i = firstNotMatching(s, isAsciiDigit); i >= 0)
        return fail(QCoreApplication::translate(
                        "Validators", "A PartnerID may contain only the digits 0–9; %1 is not allowed.")
                        .arg(describeChar(s, i)));
    if (s.size() != 7)
        return fail(QCoreApplication::translate("Validators", "A PartnerID has 7 digits; this one has %1.")
                        .arg(s.size()));
    return ok(s);
}

Check email(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter an email address."));
    if (s.size() > 254)
        return fail(QCoreApplication::translate(
                        "Validators", "An email address has at most 254 characters; this one has %1.")
                        .arg(s.size()));
    const qsizetype at = s.indexOf(u'@');
    if (at < 0 || s.indexOf(u'@', at + 1) >= 0)
        return fail(QCoreApplication::translate(
            "Validators", "An email address has exactly one @, like name@example.com."));
    const QStringView local = QStringView(s).left(at);
    const QStringView domain = QStringView(s).mid(at + 1);
    if (local.isEmpty())
        return fail(QCoreApplication::translate("Validators",
                                                "The part of the email address before the @ is empty."));
    if (const qsizetype i = firstNotMatching(local, isEmailLocalChar); i >= 0)
        return fail(QCoreApplication::translate(
                        "Validators", "The part of the email address before the @ cannot contain %1.")
                        .arg(describeChar(local, i)));
    if (local.size() > 64)
        return fail(QCoreApplication::translate(
            "Validators", "The part of the email address before the @ has at most 64 characters."));
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return fail(QCoreApplication::translate(
            "Validators", "The part of the email address before the @ cannot start or end with a dot, "
                          "or have two dots in a row."));
    if (domain.isEmpty())
        return fail(
            QCoreApplication::translate("Validators", "The email address has no domain after the @."));
    const auto domainChar = [](QChar c) { return isAsciiAlnum(c) || c == u'-' || c == u'.'; };
    if (const qsizetype i = firstNotMatching(domain, domainChar); i >= 0)
        return fail(
            QCoreApplication::translate("Validators", "The domain of the email address cannot contain %1.")
                .arg(describeChar(domain, i)));
    if (!domain.contains(u'.'))
        return fail(QCoreApplication::translate(
            "Validators", "The domain of the email address needs a dot, like example.com."));
    const QList<QStringView> labels = domain.split(u'.');
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return fail(QCoreApplication::translate(
                "Validators",
                "The domain of the email address is malformed: each part between dots has 1 to 63 "
                "letters, digits or hyphens, and no hyphen at either end."));
    }
    if (firstNotMatching(labels.last(), isAsciiDigit) < 0)
        return fail(QCoreApplication::translate(
            "Validators", "The domain of the email address must end in a name, like .com, not a number."));
    return ok(s.toLower());
}

Check displayName(const QString& input, int maxLength)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter a name."));
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t cp = s[i].unicode();
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            cp = QChar::surrogateToUcs4(s[i], s[i + 1]);
        const QChar::Category category = QChar::category(cp);
        // A right-to-left override makes "Contoso\u202Ecod.exe" display as something else.
        if (isBidiControl(cp))
            return fail(QCoreApplication::translate(
                            "Validators", "A name cannot contain the invisible text-direction character %1.")
                            .arg(describeChar(s, i)));
        if (category == QChar::Other_Control)
            return fail(QCoreApplication::translate(
                            "Validators",
                            "A name cannot contain control characters such as line breaks or tabs (%1).")
                            .arg(describeChar(s, i)));
        // Zero-width joiners are part of how Persian, Indic and emoji text is written; other
        // format characters are invisible and serve only to make two names look alike.
        if (category == QChar::Other_Format && cp != 0x200C && cp != 0x200D)
            return fail(QCoreApplication::translate(
                            "Validators", "A name cannot contain the invisible formatting character %1.")
                            .arg(describeChar(s, i)));
        if (category == QChar::Other_Surrogate || category == QChar::Other_PrivateUse ||
            category == QChar::Other_NotAssigned)
            return fail(QCoreApplication::translate("Validators", "A name cannot contain the character %1.")
                            .arg(describeChar(s, i)));
        if (cp > 0xFFFF)
            ++i;
    }
    const QString value = s.simplified();
    if (value.size() > maxLength)
        return fail(
            QCoreApplication::translate("Validators", "A name has at most %1 characters; this one has %2.")
                .arg(QString::number(maxLength), QString::number(value.size())));
    return ok(value);
}

Check phone(const QString& input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter a phone number."));
    QString digits;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (isAsciiDigit(c))
            digits.append(c);
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return fail(QCoreApplication::translate(
                            "Validators",
                            "A phone number may contain only digits, a leading +, spaces, hyphens, dots "
                            "and parentheses; %1 is not allowed.")
                            .arg(describeChar(s, i)));
    }
    if (digits.size() < 7 || digits.size() > 15)
        return fail(
            QCoreApplication::translate("Validators", "A phone number has 7 to 15 digits; this one has %1.")
                .arg(digits.size()));
    return ok(s.startsWith(u'+') ? QLatin1Char('+') + digits : digits);
}

Check tenantId(const QString& input)
{
    QString s = input.trimmed();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("Validators", "Enter the CSP tenant ID."));
    if (s.startsWith(u'{') && s.endsWith(u'}') && s.size() >= 2)
        s = s.mid(1, s.size() - 2);
    const auto isHex = [](QChar c) {
        return isAsciiDigit(c) || (c.unicode() >= u'a' && c.unicode() <= u'f') ||
               (c.unicode() >= u'A' && c.unicode() <= u'F');
    };
    static constexpr std::array<int, 5> groups{8, 4, 4, 4, 12};
    const QList<QStringView> parts = QStringView(s).split(u'-');
    bool shaped = parts.size() == int(groups.size());
    for (qsizetype i = 0; shaped && i < parts.size(); ++i)
        shaped = parts[i].size() == groups[std::size_t(i)];
    if (const qsizetype i = firstNotMatching(s, [&](QChar c) { return isHex(c) || c == u'-'; }); i >= 0)
        return fail(QCoreApplication::translate(
                        "Validators", "A tenant ID contains only the digits 0–9, the letters a–f and "
                                      "hyphens; %1 is not allowed.")
                        .arg(describeChar(s, i)));
    if (!shaped)
        return fail(QCoreApplication::translate(
            "Validators", "A tenant ID is a GUID of 32 hexadecimal digits grouped 8-4-4-4-12, like "
                          "8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d."));
    const QString normalized = s.toLower();
    if (firstNotMatching(normalized, [](QChar c) { return c == u'0' || c == u'-'; }) < 0)
        return fail(QCoreApplication::translate("Validators",
                                                "The all-zero GUID is not a tenant ID; copy the ID "
                                                "from Partner Center's account settings."));
    return ok(normalized);
}

} // namespace incentives::validators
