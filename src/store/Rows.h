#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QSqlQuery>
#include <QVariant>

// Converting between column values and domain values, in one place.
namespace incentives {
class Database;
}

namespace incentives::rows {

// Runs an INSERT with RETURNING id (portable between SQLite 3.35+ and PostgreSQL).
Result<Id> insertId(Database& db, const QString& sql, const QVariantList& values);
// The error for an optimistic update whose row version no longer matches.
Error stale();

QVariant epoch(const QDateTime& utc); // NULL for an invalid moment
QDateTime moment(const QVariant& value);
QVariant idOrNull(Id id);
Id id(const QVariant& value);
QVariant date(const QDate& d);
QDate toDate(const QVariant& value);

Organization organization(const QSqlQuery& q);
Location location(const QSqlQuery& q);
User user(const QSqlQuery& q);
Program program(const QSqlQuery& q);
BankProfile bankProfile(const QSqlQuery& q);
TaxProfile taxProfile(const QSqlQuery& q);

// Column lists matching the readers above, to select with.
extern const char* const kLocationColumns;
extern const char* const kUserColumns;
extern const char* const kProgramColumns;
extern const char* const kBankColumns;
extern const char* const kTaxColumns;
extern const char* const kEnrollmentColumns;

// Every row of a query, read with a row reader.
template <typename T, typename Reader> Result<QList<T>> all(Result<QSqlQuery> query, Reader read)
{
    if (!query)
        return query.error();
    QList<T> out;
    while (query->next())
        out.append(read(*query));
    return out;
}

// The first row, or the given error when there is none.
template <typename T, typename Reader> Result<T> one(Result<QSqlQuery> query, Reader read, Error missing)
{
    if (!query)
        return query.error();
    if (!query->next())
        return missing;
    return read(*query);
}

QString select(const char* columns, const char* rest); // "SELECT <columns> <rest>"
// "SELECT <columns> FROM <relation> <rest>"
QString select(const char* columns, const QString& relation, const char* rest);

} // namespace incentives::rows
