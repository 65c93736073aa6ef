#include "store/Transaction.h"

#include "store/Database.h"

#include <QSqlError>
#include <QThread>

namespace incentives {

Transaction::Transaction(Database& db) : m_db(db)
{
    // The busy timeout covers a writer holding the lock; a few retries cover the rare case where
    // SQLite gives up at once to avoid a deadlock between two readers upgrading to writers.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QSqlQuery q(m_db.connection());
        if (q.exec(m_db.dialect().beginWrite())) {
            m_active = true;
            return;
        }
        m_error = m_db.storageError(q.lastError());
        if (!m_db.dialect().isBusy(q.lastError()))
            return;
        QThread::msleep(50 * (attempt + 1));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = m_db.storageError(q.lastError());
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace incentives
