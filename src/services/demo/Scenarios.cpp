#include "services/demo/Scenarios.h"

#include "core/Logging.h"
#include "services/demo/ScenarioFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace incentives::scenarios {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Scenarios)
};

// The built-in scenarios, in the order the presenter meets them; each is a file in the resources
// (src/services/demo/scenarios), in the format anyone can write.
constexpr const char* kBuiltIn[] = {"enroll-from-email", "assign-admin", "rejected-bank",
                                    "fy-rollover",       "open-program", "payout-assignment"};

} // namespace

QList<Scenario> builtIn(const QString& language)
{
    QList<Scenario> list;
    for (const char* id : kBuiltIn) {
        const QString path = QStringLiteral(":/scenarios/%1.json").arg(QLatin1String(id));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcServices) << "missing built-in scenario" << path;
            continue;
        }
        const QByteArray bytes = file.readAll();
        Loaded loaded = parse(bytes, language);
        if (!loaded.scenario) {
            qCWarning(lcServices) << "built-in scenario refused:" << loaded.describe(path);
            continue;
        }
        loaded.scenario->source = bytes;
        list.append(*loaded.scenario);
    }
    return list;
}

const QList<Scenario>& all()
{
    static const QList<Scenario> list = builtIn(QLocale().name());
    return list;
}

const Scenario* find(const QString& id)
{
    for (const Scenario& s : all())
        if (s.id == id)
            return &s;
    return nullptr;
}

QList<bool> progress(AppContext& ctx, const Scenario& scenario)
{
    QList<bool> done;
    for (const Step& step : scenario.steps)
        done.append(step.done && step.done(ctx));
    return done;
}

Status handoutReady(const Scenario* scenario, bool started, qsizetype pictured)
{
    if (!scenario)
        return makeError(ErrorKind::WrongState, Tr::tr("Choose a scenario first."));
    if (pictured > 0)
        return {};
    if (!started)
        return makeError(ErrorKind::WrongState,
                         Tr::tr("Start the scenario first: the handout shows the window as it was when "
                                "each step was done."));
    return makeError(ErrorKind::WrongState, Tr::tr("No step has been done since the scenario started."));
}

} // namespace incentives::scenarios
