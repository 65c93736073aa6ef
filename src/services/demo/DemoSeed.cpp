#include "services/demo/DemoSeed.h"

#include "core/Validators.h"
#include "services/AssignmentService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/Passwords.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/demo/PresenterTools.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace incentives::seed {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Seed)
};

// Unwraps a result or returns its error from the enclosing function.
#define SEED_TRY(expr)                                                                                       \
    do {                                                                                                     \
        if (auto seedResult_ = (expr); !seedResult_)                                                         \
            return seedResult_.error();                                                                      \
    } while (false)

Status requireNew(AppContext& ctx)
{
    if (ctx.directory().organization())
        return makeError(ErrorKind::WrongState,
                         Tr::tr("This database already holds an organization; use a new file (or --force)."));
    return {};
}

struct DemoLocation
{
    const char* partnerId;
    const char* name;
    const char* legalName; // the legal entity's name; empty: the organization itself
    const char* country;
    const char* city;
    const char* address;
    bool solutions;
    bool cspIndirect;
    qint64 revenue;
    int customers;
};

constexpr DemoLocation kLocations[] = {
    {"4649101", "Contoso Ltd - Redmond", "", "US", "Redmond", "1 Contoso Way, Redmond, WA 98052", true, true,
     1200000, 40},
    {"4649102", "Contoso UK", "Contoso UK Limited", "GB", "London", "20 Canada Square, London E14 5NN", true,
     true, 300000, 10},
    {"4649103", "Contoso Deutschland", "", "DE", "Munich", "Walter-Gropius-Str. 5, 80807 München", true, true,
     420000, 12},
    {"4649104", "Contoso India", "", "IN", "Bengaluru", "Embassy Golf Links, Bengaluru 560071", true, false,
     90000, 30},
    {"4649105", "Contoso Japan", "", "JP", "Tokyo", "2-16-3 Konan, Minato-ku, Tokyo 108-0075", true, true,
     150000, 8},
    {"4649106", "Contoso France", "", "FR", "Paris",
     "39 Quai du Président Roosevelt, 92130 Issy-les-Moulineaux", true, false, 260000, 15},
    // A sole proprietor reselling through a CSP indirect provider: an individual, who files a W-8BEN.
    {"4649107", "Lucía Romero (sole proprietor)", "Lucía Romero García", "ES", "Valencia",
     "Calle de Colón 12, 46004 Valencia", false, true, 45000, 6},
};

Program program(const char* name, const char* criteria, const char* currencies, bool open = false,
                ProgramState state = ProgramState::Open, bool creditNote = false)
{
    Program p;
    p.name = QString::fromUtf8(name);
    p.criteria = QString::fromLatin1(criteria);
    p.currencies = QString::fromLatin1(currencies).split(QLatin1Char(','));
    p.methods = {PaymentMethod::BankTransfer};
    if (creditNote)
        p.methods.append(PaymentMethod::CreditNote);
    p.openToAll = open;
    p.state = state;
    p.guide = QString::fromLatin1(name).toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
              QStringLiteral(".html");
    return p;
}

BankProfile bank(const char* name, const char* country, const char* currency, const char* holder)
{
    BankProfile b;
    b.name = QString::fromUtf8(name);
    b.country = QString::fromLatin1(country);
    b.currency = QString::fromLatin1(currency);
    b.holderName = QString::fromUtf8(holder);
    return b;
}

TaxProfile w8(const char* incorporation, const char* taxId, QDate signedOn, const char* vat = "")
{
    TaxProfile t;
    t.form = TaxForm::W8BenE;
    t.countryOfIncorporation = QString::fromLatin1(incorporation);
    t.foreignTaxId = QString::fromLatin1(taxId);
    t.signedOn = signedOn;
    t.vatId = QString::fromLatin1(vat);
    return t;
}

} // namespace

QDateTime demoStart()
{
    return QDateTime(QDate(2027, 5, 3), QTime(9, 0), QTimeZone::utc());
}

Status demo(AppContext& ctx)
{
    if (auto s = requireNew(ctx); !s)
        return s;
    const QDateTime seedStart(QDate(2027, 4, 26), QTime(9, 0), QTimeZone::utc());
    const QString avery = QStringLiteral("avery.brooks@contoso.example");
    {
        Transaction tx(ctx.db());
        SEED_TRY(tx.begun());
        SEED_TRY(ctx.clock().markDemo(true, seedStart));
        Organization org{0, QStringLiteral("Contoso Ltd"), QStringLiteral("Contoso Ltd"),
                         QStringLiteral("4649000"), QStringLiteral("US")};
        SEED_TRY(ctx.directory().insertOrganization(org));
        for (const DemoLocation& d : kLocations) {
            Location l;
            l.partnerId = QString::fromLatin1(d.partnerId);
            l.name = QString::fromUtf8(d.name);
            l.legalName = QString::fromUtf8(d.legalName);
            l.country = QString::fromLatin1(d.country);
            l.city = QString::fromUtf8(d.city);
            l.address = QString::fromUtf8(d.address);
            l.attributes = {true, d.solutions, d.cspIndirect, false, d.revenue, d.customers};
            SEED_TRY(ctx.directory().insertLocation(l));
        }
        User first;
        first.email = avery;
        first.name = QStringLiteral("Avery Brooks");
        auto id = ctx.directory().insertUser(first, seedStart);
        SEED_TRY(id);
        SEED_TRY(ctx.directory().insertRole({*id, Role::AccountAdmin, 0}, seedStart));
        SEED_TRY(
            ctx.audit(systemActor(), QStringLiteral("database.created"), {}, {}, QStringLiteral("demo")));
        const QList<Program> programs{
            // Commerce and Azure judge designation and revenue only: the agreement counts at renewal
            // (the guide names it apart from eligibility), which is what France's story shows.
            program("Microsoft Commerce Incentives", "solutions-partner", "USD,EUR,GBP,INR,JPY"),
            program("CSP Indirect Reseller Incentives", "agreement;csp-indirect", "USD,EUR,GBP,INR,JPY"),
            program("CSP Direct Bill Incentives", "agreement;csp-direct;revenue>=1000000", "USD,EUR"),
            program("Azure Incentives", "revenue>=250000", "USD,EUR,GBP"),
            program("Solution Assessment Incentives", "agreement;solutions-partner", "USD,EUR,GBP", false,
                    ProgramState::Closed),
            program("Marketplace Rewards", "", "USD,EUR,GBP,INR,JPY", true, ProgramState::Open, true),
            program("Dynamics 365 Legacy Incentive", "agreement", "USD,EUR,GBP,INR,JPY"),
            program("ISV Success Incentives", "agreement;solutions-partner;customers>=25", "USD,EUR,INR"),
            program("Microsoft Security Incentives", "agreement;solutions-partner;revenue>=500000",
                    "USD,EUR,GBP"),
        };
        for (Program p : programs) {
            p.fiscalYear = 2027;
            SEED_TRY(ctx.programs().insert(p));
        }
        SEED_TRY(tx.commit());
    }

    DirectoryService directory(ctx);
    ProfileService profiles(ctx);
    EnrollmentService enrollments(ctx);
    Simulation simulation(ctx);
    PresenterTools presenter(ctx);
    auto admin = ctx.actor(avery);
    SEED_TRY(admin);

    struct Person
    {
        const char* email;
        const char* name;
    };
    const Person people[] = {
        {"bao.nguyen@contoso.example", "Bao Nguyen"},
        {"charlotte.evans@contoso.example", "Charlotte Evans"},
        {"dev.patel@contoso.example", "Dev Patel"},
        {"emma.schmidt@contoso.example", "Emma Schmidt"},
        {"farah.haddad@contoso.example", "Farah Haddad"},
        {"kenji.tanaka@contoso.example", "Kenji Tanaka"},
        {"gabriel.silva@contoso.example", "Gabriel Silva"},
        {"lucia.romero@contoso.example", "Lucía Romero"},
    };
    for (const Person& p : people)
        SEED_TRY(directory.addUser(*admin, QString::fromLatin1(p.email), QString::fromUtf8(p.name)));
    const auto assign = [&](const char* email, Role role, const char* partnerId) {
        return directory.assignRole(*admin, QString::fromLatin1(email), role, QString::fromLatin1(partnerId));
    };
    SEED_TRY(assign("bao.nguyen@contoso.example", Role::IncentivesAdmin, "4649101"));
    SEED_TRY(assign("bao.nguyen@contoso.example", Role::IncentivesAdmin, "4649103"));
    SEED_TRY(assign("charlotte.evans@contoso.example", Role::IncentivesAdmin, "4649102"));
    SEED_TRY(assign("dev.patel@contoso.example", Role::IncentivesAdmin, "4649104"));
    SEED_TRY(assign("emma.schmidt@contoso.example", Role::IncentivesUser, "4649103"));
    SEED_TRY(assign("emma.schmidt@contoso.example", Role::IncentivesUser, "4649101"));
    SEED_TRY(assign("kenji.tanaka@contoso.example", Role::IncentivesUser, "4649105"));
    SEED_TRY(assign("lucia.romero@contoso.example", Role::IncentivesAdmin, "4649107"));
    SEED_TRY(assign("farah.haddad@contoso.example", Role::AccountAdmin, ""));
    // The demo's presenter runs the clock, Microsoft's side and the snapshots.
    SEED_TRY(directory.assignRole(*admin, avery, Role::Presenter, {}));
    auto farah = ctx.actor(QStringLiteral("farah.haddad@contoso.example"));
    SEED_TRY(farah);
    // An Account admin may take the Incentives admin role herself.
    SEED_TRY(directory.assignRole(*farah, farah->email, Role::IncentivesAdmin, QStringLiteral("4649106")));

    auto bao = ctx.actor(QStringLiteral("bao.nguyen@contoso.example"));
    auto charlotte = ctx.actor(QStringLiteral("charlotte.evans@contoso.example"));
    auto dev = ctx.actor(QStringLiteral("dev.patel@contoso.example"));
    SEED_TRY(bao);
    SEED_TRY(charlotte);
    SEED_TRY(dev);
    auto lucia = ctx.actor(QStringLiteral("lucia.romero@contoso.example"));
    SEED_TRY(lucia);

    BankProfile us = bank("Contoso US Operating", "US", "USD", "Contoso Ltd");
    us.routingNumber = QStringLiteral("021000021");
    us.accountNumber = QStringLiteral("483920175");
    us.contactName = QStringLiteral("Bao Nguyen");
    us.contactEmail = QStringLiteral("bao.nguyen@contoso.example");
    us.contactPhone = QStringLiteral("+1 425 555 0100");
    SEED_TRY(profiles.addBank(*bao, us, QStringLiteral("4649101")));
    BankProfile eu = bank("Contoso EU Treasury", "DE", "EUR", "Contoso Ltd");
    eu.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    eu.bic = QStringLiteral("COBADEFFXXX");
    SEED_TRY(profiles.addBank(*bao, eu, QStringLiteral("4649103")));
    // The holder is the parent's name, not the UK location's legal entity name (Contoso UK Limited):
    // Microsoft will reject it.
    BankProfile uk = bank("Contoso UK Payout", "GB", "GBP", "Contoso Ltd");
    uk.routingNumber = QStringLiteral("40-47-84");
    uk.accountNumber = QStringLiteral("70872490");
    SEED_TRY(profiles.addBank(*charlotte, uk));
    BankProfile fr = bank("Contoso France", "FR", "EUR", "CONTOSO  LTD");
    fr.iban = QStringLiteral("FR14 2004 1010 0505 0001 3M02 606");
    fr.bic = QStringLiteral("PSSTFRPPXXX");
    SEED_TRY(profiles.addBank(*farah, fr));
    // Germany is a credit-note country and Marketplace Rewards pays by credit note: the German
    // location keeps a credit-note profile beside its bank account, its CSP tenant confirmed.
    BankProfile credit;
    credit.name = QStringLiteral("Contoso DE Credit Note");
    credit.country = QStringLiteral("DE");
    credit.currency = QStringLiteral("EUR");
    credit.method = PaymentMethod::CreditNote;
    credit.tenantId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    SEED_TRY(profiles.addBank(*bao, credit, QStringLiteral("4649103")));
    SEED_TRY(profiles.verifyCreditNote(*bao, credit.name));
    BankProfile in = bank("Contoso India", "IN", "INR", "Contoso Ltd");
    in.routingNumber = QStringLiteral("HDFC0000123");
    in.accountNumber = QStringLiteral("50100234567891");
    SEED_TRY(profiles.addBank(*dev, in));
    BankProfile es = bank("Lucía Romero EUR", "ES", "EUR", "Lucía Romero García");
    es.iban = QStringLiteral("ES94 0049 1500 0327 1059 3486");
    es.bic = QStringLiteral("BSCHESMMXXX");
    SEED_TRY(profiles.addBank(*lucia, es));

    SEED_TRY(profiles.setDefaultBank(*bao, us.name, QStringLiteral("4649101")));
    SEED_TRY(profiles.setDefaultBank(*bao, eu.name, QStringLiteral("4649103")));
    SEED_TRY(profiles.setDefaultBank(*charlotte, uk.name, QStringLiteral("4649102")));
    SEED_TRY(profiles.setDefaultBank(*farah, fr.name, QStringLiteral("4649106")));
    SEED_TRY(profiles.setDefaultBank(*dev, in.name, QStringLiteral("4649104")));
    SEED_TRY(profiles.setDefaultBank(*lucia, es.name, QStringLiteral("4649107")));

    TaxProfile w9;
    w9.form = TaxForm::W9;
    w9.ein = QStringLiteral("12-3456789");
    w9.signedOn = QDate(2025, 2, 10);
    SEED_TRY(profiles.setTax(*bao, QStringLiteral("4649101"), w9));
    SEED_TRY(profiles.setTax(*bao, QStringLiteral("4649103"),
                             w8("DE", "14312345678", QDate(2024, 1, 15), "DE136695976")));
    SEED_TRY(
        profiles.setTax(*charlotte, QStringLiteral("4649102"), w8("GB", "1234567890", QDate(2025, 3, 1))));
    SEED_TRY(profiles.setTax(*farah, QStringLiteral("4649106"),
                             w8("FR", "30326504500012", QDate(2024, 6, 1), "FR40303265045")));
    // The sole proprietor signs a W-8BEN as herself: a Spanish citizen, her NIF as foreign tax ID.
    TaxProfile individual;
    individual.form = TaxForm::W8Ben;
    individual.personName = QStringLiteral("Lucía Romero García");
    individual.citizenshipCountry = QStringLiteral("ES");
    individual.birthDate = QDate(1986, 9, 14);
    individual.foreignTaxId = QStringLiteral("53108764Q");
    individual.signedOn = QDate(2027, 1, 18);
    individual.vatId = QStringLiteral("ES53108764Q");
    SEED_TRY(profiles.setTax(*lucia, QStringLiteral("4649107"), individual));

    // Microsoft judges eligibility: invitations go out, ineligible and closed programs show as such.
    SEED_TRY(simulation.runEligibility());

    const QString commerce = QStringLiteral("Microsoft Commerce Incentives");
    SEED_TRY(enrollments.submit(*bao, commerce, QStringLiteral("4649101")));
    SEED_TRY(enrollments.submit(*bao, QStringLiteral("Azure Incentives"), QStringLiteral("4649101")));
    SEED_TRY(enrollments.submit(*bao, commerce, QStringLiteral("4649103")));
    SEED_TRY(
        enrollments.submit(*bao, QStringLiteral("Dynamics 365 Legacy Incentive"), QStringLiteral("4649101")));
    SEED_TRY(enrollments.submit(*charlotte, commerce, QStringLiteral("4649102")));
    SEED_TRY(enrollments.submit(*farah, commerce, QStringLiteral("4649106")));
    SEED_TRY(enrollments.submit(*farah, QStringLiteral("Azure Incentives"), QStringLiteral("4649106")));
    SEED_TRY(enrollments.submit(*lucia, QStringLiteral("CSP Indirect Reseller Incentives"),
                                QStringLiteral("4649107")));
    SEED_TRY(enrollments.submit(*lucia, QStringLiteral("Marketplace Rewards"), QStringLiteral("4649107")));
    SEED_TRY(presenter.advanceClock(*admin, 2 * 86400));

    // India accepts without a tax profile: Enrolling, with what is missing.
    SEED_TRY(enrollments.accept(*dev, commerce, QStringLiteral("4649104")));
    SEED_TRY(presenter.discontinueProgram(*admin, QStringLiteral("Dynamics 365 Legacy Incentive")));
    SEED_TRY(presenter.setClock(*admin, demoStart()));
    // One validation still under way when the presenter starts.
    SEED_TRY(enrollments.submit(*bao, QStringLiteral("CSP Indirect Reseller Incentives"),
                                QStringLiteral("4649103")));

    // France's agreement lapses after enrolling. Commerce and Azure do not ask for an agreement to
    // be eligible, so France stays Enrolled in them (judging eligibility again changes nothing); the
    // renewal asks for one, so they will not renew at the fiscal-year end.
    {
        Transaction tx(ctx.db());
        SEED_TRY(tx.begun());
        auto france = ctx.directory().locationByPartnerId(QStringLiteral("4649106"));
        SEED_TRY(france);
        france->attributes.agreementActive = false;
        SEED_TRY(ctx.directory().updateLocationAttributes(*france));
        SEED_TRY(ctx.audit(systemActor(), QStringLiteral("location.agreement"), france->partnerId, {},
                           QStringLiteral("expired (IVDMPA)")));
        SEED_TRY(tx.commit());
    }
    // France holds the payments of its Azure Incentives (Partner Center's "Hold my payment").
    SEED_TRY(AssignmentService(ctx).hold(*farah, QStringLiteral("Azure Incentives"),
                                         QStringLiteral("4649106"), true));
    return simulation.runEligibility();
}

Result<QString> empty(AppContext& ctx, EmptyOrganization o)
{
    if (auto s = requireNew(ctx); !s)
        return s.error();
    const auto name = validators::displayName(o.name, 200);
    if (!name.valid())
        return makeError(ErrorKind::Invalid, name.error, QStringLiteral("org"));
    const auto legal = validators::displayName(o.legalName.isEmpty() ? o.name : o.legalName, 200);
    if (!legal.valid())
        return makeError(ErrorKind::Invalid, legal.error, QStringLiteral("legal-name"));
    const auto partner =
        validators::partnerId(o.globalPartnerId.isEmpty() ? QStringLiteral("1000000") : o.globalPartnerId);
    if (!partner.valid())
        return makeError(ErrorKind::Invalid, partner.error, QStringLiteral("partner-id"));
    const auto country = validators::countryCode(o.country.isEmpty() ? QStringLiteral("US") : o.country);
    if (!country.valid())
        return makeError(ErrorKind::Invalid, country.error, QStringLiteral("country"));
    const auto email = validators::email(o.adminEmail);
    if (!email.valid())
        return makeError(ErrorKind::Invalid, email.error, QStringLiteral("admin"));
    const auto adminName =
        validators::displayName(o.adminName.isEmpty() ? email.normalized : o.adminName, 100);
    if (!adminName.valid())
        return makeError(ErrorKind::Invalid, adminName.error, QStringLiteral("admin-name"));

    Transaction tx(ctx.db());
    SEED_TRY(tx.begun());
    const QDateTime now = ctx.clock().now();
    SEED_TRY(ctx.clock().markDemo(false, now));
    SEED_TRY(ctx.directory().insertOrganization(
        {0, name.normalized, legal.normalized, partner.normalized, country.normalized}));
    const QString temporary = passwords::temporary();
    auto hashed = passwords::hash(temporary);
    SEED_TRY(hashed);
    User u;
    u.email = email.normalized;
    u.name = adminName.normalized;
    u.passwordHash = *hashed;
    u.mustChangePassword = true;
    auto id = ctx.directory().insertUser(u, now);
    SEED_TRY(id);
    SEED_TRY(ctx.directory().insertRole({*id, Role::AccountAdmin, 0}, now));
    SEED_TRY(ctx.audit(systemActor(), QStringLiteral("database.created"), {}, {}, name.normalized));
    SEED_TRY(tx.commit());
    return temporary;
}

#undef SEED_TRY

} // namespace incentives::seed
