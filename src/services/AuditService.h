#pragma once

#include "services/AppContext.h"
#include "services/Csv.h"

#include <functional>

namespace incentives {

struct AuditFilter
{
    QString text;  // substring of the action, location, program or details
    QString actor; // email, exact; empty: anyone the viewer may see
    int limit = 500;
    Id before = 0; // only records older than this one (the page after one that ended there)
};

// One audit record with the sentence people read it as.
struct AuditLine
{
    AuditEntry entry;
    QString sentence;
};

// One page of the audit log as people read it: at most the filter's limit of records, newest
// first. A search reads the log in batches until the page is full or kSearchBudget records were
// read; then the page may hold fewer and `next` says where to go on.
struct AuditLinePage
{
    QList<AuditLine> lines;
    Id next = 0;         // more records may follow: the next page's AuditFilter::before; 0: none
    qint64 searched = 0; // records read for this page
};

namespace audittext {

// How the people and locations a record names are called: a person's name for an email, a
// location's name for a PartnerID. Either may be empty; then the stored text is shown.
struct Names
{
    std::function<QString(const QString&)> person;
    std::function<QString(const QString&)> location;
};

// The record as a sentence in the current language, e.g. "Bao Nguyen submitted the enrollment in
// Azure for Contoso Seattle (Invited → Enrolling)." Codes (actions, statuses, roles) never show;
// a record of a kind this version does not know is told with its details as stored.
QString sentence(const AuditEntry& entry, const Names& names = {});

} // namespace audittext

// The audit log as people read it: Account admins see every record, everyone else their own.
class AuditService
{
public:
    explicit AuditService(AppContext& ctx) : m_ctx(ctx) {}

    Result<QList<AuditEntry>> list(const Actor& actor, const AuditFilter& filter);
    // The same records, each with its sentence; the search text also finds words of the sentence.
    Result<QList<AuditLine>> lines(const Actor& actor, const AuditFilter& filter);
    // One bounded page of those lines (the audit page reads these): a search reads at most
    // searchBudget records (0: no bound) before it returns what it found.
    static constexpr qint64 kSearchBudget = 20000;
    Result<AuditLinePage> page(const Actor& actor, const AuditFilter& filter,
                               qint64 searchBudget = kSearchBudget);
    // Every record the viewer may see that the filter's search and user select (its limit and
    // `before` do not apply), as RFC 4180 CSV (UTF-8, CRLF): the codes and the sentence of each;
    // cells that a spreadsheet would run as a formula are neutralised.
    Result<QByteArray> exportCsv(const Actor& actor, const AuditFilter& filter);

    // The hash chain checked from the first record: a maintenance check anyone holding the file may
    // run, for it tells only how long the log is and where the chain breaks (0: nowhere).
    struct Chain
    {
        qint64 records = 0;
        Id brokenAt = 0;
    };
    Result<Chain> verifyChain();

    // How records name people and locations here: each looked up once, however many name them.
    audittext::Names names();

private:
    AppContext& m_ctx;
};

// The audit log's anchor: how many records it held and the hash of the newest one, kept outside
// the database (printed by 'audit anchor' and by backups, and remembered on this computer per
// database). The chain alone proves only that records fit together; whoever can write the file
// can also delete the newest records or rewrite them with recomputed hashes. Against an anchor,
// both show: record number count must still carry that hash, and the chain from the first record
// through it must be intact. Records added after the anchor are covered only by the next anchor.
struct AuditAnchor
{
    qint64 count = 0;
    QString hash;

    QString text() const; // "COUNT:HASH"
    static Result<AuditAnchor> parse(const QString& text);
};

namespace auditanchor {

// The anchor of the log as it is now.
Result<AuditAnchor> head(AppContext& ctx);
// What is wrong with the log measured against an anchor: empty when record number anchor.count
// still carries anchor.hash. (The chain itself is checked by AuditRepository::verify().)
Result<QString> compare(AppContext& ctx, const AuditAnchor& anchor);
// Compares the log with the anchor this computer last saw for the database and, when it is not
// behind, remembers the current head; returns a warning when the log is shorter than that
// anchor or its anchored record changed.
Result<QString> checkRemembered(AppContext& ctx);
// Forgets what this computer saw of a database whose file was replaced as a whole (restore,
// demo load or reset, init).
void forget(const QString& location);

} // namespace auditanchor

} // namespace incentives
