#include "services/demo/Generator.h"

#include "core/EnrollmentRules.h"
#include "services/demo/DemoSeed.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace incentives::generator {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Generator)
};

struct Country
{
    const char* code;
    const char* city;
    const char* vat; // a valid VAT ID for EU countries, which must have one
};

// Countries whose identifiers the generator can make valid: EU ones carry a VAT ID.
constexpr Country kCountries[] = {
    {"US", "Seattle", ""},
    {"GB", "Leeds", ""},
    {"DE", "Hamburg", "DE136695976"},
    {"FR", "Lyon", "FR40303265045"},
    {"NL", "Utrecht", "NL004495445B01"},
    {"IN", "Pune", ""},
    {"JP", "Osaka", ""},
    {"CA", "Toronto", ""},
    {"AU", "Sydney", ""},
    {"BR", "São Paulo", ""},
    {"MX", "Monterrey", ""},
    {"SG", "Singapore", ""},
    {"CH", "Zürich", ""},
    {"NO", "Bergen", ""},
    {"ZA", "Cape Town", ""},
    {"KR", "Busan", ""},
    {"AE", "Dubai", ""},
    {"IT", "Milano", "IT00743110157"},
    {"ES", "Valencia", "ESA28015865"},
    {"SE", "Malmö", ""},
};
constexpr int kCountryCount = int(sizeof(kCountries) / sizeof(kCountries[0]));

// A German IBAN with valid ISO 7064 check digits from 18 random digits.
QString germanIban(QRandomGenerator& random)
{
    QString bban;
    for (int i = 0; i < 18; ++i)
        bban += QChar(u'0' + random.bounded(10));
    const QString digits = bban + QStringLiteral("131400"); // "DE00" as digits
    int mod = 0;
    for (QChar c : digits)
        mod = (mod * 10 + (c.unicode() - u'0')) % 97;
    return QStringLiteral("DE%1%2").arg(98 - mod, 2, 10, QLatin1Char('0')).arg(bban);
}

QString digits(QRandomGenerator& random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + random.bounded(10));
    return out;
}

BankProfile bankFor(QRandomGenerator& random, int index, const QString& legalName)
{
    BankProfile b;
    b.name = QStringLiteral("Payout %1").arg(index + 1, 5, 10, QLatin1Char('0'));
    b.holderName = legalName;
    b.status = ProfileStatus::Approved;
    switch (index % 4) {
    case 0:
        b.country = QStringLiteral("US");
        b.currency = QStringLiteral("USD");
        b.routingNumber = QStringLiteral("021000021");
        b.accountNumber = digits(random, 10);
        break;
    case 1:
        b.country = QStringLiteral("DE");
        b.currency = QStringLiteral("EUR");
        b.iban = germanIban(random);
        b.bic = QStringLiteral("COBADEFFXXX");
        break;
    case 2:
        b.country = QStringLiteral("GB");
        b.currency = QStringLiteral("GBP");
        b.routingNumber = digits(random, 6);
        b.accountNumber = digits(random, 8);
        break;
    default:
        b.country = QStringLiteral("IN");
        b.currency = QStringLiteral("INR");
        b.routingNumber = QStringLiteral("HDFC0") + digits(random, 6);
        b.accountNumber = digits(random, 14);
        break;
    }
    return b;
}

#define GEN_TRY(expr)                                                                                        \
    do {                                                                                                     \
        if (auto genResult_ = (expr); !genResult_)                                                           \
            return genResult_.error();                                                                       \
    } while (false)

} // namespace

Result<Summary> generate(AppContext& ctx, const Options& o)
{
    if (o.locations < 1 || o.locations > 1'000'000 || o.programs < 1 || o.programs > 1000)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Generate 1 to 1,000,000 locations and 1 to 1,000 programs."));
    if (ctx.directory().organization())
        return makeError(ErrorKind::WrongState,
                         Tr::tr("This database already holds an organization; use a new file."));
    QRandomGenerator random(o.seed);
    const QDateTime now = seed::demoStart();
    const QString legal = QStringLiteral("Northwind Traders Ltd");
    Summary summary;
    QList<Location> locations;
    QList<Program> programs;
    QList<Id> bankIds;
    {
        Transaction tx(ctx.db());
        GEN_TRY(tx.begun());
        GEN_TRY(ctx.clock().markDemo(true, now));
        GEN_TRY(ctx.directory().insertOrganization(
            {0, legal, legal, QStringLiteral("5000000"), QStringLiteral("US")}));
        User admin;
        admin.email = QStringLiteral("admin@northwind.example");
        admin.name = QStringLiteral("Nora Admin");
        auto adminId = ctx.directory().insertUser(admin, now);
        GEN_TRY(adminId);
        GEN_TRY(ctx.directory().insertRole({*adminId, Role::AccountAdmin, 0}, now));
        ++summary.users;
        const int bankCount = qMax(1, o.locations / 10);
        for (int i = 0; i < bankCount; ++i) {
            auto id = ctx.profiles().insertBank(bankFor(random, i, legal), now);
            GEN_TRY(id);
            bankIds.append(*id);
        }
        Id currentAdmin = 0;
        for (int i = 0; i < o.locations; ++i) {
            const Country& c = kCountries[i % kCountryCount];
            Location l;
            l.partnerId = QString::number(5000001 + i);
            l.country = QString::fromLatin1(c.code);
            l.city = QString::fromUtf8(c.city);
            l.name = QStringLiteral("Northwind %1 %2").arg(l.city).arg(i + 1);
            l.attributes = {random.bounded(20) != 0,
                            random.bounded(3) != 0,
                            random.bounded(2) != 0,
                            random.bounded(5) == 0,
                            qint64(random.bounded(2'000'000)),
                            int(random.bounded(60))};
            l.defaultBankProfileId = bankIds.at(i % bankIds.size());
            auto id = ctx.directory().insertLocation(l);
            GEN_TRY(id);
            l.id = *id;
            locations.append(l);
            // One Incentives admin for every five locations, one Incentives user for every ten.
            if (i % 5 == 0) {
                User u;
                u.email = QStringLiteral("admin%1@northwind.example").arg(i / 5 + 1);
                u.name = QStringLiteral("Incentives Admin %1").arg(i / 5 + 1);
                auto uid = ctx.directory().insertUser(u, now);
                GEN_TRY(uid);
                currentAdmin = *uid;
                ++summary.users;
            }
            if (i % 97 != 96) // a few locations wait for an admin
                GEN_TRY(ctx.directory().insertRole({currentAdmin, Role::IncentivesAdmin, l.id}, now));
            if (i % 10 == 0) {
                User u;
                u.email = QStringLiteral("viewer%1@northwind.example").arg(i / 10 + 1);
                u.name = QStringLiteral("Incentives Viewer %1").arg(i / 10 + 1);
                auto uid = ctx.directory().insertUser(u, now);
                GEN_TRY(uid);
                GEN_TRY(ctx.directory().insertRole({*uid, Role::IncentivesUser, l.id}, now));
                ++summary.users;
            }
            TaxProfile t;
            t.locationId = l.id;
            t.form = rules::requiredTaxForm(l.country);
            t.status = ProfileStatus::Approved;
            t.signedOn = QDate(2025, 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
            if (t.form == TaxForm::W9) {
                t.ein = QStringLiteral("12") + digits(random, 7);
            } else {
                t.countryOfIncorporation = l.country;
                t.foreignTaxId = QStringLiteral("TX") + digits(random, 9);
                t.vatId = QString::fromLatin1(c.vat);
            }
            const QDate expiry = rules::taxExpiry(t);
            GEN_TRY(ctx.profiles().insertTax(
                t,
                expiry.isValid() ? QDateTime(expiry.addDays(1), QTime(0, 0), QTimeZone::utc()) : QDateTime(),
                now));
        }
        static const char* const kCriteria[] = {"agreement", "agreement;solutions-partner",
                                                "agreement;csp-indirect", "agreement;revenue>=250000",
                                                "agreement;customers>=10"};
        for (int p = 0; p < o.programs; ++p) {
            Program program;
            program.name = QStringLiteral("Incentive Program %1").arg(p + 1, 3, 10, QLatin1Char('0'));
            program.fiscalYear = 2027;
            program.openToAll = p % 10 == 9;
            program.state = p % 25 == 24   ? ProgramState::Discontinued
                            : p % 20 == 19 ? ProgramState::Closed
                                           : ProgramState::Open;
            program.criteria = program.openToAll ? QString() : QString::fromLatin1(kCriteria[p % 5]);
            program.currencies = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                  QStringLiteral("INR")};
            program.methods = {PaymentMethod::BankTransfer};
            program.guide = QStringLiteral("incentive-program-%1.html").arg(p + 1);
            auto id = ctx.programs().insert(program);
            GEN_TRY(id);
            program.id = *id;
            programs.append(program);
        }
        GEN_TRY(ctx.audit(systemActor(), QStringLiteral("database.generated"), {}, {},
                          QStringLiteral("%1 locations, %2 programs, seed %3")
                              .arg(o.locations)
                              .arg(o.programs)
                              .arg(o.seed)));
        GEN_TRY(tx.commit());
    }
    summary.locations = locations.size();
    summary.programs = programs.size();

    // Enrollments: every row in one transaction, into tables whose secondary indexes are built
    // once at the end (a B-tree insert per row and index writes many times the data). A cancel
    // or a failure rolls all of them back, indexes included.
    const qint64 total = qint64(locations.size()) * programs.size();
    Transaction tx(ctx.db());
    GEN_TRY(tx.begun());
    auto rebuild =
        ctx.db().dropSecondaryIndexes({QStringLiteral("enrollments"), QStringLiteral("invitations"),
                                       QStringLiteral("validation_requests")});
    GEN_TRY(rebuild);
    // The moments the rows draw from, each made once: whole days around the start (an invitation up
    // to 300 days back, an update up to 30 days after it) and the hours of a submission still in
    // validation (UTC: a day is always 86,400 seconds, so day(a + b) is day(a).addDays(b)).
    constexpr int kFirstDay = -300;
    constexpr int kLastDay = 30;
    QList<QDateTime> days;
    for (int d = kFirstDay; d <= kLastDay; ++d)
        days.append(now.addDays(d));
    const auto day = [&days](int offset) { return days.at(offset - kFirstDay); };
    QList<QDateTime> submitted;
    QList<QDateTime> validationDue;
    for (int h = 0; h < 20; ++h) {
        submitted.append(now.addSecs(-qint64(h) * 3600));
        validationDue.append(submitted.last().addSecs(rules::kValidationDelaySeconds));
    }
    const QString missesCriterion = Tr::tr("The location misses a criterion.");
    for (const Program& program : programs) {
        QList<Enrollment> rows;
        rows.reserve(locations.size());
        for (const Location& l : locations) {
            Enrollment e;
            e.programId = program.id;
            e.locationId = l.id;
            e.programName = program.name;
            e.partnerId = l.partnerId;
            e.locationName = l.name;
            e.country = l.country;
            e.fiscalYear = 2027;
            const int invited = -int(random.bounded(300));
            e.invitedAt = day(invited);
            e.updatedAt = day(invited + int(random.bounded(30)));
            const int roll = int(random.bounded(100));
            if (program.state == ProgramState::Discontinued) {
                e.status = EnrollmentStatus::Discontinued;
                e.reason = Reason::ProgramDiscontinued;
            } else if (program.state == ProgramState::Closed || roll < 10) {
                e.status = EnrollmentStatus::Inactive;
                e.reason =
                    program.state == ProgramState::Closed ? Reason::ProgramClosed : Reason::AgreementExpired;
                e.fiscalYear = 2025 + int(random.bounded(3));
            } else if (roll < 50) {
                e.status = EnrollmentStatus::Enrolled;
                e.bankProfileId = l.defaultBankProfileId;
                e.acceptedAt = e.submittedAt = day(invited + 1);
                e.enrolledAt = day(invited + 2);
            } else if (roll < 65) {
                e.status = EnrollmentStatus::Invited;
            } else if (roll < 75) {
                e.status = EnrollmentStatus::Enrolling;
                e.reason = Reason::AwaitingSubmission;
                e.acceptedAt = day(invited + 1);
            } else if (roll < 80) {
                e.status = EnrollmentStatus::Validating;
                e.bankProfileId = l.defaultBankProfileId;
                const int hours = int(random.bounded(20));
                e.acceptedAt = e.submittedAt = submitted.at(hours);
                e.validationDue = validationDue.at(hours);
                e.updatedAt = e.submittedAt;
            } else {
                e.status = EnrollmentStatus::Ineligible;
                e.reason = Reason::EligibilityLost;
                e.detail = missesCriterion;
            }
            rows.append(std::move(e));
        }
        auto ids = ctx.enrollments().insertMany(rows);
        GEN_TRY(ids);
        QList<Id> invited;
        QList<ValidationRequest> validations;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).status == EnrollmentStatus::Invited)
                invited.append(ids->at(i));
            if (rows.at(i).status == EnrollmentStatus::Validating) {
                ValidationRequest v;
                v.enrollmentId = ids->at(i);
                v.requestedAt = rows.at(i).submittedAt;
                v.dueAt = rows.at(i).validationDue;
                validations.append(v);
            }
        }
        GEN_TRY(ctx.enrollments().insertInvitations(invited, now));
        GEN_TRY(ctx.enrollments().insertValidations(validations));
        summary.enrollments += rows.size();
        if (o.progress && !o.progress(summary.enrollments, total))
            return makeError(ErrorKind::Usage,
                             Tr::tr("Generation cancelled after %1 enrollments.").arg(summary.enrollments));
    }
    for (const QString& statement : std::as_const(*rebuild))
        GEN_TRY(ctx.db().run(statement));
    GEN_TRY(tx.commit());

    // Fresh statistics let the query planner pick the indexes at this size.
    GEN_TRY(ctx.db().run(QStringLiteral("ANALYZE")));
    return summary;
}

#undef GEN_TRY

} // namespace incentives::generator
