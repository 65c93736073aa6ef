// incentives-cli verbs that write reports: the workspace as CSV and a location's enrollment
// summary as HTML or PDF.
#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "services/SummaryService.h"
#include "services/WorkspaceExport.h"
#include "store/Files.h"

#include <QBuffer>

namespace incentives::cli {

int Cli::writeWorkspaceCsv(const Actor& who, const WorkspaceFilter& filter, WorkspaceSort sort,
                           bool ascending, const QString& output)
{
    WorkspaceExport exporter(*m_ctx);
    if (!output.isEmpty()) {
        // The file appears only once it is complete; a refusal halfway leaves nothing behind.
        if (auto s = files::checkTarget(output, m_database); !s)
            return fail(s.error());
        qint64 count = 0;
        const Status s = files::writeFile(output, [&](QIODevice& file) -> Status {
            auto written = exporter.writeCsv(who, filter, sort, ascending, file);
            if (!written)
                return written.error();
            count = *written;
            return {};
        });
        if (!s)
            return fail(s.error());
        done(QStringLiteral("Wrote %1 enrollments to %2.").arg(count).arg(output));
        return Ok;
    }
    m_out.flush();
    if (QIODevice* device = m_out.device()) {
        // Straight to standard output, a page at a time.
        auto written = exporter.writeCsv(who, filter, sort, ascending, *device);
        return written ? Ok : fail(written.error());
    }
    // Output into a string (the tests' in-process runs).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = exporter.writeCsv(who, filter, sort, ascending, buffer);
    if (!written)
        return fail(written.error());
    m_out << QString::fromUtf8(buffer.data());
    return Ok;
}

int Cli::cmdSummary(Args& a)
{
    if (a.count() > 0 || !a.has(QStringLiteral("location")))
        return usage(QStringLiteral("summary --location ID [--html FILE | --pdf FILE]"));
    if (a.has(QStringLiteral("html")) && a.has(QStringLiteral("pdf")))
        return usage(QStringLiteral("summary writes --html or --pdf, not both."));
    const QString pdf = a.value(QStringLiteral("pdf"));
    const QString html = a.value(QStringLiteral("html"));
    if ((a.has(QStringLiteral("pdf")) && pdf.trimmed().isEmpty()) ||
        (a.has(QStringLiteral("html")) && html.trimmed().isEmpty()))
        return usage(QStringLiteral("--html and --pdf need a file name."));
    if (a.has(QStringLiteral("pdf")) && !m_pdfWriter)
        return fail(makeError(ErrorKind::Invalid,
                              QStringLiteral("this incentives-cli was built without Qt Gui and cannot write "
                                             "PDF; write --html FILE and print that.")));
    for (const QString& target : {pdf, html})
        if (!target.isEmpty())
            if (auto s = files::checkTarget(target, m_database); !s)
                return fail(s.error());
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto text = SummaryService(*m_ctx).locationSummaryHtml(who, a.value(QStringLiteral("location")));
    if (!text)
        return fail(text.error());
    if (a.has(QStringLiteral("pdf"))) {
        if (auto s = m_pdfWriter(*text, pdf); !s)
            return fail(s.error());
        done(QStringLiteral("Wrote %1.").arg(pdf));
        return Ok;
    }
    if (a.has(QStringLiteral("html"))) {
        if (auto s = files::writeFile(html, text->toUtf8()); !s)
            return fail(s.error());
        done(QStringLiteral("Wrote %1.").arg(html));
        return Ok;
    }
    m_out << forTerminal(m_out, *text) << '\n';
    return Ok;
}

} // namespace incentives::cli
