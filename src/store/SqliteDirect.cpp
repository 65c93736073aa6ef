// ===========================================================================================
// THE SQLITE C API CORNER
//
// The one file of the application that calls the SQLite engine itself instead of going through
// Qt Sql, and the only one that includes sqlite3.h. It serves the bulk paths of store/Bulk.h:
// reading a statement's rows as UTF-8 bytes, and running one prepared INSERT for many rows, without
// a QVariant and a UTF-16 string per cell.
//
// It works on the very connection Qt Sql opened (QSqlDriver::handle() holds its sqlite3*), so its
// statements see and join that connection's open transaction. This is sound because Qt's SQLite
// driver and this file use one library: the system's libsqlite3, which the Debian build of Qt's
// driver links and which this file links (CMake's SQLite::SQLite3). A Qt built with its own copy of
// SQLite would hand over a handle of another library: such a build must not link this file.
//
// Every value goes in and comes out as Qt Sql would bind and read it (qsql_sqlite.cpp), so that a
// caller cannot tell the paths apart: tests/services/tst_bulkpaths.cpp compares them.
// ===========================================================================================

#include "store/SqliteDirect.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace incentives::sqlitedirect {
namespace {

// The engine handle behind db's connection, or null when its driver is not Qt's SQLite driver.
sqlite3* handleOf(const Database& db)
{
    const QSqlDatabase connection = db.connection();
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// The engine's error as Qt's driver reports it (extended result code as the native code), turned
// into the message Database gives every storage error.
Error engineError(const Database& db, sqlite3* handle, const QString& what)
{
    return db.storageError(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(handle)),
                                     QSqlError::StatementError,
                                     QString::number(sqlite3_extended_errcode(handle))));
}

struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { sqlite3_finalize(stmt); }
};

Status prepareStatement(const Database& db, sqlite3* handle, const QString& sql, unsigned flags,
                        Statement& out)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), flags, &out.stmt, nullptr) !=
        SQLITE_OK)
        return engineError(db, handle, QStringLiteral("Unable to execute statement"));
    return {};
}

// Whether the engine stores a string bound as UTF-16 (as Qt's driver binds it) as the string's
// toUtf8(): when it is well-formed UTF-16 (no lone surrogate) and does not start with a byte order
// mark of either order (U+FEFF, U+FFFE), which the engine takes for one and drops.
bool storedAsUtf8(const QString& s)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(s.utf16());
    const char16_t* const end = p + s.size();
    if (p < end && (*p == 0xFEFF || *p == 0xFFFE))
        return false;
    for (; p < end; ++p) {
        if (!QChar::isSurrogate(*p))
            continue;
        if (!QChar::isHighSurrogate(*p) || p + 1 == end || !QChar::isLowSurrogate(p[1]))
            return false;
        ++p;
    }
    return true;
}

// A column's last string and its UTF-8: the strings of bulk rows repeat from row to row (a
// program's name, a location's), and the engine stores UTF-8, so each is converted once.
struct TextMemo
{
    QString text;
    QByteArray utf8;
    bool used = false;
    bool storedAsUtf8 = false;
};

// Binds values in order as Database::exec does: Database::bindable first, then each type as Qt's
// driver binds it. Strings are bound in place (UTF-16, as the driver does, or with memos their
// UTF-8, which the engine would make of them): values must outlive the statement's next step.
Status bindAll(const Database& db, sqlite3* handle, sqlite3_stmt* stmt, const QVariantList& values,
               QList<TextMemo>* memos = nullptr)
{
    if (values.size() != sqlite3_bind_parameter_count(stmt))
        return makeError(ErrorKind::Usage, QStringLiteral("Parameter count mismatch"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int at = int(i) + 1;
        const QVariant& raw = values.at(i);
        int rc = SQLITE_OK;
        if (memos && raw.typeId() == QMetaType::QString && !raw.isNull()) {
            const QString& text = *static_cast<const QString*>(raw.constData());
            TextMemo& memo = (*memos)[i];
            if (!memo.used || text != memo.text) {
                memo.used = true;
                memo.text = text;
                memo.storedAsUtf8 = storedAsUtf8(text);
                // A null string binds as an empty one (Database::bindable).
                memo.utf8 = memo.storedAsUtf8 ? text.toUtf8() : QByteArray();
            }
            rc = memo.storedAsUtf8 ? sqlite3_bind_text(stmt, at, memo.utf8.constData(), int(memo.utf8.size()),
                                                       SQLITE_STATIC)
                                   : sqlite3_bind_text16(stmt, at, text.utf16(),
                                                         int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
            if (rc != SQLITE_OK)
                return engineError(db, handle, QStringLiteral("Unable to bind parameters"));
            continue;
        }
        // Numbers, the most frequent values, as they are (Database::bindable leaves them so).
        if (raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::Int) {
            rc = raw.isNull() ? sqlite3_bind_null(stmt, at) : sqlite3_bind_int64(stmt, at, raw.toLongLong());
            if (rc != SQLITE_OK)
                return engineError(db, handle, QStringLiteral("Unable to bind parameters"));
            continue;
        }
        const QVariant v = Database::bindable(raw);
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, at);
        } else {
            switch (v.typeId()) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = bytes.isNull() ? sqlite3_bind_null(stmt, at)
                                    : sqlite3_bind_blob(stmt, at, bytes.constData(), int(bytes.size()),
                                                        SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Int:
            case QMetaType::Bool:
                rc = sqlite3_bind_int(stmt, at, v.toInt());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(stmt, at, v.toDouble());
                break;
            case QMetaType::UInt:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(stmt, at, v.toLongLong());
                break;
            case QMetaType::QString:
                if (raw.typeId() == QMetaType::QString &&
                    !static_cast<const QString*>(raw.constData())->isNull()) {
                    // The caller's own string, alive until the step.
                    const QString* s = static_cast<const QString*>(raw.constData());
                    rc = sqlite3_bind_text16(stmt, at, s->utf16(), int(s->size() * sizeof(char16_t)),
                                             SQLITE_STATIC);
                } else {
                    const QString s = v.toString();
                    rc = sqlite3_bind_text16(stmt, at, s.utf16(), int(s.size() * sizeof(char16_t)),
                                             SQLITE_TRANSIENT);
                }
                break;
            default: {
                const QString s = v.typeId() == QMetaType::QDateTime
                                      ? v.toDateTime().toString(Qt::ISODateWithMs)
                                      : v.toString();
                rc = sqlite3_bind_text16(stmt, at, s.utf16(), int(s.size() * sizeof(char16_t)),
                                         SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return engineError(db, handle, QStringLiteral("Unable to bind parameters"));
    }
    return {};
}

// Whether text the engine holds as these UTF-8 bytes comes out of Qt's driver as the same bytes:
// well-formed UTF-8 (shortest forms, no surrogates, nothing past U+10FFFF) without U+FFFE and
// U+FFFF, which the engine's conversion to UTF-16 (the driver's way) turns into U+FFFD.
bool roundTrips(const unsigned char* p, qsizetype n)
{
    const unsigned char* const end = p + n;
    while (p < end) {
        // Eight ASCII bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        const auto cont = [&](qsizetype k) { return p + k < end && (p[k] & 0xC0) == 0x80; };
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(1))
                return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2))
                return false;
            if (c == 0xE0 && p[1] < 0xA0) // overlong
                return false;
            if (c == 0xED && p[1] >= 0xA0) // a surrogate
                return false;
            if (c == 0xEF && p[1] == 0xBF && p[2] >= 0xBE) // U+FFFE, U+FFFF
                return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return false;
            if (c == 0xF0 && p[1] < 0x90) // overlong
                return false;
            if (c == 0xF4 && p[1] >= 0x90) // past U+10FFFF
                return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

class DirectReader final : public RowReader
{
public:
    DirectReader(Database& db, sqlite3* handle, QVariantList values)
        : m_db(db), m_handle(handle), m_values(std::move(values))
    {}

    Status start(const QString& sql)
    {
        if (auto s = prepareStatement(m_db, m_handle, sql, 0, m_statement); !s)
            return s;
        m_types.resize(sqlite3_column_count(m_statement.stmt));
        m_scratch.resize(m_types.size());
        return bindAll(m_db, m_handle, m_statement.stmt, m_values);
    }

    bool next() override
    {
        if (m_done)
            return false;
        const int rc = sqlite3_step(m_statement.stmt);
        if (rc == SQLITE_ROW) {
            std::fill(m_types.begin(), m_types.end(), 0);
            return true;
        }
        m_done = true;
        if (rc != SQLITE_DONE)
            m_error = engineError(m_db, m_handle, QStringLiteral("Unable to fetch row"));
        return false;
    }
    std::optional<Error> error() const override { return m_error; }
    bool direct() const override { return true; }

    bool isNull(int column) override { return type(column) == SQLITE_NULL; }

    qint64 integer(int column) override
    {
        if (type(column) == SQLITE_INTEGER)
            return sqlite3_column_int64(m_statement.stmt, column);
        return qtValue(column).toLongLong();
    }

    QByteArrayView utf8(int column) override
    {
        const int t = type(column);
        if (t == SQLITE_TEXT) {
            const unsigned char* text = sqlite3_column_text(m_statement.stmt, column);
            const int size = sqlite3_column_bytes(m_statement.stmt, column);
            if (roundTrips(text, size))
                return QByteArrayView(reinterpret_cast<const char*>(text), size);
        } else if (t == SQLITE_NULL) {
            return {};
        }
        m_scratch[column] = qtValue(column).toString().toUtf8();
        return m_scratch.at(column);
    }

    QString string(int column) override { return qtValue(column).toString(); }

private:
    // The column's type as the engine first reports it for this row (a conversion may change it).
    int type(int column)
    {
        int& t = m_types[column];
        if (t == 0)
            t = sqlite3_column_type(m_statement.stmt, column);
        return t;
    }

    // What Qt's driver makes of the cell (QSQLiteResultPrivate::fetchNext).
    QVariant qtValue(int column)
    {
        sqlite3_stmt* const s = m_statement.stmt;
        switch (type(column)) {
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char*>(sqlite3_column_blob(s, column)),
                              sqlite3_column_bytes(s, column));
        case SQLITE_INTEGER:
            return qint64(sqlite3_column_int64(s, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(s, column);
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default:
            return QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(s, column)),
                           sqlite3_column_bytes16(s, column) / qsizetype(sizeof(QChar)));
        }
    }

    Database& m_db;
    sqlite3* m_handle;
    const QVariantList m_values; // bound in place: kept for the statement's life
    Statement m_statement;
    QVarLengthArray<int, 16> m_types;
    QList<QByteArray> m_scratch;
    std::optional<Error> m_error;
    bool m_done = false;
};

class DirectInsert final : public BulkInsert
{
public:
    DirectInsert(Database& db, sqlite3* handle) : m_db(db), m_handle(handle) {}

    Status start(const QString& insert)
    {
        return prepareStatement(m_db, m_handle, insert, SQLITE_PREPARE_PERSISTENT, m_statement);
    }

    Result<Id> insert(const QVariantList& values) override
    {
        sqlite3_stmt* const s = m_statement.stmt;
        if (m_memos.size() != values.size())
            m_memos.resize(values.size());
        if (auto bound = bindAll(m_db, m_handle, s, values, &m_memos); !bound)
            return bound.error();
        const int rc = sqlite3_step(s);
        const Id id = sqlite3_last_insert_rowid(m_handle);
        std::optional<Error> failed;
        if (rc != SQLITE_DONE)
            failed = engineError(m_db, m_handle, QStringLiteral("Unable to fetch row"));
        // The bindings that point at the caller's strings are left dangling, never read: every
        // value is bound again before the next step.
        sqlite3_reset(s);
        if (failed)
            return *failed;
        return id;
    }
    bool direct() const override { return true; }

private:
    Database& m_db;
    sqlite3* m_handle;
    QList<TextMemo> m_memos; // bound in place: they outlive the statement's steps
    Statement m_statement;
};

} // namespace

Result<std::unique_ptr<RowReader>> read(Database& db, const QString& sql, const QVariantList& values)
{
    sqlite3* const handle = handleOf(db);
    if (!handle)
        return std::unique_ptr<RowReader>();
    auto reader = std::make_unique<DirectReader>(db, handle, values);
    if (auto s = reader->start(sql); !s)
        return s.error();
    return std::unique_ptr<RowReader>(std::move(reader));
}

Result<std::unique_ptr<BulkInsert>> prepareInsert(Database& db, const QString& insert)
{
    sqlite3* const handle = handleOf(db);
    if (!handle)
        return std::unique_ptr<BulkInsert>();
    auto inserter = std::make_unique<DirectInsert>(db, handle);
    if (auto s = inserter->start(insert); !s)
        return s.error();
    return std::unique_ptr<BulkInsert>(std::move(inserter));
}

} // namespace incentives::sqlitedirect
