#include "services/WorkspaceExport.h"

#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "services/Csv.h"

#include <QCoreApplication>
#include <QIODevice>

namespace incentives {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExport)
};

QString iso(const QDateTime& t)
{
    return t.isValid() ? timetext::formatIso(t) : QString();
}
} // namespace

QStringList WorkspaceExport::header()
{
    return {QStringLiteral("program"),        QStringLiteral("location"),
            QStringLiteral("location_name"),  QStringLiteral("country"),
            QStringLiteral("status"),         QStringLiteral("status_text"),
            QStringLiteral("fiscal_year"),    QStringLiteral("actions_required"),
            QStringLiteral("validation_due"), QStringLiteral("updated")};
}

QStringList WorkspaceExport::fields(const WorkspaceRow& row)
{
    const Enrollment& e = row.enrollment;
    return {e.programName,
            e.partnerId,
            e.locationName,
            e.country,
            statusCode(e.status),
            row.statusText,
            fiscal::label(e.fiscalYear),
            row.actionsRequired,
            iso(e.validationDue),
            iso(e.updatedAt)};
}

Result<qint64> WorkspaceExport::writeCsv(const Actor& actor, const WorkspaceFilter& filter,
                                         WorkspaceSort sort, bool ascending, QIODevice& out,
                                         const std::function<bool(qint64)>& progress)
{
    const auto write = [&out](const QString& text) -> Status {
        const QByteArray bytes = text.toUtf8();
        if (out.write(bytes) != bytes.size())
            return makeError(ErrorKind::Storage,
                             Tr::tr("The file could not be written: %1").arg(out.errorString()));
        return {};
    };
    if (auto s = write(csv::line(header())); !s)
        return s.error();
    EnrollmentService service(m_ctx);
    PageRequest request;
    request.limit = kPageSize;
    qint64 written = 0;
    for (;;) {
        // Every page is authorized again: a role revoked during a long export stops it.
        auto rows = service.workspace(actor, filter, sort, ascending, request);
        if (!rows)
            return rows.error();
        QString text;
        for (const WorkspaceRow& row : *rows)
            text += csv::line(fields(row));
        if (auto s = write(text); !s)
            return s.error();
        written += rows->size();
        if (progress && !progress(written))
            return makeError(ErrorKind::WrongState, Tr::tr("The export was cancelled."));
        if (rows->size() < kPageSize)
            break;
        // Seek past the last row instead of counting an offset, which would cost more each page.
        request.offset = 0;
        request.anchor = rows->constLast().enrollment;
    }
    return written;
}

} // namespace incentives
