#include "store/Bulk.h"

#include "store/Database.h"
#include "store/SqliteDirect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <atomic>

namespace incentives {
namespace {

std::atomic<bool> g_direct{true};

// Qt Sql's reading of a statement: every backend but SQLite, and SQLite when told so.
class QueryReader final : public RowReader
{
public:
    QueryReader(Database& db, QSqlQuery query) : m_db(db), m_query(std::move(query)) {}

    bool next() override
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_error = m_db.storageError(m_query.lastError());
        return false;
    }
    std::optional<Error> error() const override { return m_error; }
    bool direct() const override { return false; }
    bool isNull(int column) override { return m_query.value(column).isNull(); }
    qint64 integer(int column) override { return m_query.value(column).toLongLong(); }
    QByteArrayView utf8(int column) override
    {
        if (m_text.size() <= column)
            m_text.resize(column + 1);
        m_text[column] = m_query.value(column).toString().toUtf8();
        return m_text.at(column);
    }
    QString string(int column) override { return m_query.value(column).toString(); }

private:
    Database& m_db;
    QSqlQuery m_query;
    QList<QByteArray> m_text;
    std::optional<Error> m_error;
};

class QueryInsert final : public BulkInsert
{
public:
    QueryInsert(Database& db, QSqlQuery query) : m_db(db), m_query(std::move(query)) {}

    Result<Id> insert(const QVariantList& values) override
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), Database::bindable(values.at(i)));
        if (!m_query.exec() || !m_query.next())
            return m_db.storageError(m_query.lastError());
        const Id id = m_query.value(0).toLongLong();
        m_query.finish();
        return id;
    }
    bool direct() const override { return false; }

private:
    Database& m_db;
    QSqlQuery m_query;
};

} // namespace

QString fromUtf8Exactly(QByteArrayView utf8)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(utf8);
}

void setSqliteDirect(bool direct)
{
    g_direct = direct;
}

bool sqliteDirect()
{
    return g_direct;
}

Result<std::unique_ptr<RowReader>> RowReader::run(Database& db, const QString& sql,
                                                  const QVariantList& values)
{
    if (db.isFile() && sqliteDirect()) {
        auto direct = sqlitedirect::read(db, sql, values);
        if (!direct || *direct)
            return direct;
    }
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    return std::unique_ptr<RowReader>(std::make_unique<QueryReader>(db, std::move(q).value()));
}

Result<std::unique_ptr<BulkInsert>> BulkInsert::prepare(Database& db, const QString& insert)
{
    if (db.isFile() && sqliteDirect()) {
        auto direct = sqlitedirect::prepareInsert(db, insert);
        if (!direct || *direct)
            return direct;
    }
    QSqlQuery q(db.connection());
    if (!q.prepare(insert + QStringLiteral(" RETURNING id")))
        return db.storageError(q.lastError());
    return std::unique_ptr<BulkInsert>(std::make_unique<QueryInsert>(db, std::move(q)));
}

} // namespace incentives
