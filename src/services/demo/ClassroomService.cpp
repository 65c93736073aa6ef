#include "services/demo/ClassroomService.h"

#include "core/Authorization.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/DemoTemplate.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace incentives {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClassroomService)
};

// A password for a trainee's new login: 20 letters and digits from the system's random source.
QString newPassword()
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString out;
    for (int i = 0; i < 20; ++i)
        out += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return out;
}

qint64 wallClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

Status ClassroomService::mayManage(const Actor& actor)
{
    auto g = m_ctx.grants(actor);
    if (!g)
        return g.error();
    if (auto s = authorize(*g, Action::RunDemoTools); !s)
        return s;
    if (m_ctx.db().isFile())
        return makeError(ErrorKind::Usage,
                         Tr::tr("A class needs a shared PostgreSQL database: each trainee's sandbox is a "
                                "schema of its own there."));
    if (!m_ctx.db().sandbox().isEmpty())
        return makeError(ErrorKind::Denied,
                         Tr::tr("A class is managed from the main organization, not from a sandbox."));
    return {};
}

Status ClassroomService::require(const Actor& actor, const QString& what)
{
    if (auto s = m_ctx.require(actor, what, Action::RunDemoTools); !s)
        return s;
    Status allowed = mayManage(actor);
    if (!allowed && allowed.error().kind == ErrorKind::Denied) {
        Transaction tx(m_ctx.db());
        if (tx.active() && m_ctx.audit(actor, QStringLiteral("denied"), {}, {},
                                       what + QStringLiteral(": ") + allowed.error().message))
            (void)tx.commit();
    }
    return allowed;
}

QString ClassroomService::urlFor(const QString& login, const QString& schema) const
{
    auto location = DatabaseLocation::parse(m_ctx.db().path());
    if (!location)
        return {};
    if (!login.isEmpty())
        location->user = login;
    location->sandbox = schema;
    return location->display();
}

Status ClassroomService::build(const QString& schema, const QString& templateFile)
{
    auto ctx = AppContext::open(urlFor({}, schema), Database::OpenMode::CreateIfMissing);
    if (!ctx)
        return ctx.error();
    if (templateFile.isEmpty())
        return seed::demo(**ctx);
    auto t = demotemplate::load(templateFile);
    if (!t)
        return t.error();
    return demotemplate::apply(**ctx, *t);
}

Result<QList<TraineeSandbox>> ClassroomService::createClass(const Actor& actor, const QString& templateFile,
                                                            const QStringList& trainees)
{
    if (auto s = require(actor, QStringLiteral("class.create")); !s)
        return s.error();
    if (trainees.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Name at least one trainee."));
    QSet<QString> schemas;
    for (const QString& trainee : trainees) {
        if (!sandboxes::isTraineeLogin(trainee))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 cannot name a trainee's login: use letters, digits, '.', '_', '-' "
                                    "and '@' (at most 63).")
                                 .arg(trainee));
        if (schemas.contains(sandboxes::schemaFor(trainee)))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 is named twice (or like another trainee).").arg(trainee));
        schemas.insert(sandboxes::schemaFor(trainee));
    }
    if (!templateFile.isEmpty())
        if (auto t = demotemplate::load(templateFile); !t)
            return t.error();
    QList<TraineeSandbox> made;
    for (const QString& trainee : trainees) {
        TraineeSandbox s{trainee, sandboxes::schemaFor(trainee), {}, {}};
        s.url = urlFor(trainee, s.schema);
        {
            Transaction tx(m_ctx.db());
            if (!tx.active())
                return tx.error();
            auto password =
                sandboxes::prepare(m_ctx.db(), s.schema, trainee, templateFile, wallClock(), newPassword());
            if (!password)
                return password.error();
            s.password = *password;
            if (auto a = m_ctx.audit(actor, QStringLiteral("class.sandbox-created"), {}, {},
                                     QStringLiteral("%1 (%2)").arg(trainee, s.schema));
                !a)
                return a.error();
            if (auto c = tx.commit(); !c)
                return c.error();
        }
        if (auto built = build(s.schema, templateFile); !built) {
            Transaction tx(m_ctx.db());
            if (tx.active() && sandboxes::drop(m_ctx.db(), s.schema) &&
                m_ctx.audit(actor, QStringLiteral("class.sandbox-removed"), {}, {},
                            QStringLiteral("%1 (%2): %3").arg(trainee, s.schema, built.error().message)))
                (void)tx.commit();
            return makeError(
                built.error().kind,
                Tr::tr("The sandbox of %1 could not be built: %2").arg(trainee, built.error().message));
        }
        made.append(s);
    }
    return made;
}

Result<QList<ClassRow>> ClassroomService::status(const Actor& actor)
{
    if (auto s = require(actor, QStringLiteral("class.status")); !s)
        return s.error();
    auto found = sandboxes::list(m_ctx.db());
    if (!found)
        return found.error();
    const qint64 now = wallClock();
    QList<ClassRow> rows;
    for (const sandboxes::Sandbox& s : std::as_const(*found)) {
        ClassRow row{s, urlFor(s.trainee, s.schema), 0, 0};
        if (s.progress) {
            const qint64 until = s.progress->finished() ? s.progress->updatedAt : now;
            row.timeOnStep = std::max<qint64>(0, until - s.progress->stepStartedAt);
            row.totalTime = std::max<qint64>(0, until - s.progress->startedAt);
        }
        rows.append(row);
    }
    return rows;
}

Status ClassroomService::reset(const Actor& actor, const QString& trainee)
{
    if (auto s = require(actor, QStringLiteral("class.reset")); !s)
        return s;
    auto found = sandboxes::list(m_ctx.db());
    if (!found)
        return found.error();
    const auto it = std::find_if(found->cbegin(), found->cend(),
                                 [&](const sandboxes::Sandbox& s) { return s.trainee == trainee; });
    if (it == found->cend())
        return makeError(ErrorKind::NotFound, Tr::tr("%1 has no sandbox in this class.").arg(trainee));
    const sandboxes::Sandbox sandbox = *it;
    const QString building = sandboxes::buildingSchemaFor(sandbox.schema);
    if (auto s = sandboxes::prepareBuilding(m_ctx.db(), sandbox.schema); !s)
        return s;
    if (auto built = build(building, sandbox.templateFile); !built) {
        (void)sandboxes::drop(m_ctx.db(), building);
        return makeError(built.error().kind, Tr::tr("The sandbox of %1 could not be rebuilt; it stays as it "
                                                    "was. %2")
                                                 .arg(trainee, built.error().message));
    }
    Status swapped;
    {
        Transaction tx(m_ctx.db());
        swapped = tx.begun();
        if (swapped)
            swapped = sandboxes::swapIn(m_ctx.db(), sandbox, wallClock());
        if (swapped)
            swapped = m_ctx.audit(actor, QStringLiteral("class.sandbox-reset"), {}, {},
                                  QStringLiteral("%1 (%2)").arg(trainee, sandbox.schema));
        if (swapped)
            swapped = tx.commit();
    }
    if (!swapped)
        (void)sandboxes::drop(m_ctx.db(), building);
    return swapped;
}

Status ClassroomService::recordProgress(const Actor& actor, const scenarios::Scenario& scenario,
                                        const QList<bool>& done)
{
    if (m_ctx.db().sandbox().isEmpty())
        return {};
    if (scenario.id.isEmpty() || done.size() != scenario.steps.size())
        return makeError(ErrorKind::Invalid, Tr::tr("The scenario's progress does not match its steps."));
    const int total = int(done.size());
    const int index = done.contains(false) ? int(done.indexOf(false)) : total;
    const int count = int(done.count(true));
    const auto unchanged = [&](const std::optional<sandboxes::Progress>& known) {
        return known && known->stepIndex == index && known->stepsDone == count && known->stepsTotal == total;
    };
    if (auto known = sandboxes::progressOf(m_ctx.db(), scenario.id); !known)
        return known.error();
    else if (unchanged(*known))
        return {};
    auto recorded =
        m_ctx.change<Done>(actor, QStringLiteral("scenario.progress"), [&](const Grants& g) -> Result<Done> {
            if (!g.active)
                return makeError(ErrorKind::Denied,
                                 QCoreApplication::translate("AppContext", "Sign in first: say who acts."));
            auto known = sandboxes::progressOf(m_ctx.db(), scenario.id);
            if (!known)
                return known.error();
            if (unchanged(*known))
                return Done{};
            const qint64 now = wallClock();
            sandboxes::Progress p = known->value_or(sandboxes::Progress{});
            if (!known->has_value())
                p.startedAt = now;
            if (!known->has_value() || (*known)->stepIndex != index)
                p.stepStartedAt = now;
            p.scenarioId = scenario.id;
            p.title = scenario.title;
            p.stepIndex = index;
            p.stepsDone = count;
            p.stepsTotal = total;
            p.updatedAt = now;
            p.updatedBy = actor.name.isEmpty() ? actor.email : actor.name;
            if (auto s = sandboxes::saveProgress(m_ctx.db(), p); !s)
                return s.error();
            if (auto s = m_ctx.audit(actor, QStringLiteral("scenario.progress"), {}, {},
                                     QStringLiteral("%1: step %2 of %3, %4 done")
                                         .arg(scenario.id)
                                         .arg(std::min(index + 1, total))
                                         .arg(total)
                                         .arg(count));
                !s)
                return s.error();
            return Done{};
        });
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace incentives
