#pragma once

#include "core/Result.h"
#include "store/Dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace incentives {

// One connection to an Incentives Desk database. Not shared between threads: a thread that
// needs the database opens its own.
class Database
{
public:
    enum class OpenMode
    {
        CreateIfMissing, // a missing file is created with the current schema
        MustExist,       // a missing file is an error
    };

    static constexpr int kSchemaVersion = 3;
    static constexpr int kApplicationId = 0x49444b31; // "IDK1"

    // Opens (and if needed creates or upgrades) the database at a file path. A file written by a
    // newer version, or one that is not an Incentives Desk database, is refused untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const Dialect& dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    // Prepares, binds in order and runs a statement.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    // For statements that return nothing of interest.
    Status run(const QString& sql, const QVariantList& values = {});
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {});

    // A value ready to bind: a null QString binds as SQL NULL, so only a deliberately null QVariant
    // should; every other string binds as text.
    static QVariant bindable(const QVariant& value);

    // Turns a driver error into a message a user can act on.
    Error storageError(const QSqlError& error) const;

    // Writes a consistent copy of the whole database to a new file.
    Status backupTo(const QString& targetPath);

    int schemaVersion();
    // Folds the write-ahead log into the file (before a file is moved into place).
    void checkpoint();

private:
    Database(QString connectionName, QString path, Backend backend);

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect;
};

} // namespace incentives
