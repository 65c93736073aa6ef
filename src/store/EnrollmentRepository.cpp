#include "store/Bulk.h"
#include "store/Database.h"
#include "store/InboxSql.h"
#include "store/PgSecurity.h"
#include "store/Repositories.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <cmath>

#include <algorithm>
#include <limits>

namespace incentives {
namespace {

Enrollment readEnrollment(const QSqlQuery& q)
{
    Enrollment e;
    e.id = q.value(0).toLongLong();
    e.programId = q.value(1).toLongLong();
    e.locationId = q.value(2).toLongLong();
    e.programName = q.value(3).toString();
    e.partnerId = q.value(4).toString();
    e.locationName = q.value(5).toString();
    e.country = q.value(6).toString();
    e.fiscalYear = q.value(7).toInt();
    e.status = statusFromCode(q.value(8).toString()).value_or(EnrollmentStatus::Inactive);
    e.reason = reasonFromCode(q.value(9).toString());
    e.detail = q.value(10).toString();
    e.bankProfileId = rows::id(q.value(11));
    e.validationDue = rows::moment(q.value(12));
    e.invitedAt = rows::moment(q.value(13));
    e.acceptedAt = rows::moment(q.value(14));
    e.submittedAt = rows::moment(q.value(15));
    e.enrolledAt = rows::moment(q.value(16));
    e.updatedAt = rows::moment(q.value(17));
    e.version = q.value(18).toInt();
    e.currency = q.value(19).toString();
    e.paymentHold = q.value(20).toInt() != 0;
    e.taxProfileId = rows::id(q.value(21));
    return e;
}

ValidationRequest readValidation(const QSqlQuery& q)
{
    ValidationRequest v;
    v.id = q.value(0).toLongLong();
    v.enrollmentId = q.value(1).toLongLong();
    v.requestedAt = rows::moment(q.value(2));
    v.dueAt = rows::moment(q.value(3));
    v.state = q.value(4).toString();
    v.forcedOutcome = q.value(5).toString();
    v.forcedReason = q.value(6).toString();
    return v;
}

constexpr const char* kValidationColumns =
    "id, enrollment_id, requested_at, due_at, state, forced_outcome, forced_reason";

constexpr int kMaxListedIds = 500;
// The most matching locations a person's login on a server has the server find and binds to a
// page. Past them a search matches many locations (a twentieth of 100,000), and a walk of the
// sort's index meets a page of matches within some twenty pages' worth of rows (pagePlan).
constexpr int kMaxBoundLocations = 5000;

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// The programs and locations a search text matches, found in their small tables.
struct SearchMatch
{
    bool active = false; // there is a search text
    QString pattern;
    QList<Id> programs;       // more than kMaxListedIds: too many to list
    QStringList programNames; // the names of those programs, in the same order
    QList<Id> locations;
    QStringList partnerIds;    // the PartnerIDs of those locations, in the same order
    QStringList countries;     // their countries, each once
    bool allCountries = false; // countries holds those of every matching location, listed or not
    bool allLocations = false; // locations holds every matching location, however many (bound as one value)
    bool lookUpLocations = false; // the locations' side is a lookup of each row's location (a walk)
};

QString programSearch(const Database& db, bool withNames = false)
{
    return QStringLiteral("SELECT id%2 FROM programs WHERE name %1 ? ESCAPE '\\'")
        .arg(db.dialect().likeOperator(), withNames ? QStringLiteral(", name") : QString());
}

// "SELECT columns FROM locations WHERE (…)": the locations whose PartnerID or name matches the two
// bound patterns, to which conditions may be added with AND.
QString locationSearch(const Database& db, const char* columns = "id")
{
    return QStringLiteral(
               "SELECT %2 FROM locations WHERE (partner_id %1 ? ESCAPE '\\' OR name %1 ? ESCAPE '\\')")
        .arg(db.dialect().likeOperator(), QLatin1String(columns));
}

// The locations a viewer holds a role at; bound: the viewer's user id.
constexpr const char* kViewerLocations =
    "SELECT location_id FROM role_assignments WHERE user_id = ? AND location_id IS NOT NULL";

// The search's matches among the programs and the locations a page may hold: one location's when
// the page is filtered to it, a viewer's own when the page is theirs (a few locations, looked up by
// their role assignments, where every search would otherwise read every location's name).
SearchMatch matchSearch(const Database& db, const WorkspaceFilter& filter)
{
    SearchMatch m;
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return m;
    m.active = true;
    m.pattern = QLatin1Char('%') + escapeLike(search) + QLatin1Char('%');
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (q.prepare(programSearch(db, true) + QStringLiteral(" LIMIT %1").arg(kMaxListedIds + 1))) {
            q.addBindValue(m.pattern);
            if (q.exec())
                while (q.next() && m.programs.size() <= kMaxListedIds) {
                    m.programs.append(q.value(0).toLongLong());
                    m.programNames.append(q.value(1).toString());
                }
        }
    }
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        // Among all of them, a person's login on a server has the server find them: under its
        // row-level security its own statement could use no trigram index (store/PgSecurity).
        // Past this list a search matches hundreds of locations, which any search reads in full.
        const bool throughServer =
            db.searchesThroughServer() && filter.locationId <= 0 && filter.viewerId <= 0;
        QString sql = throughServer
                          ? pgsecurity::locationMatchesQuery(QStringLiteral("id, partner_id, country"))
                          : locationSearch(db, "id, partner_id, country");
        if (filter.locationId > 0)
            sql += QStringLiteral(" AND id = ?");
        else if (filter.viewerId > 0)
            sql += QStringLiteral(" AND id IN (%1)").arg(QLatin1String(kViewerLocations));
        // One more than a search lists says there are too many: a server sends no more than that.
        // The server's own search finds up to kMaxBoundLocations for a person's login, every one
        // of them bound to the page as one value when there are no more (pagePlan).
        const int most = throughServer ? kMaxBoundLocations : kMaxListedIds;
        sql += QStringLiteral(" LIMIT %1").arg(most + 1);
        if (q.prepare(sql)) {
            q.addBindValue(m.pattern);
            q.addBindValue(m.pattern);
            if (throughServer)
                q.addBindValue(most + 1);
            if (filter.locationId > 0)
                q.addBindValue(filter.locationId);
            else if (filter.viewerId > 0)
                q.addBindValue(filter.viewerId);
            if (q.exec())
                while (q.next() && m.locations.size() <= most) {
                    m.locations.append(q.value(0).toLongLong());
                    m.partnerIds.append(q.value(1).toString());
                    const QString country = q.value(2).toString();
                    if (!m.countries.contains(country))
                        m.countries.append(country);
                }
            if (throughServer && m.locations.size() > kMaxListedIds && m.locations.size() <= most) {
                m.allLocations = true;
                m.allCountries = true;
            }
        }
    }
    return m;
}

// The conditions of a workspace query and their values, in order: those of the filters, and apart
// from them the search's.
struct Conditions
{
    QStringList filters;
    QVariantList filterValues;
    QString search; // empty: no search
    QVariantList searchValues;

    QString where(QVariantList& values, bool withSearch = true) const
    {
        QStringList all = filters;
        values << filterValues;
        if (withSearch && !search.isEmpty()) {
            all.append(search);
            values << searchValues;
        }
        return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
    }
};

// How a page with a search text reaches its rows.
enum class SearchPlan
{
    // Every match through the program and location indexes, sorted: as many rows as match.
    Matches,
    // The sort's index walked in order, the search tested on each row: the search's columns are
    // written as +column (the same values, but no index of theirs, in SQLite and PostgreSQL).
    Walk,
    // The matching programs or locations named by the sort's leading column as well (program
    // name, PartnerID, country), which the sort's index seeks one after another in order; the ids
    // stay as a test on each row (+: no index of theirs), so that the rows are exactly the
    // matches whatever the names.
    Keyed,
    // One slice per matching program or location, each the page's length at most along the index
    // made for that program or location and the sort, merged: a few pages' worth of rows.
    Slices,
};

// A page's plan: how the search's rows are reached and, for slices, the slices.
struct PagePlan
{
    SearchPlan search = SearchPlan::Matches;
    QString sliceColumn;      // Slices: program_id or location_id
    QList<Id> slices;         // Slices: one id per slice
    bool sliceSearch = false; // Slices: the search is tested on each row of each slice (a viewer's
                              // locations) rather than met by the slice itself (a match's rows)
    QSet<Id> wholeSlices;     // with sliceSearch: the locations the search matches, every row
    QStringList countries;    // Keyed by country: the countries of every matching location, when
                              // more locations match than the search lists
    QList<Id> locations;      // Matches in one program: every matching location, when more match
                              // than the search lists
    bool lookUp = false;      // Walk: each row's location looked up and tested, past kMaxBoundLocations
};

// The search's condition alone, "(…)", or empty without a search.
QString searchCondition(const Database& db, const SearchMatch& match, SearchPlan plan, WorkspaceSort sort,
                        QVariantList& values)
{
    QStringList sides;
    bool joined = false; // a side is a subquery searching the programs or locations
    bool bound = false;  // a side is the matching locations bound as one value
    const bool walk = plan == SearchPlan::Walk;
    const auto list = [&](const auto& items) {
        QStringList marks;
        for (const auto& item : items) {
            marks.append(QStringLiteral("?"));
            values.append(item);
        }
        return marks.join(QLatin1Char(','));
    };
    const auto side = [&](const char* name, const QList<Id>& ids, const QString& subquery,
                          const QVariantList& binds, bool complete = false) {
        if (ids.isEmpty())
            return;
        const QString column = (walk ? QStringLiteral("+") : QString()) + QLatin1String(name);
        if (walk && match.lookUpLocations && qstrcmp(name, "location_id") == 0) {
            // Each row's own location looked up by its key and tested: a few rows' worth of
            // lookups for a page, where the matches as a set are every location's name read. A
            // scalar subquery, which the server neither joins nor hashes (an EXISTS it may turn
            // into a hashed set of every match).
            sides.append(QStringLiteral("(SELECT searched.partner_id %1 ? ESCAPE '\\' OR searched.name %1 ? "
                                        "ESCAPE '\\' FROM locations AS searched WHERE searched.id = "
                                        "enrollments.location_id)")
                             .arg(db.dialect().likeOperator()));
            values << binds;
            joined = true;
            return;
        }
        if (ids.size() > kMaxListedIds && complete) {
            // Every match found already: bound as one value, the names not searched again.
            sides.append(QStringLiteral("%1 IN (%2)").arg(column, db.dialect().idSet()));
            values << db.dialect().idSetValue(ids);
            bound = true;
            return;
        }
        if (ids.size() > kMaxListedIds) { // too many to list: let the database join
            sides.append(QStringLiteral("%1 IN (%2)").arg(column, subquery));
            values << binds;
            joined = true;
            return;
        }
        sides.append(QStringLiteral("%1 IN (%2)").arg(column, list(ids)));
    };
    const QVariantList locationBinds{match.pattern, match.pattern};
    // Every matching location found, with its PartnerID (a person's login on a server, up to
    // kMaxBoundLocations): listed like a few.
    const bool allKnown = match.allLocations && match.partnerIds.size() == match.locations.size();
    const bool listedLocations = match.locations.size() <= kMaxListedIds || allKnown;
    if (plan == SearchPlan::Keyed && sort == WorkspaceSort::Program && !match.programs.isEmpty() &&
        match.programs.size() <= kMaxListedIds && match.programNames.size() == match.programs.size()) {
        const QString names = list(match.programNames);
        sides.append(QStringLiteral("(program_name IN (%1) AND +program_id IN (%2))")
                         .arg(names, list(match.programs)));
    } else if (plan == SearchPlan::Keyed &&
               (sort == WorkspaceSort::Location || sort == WorkspaceSort::Country) &&
               !match.locations.isEmpty()) {
        const bool byCountry = sort == WorkspaceSort::Country;
        const QString column = byCountry ? QStringLiteral("country") : QStringLiteral("partner_id");
        QString keys;
        if (byCountry && match.allCountries) {
            // The countries named: each one's stretch is sought in turn on both backends (a
            // subquery of them is, on PostgreSQL, a walk of the whole country index).
            keys = list(match.countries);
        } else if (!listedLocations) {
            keys = locationSearch(db, byCountry ? "country" : "partner_id");
            values << locationBinds;
            joined = true;
        } else {
            keys = byCountry ? list(match.countries) : list(match.partnerIds);
        }
        if (!byCountry && !listedLocations) {
            // A PartnerID is one location's: the matching PartnerIDs are the matching locations,
            // and the locations' names are searched once, not twice.
            sides.append(QStringLiteral("partner_id IN (%1)").arg(keys));
        } else {
            QString ids;
            if (!listedLocations) {
                ids = locationSearch(db);
                values << locationBinds;
                joined = true;
            } else if (match.locations.size() > kMaxListedIds) {
                ids = db.dialect().idSet();
                values << db.dialect().idSetValue(match.locations);
                bound = true;
            } else {
                ids = list(match.locations);
            }
            sides.append(QStringLiteral("(%1 IN (%2) AND +location_id IN (%3))").arg(column, keys, ids));
        }
    } else {
        side("program_id", match.programs, programSearch(db), {match.pattern});
        side("location_id", match.locations, locationSearch(db), locationBinds, match.allLocations);
    }
    if (sides.isEmpty())
        return QStringLiteral("1 = 0");
    // A person's login on a server reads the locations through row-level security, under which
    // the server neither looks at its statistics for a text search nor uses the trigram indexes
    // (ILIKE is not leakproof): it takes a few of hundreds of matches for one, and joins them to
    // their enrollments one by one, reading and sorting every match (4 s for "Northwind" at a
    // million), and would hash the matches bound as one value and sort every row of theirs for a
    // page keyed by their names. A condition the server cannot turn into a join stays what the
    // plan chose, a test of each row read in the sort's order against the matches hashed once;
    // " OR 1 = 0" keeps it such, the server setting sub-selects in an OR apart before it
    // simplifies the OR. The same for a walk of the sort's index on any server: the plan is a
    // test of each row. (Every match read, the bound matches stay a join: a lookup each.)
    const bool keepTest = (joined && db.isPersonLogin()) || ((joined || bound) && walk && !db.isFile()) ||
                          (bound && db.isPersonLogin() && plan == SearchPlan::Keyed);
    if (keepTest && sides.size() == 1)
        sides.append(QStringLiteral("1 = 0"));
    return QStringLiteral("(") + sides.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

Conditions conditionsOf(const Database& db, const WorkspaceFilter& f, const SearchMatch& match,
                        SearchPlan plan = SearchPlan::Matches, WorkspaceSort sort = WorkspaceSort::Program)
{
    Conditions c;
    if (f.viewerId > 0) {
        c.filters.append(QStringLiteral("location_id IN (%1)").arg(QLatin1String(kViewerLocations)));
        c.filterValues.append(f.viewerId);
    }
    if (f.statuses.size() == 1) {
        // One status is an equality, which an index on (status, sort column) walks in order.
        c.filters.append(QStringLiteral("status = ?"));
        c.filterValues.append(statusCode(f.statuses.constFirst()));
    } else if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (EnrollmentStatus s : f.statuses) {
            marks.append(QStringLiteral("?"));
            c.filterValues.append(statusCode(s));
        }
        c.filters.append(QStringLiteral("status IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    if (f.locationId > 0) {
        c.filters.append(QStringLiteral("location_id = ?"));
        c.filterValues.append(f.locationId);
    }
    if (f.programId > 0) {
        c.filters.append(QStringLiteral("program_id = ?"));
        c.filterValues.append(f.programId);
    }
    // Every searched column belongs to a program or a location: those were found in their small
    // tables first, and the enrollments are reached through their indexes instead of scanned.
    if (match.active)
        c.search = searchCondition(db, match, plan, sort, c.searchValues);
    return c;
}

// The WHERE clause of a workspace query and its values, in order.
QString whereClause(const Database& db, const WorkspaceFilter& f, QVariantList& values)
{
    return conditionsOf(db, f, matchSearch(db, f)).where(values);
}

// The columns a sort orders by, id last so that every row has a distinct place.
QStringList sortKeys(WorkspaceSort sort)
{
    switch (sort) {
    case WorkspaceSort::Program:
        return {QStringLiteral("program_name"), QStringLiteral("partner_id"), QStringLiteral("id")};
    case WorkspaceSort::Location:
        return {QStringLiteral("partner_id"), QStringLiteral("program_name"), QStringLiteral("id")};
    case WorkspaceSort::Country:
        return {QStringLiteral("country"), QStringLiteral("id")};
    case WorkspaceSort::Status:
        return {QStringLiteral("status"), QStringLiteral("id")};
    case WorkspaceSort::FiscalYear:
        return {QStringLiteral("fiscal_year"), QStringLiteral("id")};
    case WorkspaceSort::Updated:
        return {QStringLiteral("updated_at"), QStringLiteral("id")};
    }
    return {QStringLiteral("id")};
}

// A row's value for one sort column.
QVariant sortValue(const QString& column, const Enrollment& e)
{
    if (column == QLatin1String("program_name"))
        return e.programName;
    if (column == QLatin1String("partner_id"))
        return e.partnerId;
    if (column == QLatin1String("country"))
        return e.country;
    if (column == QLatin1String("status"))
        return statusCode(e.status);
    if (column == QLatin1String("fiscal_year"))
        return e.fiscalYear;
    if (column == QLatin1String("updated_at"))
        return rows::epoch(e.updatedAt);
    return e.id;
}

// The order of a page: the column the filter fixes to one value (walked first, so that the page
// is a slice of one index: location, program or status), then the sort's columns without those
// the filter fixes as well. A location has one PartnerID and one country and a program one name,
// so dropping them changes no order.
struct PageOrder
{
    QString lead;     // empty: no filter column leads
    QStringList keys; // id last
};

PageOrder pageOrder(const WorkspaceFilter& f, WorkspaceSort sort)
{
    PageOrder order;
    QStringList fixed;
    if (f.statuses.size() == 1)
        fixed << QStringLiteral("status");
    if (f.programId > 0)
        fixed << QStringLiteral("program_name");
    if (f.locationId > 0)
        fixed << QStringLiteral("partner_id") << QStringLiteral("country");
    if (f.locationId > 0)
        order.lead = QStringLiteral("location_id");
    else if (f.programId > 0)
        order.lead = QStringLiteral("program_id");
    else if (f.statuses.size() == 1)
        order.lead = QStringLiteral("status");
    for (const QString& key : sortKeys(sort))
        if (!fixed.contains(key))
            order.keys.append(key);
    return order;
}

QString orderClause(const PageOrder& order, bool ascending)
{
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys = order.keys;
    if (!order.lead.isEmpty())
        keys.prepend(order.lead);
    for (QString& k : keys)
        k += dir;
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

} // namespace

Result<Enrollment> EnrollmentRepository::enrollment(Id id)
{
    return rows::one<Enrollment>(
        m_db.exec(rows::select(rows::kEnrollmentColumns, "FROM enrollments WHERE id = ?"), {id}),
        readEnrollment,
        makeError(ErrorKind::NotFound, QCoreApplication::translate("Enrollments", "No such enrollment.")));
}

Result<qint64> EnrollmentRepository::sizeHint()
{
    auto size = m_db.scalar(QStringLiteral("SELECT MAX(id) FROM enrollments"));
    if (!size)
        return size.error();
    return size->toLongLong();
}

Result<std::optional<Enrollment>> EnrollmentRepository::find(Id programId, Id locationId)
{
    auto q = m_db.exec(
        rows::select(rows::kEnrollmentColumns, "FROM enrollments WHERE program_id = ? AND location_id = ?"),
        {programId, locationId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(readEnrollment(*q));
}

namespace {

// The INSERT of one enrollment, and the values it binds, in the same order.
QString insertStatement()
{
    return QStringLiteral(
        "INSERT INTO enrollments(program_id, location_id, program_name, partner_id, location_name, "
        "country, fiscal_year, status, reason, detail, bank_profile_id, validation_due, invited_at, "
        "accepted_at, submitted_at, enrolled_at, updated_at, currency, payment_hold, tax_profile_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList insertValues(const Enrollment& e)
{
    return {e.programId,
            e.locationId,
            e.programName,
            e.partnerId,
            e.locationName,
            e.country,
            e.fiscalYear,
            statusCode(e.status),
            reasonCode(e.reason),
            e.detail,
            rows::idOrNull(e.bankProfileId),
            rows::epoch(e.validationDue),
            rows::epoch(e.invitedAt),
            rows::epoch(e.acceptedAt),
            rows::epoch(e.submittedAt),
            rows::epoch(e.enrolledAt),
            rows::epoch(e.updatedAt),
            e.currency,
            e.paymentHold ? 1 : 0,
            rows::idOrNull(e.taxProfileId)};
}

} // namespace

Result<Id> EnrollmentRepository::insert(const Enrollment& e)
{
    return rows::insertId(m_db, insertStatement(), insertValues(e));
}

Result<QList<Id>> EnrollmentRepository::insertMany(const QList<Enrollment>& rows)
{
    auto insert = BulkInsert::prepare(m_db, insertStatement());
    if (!insert)
        return insert.error();
    QList<Id> ids;
    ids.reserve(rows.size());
    for (const Enrollment& e : rows) {
        auto id = (*insert)->insert(insertValues(e));
        if (!id)
            return id.error();
        ids.append(*id);
    }
    return ids;
}

Status EnrollmentRepository::insertInvitations(const QList<Id>& enrollmentIds, const QDateTime& now)
{
    auto insert = BulkInsert::prepare(
        m_db, QStringLiteral("INSERT INTO invitations(enrollment_id, created_at, email_delivered_at) "
                             "VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    const QVariant at = rows::epoch(now);
    for (Id id : enrollmentIds)
        if (auto done = (*insert)->insert({id, at, at}); !done)
            return done.error();
    return {};
}

Status EnrollmentRepository::insertValidations(const QList<ValidationRequest>& requests)
{
    auto insert = BulkInsert::prepare(
        m_db, QStringLiteral("INSERT INTO validation_requests(enrollment_id, requested_at, due_at, state) "
                             "VALUES (?, ?, ?, 'pending')"));
    if (!insert)
        return insert.error();
    for (const ValidationRequest& v : requests)
        if (auto done = (*insert)->insert({v.enrollmentId, rows::epoch(v.requestedAt), rows::epoch(v.dueAt)});
            !done)
            return done.error();
    return {};
}

Status EnrollmentRepository::update(Enrollment& e)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE enrollments SET fiscal_year = ?, status = ?, reason = ?, detail = ?, "
                       "bank_profile_id = ?, validation_due = ?, accepted_at = ?, submitted_at = ?, "
                       "enrolled_at = ?, updated_at = ?, currency = ?, payment_hold = ?, tax_profile_id = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {e.fiscalYear, statusCode(e.status), reasonCode(e.reason), e.detail, rows::idOrNull(e.bankProfileId),
         rows::epoch(e.validationDue), rows::epoch(e.acceptedAt), rows::epoch(e.submittedAt),
         rows::epoch(e.enrolledAt), rows::epoch(e.updatedAt), e.currency, e.paymentHold ? 1 : 0,
         rows::idOrNull(e.taxProfileId), e.id, e.version});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return rows::stale();
    ++e.version;
    return {};
}

Result<QList<Enrollment>> EnrollmentRepository::ofLocation(Id locationId)
{
    return rows::all<Enrollment>(m_db.exec(rows::select(rows::kEnrollmentColumns,
                                                        "FROM enrollments WHERE location_id = ? ORDER BY id"),
                                           {locationId}),
                                 readEnrollment);
}

Result<QList<Enrollment>> EnrollmentRepository::ofProgram(Id programId)
{
    return rows::all<Enrollment>(
        m_db.exec(rows::select(rows::kEnrollmentColumns, "FROM enrollments WHERE program_id = ? ORDER BY id"),
                  {programId}),
        readEnrollment);
}

Result<QList<Enrollment>> EnrollmentRepository::usingBankProfile(Id bankProfileId)
{
    return rows::all<Enrollment>(
        m_db.exec(
            rows::select(rows::kEnrollmentColumns, "FROM enrollments WHERE bank_profile_id = ? ORDER BY id"),
            {bankProfileId}),
        readEnrollment);
}

Result<QList<Enrollment>> EnrollmentRepository::usingTaxProfile(const TaxProfile& tax, bool isFirst)
{
    // Assigned the profile, or assigned none while it is the location's first.
    return rows::all<Enrollment>(
        m_db.exec(rows::select(rows::kEnrollmentColumns,
                               "FROM enrollments WHERE tax_profile_id = ? OR (? = 1 AND location_id = ? AND "
                               "tax_profile_id IS NULL) ORDER BY id"),
                  {tax.id, isFirst ? 1 : 0, tax.locationId}),
        readEnrollment);
}

Result<QList<Enrollment>> EnrollmentRepository::notDiscontinued(Id afterId, int limit)
{
    return rows::all<Enrollment>(
        m_db.exec(
            rows::select(rows::kEnrollmentColumns,
                         "FROM enrollments WHERE status <> 'discontinued' AND id > ? ORDER BY id LIMIT ?"),
            {afterId, limit}),
        readEnrollment);
}

Status EnrollmentRepository::carryOver(int toYear, const QDateTime& now)
{
    return m_db.run(
        QStringLiteral("UPDATE enrollments SET fiscal_year = ?, updated_at = ?, version = version + 1 "
                       "WHERE fiscal_year < ? AND status <> 'discontinued'"),
        {toYear, rows::epoch(now), toYear});
}

Result<qint64> EnrollmentRepository::count(const WorkspaceFilter& filter)
{
    QVariantList values;
    const QString where = whereClause(m_db, filter, values);
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments") + where, values);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<EnrollmentRepository::StatusCount>>
EnrollmentRepository::statusCounts(const WorkspaceFilter& filter)
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT partner_id, location_name, status, COUNT(*) FROM enrollments") +
        whereClause(m_db, filter, values) +
        QStringLiteral(" GROUP BY partner_id, location_name, status ORDER BY partner_id");
    return rows::all<StatusCount>(m_db.exec(sql, values), [](const QSqlQuery& q) {
        return StatusCount{q.value(0).toString(), q.value(1).toString(),
                           statusFromCode(q.value(2).toString()).value_or(EnrollmentStatus::Inactive),
                           q.value(3).toLongLong()};
    });
}

Result<QList<Enrollment>> EnrollmentRepository::page(const WorkspaceFilter& filter, WorkspaceSort sort,
                                                     bool ascending, int offset, int limit)
{
    PageRequest request;
    request.offset = offset;
    request.limit = limit;
    return page(filter, sort, ascending, request);
}

namespace {

struct PageQuery
{
    QString sql;
    QVariantList values;
};

// The SQL of one page in the order `up`: seeking past the anchor (keyset) or counting an offset,
// the search's rows reached as the plan says.
PageQuery pageQuery(const Database& db, const WorkspaceFilter& f, WorkspaceSort sort, bool up,
                    const std::optional<Enrollment>& anchor, int offset, int limit, const SearchMatch& match,
                    const PagePlan& plan, const char* columns = rows::kEnrollmentColumns)
{
    const PageOrder order = pageOrder(f, sort);
    const bool sliced = plan.search == SearchPlan::Slices && !plan.slices.isEmpty();
    SearchMatch planned = match;
    if (!plan.countries.isEmpty()) {
        planned.countries = plan.countries;
        planned.allCountries = true;
    }
    if (!plan.locations.isEmpty()) {
        planned.locations = plan.locations;
        planned.allLocations = true;
    }
    planned.lookUpLocations = plan.lookUp;
    const Conditions c = conditionsOf(db, f, planned,
                                      sliced                              ? SearchPlan::Walk
                                      : plan.search == SearchPlan::Slices ? SearchPlan::Matches
                                                                          : plan.search,
                                      sort);
    QStringList conditions = c.filters;
    QVariantList values = c.filterValues;
    if (anchor) {
        // Seek: (k1, k2, id) > (v1, v2, id0) walks the index from the anchor on. Row values are
        // standard SQL, in SQLite since 3.15 and in PostgreSQL.
        QStringList marks;
        for (const QString& key : order.keys) {
            marks.append(QStringLiteral("?"));
            values.append(sortValue(key, *anchor));
        }
        conditions.append(QStringLiteral("(%1) %2 (%3)")
                              .arg(order.keys.join(QStringLiteral(", ")),
                                   up ? QStringLiteral(">") : QStringLiteral("<"),
                                   marks.join(QStringLiteral(", "))));
    }
    const QString orderBy = orderClause(order, up);
    PageQuery q;
    if (sliced) {
        // Each slice's first rows in the page's order (the columns the slice fixes left out), along
        // the index that begins with its id and goes on with the sort, then the first of all of
        // those. The slices are subqueries because a compound SELECT orders and limits only as a
        // whole; one slice is the page by itself. A slice of a location the search matches holds
        // nothing but matches; in the other locations' slices the matching programs' rows are.
        const bool byProgram = plan.sliceColumn == QLatin1String("program_id");
        SearchMatch programsOnly = match;
        programsOnly.locations.clear();
        QVariantList programValues;
        const QString programTest =
            match.active ? searchCondition(db, programsOnly, SearchPlan::Walk, sort, programValues)
                         : QString();
        struct Arm
        {
            QString sql;
            QVariantList values;
        };
        QList<Arm> arms;
        for (Id id : plan.slices) {
            QStringList armConditions = conditions;
            QVariantList armValues = values;
            if (plan.sliceSearch && match.active && !plan.wholeSlices.contains(id)) {
                if (programsOnly.programs.isEmpty())
                    continue; // the search matches none of this location's rows
                armConditions.append(programTest);
                armValues << programValues;
            }
            armConditions.append(plan.sliceColumn + QStringLiteral(" = ?"));
            armValues << id;
            WorkspaceFilter one = f;
            (byProgram ? one.programId : one.locationId) = id;
            arms.append({QStringLiteral("SELECT %1 FROM enrollments WHERE %2%3 LIMIT ?")
                             .arg(QString::fromLatin1(columns), armConditions.join(QStringLiteral(" AND ")),
                                  orderClause(pageOrder(one, sort), up)),
                         armValues});
        }
        if (arms.isEmpty()) {
            q.sql = QStringLiteral("SELECT %1 FROM enrollments WHERE 1 = 0 LIMIT ?")
                        .arg(QString::fromLatin1(columns));
            values.clear();
        } else if (arms.size() == 1) {
            q.sql = arms.constFirst().sql;
            values = arms.constFirst().values;
        } else {
            QStringList sql;
            values.clear();
            for (qsizetype i = 0; i < arms.size(); ++i) {
                sql.append(QStringLiteral("SELECT * FROM (%1) AS s%2").arg(arms.at(i).sql).arg(i));
                values << arms.at(i).values << offset + limit;
            }
            q.sql = sql.join(QStringLiteral(" UNION ALL ")) + orderBy + QStringLiteral(" LIMIT ?");
        }
    } else {
        if (!c.search.isEmpty()) {
            conditions.append(c.search);
            values << c.searchValues;
        }
        // Every match of one side under a status filter: through the index of that side and the
        // status, whose rows are the matches exactly; left to itself the planner could walk the
        // status's stretch of the sort's index for them, as long as the whole stretch.
        QString table = QStringLiteral("enrollments");
        bool readFirst = false;
        if (plan.search == SearchPlan::Matches && match.active && !f.statuses.isEmpty() && f.programId <= 0 &&
            f.locationId <= 0 && match.programs.isEmpty() != match.locations.isEmpty())
            table +=
                db.dialect().indexHint(match.programs.isEmpty() ? QStringLiteral("ix_enr_location_status")
                                                                : QStringLiteral("ix_enr_program_status"));
        // One program's row of each matching location: a lookup each by the enrollment's key,
        // rather than a walk of the program's rows in the sort's order testing each.
        else if (plan.search == SearchPlan::Matches && match.active && f.programId > 0 && f.locationId <= 0 &&
                 !match.locations.isEmpty() && match.programs.isEmpty()) {
            table += db.dialect().indexHint(db.dialect().enrollmentKeyIndex());
            readFirst = true;
        }
        const QString select = QStringLiteral("SELECT %1 FROM %2%3")
                                   .arg(QString::fromLatin1(columns), table,
                                        conditions.isEmpty() ? QString()
                                                             : QStringLiteral(" WHERE ") +
                                                                   conditions.join(QStringLiteral(" AND ")));
        q.sql = (readFirst ? db.dialect().readBeforeOrder(select, orderBy) : select + orderBy) +
                QStringLiteral(" LIMIT ?");
    }
    values << limit;
    if (offset > 0) {
        q.sql += QStringLiteral(" OFFSET ?");
        values << offset;
    }
    q.values = values;
    return q;
}

// The most programs or locations a page reads one slice each of.
constexpr int kMaxSlices = 16;
// The most matches of one program's rows read and sorted for a page (one row per location).
constexpr int kMaxSortedMatches = 10000;

// How a page with a search reaches its rows: the plan with the fewest rows to read that can be
// told beforehand (`wanted` rows: the offset and the page). The estimates count the rows of the
// matching programs and locations as if each held its share of the enrollments.
//
// A walk along the sort's index reads about wanted / share rows when the matches are spread along
// it. A sort that goes with what the search matched finds the matches in one stretch of its index
// instead, possibly far along it: a location has one PartnerID and one country, and the rows of
// one program were made together, so that they follow each other in id order within a country, a
// status or a fiscal year. Those seek the matching stretches by name (Keyed) or merge one slice
// per match (Slices), or read every match and sort them. A search that matches most rows walks the
// sort's index as if there were none.
PagePlan pagePlan(Database& db, const WorkspaceFilter& f, WorkspaceSort sort, const SearchMatch& m,
                  int wanted)
{
    const bool byProgram = !m.programs.isEmpty();
    const bool byLocation = !m.locations.isEmpty();
    const auto plan = [](SearchPlan search, const QString& column = {}, const QList<Id>& ids = {},
                         bool test = false) {
        PagePlan p;
        p.search = search;
        p.sliceColumn = column;
        p.slices = ids;
        p.sliceSearch = test;
        return p;
    };
    // A location holds a few hundred rows at most: its own index, in the sort's order.
    if (f.locationId > 0)
        return plan(m.active ? SearchPlan::Walk : SearchPlan::Matches);
    if (f.viewerId > 0) {
        // A viewer of a few locations: a slice of each of those locations, the search tested on
        // each row.
        QList<Id> held;
        auto q = db.exec(QStringLiteral("SELECT DISTINCT location_id FROM role_assignments WHERE user_id = ? "
                                        "AND location_id IS NOT NULL ORDER BY location_id LIMIT ?"),
                         {f.viewerId, kMaxSlices + 1});
        while (q && q->next())
            held.append(q->value(0).toLongLong());
        if (q && !held.isEmpty() && held.size() <= kMaxSlices) {
            PagePlan sliced = plan(SearchPlan::Slices, QStringLiteral("location_id"), held, true);
            if (m.active && byLocation) {
                // Which of those locations the search matches, by the same test as the search's.
                QStringList marks;
                QVariantList values{m.pattern, m.pattern};
                for (Id id : held) {
                    marks.append(QStringLiteral("?"));
                    values.append(id);
                }
                auto matching = db.exec(
                    locationSearch(db) + QStringLiteral(" AND id IN (%1)").arg(marks.join(QLatin1Char(','))),
                    values);
                if (!matching)
                    return plan(SearchPlan::Walk);
                while (matching->next())
                    sliced.wholeSlices.insert(matching->value(0).toLongLong());
            }
            return sliced;
        }
    }
    if (!m.active || (!byProgram && !byLocation))
        return plan(SearchPlan::Matches);
    if (db.searchesThroughServer() && f.viewerId <= 0 && m.locations.size() > kMaxBoundLocations &&
        !m.allLocations && sort != WorkspaceSort::Country) {
        // A person's login on a server reads the locations under row-level security, where a set
        // of more matches than a search lists is every location's name read (120 ms at 100,000
        // locations). The server found them instead (matchSearch), up to kMaxBoundLocations, which
        // are bound to the page; past those, a twentieth of the locations or more match, and a
        // walk of the sort's index looking up each row's location meets a page within twenty
        // pages of rows. Not in country order: matches of one country ("Hamburg") lie in one
        // stretch of it, possibly at its far end (50 s at ten million), which only the stretches
        // of their countries, sought by name, reach at once (below).
        PagePlan walk = plan(SearchPlan::Walk);
        walk.lookUp = true;
        return walk;
    }
    const auto number = [&db](const QString& sql, const QVariantList& values = {}) {
        auto v = db.scalar(sql, values);
        return v ? v->toDouble() : 0.0;
    };
    // How many rows a table holds, for the arithmetic below: for a person's login, the server's
    // estimate where it has one (a count under row-level security reads every row: 25 ms for
    // 100,000 locations, 11 ms for the highest enrollment id).
    const auto tableRows = [&](const QString& table, const QString& exact) {
        const QString estimate = db.isPersonLogin() ? db.dialect().rowEstimate(table) : QString();
        if (!estimate.isEmpty())
            if (const double rows = number(estimate); rows > 0)
                return rows;
        return number(exact);
    };
    // How many locations the search matches, counted up to `cap` (a search's list stops at
    // kMaxListedIds + 1).
    const auto matchingLocations = [&](qint64 cap) {
        return number(QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT ?) AS matched").arg(locationSearch(db)),
                      {m.pattern, m.pattern, cap});
    };
    if (f.programId > 0) {
        // One program's rows: all of them match when the program does; the matching locations'
        // rows of that program are one lookup each, read and sorted while they are few enough
        // (past that, the matches are a good share of the program's rows and a walk of its rows
        // in the sort's order meets them soon).
        if (m.programs.contains(f.programId))
            return plan(SearchPlan::Walk);
        if (m.locations.size() <= kMaxListedIds)
            return plan(SearchPlan::Matches);
        // More than a search lists: found once here, and the page bound to them, rather than the
        // locations' names searched again for the count and for the page.
        PagePlan matches = plan(SearchPlan::Matches);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (m.allLocations)
            matches.locations = m.locations;
        else if (q.prepare(locationSearch(db) + QStringLiteral(" LIMIT ?"))) {
            q.addBindValue(m.pattern);
            q.addBindValue(m.pattern);
            q.addBindValue(kMaxSortedMatches + 1);
            if (q.exec())
                while (q.next())
                    matches.locations.append(q.value(0).toLongLong());
        }
        if (matches.locations.size() > kMaxSortedMatches)
            return plan(SearchPlan::Walk);
        // At least half of the locations match ("No" at a million): a walk of the program's rows
        // in the sort's order, each tested against the matches, meets a page of them after about
        // twice its rows, and never reads more than the matches' lookups would, wherever in the
        // order they lie.
        const double held =
            tableRows(QStringLiteral("locations"), QStringLiteral("SELECT COUNT(*) FROM locations"));
        if (held > 0 && 2.0 * double(matches.locations.size()) >= held)
            matches.search = SearchPlan::Walk;
        return matches;
    }
    const double total =
        tableRows(QStringLiteral("enrollments"), QStringLiteral("SELECT MAX(id) FROM enrollments"));
    const double programs =
        tableRows(QStringLiteral("programs"), QStringLiteral("SELECT COUNT(*) FROM programs"));
    const double locations =
        tableRows(QStringLiteral("locations"), QStringLiteral("SELECT COUNT(*) FROM locations"));
    if (total <= 0 || programs <= 0 || locations <= 0)
        return plan(SearchPlan::Matches);
    // A match list stops at kMaxListedIds + 1: past that, how many locations match is counted, up
    // to half of them ("No" matches every location of a Northwind: a walk of the sort's index, not
    // a read of millions of matches).
    double matchedLocations = double(m.locations.size());
    if (m.locations.size() > kMaxListedIds && !m.allLocations) {
        const double half = std::ceil(locations / 2);
        matchedLocations = qMax(matchedLocations, matchingLocations(qint64(half)));
    }
    const double share = qMin(1.0, double(m.programs.size()) / programs + matchedLocations / locations);
    const bool oneSide = byProgram != byLocation;
    const qsizetype sides = byProgram ? m.programs.size() : m.locations.size();
    // The matching programs' or locations' stretches of the sort's index, sought by name in
    // order: about a page's worth of rows, however many match and wherever they are.
    if (oneSide && ((sort == WorkspaceSort::Program && byProgram && sides <= kMaxListedIds) ||
                    (sort == WorkspaceSort::Location && byLocation)))
        return plan(SearchPlan::Keyed);
    if (share >= 0.5)
        return plan(SearchPlan::Walk);
    const double page = qMax(1, wanted);
    const double perSide = total / (byProgram ? programs : locations);
    // The share of the rows the status filter keeps, from the first matching program or location.
    double kept = 1.0;
    if (!f.statuses.isEmpty()) {
        kept = 0.25;
        if (oneSide && sides <= kMaxListedIds) {
            QStringList marks;
            QVariantList values{(byProgram ? m.programs : m.locations).constFirst()};
            for (EnrollmentStatus s : f.statuses) {
                marks.append(QStringLiteral("?"));
                values.append(statusCode(s));
            }
            const QString column = byProgram ? QStringLiteral("program_id") : QStringLiteral("location_id");
            const double all =
                number(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE %1 = ?").arg(column),
                       {values.constFirst()});
            if (all > 0)
                kept = qMax(1.0,
                            number(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE %1 = ? AND status "
                                                  "IN (%2)")
                                       .arg(column, marks.join(QLatin1Char(','))),
                                   values)) /
                       all;
        }
    }
    constexpr double kNever = 1e18;
    // Reading every match, and sorting them (about as much again).
    const double matches = 2.0 * share * total * kept;
    // Walking the sort's index (the status filter's stretch of it).
    const bool spread =
        sort == WorkspaceSort::Updated ||
        (byLocation && !byProgram && sort != WorkspaceSort::Location && sort != WorkspaceSort::Country) ||
        (byProgram && !byLocation && sort == WorkspaceSort::Location);
    const double walk = spread ? page / share : kNever;
    // Seeking the matching locations' countries' stretches of the country index, which hold the
    // matches as densely as the matching locations are among their countries' locations.
    double keyed = kNever;
    if (oneSide && sort == WorkspaceSort::Country && byLocation) {
        double inCountries = locations;
        if (m.locations.size() <= kMaxListedIds) {
            QStringList marks;
            QVariantList values;
            for (const QString& country : m.countries) {
                marks.append(QStringLiteral("?"));
                values.append(country);
            }
            inCountries = number(QStringLiteral("SELECT COUNT(*) FROM locations WHERE country IN (%1)")
                                     .arg(marks.join(QLatin1Char(','))),
                                 values);
        }
        keyed = page * qMax(1.0, inCountries) / double(sides);
    }
    // One slice per matching program or location, each walked for the status filter's rows. A
    // program's rows of one status in country or fiscal-year order have an index of their own
    // (schema version 15), and in the status's order (by id, the status being one) too: each of
    // those slices reads a page and no more.
    const bool statusSliceIndex = byProgram && f.statuses.size() == 1 &&
                                  (sort == WorkspaceSort::Country || sort == WorkspaceSort::FiscalYear ||
                                   sort == WorkspaceSort::Status);
    const double perSlice = statusSliceIndex ? page : qMin(page / qMax(kept, 1e-6), perSide);
    const double slices = oneSide && sides <= kMaxSlices ? double(sides) * (perSlice + page) : kNever;
    const double least = std::min({matches, walk, keyed, slices});
    if (least == keyed) {
        PagePlan keyedPlan = plan(SearchPlan::Keyed);
        if (m.locations.size() > kMaxListedIds && !m.allCountries) {
            // More locations match than are listed: their countries, a handful, are read once.
            auto q = db.exec(locationSearch(db, "DISTINCT country"), {m.pattern, m.pattern});
            while (q && q->next())
                keyedPlan.countries.append(q->value(0).toString());
            if (!q)
                keyedPlan.countries.clear();
        }
        return keyedPlan;
    }
    if (least == walk)
        return plan(SearchPlan::Walk);
    if (least == slices)
        return plan(SearchPlan::Slices,
                    byProgram ? QStringLiteral("program_id") : QStringLiteral("location_id"),
                    byProgram ? m.programs : m.locations);
    return plan(SearchPlan::Matches);
}

} // namespace

Result<QList<Enrollment>> EnrollmentRepository::page(const WorkspaceFilter& filter, WorkspaceSort sort,
                                                     bool ascending, const PageRequest& request)
{
    const int limit = qMax(0, request.limit);
    const int offset = qMax(0, request.offset);
    // Rows after the anchor in the sort's direction, rows before it against it; pages near the end
    // are read backwards from the last row.
    const bool up = request.anchor ? request.forward == ascending : ascending != request.fromEnd;
    const bool reversed = request.anchor ? !request.forward : request.fromEnd;
    const SearchMatch match = matchSearch(m_db, filter);
    const PageQuery q = pageQuery(m_db, filter, sort, up, request.anchor, offset, limit, match,
                                  pagePlan(m_db, filter, sort, match, offset + limit));
    auto found = rows::all<Enrollment>(m_db.exec(q.sql, q.values), readEnrollment);
    if (found && reversed)
        std::reverse(found->begin(), found->end());
    return found;
}

Status EnrollmentRepository::exportPage(const WorkspaceFilter& filter, WorkspaceSort sort, bool ascending,
                                        const std::optional<Enrollment>& after, int limit, ExportPage& page)
{
    static constexpr const char* kColumns =
        "id, location_id, program_name, partner_id, location_name, country, "
        "fiscal_year, status, reason, detail, validation_due, updated_at, "
        "payment_hold, program_id"; // the last one unread: a page merged from slices orders by it
    const int bounded = qMax(0, limit);
    const SearchMatch match = matchSearch(m_db, filter);
    const PageQuery query = pageQuery(m_db, filter, sort, ascending, after, 0, bounded, match,
                                      pagePlan(m_db, filter, sort, match, bounded), kColumns);
    auto reader = RowReader::run(m_db, query.sql, query.values);
    if (!reader)
        return reader.error();
    RowReader& q = **reader;
    page.text.resize(0);
    page.last.reset();
    qsizetype n = 0;
    // The status and reason codes repeat from row to row: each is looked up once per change.
    QByteArray lastStatus;
    EnrollmentStatus status = EnrollmentStatus::Inactive;
    QByteArray lastReason;
    Reason reason = Reason::None;
    const auto text = [&page, &q](int column) {
        const QByteArrayView bytes = q.utf8(column);
        const ExportedEnrollment::Text t{page.text.size(), bytes.size()};
        page.text.append(bytes.data(), bytes.size());
        return t;
    };
    const auto seconds = [&q](int column) {
        return q.isNull(column) ? ExportedEnrollment::kNoTime : q.integer(column);
    };
    while (q.next()) {
        if (n == page.rows.size())
            page.rows.append(ExportedEnrollment());
        ExportedEnrollment& r = page.rows[n++];
        r.id = q.integer(0);
        r.locationId = q.integer(1);
        r.programName = text(2);
        r.partnerId = text(3);
        r.locationName = text(4);
        r.country = text(5);
        r.fiscalYear = int(q.integer(6));
        const QByteArrayView statusText = q.utf8(7);
        if (n == 1 || statusText != lastStatus) {
            status = statusFromCode(fromUtf8Exactly(statusText)).value_or(EnrollmentStatus::Inactive);
            lastStatus = statusText.toByteArray();
        }
        r.status = status;
        const QByteArrayView reasonText = q.utf8(8);
        if (n == 1 || reasonText != lastReason) {
            reason = reasonFromCode(fromUtf8Exactly(reasonText));
            lastReason = reasonText.toByteArray();
        }
        r.reason = reason;
        r.detail = text(9);
        r.validationDue = seconds(10);
        r.updatedAt = seconds(11);
        r.paymentHold = q.integer(12) != 0;
        if (n == bounded) {
            // The anchor of the next page, its texts exactly as page() reads them.
            Enrollment anchor;
            anchor.id = r.id;
            anchor.programName = q.string(2);
            anchor.partnerId = q.string(3);
            anchor.country = q.string(5);
            anchor.status = r.status;
            anchor.fiscalYear = r.fiscalYear;
            if (r.updatedAt != ExportedEnrollment::kNoTime)
                anchor.updatedAt = QDateTime::fromSecsSinceEpoch(r.updatedAt, QTimeZone::utc());
            page.last = anchor;
        }
    }
    if (const auto failed = q.error())
        return *failed;
    page.rows.resize(n);
    return {};
}

Result<QList<Enrollment>> EnrollmentRepository::landmarks(const WorkspaceFilter& filter, WorkspaceSort sort,
                                                          bool ascending, int every, int count,
                                                          const std::optional<Enrollment>& after)
{
    QList<Enrollment> out;
    PageRequest step;
    step.limit = 1;
    step.offset = qMax(1, every) - 1;
    step.anchor = after;
    for (int i = 0; i < count; ++i) {
        auto row = page(filter, sort, ascending, step);
        if (!row)
            return row.error();
        if (row->isEmpty())
            break;
        out.append(row->constFirst());
        step.anchor = row->constFirst();
    }
    return out;
}

Result<QStringList> EnrollmentRepository::explainPage(const WorkspaceFilter& filter, WorkspaceSort sort,
                                                      bool ascending, const PageRequest& request)
{
    const int limit = qMax(0, request.limit);
    const int offset = qMax(0, request.offset);
    const bool up = request.anchor ? request.forward == ascending : ascending != request.fromEnd;
    const SearchMatch match = matchSearch(m_db, filter);
    const PageQuery q = pageQuery(m_db, filter, sort, up, request.anchor, offset, limit, match,
                                  pagePlan(m_db, filter, sort, match, offset + limit));
    return explain(q.sql, q.values);
}

Result<QStringList> EnrollmentRepository::explain(const QString& statement, const QVariantList& bound)
{
    QString sql = m_db.dialect().explain() + statement;
    QVariantList values = bound;
    if (!m_db.isFile()) {
        // A server prepares no EXPLAIN: the values are written into the statement, each as the
        // driver writes a literal of its type.
        QString inlined;
        qsizetype next = 0;
        for (const QChar c : std::as_const(sql)) {
            if (c != QLatin1Char('?') || next >= values.size()) {
                inlined.append(c);
                continue;
            }
            const QVariant& v = values.at(next++);
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            inlined.append(m_db.connection().driver()->formatValue(field));
        }
        sql = inlined;
        values.clear();
    }
    auto plan = m_db.exec(sql, values);
    if (!plan)
        return plan.error();
    QStringList lines;
    while (plan->next())
        lines.append(plan->value(plan->record().count() - 1).toString());
    return lines;
}

Result<QList<EnrollmentRepository::StatusCount>>
EnrollmentRepository::statusTotals(const WorkspaceFilter& filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT status, COUNT(*) FROM enrollments") +
                        whereClause(m_db, filter, values) + QStringLiteral(" GROUP BY status");
    return rows::all<StatusCount>(m_db.exec(sql, values), [](const QSqlQuery& q) {
        return StatusCount{QString(), QString(),
                           statusFromCode(q.value(0).toString()).value_or(EnrollmentStatus::Inactive),
                           q.value(1).toLongLong()};
    });
}

namespace {
// Counted in a subquery over the enrollments' own index on the group's id; the names come from
// the small programs or locations table afterwards.
PageQuery groupQuery(const Database& db, const WorkspaceFilter& f, WorkspaceGroup by)
{
    PageQuery q;
    const QString where = whereClause(db, f, q.values);
    if (by == WorkspaceGroup::Program)
        q.sql = QStringLiteral("SELECT p.id, p.name, '', c.n FROM (SELECT program_id, COUNT(*) AS n FROM "
                               "enrollments%1 GROUP BY program_id) c JOIN programs p ON p.id = c.program_id "
                               "ORDER BY p.name, p.id")
                    .arg(where);
    else
        q.sql =
            QStringLiteral("SELECT l.id, l.name, l.partner_id, c.n FROM (SELECT location_id, COUNT(*) AS n "
                           "FROM enrollments%1 GROUP BY location_id) c JOIN locations l ON l.id = "
                           "c.location_id ORDER BY l.partner_id, l.id")
                .arg(where);
    return q;
}
} // namespace

Result<QList<GroupCount>> EnrollmentRepository::groupCounts(const WorkspaceFilter& filter, WorkspaceGroup by)
{
    const PageQuery q = groupQuery(m_db, filter, by);
    return rows::all<GroupCount>(m_db.exec(q.sql, q.values), [](const QSqlQuery& r) {
        return GroupCount{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                          r.value(3).toLongLong()};
    });
}

Result<QStringList> EnrollmentRepository::explainGroupCounts(const WorkspaceFilter& filter, WorkspaceGroup by)
{
    const PageQuery q = groupQuery(m_db, filter, by);
    auto plan = m_db.exec(m_db.dialect().explain() + q.sql, q.values);
    if (!plan)
        return plan.error();
    QStringList lines;
    while (plan->next())
        lines.append(plan->value(plan->record().count() - 1).toString());
    return lines;
}

Status EnrollmentRepository::insertInvitation(Id enrollmentId, const QDateTime& now)
{
    return m_db.run(QStringLiteral("INSERT INTO invitations(enrollment_id, created_at) SELECT ?, ? WHERE NOT "
                                   "EXISTS (SELECT 1 FROM invitations WHERE enrollment_id = ?)"),
                    {enrollmentId, rows::epoch(now), enrollmentId});
}

Status EnrollmentRepository::renewInvitation(Id enrollmentId, const QDateTime& now)
{
    if (auto s = m_db.run(QStringLiteral("UPDATE invitations SET created_at = ?, email_delivered_at = NULL, "
                                         "home_dismissed_at = NULL WHERE enrollment_id = ?"),
                          {rows::epoch(now), enrollmentId});
        !s)
        return s;
    return insertInvitation(enrollmentId, now);
}

Result<QDateTime> EnrollmentRepository::invitationCreatedAt(Id enrollmentId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT created_at FROM invitations WHERE enrollment_id = ?"),
                         {enrollmentId});
    if (!v)
        return v.error();
    return rows::moment(*v);
}

Result<QList<Enrollment>> EnrollmentRepository::undeliveredInvitations(Id locationId)
{
    return rows::all<Enrollment>(
        m_db.exec(QStringLiteral("SELECT e.") +
                      QString::fromLatin1(rows::kEnrollmentColumns)
                          .replace(QStringLiteral(", "), QStringLiteral(", e.")) +
                      QStringLiteral(
                          " FROM enrollments e JOIN invitations i ON i.enrollment_id = e.id JOIN programs p "
                          "ON p.id = e.program_id WHERE e.location_id = ? AND e.status = 'invited' AND "
                          "p.open_to_all = 0 ORDER BY e.id"),
                  {locationId}),
        readEnrollment);
}

Result<QHash<Id, int>> EnrollmentRepository::waitingInvitationCounts()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT e.location_id, COUNT(*) FROM enrollments e JOIN programs p ON p.id = e.program_id WHERE "
        "e.location_id IN (SELECT l.id FROM locations l WHERE NOT EXISTS (SELECT 1 FROM role_assignments r "
        "WHERE "
        "r.location_id = l.id AND r.role = 'incentives-admin')) AND e.status = 'invited' AND p.open_to_all = "
        "0 "
        "GROUP BY e.location_id"));
    if (!q)
        return q.error();
    QHash<Id, int> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Result<QHash<Id, int>> EnrollmentRepository::waitingInvitationCounts(const QList<Id>& locationIds)
{
    QHash<Id, int> out;
    if (locationIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (Id id : locationIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT e.location_id, COUNT(*) FROM enrollments e JOIN programs p ON p.id = e.program_id "
            "WHERE e.location_id IN (%1) AND e.status = 'invited' AND p.open_to_all = 0 AND NOT EXISTS "
            "(SELECT 1 FROM role_assignments r WHERE r.location_id = e.location_id AND r.role = "
            "'incentives-admin') GROUP BY e.location_id")
            .arg(marks.join(QStringLiteral(", "))),
        values);
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Result<QHash<Id, std::pair<int, QSet<Id>>>> EnrollmentRepository::bankProfileUse()
{
    auto q = m_db.exec(QStringLiteral("SELECT bank_profile_id, location_id, COUNT(*) FROM enrollments WHERE "
                                      "bank_profile_id IS NOT NULL GROUP BY bank_profile_id, location_id"));
    if (!q)
        return q.error();
    QHash<Id, std::pair<int, QSet<Id>>> out;
    while (q->next()) {
        auto& use = out[q->value(0).toLongLong()];
        use.first += q->value(2).toInt();
        use.second.insert(q->value(1).toLongLong());
    }
    return out;
}

Result<QHash<Id, std::pair<int, QSet<Id>>>>
EnrollmentRepository::bankProfileUse(const QList<Id>& bankProfileIds)
{
    QHash<Id, std::pair<int, QSet<Id>>> out;
    if (bankProfileIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (Id id : bankProfileIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    auto q = m_db.exec(QStringLiteral("SELECT bank_profile_id, location_id, COUNT(*) FROM enrollments WHERE "
                                      "bank_profile_id IN (%1) GROUP BY bank_profile_id, location_id")
                           .arg(marks.join(QStringLiteral(", "))),
                       values);
    if (!q)
        return q.error();
    while (q->next()) {
        auto& entry = out[q->value(0).toLongLong()];
        entry.first += q->value(2).toInt();
        entry.second.insert(q->value(1).toLongLong());
    }
    return out;
}

Status EnrollmentRepository::markDelivered(Id enrollmentId, const QDateTime& now)
{
    return m_db.run(QStringLiteral("UPDATE invitations SET email_delivered_at = ? WHERE enrollment_id = ?"),
                    {rows::epoch(now), enrollmentId});
}

Result<bool> EnrollmentRepository::dismissHome(Id enrollmentId, const QDateTime& now)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE invitations SET home_dismissed_at = ? WHERE enrollment_id = ? AND "
                                 "home_dismissed_at IS NULL"),
                  {rows::epoch(now), enrollmentId});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<HomeMessages> EnrollmentRepository::homeMessages(Id userId, int limit, qint64 countAtMost)
{
    static const QLatin1String kFrom(
        " FROM invitations i JOIN enrollments e ON e.id = i.enrollment_id JOIN programs p ON p.id = "
        "e.program_id WHERE i.home_dismissed_at IS NULL AND e.status = 'invited' AND p.open_to_all = 0 AND "
        "e.location_id IN (SELECT location_id FROM role_assignments WHERE user_id = ? AND role = "
        "'incentives-admin')");
    HomeMessages out;
    auto newest = rows::all<HomeMessage>(
        m_db.exec(QStringLiteral("SELECT e.id, e.program_name, e.partner_id, e.location_name, e.invited_at") +
                      kFrom + QStringLiteral(" ORDER BY e.invited_at DESC, e.id LIMIT ?"),
                  {userId, qMax(0, limit)}),
        [](const QSqlQuery& q) {
            return HomeMessage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), rows::moment(q.value(4))};
        });
    if (!newest)
        return newest.error();
    out.newest = std::move(newest).value();
    out.total = out.newest.size();
    if (out.newest.size() < limit)
        return out; // every one of them is listed
    // Counted no further than the bound: an admin of thousands of locations may have a million.
    auto total = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + kFrom +
                                 QStringLiteral(" LIMIT ?) AS listed"),
                             {userId, countAtMost + 1});
    if (!total)
        return total.error();
    out.total = qMin(total->toLongLong(), countAtMost);
    out.moreThanTotal = total->toLongLong() > countAtMost;
    return out;
}

Result<Id> EnrollmentRepository::insertValidation(Id enrollmentId, const QDateTime& now, const QDateTime& due)
{
    return rows::insertId(
        m_db,
        QStringLiteral("INSERT INTO validation_requests(enrollment_id, requested_at, due_at, state) "
                       "VALUES (?, ?, ?, 'pending')"),
        {enrollmentId, rows::epoch(now), rows::epoch(due)});
}

Status EnrollmentRepository::cancelPendingValidations(Id enrollmentId, const QDateTime& now)
{
    return m_db.run(
        QStringLiteral("UPDATE validation_requests SET state = 'cancelled', resolved_at = ? WHERE "
                       "enrollment_id = ? AND state = 'pending'"),
        {rows::epoch(now), enrollmentId});
}

Result<std::optional<ValidationRequest>> EnrollmentRepository::pendingValidation(Id enrollmentId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM validation_requests WHERE enrollment_id = ? AND state = "
                                 "'pending' ORDER BY id DESC LIMIT 1")
                      .arg(QLatin1String(kValidationColumns)),
                  {enrollmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ValidationRequest>();
    return std::optional<ValidationRequest>(readValidation(*q));
}

Result<QDateTime> EnrollmentRepository::nextValidationDue()
{
    auto v =
        m_db.scalar(QStringLiteral("SELECT MIN(due_at) FROM validation_requests WHERE state = 'pending'"));
    if (!v)
        return v.error();
    return rows::moment(*v);
}

Result<QList<ValidationRequest>> EnrollmentRepository::validationsDueBy(const QDateTime& at)
{
    return rows::all<ValidationRequest>(
        m_db.exec(QStringLiteral(
                      "SELECT %1 FROM validation_requests WHERE state = 'pending' AND due_at <= ? ORDER BY "
                      "due_at, id")
                      .arg(QLatin1String(kValidationColumns)),
                  {rows::epoch(at)}),
        readValidation);
}

Status EnrollmentRepository::resolveValidation(Id id, const QString& state, const QString& reason,
                                               const QDateTime& now)
{
    return m_db.run(
        QStringLiteral("UPDATE validation_requests SET state = ?, outcome_reason = ?, resolved_at = ? "
                       "WHERE id = ?"),
        {state, reason, rows::epoch(now), id});
}

Status EnrollmentRepository::forceValidation(Id id, const QString& outcome, const QString& reason,
                                             const QDateTime& due)
{
    return m_db.run(
        QStringLiteral("UPDATE validation_requests SET forced_outcome = ?, forced_reason = ?, due_at = ? "
                       "WHERE id = ? AND state = 'pending'"),
        {outcome, reason, rows::epoch(due), id});
}

Status EnrollmentRepository::insertMessage(const InboxMessage& m)
{
    return m_db.run(
        QStringLiteral(
            "INSERT INTO inbox_messages(user_id, enrollment_id, sender, subject, body, received_at, "
            "kind, priority, due_at, location_id, bank_profile_id, tax_profile_id, ref) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.userId, rows::idOrNull(m.enrollmentId), m.sender, m.subject, m.body, rows::epoch(m.receivedAt),
         m.kind, m.priority, rows::epoch(m.dueAt), rows::idOrNull(m.locationId),
         rows::idOrNull(m.bankProfileId), rows::idOrNull(m.taxProfileId), m.ref});
}

namespace {

constexpr const char* kMessageSelect =
    "SELECT m.id, m.user_id, m.enrollment_id, m.sender, m.subject, m.body, m.received_at, m.read_at, "
    "e.program_name, COALESCE(e.partner_id, l.partner_id), m.kind, m.priority, m.due_at, m.location_id, "
    "m.bank_profile_id, m.tax_profile_id, m.ref, m.closed_at, m.closed_as FROM inbox_messages m "
    "LEFT JOIN enrollments e ON e.id = m.enrollment_id LEFT JOIN locations l ON l.id = m.location_id ";

InboxMessage readMessage(const QSqlQuery& q)
{
    InboxMessage m;
    m.id = q.value(0).toLongLong();
    m.userId = q.value(1).toLongLong();
    m.enrollmentId = rows::id(q.value(2));
    m.sender = q.value(3).toString();
    m.subject = q.value(4).toString();
    m.body = q.value(5).toString();
    m.receivedAt = rows::moment(q.value(6));
    m.readAt = rows::moment(q.value(7));
    m.programName = q.value(8).toString();
    m.partnerId = q.value(9).toString();
    m.kind = q.value(10).toString();
    m.priority = q.value(11).toString();
    m.dueAt = rows::moment(q.value(12));
    m.locationId = rows::id(q.value(13));
    m.bankProfileId = rows::id(q.value(14));
    m.taxProfileId = rows::id(q.value(15));
    m.ref = q.value(16).toString();
    m.closedAt = rows::moment(q.value(17));
    m.closedAs = q.value(18).toString();
    return m;
}

} // namespace

Result<QList<InboxMessage>> EnrollmentRepository::messages(Id userId)
{
    return rows::all<InboxMessage>(
        m_db.exec(QLatin1String(kMessageSelect) +
                      QStringLiteral("WHERE m.user_id = ? ORDER BY m.received_at DESC, m.id DESC"),
                  {userId}),
        readMessage);
}

std::pair<QString, QVariantList> EnrollmentRepository::inboxQuery(Id userId, const InboxQuery& query) const
{
    // A walk of ix_inbox_order from where the asked-for messages begin.
    const QString m = QStringLiteral("m.");
    QString where = QStringLiteral("WHERE m.user_id = ?");
    int firstRank = 0;
    if (query.mandatoryOnly) {
        where +=
            QStringLiteral(" AND %1 = 0 AND %2 = 0").arg(inboxsql::openRank(m), inboxsql::mandatoryRank(m));
        firstRank = 2;
    } else if (query.openOnly) {
        where += QStringLiteral(" AND %1 = 0").arg(inboxsql::openRank(m));
        firstRank = 1;
    }
    return {QLatin1String(kMessageSelect) + where +
                QStringLiteral(" ORDER BY %1 LIMIT ? OFFSET ?").arg(inboxsql::orderFrom(firstRank, m)),
            {userId, qMax(0, query.limit), qMax(0, query.offset)}};
}

Result<QList<InboxMessage>> EnrollmentRepository::inbox(Id userId, const InboxQuery& query)
{
    const auto [sql, values] = inboxQuery(userId, query);
    return rows::all<InboxMessage>(m_db.exec(sql, values), readMessage);
}

Result<QStringList> EnrollmentRepository::explainInbox(Id userId, const InboxQuery& query)
{
    const auto [sql, values] = inboxQuery(userId, query);
    return explain(sql, values);
}

QString EnrollmentRepository::inboxCountsQuery()
{
    // Three counts of stretches of the person's index entries, each an equality on its leading
    // columns: no expression is evaluated on a message (a GROUP BY over the ranks read every
    // message, 130 ms of CPU for 100,000 of them against 25 ms).
    const QString of = QStringLiteral("SELECT COUNT(*) FROM inbox_messages WHERE user_id = ?");
    return QStringLiteral("SELECT (%1), (%1 AND %2 = 0), (%1 AND %2 = 0 AND %3 = 0)")
        .arg(of, inboxsql::openRank(), inboxsql::mandatoryRank());
}

Result<QStringList> EnrollmentRepository::explainInboxCounts(Id userId)
{
    return explain(inboxCountsQuery(), {userId, userId, userId});
}

Result<InboxCounts> EnrollmentRepository::inboxCounts(Id userId)
{
    auto q = m_db.exec(inboxCountsQuery(), {userId, userId, userId});
    if (!q)
        return q.error();
    InboxCounts counts;
    if (q->next()) {
        counts.total = q->value(0).toLongLong();
        counts.open = q->value(1).toLongLong();
        counts.mandatory = q->value(2).toLongLong();
    }
    return counts;
}

Result<std::optional<InboxMessage>> EnrollmentRepository::message(Id messageId)
{
    auto q = m_db.exec(QLatin1String(kMessageSelect) + QStringLiteral("WHERE m.id = ?"), {messageId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<InboxMessage>();
    return std::optional<InboxMessage>(readMessage(*q));
}

Result<bool> EnrollmentRepository::hasMessageRef(Id userId, const QString& ref)
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM inbox_messages WHERE user_id = ? AND ref = ?"),
                         {userId, ref});
    if (!v)
        return v.error();
    return v->toLongLong() > 0;
}

Result<int> EnrollmentRepository::closeActions(ActionLink link, Id id, const QStringList& kinds,
                                               const QDateTime& now, const QDateTime& dueBefore)
{
    if (kinds.isEmpty())
        return 0;
    const char* column = link == ActionLink::Enrollment    ? "enrollment_id"
                         : link == ActionLink::BankProfile ? "bank_profile_id"
                                                           : "tax_profile_id";
    QVariantList values{rows::epoch(now), id, kinds.join(QLatin1Char(','))};
    if (dueBefore.isValid())
        values.append(rows::epoch(dueBefore));
    auto q = m_db.exec(m_db.dialect().closeActions(QLatin1String(column), dueBefore.isValid()), values);
    if (!q)
        return q.error();
    if (q->isSelect())
        return q->next() ? q->value(0).toInt() : 0;
    return q->numRowsAffected();
}

Result<bool> EnrollmentRepository::dismissMessage(Id messageId, const QDateTime& now)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE inbox_messages SET closed_at = ?, closed_as = 'dismissed' WHERE "
                                 "id = ? AND closed_at IS NULL"),
                  {rows::epoch(now), messageId});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<qint64> EnrollmentRepository::openActionCount(Id userId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM inbox_messages WHERE user_id = ? AND %1 = 0")
                             .arg(inboxsql::openRank()),
                         {userId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<bool> EnrollmentRepository::hasMessage(Id userId, Id enrollmentId, const QDateTime& since)
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM inbox_messages WHERE user_id = ? AND enrollment_id = ? "
                       "AND received_at >= ?"),
        {userId, enrollmentId, since.isValid() ? since.toSecsSinceEpoch() : qint64(0)});
    if (!v)
        return v.error();
    return v->toLongLong() > 0;
}

Status EnrollmentRepository::markRead(Id messageId, const QDateTime& now)
{
    return m_db.run(QStringLiteral("UPDATE inbox_messages SET read_at = ? WHERE id = ? AND read_at IS NULL"),
                    {rows::epoch(now), messageId});
}

} // namespace incentives
