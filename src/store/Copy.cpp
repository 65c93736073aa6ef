#include "store/Copy.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PgCopy.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace incentives::copying {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copy)
};

// Tables whose rows have no id of their own; they are small and copied in one read.
bool hasId(const QString& table)
{
    return table != QLatin1String("settings") && table != QLatin1String("sign_in_failures") &&
           table != QLatin1String("presenters");
}

constexpr int kPageRows = 2000;
// Rows of up to 10 MB each (tax documents) are read and written a few at a time.
constexpr int kPageRowsOfFiles = 4;

int pageRows(const QString& table)
{
    return table == QLatin1String("tax_documents") ? kPageRowsOfFiles : kPageRows;
}
constexpr int kMaxValuesPerInsert = 900; // well under SQLite's and PostgreSQL's bind limits

// Inserts the rows in as few statements as the bind limit allows.
Status insertRows(Database& to, const QString& table, const QStringList& columns,
                  const QList<QVariantList>& rows)
{
    if (rows.isEmpty())
        return {};
    const int perInsert = qMax(1, kMaxValuesPerInsert / int(columns.size()));
    const QString tuple = QStringLiteral("(") +
                          QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                          QStringLiteral(")");
    const QString head =
        QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, columns.join(QLatin1Char(',')));
    for (qsizetype first = 0; first < rows.size(); first += perInsert) {
        const qsizetype n = qMin<qsizetype>(perInsert, rows.size() - first);
        QVariantList values;
        values.reserve(n * columns.size());
        for (qsizetype i = first; i < first + n; ++i)
            values += rows.at(i);
        if (auto s = to.run(head + QStringList(n, tuple).join(QLatin1Char(',')), values); !s)
            return s;
    }
    return {};
}

// Copies one table in pages of ids. On a PostgreSQL target the rows stream in through one COPY
// (store/PgCopy.cpp); elsewhere, and for a login that row-level security filters, they go in as
// multi-row INSERTs.
Result<qint64> copyTable(Database& from, Database& to, const QString& table)
{
    const bool streamed = pgcopy::usable(to, table);
    std::unique_ptr<pgcopy::Stream> stream;
    qint64 copied = 0;
    QVariant after = qint64(0);
    QStringList columns;
    for (;;) {
        auto q = hasId(table) ? from.exec(QStringLiteral("SELECT * FROM %1 WHERE id > ? ORDER BY id LIMIT %2")
                                              .arg(table)
                                              .arg(pageRows(table)),
                                          {after})
                              : from.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        if (!q)
            return q.error();
        QList<QVariantList> rows;
        int width = 0;
        while (q->next()) {
            if (width == 0) {
                const QSqlRecord record = q->record();
                width = record.count();
                if (columns.isEmpty())
                    for (int c = 0; c < width; ++c)
                        columns.append(record.fieldName(c));
            }
            QVariantList row;
            row.reserve(width);
            for (int c = 0; c < width; ++c)
                row.append(q->value(c));
            rows.append(std::move(row));
        }
        if (rows.isEmpty())
            break;
        if (streamed) {
            if (!stream) {
                auto opened = pgcopy::Stream::open(to, table, columns);
                if (!opened)
                    return opened.error();
                stream = std::move(opened).value();
            }
            for (const QVariantList& row : std::as_const(rows))
                if (auto s = stream->write(row); !s)
                    return s.error();
        } else if (auto s = insertRows(to, table, columns, rows); !s) {
            return s.error();
        }
        copied += rows.size();
        if (!hasId(table) || rows.size() < pageRows(table))
            break;
        after = rows.constLast().at(columns.indexOf(QStringLiteral("id")));
    }
    if (stream)
        if (auto finished = stream->finish(); !finished)
            return finished.error();
    const QString reset = to.dialect().resetIdentity(table);
    if (hasId(table) && !reset.isEmpty())
        if (auto s = to.run(reset); !s)
            return s.error();
    return copied;
}

} // namespace

const QStringList& tables()
{
    static const QStringList all{
        QStringLiteral("settings"),
        QStringLiteral("organization"),
        QStringLiteral("bank_profiles"),
        QStringLiteral("locations"),
        QStringLiteral("users"),
        QStringLiteral("role_assignments"),
        QStringLiteral("presenters"),
        QStringLiteral("programs"),
        QStringLiteral("tax_profiles"),
        QStringLiteral("tax_documents"),
        QStringLiteral("enrollments"),
        QStringLiteral("invitations"),
        QStringLiteral("validation_requests"),
        QStringLiteral("inbox_messages"),
        QStringLiteral("audit_log"),
        QStringLiteral("sign_in_failures"),
        QStringLiteral("scenario_progress"),
    };
    return all;
}

Result<QList<TableCount>> countRows(Database& db)
{
    QList<TableCount> counts;
    for (const QString& t : tables()) {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t));
        if (!n)
            return n.error();
        counts.append({t, n->toLongLong()});
    }
    return counts;
}

Result<bool> isEmpty(Database& db)
{
    for (const QString& t : tables()) {
        auto any = db.scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(t));
        if (!any)
            return any.error();
        if (!any->isNull())
            return false;
    }
    return true;
}

Result<QList<TableCount>> copyAll(Database& from, Database& to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return makeError(ErrorKind::Conflict,
                         Tr::tr("The two databases have different schema versions (%1 and %2).")
                             .arg(from.schemaVersion())
                             .arg(to.schemaVersion()));
    QList<TableCount> counts;
    for (const QString& t : tables()) {
        auto n = copyTable(from, to, t);
        if (!n)
            return makeError(n.error().kind,
                             Tr::tr("Copying the table %1 failed: %2").arg(t, n.error().message));
        counts.append({t, *n});
    }
    return counts;
}

Result<QList<TableCount>> replaceAll(Database& from, Database& to)
{
    Transaction tx(to);
    if (!tx.active())
        return tx.error();
    for (const QString& statement : to.dialect().dropSchema(tables()))
        if (auto s = to.run(statement); !s)
            return s.error();
    if (auto s = migrations::applySteps(to, 0); !s)
        return s.error();
    auto counts = copyAll(from, to);
    if (!counts)
        return counts.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    afterBulkLoad(to);
    return counts;
}

Result<QList<TableCount>> copyInto(Database& from, Database& to)
{
    Transaction tx(to);
    if (!tx.active())
        return tx.error();
    auto counts = copyAll(from, to);
    if (!counts)
        return counts.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    afterBulkLoad(to);
    return counts;
}

void afterBulkLoad(Database& db)
{
    if (const QString tidy = db.dialect().afterBulkLoad(); !tidy.isEmpty())
        (void)db.run(tidy);
}

} // namespace incentives::copying
