#include "store/Sandboxes.h"

#include "store/Database.h"
#include "store/PgSecurity.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace incentives::sandboxes {
namespace {

using pgsecurity::identifier;
using pgsecurity::literal;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sandboxes)
};

Status runAll(Database& db, const QStringList& statements)
{
    for (const QString& s : statements)
        if (auto r = db.run(s); !r)
            return r;
    return {};
}

// The role that owns a sandbox's schema; role names are the cluster's, so the database's name is
// part of it.
Result<QString> ownerRoleFor(Database& main, const QString& schema)
{
    auto database = main.scalar(QStringLiteral("SELECT current_database()"));
    if (!database)
        return database.error();
    return (database->toString().left(20) + QLatin1Char('_') + schema).left(63);
}

Result<QString> ownerOf(Database& main, const QString& schema)
{
    auto owner = main.scalar(
        QStringLiteral("SELECT r.rolname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE "
                       "n.nspname = ?"),
        {schema});
    if (!owner)
        return owner.error();
    if (owner->isNull())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no sandbox %1.").arg(schema));
    return owner->toString();
}

QString note(const QString& trainee, const QString& templateFile, qint64 created, qint64 reset)
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("incentives-sandbox")},
                  {QStringLiteral("trainee"), trainee},
                  {QStringLiteral("template"), templateFile},
                  {QStringLiteral("created"), created}};
    if (reset > 0)
        o.insert(QStringLiteral("reset"), reset);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kProgressColumns = QStringLiteral(
    "scenario_id, title, step_index, steps_done, steps_total, started_at, step_started_at, updated_at, "
    "updated_by");

Progress progressFrom(const QSqlQuery& q)
{
    Progress p;
    p.scenarioId = q.value(0).toString();
    p.title = q.value(1).toString();
    p.stepIndex = q.value(2).toInt();
    p.stepsDone = q.value(3).toInt();
    p.stepsTotal = q.value(4).toInt();
    p.startedAt = q.value(5).toLongLong();
    p.stepStartedAt = q.value(6).toLongLong();
    p.updatedAt = q.value(7).toLongLong();
    p.updatedBy = q.value(8).toString();
    return p;
}

} // namespace

bool isSandboxName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^idk_sandbox_[a-z0-9_]{1,40}(\\$new)?$"));
    return pattern.match(name).hasMatch();
}

bool isTraineeLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,62}$"));
    return pattern.match(login).hasMatch();
}

QString schemaFor(const QString& trainee)
{
    QString slug = trainee.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return QLatin1String(kSandboxPrefix) + slug.left(40);
}

QString buildingSchemaFor(const QString& schema)
{
    return schema + QStringLiteral("$new");
}

Status enter(Database& db, const QString& schema)
{
    auto q = db.exec(QStringLiteral("SELECT r.rolname, has_schema_privilege(n.oid, 'USAGE'), "
                                    "pg_has_role(session_user, n.nspowner, 'MEMBER'), session_user "
                                    "FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner "
                                    "WHERE n.nspname = ?"),
                     {schema});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no sandbox %1 in this database.").arg(schema));
    const QString owner = q->value(0).toString();
    const bool usage = q->value(1).toBool();
    const bool member = q->value(2).toBool();
    const QString login = q->value(3).toString();
    if (!usage && !member)
        return makeError(
            ErrorKind::Denied,
            Tr::tr("The server refuses the login %1 access to the sandbox %2.").arg(login, schema));
    QStringList statements;
    if (member)
        statements << QStringLiteral("SET ROLE %1").arg(identifier(owner));
    statements << QStringLiteral("SET search_path = %1").arg(identifier(schema));
    return runAll(db, statements);
}

Result<QString> prepare(Database& main, const QString& schema, const QString& trainee,
                        const QString& templateFile, qint64 now, const QString& password)
{
    if (!isSandboxName(schema) || !isTraineeLogin(trainee))
        return makeError(ErrorKind::Invalid, Tr::tr("%1 cannot name a trainee's login.").arg(trainee));
    auto exists =
        main.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE nspname = ?"), {schema});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return makeError(
            ErrorKind::Conflict,
            Tr::tr("There is a sandbox %1 already: reset it, or choose another trainee.").arg(schema));
    auto owner = ownerRoleFor(main, schema);
    if (!owner)
        return owner.error();
    auto q =
        main.exec(QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolname = current_user FROM pg_roles "
                                 "WHERE rolname = ?"),
                  {trainee});
    if (!q)
        return q.error();
    QString created;
    if (q->next()) {
        if (q->value(0).toBool())
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("The login %1 has administrator rights and cannot be a trainee's.").arg(trainee));
    } else {
        created = password;
    }
    QStringList statements{
        QStringLiteral("DO $$BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$")
            .arg(identifier(*owner)),
        QStringLiteral("GRANT %1 TO CURRENT_USER").arg(identifier(*owner))};
    if (!created.isEmpty())
        statements
            << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(identifier(trainee), literal(created));
    statements
        << QStringLiteral("GRANT %1 TO %2").arg(identifier(*owner), identifier(trainee))
        << QStringLiteral("DO $$BEGIN EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', "
                          "current_database(), %1); END$$")
               .arg(literal(trainee))
        << QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(identifier(schema), identifier(*owner))
        << QStringLiteral("COMMENT ON SCHEMA %1 IS %2")
               .arg(identifier(schema), literal(note(trainee, templateFile, now, 0)));
    if (auto s = runAll(main, statements); !s)
        return s.error();
    return created;
}

Status prepareBuilding(Database& main, const QString& schema)
{
    auto owner = ownerOf(main, schema);
    if (!owner)
        return owner.error();
    const QString building = identifier(buildingSchemaFor(schema));
    return runAll(main,
                  {QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(building),
                   QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(building, identifier(*owner))});
}

Status swapIn(Database& main, const Sandbox& sandbox, qint64 now)
{
    const QString schema = identifier(sandbox.schema);
    // The functions were made in the building schema and name it as their search path.
    return runAll(
        main, {QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema),
               QStringLiteral("ALTER SCHEMA %1 RENAME TO %2")
                   .arg(identifier(buildingSchemaFor(sandbox.schema)), schema),
               QStringLiteral("COMMENT ON SCHEMA %1 IS %2")
                   .arg(schema, literal(note(sandbox.trainee, sandbox.templateFile, sandbox.createdAt, now))),
               QStringLiteral(
                   "DO $$DECLARE f regprocedure; BEGIN FOR f IN SELECT p.oid::regprocedure FROM pg_proc p "
                   "WHERE p.pronamespace = %1::regnamespace LOOP EXECUTE format('ALTER FUNCTION %s SET "
                   "search_path = %I, pg_temp', f, %1); END LOOP; END$$")
                   .arg(literal(sandbox.schema))});
}

Status drop(Database& main, const QString& schema)
{
    return main.run(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(identifier(schema)));
}

Result<QList<Sandbox>> list(Database& main)
{
    auto q =
        main.exec(QStringLiteral("SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace "
                                 "WHERE left(nspname, %1) = %2 AND position('$' in nspname) = 0 "
                                 "ORDER BY nspname")
                      .arg(QLatin1String(kSandboxPrefix).size())
                      .arg(literal(QLatin1String(kSandboxPrefix))));
    if (!q)
        return q.error();
    QList<Sandbox> out;
    while (q->next()) {
        const QJsonObject o = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("incentives-sandbox"))
            continue; // a schema of that name not made by a class
        Sandbox s;
        s.schema = q->value(0).toString();
        s.trainee = o.value(QStringLiteral("trainee")).toString();
        s.templateFile = o.value(QStringLiteral("template")).toString();
        s.createdAt = o.value(QStringLiteral("created")).toInteger();
        out.append(s);
    }
    for (Sandbox& s : out) {
        auto p =
            main.exec(QStringLiteral("SELECT %1 FROM %2.scenario_progress ORDER BY updated_at DESC, id DESC "
                                     "LIMIT 1")
                          .arg(kProgressColumns, identifier(s.schema)));
        if (!p) {
            s.problem = p.error().message;
            continue;
        }
        if (p->next())
            s.progress = progressFrom(*p);
    }
    return out;
}

Result<std::optional<Progress>> progressOf(Database& db, const QString& scenarioId)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM scenario_progress WHERE scenario_id = ?").arg(kProgressColumns),
        {scenarioId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Progress>();
    return std::optional<Progress>(progressFrom(*q));
}

Status saveProgress(Database& db, const Progress& p)
{
    auto known = progressOf(db, p.scenarioId);
    if (!known)
        return known.error();
    const QVariantList values{p.title,         p.stepIndex, p.stepsDone, p.stepsTotal, p.startedAt,
                              p.stepStartedAt, p.updatedAt, p.updatedBy, p.scenarioId};
    if (known->has_value())
        return db.run(
            QStringLiteral("UPDATE scenario_progress SET title = ?, step_index = ?, steps_done = ?, "
                           "steps_total = ?, started_at = ?, step_started_at = ?, updated_at = ?, "
                           "updated_by = ? WHERE scenario_id = ?"),
            values);
    return db.run(QStringLiteral("INSERT INTO scenario_progress(title, step_index, steps_done, steps_total, "
                                 "started_at, step_started_at, updated_at, updated_by, scenario_id) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  values);
}

} // namespace incentives::sandboxes
