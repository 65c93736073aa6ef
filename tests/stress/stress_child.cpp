// The stress test's worker: random valid operations through the services on a demo database,
// printing "COMMITTED <audit id> <audit hash>" after each one that committed. The parent kills it
// at random moments and checks that the database survived with every reported change in it.
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/demo/PresenterTools.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace incentives;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto ctx = AppContext::open(args.at(1), Database::OpenMode::MustExist);
    if (!ctx)
        return 3;
    QRandomGenerator random(args.at(2).toUInt());
    AppContext& c = **ctx;
    const QStringList admins{
        QStringLiteral("bao.nguyen@contoso.example"), QStringLiteral("charlotte.evans@contoso.example"),
        QStringLiteral("dev.patel@contoso.example"), QStringLiteral("farah.haddad@contoso.example")};
    const Actor avery = *c.actor(QStringLiteral("avery.brooks@contoso.example"));
    const QStringList partners{QStringLiteral("4649101"), QStringLiteral("4649102"),
                               QStringLiteral("4649103"), QStringLiteral("4649104"),
                               QStringLiteral("4649105"), QStringLiteral("4649106")};
    QTextStream out(stdout);
    for (int step = 0; step < 100000; ++step) {
        bool ok = false;
        switch (random.bounded(6)) {
        case 0: { // submit or accept an invitation of one's own location
            const Actor who = *c.actor(admins.at(random.bounded(admins.size())));
            auto rows = EnrollmentService(c).workspace(who, {}, WorkspaceSort::Program, true, 0, 100);
            if (rows && !rows->isEmpty()) {
                const Enrollment& e = rows->at(random.bounded(rows->size())).enrollment;
                ok = random.bounded(2) ? EnrollmentService(c).submit(who, e.programName, e.partnerId).ok()
                                       : EnrollmentService(c).accept(who, e.programName, e.partnerId).ok();
            }
            break;
        }
        case 1: // Microsoft's side moves on
            ok = PresenterTools(c).advanceClock(avery, random.bounded(2) ? 3600 : 86400).ok();
            break;
        case 2: { // a bank profile edit sends enrollments back to validation
            const Actor bao = *c.actor(QStringLiteral("bao.nguyen@contoso.example"));
            ok = ProfileService(c)
                     .editBank(bao, QStringLiteral("Contoso US Operating"),
                               [&random](BankProfile& p) {
                                   p.accountNumber = QString::number(100000000 + random.bounded(800000000));
                               })
                     .ok();
            break;
        }
        case 3: { // role changes
            const QString partner = partners.at(random.bounded(partners.size()));
            const QString email = QStringLiteral("emma.schmidt@contoso.example");
            ok = random.bounded(2)
                     ? DirectoryService(c).assignRole(avery, email, Role::IncentivesUser, partner).ok()
                     : DirectoryService(c).revokeRole(avery, email, Role::IncentivesUser, partner).ok();
            break;
        }
        case 4: { // the Incentives admin of Japan changes hands
            const QString email = random.bounded(2) ? QStringLiteral("kenji.tanaka@contoso.example")
                                                    : QStringLiteral("gabriel.silva@contoso.example");
            ok = DirectoryService(c)
                     .assignRole(avery, email, Role::IncentivesAdmin, QStringLiteral("4649105"), true)
                     .ok();
            break;
        }
        default: // eligibility judged again
            ok = Simulation(c).runEligibility().ok();
            break;
        }
        if (!ok)
            continue;
        auto last = c.auditLog().list(0, 1);
        if (last && !last->isEmpty()) {
            out << "COMMITTED " << last->first().id << ' ' << last->first().hash << '\n';
            out.flush();
        }
    }
    return 0;
}
