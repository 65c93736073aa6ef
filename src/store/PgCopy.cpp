#include "store/PgCopy.h"

#include "store/Database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QTime>

#include <atomic>
#include <cmath>
#include <libpq-fe.h>
#include <optional>

// ============================================================================================
// PostgreSQL C API (libpq) only. Every libpq call of the program is in this file.
// ============================================================================================

namespace incentives::pgcopy {
namespace {

std::atomic<bool> g_enabled{true};

// Rows are handed to libpq in chunks of about this size.
constexpr qsizetype kChunkBytes = 1 << 18;

// The libpq connection under a QPSQL connection, or nullptr.
PGconn* handleOf(Database& db)
{
    if (db.isFile())
        return nullptr;
    const QSqlDatabase c = db.connection();
    if (!c.isOpen() || !c.driver())
        return nullptr;
    const QVariant h = c.driver()->handle();
    // Qt names the type by its struct, pg_conn*, or by libpq's typedef, PGconn*.
    if (!h.isValid() || (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(h.constData());
}

// Text in COPY's text format: the four characters that mean something in it are escaped.
void appendText(QByteArray& out, const QByteArray& utf8)
{
    const char* p = utf8.constData();
    const char* end = p + utf8.size();
    const char* run = p;
    for (; p != end; ++p) {
        char escaped = 0;
        switch (*p) {
        case '\\':
            escaped = '\\';
            break;
        case '\t':
            escaped = 't';
            break;
        case '\n':
            escaped = 'n';
            break;
        case '\r':
            escaped = 'r';
            break;
        default:
            continue;
        }
        out.append(run, p - run);
        out.append('\\');
        out.append(escaped);
        run = p + 1;
    }
    out.append(run, end - run);
}

void appendValue(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out.append("\\N", 2);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        appendText(out, v.toString().toUtf8());
        return;
    case QMetaType::LongLong:
        out.append(QByteArray::number(v.toLongLong()));
        return;
    case QMetaType::Int:
        out.append(QByteArray::number(v.toInt()));
        return;
    case QMetaType::ULongLong:
        out.append(QByteArray::number(v.toULongLong()));
        return;
    case QMetaType::UInt:
        out.append(QByteArray::number(v.toUInt()));
        return;
    case QMetaType::Bool:
        out.append(v.toBool() ? '1' : '0');
        return;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isnan(d))
            out.append("NaN");
        else if (std::isinf(d))
            out.append(d > 0 ? "Infinity" : "-Infinity");
        else
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QMetaType::QByteArray:
        // bytea's hex form, \x..., whose backslash COPY wants doubled.
        out.append("\\\\x", 3);
        out.append(v.toByteArray().toHex());
        return;
    case QMetaType::QDateTime:
        out.append(v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toLatin1());
        return;
    case QMetaType::QDate:
        out.append(v.toDate().toString(Qt::ISODate).toLatin1());
        return;
    case QMetaType::QTime:
        out.append(v.toTime().toString(Qt::ISODateWithMs).toLatin1());
        return;
    default:
        appendText(out, v.toString().toUtf8());
        return;
    }
}

// Reads the results still to come, so that the connection is free for the next command. A COPY
// still in progress (its end could not be sent) yields COPY_IN for ever: that ends the reading.
void drain(PGconn* conn)
{
    while (PGresult* r = PQgetResult(conn)) {
        const bool copying = PQresultStatus(r) == PGRES_COPY_IN;
        PQclear(r);
        if (copying)
            break;
    }
}

// The server's account of a failed command, as the rest of the store reports database errors.
Error resultError(Database& db, PGconn* conn, const PGresult* result)
{
    QString message;
    QString detail;
    QString code;
    if (result) {
        message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        detail = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_CONTEXT));
        code = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    }
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return db.storageError(
        QSqlError(detail.simplified(), message.simplified(), QSqlError::StatementError, code));
}

} // namespace

void appendRow(QByteArray& out, const QVariantList& row)
{
    for (qsizetype c = 0; c < row.size(); ++c) {
        if (c > 0)
            out.append('\t');
        appendValue(out, row.at(c));
    }
    out.append('\n');
}

void setEnabled(bool enabled)
{
    g_enabled = enabled;
}

bool usable(Database& db, const QString& table)
{
    if (!g_enabled)
        return false;
    PGconn* conn = handleOf(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return false;
    // Idle, in a transaction or not: no result of another command is still being read.
    const PGTransactionStatusType state = PQtransactionStatus(conn);
    if (state != PQTRANS_IDLE && state != PQTRANS_INTRANS)
        return false;
    if (qstrcmp(pg_encoding_to_char(PQclientEncoding(conn)), "UTF8") != 0)
        return false;
    auto filtered = db.scalar(QStringLiteral("SELECT row_security_active(CAST(? AS text))"), {table});
    return filtered && !filtered->toBool();
}

struct Stream::Private
{
    Database& db;
    PGconn* conn = nullptr;
    QByteArray buffer;
    bool open = false;
};

Stream::Stream(std::unique_ptr<Private> p) : d(std::move(p)) {}

Stream::~Stream()
{
    if (!d->open)
        return;
    // Tells the server to fail this COPY, and reads its answer, so that the connection is free.
    if (PQputCopyEnd(d->conn, "abandoned") == 1)
        drain(d->conn);
}

Result<std::unique_ptr<Stream>> Stream::open(Database& db, const QString& table, const QStringList& columns)
{
    PGconn* conn = handleOf(db);
    if (!conn)
        return makeError(ErrorKind::Storage, QStringLiteral("COPY needs a PostgreSQL connection"));
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toUtf8();
    PGresult* r = PQexec(conn, sql.constData());
    const bool started = r && PQresultStatus(r) == PGRES_COPY_IN;
    if (!started) {
        Error e = resultError(db, conn, r);
        PQclear(r);
        // A failed COPY leaves nothing pending; anything else is read to the end.
        drain(conn);
        return e;
    }
    PQclear(r);
    auto d = std::make_unique<Private>(Private{db, conn, {}, true});
    d->buffer.reserve(kChunkBytes + 4096);
    return std::unique_ptr<Stream>(new Stream(std::move(d)));
}

Error Stream::failure() const
{
    const QString why = QString::fromUtf8(PQerrorMessage(d->conn)).simplified();
    return d->db.storageError(QSqlError(QString(), why, QSqlError::ConnectionError));
}

Status Stream::flush()
{
    if (d->buffer.isEmpty())
        return {};
    if (PQputCopyData(d->conn, d->buffer.constData(), int(d->buffer.size())) != 1) {
        // The server failed the COPY already (its error is read by finish()), or the connection
        // is gone.
        d->buffer.clear();
        Result<qint64> ended = finish();
        return ended ? failure() : ended.error();
    }
    d->buffer.clear();
    return {};
}

Status Stream::write(const QVariantList& row)
{
    if (!d->open)
        return failure();
    appendRow(d->buffer, row);
    return d->buffer.size() >= kChunkBytes ? flush() : Status();
}

Result<qint64> Stream::finish()
{
    if (!d->open)
        return failure();
    Status sent;
    if (!d->buffer.isEmpty() && PQputCopyData(d->conn, d->buffer.constData(), int(d->buffer.size())) != 1)
        sent = failure();
    d->buffer.clear();
    // Ends the COPY (or, when the data could not be sent, fails it), then reads the outcome.
    const int ended = PQputCopyEnd(d->conn, sent ? nullptr : "the rows could not be sent");
    d->open = false;
    // The server's own account comes first: a rule the rows broke, or why the connection ended.
    std::optional<Result<qint64>> outcome;
    while (PGresult* r = PQgetResult(d->conn)) {
        if (PQresultStatus(r) == PGRES_COPY_IN) { // still copying: the end never reached the server
            PQclear(r);
            break;
        }
        if (!outcome) {
            if (PQresultStatus(r) == PGRES_COMMAND_OK && sent && ended == 1)
                outcome = QByteArray(PQcmdTuples(r)).toLongLong();
            else if (PQresultStatus(r) == PGRES_FATAL_ERROR)
                outcome = resultError(d->db, d->conn, r);
        }
        PQclear(r);
    }
    if (outcome)
        return *outcome;
    return sent ? failure() : sent.error();
}

} // namespace incentives::pgcopy
