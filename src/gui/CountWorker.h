#pragma once

#include "services/AppContext.h"
#include "store/Repositories.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace incentives::gui {

// Counts workspace rows on its own thread and its own database connection, which stays open (and
// its cache warm) between counts. Results carry the request's ticket so that a stale one can be
// told apart.
class CountWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountWorker)

public:
    explicit CountWorker(QString databasePath);
    ~CountWorker() override;

    // Thread-safe: queues a count; counted() answers on the caller's thread.
    void request(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter);

Q_SIGNALS:
    void counted(quint64 ticket, qint64 count, const QString& error);

private:
    void count(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter);

    QString m_path;
    QThread m_thread;
    QObject* m_context;                // lives on m_thread: queued work runs there
    std::unique_ptr<AppContext> m_ctx; // used on m_thread only
};

} // namespace incentives::gui
