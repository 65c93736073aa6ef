// Measures the Incentives workspace on a large database and prints a Markdown table:
//   incentives-bench [--database PATH] [--locations N --programs M] [--runs R] [--naive-rows K]
// Without an existing database at PATH, one is generated first (incentives-cli generate).
#include "core/Actions.h"
#include "gui/MainWindow.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/Session.h"
#include "services/WorkspaceExport.h"
#include "services/demo/Generator.h"
#include "store/Copy.h"
#include "store/PgCopy.h"
#include "store/Transaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

#include <functional>
#include <limits>
#include <malloc.h>
#include <optional>
#include <sys/resource.h>
#include <tuple>
#include <unistd.h>

using namespace incentives;

namespace {

QTextStream out(stdout);
int g_runs = 5;

// Resident and peak resident memory of this process, in MiB.
double memoryMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Runs prepare (untimed) then work (timed) several times; the median in milliseconds.
double measure(const std::function<void()>& prepare, const std::function<void()>& work, int runs = g_runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed() / 1e6);
    }
    return median(times);
}

struct Row
{
    QString what;
    double model = 0;
    double floor = 0; // 0: no floor for this line
    QString note;
};

QList<Row> g_rows;

void report(const QString& what, double model, double floor = 0, const QString& note = {})
{
    g_rows.append({what, model, floor, note});
    QTextStream err(stderr);
    err << what << ": " << model << " ms\n";
}

// The hand-written floor: one statement straight through SQLite for the same count and page.
double floorFor(Database& db, const QString& where, const QString& order, const QVariantList& values,
                int offset = 0)
{
    return measure(nullptr, [&] {
        auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments ") + where, values);
        QVariantList page = values;
        page << 200 << offset;
        auto rows =
            db.exec(QStringLiteral("SELECT id, program_id, location_id, program_name, partner_id, "
                                   "location_name, country, fiscal_year, status, reason, detail, "
                                   "bank_profile_id, validation_due, invited_at, accepted_at, submitted_at, "
                                   "enrolled_at, updated_at, version FROM enrollments ") +
                        where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"),
                    page);
        // Read every value, as any model must to show the rows.
        while (rows && rows->next())
            for (int c = 0; c < 19; ++c)
                (void)rows->value(c);
        Q_UNUSED(count)
    });
}

// One filter × sort × direction of the workspace: the repository's first page against the best
// plan, a hand-written query that walks the slice of the index made for it.
struct MatrixCase
{
    QString what;
    double app = 0;   // ms, the repository's page
    double best = 0;  // ms, the hand-written query
    QStringList plan; // the repository's plan, kept for the slow cases
};

struct MatrixSummary
{
    double worst = 0;
    double median = 0;
    int slow = 0; // above 50 ms
};

MatrixSummary summarize(QList<double> values)
{
    MatrixSummary m;
    for (double v : values) {
        m.worst = qMax(m.worst, v);
        m.slow += v > 50 ? 1 : 0;
    }
    m.median = median(std::move(values));
    return m;
}

// The best index for a filter column and a sort, by name, and the order it walks.
QString bestIndex(const QString& lead, WorkspaceSort sort, QString& order)
{
    static const QHash<QString, QStringList> byLead{
        {QStringLiteral("status"),
         {QStringLiteral("ix_enr_status_program|program_name, partner_id, id"),
          QStringLiteral("ix_enr_status_partner|partner_id, program_name, id"),
          QStringLiteral("ix_enr_status_country|country, id"), QStringLiteral("ix_enr_status|id"),
          QStringLiteral("ix_enr_status_fy|fiscal_year, id"),
          QStringLiteral("ix_enr_status_updated|updated_at, id")}},
        {QStringLiteral("location_id"),
         {QStringLiteral("ix_enr_location_program|program_name, id"),
          QStringLiteral("ix_enr_location_program|program_name, id"), QStringLiteral("ix_enr_location|id"),
          QStringLiteral("ix_enr_location_status|status, id"),
          QStringLiteral("ix_enr_location_fy|fiscal_year, id"),
          QStringLiteral("ix_enr_location_updated|updated_at, id")}},
        {QStringLiteral("program_id"),
         {QStringLiteral("ix_enr_program_partner|partner_id, id"),
          QStringLiteral("ix_enr_program_partner|partner_id, id"),
          QStringLiteral("ix_enr_program_country|country, id"),
          QStringLiteral("ix_enr_program_status|status, id"),
          QStringLiteral("ix_enr_program_fy|fiscal_year, id"),
          QStringLiteral("ix_enr_program_updated|updated_at, id")}},
    };
    const QStringList parts = byLead.value(lead).value(int(sort)).split(QLatin1Char('|'));
    order = parts.value(1);
    return parts.value(0);
}

// Whether the database at path holds an organization already (a file that exists; a server
// database with our schema and data).
bool holdsData(const QString& path)
{
    if (!DatabaseLocation::isServer(path))
        return QFileInfo::exists(path);
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    return ctx && (*ctx)->directory().organization();
}

// Generates the organization at path. A server gets it generated into a file first and copied in
// one transaction (the way incentives-cli migrate moves a database), which is far quicker than a
// round trip per generated row.
Result<generator::Summary> generateAt(const QString& path, const generator::Options& options)
{
    if (!DatabaseLocation::isServer(path)) {
        auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        if (!ctx)
            return ctx.error();
        return generator::generate(**ctx, options);
    }
    QTemporaryDir scratch;
    const QString file = scratch.filePath(QStringLiteral("generated.db"));
    auto source = AppContext::open(file, Database::OpenMode::CreateIfMissing);
    if (!source)
        return source.error();
    auto made = generator::generate(**source, options);
    if (!made)
        return made.error();
    auto target = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!target)
        return target.error();
    if (auto copied = copying::copyInto((*source)->db(), **target); !copied)
        return copied.error();
    return made;
}

// CPU seconds used so far by this process, and by the children it has waited for.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The bulk-load floor of a generated file: the same enrollment rows copied by SQLite itself into a
// table without indexes, in one transaction, then that table's indexes built once each. Rolled
// back, so the file is left as it was. 0 on a server. cpuMs (if given) hears the CPU time it took.
double bulkLoadFloor(const QString& path, double* cpuMs = nullptr)
{
    if (DatabaseLocation::isServer(path))
        return 0;
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(path);
        if (!db.open())
            return 0;
        QSqlQuery q(db);
        QStringList indexes;
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                              "'enrollments' AND sql IS NOT NULL"));
        while (q.next())
            indexes.append(
                q.value(1)
                    .toString()
                    .replace(QStringLiteral(" ON enrollments"), QStringLiteral(" ON floor_enrollments"))
                    .replace(q.value(0).toString(), QStringLiteral("floor_") + q.value(0).toString()));
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        q.exec(QStringLiteral("CREATE TABLE floor_enrollments AS SELECT * FROM enrollments WHERE 0"));
        q.exec(QStringLiteral("INSERT INTO floor_enrollments SELECT * FROM enrollments"));
        for (const QString& index : std::as_const(indexes))
            q.exec(index);
        ms = double(t.nsecsElapsed()) / 1e6;
        if (cpuMs)
            *cpuMs = (cpuSeconds(RUSAGE_SELF) - cpu) * 1000;
        q.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    return ms;
}

// The whole workspace as CSV, as incentives-cli workspace --csv writes it, against SQLite's own
// CSV output of the same rows (the sqlite3 shell, where it is installed), measured in turn g_runs
// times: the medians of the elapsed times and of the CPU times (the export's own, the shell's),
// the second steadier on a loaded machine.
void measureExport(Session& session, const QString& path)
{
    QTemporaryDir scratch;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const bool floorAvailable = !shell.isEmpty() && !DatabaseLocation::isServer(path);
    QList<double> exportMs;
    QList<double> exportCpu;
    QList<double> floorMs;
    QList<double> floorCpu;
    qint64 written = 0;
    for (int run = 0; run < g_runs; ++run) {
        QFile file(scratch.filePath(QStringLiteral("workspace.csv")));
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        if (file.open(QIODevice::WriteOnly)) {
            auto rows = WorkspaceExport(session.context())
                            .writeCsv(session.actor(), {}, WorkspaceSort::Program, true, file);
            written = rows ? *rows : 0;
            if (!rows)
                QTextStream(stderr) << "the export failed: " << rows.error().message << '\n';
            file.close();
        }
        exportMs.append(double(t.nsecsElapsed()) / 1e6);
        exportCpu.append((cpuSeconds(RUSAGE_SELF) - cpu) * 1000);
        if (!floorAvailable)
            continue;
        QProcess sqlite;
        sqlite.setStandardOutputFile(scratch.filePath(QStringLiteral("floor.csv")));
        const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
        t.restart();
        sqlite.start(shell,
                     {QStringLiteral("-csv"), QStringLiteral("-header"), path,
                      QStringLiteral("SELECT program_name, partner_id, location_name, country, status, "
                                     "status, fiscal_year, reason, validation_due, updated_at FROM "
                                     "enrollments ORDER BY program_name, partner_id, id")});
        if (sqlite.waitForFinished(-1) && sqlite.exitCode() == 0) {
            floorMs.append(double(t.nsecsElapsed()) / 1e6);
            floorCpu.append((cpuSeconds(RUSAGE_CHILDREN) - childCpu) * 1000);
        }
    }
    const double floor = floorMs.isEmpty() ? 0 : median(floorMs);
    report(QStringLiteral("export the workspace as CSV (%1 rows)").arg(written), median(exportMs), floor,
           QStringLiteral("floor: the sqlite3 shell's CSV of the same columns"));
    if (!floorCpu.isEmpty())
        report(QStringLiteral("export the workspace as CSV (%1 rows), CPU time").arg(written),
               median(exportCpu), median(floorCpu), QStringLiteral("floor: the sqlite3 shell's CPU time"));
    else
        report(QStringLiteral("export the workspace as CSV (%1 rows), CPU time").arg(written),
               median(exportCpu));
}

// ---- Filling a PostgreSQL database from a SQLite file (--only pgfill) ----------------------------

// CPU seconds a process on this machine has used so far (a server backend, read from /proc), or
// -1 when it cannot be read.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime: the 14th and 15th fields, the 12th and 13th after the name.
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Runs one statement on the server's maintenance database at url; empty on success, else why not.
QString onMaintenance(const QString& url, const QString& statement)
{
    const QString name = QStringLiteral("bench-maintenance");
    QString error;
    {
        const QUrl u(url);
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(u.host());
        c.setPort(u.port(5432));
        c.setUserName(u.userName());
        c.setPassword(u.password());
        c.setDatabaseName(u.path().mid(1));
        if (!c.open())
            error = c.lastError().text();
        else if (QSqlQuery q(c); !q.exec(statement))
            error = q.lastError().text();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A new, empty database on the server with the application's schema (its tables, indexes,
// triggers and policies); its URL, or empty.
QString freshServerDatabase(const QString& server, const QString& name)
{
    (void)onMaintenance(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    if (const QString e = onMaintenance(server, QStringLiteral("CREATE DATABASE %1").arg(name));
        !e.isEmpty()) {
        QTextStream(stderr) << e << '\n';
        return {};
    }
    QUrl url(server);
    url.setPath(QLatin1Char('/') + name);
    auto db = Database::open(url.toString(), Database::OpenMode::CreateIfMissing);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return {};
    }
    return url.toString();
}

struct FillTimes
{
    double ms = 0;       // the copy, in its transaction
    double upkeepMs = 0; // the statistics and visibility pass after it
    double clientCpu = 0;
    double serverCpu = 0; // the server backend's CPU seconds, or below 0 when unknown
    qint64 rows = 0;
};

// The application's own path: copying::copyInto's steps, timed apart.
std::optional<FillTimes> fillThroughApp(Database& source, const QString& target)
{
    auto to = Database::open(target, Database::OpenMode::MustExist);
    if (!to) {
        QTextStream(stderr) << to.error().message << '\n';
        return std::nullopt;
    }
    auto pid = (*to)->scalar(QStringLiteral("SELECT pg_backend_pid()"));
    const qint64 backend = pid ? pid->toLongLong() : 0;
    const double serverBefore = processCpuSeconds(backend);
    const double cpu = cpuSeconds(RUSAGE_SELF);
    FillTimes times;
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(**to);
        auto counts = copying::copyAll(source, **to);
        if (!counts || !tx.commit()) {
            QTextStream(stderr) << (counts ? QStringLiteral("commit failed") : counts.error().message)
                                << '\n';
            return std::nullopt;
        }
        for (const copying::TableCount& c : *counts)
            times.rows += c.rows;
    }
    times.ms = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    copying::afterBulkLoad(**to);
    times.upkeepMs = double(t.nsecsElapsed()) / 1e6;
    times.clientCpu = cpuSeconds(RUSAGE_SELF) - cpu;
    const double serverAfter = processCpuSeconds(backend);
    times.serverCpu = serverBefore >= 0 && serverAfter >= 0 ? serverAfter - serverBefore : -1;
    return times;
}

// The floor: the same rows as CSV files (written by the sqlite3 shell beforehand, untimed), loaded
// by psql's \copy, one per table, in one transaction, into the same empty schema.
std::optional<FillTimes> fillThroughPsql(const QString& sourceFile, const QString& target,
                                         QTemporaryDir& scratch)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (sqlite.isEmpty() || psql.isEmpty()) {
        QTextStream(stderr) << "the floor needs the sqlite3 and psql programs\n";
        return std::nullopt;
    }
    QString script =
        QStringLiteral("\\set ON_ERROR_STOP on\nSELECT pg_backend_pid() AS backend \\gset\n"
                       "\\setenv BENCH_BACKEND :backend\n\\! cat /proc/$BENCH_BACKEND/stat > %1\n"
                       "BEGIN;\n")
            .arg(scratch.filePath(QStringLiteral("start.stat")));
    for (const QString& table : copying::tables()) {
        QProcess info;
        info.start(sqlite,
                   {sourceFile, QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table)});
        info.waitForFinished(-1);
        QStringList columns;
        QStringList selected;
        for (const QByteArray& line : info.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split('|');
            if (parts.size() < 2)
                continue;
            const QString column = QString::fromUtf8(parts.at(0));
            columns << column;
            selected << (parts.at(1).toUpper() == "BLOB" ? QStringLiteral("'\\x' || hex(%1)").arg(column)
                                                         : column);
        }
        const QString csv = scratch.filePath(table + QStringLiteral(".csv"));
        QProcess dump;
        dump.setStandardOutputFile(csv);
        dump.start(sqlite,
                   {QStringLiteral("-csv"), QStringLiteral("-nullvalue"), QStringLiteral("\\N"), sourceFile,
                    QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QLatin1Char(',')), table)});
        if (!dump.waitForFinished(-1) || dump.exitCode() != 0) {
            QTextStream(stderr) << "sqlite3 could not write " << csv << '\n';
            return std::nullopt;
        }
        script += QStringLiteral("\\copy %1 (%2) from '%3' with (format csv, null '\\N')\n")
                      .arg(table, columns.join(QLatin1Char(',')), csv);
    }
    script += QStringLiteral("COMMIT;\n\\! cat /proc/$BENCH_BACKEND/stat > %1\n")
                  .arg(scratch.filePath(QStringLiteral("end.stat")));
    const QString scriptFile = scratch.filePath(QStringLiteral("load.sql"));
    if (QFile f(scriptFile); f.open(QIODevice::WriteOnly))
        f.write(script.toUtf8());
    const auto backendCpu = [&](const QString& file) {
        QFile stat(scratch.filePath(file));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return fields.size() < 13 ? -1.0
                                  : double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                                        double(sysconf(_SC_CLK_TCK));
    };
    FillTimes times;
    const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    QProcess load;
    load.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), target,
                      QStringLiteral("-f"), scriptFile});
    if (!load.waitForFinished(-1) || load.exitCode() != 0) {
        QTextStream(stderr) << "psql failed: " << load.readAllStandardError() << '\n';
        return std::nullopt;
    }
    times.ms = double(t.nsecsElapsed()) / 1e6;
    times.clientCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu;
    const double before = backendCpu(QStringLiteral("start.stat"));
    const double after = backendCpu(QStringLiteral("end.stat"));
    times.serverCpu = before >= 0 && after >= 0 ? after - before : -1;
    t.restart();
    QProcess upkeep;
    upkeep.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), target,
                        QStringLiteral("-c"), QStringLiteral("VACUUM ANALYZE")});
    upkeep.waitForFinished(-1);
    times.upkeepMs = double(t.nsecsElapsed()) / 1e6;
    return times;
}

// Fills an empty PostgreSQL database on server from the SQLite file at path: through the
// application's copy (COPY), through its INSERT path (as before COPY), and with psql's \copy of
// the same rows as the floor. Each target database is dropped afterwards.
int measurePgFill(const QString& path, const QString& server, bool withInserts)
{
    if (server.isEmpty() || DatabaseLocation::isServer(path) || !QFileInfo::exists(path)) {
        QTextStream(stderr) << "--only pgfill needs --database FILE (a SQLite file) and --server URL\n";
        return 2;
    }
    auto source = Database::open(path, Database::OpenMode::MustExist);
    if (!source) {
        QTextStream(stderr) << source.error().message << '\n';
        return 1;
    }
    QTemporaryDir scratch;
    struct Run
    {
        QString what;
        std::optional<FillTimes> times;
    };
    QList<Run> runs;
    const auto fill = [&](const QString& what, const QString& name,
                          const std::function<std::optional<FillTimes>(const QString&)>& how) {
        const QString target = freshServerDatabase(server, name);
        QTextStream(stderr) << what << "...\n";
        runs.append({what, target.isEmpty() ? std::nullopt : how(target)});
        (void)onMaintenance(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    };
    fill(QStringLiteral("psql \\copy (the floor)"), QStringLiteral("bench_fill_floor"),
         [&](const QString& target) { return fillThroughPsql(path, target, scratch); });
    fill(QStringLiteral("the application, COPY"), QStringLiteral("bench_fill_copy"),
         [&](const QString& target) { return fillThroughApp(**source, target); });
    if (withInserts) {
        pgcopy::setEnabled(false);
        fill(QStringLiteral("the application, INSERT (before COPY)"), QStringLiteral("bench_fill_insert"),
             [&](const QString& target) { return fillThroughApp(**source, target); });
        pgcopy::setEnabled(true);
    }
    if (!runs.first().times)
        return 1;
    const FillTimes floor = *runs.first().times;
    qint64 rows = 0;
    for (const Run& r : std::as_const(runs))
        rows = qMax(rows, r.times ? r.times->rows : 0);
    const auto seconds = [](double s) { return s < 0 ? QStringLiteral("–") : QString::number(s, 'f', 1); };
    out << "Filling an empty PostgreSQL database from " << path << " (" << rows << " rows in "
        << copying::tables().size() << " tables), one run each:\n\n"
        << "| Path | Copy (s) | × floor | + VACUUM ANALYZE (s) | × floor | client CPU (s) | server CPU (s) "
           "|\n"
        << "|---|---:|---:|---:|---:|---:|---:|\n";
    for (const Run& r : std::as_const(runs)) {
        if (!r.times) {
            out << "| " << r.what << " | failed | | | | | |\n";
            continue;
        }
        const FillTimes& f = *r.times;
        out << "| " << r.what << " | " << seconds(f.ms / 1000) << " | "
            << QString::number(f.ms / floor.ms, 'f', 2) << " | " << seconds((f.ms + f.upkeepMs) / 1000)
            << " | " << QString::number((f.ms + f.upkeepMs) / (floor.ms + floor.upkeepMs), 'f', 2) << " | "
            << seconds(f.clientCpu) << " | " << seconds(f.serverCpu) << " |\n";
    }
    out.flush();
    return 0;
}

// The Action Center of one person with `messages` messages (added once, as an Incentives admin of
// many locations receives renewal outcomes year after year: a third mandatory, a fifth closed):
// what the window reads (the first 500 in order and the counts, Home's first open mandatory ones,
// the toolbar's count) against reading every message and ordering them in the app, as the window
// did before schema version 18.
void measureInbox(Session& session, int messages)
{
    AppContext& ctx = session.context();
    Database& db = ctx.db();
    EnrollmentRepository repo = ctx.enrollments();
    Id viewer = 0;
    if (auto q = db.exec(QStringLiteral(
            "SELECT user_id FROM role_assignments WHERE role = 'incentives-admin' GROUP BY user_id ORDER BY "
            "COUNT(*) DESC, user_id DESC LIMIT 1"));
        q && q->next())
        viewer = q->value(0).toLongLong();
    auto user = viewer > 0 ? ctx.directory().user(viewer) : Result<User>(makeError(ErrorKind::NotFound, {}));
    if (!user) {
        QTextStream(stderr) << "the database holds no Incentives admin\n";
        return;
    }
    const qint64 had =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM inbox_messages WHERE user_id = ?"), {viewer})
            ->toLongLong();
    if (had < messages) {
        Transaction tx(db);
        const QDateTime now = ctx.clock().now();
        for (qint64 i = had; i < messages; ++i) {
            InboxMessage m;
            m.userId = viewer;
            m.sender = QStringLiteral("Microsoft (simulated)");
            m.subject = QStringLiteral("Renewal outcome %1").arg(i);
            m.body = m.subject;
            m.kind = actions::kindCode(actions::Kind::RenewalOutcome);
            m.priority = actions::priorityCode(i % 3 == 0 ? actions::Priority::Mandatory
                                                          : actions::Priority::Recommended);
            m.receivedAt = now.addSecs(-60 * i);
            if (i % 7 == 0)
                m.dueAt = now.addDays(i % 90);
            m.ref = QStringLiteral("bench:%1").arg(i);
            if (!repo.insertMessage(m)) {
                QTextStream(stderr) << "cannot add the messages\n";
                return;
            }
        }
        (void)db.run(
            QStringLiteral("UPDATE inbox_messages SET closed_at = received_at, closed_as = 'dismissed' "
                           "WHERE user_id = ? AND id % 5 = 0 AND priority = 'recommended'"),
            {viewer});
        if (!tx.commit()) {
            QTextStream(stderr) << "cannot add the messages\n";
            return;
        }
        (void)db.run(QStringLiteral("ANALYZE inbox_messages"));
    }
    const Actor actor{user->id, user->email, user->name};
    EnrollmentService service(ctx);
    const qint64 total = service.inboxCounts(actor)->total;
    const QString who = QStringLiteral("%1 messages").arg(total);
    InboxQuery page;
    page.limit = 500;
    report(QStringLiteral("Action Center: the first 500 in order, %1").arg(who),
           measure(nullptr, [&] { (void)service.inbox(actor, page); }));
    report(QStringLiteral("Action Center: the counts, %1").arg(who),
           measure(nullptr, [&] { (void)service.inboxCounts(actor); }));
    InboxQuery home;
    home.mandatoryOnly = true;
    home.limit = 50;
    report(QStringLiteral("Home: the first 50 open mandatory ones, %1").arg(who),
           measure(nullptr, [&] { (void)service.inbox(actor, home); }));
    report(QStringLiteral("toolbar: the open actions counted, %1").arg(who),
           measure(nullptr, [&] { (void)service.openActions(actor); }));
    // Before: every message read, then ordered in the app.
    report(QStringLiteral("before: every message read and ordered in the app, %1").arg(who),
           measure(nullptr, [&] {
               auto all = repo.messages(viewer);
               if (!all)
                   return;
               const auto key = [](const InboxMessage& m) {
                   const bool mandatory = m.priority == actions::priorityCode(actions::Priority::Mandatory);
                   return std::make_tuple(m.open() ? 0 : 1, m.open() && mandatory ? 0 : 1,
                                          m.open() && m.dueAt.isValid() ? m.dueAt.toSecsSinceEpoch()
                                                                        : std::numeric_limits<qint64>::max(),
                                          -m.receivedAt.toSecsSinceEpoch(), -m.id);
               };
               std::stable_sort(all->begin(), all->end(), [&](const InboxMessage& a, const InboxMessage& b) {
                   return key(a) < key(b);
               });
           }));
    out << "| Action Center (median of " << g_runs << " runs) | ms |\n|---|---:|\n";
    for (const Row& r : g_rows)
        out << "| " << r.what << " | " << QString::number(r.model, 'f', 2) << " |\n";
    out.flush();
}

// Every search text × filter × sort column × direction, for an Account admin and for an
// Incentives admin of a few locations: the repository's first page (200 rows, no count). The
// worst, the median and the cases above 50 ms, with the plan of each of those and its ratio to the
// best hand-written plan (the quicker of walking the sort's index testing the search on each row
// and reading every match through the program and location indexes).
void measureSearchMatrix(Session& session, const QString& path, const QStringList& onlyTexts)
{
    Database& db = session.context().db();
    EnrollmentRepository repo = session.context().enrollments();
    auto allPrograms = session.context().programs().programs();
    auto allLocations = session.context().directory().locations();
    if (!allPrograms || allPrograms->isEmpty() || !allLocations || allLocations->isEmpty()) {
        QTextStream(stderr) << "the database holds no programs or locations\n";
        return;
    }
    // The restricted viewer: the Incentives admin of the most locations (the last such user).
    Id viewer = 0;
    Id viewerLocation = 0;
    if (auto q = db.exec(QStringLiteral(
            "SELECT user_id, MIN(location_id) FROM role_assignments WHERE role = 'incentives-admin' GROUP BY "
            "user_id ORDER BY COUNT(*) DESC, user_id DESC LIMIT 1"));
        q && q->next()) {
        viewer = q->value(0).toLongLong();
        viewerLocation = q->value(1).toLongLong();
    }
    int viewerLocations = 0;
    if (auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM role_assignments WHERE user_id = ? AND "
                                          "location_id IS NOT NULL"),
                           {viewer}))
        viewerLocations = v->toInt();
    const Id programId = allPrograms->at(allPrograms->size() / 2).id;
    const Id locationId = allLocations->at(allLocations->size() / 2).id;
    const QStringList texts{QString(),
                            QStringLiteral("N"),
                            QStringLiteral("No"),
                            QStringLiteral("Nor"),
                            QStringLiteral("North"),
                            QStringLiteral("Northwind"),
                            QStringLiteral("Northwind Hamburg"),
                            QStringLiteral("burg 43"),
                            QStringLiteral("Program 07"),
                            QStringLiteral("Program"),
                            QStringLiteral("zzq no such text")};
    const QStringList measured = onlyTexts.isEmpty() ? texts : onlyTexts;
    const QStringList filterNames{QStringLiteral("no filter"), QStringLiteral("status validating"),
                                  QStringLiteral("one location"), QStringLiteral("one program")};
    const QStringList sortNames{QStringLiteral("program"),     QStringLiteral("location"),
                                QStringLiteral("country"),     QStringLiteral("status"),
                                QStringLiteral("fiscal year"), QStringLiteral("updated")};
    const QStringList orders{QStringLiteral("program_name, partner_id, id"),
                             QStringLiteral("partner_id, program_name, id"),
                             QStringLiteral("country, id"),
                             QStringLiteral("status, id"),
                             QStringLiteral("fiscal_year, id"),
                             QStringLiteral("updated_at, id")};
    const QString like = db.dialect().likeOperator();
    const auto readAll = [](Result<QSqlQuery> q) {
        while (q && q->next())
            for (int c = 0; c < 19; ++c)
                (void)q->value(c);
    };
    // A hand-written first page: the filters, the search as subqueries on the small tables (walk:
    // unary plus on the searched columns, so that no index of theirs is used), the order.
    const auto handWritten = [&](const WorkspaceFilter& f, const QString& order, bool ascending, bool walk,
                                 QVariantList& values) {
        QStringList where;
        if (f.viewerId > 0) {
            where << QStringLiteral("location_id IN (SELECT location_id FROM role_assignments WHERE "
                                    "user_id = ? AND location_id IS NOT NULL)");
            values << f.viewerId;
        }
        if (!f.statuses.isEmpty()) {
            where << QStringLiteral("status = ?");
            values << statusCode(f.statuses.constFirst());
        }
        if (f.locationId > 0) {
            where << QStringLiteral("location_id = ?");
            values << f.locationId;
        }
        if (f.programId > 0) {
            where << QStringLiteral("program_id = ?");
            values << f.programId;
        }
        if (!f.search.isEmpty()) {
            const QString pattern = QLatin1Char('%') + f.search + QLatin1Char('%');
            const QString plus = walk ? QStringLiteral("+") : QString();
            where << QStringLiteral(
                         "(%1program_id IN (SELECT id FROM programs WHERE name %2 ?) OR %1location_id "
                         "IN (SELECT id FROM locations WHERE partner_id %2 ? OR name %2 ?))")
                         .arg(plus, like);
            values << pattern << pattern << pattern;
        }
        QString keys = order;
        if (!ascending)
            keys.replace(QStringLiteral(","), QStringLiteral(" DESC,")).append(QStringLiteral(" DESC"));
        return QStringLiteral(
                   "SELECT id, program_id, location_id, program_name, partner_id, location_name, "
                   "country, fiscal_year, status, reason, detail, bank_profile_id, validation_due, "
                   "invited_at, accepted_at, submitted_at, enrolled_at, updated_at, version FROM "
                   "enrollments%1 ORDER BY %2 LIMIT 200")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 keys);
    };
    struct Case
    {
        QString what;
        bool restricted = false;
        QString text;
        double ms = 0;
        double best = 0;
        QStringList plan;
    };
    QList<Case> cases;
    QHash<QString, double> worstOfText;
    for (const bool restricted : {false, true}) {
        for (const QString& text : measured) {
            for (int fi = 0; fi < filterNames.size(); ++fi) {
                WorkspaceFilter f;
                f.viewerId = restricted ? viewer : 0;
                f.search = text;
                if (fi == 1)
                    f.statuses = {EnrollmentStatus::Validating};
                else if (fi == 2)
                    f.locationId = restricted ? viewerLocation : locationId;
                else if (fi == 3)
                    f.programId = programId;
                for (int si = 0; si < sortNames.size(); ++si) {
                    for (const bool ascending : {true, false}) {
                        Case c;
                        c.restricted = restricted;
                        c.text = text;
                        c.what =
                            QStringLiteral("%1, \"%2\", %3, by %4 %5")
                                .arg(restricted ? QStringLiteral("restricted") : QStringLiteral("admin"),
                                     text, filterNames.at(fi), sortNames.at(si),
                                     ascending ? QStringLiteral("ascending") : QStringLiteral("descending"));
                        const auto sort = WorkspaceSort(si);
                        c.ms = measure(nullptr, [&] { (void)repo.page(f, sort, ascending, PageRequest()); });
                        if (c.ms > 50) {
                            if (auto plan = repo.explainPage(f, sort, ascending, PageRequest()))
                                c.plan = *plan;
                            c.best = 1e9;
                            for (const bool walk : {false, true}) {
                                QVariantList values;
                                const QString sql = handWritten(f, orders.at(si), ascending, walk, values);
                                c.best =
                                    qMin(c.best, measure(nullptr, [&] { readAll(db.exec(sql, values)); }));
                            }
                        }
                        QTextStream(stderr) << c.what << ": " << c.ms << " ms\n";
                        worstOfText[text] = qMax(worstOfText.value(text), c.ms);
                        cases.append(c);
                    }
                }
            }
        }
    }
    const auto line = [&](const QString& what, const std::function<bool(const Case&)>& which) {
        QList<double> times;
        for (const Case& c : cases)
            if (which(c))
                times.append(c.ms);
        const MatrixSummary m = summarize(times);
        out << "| " << what << " | " << times.size() << " | " << QString::number(m.worst, 'f', 1) << " | "
            << QString::number(m.median, 'f', 2) << " | " << m.slow << " |\n";
    };
    out << "\n| Search × filter × sort × direction, first page (" << QFileInfo(path).fileName()
        << ", median of " << g_runs
        << " runs) | Cases | Worst (ms) | Median (ms) | Above 50 ms |\n|---|---:|---:|---:|---:|\n";
    line(QStringLiteral("all"), [](const Case&) { return true; });
    line(QStringLiteral("Account admin"), [](const Case& c) { return !c.restricted; });
    line(QStringLiteral("Incentives admin of %1 locations").arg(viewerLocations),
         [](const Case& c) { return c.restricted; });
    out << "\n| Search text | Worst (ms) |\n|---|---:|\n";
    for (const QString& text : measured)
        out << "| \"" << text << "\" | " << QString::number(worstOfText.value(text), 'f', 1) << " |\n";
    for (const Case& c : cases)
        if (!c.plan.isEmpty())
            out << "\nSlow: " << c.what << ", " << QString::number(c.ms, 'f', 1) << " ms (best hand-written "
                << QString::number(c.best, 'f', 1) << " ms, ratio " << QString::number(c.ms / c.best, 'f', 1)
                << "): " << c.plan.join(QStringLiteral(" | ")) << '\n';
    out.flush();
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Database to measure."), QStringLiteral("path"),
                                            QStringLiteral("bench.db"));
    const QCommandLineOption locationsOption(QStringLiteral("locations"),
                                             QStringLiteral("Locations to generate."), QStringLiteral("n"),
                                             QStringLiteral("10000"));
    const QCommandLineOption programsOption(QStringLiteral("programs"),
                                            QStringLiteral("Programs to generate."), QStringLiteral("n"),
                                            QStringLiteral("100"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption naiveOption(QStringLiteral("naive-rows"),
                                         QStringLiteral("Rows for the naive proxy-model comparison."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure one thing only: export (the CSV export against sqlite3), generate (a new "
                       "database at --database against the bulk-load floor), matrix (every search text "
                       "× filter × sort × direction, first page), or inbox (an Action Center of "
                       "--messages messages)."),
        QStringLiteral("what"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral(
            "PostgreSQL maintenance database URL for --only pgfill (filling a database there from the "
            "SQLite file --database through COPY and INSERT, against psql's \\copy; pgfill-copy "
            "leaves out INSERT)."),
        QStringLiteral("url"));
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"),
        QStringLiteral("For --only inbox: the messages the Incentives admin of the most locations has (added "
                       "when fewer)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption textsOption(
        QStringLiteral("texts"),
        QStringLiteral("For --only matrix: the search texts to measure, separated by commas (the empty "
                       "text as an empty item), instead of the whole list."),
        QStringLiteral("list"));
    parser.addOptions({databaseOption, locationsOption, programsOption, runsOption, naiveOption, onlyOption,
                       messagesOption, textsOption});
    parser.addOption(serverOption);
    parser.process(app);
    g_runs = qMax(1, parser.value(runsOption).toInt());
    const QString path = parser.value(databaseOption);
    if (parser.value(onlyOption).startsWith(QLatin1String("pgfill")))
        return measurePgFill(path, parser.value(serverOption),
                             parser.value(onlyOption) == QLatin1String("pgfill"));

    if (!holdsData(path)) {
        generator::Options options;
        options.locations = parser.value(locationsOption).toInt();
        options.programs = parser.value(programsOption).toInt();
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        auto made = generateAt(path, options);
        if (!made) {
            QTextStream(stderr) << made.error().message << '\n';
            return 1;
        }
        const double generated = double(t.elapsed());
        const double generatedCpu = (cpuSeconds(RUSAGE_SELF) - cpu) * 1000;
        double floorCpu = 0;
        report(QStringLiteral("generate %1 enrollments").arg(made->enrollments), generated,
               bulkLoadFloor(path, &floorCpu),
               QStringLiteral("floor: the same rows loaded by SQLite into an unindexed table, its indexes "
                              "built once"));
        report(QStringLiteral("generate %1 enrollments, CPU time").arg(made->enrollments), generatedCpu,
               floorCpu, QStringLiteral("floor: the same load's CPU time"));
    } else if (parser.value(onlyOption) == QLatin1String("generate")) {
        QTextStream(stderr) << path << " holds data already: generate measures a new database.\n";
        return 1;
    }
    const QString admin = QStringLiteral("admin@northwind.example");
    if (parser.value(onlyOption) == QLatin1String("generate")) {
        out << "| Measurement | Generate (ms) | Floor (ms) | Generate / floor |\n|---|---:|---:|---:|\n";
        for (const Row& r : g_rows)
            out << "| " << r.what << " | " << QString::number(r.model, 'f', 1) << " | "
                << (r.floor > 0 ? QString::number(r.floor, 'f', 1) : QStringLiteral("–")) << " | "
                << (r.floor > 0 ? QString::number(r.model / r.floor, 'f', 2) : QStringLiteral("–")) << " |\n";
        out.flush();
        return 0;
    }
    const QString only = parser.value(onlyOption);
    if (only == QLatin1String("inbox")) {
        auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
        if (!ctx) {
            QTextStream(stderr) << ctx.error().message << '\n';
            return 1;
        }
        Session session(std::move(ctx).value());
        measureInbox(session, qMax(0, parser.value(messagesOption).toInt()));
        return 0;
    }
    if (only == QLatin1String("matrix") || only == QLatin1String("export")) {
        auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
        if (!ctx) {
            QTextStream(stderr) << ctx.error().message << '\n';
            return 1;
        }
        Session session(std::move(ctx).value());
        (void)session.signIn(admin);
        if (only == QLatin1String("matrix")) {
            measureSearchMatrix(session, path,
                                parser.isSet(textsOption) ? parser.value(textsOption).split(QLatin1Char(','))
                                                          : QStringList());
            return 0;
        }
        measureExport(session, path);
        out << "| Measurement (median of " << g_runs
            << " runs) | Export (ms) | Floor (ms) | Export / floor |\n"
            << "|---|---:|---:|---:|\n";
        for (const Row& r : g_rows)
            out << "| " << r.what << " | " << QString::number(r.model, 'f', 1) << " | "
                << (r.floor > 0 ? QString::number(r.floor, 'f', 1) : QStringLiteral("–")) << " | "
                << (r.floor > 0 ? QString::number(r.model / r.floor, 'f', 2) : QStringLiteral("–")) << " |\n";
        out.flush();
        return 0;
    }

    // The naive approach first, while the process is small, so that its memory shows: every row
    // fetched into a QSqlQueryModel under a QSortFilterProxyModel.
    const int naiveRows = parser.value(naiveOption).toInt();
    double naiveLoad = 0;
    double naiveFilter = 0;
    double naiveSort = 0;
    double naiveRss = 0;
    // Both approaches on a database of the same size: naiveRows enrollments (a file beside the big
    // one, or in the working folder when the big one is on a server).
    // On a server the comparison is left out: it is about SQLite's model against the naive one.
    const bool compareNaive = naiveRows > 0 && !DatabaseLocation::isServer(path);
    const QString smallPath = path + QStringLiteral(".naive.db");
    if (compareNaive && !QFileInfo::exists(smallPath)) {
        auto ctx = AppContext::open(smallPath, Database::OpenMode::CreateIfMissing);
        generator::Options options;
        options.locations = qMax(1, naiveRows / 100);
        options.programs = 100;
        if (!ctx || !generator::generate(**ctx, options)) {
            QTextStream(stderr) << "cannot generate " << smallPath << '\n';
            return 1;
        }
    }
    double smallFirst = 0;
    double smallSearch = 0;
    double smallSort = 0;
    double smallRss = 0;
    if (compareNaive) {
        malloc_trim(0);
        const double rssBefore = memoryMiB("VmRSS");
        auto ctx = AppContext::open(smallPath, Database::OpenMode::MustExist);
        Session smallSession(std::move(ctx).value());
        (void)smallSession.signIn(QStringLiteral("admin@northwind.example"));
        gui::WorkspaceModel smallModel(smallSession);
        smallFirst = measure(nullptr, [&] {
            smallModel.setFilter({});
            smallModel.index(0, 0).data();
            smallModel.waitForCount();
        });
        smallSearch = measure(nullptr, [&] {
            WorkspaceFilter f;
            f.search = QStringLiteral("burg 4");
            smallModel.setFilter(f);
            smallModel.index(0, 0).data();
            smallModel.waitForCount();
        });
        smallModel.setFilter({});
        smallSort = measure(nullptr, [&] {
            smallModel.sort(gui::WorkspaceModel::CountryColumn, Qt::DescendingOrder);
            smallModel.index(0, 0).data();
            smallModel.waitForCount();
        });
        smallRss = memoryMiB("VmRSS") - rssBefore;
    }
    if (compareNaive) {
        malloc_trim(0);
        const double rssBefore = memoryMiB("VmRSS");
        auto ctx = AppContext::open(smallPath, Database::OpenMode::MustExist);
        QSqlQueryModel naive;
        QSortFilterProxyModel proxy;
        naiveLoad = measure(
            nullptr,
            [&] {
                naive.setQuery(
                    QStringLiteral(
                        "SELECT id, program_name, partner_id, location_name, country, status, reason, "
                        "detail, fiscal_year, updated_at FROM enrollments LIMIT %1")
                        .arg(naiveRows),
                    (*ctx)->db().connection());
                while (naive.canFetchMore())
                    naive.fetchMore();
                proxy.setSourceModel(&naive);
                proxy.index(0, 0).data();
            },
            1);
        naiveRss = memoryMiB("VmRSS") - rssBefore;
        naiveFilter = measure(
            nullptr,
            [&] {
                proxy.setFilterKeyColumn(-1);
                proxy.setFilterFixedString(QStringLiteral("burg 4"));
                proxy.index(0, 0).data();
                proxy.setFilterFixedString(QString());
            },
            3);
        naiveSort = measure(
            nullptr,
            [&] {
                proxy.sort(4, Qt::DescendingOrder);
                proxy.index(0, 0).data();
                proxy.sort(-1);
            },
            3);
        naive.clear();
    }

    malloc_trim(0); // hand what the naive model freed back, so that what follows is measured alone
    const double rssStart = memoryMiB("VmRSS");

    // Opening the database and having the first workspace page ready.
    std::unique_ptr<Session> session;
    std::unique_ptr<gui::WorkspaceModel> model;
    const double open = measure(
        [&] {
            model.reset();
            session.reset();
        },
        [&] {
            auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
            session = std::make_unique<Session>(std::move(ctx).value());
            (void)session->signIn(admin);
            model = std::make_unique<gui::WorkspaceModel>(*session);
            model->reload();
            model->index(0, 0).data();
            model->waitForCount();
        });
    report(QStringLiteral("open the database, first page and count ready"), open);
    model->waitForCount();
    const qint64 total = model->totalCount();
    Database& db = session->context().db();
    const auto firstPage = [&](const WorkspaceFilter& f) {
        return measure(nullptr, [&] {
            model->setFilter(f);
            model->index(0, 0).data();
            model->waitForCount();
        });
    };

    // Filters and search: the count and the first page.
    // A program and a location from the middle of the generated ones, whatever the size.
    auto allPrograms = session->context().programs().programs();
    auto allLocations = session->context().directory().locations();
    if (!allPrograms || allPrograms->isEmpty() || !allLocations || allLocations->isEmpty()) {
        QTextStream(stderr) << "the database holds no programs or locations\n";
        return 1;
    }
    const Id programId = allPrograms->at(allPrograms->size() / 2).id;
    const Id locationId = allLocations->at(allLocations->size() / 2).id;
    WorkspaceFilter f;
    f.statuses = {EnrollmentStatus::Validating};
    report(QStringLiteral("filter: status = Validating enrollment"), firstPage(f),
           floorFor(db, QStringLiteral("WHERE status = ?"), QStringLiteral("program_name, partner_id, id"),
                    {QStringLiteral("validating")}));
    f = {};
    f.locationId = locationId;
    report(QStringLiteral("filter: one location"), firstPage(f),
           floorFor(db, QStringLiteral("WHERE location_id = ?"),
                    QStringLiteral("program_name, partner_id, id"), {locationId}));
    f = {};
    f.programId = programId;
    report(QStringLiteral("filter: one program"), firstPage(f),
           floorFor(db, QStringLiteral("WHERE program_id = ?"),
                    QStringLiteral("program_name, partner_id, id"), {programId}));
    const auto searchFloor = [&](const QString& pattern) {
        return floorFor(db,
                        QStringLiteral("WHERE program_name %1 ? OR partner_id %1 ? OR location_name %1 ?")
                            .arg(db.dialect().likeOperator()),
                        QStringLiteral("program_name, partner_id, id"), {pattern, pattern, pattern});
    };
    f = {};
    f.search = QStringLiteral("Northwind Hamburg");
    report(QStringLiteral("search: prefix \"Northwind Hamburg\""), firstPage(f),
           searchFloor(QStringLiteral("%Northwind Hamburg%")));
    f.search = QStringLiteral("burg 43");
    report(QStringLiteral("search: substring \"burg 43\""), firstPage(f),
           searchFloor(QStringLiteral("%burg 43%")));
    f.search = QStringLiteral("Program 07");
    report(QStringLiteral("search: substring \"Program 07\" (10 programs)"), firstPage(f),
           searchFloor(QStringLiteral("%Program 07%")));

    // Sorting by every column, both ways.
    model->setFilter({});
    const QStringList names{QStringLiteral("program"),     QStringLiteral("location"),
                            QStringLiteral("country"),     QStringLiteral("status"),
                            QStringLiteral("actions"),     QStringLiteral("resources"),
                            QStringLiteral("fiscal year"), QStringLiteral("updated")};
    const QStringList orders{QStringLiteral("program_name, partner_id, id"),
                             QStringLiteral("partner_id, program_name, id"),
                             QStringLiteral("country, id"),
                             QStringLiteral("status, id"),
                             QStringLiteral("status, id"),
                             QStringLiteral("program_name, partner_id, id"),
                             QStringLiteral("fiscal_year, id"),
                             QStringLiteral("updated_at, id")};
    for (int c = 0; c < gui::WorkspaceModel::ColumnCount; ++c)
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = measure(nullptr, [&] {
                model->sort(c, order);
                model->index(0, 0).data();
                model->waitForCount();
            });
            QString sql = orders.at(c);
            if (order == Qt::DescendingOrder)
                sql.replace(QStringLiteral(","), QStringLiteral(" DESC,")).append(QStringLiteral(" DESC"));
            report(QStringLiteral("sort: %1 %2")
                       .arg(names.at(c), order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                                     : QStringLiteral("descending")),
                   ms, floorFor(db, QString(), sql, {}));
        }

    // The end of the table and scrolling.
    model->sort(gui::WorkspaceModel::ProgramColumn, Qt::AscendingOrder);
    const auto reloaded = [&] {
        model->reload();
        model->waitForCount();
    };
    // Rows come from the worker: each measurement waits for the page it asked for.
    const double last = measure(reloaded, [&] {
        model->index(model->rowCount() - 1, 0).data();
        model->waitForCount();
    });
    report(QStringLiteral("jump to the last row"), last,
           floorFor(db, QString(), QStringLiteral("program_name DESC, partner_id DESC, id DESC"), {}));
    const double scroll = measure(reloaded, [&] {
        for (int r = 0; r < 10000; ++r) {
            model->index(r, 0).data();
            if (r % gui::WorkspaceModel::kPageSize == 0)
                model->waitForCount();
        }
    });
    report(QStringLiteral("scroll through 10,000 rows page by page"), scroll);
    const double deep = measure(reloaded, [&] {
        model->index(int(total / 2), 0).data();
        model->waitForCount();
    });
    report(QStringLiteral("jump to the middle row"), deep,
           floorFor(db, QString(), QStringLiteral("program_name, partner_id, id"), {}, int(total / 2)));
    const double rssModel = memoryMiB("VmRSS");

    measureExport(*session, path);

    // The main window, painted with the workspace open.
    const double window = measure(
        nullptr,
        [&] {
            gui::MainWindow w(*session);
            w.resize(1280, 800);
            w.show();
            w.showPage(gui::MainWindow::WorkspacePageIndex);
            (void)w.grab();
        },
        3);
    report(QStringLiteral("main window shown and painted on the workspace"), window);
    const double rssWindow = memoryMiB("VmRSS");

    // The model on the whole million, for the ratios: the same three steps on an open connection.
    const double modelFirst = firstPage({});
    const double modelSearch = firstPage([] {
        WorkspaceFilter s;
        s.search = QStringLiteral("burg 43");
        return s;
    }());
    model->setFilter({});
    const double modelSort = measure(nullptr, [&] {
        model->sort(gui::WorkspaceModel::CountryColumn, Qt::DescendingOrder);
        model->index(0, 0).data();
        model->waitForCount();
    });

    // Every filter (one status, one location, one program) × sort column × direction: the
    // repository's first page against the best plan, and the plan of every slow case.
    QList<MatrixCase> cases;
    {
        EnrollmentRepository repo = session->context().enrollments();
        const bool sqlite = !DatabaseLocation::isServer(path);
        const QString columns = QStringLiteral(
            "id, program_id, location_id, program_name, partner_id, location_name, country, fiscal_year, "
            "status, "
            "reason, detail, bank_profile_id, validation_due, invited_at, accepted_at, submitted_at, "
            "enrolled_at, updated_at, version");
        struct Filter
        {
            QString what;
            QString lead;
            QVariant value;
            WorkspaceFilter filter;
        };
        QList<Filter> filters;
        for (EnrollmentStatus st :
             {EnrollmentStatus::Invited, EnrollmentStatus::Enrolling, EnrollmentStatus::Validating,
              EnrollmentStatus::Enrolled, EnrollmentStatus::Ineligible, EnrollmentStatus::Inactive,
              EnrollmentStatus::Discontinued}) {
            WorkspaceFilter wf;
            wf.statuses = {st};
            filters.append({QStringLiteral("status %1").arg(statusCode(st)), QStringLiteral("status"),
                            statusCode(st), wf});
        }
        WorkspaceFilter byLocation;
        byLocation.locationId = locationId;
        filters.append(
            {QStringLiteral("one location"), QStringLiteral("location_id"), locationId, byLocation});
        WorkspaceFilter byProgram;
        byProgram.programId = programId;
        filters.append({QStringLiteral("one program"), QStringLiteral("program_id"), programId, byProgram});
        const QStringList sortNames{QStringLiteral("program"),     QStringLiteral("location"),
                                    QStringLiteral("country"),     QStringLiteral("status"),
                                    QStringLiteral("fiscal year"), QStringLiteral("updated")};
        const auto readAll = [](Result<QSqlQuery> q) {
            while (q && q->next())
                for (int c = 0; c < 19; ++c)
                    (void)q->value(c);
        };
        for (const Filter& fl : filters) {
            for (int sortIndex = 0; sortIndex < sortNames.size(); ++sortIndex) {
                const auto sort = WorkspaceSort(sortIndex);
                for (bool ascending : {true, false}) {
                    MatrixCase c;
                    c.what = QStringLiteral("%1, by %2 %3")
                                 .arg(fl.what, sortNames.at(sortIndex),
                                      ascending ? QStringLiteral("ascending") : QStringLiteral("descending"));
                    PageRequest first;
                    c.app = measure(nullptr, [&] { (void)repo.page(fl.filter, sort, ascending, first); });
                    QString order;
                    const QString index = bestIndex(fl.lead, sort, order);
                    QStringList keys = order.split(QStringLiteral(", "));
                    keys.prepend(fl.lead);
                    for (QString& k : keys)
                        k += ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
                    const QString best =
                        QStringLiteral("SELECT %1 FROM enrollments%2 WHERE %3 = ? ORDER BY %4 LIMIT 200")
                            .arg(columns, sqlite ? QStringLiteral(" INDEXED BY ") + index : QString(),
                                 fl.lead, keys.join(QStringLiteral(", ")));
                    c.best = measure(nullptr, [&] { readAll(db.exec(best, {fl.value})); });
                    if (c.app > 50)
                        if (auto plan = repo.explainPage(fl.filter, sort, ascending, first))
                            c.plan = *plan;
                    cases.append(c);
                }
            }
        }
    }
    // Broad searches: the repository's first page in every sort order (a walk along the sort's
    // index where the matches are spread along it).
    QStringList searchLines;
    {
        EnrollmentRepository repo = session->context().enrollments();
        const QStringList sortNames{QStringLiteral("program"),     QStringLiteral("location"),
                                    QStringLiteral("country"),     QStringLiteral("status"),
                                    QStringLiteral("fiscal year"), QStringLiteral("updated")};
        for (const QString& text : {QStringLiteral("Northwind Hamburg"), QStringLiteral("Program 07")}) {
            WorkspaceFilter search;
            search.search = text;
            QStringList cells;
            for (int sortIndex = 0; sortIndex < sortNames.size(); ++sortIndex) {
                const double ms = measure(
                    nullptr, [&] { (void)repo.page(search, WorkspaceSort(sortIndex), true, PageRequest()); });
                cells.append(QString::number(ms, 'f', 1));
            }
            searchLines.append(
                QStringLiteral("| \"%1\" | %2 |").arg(text, cells.join(QStringLiteral(" | "))));
        }
    }

    out << "| Measurement (" << total << " enrollments, median of " << g_runs << " runs) | Model (ms) | "
        << "SQL floor (ms) | Model / floor |\n|---|---:|---:|---:|\n";
    for (const Row& r : g_rows) {
        out << "| " << r.what << " | " << QString::number(r.model, 'f', 1) << " | "
            << (r.floor > 0 ? QString::number(r.floor, 'f', 1) : QStringLiteral("–")) << " | "
            << (r.floor > 0 ? QString::number(r.model / r.floor, 'f', 2) : QStringLiteral("–")) << " |\n";
    }
    if (compareNaive) {
        out << "\n| " << naiveRows
            << " enrollments: naive QSqlQueryModel + QSortFilterProxyModel vs the model | Naive (ms) | "
            << "Model (ms) | Naive / model |\n|---|---:|---:|---:|\n";
        const auto line = [](const char* what, double naive, double ours) {
            out << "| " << what << " | " << QString::number(naive, 'f', 1) << " | "
                << QString::number(ours, 'f', 1) << " | " << QString::number(naive / ours, 'f', 1) << " |\n";
        };
        line("load, first row shown", naiveLoad, smallFirst);
        line("substring filter \"burg 4\"", naiveFilter, smallSearch);
        line("sort by country, descending", naiveSort, smallSort);
        out << "| memory added (MiB) | " << QString::number(naiveRss, 'f', 1) << " | "
            << QString::number(smallRss, 'f', 1) << " | "
            << QString::number(naiveRss / qMax(0.1, smallRss), 'f', 1) << " |\n";
    }
    {
        QList<double> appTimes;
        QList<double> bestTimes;
        for (const MatrixCase& c : cases) {
            appTimes.append(c.app);
            bestTimes.append(c.best);
        }
        const MatrixSummary a = summarize(appTimes);
        const MatrixSummary b = summarize(bestTimes);
        out << "\n| Filter × sort × direction (" << cases.size() << " first pages, " << total
            << " enrollments) | Worst (ms) | Median (ms) | Above 50 ms |\n|---|---:|---:|---:|\n";
        out << "| the workspace's query | " << QString::number(a.worst, 'f', 1) << " | "
            << QString::number(a.median, 'f', 2) << " | " << a.slow << " |\n";
        out << "| best plan (hand-written, its index named) | " << QString::number(b.worst, 'f', 1) << " | "
            << QString::number(b.median, 'f', 2) << " | " << b.slow << " |\n";
        for (const MatrixCase& c : cases)
            if (!c.plan.isEmpty())
                out << "\nSlow: " << c.what << ", " << QString::number(c.app, 'f', 1) << " ms (best plan "
                    << QString::number(c.best, 'f', 1) << " ms): " << c.plan.join(QStringLiteral(" | "))
                    << '\n';
        out << "\n| Search, first page in each order (ms) | program | location | country | status | "
               "fiscal year | updated |\n|---|---:|---:|---:|---:|---:|---:|\n"
            << searchLines.join(QLatin1Char('\n')) << '\n';
    }
    out << "\nThe model at " << total << " enrollments: first page " << QString::number(modelFirst, 'f', 1)
        << " ms, substring filter " << QString::number(modelSearch, 'f', 1) << " ms, sort by country "
        << QString::number(modelSort, 'f', 1) << " ms.\n";
    out << "\n| Memory | MiB |\n|---|---:|\n";
    out << "| resident, workspace model open (" << total << " enrollments) | "
        << QString::number(rssModel, 'f', 1) << " |\n";
    out << "| resident, main window open on the workspace | " << QString::number(rssWindow, 'f', 1) << " |\n";
    if (compareNaive)
        out << "| added by the naive model holding " << naiveRows << " rows | "
            << QString::number(naiveRss, 'f', 1) << " |\n";
    out << "| added by opening the database and the workspace model (incl. the driver's caches) | "
        << QString::number(rssModel - rssStart, 'f', 1) << " |\n";
    out << "| peak resident (VmHWM) | " << QString::number(memoryMiB("VmHWM"), 'f', 1) << " |\n";
    out.flush();
    return 0;
}
