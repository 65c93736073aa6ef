#pragma once

// Who may change what: every data-changing operation and every sensitive read, for every kind of
// person, as domain.md says. The services test, the CLI test and the GUI test read this one table,
// so the three faces are held to the same answers.

#include "services/AppContext.h"
#include "services/DirectoryService.h"
#include "services/OrganizationService.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace matrix {

enum class Who
{
    AccountAdmin,       // alex: Account admin and nothing else
    Presenter,          // pat: Presenter and nothing else
    LocationAdmin,      // bao: Incentives admin of the location (4649101)
    OtherLocationAdmin, // charlotte: Incentives admin of another location (4649102)
    IncentivesUser,     // emma: Incentives user of the location
    NoRole,             // gabriel
    Deactivated,        // dana: was an Incentives user of the location
    Unknown,            // an email no user has
};

inline const QList<Who>& everyone()
{
    static const QList<Who> all{Who::AccountAdmin,       Who::Presenter,      Who::LocationAdmin,
                                Who::OtherLocationAdmin, Who::IncentivesUser, Who::NoRole,
                                Who::Deactivated,        Who::Unknown};
    return all;
}

inline QString email(Who who)
{
    switch (who) {
    case Who::AccountAdmin:
        return QStringLiteral("alex.admin@contoso.example");
    case Who::Presenter:
        return QStringLiteral("pat.presenter@contoso.example");
    case Who::LocationAdmin:
        return QStringLiteral("bao.nguyen@contoso.example");
    case Who::OtherLocationAdmin:
        return QStringLiteral("charlotte.evans@contoso.example");
    case Who::IncentivesUser:
        return QStringLiteral("emma.schmidt@contoso.example");
    case Who::NoRole:
        return QStringLiteral("gabriel.silva@contoso.example");
    case Who::Deactivated:
        return QStringLiteral("dana.former@contoso.example");
    case Who::Unknown:
        return QStringLiteral("nobody.known@contoso.example");
    }
    return {};
}

inline QString tag(Who who)
{
    return email(who).section(QLatin1Char('.'), 0, 0);
}

const QString kLocation = QStringLiteral("4649101");
const QString kOtherLocation = QStringLiteral("4649102");
const QString kOwnProfile = QStringLiteral("Contoso US Operating"); // belongs to 4649101 only
const QString kOtherProfile = QStringLiteral("Contoso UK Payout");  // belongs to 4649102 only
// A program recorded (by addPeople) that has no invitation yet.
const QString kRecordedProgram = QStringLiteral("Matrix Recorded Program");

// Adds the people the table speaks of to a fresh demo database (as its Account admin).
inline incentives::Status addPeople(incentives::AppContext& ctx)
{
    using namespace incentives;
    DirectoryService directory(ctx);
    auto avery = ctx.actor(QStringLiteral("avery.brooks@contoso.example"));
    if (!avery)
        return avery.error();
    const struct
    {
        Who who;
        const char* name;
        Role role;
        const char* location;
    } added[] = {{Who::AccountAdmin, "Alex Admin", Role::AccountAdmin, ""},
                 {Who::Presenter, "Pat Presenter", Role::Presenter, ""},
                 {Who::Deactivated, "Dana Former", Role::IncentivesUser, "4649101"}};
    for (const auto& a : added) {
        if (auto r = directory.addUser(*avery, email(a.who), QString::fromLatin1(a.name),
                                       {{a.role, QString::fromLatin1(a.location)}});
            !r)
            return r.error();
    }
    if (auto r = directory.setActive(*avery, email(Who::Deactivated), false); !r)
        return r.error();
    Program recorded;
    recorded.name = kRecordedProgram;
    recorded.currencies = {QStringLiteral("USD")};
    if (auto r = OrganizationService(ctx).recordProgram(*avery, recorded); !r)
        return r.error();
    return {};
}

struct Operation
{
    QString name;
    QSet<Who> allowed;
};

inline QList<Operation> operations()
{
    const QSet<Who> signedIn{Who::AccountAdmin,       Who::Presenter,      Who::LocationAdmin,
                             Who::OtherLocationAdmin, Who::IncentivesUser, Who::NoRole};
    return {
        {QStringLiteral("enroll"), {Who::LocationAdmin}},
        {QStringLiteral("tax-profile set"), {Who::LocationAdmin}},
        // Another tax profile beside the location's first, for enrollments to be assigned.
        {QStringLiteral("tax-profile add"), {Who::LocationAdmin}},
        // A tax profile's documents: read by whoever sees the profile, attached by its editor.
        {QStringLiteral("tax-document attach"), {Who::LocationAdmin}},
        {QStringLiteral("tax-document list"), {Who::AccountAdmin, Who::LocationAdmin, Who::IncentivesUser}},
        {QStringLiteral("bank-profile add"), {Who::LocationAdmin}},
        {QStringLiteral("bank-profile edit own"), {Who::LocationAdmin}},
        {QStringLiteral("bank-profile edit other"), {Who::OtherLocationAdmin}},
        {QStringLiteral("bank-profile assign own"), {Who::LocationAdmin}},
        // Another location's profile: nobody may make it this location's default or pay with it.
        {QStringLiteral("bank-profile assign other"), {}},
        {QStringLiteral("submit with other profile"), {}},
        {QStringLiteral("users add"), {Who::AccountAdmin}},
        {QStringLiteral("users assign"), {Who::AccountAdmin}},
        {QStringLiteral("backup"), {Who::AccountAdmin}},
        {QStringLiteral("restore"), {Who::AccountAdmin}},
        {QStringLiteral("check"), signedIn},
        {QStringLiteral("clock advance"), {Who::Presenter}},
        {QStringLiteral("validation approve"), {Who::Presenter}},
        {QStringLiteral("program close"), {Who::Presenter}},
        {QStringLiteral("location set"), {Who::Presenter}},
        {QStringLiteral("simulate eligibility"), {Who::Presenter}},
        {QStringLiteral("demo save"), {Who::Presenter}},
        {QStringLiteral("demo load"), {Who::Presenter}},
        {QStringLiteral("demo reset"), {Who::Presenter}},
        {QStringLiteral("scenario start"), {Who::Presenter}},
        {QStringLiteral("migrate"), {Who::AccountAdmin}},
        // Mirroring Partner Center: locations and programs by Account admins; an invitation by them
        // or the location's Incentives admin; Microsoft's outcome only by the latter.
        {QStringLiteral("locations add"), {Who::AccountAdmin}},
        {QStringLiteral("locations edit"), {Who::AccountAdmin}},
        {QStringLiteral("import locations"), {Who::AccountAdmin}},
        {QStringLiteral("programs record"), {Who::AccountAdmin}},
        {QStringLiteral("invitation record"), {Who::AccountAdmin, Who::LocationAdmin}},
        {QStringLiteral("validation record"), {Who::LocationAdmin}},
        // Payout and tax profile assignment, like the profiles: the location's Incentives admin only.
        {QStringLiteral("assignment set"), {Who::LocationAdmin}},
        {QStringLiteral("assignment hold"), {Who::LocationAdmin}},
        {QStringLiteral("assignment defaults"), {Who::LocationAdmin}},
    };
}

} // namespace matrix
