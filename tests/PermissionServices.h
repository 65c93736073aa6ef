#pragma once

// The access matrix's operations run through the services: one place for every test that runs the
// matrix (on files and on a server with the owner's login in tst_permissions, with each person's
// own login in tst_pgsecurity).
#include "PermissionMatrix.h"
#include "services/AssignmentService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/MaintenanceService.h"
#include "services/OrganizationService.h"
#include "services/ProfileService.h"
#include "services/TaxDocumentService.h"
#include "services/Transfer.h"
#include "services/demo/PresenterTools.h"

#include <QDir>

namespace matrix {
using namespace incentives;

// What an operation needs beyond the database: a validation waiting for Microsoft, a backup to
// restore, a folder for the files it writes and a counter for unique names.
struct ServiceRun
{
    QString pendingProgram;
    QString pendingLocation;
    QString backup;
    QString folder;
    int* unique = nullptr;
};

inline Status runService(AppContext& ctx, const Actor& actor, const QString& op, const ServiceRun& run)
{
    const auto status = [](const auto& result) { return result ? Status() : Status(result.error()); };
    ProfileService profiles(ctx);
    EnrollmentService enrollments(ctx);
    DirectoryService directory(ctx);
    MaintenanceService maintenance(ctx);
    PresenterTools simulation(ctx);
    const QString program = QStringLiteral("Marketplace Rewards");
    if (op == QLatin1String("enroll"))
        return status(enrollments.accept(actor, program, kLocation));
    if (op == QLatin1String("tax-profile set")) {
        TaxProfile t;
        if (auto location = ctx.directory().locationByPartnerId(kLocation))
            if (auto stored = ctx.profiles().taxProfile(location->id); stored && *stored)
                t = **stored;
        t.signedOn = ctx.clock().now().date().addDays(-1);
        return status(profiles.setTax(actor, kLocation, t));
    }
    if (op == QLatin1String("tax-profile add")) {
        TaxProfile t;
        t.form = TaxForm::W9;
        t.ein = QStringLiteral("98-7654321");
        t.signedOn = ctx.clock().now().date().addDays(-1);
        return status(profiles.addTax(actor, kLocation, t));
    }
    if (op == QLatin1String("tax-document attach"))
        return status(TaxDocumentService(ctx).attach(
            actor, kLocation, QStringLiteral("matrix.pdf"),
            QStringLiteral("%PDF-1.4\nmatrix %1\n").arg(++*run.unique).toUtf8()));
    if (op == QLatin1String("tax-document list"))
        return status(TaxDocumentService(ctx).documents(actor, kLocation));
    if (op == QLatin1String("bank-profile add")) {
        BankProfile p;
        p.name = QStringLiteral("Matrix");
        p.country = QStringLiteral("US");
        p.currency = QStringLiteral("USD");
        p.holderName = QStringLiteral("Contoso Ltd");
        p.routingNumber = QStringLiteral("021000021");
        p.accountNumber = QStringLiteral("12345678");
        return status(profiles.addBank(actor, p, kLocation));
    }
    if (op == QLatin1String("bank-profile edit own") || op == QLatin1String("bank-profile edit other"))
        return status(
            profiles.editBank(actor, op.endsWith(QLatin1String("own")) ? kOwnProfile : kOtherProfile,
                              [](BankProfile& p) { p.accountNumber = QStringLiteral("99887766"); }));
    if (op == QLatin1String("bank-profile assign own"))
        return status(profiles.setDefaultBank(actor, kOwnProfile, kLocation));
    if (op == QLatin1String("bank-profile assign other"))
        return status(profiles.setDefaultBank(actor, kOtherProfile, kLocation));
    if (op == QLatin1String("submit with other profile"))
        return status(enrollments.submit(actor, program, kLocation, kOtherProfile));
    if (op == QLatin1String("users add"))
        return status(directory.addUser(actor,
                                        QStringLiteral("new.person.%1@contoso.example").arg(++*run.unique),
                                        QStringLiteral("New Person")));
    if (op == QLatin1String("users assign"))
        return status(directory.assignRole(actor, email(Who::NoRole), Role::IncentivesUser, kOtherLocation));
    if (op == QLatin1String("backup"))
        return maintenance.backUp(
            actor, QDir(run.folder).filePath(QStringLiteral("backup-%1.db").arg(++*run.unique)));
    if (op == QLatin1String("restore"))
        return status(maintenance.restore(actor, run.backup));
    if (op == QLatin1String("check"))
        return status(maintenance.check(actor));
    if (op == QLatin1String("clock advance"))
        return simulation.advanceClock(actor, 3600);
    if (op == QLatin1String("validation approve"))
        return simulation.decideValidation(actor, run.pendingProgram, run.pendingLocation, true, {});
    if (op == QLatin1String("program close"))
        return simulation.closeProgram(actor, program);
    if (op == QLatin1String("location set")) {
        LocationAttributes a;
        a.customerAdds = 5;
        return simulation.setLocationAttributes(actor, QStringLiteral("4649105"), a);
    }
    if (op == QLatin1String("simulate eligibility"))
        return simulation.judgeEligibility(actor);
    if (op == QLatin1String("demo save"))
        return maintenance.saveSnapshot(actor, QStringLiteral("matrix"));
    if (op == QLatin1String("demo load"))
        return status(maintenance.loadSnapshot(actor, QStringLiteral("matrix")));
    if (op == QLatin1String("demo reset") || op == QLatin1String("scenario start"))
        return status(maintenance.resetDemo(actor));
    OrganizationService organization(ctx);
    if (op == QLatin1String("locations add")) {
        LocationInput in;
        in.partnerId = QStringLiteral("4649199");
        in.name = QStringLiteral("Contoso Matrix");
        in.legalName = QStringLiteral("Contoso Matrix Ltd");
        in.country = QStringLiteral("NL");
        return status(organization.addLocation(actor, in));
    }
    if (op == QLatin1String("locations edit")) {
        LocationInput in;
        in.partnerId = kLocation;
        in.name = QStringLiteral("Contoso Renamed");
        in.legalName = QStringLiteral("Contoso Ltd");
        in.country = QStringLiteral("US");
        return status(organization.editLocation(actor, in));
    }
    if (op == QLatin1String("import locations"))
        return status(
            organization.import(actor, ImportKind::Locations,
                                "partner_id,name,legal_name,country\n4649198,Contoso CSV,Contoso CSV "
                                "Ltd,NL\n"));
    if (op == QLatin1String("programs record")) {
        Program p;
        p.name = QStringLiteral("Matrix Program Two");
        p.currencies = {QStringLiteral("EUR")};
        return status(organization.recordProgram(actor, p));
    }
    if (op == QLatin1String("invitation record"))
        return status(organization.recordInvitation(actor, kRecordedProgram, kLocation));
    if (op == QLatin1String("validation record"))
        return status(organization.recordOutcome(actor, run.pendingProgram, run.pendingLocation, true, {}));
    AssignmentService assignments(ctx);
    if (op == QLatin1String("assignment set")) {
        AssignmentChange change;
        change.currency = QStringLiteral("USD");
        return status(assignments.set(actor, program, kLocation, change));
    }
    if (op == QLatin1String("assignment hold"))
        return status(
            assignments.hold(actor, QStringLiteral("Microsoft Commerce Incentives"), kLocation, true));
    if (op == QLatin1String("assignment defaults"))
        return status(assignments.setDefaults(actor, kOwnProfile, QStringLiteral("USD"), {kLocation}));
    if (op == QLatin1String("migrate"))
        return status(transfer::migrate(
            ctx, actor, QDir(run.folder).filePath(QStringLiteral("moved-%1.db").arg(++*run.unique))));
    return makeError(ErrorKind::Usage, QStringLiteral("no such operation in the test: ") + op);
}

} // namespace matrix
