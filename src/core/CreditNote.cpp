#include "core/CreditNote.h"

#include <QCoreApplication>
#include <QLocale>

namespace incentives::creditnote {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreditNote)
};

QString countryName(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

const QStringList& countries()
{
    static const QStringList all{
        QStringLiteral("AU"), QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("CA"),
        QStringLiteral("DK"), QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"),
        QStringLiteral("NL"), QStringLiteral("NZ"), QStringLiteral("NO"), QStringLiteral("SE"),
        QStringLiteral("CH"), QStringLiteral("GB"),
    };
    return all;
}

bool offeredIn(const QString& country)
{
    return countries().contains(country.trimmed().toUpper());
}

bool asksTaxExemption(const QString& country)
{
    static const QStringList asking{QStringLiteral("AU"), QStringLiteral("NZ"), QStringLiteral("CA"),
                                    QStringLiteral("GB")};
    return asking.contains(country.trimmed().toUpper());
}

QString refusal(const BankProfile& profile, const QString& locationCountry)
{
    if (profile.method != PaymentMethod::CreditNote)
        return {};
    if (!offeredIn(locationCountry))
        return Tr::tr("Credit note is not offered in %1; the profile '%2' cannot pay a location there.")
            .arg(countryName(locationCountry), profile.name);
    if (profile.country != locationCountry)
        return Tr::tr("The credit-note profile '%1' is for %2; it cannot pay a location in %3.")
            .arg(profile.name, countryName(profile.country), countryName(locationCountry));
    return {};
}

QString refusal(const BankProfile& profile, const Program& program, const QString& locationCountry)
{
    if (profile.method != PaymentMethod::CreditNote)
        return {};
    if (!program.methods.contains(PaymentMethod::CreditNote))
        return Tr::tr("%1 does not pay by credit note; choose a bank-transfer profile instead of '%2'.")
            .arg(program.name, profile.name);
    return refusal(profile, locationCountry);
}

} // namespace incentives::creditnote
