#include "services/demo/DemoTemplate.h"

#include "core/EnrollmentRules.h"
#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "core/Validators.h"
#include "services/AssignmentService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/demo/DemoFiles.h"
#include "services/demo/PresenterTools.h"
#include "store/Files.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace incentives::demotemplate {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoTemplate)
};

const QString kFormat = QStringLiteral("incentives-demo-template");
const QString kLogoSetting = QStringLiteral("organization.logo");
constexpr int kMaxEntries = 10000;

struct WantedCode
{
    Wanted wanted;
    const char* code;
};
constexpr WantedCode kWanted[] = {
    {Wanted::Invited, "invited"},       {Wanted::Enrolling, "enrolling"},
    {Wanted::Validating, "validating"}, {Wanted::Enrolled, "enrolled"},
    {Wanted::Rejected, "rejected"},     {Wanted::Ineligible, "ineligible"},
    {Wanted::Inactive, "inactive"},     {Wanted::Discontinued, "discontinued"},
};

QString wantedCode(Wanted w)
{
    for (const auto& c : kWanted)
        if (c.wanted == w)
            return QString::fromLatin1(c.code);
    return {};
}

bool isRejection(Reason r)
{
    return r == Reason::HolderMismatch || r == Reason::CurrencyRejected || r == Reason::RejectedByReviewer;
}

// Reads a JSON document strictly, collecting every mistake with its path.
class Reader
{
public:
    QStringList problems;

    void problem(const QString& path, const QString& message)
    {
        if (problems.size() < 200)
            problems.append(QStringLiteral("%1: %2").arg(path, message));
    }

    // Reports every key of o that is not in known.
    void onlyKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool found = false;
            for (const char* k : known)
                found = found || it.key() == QLatin1String(k);
            if (!found)
                problem(join(path, it.key().left(60)), Tr::tr("unknown key."));
        }
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    std::optional<QJsonObject> object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject()) {
            problem(path, Tr::tr("must be an object."));
            return std::nullopt;
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& o, const QString& path, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problem(join(path, QLatin1String(key)), Tr::tr("is required."));
            return {};
        }
        if (!v.isArray()) {
            problem(join(path, QLatin1String(key)), Tr::tr("must be a list."));
            return {};
        }
        if (v.toArray().size() > kMaxEntries) {
            problem(join(path, QLatin1String(key)), Tr::tr("has more than %1 entries.").arg(kMaxEntries));
            return {};
        }
        return v.toArray();
    }

    QString text(const QJsonObject& o, const QString& path, const char* key, bool required,
                 int maxLength = 500)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = join(path, QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problem(at, Tr::tr("is required."));
            return {};
        }
        if (!v.isString()) {
            problem(at, Tr::tr("must be text."));
            return {};
        }
        if (v.toString().size() > maxLength) {
            problem(at, Tr::tr("is longer than %1 characters.").arg(maxLength));
            return {};
        }
        return v.toString();
    }

    bool flag(const QJsonObject& o, const QString& path, const char* key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(join(path, QLatin1String(key)), Tr::tr("must be true or false."));
            return fallback;
        }
        return v.toBool();
    }

    qint64 number(const QJsonObject& o, const QString& path, const char* key, qint64 fallback, qint64 low,
                  qint64 high)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || d < double(low) || d > double(high) || d != std::floor(d)) {
            problem(join(path, QLatin1String(key)),
                    Tr::tr("must be a whole number from %1 to %2.").arg(low).arg(high));
            return fallback;
        }
        return qint64(d);
    }

    QStringList texts(const QJsonObject& o, const QString& path, const char* key)
    {
        QStringList out;
        const QJsonArray a = array(o, path, key, false);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i);
            if (!a.at(i).isString() || a.at(i).toString().size() > 200)
                problem(at, Tr::tr("must be text."));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    // A code among choices; reported with the choices when unknown.
    void oneOf(const QString& path, const QString& value, const QStringList& choices)
    {
        problem(path,
                Tr::tr("'%1' is not one of: %2.").arg(value.left(60), choices.join(QStringLiteral(", "))));
    }

    // A core validator's verdict on a field; its normalized value when valid.
    QString check(const validators::Check& c, const QString& path)
    {
        if (!c.valid())
            problem(path, c.error);
        return c.normalized;
    }
};

template <typename E> QStringList codesOf(const QList<E>& values, QString (*code)(E))
{
    QStringList out;
    for (E v : values)
        out.append(code(v));
    return out;
}

QByteArray readLogo(Reader& r, const QString& value, const QString& baseFolder)
{
    const QString at = QStringLiteral("organization.logo");
    QByteArray bytes;
    if (value.startsWith(QLatin1String("data:")) ||
        (!value.contains(QLatin1Char('.')) && value.size() > 64)) {
        const QString data = value.mid(value.indexOf(QLatin1Char(',')) + 1);
        if (data.size() > kMaxLogoBytes * 4 / 3 + 8) {
            r.problem(at, Tr::tr("The logo must be a PNG or JPEG image of at most 1 MB."));
            return {};
        }
        auto decoded =
            QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            r.problem(at, Tr::tr("The logo must be a PNG or JPEG image of at most 1 MB."));
            return {};
        }
        bytes = *decoded;
    } else {
        const QString file = QDir(baseFolder.isEmpty() ? QDir::currentPath() : baseFolder).filePath(value);
        if (files::kindOf(file) != files::Kind::Regular) {
            r.problem(at, Tr::tr("Cannot read the logo file %1.").arg(value.left(200)));
            return {};
        }
        QFile f(file);
        if (QFileInfo(f).size() > kMaxLogoBytes || !f.open(QIODevice::ReadOnly)) {
            r.problem(at, Tr::tr("The logo must be a PNG or JPEG image of at most 1 MB."));
            return {};
        }
        bytes = f.read(kMaxLogoBytes + 1);
    }
    if (auto s = checkLogo(bytes); !s) {
        r.problem(at, s.error().message);
        return {};
    }
    return bytes;
}

void readOrganization(Reader& r, const QJsonObject& root, Template& t, const QString& baseFolder)
{
    const QString path = QStringLiteral("organization");
    if (!root.contains(path)) {
        r.problem(path, Tr::tr("is required."));
        return;
    }
    auto o = r.object(root.value(path), path);
    if (!o)
        return;
    r.onlyKeys(*o, path, {"name", "legalName", "partnerId", "country", "logo"});
    t.organization.name =
        r.check(validators::displayName(r.text(*o, path, "name", true), 200), path + QStringLiteral(".name"));
    const QString legal = r.text(*o, path, "legalName", false);
    t.organization.legalName =
        legal.isEmpty() ? t.organization.name
                        : r.check(validators::displayName(legal, 200), path + QStringLiteral(".legalName"));
    const QString partner = r.text(*o, path, "partnerId", false);
    t.organization.globalPartnerId =
        r.check(validators::partnerId(partner.isEmpty() ? QStringLiteral("1000000") : partner),
                path + QStringLiteral(".partnerId"));
    const QString country = r.text(*o, path, "country", false);
    t.organization.country =
        r.check(validators::countryCode(country.isEmpty() ? QStringLiteral("US") : country),
                path + QStringLiteral(".country"));
    const QString logo = r.text(*o, path, "logo", false, int(kMaxLogoBytes * 2));
    if (!logo.isEmpty())
        t.logo = readLogo(r, logo, baseFolder);
}

void readLocations(Reader& r, const QJsonObject& root, Template& t)
{
    const QJsonArray a = r.array(root, {}, "locations", true);
    QSet<QString> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("locations[%1]").arg(i);
        auto o = r.object(a.at(i), path);
        if (!o)
            continue;
        r.onlyKeys(*o, path,
                   {"partnerId", "name", "legalName", "country", "city", "address", "agreement",
                    "solutionsPartner", "cspIndirectReseller", "cspDirectBill", "revenueUsd",
                    "customerAdds"});
        Location l;
        l.partnerId = r.check(validators::partnerId(r.text(*o, path, "partnerId", true)),
                              path + QStringLiteral(".partnerId"));
        if (!l.partnerId.isEmpty() && seen.contains(l.partnerId))
            r.problem(path + QStringLiteral(".partnerId"), Tr::tr("'%1' appears twice.").arg(l.partnerId));
        seen.insert(l.partnerId);
        l.name = r.check(validators::displayName(r.text(*o, path, "name", true), 200),
                         path + QStringLiteral(".name"));
        const QString legal = r.text(*o, path, "legalName", false);
        if (!legal.isEmpty())
            l.legalName = r.check(validators::displayName(legal, 200), path + QStringLiteral(".legalName"));
        l.country = r.check(validators::countryCode(r.text(*o, path, "country", true)),
                            path + QStringLiteral(".country"));
        l.city = r.text(*o, path, "city", false, 100);
        l.address = r.text(*o, path, "address", false, 300);
        const QString agreement = r.text(*o, path, "agreement", false);
        if (!agreement.isEmpty() && agreement != QLatin1String("active") &&
            agreement != QLatin1String("expired"))
            r.oneOf(path + QStringLiteral(".agreement"), agreement,
                    {QStringLiteral("active"), QStringLiteral("expired")});
        l.attributes.agreementActive = agreement != QLatin1String("expired");
        l.attributes.solutionsPartner = r.flag(*o, path, "solutionsPartner", false);
        l.attributes.cspIndirectReseller = r.flag(*o, path, "cspIndirectReseller", false);
        l.attributes.cspDirectBill = r.flag(*o, path, "cspDirectBill", false);
        l.attributes.trailingRevenueUsd = r.number(*o, path, "revenueUsd", 0, 0, 1'000'000'000'000LL);
        l.attributes.customerAdds = int(r.number(*o, path, "customerAdds", 0, 0, 10'000'000));
        t.locations.append(l);
        t.locationPaths.append(path);
    }
}

void readUsers(Reader& r, const QJsonObject& root, Template& t, const QSet<QString>& locations)
{
    const QJsonArray a = r.array(root, {}, "users", true);
    QSet<QString> seen;
    bool accountAdmin = false;
    bool presenter = false;
    const QStringList roleCodes = codesOf(allRoles(), &roleCode);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("users[%1]").arg(i);
        auto o = r.object(a.at(i), path);
        if (!o)
            continue;
        r.onlyKeys(*o, path, {"email", "name", "roles"});
        UserEntry u;
        u.path = path;
        u.email =
            r.check(validators::email(r.text(*o, path, "email", true)), path + QStringLiteral(".email"));
        if (!u.email.isEmpty() && seen.contains(u.email))
            r.problem(path + QStringLiteral(".email"), Tr::tr("'%1' appears twice.").arg(u.email));
        seen.insert(u.email);
        const QString name = r.text(*o, path, "name", false);
        u.name = r.check(validators::displayName(name.isEmpty() ? u.email : name, 100),
                         path + QStringLiteral(".name"));
        const QJsonArray roles = r.array(*o, path, "roles", false);
        for (qsizetype j = 0; j < roles.size(); ++j) {
            const QString rp = QStringLiteral("%1.roles[%2]").arg(path).arg(j);
            auto ro = r.object(roles.at(j), rp);
            if (!ro)
                continue;
            r.onlyKeys(*ro, rp, {"role", "location"});
            const QString code = r.text(*ro, rp, "role", true);
            const auto role = roleFromCode(code);
            if (!role) {
                if (!code.isEmpty())
                    r.oneOf(rp + QStringLiteral(".role"), code, roleCodes);
                continue;
            }
            const QString location = r.text(*ro, rp, "location", false);
            if (isOrganizationWide(*role)) {
                if (!location.isEmpty())
                    r.problem(rp + QStringLiteral(".location"),
                              Tr::tr("%1 covers the whole organization: no location.").arg(roleLabel(*role)));
                accountAdmin = accountAdmin || *role == Role::AccountAdmin;
                presenter = presenter || *role == Role::Presenter;
            } else if (location.isEmpty()) {
                r.problem(rp + QStringLiteral(".location"), Tr::tr("is required."));
                continue;
            } else if (!locations.contains(location)) {
                r.problem(rp + QStringLiteral(".location"),
                          Tr::tr("'%1' is not a location of the template.").arg(location.left(60)));
            }
            u.roles.append({*role, location});
        }
        t.users.append(u);
    }
    if (!accountAdmin)
        r.problem(QStringLiteral("users"), Tr::tr("A demo needs an Account admin."));
    if (!presenter)
        r.problem(QStringLiteral("users"), Tr::tr("A demo needs a Presenter, who runs the demo clock."));
}

void readPrograms(Reader& r, const QJsonObject& root, Template& t)
{
    const QJsonArray a = r.array(root, {}, "programs", true);
    QSet<QString> seen;
    const int year = fiscal::yearOf(t.clock);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("programs[%1]").arg(i);
        auto o = r.object(a.at(i), path);
        if (!o)
            continue;
        r.onlyKeys(
            *o, path,
            {"name", "fiscalYear", "state", "currencies", "methods", "criteria", "openToAll", "guide"});
        Program p;
        p.name = r.check(validators::displayName(r.text(*o, path, "name", true), 200),
                         path + QStringLiteral(".name"));
        if (!p.name.isEmpty() && seen.contains(p.name.toLower()))
            r.problem(path + QStringLiteral(".name"), Tr::tr("'%1' appears twice.").arg(p.name));
        seen.insert(p.name.toLower());
        p.fiscalYear = int(r.number(*o, path, "fiscalYear", year, 2000, 2100));
        const QString state = r.text(*o, path, "state", false);
        if (!state.isEmpty()) {
            if (auto s = programStateFromCode(state))
                p.state = *s;
            else
                r.oneOf(path + QStringLiteral(".state"), state,
                        {QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("discontinued")});
        }
        const QStringList currencies = r.texts(*o, path, "currencies");
        for (qsizetype j = 0; j < currencies.size(); ++j)
            p.currencies.append(r.check(validators::currencyCode(currencies.at(j)),
                                        QStringLiteral("%1.currencies[%2]").arg(path).arg(j)));
        if (currencies.isEmpty())
            r.problem(path + QStringLiteral(".currencies"), Tr::tr("is required."));
        const QStringList methods = r.texts(*o, path, "methods");
        for (const QString& m : methods) {
            if (auto method = paymentMethodFromCode(m))
                p.methods.append(*method);
            else
                r.oneOf(path + QStringLiteral(".methods"), m,
                        {QStringLiteral("bank-transfer"), QStringLiteral("credit-note")});
        }
        if (p.methods.isEmpty())
            p.methods = {PaymentMethod::BankTransfer};
        p.criteria = r.text(*o, path, "criteria", false);
        p.openToAll = r.flag(*o, path, "openToAll", false);
        p.guide = r.text(*o, path, "guide", false, 200);
        if (p.guide.isEmpty())
            p.guide = p.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".html");
        t.programs.append(p);
        t.programPaths.append(path);
    }
}

void readBanks(Reader& r, const QJsonObject& root, Template& t, const QSet<QString>& locations)
{
    const QJsonArray a = r.array(root, {}, "bankProfiles", false);
    QSet<QString> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("bankProfiles[%1]").arg(i);
        auto o = r.object(a.at(i), path);
        if (!o)
            continue;
        r.onlyKeys(*o, path,
                   {"name",     "location",    "defaultFor", "country",     "currency",     "holder",
                    "iban",     "bic",         "routing",    "institution", "account",      "accountType",
                    "bankName", "bankAddress", "method",     "contactName", "contactEmail", "contactPhone",
                    "tenant",   "taxExempt",   "verified"});
        BankEntry b;
        b.path = path;
        b.location = r.text(*o, path, "location", true);
        if (!b.location.isEmpty() && !locations.contains(b.location))
            r.problem(path + QStringLiteral(".location"),
                      Tr::tr("'%1' is not a location of the template.").arg(b.location.left(60)));
        b.defaultFor = r.texts(*o, path, "defaultFor");
        for (const QString& d : std::as_const(b.defaultFor))
            if (!locations.contains(d))
                r.problem(path + QStringLiteral(".defaultFor"),
                          Tr::tr("'%1' is not a location of the template.").arg(d.left(60)));
        BankProfile& p = b.profile;
        p.name = r.text(*o, path, "name", true, 200);
        if (!p.name.isEmpty() && seen.contains(p.name))
            r.problem(path + QStringLiteral(".name"), Tr::tr("'%1' appears twice.").arg(p.name));
        seen.insert(p.name);
        p.country = r.text(*o, path, "country", true, 10);
        p.currency = r.text(*o, path, "currency", true, 10);
        const QString method = r.text(*o, path, "method", false);
        if (!method.isEmpty()) {
            if (auto m = paymentMethodFromCode(method))
                p.method = *m;
            else
                r.oneOf(path + QStringLiteral(".method"), method,
                        {QStringLiteral("bank-transfer"), QStringLiteral("credit-note")});
        }
        // A credit note names a tenant instead of an account holder.
        p.holderName = r.text(*o, path, "holder", p.method == PaymentMethod::BankTransfer, 200);
        p.contactName = r.text(*o, path, "contactName", false, 200);
        p.contactEmail = r.text(*o, path, "contactEmail", false, 200);
        p.contactPhone = r.text(*o, path, "contactPhone", false, 40);
        p.tenantId = r.text(*o, path, "tenant", false, 60);
        p.taxExempt = r.flag(*o, path, "taxExempt", false);
        b.verified = r.flag(*o, path, "verified", false);
        if (b.verified && p.method != PaymentMethod::CreditNote)
            r.problem(path + QStringLiteral(".verified"), Tr::tr("only a credit note is verified."));
        p.iban = r.text(*o, path, "iban", false, 60);
        p.bic = r.text(*o, path, "bic", false, 20);
        p.routingNumber = r.text(*o, path, "routing", false, 30);
        p.institution = r.text(*o, path, "institution", false, 10);
        p.accountNumber = r.text(*o, path, "account", false, 40);
        p.bankName = r.text(*o, path, "bankName", false, 200);
        p.bankAddress = r.text(*o, path, "bankAddress", false, 300);
        const QString type = r.text(*o, path, "accountType", false);
        if (!type.isEmpty()) {
            if (auto at = accountTypeFromCode(type))
                p.accountType = *at;
            else
                r.oneOf(path + QStringLiteral(".accountType"), type,
                        {QStringLiteral("checking"), QStringLiteral("savings")});
        }
        for (const rules::Problem& problem : rules::checkBankProfile(p))
            r.problem(path + QLatin1Char('.') + problem.field, problem.message);
        t.banks.append(b);
    }
}

void readTaxes(Reader& r, const QJsonObject& root, Template& t, const QHash<QString, QString>& countries)
{
    const QJsonArray a = r.array(root, {}, "taxProfiles", false);
    QSet<QString> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("taxProfiles[%1]").arg(i);
        auto o = r.object(a.at(i), path);
        if (!o)
            continue;
        r.onlyKeys(*o, path,
                   {"location", "name", "form", "ein", "countryOfIncorporation", "foreignTaxId",
                    "treatyCountry", "treatyArticle", "signedOn", "vatId", "person", "citizenship",
                    "birthDate", "noTaxIdReason"});
        TaxEntry e;
        e.path = path;
        e.location = r.text(*o, path, "location", true);
        if (!e.location.isEmpty() && !countries.contains(e.location))
            r.problem(path + QStringLiteral(".location"),
                      Tr::tr("'%1' is not a location of the template.").arg(e.location.left(60)));
        // A location may file several tax profiles, the first being what its enrollments use unless
        // one names another.
        e.name = r.text(*o, path, "name", false, 200);
        if (!e.name.isEmpty() && seen.contains(e.name))
            r.problem(path + QStringLiteral(".name"), Tr::tr("'%1' appears twice.").arg(e.name));
        if (!e.name.isEmpty())
            seen.insert(e.name);
        TaxProfile& p = e.profile;
        const QString form = r.text(*o, path, "form", true);
        if (auto f = taxFormFromCode(form))
            p.form = *f;
        else if (!form.isEmpty())
            r.oneOf(path + QStringLiteral(".form"), form,
                    {QStringLiteral("w9"), QStringLiteral("w8ben-e"), QStringLiteral("w8ben")});
        p.ein = r.text(*o, path, "ein", false, 20);
        p.countryOfIncorporation = r.text(*o, path, "countryOfIncorporation", false, 10);
        p.foreignTaxId = r.text(*o, path, "foreignTaxId", false, 40);
        p.treatyCountry = r.text(*o, path, "treatyCountry", false, 10);
        p.treatyArticle = r.text(*o, path, "treatyArticle", false, 40);
        p.vatId = r.text(*o, path, "vatId", false, 40);
        p.personName = r.text(*o, path, "person", false, 200);
        p.citizenshipCountry = r.text(*o, path, "citizenship", false, 10);
        p.noTaxIdReason = r.text(*o, path, "noTaxIdReason", false, 300);
        const QString born = r.text(*o, path, "birthDate", false, 20);
        p.birthDate = QDate::fromString(born, Qt::ISODate);
        if (!born.isEmpty() && !p.birthDate.isValid())
            r.problem(path + QStringLiteral(".birthDate"), Tr::tr("must be a date, YYYY-MM-DD."));
        const QString signedOn = r.text(*o, path, "signedOn", true, 20);
        p.signedOn = QDate::fromString(signedOn, Qt::ISODate);
        if (!signedOn.isEmpty() && !p.signedOn.isValid())
            r.problem(path + QStringLiteral(".signedOn"), Tr::tr("must be a date, YYYY-MM-DD."));
        if (countries.contains(e.location) && p.signedOn.isValid())
            for (const rules::Problem& problem : rules::checkTaxProfile(p, countries.value(e.location)))
                r.problem(path + QLatin1Char('.') + problem.field, problem.message);
        t.taxes.append(e);
    }
}

void readEnrollments(Reader& r, const QJsonObject& root, Template& t, const QSet<QString>& locations)
{
    QSet<QString> programs;
    for (const Program& p : std::as_const(t.programs))
        programs.insert(p.name.toLower());
    QSet<QString> banks;
    for (const BankEntry& b : std::as_const(t.banks))
        banks.insert(b.profile.name);
    QStringList codes;
    for (const auto& c : kWanted)
        codes.append(QString::fromLatin1(c.code));
    const QJsonArray a = r.array(root, {}, "enrollments", false);
    QSet<QString> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("enrollments[%1]").arg(i);
        auto o = r.object(a.at(i), path);
        if (!o)
            continue;
        r.onlyKeys(*o, path, {"program", "location", "status", "bank", "taxProfile", "reason", "hold"});
        EnrollmentEntry e;
        e.path = path;
        e.program = r.text(*o, path, "program", true, 200);
        if (!e.program.isEmpty() && !programs.contains(e.program.toLower()))
            r.problem(path + QStringLiteral(".program"),
                      Tr::tr("'%1' is not a program of the template.").arg(e.program.left(60)));
        e.location = r.text(*o, path, "location", true);
        if (!e.location.isEmpty() && !locations.contains(e.location))
            r.problem(path + QStringLiteral(".location"),
                      Tr::tr("'%1' is not a location of the template.").arg(e.location.left(60)));
        const QString key = e.program.toLower() + QLatin1Char('\n') + e.location;
        if (seen.contains(key))
            r.problem(path,
                      Tr::tr("'%1' appears twice.").arg(e.program + QStringLiteral(" / ") + e.location));
        seen.insert(key);
        const QString status = r.text(*o, path, "status", true);
        bool known = false;
        for (const auto& c : kWanted)
            if (status == QLatin1String(c.code)) {
                e.status = c.wanted;
                known = true;
            }
        if (!known && !status.isEmpty())
            r.oneOf(path + QStringLiteral(".status"), status, codes);
        e.bank = r.text(*o, path, "bank", false, 200);
        if (!e.bank.isEmpty() && !banks.contains(e.bank))
            r.problem(path + QStringLiteral(".bank"),
                      Tr::tr("'%1' is not a bank profile of the template.").arg(e.bank.left(60)));
        e.tax = r.text(*o, path, "taxProfile", false, 200);
        if (!e.tax.isEmpty()) {
            const auto named = std::find_if(t.taxes.cbegin(), t.taxes.cend(),
                                            [&](const TaxEntry& x) { return x.name == e.tax; });
            if (named == t.taxes.cend())
                r.problem(path + QStringLiteral(".taxProfile"),
                          Tr::tr("'%1' is not a tax profile of the template.").arg(e.tax.left(60)));
            else if (named->location != e.location)
                r.problem(path + QStringLiteral(".taxProfile"),
                          Tr::tr("'%1' is a tax profile of another location.").arg(e.tax.left(60)));
        }
        e.reason = r.text(*o, path, "reason", false, 500);
        if (!e.reason.isEmpty() && e.status != Wanted::Rejected)
            r.problem(path + QStringLiteral(".reason"), Tr::tr("only a rejected enrollment has a reason."));
        e.hold = r.flag(*o, path, "hold", false);
        t.enrollments.append(e);
    }
}

Error invalid(const QStringList& problems)
{
    return makeError(ErrorKind::Invalid, Tr::tr("The template has mistakes:") + QLatin1Char('\n') +
                                             problems.join(QLatin1Char('\n')));
}

// Unwraps a result or returns its error, naming the template entry it came from.
#define TEMPLATE_TRY(entry, expr)                                                                            \
    do {                                                                                                     \
        if (auto templateResult_ = (expr); !templateResult_)                                                 \
            return at(entry, templateResult_.error());                                                       \
    } while (false)

Error at(const QString& entry, const Error& e)
{
    Error out = e;
    if (!entry.isEmpty())
        out.message = QStringLiteral("%1: %2").arg(entry, e.message);
    return out;
}

} // namespace

Status checkLogo(const QByteArray& bytes)
{
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray jpeg("\xff\xd8\xff", 3);
    if (bytes.isEmpty() || bytes.size() > kMaxLogoBytes || !(bytes.startsWith(png) || bytes.startsWith(jpeg)))
        return makeError(ErrorKind::Invalid, Tr::tr("The logo must be a PNG or JPEG image of at most 1 MB."),
                         QStringLiteral("logo"));
    return {};
}

QByteArray organizationLogo(AppContext& ctx)
{
    auto v = SettingsRepository(ctx.db()).value(kLogoSetting);
    if (!v || v->isEmpty())
        return {};
    const QByteArray bytes = QByteArray::fromBase64(v->toLatin1());
    return checkLogo(bytes) ? bytes : QByteArray();
}

Result<Template> parse(const QByteArray& json, const QString& baseFolder)
{
    if (json.size() > kMaxTemplateBytes)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A template is at most %1 MiB.").arg(kMaxTemplateBytes / (1024 * 1024)));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("The template is not valid JSON (line %1): %2").arg(line).arg(error.errorString()));
    }
    if (!doc.isObject())
        return invalid({Tr::tr("The template must be a JSON object.")});
    const QJsonObject root = doc.object();
    Reader r;
    r.onlyKeys(root, {},
               {"format", "version", "organization", "locations", "users", "programs", "bankProfiles",
                "taxProfiles", "enrollments", "clock"});
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        r.problem(QStringLiteral("format"), Tr::tr("must be \"%1\".").arg(kFormat));
    if (root.value(QStringLiteral("version")) != QJsonValue(1))
        r.problem(QStringLiteral("version"), Tr::tr("must be 1 (the version this app reads)."));
    Template t;
    const QString clock = r.text(root, {}, "clock", false, 40);
    t.clock = QDateTime(QDate(2027, 5, 3), QTime(9, 0), QTimeZone::utc());
    if (!clock.isEmpty()) {
        auto parsed = timetext::parseDateTime(clock);
        if (parsed && parsed->date().year() >= 2000 && parsed->date().year() <= 2100)
            t.clock = parsed->toUTC();
        else
            r.problem(QStringLiteral("clock"),
                      Tr::tr("must be a date and time, such as 2027-05-03T09:00:00Z."));
    }
    readOrganization(r, root, t, baseFolder);
    readLocations(r, root, t);
    QSet<QString> partnerIds;
    QHash<QString, QString> countries;
    for (const Location& l : std::as_const(t.locations)) {
        partnerIds.insert(l.partnerId);
        countries.insert(l.partnerId, l.country);
    }
    readUsers(r, root, t, partnerIds);
    readPrograms(r, root, t);
    readBanks(r, root, t, partnerIds);
    readTaxes(r, root, t, countries);
    readEnrollments(r, root, t, partnerIds);
    if (!r.problems.isEmpty())
        return invalid(r.problems);
    return t;
}

Result<Template> load(const QString& path)
{
    if (files::kindOf(path) != files::Kind::Regular)
        return makeError(ErrorKind::NotFound, Tr::tr("Cannot read %1.").arg(path));
    QFile f(path);
    if (f.size() > kMaxTemplateBytes)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A template is at most %1 MiB.").arg(kMaxTemplateBytes / (1024 * 1024)));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, Tr::tr("Cannot read %1.").arg(path));
    return parse(f.read(kMaxTemplateBytes + 1), QFileInfo(path).absolutePath());
}

Status apply(AppContext& ctx, const Template& t)
{
    if (ctx.directory().organization())
        return makeError(ErrorKind::WrongState,
                         Tr::tr("This database already holds an organization; use a new file."));
    const QDateTime seedStart = t.clock.addDays(-7);
    const UserEntry* first = nullptr;
    const UserEntry* presenterEntry = nullptr;
    for (const UserEntry& u : t.users)
        for (const auto& role : u.roles) {
            if (role.first == Role::AccountAdmin && !first)
                first = &u;
            if (role.first == Role::Presenter && !presenterEntry)
                presenterEntry = &u;
        }
    if (!first || !presenterEntry)
        return invalid({Tr::tr("A demo needs an Account admin.")});
    {
        Transaction tx(ctx.db());
        TEMPLATE_TRY(QString(), tx.begun());
        TEMPLATE_TRY(QString(), ctx.clock().markDemo(true, seedStart));
        TEMPLATE_TRY(QStringLiteral("organization"), ctx.directory().insertOrganization(t.organization));
        if (!t.logo.isEmpty())
            TEMPLATE_TRY(
                QStringLiteral("organization.logo"),
                SettingsRepository(ctx.db()).setValue(kLogoSetting, QString::fromLatin1(t.logo.toBase64())));
        for (qsizetype i = 0; i < t.locations.size(); ++i) {
            Location l = t.locations.at(i);
            l.attributes.agreementActive = true; // an expired agreement lapses once the demo is set up
            TEMPLATE_TRY(t.locationPaths.at(i), ctx.directory().insertLocation(l));
        }
        User admin;
        admin.email = first->email;
        admin.name = first->name;
        auto id = ctx.directory().insertUser(admin, seedStart);
        TEMPLATE_TRY(first->path, id);
        TEMPLATE_TRY(first->path, ctx.directory().insertRole({*id, Role::AccountAdmin, 0}, seedStart));
        TEMPLATE_TRY(QString(), ctx.audit(systemActor(), QStringLiteral("database.created"), {}, {},
                                          QStringLiteral("demo template: ") + t.organization.name));
        for (qsizetype i = 0; i < t.programs.size(); ++i) {
            Program p = t.programs.at(i);
            if (p.state == ProgramState::Discontinued)
                p.state = ProgramState::Open; // discontinued through the presenter's tool below
            TEMPLATE_TRY(t.programPaths.at(i), ctx.programs().insert(p));
        }
        TEMPLATE_TRY(QString(), tx.commit());
    }

    DirectoryService directory(ctx);
    ProfileService profiles(ctx);
    EnrollmentService enrollments(ctx);
    Simulation simulation(ctx);
    PresenterTools presenter(ctx);
    auto admin = ctx.actor(first->email);
    TEMPLATE_TRY(first->path, admin);
    for (const UserEntry& u : t.users) {
        if (&u != first)
            TEMPLATE_TRY(u.path, directory.addUser(*admin, u.email, u.name));
        for (const auto& role : u.roles)
            if (&u != first || role.first != Role::AccountAdmin)
                TEMPLATE_TRY(u.path, directory.assignRole(*admin, u.email, role.first, role.second));
    }
    auto host = ctx.actor(presenterEntry->email);
    TEMPLATE_TRY(presenterEntry->path, host);

    // Each location's changes are made by its Incentives admin, as in the product.
    const auto adminAt = [&ctx](const QString& partnerId) -> Result<Actor> {
        auto location = ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        auto holder = ctx.directory().incentivesAdminOf(location->id);
        if (!holder)
            return holder.error();
        if (!holder->has_value())
            return makeError(ErrorKind::WrongState,
                             Tr::tr("%1 has no Incentives admin to do this; give the location one in users.")
                                 .arg(partnerId));
        return ctx.actor((*holder)->email);
    };
    for (const BankEntry& b : t.banks) {
        auto owner = adminAt(b.location);
        TEMPLATE_TRY(b.path, owner);
        TEMPLATE_TRY(b.path, profiles.addBank(*owner, b.profile, b.location));
        if (b.verified)
            TEMPLATE_TRY(b.path, profiles.verifyCreditNote(*owner, b.profile.name));
    }
    for (const BankEntry& b : t.banks)
        for (const QString& partnerId : b.defaultFor) {
            auto owner = adminAt(partnerId);
            TEMPLATE_TRY(b.path, owner);
            TEMPLATE_TRY(b.path, profiles.setDefaultBank(*owner, b.profile.name, partnerId));
        }
    // A location's first tax profile is saved as its one, the others added beside it. A form signed
    // after the seeding's start (in the week before the demo's clock) is saved once the clock
    // shows the demo's date, and assigned then.
    QSet<QString> taxed;
    QHash<QString, Id> taxIds; // by name
    QSet<QString> signedLate;  // names of the forms saved once the clock shows the demo's date
    for (const TaxEntry& e : t.taxes)
        if (e.profile.signedOn > seedStart.date() && !e.name.isEmpty())
            signedLate.insert(e.name);
    const auto saveTaxes = [&](bool late) -> Status {
        for (const TaxEntry& e : t.taxes) {
            if ((e.profile.signedOn > seedStart.date()) != late)
                continue;
            auto owner = adminAt(e.location);
            TEMPLATE_TRY(e.path, owner);
            auto saved = taxed.contains(e.location) ? profiles.addTax(*owner, e.location, e.profile)
                                                    : profiles.setTax(*owner, e.location, e.profile);
            TEMPLATE_TRY(e.path, saved);
            taxed.insert(e.location);
            if (!e.name.isEmpty())
                taxIds.insert(e.name, saved->id);
        }
        return {};
    };
    // Each enrollment that names a tax profile is assigned it.
    const auto assignTaxes = [&](bool late) -> Status {
        for (const EnrollmentEntry& e : t.enrollments) {
            if (e.tax.isEmpty() || signedLate.contains(e.tax) != late)
                continue;
            auto owner = adminAt(e.location);
            TEMPLATE_TRY(e.path, owner);
            AssignmentChange change;
            change.taxProfile = taxIds.value(e.tax);
            TEMPLATE_TRY(e.path, AssignmentService(ctx).set(*owner, e.program, e.location, change));
        }
        return {};
    };
    if (auto s = saveTaxes(false); !s)
        return s;

    // Microsoft judges eligibility and sends the invitations.
    TEMPLATE_TRY(QString(), simulation.runEligibility());
    // Before anything is submitted.
    if (auto s = assignTaxes(false); !s)
        return s;
    const auto submit = [&](const EnrollmentEntry& e) -> Status {
        auto owner = adminAt(e.location);
        TEMPLATE_TRY(e.path, owner);
        TEMPLATE_TRY(e.path, enrollments.submit(*owner, e.program, e.location, e.bank));
        return {};
    };
    // What is to be decided by the time the demo starts is submitted first, and validated while
    // the clock runs two days.
    for (const EnrollmentEntry& e : t.enrollments)
        if (e.status == Wanted::Enrolled || e.status == Wanted::Rejected) {
            if (auto s = submit(e); !s)
                return s;
            if (e.status == Wanted::Rejected && !e.reason.isEmpty())
                TEMPLATE_TRY(e.path,
                             presenter.decideValidation(*host, e.program, e.location, false, e.reason));
        }
    TEMPLATE_TRY(QString(), presenter.advanceClock(*host, rules::kMaxValidationDelaySeconds));
    for (const EnrollmentEntry& e : t.enrollments)
        if (e.status == Wanted::Enrolling) {
            auto owner = adminAt(e.location);
            TEMPLATE_TRY(e.path, owner);
            TEMPLATE_TRY(e.path, enrollments.accept(*owner, e.program, e.location));
        }
    for (qsizetype i = 0; i < t.programs.size(); ++i)
        if (t.programs.at(i).state == ProgramState::Discontinued)
            TEMPLATE_TRY(t.programPaths.at(i), presenter.discontinueProgram(*host, t.programs.at(i).name));
    TEMPLATE_TRY(QStringLiteral("clock"), presenter.setClock(*host, t.clock));
    if (auto s = saveTaxes(true); !s)
        return s;
    if (auto s = assignTaxes(true); !s)
        return s;
    // Validations still under way when the demo starts.
    for (const EnrollmentEntry& e : t.enrollments)
        if (e.status == Wanted::Validating)
            if (auto s = submit(e); !s)
                return s;
    // Agreements that have lapsed, then eligibility judged again.
    for (qsizetype i = 0; i < t.locations.size(); ++i) {
        const Location& l = t.locations.at(i);
        if (!l.attributes.agreementActive)
            TEMPLATE_TRY(t.locationPaths.at(i),
                         presenter.setLocationAttributes(*host, l.partnerId, l.attributes));
    }
    TEMPLATE_TRY(QString(), simulation.runEligibility());

    // Payments the partner holds.
    for (const EnrollmentEntry& e : t.enrollments)
        if (e.hold) {
            auto owner = adminAt(e.location);
            TEMPLATE_TRY(e.path, owner);
            TEMPLATE_TRY(e.path, AssignmentService(ctx).hold(*owner, e.program, e.location, true));
        }

    // Every enrollment stands where the template asked, or the rules did not allow it.
    for (const EnrollmentEntry& e : t.enrollments) {
        auto program = ctx.programs().programByName(e.program);
        TEMPLATE_TRY(e.path, program);
        auto location = ctx.directory().locationByPartnerId(e.location);
        TEMPLATE_TRY(e.path, location);
        auto found = ctx.enrollments().find(program->id, location->id);
        TEMPLATE_TRY(e.path, found);
        QString reached = Tr::tr("no invitation");
        bool ok = false;
        if (found->has_value()) {
            const Enrollment& row = **found;
            reached = statusCode(row.status);
            switch (e.status) {
            case Wanted::Invited:
                ok = row.status == EnrollmentStatus::Invited;
                break;
            case Wanted::Enrolling:
                ok = row.status == EnrollmentStatus::Enrolling && !isRejection(row.reason);
                break;
            case Wanted::Rejected:
                ok = row.status == EnrollmentStatus::Enrolling && isRejection(row.reason);
                break;
            case Wanted::Validating:
                ok = row.status == EnrollmentStatus::Validating;
                break;
            case Wanted::Enrolled:
                ok = row.status == EnrollmentStatus::Enrolled;
                break;
            case Wanted::Ineligible:
                ok = row.status == EnrollmentStatus::Ineligible;
                break;
            case Wanted::Inactive:
                ok = row.status == EnrollmentStatus::Inactive;
                break;
            case Wanted::Discontinued:
                ok = row.status == EnrollmentStatus::Discontinued;
                break;
            }
            if (row.status == EnrollmentStatus::Enrolling && isRejection(row.reason))
                reached = wantedCode(Wanted::Rejected);
            if (!ok && !row.detail.isEmpty())
                reached += QStringLiteral(" (") + row.detail.simplified().left(200) + QLatin1Char(')');
        }
        if (!ok)
            return makeError(ErrorKind::WrongState,
                             Tr::tr("%1: %2 at %3 cannot be %4 by the rules; the services reached %5.")
                                 .arg(e.path, e.program, e.location, wantedCode(e.status), reached));
    }
    return {};
}

#undef TEMPLATE_TRY

Status createDemo(const QString& target, const QString& templateFile)
{
    if (templateFile.isEmpty())
        return demofiles::createDemo(target);
    auto t = load(templateFile);
    if (!t)
        return t.error();
    return demofiles::buildInPlace(target, [&t](AppContext& ctx) { return apply(ctx, *t); });
}

namespace {

Status mayExport(AppContext& ctx, const Grants& g)
{
    if (!ctx.clock().isDemo())
        return makeError(ErrorKind::Denied, Tr::tr("Only a demo database can be exported as a template."));
    if (!g.active || !(g.presenter || g.accountAdmin))
        return makeError(ErrorKind::Denied,
                         Tr::tr("Only a Presenter or an Account admin can export the demo as a template."));
    return {};
}

} // namespace

Status exportAllowed(AppContext& ctx, const Actor& actor)
{
    auto g = ctx.grants(actor);
    if (!g)
        return g.error();
    return mayExport(ctx, *g);
}

Result<QByteArray> exportTemplate(AppContext& ctx, const Actor& actor)
{
    return ctx.change<QByteArray>(
        actor, QStringLiteral("demo.export-template"), [&](const Grants& g) -> Result<QByteArray> {
            if (auto allowed = mayExport(ctx, g); !allowed)
                return allowed.error();
            auto org = ctx.directory().organization();
            if (!org)
                return org.error();
            QJsonObject organization{{QStringLiteral("name"), org->name},
                                     {QStringLiteral("legalName"), org->legalName},
                                     {QStringLiteral("partnerId"), org->globalPartnerId},
                                     {QStringLiteral("country"), org->country}};
            const QByteArray logo = organizationLogo(ctx);
            if (!logo.isEmpty())
                organization.insert(QStringLiteral("logo"),
                                    QStringLiteral("data:%1;base64,")
                                            .arg(logo.startsWith('\x89') ? QStringLiteral("image/png")
                                                                         : QStringLiteral("image/jpeg")) +
                                        QString::fromLatin1(logo.toBase64()));
            auto locations = ctx.directory().locations();
            if (!locations)
                return locations.error();
            QHash<Id, QString> partnerIds;
            QJsonArray locationList;
            for (const Location& l : std::as_const(*locations)) {
                partnerIds.insert(l.id, l.partnerId);
                QJsonObject o{{QStringLiteral("partnerId"), l.partnerId},
                              {QStringLiteral("name"), l.name},
                              {QStringLiteral("country"), l.country},
                              {QStringLiteral("agreement"), l.attributes.agreementActive
                                                                ? QStringLiteral("active")
                                                                : QStringLiteral("expired")},
                              {QStringLiteral("solutionsPartner"), l.attributes.solutionsPartner},
                              {QStringLiteral("cspIndirectReseller"), l.attributes.cspIndirectReseller},
                              {QStringLiteral("cspDirectBill"), l.attributes.cspDirectBill},
                              {QStringLiteral("revenueUsd"), double(l.attributes.trailingRevenueUsd)},
                              {QStringLiteral("customerAdds"), l.attributes.customerAdds}};
                if (!l.legalName.isEmpty())
                    o.insert(QStringLiteral("legalName"), l.legalName);
                if (!l.city.isEmpty())
                    o.insert(QStringLiteral("city"), l.city);
                if (!l.address.isEmpty())
                    o.insert(QStringLiteral("address"), l.address);
                locationList.append(o);
            }
            auto users = ctx.directory().users();
            if (!users)
                return users.error();
            auto roles = ctx.directory().roles();
            if (!roles)
                return roles.error();
            QJsonArray userList;
            for (const User& u : std::as_const(*users)) {
                if (!u.active)
                    continue;
                QJsonArray held;
                for (const RoleAssignment& r : std::as_const(*roles))
                    if (r.userId == u.id) {
                        QJsonObject o{{QStringLiteral("role"), roleCode(r.role)}};
                        if (!isOrganizationWide(r.role))
                            o.insert(QStringLiteral("location"), partnerIds.value(r.locationId));
                        held.append(o);
                    }
                userList.append(QJsonObject{{QStringLiteral("email"), u.email},
                                            {QStringLiteral("name"), u.name},
                                            {QStringLiteral("roles"), held}});
            }
            auto programs = ctx.programs().programs();
            if (!programs)
                return programs.error();
            QJsonArray programList;
            for (const Program& p : std::as_const(*programs)) {
                QJsonArray methods;
                for (PaymentMethod m : p.methods)
                    methods.append(paymentMethodCode(m));
                QJsonObject o{{QStringLiteral("name"), p.name},
                              {QStringLiteral("fiscalYear"), p.fiscalYear},
                              {QStringLiteral("state"), programStateCode(p.state)},
                              {QStringLiteral("currencies"), QJsonArray::fromStringList(p.currencies)},
                              {QStringLiteral("methods"), methods},
                              {QStringLiteral("criteria"), p.criteria},
                              {QStringLiteral("openToAll"), p.openToAll},
                              {QStringLiteral("guide"), p.guide}};
                programList.append(o);
            }
            auto banks = ctx.profiles().bankProfiles();
            if (!banks)
                return banks.error();
            QHash<Id, QString> bankNames;
            QJsonArray bankList;
            for (const BankProfile& b : std::as_const(*banks)) {
                bankNames.insert(b.id, b.name);
                auto defaults = ctx.profiles().locationsWithDefault(b.id);
                if (!defaults)
                    return defaults.error();
                QStringList defaultFor;
                for (Id id : std::as_const(*defaults))
                    defaultFor.append(partnerIds.value(id));
                QString owner = partnerIds.value(b.ownerLocationId);
                if (owner.isEmpty() && !defaultFor.isEmpty())
                    owner = defaultFor.first();
                QJsonObject o{{QStringLiteral("name"), b.name},
                              {QStringLiteral("location"), owner},
                              {QStringLiteral("country"), b.country},
                              {QStringLiteral("currency"), b.currency},
                              {QStringLiteral("holder"), b.holderName},
                              {QStringLiteral("method"), paymentMethodCode(b.method)}};
                if (!defaultFor.isEmpty())
                    o.insert(QStringLiteral("defaultFor"), QJsonArray::fromStringList(defaultFor));
                const auto put = [&o](const char* key, const QString& value) {
                    if (!value.isEmpty())
                        o.insert(QLatin1String(key), value);
                };
                put("iban", b.iban);
                put("bic", b.bic);
                put("routing", b.routingNumber);
                put("institution", b.institution);
                put("account", b.accountNumber);
                if (b.accountType != AccountType::Checking)
                    put("accountType", accountTypeCode(b.accountType));
                put("bankName", b.bankName);
                put("bankAddress", b.bankAddress);
                put("contactName", b.contactName);
                put("contactEmail", b.contactEmail);
                put("contactPhone", b.contactPhone);
                if (b.method == PaymentMethod::CreditNote) {
                    o.remove(QStringLiteral("holder"));
                    put("tenant", b.tenantId);
                    if (b.taxExempt)
                        o.insert(QStringLiteral("taxExempt"), true);
                    if (b.creditNoteStatus == CreditNoteStatus::Confirmed)
                        o.insert(QStringLiteral("verified"), true);
                }
                bankList.append(o);
            }
            QJsonArray taxList;
            QJsonArray enrollmentList;
            for (const Location& l : std::as_const(*locations)) {
                auto taxes = ctx.profiles().taxProfiles(l.id);
                if (!taxes)
                    return taxes.error();
                // A location with several tax profiles names each, so that its enrollments can name
                // theirs; one with a single profile is written as before.
                QHash<Id, QString> taxNames;
                for (qsizetype n = 0; n < taxes->size(); ++n) {
                    const TaxProfile& p = taxes->at(n);
                    QJsonObject o{{QStringLiteral("location"), l.partnerId},
                                  {QStringLiteral("form"), taxFormCode(p.form)},
                                  {QStringLiteral("signedOn"), p.signedOn.toString(Qt::ISODate)}};
                    if (taxes->size() > 1) {
                        const QString name =
                            QStringLiteral("%1 %2 %3").arg(l.partnerId, taxFormCode(p.form)).arg(n + 1);
                        taxNames.insert(p.id, name);
                        o.insert(QStringLiteral("name"), name);
                    }
                    const auto put = [&o](const char* key, const QString& value) {
                        if (!value.isEmpty())
                            o.insert(QLatin1String(key), value);
                    };
                    put("ein", p.ein);
                    put("countryOfIncorporation", p.countryOfIncorporation);
                    put("foreignTaxId", p.foreignTaxId);
                    put("treatyCountry", p.treatyCountry);
                    put("treatyArticle", p.treatyArticle);
                    put("vatId", p.vatId);
                    put("person", p.personName);
                    put("citizenship", p.citizenshipCountry);
                    if (p.birthDate.isValid())
                        put("birthDate", p.birthDate.toString(Qt::ISODate));
                    put("noTaxIdReason", p.noTaxIdReason);
                    taxList.append(o);
                }
                auto rows = ctx.enrollments().ofLocation(l.id);
                if (!rows)
                    return rows.error();
                for (const Enrollment& e : std::as_const(*rows)) {
                    Wanted w = Wanted::Invited;
                    switch (e.status) {
                    case EnrollmentStatus::Invited:
                        w = Wanted::Invited;
                        break;
                    case EnrollmentStatus::Enrolling:
                        w = isRejection(e.reason) ? Wanted::Rejected : Wanted::Enrolling;
                        break;
                    case EnrollmentStatus::Validating:
                        w = Wanted::Validating;
                        break;
                    case EnrollmentStatus::Enrolled:
                        w = Wanted::Enrolled;
                        break;
                    case EnrollmentStatus::Ineligible:
                        w = Wanted::Ineligible;
                        break;
                    case EnrollmentStatus::Inactive:
                        w = Wanted::Inactive;
                        break;
                    case EnrollmentStatus::Discontinued:
                        w = Wanted::Discontinued;
                        break;
                    }
                    QJsonObject o{{QStringLiteral("program"), e.programName},
                                  {QStringLiteral("location"), l.partnerId},
                                  {QStringLiteral("status"), wantedCode(w)}};
                    if ((w == Wanted::Validating || w == Wanted::Enrolled || w == Wanted::Rejected) &&
                        bankNames.contains(e.bankProfileId))
                        o.insert(QStringLiteral("bank"), bankNames.value(e.bankProfileId));
                    if (e.reason == Reason::RejectedByReviewer && !e.detail.trimmed().isEmpty())
                        o.insert(QStringLiteral("reason"), e.detail.simplified().left(500));
                    if (e.taxProfileId != 0 && e.taxProfileId != taxes->first().id &&
                        taxNames.contains(e.taxProfileId))
                        o.insert(QStringLiteral("taxProfile"), taxNames.value(e.taxProfileId));
                    if (e.paymentHold)
                        o.insert(QStringLiteral("hold"), true);
                    enrollmentList.append(o);
                }
            }
            const QJsonObject root{{QStringLiteral("format"), kFormat},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("organization"), organization},
                                   {QStringLiteral("clock"), timetext::formatIso(ctx.clock().now())},
                                   {QStringLiteral("locations"), locationList},
                                   {QStringLiteral("users"), userList},
                                   {QStringLiteral("programs"), programList},
                                   {QStringLiteral("bankProfiles"), bankList},
                                   {QStringLiteral("taxProfiles"), taxList},
                                   {QStringLiteral("enrollments"), enrollmentList}};
            if (auto s = ctx.audit(actor, QStringLiteral("demo.template-exported"), {}, {}, org->name); !s)
                return s.error();
            return QJsonDocument(root).toJson(QJsonDocument::Indented);
        });
}

Status exportToFile(AppContext& ctx, const Actor& actor, const QString& path)
{
    if (auto s = files::checkTarget(path, ctx.db().path()); !s)
        return s;
    auto json = exportTemplate(ctx, actor);
    if (!json)
        return json.error();
    return files::writeFile(path, *json);
}

} // namespace incentives::demotemplate
