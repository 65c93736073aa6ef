#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace incentives {
class Session;
}

namespace incentives::gui {

class WorkspaceModel;

// Writes the workspace as the model shows it (filter, search and sort) to a CSV file. The rows are
// read on a worker thread with its own connection, a page at a time, while a progress dialog with
// Cancel keeps the window responsive; a cancelled or failed export leaves no file behind.
class WorkspaceExporter
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExporter)

public:
    enum class Outcome
    {
        Written,
        Cancelled,
        Failed
    };
    struct Report
    {
        Outcome outcome = Outcome::Failed;
        qint64 rows = 0;
        QString error;
    };

    static Report run(QWidget* parent, Session& session, const WorkspaceModel& model, const QString& path);
};

} // namespace incentives::gui
