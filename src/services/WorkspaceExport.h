#pragma once

#include "services/EnrollmentService.h"

#include <functional>

class QIODevice;

namespace incentives {

// The Incentives workspace written out as CSV: exactly the rows the viewer sees under a filter, in
// the order chosen, with the columns of `incentives-cli --json workspace`. No account numbers are
// part of a workspace row, so none can leak into the file.
class WorkspaceExport
{
public:
    explicit WorkspaceExport(AppContext& ctx) : m_ctx(ctx) {}

    // The header record's keys, the same as the CLI's JSON keys.
    static QStringList header();
    // One row's fields, in the header's order.
    static QStringList fields(const WorkspaceRow& row);

    // Writes the header and every matching row to out as RFC 4180 CSV (UTF-8, CRLF), a page at a
    // time through keyset paging, so memory stays flat however many rows there are. After each
    // page, progress (if given) hears how many rows are written; returning false stops the export
    // with an error. Returns the number of rows written.
    Result<qint64> writeCsv(const Actor& actor, const WorkspaceFilter& filter, WorkspaceSort sort,
                            bool ascending, QIODevice& out,
                            const std::function<bool(qint64 written)>& progress = {});

    static constexpr int kPageSize = 5000;

private:
    AppContext& m_ctx;
};

} // namespace incentives
