#include "services/WorkspaceExport.h"

#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "services/Csv.h"
#include "store/Bulk.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QTimeZone>

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

namespace {

// Seconds since the epoch as formatIso() writes them ("2027-05-04T05:00:00Z"), straight into the
// file's bytes; times outside the years 1 to 9999 go through formatIso() itself.
void appendIso(QByteArray& out, qint64 seconds)
{
    constexpr qint64 kDay = 86400;
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
    constexpr qint64 kFirst = -62135596800;
    constexpr qint64 kLast = 253402300799;
    if (seconds < kFirst || seconds > kLast) {
        csv::appendField(out, iso(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())));
        return;
    }
    qint64 days = seconds / kDay;
    qint64 rest = seconds % kDay;
    if (rest < 0) {
        rest += kDay;
        --days;
    }
    // Days to the proleptic Gregorian calendar (H. Hinnant's civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(rest / 3600);
    const int minute = int(rest / 60 % 60);
    const int second = int(rest % 60);
    char text[20];
    const auto two = [&text](int at, int value) {
        text[at] = char('0' + value / 10);
        text[at + 1] = char('0' + value % 10);
    };
    two(0, year / 100);
    two(2, year % 100);
    text[4] = '-';
    two(5, month);
    text[7] = '-';
    two(8, day);
    text[10] = 'T';
    two(11, hour);
    text[13] = ':';
    two(14, minute);
    text[16] = ':';
    two(17, second);
    text[19] = 'Z';
    out.append(text, 20);
}

// What decides a row's Actions required text, apart from the viewer.
struct ActionsKey
{
    EnrollmentStatus status;
    Reason reason;
    QByteArray detail; // UTF-8
    qint64 due;
    bool hasAdmin;
    bool viewerIsAdmin;
    bool hold;
    bool operator==(const ActionsKey& o) const
    {
        return status == o.status && reason == o.reason && due == o.due && hasAdmin == o.hasAdmin &&
               viewerIsAdmin == o.viewerIsAdmin && hold == o.hold && detail == o.detail;
    }
};

size_t qHash(const ActionsKey& k, size_t seed = 0)
{
    return qHashMulti(seed, int(k.status), int(k.reason), k.detail, k.due, k.hasAdmin, k.viewerIsAdmin,
                      k.hold);
}

QByteArray fieldBytes(const QString& value)
{
    QByteArray out;
    csv::appendField(out, value);
    return out;
}

} // namespace

Result<qint64> WorkspaceExport::writeCsv(const Actor& actor, const WorkspaceFilter& filter,
                                         WorkspaceSort sort, bool ascending, QIODevice& out,
                                         const std::function<bool(qint64)>& progress)
{
    // A page's records are gathered in one buffer and written at once.
    QByteArray buffer;
    buffer.reserve(kPageSize * 256);
    const auto write = [&out, &buffer]() -> Status {
        if (out.write(buffer) != buffer.size())
            return makeError(ErrorKind::Storage,
                             Tr::tr("The file could not be written: %1").arg(out.errorString()));
        buffer.clear();
        return {};
    };
    buffer = csv::line(header()).toUtf8();
    if (auto s = write(); !s)
        return s.error();

    // The cells that repeat from row to row, each made once: the status columns, the fiscal year,
    // and the Actions required text (whose validation date makes many of them distinct: the
    // remembered ones are forgotten now and then).
    QByteArray statusCodes[int(EnrollmentStatus::Discontinued) + 1];
    QByteArray statusTexts[int(EnrollmentStatus::Discontinued) + 1];
    for (int i = 0; i <= int(EnrollmentStatus::Discontinued); ++i) {
        statusCodes[i] = fieldBytes(statusCode(EnrollmentStatus(i)));
        statusTexts[i] = fieldBytes(statusLabel(EnrollmentStatus(i)));
    }
    QHash<int, QByteArray> fiscalYears;
    QHash<ActionsKey, QByteArray> actions;
    constexpr qsizetype kRememberedActions = 4096;

    ExportPage page;
    page.rows.reserve(kPageSize);
    page.text.reserve(kPageSize * 96);
    std::optional<Enrollment> after;
    qint64 written = 0;
    for (;;) {
        // Every page is authorized again: a role revoked during a long export stops it.
        auto read = m_ctx.view<qsizetype>(actor, [&](const Grants& g) -> Result<qsizetype> {
            if (!g.active)
                return makeError(
                    ErrorKind::Denied,
                    QCoreApplication::translate("EnrollmentService", "This user account is deactivated."));
            WorkspaceFilter seen = filter;
            seen.viewerId = g.accountAdmin ? 0 : g.userId;
            if (auto s = m_ctx.enrollments().exportPage(seen, sort, ascending, after, kPageSize, page); !s)
                return s.error();
            QList<Id> locationIds;
            locationIds.reserve(page.rows.size());
            for (const ExportedEnrollment& e : std::as_const(page.rows))
                locationIds.append(e.locationId);
            auto withAdmin = m_ctx.directory().locationsWithAdmin(locationIds);
            if (!withAdmin)
                return withAdmin.error();
            for (const ExportedEnrollment& e : std::as_const(page.rows)) {
                csv::appendFieldUtf8(buffer, page(e.programName));
                buffer.append(',');
                csv::appendFieldUtf8(buffer, page(e.partnerId));
                buffer.append(',');
                csv::appendFieldUtf8(buffer, page(e.locationName));
                buffer.append(',');
                csv::appendFieldUtf8(buffer, page(e.country));
                buffer.append(',');
                buffer.append(statusCodes[int(e.status)]);
                buffer.append(',');
                buffer.append(statusTexts[int(e.status)]);
                buffer.append(',');
                auto year = fiscalYears.constFind(e.fiscalYear);
                if (year == fiscalYears.cend())
                    year = fiscalYears.insert(e.fiscalYear, fieldBytes(fiscal::label(e.fiscalYear)));
                buffer.append(*year);
                buffer.append(',');
                const bool hasAdmin = withAdmin->contains(e.locationId);
                const bool viewerIsAdmin = g.adminOf.contains(e.locationId);
                // Looked up with the page's own bytes; a remembered key holds a copy of them.
                const QByteArrayView detail = page(e.detail);
                const QByteArray pageDetail = QByteArray::fromRawData(detail.data(), detail.size());
                ActionsKey key{e.status, e.reason,      pageDetail,   e.validationDue,
                               hasAdmin, viewerIsAdmin, e.paymentHold};
                auto text = actions.constFind(key);
                if (text == actions.cend()) {
                    if (actions.size() >= kRememberedActions)
                        actions.clear();
                    const QDateTime due =
                        e.validationDue == ExportedEnrollment::kNoTime
                            ? QDateTime()
                            : QDateTime::fromSecsSinceEpoch(e.validationDue, QTimeZone::utc());
                    const QString detailText = fromUtf8Exactly(detail);
                    key.detail = detail.toByteArray();
                    text = actions.insert(
                        key, fieldBytes(rules::actionsRequired({e.status, e.reason, detailText, due, hasAdmin,
                                                                viewerIsAdmin, e.paymentHold})));
                }
                buffer.append(*text);
                buffer.append(',');
                if (e.validationDue != ExportedEnrollment::kNoTime)
                    appendIso(buffer, e.validationDue);
                buffer.append(',');
                if (e.updatedAt != ExportedEnrollment::kNoTime)
                    appendIso(buffer, e.updatedAt);
                buffer.append("\r\n", 2);
            }
            return page.rows.size();
        });
        if (!read)
            return read.error();
        if (auto s = write(); !s)
            return s.error();
        written += *read;
        if (progress && !progress(written))
            return makeError(ErrorKind::WrongState, Tr::tr("The export was cancelled."));
        // Seek past the last row instead of counting an offset, which would cost more each page.
        if (*read < kPageSize || !page.last)
            break;
        after = page.last;
    }
    return written;
}

} // namespace incentives
