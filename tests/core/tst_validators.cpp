#include "core/Validators.h"

#include "core/EnrollmentRules.h"
#include "core/TaxDocuments.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <functional>
#include <utility>
#include <vector>

Q_DECLARE_METATYPE(incentives::TaxProfile)

namespace v = incentives::validators;
using incentives::validators::Check;

namespace {

QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Every table has the same four columns: a row is expected to pass when `problem` is empty, and
// then `normalized` is what must be stored; otherwise `problem` is a word the error must contain,
// so a row that fails for the wrong reason is caught too. `arg` is the optional second parameter.
void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("problem");
}

void good(const char* input, const char* normalized, const char* arg = "")
{
    const QByteArray tag = QByteArray(input).replace('\n', "\\n").replace('\t', "\\t");
    QTest::addRow("ok %s [%s]", tag.constData(), arg)
        << str(input) << str(arg) << str(normalized) << QString();
}

void bad(const char* tag, const QString& input, const char* problem, const char* arg = "")
{
    QTest::newRow(tag) << input << str(arg) << QString() << str(problem);
}

void bad(const char* input, const char* problem)
{
    const QByteArray tag = QByteArray(input).replace('\n', "\\n").replace('\t', "\\t");
    QTest::addRow("bad %s", tag.constData()) << str(input) << QString() << QString() << str(problem);
}

// Adds a passing row per entry of a "; "-separated list; an entry is the input, or
// "input=normalized" when the stored form differs from what was typed.
void goodEach(const char* list, const char* arg = "")
{
    for (const QString& entry : str(list).split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const QString input = entry.section(u'=', 0, 0);
        const QString normalized = entry.contains(u'=') ? entry.section(u'=', 1) : input;
        QTest::addRow("ok %s [%s]", qPrintable(entry), arg) << input << str(arg) << normalized << QString();
    }
}

// Adds a failing row per input of a "; "-separated list, all for the same reason.
void badEach(const char* problem, const char* list)
{
    for (const QString& input : str(list).split(QStringLiteral("; "), Qt::SkipEmptyParts))
        QTest::addRow("bad %s", qPrintable(input)) << input << QString() << QString() << str(problem);
}

// Inputs that no identifier validator accepts, each with the word its error must contain.
void addHostileRows(const char* emptyWord, const char* charWord, const char* lengthWord)
{
    bad("empty", QString(), emptyWord);
    bad("whitespace only", str(" \t\n\u00A0 "), emptyWord);
    bad("NUL inside", str("12") + QChar(u'\0') + str("34"), charWord);
    bad("control char", str("12\x01") + str("34"), charWord);
    bad("lone surrogate", str("12") + QChar(char16_t(0xD800)) + str("34"), charWord);
    bad("Arabic-Indic digits", str("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"), charWord);
    bad("full-width digits", str("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19"), charWord);
    bad("10000 digits", QString(10000, u'7'), lengthWord);
}

QString fetch(const char* column)
{
    return *static_cast<QString*>(QTest::qData(column, qMetaTypeId<QString>()));
}

void verify(const Check& check)
{
    QFETCH(QString, normalized);
    QFETCH(QString, problem);
    if (problem.isEmpty()) {
        QVERIFY2(check.valid(), qPrintable(check.error));
        QCOMPARE(check.normalized, normalized);
    } else {
        QVERIFY2(!check.valid(), qPrintable(QStringLiteral("accepted as ") + check.normalized));
        QVERIFY(!check.error.isEmpty());
        QVERIFY2(check.error.contains(problem, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(problem, check.error)));
        QVERIFY(check.normalized.isEmpty());
    }
}

// The lines of a file of public test values under tests/core/data: one value per line, spelled as
// published; lines starting with # and blank lines are skipped.
QStringList publicValues(const char* file)
{
    QFile f(QStringLiteral(VALIDATORS_DATA_DIR "/") + QLatin1String(file));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read test data %s", file);
    QStringList values;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            values.append(line);
    }
    return values;
}

QString compactUpper(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace() && c != u'.' && c != u'-')
            out.append(c.toUpper());
    }
    return out;
}

// ISO 7064 MOD 97-10 check digits for an IBAN whose own check digits are ignored.
QString withIbanCheckDigits(const QString& iban)
{
    const QString rearranged = iban.mid(4) + iban.left(2) + QStringLiteral("00");
    int r = 0;
    for (const QChar c : rearranged)
        r = c.isDigit() ? (r * 10 + c.digitValue()) % 97 : (r * 100 + (c.unicode() - u'A' + 10)) % 97;
    return iban.left(2) + QStringLiteral("%1").arg(98 - r, 2, 10, QChar(u'0')) + iban.mid(4);
}

// Where each country with national check digits keeps its (last) check character, in the BBAN.
int nationalCheckPosition(const QString& country, int bbanLength)
{
    if (country == u"BE")
        return 11;
    if (country == u"FR" || country == u"MC")
        return 22;
    if (country == u"ES")
        return 8;
    if (country == u"IT" || country == u"SM")
        return 0;
    if (country == u"PL" || country == u"AL")
        return 7;
    for (const char* c :
         {"BA", "CZ", "EE", "FI", "HR", "HU", "ME", "MK", "NO", "PT", "RS", "SI", "SK", "TL", "TN"}) {
        if (country == QLatin1String(c))
            return bbanLength - 1;
    }
    return -1;
}

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iban_data();
    void iban() { verify(v::iban(fetch("input"))); }
    void ibanRegistry_data();
    void ibanRegistry();
    void ibanPublicValues_data();
    void ibanPublicValues() { verify(v::iban(fetch("input"))); }
    void ibanBbanStructure_data();
    void ibanBbanStructure() { verify(v::iban(fetch("input"))); }
    void ibanNationalCheck_data();
    void ibanNationalCheck() { verify(v::iban(fetch("input"))); }
    void bic_data();
    void bic() { verify(v::bic(fetch("input"), fetch("arg"))); }
    void bicPublicValues_data();
    void bicPublicValues();
    void iso3166();
    void abaRouting_data();
    void abaRouting() { verify(v::abaRouting(fetch("input"))); }
    void domesticBankFields_data();
    void domesticBankFields();
    void indiaIfsc_data();
    void indiaIfsc() { verify(v::indiaIfsc(fetch("input"))); }
    void accountNumber_data();
    void accountNumber() { verify(v::accountNumber(fetch("input"))); }
    void ein_data();
    void ein() { verify(v::ein(fetch("input"))); }
    void foreignTaxId_data();
    void foreignTaxId() { verify(v::foreignTaxId(fetch("input"))); }
    void vat_data();
    void vat() { verify(v::vat(fetch("input"), fetch("arg"))); }
    void vatPublicValues_data();
    void vatPublicValues() { verify(v::vat(fetch("input"), fetch("arg"))); }
    void isEuCountry_data();
    void isEuCountry();
    void countryCode_data();
    void countryCode() { verify(v::countryCode(fetch("input"))); }
    void currencyCode_data();
    void currencyCode() { verify(v::currencyCode(fetch("input"))); }
    void partnerId_data();
    void partnerId() { verify(v::partnerId(fetch("input"))); }
    void email_data();
    void email() { verify(v::email(fetch("input"))); }
    void phone_data();
    void phone() { verify(v::phone(fetch("input"))); }
    void tenantId_data();
    void tenantId() { verify(v::tenantId(fetch("input"))); }
    void displayName_data();
    void displayName();
    void neverCrashes();
    void w8ben_data();
    void w8ben();
    void w8benNormalizes();
    void w8benExpiry();
    void taxFormsByCountry();
    void documents_data();
    void documents();
};

void TestValidators::iban_data()
{
    addColumns();
    // SWIFT registry examples, one per country plus typing variants; all check digits verified.
    goodEach("AD1200012030200359100100; AE070331234567890123456; AL47212110090000000235698741; "
             "AT611904300234573201; AZ21NABZ00000000137010001944; BA391290079401028494; BE68539007547034; "
             "BG80BNBG96611020345678; BH67BMAG00001299123456; BI4210000100010000332045181; "
             "BR1800360305000010009795493C1; BY13NBRB3600900000002Z00AB00; CH9300762011623852957; "
             "CR05015202001026284066; CY17002001280000001200527600; CZ6508000000192000145399; "
             "DE89370400440532013000; DJ2100010000000154000100186; DK5000400440116243; "
             "DO28BAGR00000001212453611324; EE382200221020145685; EG380019000500000000263180002; "
             "ES9121000418450200051332; FI2112345600000785; FK88SC123456789012; FO6264600001631634; "
             "FR1420041010050500013M02606; GB29NWBK60161331926819; GB82WEST12345698765432; "
             "GE29NB0000000101904917; GI75NWBK000000007099453; GL8964710001000206; "
             "GR1601101250000000012300695; GT82TRAJ01020000001210029690; HN88CABF00000000000250005469; "
             "HR1210010051863000160; HU42117730161111101800000000; IE29AIBK93115212345678; "
             "IL620108000000099999999; IQ98NBIQ850123456789012; IS140159260076545510730339; "
             "IT60X0542811101000000123456; JO94CBJO0010000000000131000302; KW81CBKU0000000000001234560101; "
             "KZ86125KZT5004100100; LB62099900000001001901229114; LC55HEMM000100010012001200023015; "
             "LI21088100002324013AA; LT121000011101001000; LU280019400644750000; LV80BANK0000435195001; "
             "LY83002048000020100120361; MC5811222000010123456789030; MD24AG000225100013104168; "
             "ME25505000012345678951; MK07250120000058984; MN121234123456789123; "
             "MR1300020001010000123456753; MT84MALT011000012345MTLCAST001S; MU17BOMM0101101030300200000MUR; "
             "NI45BAPR00000013000003558124; NL91ABNA0417164300; NO9386011117947; OM810180000001299123456; "
             "PK36SCBL0000001123456702; PL61109010140000071219812874; PS92PALS000000000400123456702; "
             "PT50000201231234567890154; QA58DOHB00001234567890ABCDEFG; RO49AAAA1B31007593840000; "
             "RS35260005601001611379; RU0304452522540817810538091310419; SA0380000000608010167519; "
             "SC18SSCB11010000000000001497USD; SD2129010501234001; SE4550000000058398257466; "
             "SI56263300012039086; SK3112000000198742637541; SM86U0322509800000000270100; "
             "SO211000001001000100141; ST68000100010051845310112; SV62CENR00000000000000700025; "
             "TL380080012345678910157; TN5910006035183598478831; TR330006100519786457841326; "
             "UA213223130000026007233566001; VA59001123000012345678; VG96VPVG0000012345678901; "
             "XK051212012345678906; YE15CBYE0001018861234567891234");
    good("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432");
    good("  gb82 west 1234 5698 7654 32\t", "GB82WEST12345698765432");
    good("de89\u00A03704\u00A00044\u00A00532\u00A00130\u00A000", "DE89370400440532013000");
    good("fr14 2004 1010 0505 0001 3m02 606", "FR1420041010050500013M02606");

    addHostileRows("Enter an IBAN", "may contain only", "country code");
    badEach("check digits do not match",
            "DE89370400440532013001; DE89370400440532031000; DE98370400440532013000; "
            "GB82WEST12345698765433; GB82WEST12345698765423; FR1420041010050500013M02607; "
            "NL91ABNA0417164301; BE68539007547035; NO9386011117948; MT84MALT011000012345MTLCAST001T; "
            "SA0380000000608010167518; BR1800360305000010009795493C2");
    // These satisfy the remainder, but 00, 01 and 99 are never issued (97, 98 and 02 are the real ones).
    badEach("check digits do not match",
            "DE00370400440532013050; DE01370400440532013032; DE99370400440532013014");
    bad("DE8937040044053201300", "has 22 characters; this one has 21");
    bad("DE893704004405320130000", "has 22 characters; this one has 23");
    bad("NO938601111794", "has 15 characters; this one has 14");
    bad("GB82WEST1234569876543", "United Kingdom");
    bad("DEAB370400440532013000", "check digits and must be digits");
    bad("US12345678901234567890", "does not use IBANs");
    bad("JP12345678901234567890", "Japan");
    bad("ZZ12345678901234567890", "not a known country code");
    badEach("two-letter country code", "12DE370400440532013000; D");
    bad("DE", "has 22 characters; this one has 2");
    bad("DE89-3704-0044-0532-0130-00", "\u201C-\u201D is not allowed");
    badEach("may contain only", "DE89.3704.0044.0532.0130.00; DE\u0668\u0669370400440532013000; "
                                "\uFF24\uFF25\uFF18\uFF19370400440532013000");
    bad("gb82we\u017Ft12345698765432", "may contain only"); // long s must not upper-case to S
    bad("DE89370400440532013000\u202E", "U+202E");
}

void TestValidators::ibanRegistry_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("length");
    // The SWIFT registry, country code and length, 89 entries.
    const QStringList registry =
        str("AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
            "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 "
            "IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 "
            "MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 "
            "SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30")
            .split(u' ');
    QCOMPARE(registry.size(), 89);
    for (const QString& entry : registry)
        QTest::addRow("%s", qPrintable(entry.left(2))) << entry.left(2) << entry.mid(2).toInt();
    QTest::newRow("lower case") << str("de") << 22;
    QTest::newRow("padded") << str(" gb ") << 22;
    QTest::newRow("mixed case") << str("nO") << 15;
    for (const char* code :
         {"US", "CA", "JP", "AU", "IN", "CN", "IR", "GP", "JE", "AX", "XX", "", "D", "DEU", "1A"})
        QTest::addRow("no IBAN '%s'", code) << str(code) << 0;
}

void TestValidators::ibanRegistry()
{
    QFETCH(QString, code);
    QFETCH(int, length);
    QCOMPARE(v::ibanLength(code), length);
    QCOMPARE(v::isIbanCountry(code), length > 0);
    if (length > 0)
        QVERIFY2(QLocale::codeToTerritory(code.trimmed()) != QLocale::AnyTerritory,
                 "IBAN country unknown to QLocale");
}

void TestValidators::bic_data()
{
    addColumns();
    goodEach("DEUTDEFF; DEUTDEFF500; COBADEFFXXX; BNPAFRPP; NWBKGB2L; BARCGB22; CHASUS33; BOFAUS3N; "
             "CITIUS33; HSBCHKHH; ABNANL2A; RABONL2U; INGBNL2A; UBSWCHZH80A; KREDBEBB; BKAUATWW; SOGEFRPP; "
             "RBKOXKPR; SBININBB; ICICINBBCTS");
    good("deutdeff", "DEUTDEFF");
    good(" DEUT DE FF 500 ", "DEUTDEFF500");
    good("DEUTDEFF", "DEUTDEFF", "DE");
    good("BNPAFRPP", "BNPAFRPP", "fr");
    good("RBKOXKPR", "RBKOXKPR", "XK");

    addHostileRows("Enter a BIC", "may contain only", "8 or 11 characters");
    bad("bank country", str("BNPAFRPP"), "The BIC's country (FR) does not match the bank country (DE)", "DE");
    bad("bank country GB", str("DEUTDEFF"), "does not match the bank country (GB)", "GB");
    bad("DEUTDEF", "8 or 11 characters; this one has 7");
    bad("DEUTDEFF50", "8 or 11 characters; this one has 10");
    bad("DEUTDEFF5000", "8 or 11 characters; this one has 12");
    badEach("letters", "DEU1DEFF; DEUTD3FF");
    bad("DEUTZZFF", "country code ZZ (characters 5 and 6) is not a known country");
    bad("DEUTEUFF", "country code EU (characters 5 and 6) is not a known country");
    badEach("may contain only", "DEUT-DEFF; DEUTDEF\u0661");
    bad("DEUTDEFF\u00E9", "\u201C\u00E9\u201D is not allowed");
}

void TestValidators::abaRouting_data()
{
    addColumns();
    // Federal Reserve banks and large US banks; every checksum recomputed.
    goodEach("011000015; 011000028; 021000021; 021000089; 021001033; 021200339; 021300077; 026009593; "
             "026013673; 031100209; 044000037; 051000017; 053000196; 061000104; 063100277; 071000013; "
             "081000032; 091000019; 111000025; 111000614; 121000358; 121042882; 122000661; 256074974; "
             "322271627; 322271724; 800000006");
    good(" 0110-0001-5 ", "011000015");
    good("021 000 021", "021000021");

    addHostileRows("Enter a routing number", "only the digits", "9 digits; this one has 10000");
    badEach("checksum does not match", "021000022; 021000012; 012100021; 123456789");
    bad("02100002", "9 digits; this one has 8");
    bad("0210000210", "9 digits; this one has 10");
    bad("130000006", "cannot start with 13");
    bad("500000005", "cannot start with 50");
    bad("810000009", "cannot start with 81");
    bad("000000000", "all zeros");
    bad("02100002A", "\u201CA\u201D is not allowed");
    bad("021.000.021", "only the digits");
}

// UK sort code and account, Canadian institution and transit, Australian BSB: fixed-length digits.
void TestValidators::domesticBankFields_data()
{
    addColumns();
    goodEach("12-34-56=123456; 40 47 84=404784; 404784", "sortCode");
    goodEach("31926819; 3192 6819=31926819", "ukAccount");
    goodEach("001;  004 =004", "institution");
    goodEach("00011; 12345", "transit");
    goodEach("062-000=062000; 032 002=032002; 083004", "bsb");

    bad("sort code empty", QString(), "Enter a sort code", "sortCode");
    bad("sort code short", str("12-34-5"), "6 digits, like 12-34-56; this one has 5", "sortCode");
    bad("sort code letter", str("12-34-5O"), "\u201CO\u201D is not allowed", "sortCode");
    bad("sort code slash", str("12/34/56"), "only the digits", "sortCode");
    bad("sort code Arabic", str("\u0661\u0662-34-56"), "only the digits", "sortCode");
    bad("uk account 7", str("3192681"), "8 digits; this one has 7", "ukAccount");
    bad("uk account 9", str("319268190"), "8 digits; this one has 9", "ukAccount");
    bad("uk account NUL", str("3192") + QChar(u'\0') + str("6819"), "U+0000", "ukAccount");
    bad("institution 4", str("0001"), "3 digits; this one has 4", "institution");
    bad("institution empty", str("   "), "Enter an institution number", "institution");
    bad("transit 4", str("1234"), "5 digits; this one has 4", "transit");
    bad("transit letters", str("12a45"), "only the digits", "transit");
    bad("bsb 5", str("062-00"), "6 digits, like 123-456; this one has 5", "bsb");
    bad("bsb huge", QString(10000, u'1'), "this one has 10000", "bsb");
    bad("bsb full-width", str("\uFF10\uFF16\uFF12000"), "only the digits", "bsb");
}

void TestValidators::domesticBankFields()
{
    QFETCH(QString, input);
    QFETCH(QString, arg);
    const std::vector<std::pair<const char*, std::function<Check(const QString&)>>> fields{
        {"sortCode", v::ukSortCode},
        {"ukAccount", v::ukAccountNumber},
        {"institution", v::canadaInstitution},
        {"transit", v::canadaTransit},
        {"bsb", v::australiaBsb}};
    for (const auto& [name, validate] : fields) {
        if (arg == QLatin1String(name))
            return verify(validate(input));
    }
    QFAIL("unknown field");
}

void TestValidators::indiaIfsc_data()
{
    addColumns();
    goodEach("SBIN0000001; SBIN0005943; HDFC0000001; ICIC0000002; UTIB0000004; KKBK0000958; PUNB0244200; "
             "BARB0DBVASH");
    good("sbin0005943", "SBIN0005943");
    good(" HDFC 0000 001 ", "HDFC0000001");

    addHostileRows("Enter an IFSC", "may contain only", "11 characters; this one has 10000");
    bad("SBIN000594", "11 characters; this one has 10");
    bad("SBIN00059430", "11 characters; this one has 12");
    badEach("fifth character", "SBINO005943; SBIN1005943");
    bad("SB1N0005943", "four letters");
    bad("SBIN-005943", "may contain only");
}

void TestValidators::foreignTaxId_data()
{
    addColumns();
    goodEach("1234567890; 12/345/67890; DE 123.456.789; 99-8877-66; aaacc1234d=AAACC1234D; "
             " 12  34 =12 34");
    addHostileRows("Enter the foreign tax", "is not allowed", "at most 40 characters");
    bad("12345@6789", "\u201C@\u201D is not allowed");
    badEach("is not allowed", "12_34; 12#34; 12,34; 12345+; DE\u00C412345; 12\u20AC34; <b>12</b>");
    bad("emoji", str("123\U0001F600"), "is not allowed");
    badEach("has digits", "ABCDEF; --/--");
}

void TestValidators::accountNumber_data()
{
    addColumns();
    good("0532013000", "0532013000");
    good("1234", "1234");
    good("ab12", "AB12");
    good("0123 4567 89", "0123456789");
    good("1234567890123456789012345678901234", "1234567890123456789012345678901234");
    good("MALT011000012345MTLCAST001S", "MALT011000012345MTLCAST001S");

    addHostileRows("Enter an account number", "may contain only", "4 to 34 characters; this one has 10000");
    bad("123", "4 to 34 characters; this one has 3");
    bad("12345678901234567890123456789012345", "4 to 34 characters; this one has 35");
    bad("1234-5678", "\u201C-\u201D is not allowed");
    badEach("may contain only", "1234/5678; 12\u00DF45");
}

void TestValidators::ein_data()
{
    addColumns();
    good("12-3456789", "123456789");
    good("91-1144442", "911144442");
    good(" 98 7654321 ", "987654321");
    // Both ends of every range the IRS assigns.
    goodEach("010000001; 060000001; 100000001; 160000001; 200000001; 270000001; 300000001; 480000001; "
             "500000001; 680000001; 710000001; 770000001; 800000001; 880000001; 900000001; 950000001; "
             "980000001; 990000001");

    addHostileRows("Enter an EIN", "only the digits", "9 digits, like 12-3456789; this one has 10000");
    for (const char* prefix : {"00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78",
                               "79", "89", "96", "97"}) {
        const QString input = str(prefix) + str("-1234567");
        const QString problem = QStringLiteral("EIN prefix %1 is not assigned by the IRS").arg(str(prefix));
        QTest::addRow("prefix %s", prefix) << input << QString() << QString() << problem;
    }
    bad("12-345678", "9 digits, like 12-3456789; this one has 8");
    bad("12-34567890", "this one has 10");
    bad("12/3456789", "\u201C/\u201D is not allowed");
}

void TestValidators::vat_data()
{
    addColumns();
    // Real VAT numbers as published by their holders, in the spellings found; checks recomputed.
    goodEach("DE136695976; DE - 113866163=DE113866163; DE 811 363 057=DE811363057; "
             "DE 221.304.969=DE221304969; de812847601=DE812847601; FR40303265045; "
             "FR 61 954 506 077=FR61954506077; fr 71383076817=FR71383076817; FR16000063601; "
             "FR K 7399859412=FRK7399859412; NL004495445B01; NL.8143.26.584.B.01=NL814326584B01; "
             "NL 8225.69.759 b01=NL822569759B01; NL000099998B57; NL001452330B47; IT00743110157; "
             "IT - 01404480202=IT01404480202; IT 0 0 6 1 8 2 8 0 4 9 9=IT00618280499; ESA28015865; "
             "ES A-28184661=ESA28184661; ES B64240914=ESB64240914; ES 54362315K=ES54362315K; "
             "ES X-5253868-R=ESX5253868R; ES Y5277343F=ESY5277343F; ES Z5277343K=ESZ5277343K; "
             "ES - Q0818001J=ESQ0818001J; ES Q-2818015-F=ESQ2818015F; ES R9600075G=ESR9600075G; "
             "ES W4003922D=ESW4003922D; ES F13005293=ESF13005293; ES J99216582=ESJ99216582; "
             "ES U99216426=ESU99216426; ES V99218067=ESV99218067; ES-x-2482300w=ESX2482300W; ATU13585627; "
             "ATU 142 43 102=ATU14243102; atu61195628=ATU61195628; BE0403170701; "
             "BE 0202.239.951=BE0202239951; BE0428759497; GB980780684; GB 002 4257 28=GB002425728; "
             "GB 100 1950 75=GB100195075; GB 242338087388=GB242338087388; GBGD100; GBHA501; "
             "GB GD888810003=GBGD888810003; XI980780684; DK 13 20 24 35=DK13202435; "
             "FI 2094606-3=FI20946063; EL 094012834=EL094012834; el 800 179 925=EL800179925; "
             "EE 100 931 558=EE100931558; HU 10672101=HU10672101; LU 10590281=LU10590281; "
             "MT 1039-6417=MT10396417; PL 584-030-44-72=PL5840304472; PT 500 019 720=PT500019720; "
             "RO 1822964=RO1822964; RO-23867797=RO23867797; SE 556.383.740.901=SE556383740901; "
             "SI 26808498=SI26808498; HR33392005961; BG 103873594=BG103873594; BG7523169263; "
             "CY 10246672X=CY10246672X; CZ 25123891=CZ25123891; CZ6956220612; IE 6433435F=IE6433435F; "
             "IE6433435OA; IE8D79739I; LT 119511515=LT119511515; LT 100001354118=LT100001354118; "
             "LV 40003189718=LV40003189718; SK 2022193459=SK2022193459");
    good("DE136695976", "DE136695976", "DE");
    good("de 136 695 976", "DE136695976", "de");
    good("EL094012834", "EL094012834", "GR");
    good("EL094012834", "EL094012834", "EL");
    good("XI980780684", "XI980780684", "GB");
    good("XI980780684", "XI980780684", "XI");
    good("GB980780684", "GB980780684", "GB");

    addHostileRows("Enter a VAT number", "only letters", "country code");
    bad("no prefix", str("136695976"), "two-letter country code");
    bad("no prefix, country", str("136695976"), "for Germany that is DE", "DE");
    bad("GR prefix", str("GR094012834"), "start with EL, not GR");
    bad("not EU", str("US123456789"), "not the country code of a VAT number checked here");
    bad("Swiss check digit", str("CHE123456789"), "check digits do not match");
    bad("wrong country", str("FR40303265045"),
        "The VAT number's country (FR) does not match the selected country (DE)", "DE");
    bad("Greek for Cyprus", str("EL094012834"), "does not match the selected country (CY)", "CY");
    bad("GB for XI", str("GB980780684"), "does not match the selected country (XI)", "XI");
    bad("country outside EU", str("DE136695976"), "does not issue EU, UK, Swiss or Norwegian VAT numbers",
        "US");
    badEach("check digits do not match",
            "DE136695977; DE136696976; FR41303265045; FR40303265046; NL004495446B01; NL000099998B58; "
            "IT00743110158; ESA28015866; ES54362315Z; ESX5253868S; ATU13585628; BE0403170702; "
            "GB980780685; GBHA888856700; DK13202436; FI20946064; EL094012835; EE100931559; HU10672102; "
            "LU10590282; MT10396418; PL5840304473; PT500019721; RO1822965; SE556383740801; SI26808499; "
            "HR33392005962");
    bad("DE036695976", "After the prefix DE (Germany)");
    badEach("9 digits", "DE13669597; DE1366959761");
    bad("FRIO303265045", "After the prefix FR (France)");
    bad("NL004495445B00", "not 00");
    bad("NL004495445A01", "the letter B");
    bad("IT0074311015", "11 digits");
    bad("ESA2801586E", "check digits do not match"); // an A company has a digit, never a letter
    badEach("After the prefix ES (Spain)", "ESQ2818015; ES543623159; ESI1234567A");
    bad("ESQ28180156", "check digits do not match"); // a public body has a letter
    bad("AT13585627", "U and 8 digits");
    badEach("10 digits starting with 0 or 1", "BE403170701; BE2403170701");
    badEach("9 or 12 digits", "GB98078068; LT1195115151");
    bad("GBGD600", "GD and 3 digits below 500");
    bad("GBHA201", "HA and 3 digits from 500");
    bad("PT000019720", "the first not 0");
    bad("RO1", "2 to 10 digits");
    bad("SE556383740902", "ending in 01");
    bad("CY102466721", "8 digits and a letter");
    bad("IE64334351F", "7 digits and 1 or 2 letters");
    bad("SK202219345", "10 digits");
    bad("FI00000000", "all zeros");
    // A shape error names the first character that breaks it, counted from the prefix.
    bad("DE13669597A", "Character 11 of the VAT number must be a digit, not \u201CA\u201D");
    bad("NL004495445A01", "Character 12 of the VAT number must be \u201CB\u201D, not \u201CA\u201D");
    bad("ATX13585627", "Character 3 of the VAT number must be \u201CU\u201D");
    bad("CY102466721", "Character 11 of the VAT number must be a letter A\u2013Z, not \u201C1\u201D");
    bad("IE1+23456", "7 digits and 1 or 2 letters");
    bad("DE136/695/976", "\u201C/\u201D is not allowed");
    bad("DE13669597\u0666", "only letters");
    bad("DE136695976\u200B", "U+200B");
}

void TestValidators::isEuCountry_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("member");
    for (const char* code :
         {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "EL", "HR", "HU",
          "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "de", " fr "})
        QTest::addRow("member %s", code) << str(code) << true;
    for (const char* code : {"GB", "XI", "CH", "NO", "IS", "LI", "US", "TR", "EU", "", "D", "DEU"})
        QTest::addRow("outside '%s'", code) << str(code) << false;
}

void TestValidators::isEuCountry()
{
    QFETCH(QString, code);
    QFETCH(bool, member);
    QCOMPARE(v::isEuCountry(code), member);
}

void TestValidators::countryCode_data()
{
    addColumns();
    goodEach("US; DE; GB; FR; JP; IN; BR; XK; AX; GL; VA; ZA; CW; SS");
    good("de", "DE");
    good(" us ", "US");
    good("gB", "GB");

    addHostileRows("Enter a country code", "two letters", "two letters");
    bad("UK", "UK is not a known country code");
    badEach("not a known country code", "ZZ; EU; IC");
    badEach("two letters", "USA; U; U1; U S");
    bad("\u0130T", "two letters"); // dotted capital I must not pass as I
    bad("\u0131t", "two letters"); // dotless i upper-cases to I in QString::toUpper
}

void TestValidators::currencyCode_data()
{
    addColumns();
    const QStringList currencies = v::knownCurrencies();
    QCOMPARE(currencies.size(), 41);
    QCOMPARE(QSet<QString>(currencies.begin(), currencies.end()).size(), currencies.size());
    for (const QString& code : currencies)
        QTest::addRow("ok %s", qPrintable(code)) << code << QString() << code << QString();
    good("eur", "EUR");
    good(" usd ", "USD");

    addHostileRows("Enter a currency code", "three letters", "three letters");
    badEach("not a supported currency", "XXX; HRK; BTC");
    badEach("three letters", "EU; EURO; E1R");
    bad("\u20AC", "three letters");
}

void TestValidators::partnerId_data()
{
    addColumns();
    good("1234567", "1234567");
    good("0000001", "0000001");
    good(" 4851234\n", "4851234");

    addHostileRows("Enter a PartnerID", "only the digits", "7 digits; this one has 10000");
    bad("123456", "7 digits; this one has 6");
    bad("12345678", "7 digits; this one has 8");
    bad("123 4567", "a space is not allowed");
    badEach("only the digits", "123-4567; 12345\u0666\u0667");
}

void TestValidators::phone_data()
{
    addColumns();
    good("+1 425 555 0100", "+14255550100");
    good("+44 (20) 7946-0958", "+442079460958");
    good("089.123.4567", "0891234567");
    good("  1234567 ", "1234567");
    bad("empty", QString(), "Enter a phone number");
    bad("six digits", str("123456"), "7 to 15 digits; this one has 6");
    bad("sixteen digits", str("+1234567890123456"), "this one has 16");
    bad("letters", str("+1 425 CALL NOW"), "\u201CC\u201D");
    bad("plus inside", str("1+4255550100"), "\u201C+\u201D");
    bad("arabic-indic digits", str("\u0661\u0662\u0663\u0664\u0665\u0666\u0667"), "\u201C\u0661\u201D");
}

void TestValidators::tenantId_data()
{
    addColumns();
    good("8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d", "8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d");
    good("8F3B2C1D-4E5F-4A6B-9C7D-0E1F2A3B4C5D", "8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d");
    good("{3F2504E0-4F89-41D3-9A0C-0305E82C3301}", "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    good("  3f2504e0-4f89-41d3-9a0c-0305e82c3301  ", "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    bad("empty", QString(), "Enter the CSP tenant ID");
    bad("no hyphens", str("3f2504e04f8941d39a0c0305e82c3301"), "8-4-4-4-12");
    bad("short last group", str("3f2504e0-4f89-41d3-9a0c-0305e82c330"), "8-4-4-4-12");
    bad("misplaced hyphen", str("3f2504e04-f89-41d3-9a0c-0305e82c3301"), "8-4-4-4-12");
    bad("not hex", str("3f2504e0-4f89-41d3-9a0c-0305e82c330g"), "\u201Cg\u201D");
    bad("a domain", str("contoso.onmicrosoft.com"), "\u201Co\u201D");
    bad("nil GUID", str("00000000-0000-0000-0000-000000000000"), "all-zero");
    bad("one brace", str("{3f2504e0-4f89-41d3-9a0c-0305e82c3301"), "\u201C{\u201D");
}

void TestValidators::email_data()
{
    addColumns();
    goodEach("user@example.com;   First.Last@Example.COM =first.last@example.com; a+tag@sub.example.co.uk; "
             "o'brien@contoso.ie; x@xn--80ak6aa92e.com; admin@my-company.example");
    good("!#$%&'*+/=?^_`{|}~-@example.org", "!#$%&'*+/=?^_`{|}~-@example.org");

    bad("empty", QString(), "Enter an email address");
    bad("spaces", str("   "), "Enter an email address");
    bad("huge", QString(10000, u'a') + str("@example.com"), "at most 254");
    badEach("exactly one @", "userexample.com; a@b@example.com");
    bad("@example.com", "before the @ is empty");
    bad("user@", "no domain");
    bad("user@localhost", "needs a dot");
    badEach("start or end with a dot", ".user@example.com; user.@example.com");
    bad("us..er@example.com", "two dots in a row");
    bad("us er@example.com", "a space");
    bad("us\"er@example.com", "cannot contain");
    bad("j\u00FCrgen@example.com", "\u201C\u00FC\u201D");
    badEach("cannot contain", "user@ex ample.com; user@m\u00FCller.de; user@exa_mple.com");
    badEach("malformed", "user@example..com; user@-example.com; user@example-.com; user@.example.com; "
                         "user@example.com.");
    bad("user@192.168.0.1", "not a number");
    bad("NUL", str("us") + QChar(u'\0') + str("er@example.com"), "U+0000");
    bad("long local", QString(65, u'a') + str("@example.com"), "at most 64");
    bad("long label", str("a@") + QString(64, u'b') + str(".com"), "malformed");
}

void TestValidators::displayName_data()
{
    addColumns();
    goodEach(
        "Contoso Ltd;   Contoso   Ltd  =Contoso Ltd; Ren\u00E9e O'Brien-Smith; AT&T, Inc. (US) \u2013 #1!");
    // Chinese, Arabic, Russian, Hindi (virama and vowel signs), Persian with a zero-width non-joiner,
    // a combining accent, and a CJK letter outside the BMP.
    goodEach("\u5317\u4EAC\u5FAE\u8F6F; \u0645\u0627\u064A\u0643\u0631\u0648\u0633\u0648\u0641\u062A; "
             "\u041C\u0430\u0439\u043A\u0440\u043E\u0441\u043E\u0444\u0442; "
             "\u092E\u093E\u0907\u0915\u094D\u0930\u094B\u0938\u0949\u092B\u094D\u091F; "
             "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645; Rene\u0301e; \U00020000 Ltd");
    good("Contoso\u00A0\u3000GmbH", "Contoso GmbH");
    good("Ab", "Ab", "2");
    good("\uFEFFContoso\n", "Contoso"); // a byte order mark pasted from a file counts as white space

    bad("empty", QString(), "Enter a name");
    bad("blank", str(" \t\u3000 "), "Enter a name");
    bad("too long", QString(201, u'x'), "at most 200 characters; this one has 201");
    bad("huge", QString(10000, u'x'), "this one has 10000");
    bad("over max", str("Abc"), "at most 2 characters; this one has 3", "2");
    bad("newline", str("Contoso\nLtd"), "control characters");
    bad("tab", str("Contoso\tLtd"), "control characters");
    bad("NUL", str("Contoso") + QChar(u'\0') + str("Ltd"), "U+0000");
    bad("escape", str("Contoso\x1B[31m"), "U+001B");
    bad("RLO", str("Contoso\u202Egpj.exe"), "text-direction character U+202E");
    bad("LRE", str("\u202AContoso"), "U+202A");
    bad("PDF", str("Contoso\u202C"), "U+202C");
    bad("LRI", str("Contoso\u2066Ltd"), "U+2066");
    bad("PDI", str("Contoso\u2069Ltd"), "U+2069");
    bad("zero width space", str("Con\u200Btoso"), "invisible formatting character U+200B");
    bad("BOM inside", str("Con\uFEFFtoso"), "U+FEFF");
    bad("lone high surrogate", str("Contoso") + QChar(char16_t(0xD800)), "U+D800");
    bad("lone low surrogate", QChar(char16_t(0xDC00)) + str("Contoso"), "U+DC00");
    bad("private use", str("Contoso\uE000"), "U+E000");
}

void TestValidators::displayName()
{
    QFETCH(QString, input);
    QFETCH(QString, arg);
    verify(arg.isEmpty() ? v::displayName(input) : v::displayName(input, arg.toInt()));
}

// Every IBAN of the public lists is accepted as published and stored in its compact form; every
// invalid one of them is refused.
void TestValidators::ibanPublicValues_data()
{
    addColumns();
    const QStringList valid = publicValues("iban_valid.txt");
    QVERIFY(valid.size() >= 1000);
    for (const QString& value : valid)
        QTest::addRow("ok %s", qPrintable(value)) << value << QString() << compactUpper(value) << QString();
    const QStringList invalid = publicValues("iban_invalid.txt");
    QVERIFY(invalid.size() >= 20);
    for (const QString& value : invalid)
        QTest::addRow("bad %s", qPrintable(value)) << value << QString() << QString() << str("IBAN");
}

// The registry's BBAN structure: letters where it has digits and digits where it has letters are
// refused even when length and mod-97 check digits are right, naming the position.
void TestValidators::ibanBbanStructure_data()
{
    addColumns();
    // Public values that pass length and mod 97 but break their country's structure.
    bad("BG93BNBG96611A20345678", "Character 14 of an IBAN from Bulgaria must be a digit");
    bad("GI22NW3K000000007099453", "Character 7 of an IBAN from Gibraltar must be a letter");
    bad("NL5630030A17164300", "Character 5 of an IBAN from Netherlands must be a letter");
    bad("NL56 3003 0A17 1643 00", "4!a10!n");
    bad("GB29NW1K60161331926819", "Character 7 of an IBAN from United Kingdom must be a letter");
    // Every public value, with one character of each fixed kind changed to the other kind and its
    // mod-97 check digits recomputed, is refused for that position.
    int derived = 0;
    for (const QString& value : publicValues("iban_valid.txt")) {
        const QString iban = compactUpper(value);
        const QString format = v::ibanBbanFormat(iban.left(2));
        QVERIFY2(!format.isEmpty(), qPrintable(iban));
        qsizetype pos = 4;
        bool changedDigit = false;
        bool changedLetter = false;
        for (qsizetype at = 0; at < format.size();) {
            const qsizetype bang = format.indexOf(u'!', at);
            const int count = format.mid(at, bang - at).toInt();
            const QChar kind = format[bang + 1];
            if (kind == u'n' && !changedDigit) {
                QString broken = iban;
                broken[pos] = u'A';
                QTest::addRow("digit %s", qPrintable(iban))
                    << withIbanCheckDigits(broken) << QString() << QString()
                    << QStringLiteral("Character %1 of an IBAN").arg(pos + 1);
                changedDigit = true;
                ++derived;
            } else if (kind == u'a' && !changedLetter) {
                QString broken = iban;
                broken[pos] = u'7';
                QTest::addRow("letter %s", qPrintable(iban))
                    << withIbanCheckDigits(broken) << QString() << QString()
                    << QStringLiteral("Character %1 of an IBAN").arg(pos + 1);
                changedLetter = true;
                ++derived;
            }
            pos += count;
            at = bang + 2;
        }
    }
    QVERIFY(derived > 1000);
}

// National check digits: each public value of a country that has them, its check character
// changed and its IBAN check digits recomputed, is refused for the national check alone.
void TestValidators::ibanNationalCheck_data()
{
    addColumns();
    // Public values with right IBAN check digits and wrong Spanish control digits.
    bad("ES2121000418450200051331", "national check (DC)");
    bad("ES89 3183 1500 9500 0121 0562", "national check (DC)");
    // Registry examples from countries with national checks stay valid.
    good("FR1420041010050500013M02606", "FR1420041010050500013M02606");
    good("IT60X0542811101000000123456", "IT60X0542811101000000123456");
    good("BE68539007547034", "BE68539007547034");
    QSet<QString> countries;
    for (const QString& value : publicValues("iban_valid.txt")) {
        const QString iban = compactUpper(value);
        const QString country = iban.left(2);
        const int at = nationalCheckPosition(country, int(iban.size() - 4));
        // Serbia's central bank and Slovenia's treasury accounts follow other rules.
        if (at < 0 || (country == u"RS" && iban.mid(4, 3) == u"908") ||
            (country == u"SI" && iban.mid(4, 2) == u"01"))
            continue;
        QString broken = iban;
        const QChar c = broken[4 + at];
        broken[4 + at] = c.isDigit() ? QChar(u'0' + (c.digitValue() + 1) % 10)
                                     : QChar(u'A' + (c.unicode() - u'A' + 1) % 26);
        QTest::addRow("national %s", qPrintable(iban))
            << withIbanCheckDigits(broken) << QString() << QString() << str("national check");
        countries.insert(country);
    }
    QCOMPARE(countries.size(), 23);
}

void TestValidators::bicPublicValues_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("test");
    const QStringList valid = publicValues("bic_valid.txt");
    QVERIFY(valid.size() >= 400);
    for (const QString& value : valid) {
        const QString bic = compactUpper(value);
        QTest::addRow("ok %s", qPrintable(value)) << value << true << (bic[7] == u'0');
        // The same BIC with a code that is not an ISO 3166 country in its place.
        for (const char* country : {"UK", "EU", "ZZ", "QO", "IC"}) {
            QString broken = bic;
            broken.replace(4, 2, QLatin1String(country));
            QTest::addRow("bad %s", qPrintable(broken)) << broken << false << false;
        }
    }
    QTest::newRow("test BIC") << str("DEUTDEF0") << true << true;
    QTest::newRow("test BIC with branch") << str("DEUTDEF0500") << true << true;
    QTest::newRow("passive participant") << str("DEUTDEF1") << true << false;
}

void TestValidators::bicPublicValues()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(bool, test);
    const Check check = v::bic(input);
    QCOMPARE(check.valid(), valid);
    if (!valid) {
        QVERIFY2(check.error.contains(u"is not a known country"), qPrintable(check.error));
        QVERIFY(check.notice.isEmpty());
        return;
    }
    QCOMPARE(check.normalized, compactUpper(input));
    QCOMPARE(!check.notice.isEmpty(), test);
    if (test)
        QVERIFY2(check.notice.contains(u"test"), qPrintable(check.notice));
}

void TestValidators::iso3166()
{
    for (const char* code : {"DE", "US", "XK", "AX", "SS", "CW", "BQ", "AQ", "UM", "ZW", "AD"})
        QVERIFY2(v::isIso3166Country(str(code)), code);
    for (const char* code : {"UK", "EU", "ZZ", "AN", "CS", "YU", "QO", "IC", "EA", "de", "D", "DEU", ""})
        QVERIFY2(!v::isIso3166Country(str(code)), code);
    // Every IBAN country is an ISO 3166 country.
    for (char a = 'A'; a <= 'Z'; ++a) {
        for (char b = 'A'; b <= 'Z'; ++b) {
            const QString code = QString(QChar(char16_t(a))) + QChar(char16_t(b));
            if (v::isIbanCountry(code))
                QVERIFY2(v::isIso3166Country(code), qPrintable(code));
        }
    }
}

void TestValidators::vatPublicValues_data()
{
    addColumns();
    const QStringList valid = publicValues("vat_valid.txt");
    QVERIFY(valid.size() >= 800);
    for (const QString& value : valid) {
        QTest::addRow("ok %s", qPrintable(value)) << value << QString() << compactUpper(value) << QString();
    }
    const QStringList invalid = publicValues("vat_invalid.txt");
    QVERIFY(invalid.size() >= 100);
    for (const QString& value : invalid)
        QTest::addRow("bad %s", qPrintable(value)) << value << QString() << QString() << str("VAT");
    // French keys with letters: the new-style algorithm, not just the shape.
    good("FRK7399859412", "FRK7399859412");
    good("FR4Z123456782", "FR4Z123456782");
    badEach("check digits do not match", "FRL7399859412; FRK7399859312; FR4Y123456782; FRZK399859412");
    badEach("After the prefix FR", "FRIO334175221; FROK399859412");
    // Switzerland and Norway.
    good("CHE-107.787.577 IVA", "CHE107787577IVA");
    good("CHE-116.281.710 MWST", "CHE116281710MWST", "CH");
    good("NO 995 525 828 MVA", "NO995525828MVA", "NO");
    badEach("check digits do not match", "CHE-107.787.578 IVA; NO995525829MVA");
    bad("CHE107787577VAT", "After the prefix CH (Switzerland)");
    bad("NO995525828", "9 digits and MVA");
    // Each public value of a country whose check character is determined by the others, with
    // that character changed, is refused.
    for (const QString& value : valid) {
        QString body = compactUpper(value);
        const QString prefix = body.left(2);
        int at = -1;
        if (QStringList{
                QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("DE"), QStringLiteral("DK"),
                QStringLiteral("EE"), QStringLiteral("EL"), QStringLiteral("FI"), QStringLiteral("HR"),
                QStringLiteral("HU"), QStringLiteral("IT"), QStringLiteral("LU"), QStringLiteral("MT"),
                QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SI"),
                QStringLiteral("LT"), QStringLiteral("CY"), QStringLiteral("IE")}
                .contains(prefix))
            at = int(body.size() - 1);
        else if (prefix == u"IE" || prefix == u"NL")
            at = 10;
        else if (prefix == u"SE")
            at = 11;
        else if (prefix == u"FR")
            at = 12;
        else if (prefix == u"CH")
            at = 11;
        else if (prefix == u"NO")
            at = 10;
        if (prefix == u"IE" && body.size() == 11 && body[10].isLetter())
            at = 9; // the second letter of the 9-character form is not the check letter
        if (at < 0)
            continue;
        const QChar c = body[at];
        body[at] = c.isDigit() ? QChar(u'0' + (c.digitValue() + 1) % 10)
                               : QChar(c == u'V'                ? u'W'
                                       : c == u'W' || c == u'Z' ? u'A'
                                                                : char16_t(c.unicode() + 1));
        QTest::addRow("mangled %s", qPrintable(body))
            << body << QString() << QString() << str("check digits");
    }
}

// Whatever a user pastes, each validator returns either an error or a normalized value, never
// both, never neither, and never crashes (run this under the sanitizers).
void TestValidators::neverCrashes()
{
    // clang-format off
    QStringList inputs{QString(), QString(1, QChar(u'\0')), QString(100000, QChar(u'\0')), QString(100000, u'9'),
                       QString(100000, u' '), QString(1, QChar(char16_t(0xD800))), QString(1, QChar(char16_t(0xDFFF))),
                       str("DE") + QChar(char16_t(0xD800))};
    // clang-format on
    inputs += str("@;@@;.;-;EL;GR;XI;ESX;GBGD;NLB;FR;ATU;CHE;NOMVA;FRKZ;\u202E;\U0001F600").split(u';');
    QRandomGenerator random(20240517);
    const QString alphabet = str("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcz .-@/+*'\u00A0\u0660\u202E\u200D");
    for (int i = 0; i < 3000; ++i) {
        QString s;
        const int length = int(random.bounded(40));
        for (int j = 0; j < length; ++j) {
            s.append(random.bounded(8) == 0 ? QChar(char16_t(random.bounded(0x10000)))
                                            : alphabet[qsizetype(random.bounded(int(alphabet.size())))]);
        }
        inputs.append(s);
    }
    const QStringList countries{QString(), str("DE"), str("GR"), str("GB"),
                                str("CH"), str("NO"), str("xx"), QString(1, QChar(u'\0'))};
    using Validator = Check (*)(const QString&);
    // clang-format off
    const Validator single[] = {v::iban, v::abaRouting, v::ukSortCode, v::ukAccountNumber, v::canadaInstitution,
                                v::canadaTransit, v::australiaBsb, v::indiaIfsc, v::accountNumber, v::ein,
                                v::countryCode, v::currencyCode, v::partnerId, v::email, v::phone,
                                v::tenantId};
    // clang-format on
    int checked = 0;
    for (const QString& in : std::as_const(inputs)) {
        std::vector<Check> checks{v::displayName(in), v::displayName(in, 0), v::displayName(in, -5)};
        for (const auto validate : single)
            checks.push_back(validate(in));
        for (const QString& country : countries) {
            checks.push_back(v::vat(in, country));
            checks.push_back(v::bic(in, country));
        }
        v::ibanLength(in);
        v::isEuCountry(in);
        for (const Check& check : checks) {
            QVERIFY2(check.valid() != check.normalized.isEmpty(), qPrintable(in.left(80)));
            QVERIFY2(check.valid() || check.notice.isEmpty(), qPrintable(in.left(80)));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

namespace {

incentives::TaxProfile individual()
{
    incentives::TaxProfile t;
    t.form = incentives::TaxForm::W8Ben;
    t.personName = str("Ingrid Sørensen");
    t.citizenshipCountry = str("dk");
    t.foreignTaxId = str("010190-1234");
    t.birthDate = QDate(1990, 1, 1);
    t.signedOn = QDate(2026, 3, 5);
    return t;
}

} // namespace

// A W-8BEN: a person's name, citizenship (not the US), a foreign tax ID or the reason there is none,
// a date of birth before signing, an optional treaty claim. Each row breaks one rule and names the
// field the problem belongs to.
void TestValidators::w8ben_data()
{
    using incentives::TaxProfile;
    QTest::addColumn<TaxProfile>("profile");
    QTest::addColumn<QString>("country"); // of the location
    QTest::addColumn<QString>("field");   // empty: valid
    TaxProfile t = individual();
    QTest::newRow("complete") << t << str("NO") << QString();
    t = individual();
    t.foreignTaxId.clear();
    t.noTaxIdReason = str("Not issued by the country of residence");
    QTest::newRow("reason instead of tax ID") << t << str("NO") << QString();
    t.noTaxIdReason = str("   ");
    QTest::newRow("neither tax ID nor reason") << t << str("NO") << str("no-tax-id-reason");
    t = individual();
    t.foreignTaxId = str("no digits");
    QTest::newRow("bad tax ID") << t << str("NO") << str("foreign-tax-id");
    t = individual();
    t.personName = str("  ");
    QTest::newRow("no name") << t << str("NO") << str("person-name");
    t = individual();
    t.personName = str("Eve\u202Eevil");
    QTest::newRow("bidi override in name") << t << str("NO") << str("person-name");
    t = individual();
    t.citizenshipCountry = str("US");
    QTest::newRow("US citizen") << t << str("NO") << str("citizenship");
    t.citizenshipCountry = str("QQ");
    QTest::newRow("unknown citizenship") << t << str("NO") << str("citizenship");
    t.citizenshipCountry.clear();
    QTest::newRow("no citizenship") << t << str("NO") << str("citizenship");
    t = individual();
    t.birthDate = QDate();
    QTest::newRow("no birth date") << t << str("NO") << str("birth-date");
    t.birthDate = t.signedOn;
    QTest::newRow("born on the signature date") << t << str("NO") << str("birth-date");
    t.birthDate = QDate(1899, 12, 31);
    QTest::newRow("born before 1900") << t << str("NO") << str("birth-date");
    t = individual();
    t.treatyCountry = str("US");
    t.treatyArticle = str("Article 20");
    QTest::newRow("treaty claim") << t << str("NO") << QString();
    t.treatyArticle.clear();
    QTest::newRow("treaty without article") << t << str("NO") << str("treaty-article");
    t = individual();
    t.signedOn = QDate();
    QTest::newRow("not signed") << t << str("NO") << str("signed");
    t = individual();
    QTest::newRow("US location") << t << str("US") << str("form");
    QTest::newRow("EU location without VAT ID") << t << str("DE") << str("vat");
}

void TestValidators::w8ben()
{
    QFETCH(incentives::TaxProfile, profile);
    QFETCH(QString, country);
    QFETCH(QString, field);
    const auto problems = incentives::rules::checkTaxProfile(profile, country);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.value(0).field + str(": ") + problems.value(0).message));
        return;
    }
    QStringList fields;
    for (const auto& p : problems) {
        QVERIFY(!p.message.isEmpty());
        fields.append(p.field);
    }
    QVERIFY2(fields.contains(field), qPrintable(fields.join(str(", "))));
}

void TestValidators::w8benNormalizes()
{
    incentives::TaxProfile t = individual();
    t.ein = str("12-3456789");
    t.countryOfIncorporation = str("DK");
    t.noTaxIdReason = str("left over");
    t.foreignTaxId = str(" 010190-1234 ");
    QVERIFY(incentives::rules::checkTaxProfile(t, str("NO")).isEmpty());
    QCOMPARE(t.citizenshipCountry, str("DK"));
    QCOMPARE(t.foreignTaxId, str("010190-1234"));
    QVERIFY(t.ein.isEmpty());
    QVERIFY(t.countryOfIncorporation.isEmpty());
    QVERIFY(t.noTaxIdReason.isEmpty()); // a tax ID was given
    // A W-8BEN-E keeps none of the individual's fields.
    t.form = incentives::TaxForm::W8BenE;
    t.countryOfIncorporation = str("DK");
    QVERIFY(incentives::rules::checkTaxProfile(t, str("NO")).isEmpty());
    QVERIFY(t.personName.isEmpty());
    QVERIFY(t.citizenshipCountry.isEmpty());
    QVERIFY(!t.birthDate.isValid());
}

void TestValidators::w8benExpiry()
{
    // The W-8BEN-E's rule: the end of the third calendar year after signing.
    incentives::TaxProfile t = individual();
    QCOMPARE(incentives::rules::taxExpiry(t), QDate(2029, 12, 31));
    incentives::TaxProfile entity = t;
    entity.form = incentives::TaxForm::W8BenE;
    QCOMPARE(incentives::rules::taxExpiry(t), incentives::rules::taxExpiry(entity));
    QVERIFY(!incentives::rules::taxExpired(t, QDate(2029, 12, 31)));
    QVERIFY(incentives::rules::taxExpired(t, QDate(2030, 1, 1)));
    QCOMPARE(incentives::taxFormCode(t.form), str("w8ben"));
    QCOMPARE(incentives::taxFormFromCode(str("w8ben")), std::optional(incentives::TaxForm::W8Ben));
}

void TestValidators::taxFormsByCountry()
{
    using incentives::TaxForm;
    QCOMPARE(incentives::rules::taxFormsFor(str("US")), QList<TaxForm>{TaxForm::W9});
    QCOMPARE(incentives::rules::taxFormsFor(str("NO")), (QList<TaxForm>{TaxForm::W8BenE, TaxForm::W8Ben}));
}

void TestValidators::documents_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType"); // empty: refused
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    const QByteArray jpeg = QByteArrayLiteral("\xff\xd8\xff\xe0\0\x10JFIF\0");
    QTest::newRow("pdf") << str("form.pdf") << pdf << str("application/pdf");
    QTest::newRow("png") << str("scan.png") << png << str("image/png");
    QTest::newRow("jpeg") << str("scan.JPG") << jpeg << str("image/jpeg");
    QTest::newRow("pdf named .txt") << str("form.txt") << pdf << str("application/pdf");
    QTest::newRow("text named .pdf") << str("notes.pdf") << QByteArray("hello, this is text\n") << QString();
    QTest::newRow("empty") << str("empty.pdf") << QByteArray() << QString();
    QTest::newRow("PDF magic not at start") << str("x.pdf") << (QByteArray(" ") + pdf) << QString();
    QTest::newRow("exactly 10 MB") << str("big.pdf")
                                   << (pdf + QByteArray(incentives::documents::kMaxBytes - pdf.size(), 'a'))
                                   << str("application/pdf");
    QTest::newRow("10 MB and a byte")
        << str("big.pdf") << (pdf + QByteArray(incentives::documents::kMaxBytes - pdf.size() + 1, 'a'))
        << QString();
    QTest::newRow("no name") << str("/tmp/") << pdf << QString();
}

void TestValidators::documents()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    const auto status = incentives::documents::check(name, content);
    QCOMPARE(status.ok(), !mediaType.isEmpty());
    if (status.ok())
        QCOMPARE(incentives::documents::mediaTypeOf(content), mediaType);
    else
        QVERIFY(!status.error().message.isEmpty());
    QCOMPARE(incentives::documents::storedName(str("C:\\scans\\a\tb.pdf")), str("ab.pdf"));
    QCOMPARE(incentives::documents::sha256Hex(QByteArray("abc")),
             str("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
