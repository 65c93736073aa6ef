#include "gui/WorkspaceExporter.h"

#include "gui/WorkspaceModel.h"
#include "services/Session.h"
#include "services/WorkspaceExport.h"
#include "store/Files.h"

#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace incentives::gui {
namespace {

// What the worker and the window share; the window reads the result only after the worker ended.
struct Job
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> written{0};
    Result<qint64> result = makeError(ErrorKind::Storage, QString());
};

} // namespace

WorkspaceExporter::Report WorkspaceExporter::run(QWidget* parent, Session& session,
                                                 const WorkspaceModel& model, const QString& path)
{
    auto job = std::make_shared<Job>();
    const QString database = session.context().db().path();
    const Actor actor = session.actor();
    const WorkspaceFilter filter = model.filter();
    const WorkspaceSort sort = model.sortKey();
    const bool ascending = model.ascending();
    std::unique_ptr<QThread> worker(QThread::create([job, database, actor, filter, sort, ascending, path] {
        auto ctx = AppContext::open(database, Database::OpenMode::MustExist);
        if (!ctx) {
            job->result = ctx.error();
            return;
        }
        if (auto s = files::checkTarget(path, database); !s) {
            job->result = s.error();
            return;
        }
        // Through a temporary file and an atomic rename: a cancel, a refusal or a full disk leaves
        // no partial file behind.
        qint64 count = 0;
        const Status s = files::writeFile(path, [&](QIODevice& file) -> Status {
            auto written =
                WorkspaceExport(**ctx).writeCsv(actor, filter, sort, ascending, file, [&job](qint64 n) {
                    job->written = n;
                    return !job->cancel;
                });
            if (!written)
                return written.error();
            count = *written;
            return {};
        });
        job->result = s ? Result<qint64>(count) : Result<qint64>(s.error());
    }));

    const qint64 total = model.counting() ? 0 : model.totalCount();
    QProgressDialog progress(WorkspaceExporter::tr("Exporting the workspace…"),
                             WorkspaceExporter::tr("Cancel"), 0,
                             int(qMin<qint64>(total, std::numeric_limits<int>::max())), parent);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(WorkspaceExporter::tr("Export workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &progress, [&progress, &job, total] {
        const qint64 n = job->written;
        if (total > 0)
            progress.setValue(int(qMin(n, total)));
        progress.setLabelText(
            WorkspaceExporter::tr("Exporting the workspace… %1 rows written").arg(QLocale().toString(n)));
    });
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&job] { job->cancel = true; });
    worker->start();
    tick.start();
    loop.exec();
    // The worker stops at the next page after Cancel; wait for it so the file is gone for sure.
    worker->wait();
    tick.stop();
    // Closing the dialog emits canceled() too; by now that must not count as the user's Cancel.
    QObject::disconnect(&progress, &QProgressDialog::canceled, &loop, nullptr);
    progress.close();

    Report report;
    if (job->result) { // finished, even if Cancel came after the last page
        report.outcome = Outcome::Written;
        report.rows = *job->result;
    } else if (job->cancel) {
        report.outcome = Outcome::Cancelled;
    } else {
        report.error = job->result.error().message;
    }
    return report;
}

} // namespace incentives::gui
