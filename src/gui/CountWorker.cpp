#include "gui/CountWorker.h"

#include "services/EnrollmentService.h"

namespace incentives::gui {

CountWorker::CountWorker(QString databasePath) : m_path(std::move(databasePath)), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("workspace-count"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

CountWorker::~CountWorker()
{
    // The connection belongs to the worker thread: close it there, hand the context object back,
    // then stop the thread.
    QThread* home = thread();
    QMetaObject::invokeMethod(
        m_context,
        [this, home] {
            m_ctx.reset();
            m_context->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void CountWorker::request(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter)
{
    // Run on the worker thread: a functor queued to an object living there.
    QMetaObject::invokeMethod(
        m_context, [this, ticket, actor, filter] { count(ticket, actor, filter); }, Qt::QueuedConnection);
}

void CountWorker::count(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter)
{
    if (!m_ctx) {
        auto ctx = AppContext::open(m_path, Database::OpenMode::MustExist);
        if (!ctx) {
            Q_EMIT counted(ticket, 0, ctx.error().message);
            return;
        }
        m_ctx = std::move(ctx).value();
    }
    auto n = EnrollmentService(*m_ctx).count(actor, filter);
    Q_EMIT counted(ticket, n ? *n : 0, n ? QString() : n.error().message);
}

} // namespace incentives::gui
