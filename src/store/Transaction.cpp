#include "store/Transaction.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace incentives {

Transaction::Transaction(Database& db) : m_db(db)
{
    // Nothing is written to a file whose structural check found damage (or is still running).
    if (auto s = m_db.writable(); !s) {
        m_error = s.error();
        return;
    }
    // The engine waits for another writer up to its busy (lock) timeout. A refusal that comes at
    // once instead is SQLite avoiding a deadlock between two readers upgrading to writers; that
    // one is worth a few quick retries. After a full wait the answer stands: the database is busy.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QElapsedTimer waited;
        waited.start();
        QSqlQuery q(m_db.connection());
        const QStringList statements = m_db.dialect().beginWrite();
        bool begun = true;
        for (const QString& statement : statements) {
            if (q.exec(statement))
                continue;
            begun = false;
            m_error = m_db.storageError(q.lastError());
            if (statement != statements.first())
                QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
            break;
        }
        if (begun) {
            m_active = true;
            return;
        }
        if (!m_db.dialect().isBusy(q.lastError()) || waited.elapsed() > 1000)
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
    const QString notify = m_db.dialect().notifyChange();
    if (!notify.isEmpty() && !q.exec(notify)) {
        Error e = m_db.storageError(q.lastError());
        rollback();
        return e;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = m_db.storageError(q.lastError());
        rollback();
        return e;
    }
    m_active = false;
    m_db.announceCommit();
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
