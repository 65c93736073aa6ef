#include "store/Database.h"
#include "store/Repositories.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace incentives {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isNull() ? fallback : v->toString();
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), {value, key});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return {};
    return m_db.run(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"), {key, value});
}

} // namespace incentives
