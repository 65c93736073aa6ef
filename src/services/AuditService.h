#pragma once

#include "services/AppContext.h"
#include "services/Csv.h"

namespace incentives {

struct AuditFilter
{
    QString text;  // substring of the action, location, program or details
    QString actor; // email, exact; empty: anyone the viewer may see
    int limit = 500;
};

// The audit log as people read it: Account admins see every record, everyone else their own.
class AuditService
{
public:
    explicit AuditService(AppContext& ctx) : m_ctx(ctx) {}

    Result<QList<AuditEntry>> list(const Actor& actor, const AuditFilter& filter);
    // The records as RFC 4180 CSV (UTF-8, CRLF); cells that a spreadsheet would run as a formula
    // are neutralised.
    Result<QByteArray> exportCsv(const Actor& actor, const AuditFilter& filter);

private:
    AppContext& m_ctx;
};

} // namespace incentives
