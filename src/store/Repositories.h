#pragma once

#include "core/Authorization.h"
#include "core/Enrollment.h"
#include "core/Result.h"
#include "core/TaxDocuments.h"
#include "core/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>

#include <functional>
#include <limits>
#include <optional>

// The repositories: the only code that knows table and column names. Each method is one or a
// few statements; none opens a transaction of its own: the services decide what is one change.
namespace incentives {

class Database;

// A bounded search of the users or locations (the pages and pickers that grow with the
// organization): text is matched case-insensitively anywhere in the name, email or PartnerID.
struct DirectorySearch
{
    enum class Users
    {
        All,
        AccountAdmins,
        IncentivesAdmins,
        IncentivesUsers,
        WithoutRole,
        Deactivated
    };
    QString text;
    Users users = Users::All;
    Id viewerId = 0; // locations: only those this user holds a role at (0: every location);
                     // users: only this user and the Account admins (0: every user)
    int limit = 200;
};

class DirectoryRepository
{
public:
    explicit DirectoryRepository(Database& db) : m_db(db) {}

    Result<Organization> organization();
    Result<Id> insertOrganization(const Organization& org);
    Result<qint64> locationCount();

    Result<QList<Location>> locations();
    // Every location's PartnerID by its id: two columns, for naming the locations of roles.
    Result<QHash<Id, QString>> partnerIdsById();
    // Locations matching a search, in PartnerID order, at most search.limit of them.
    Result<QList<Location>> findLocations(const DirectorySearch& search);
    Result<QList<Location>> locationsById(const QList<Id>& ids);
    // The locations whose default is one of these bank profiles.
    Result<QList<Location>> locationsWithDefaultIn(const QList<Id>& bankProfileIds);
    Result<Location> location(Id id);
    Result<Location> locationByPartnerId(const QString& partnerId);
    Result<Id> insertLocation(const Location& location);
    Status updateLocationAttributes(const Location& location); // optimistic: version must match
    // Name, legal name, country, city, address and attributes; optimistic: version must match.
    Status updateLocation(const Location& location);
    Status setDefaultBank(Id locationId, Id bankProfileId);

    Result<QList<User>> users();
    // Users matching a search, by name, at most search.limit of them.
    Result<QList<User>> findUsers(const DirectorySearch& search);
    Result<User> user(Id id);
    Result<User> userByEmail(const QString& email);
    Result<Id> insertUser(const User& user, const QDateTime& now);
    Status setPassword(Id userId, const QString& hash, bool mustChange);
    // On a server with a login per person: the same password for the user's login. Nothing on a
    // file.
    Status setLoginPassword(Id userId, const QString& password);
    Status setActive(Id userId, bool active);
    // Consecutive failed sign-ins for an email as typed, and until when it must wait.
    Result<std::pair<int, qint64>> signInFailures(const QString& email);
    Status setSignInFailures(const QString& email, int failures, qint64 throttledUntil);

    Result<QList<RoleAssignment>> roles();
    // The active users, each once in id order with its roles in the order roles() gives them and
    // the PartnerID of each role's location (empty for an organization-wide role): one call per
    // user, read in one pass without holding every user, role and location at once.
    Status forEachActiveUser(const std::function<void(const QString& name, const QString& email,
                                                      const QList<std::pair<Role, QString>>& roles)>& each);
    Result<QList<RoleAssignment>> rolesOf(Id userId);
    Result<QList<RoleAssignment>> rolesOf(const QList<Id>& userIds);
    Result<Grants> grants(Id userId);
    Result<std::optional<User>> incentivesAdminOf(Id locationId);
    Result<QList<User>> accountAdmins();
    // Every location's Incentives admin, by location id.
    Result<QHash<Id, User>> incentivesAdmins();
    Result<QHash<Id, User>> incentivesAdmins(const QList<Id>& locationIds);
    // Which of these locations have an Incentives admin.
    Result<QSet<Id>> locationsWithAdmin(const QList<Id>& locationIds);
    Status insertRole(const RoleAssignment& role, const QDateTime& now);
    Result<bool> deleteRole(const RoleAssignment& role);

    // The database's plans (EXPLAIN) for the searches above, one line a step.
    Result<QStringList> explainFindLocations(const DirectorySearch& search);
    Result<QStringList> explainFindUsers(const DirectorySearch& search);
    Result<QStringList> explainLocationsWithDefaultIn(const QList<Id>& bankProfileIds);
    Result<QStringList> explainRolesOf(const QList<Id>& userIds);

private:
    struct Query
    {
        QString sql;
        QVariantList values;
    };
    Query findLocationsQuery(const DirectorySearch& search) const;
    Query findUsersQuery(const DirectorySearch& search) const;
    Query locationsWithDefaultInQuery(const QList<Id>& bankProfileIds) const;
    Query rolesOfQuery(const QList<Id>& userIds) const;
    Result<QStringList> explain(const Query& q);

    Database& m_db;
};

class ProgramRepository
{
public:
    explicit ProgramRepository(Database& db) : m_db(db) {}
    Result<QList<Program>> programs();
    Result<Program> program(Id id);
    Result<Program> programByName(const QString& name); // case-insensitive
    Result<Id> insert(const Program& program);
    Status setState(Id id, ProgramState state);
    Status setFiscalYear(Id id, int fiscalYear);
    // The program guides of these programs, by id.
    Result<QHash<Id, QString>> guides(const QList<Id>& programIds);

private:
    Database& m_db;
};

class ProfileRepository
{
public:
    explicit ProfileRepository(Database& db) : m_db(db) {}

    Result<QList<BankProfile>> bankProfiles();
    // Profiles whose name contains text (case-insensitive), by name, at most limit of them.
    Result<QList<BankProfile>> findBankProfiles(const QString& text, int limit);
    Result<BankProfile> bankProfile(Id id);
    Result<BankProfile> bankProfileByName(const QString& name); // case-insensitive
    Result<Id> insertBank(const BankProfile& profile, const QDateTime& now);
    Status updateBank(const BankProfile& profile, const QDateTime& now); // optimistic
    Status setBankStatus(Id id, ProfileStatus status, const QString& reason, const QDateTime& now);
    Result<QList<Id>> locationsWithDefault(Id bankProfileId);

    // The location's first tax profile (the oldest): what an assignment without a choice uses.
    Result<std::optional<TaxProfile>> taxProfile(Id locationId);
    // Every tax profile of the location, oldest first.
    Result<QList<TaxProfile>> taxProfiles(Id locationId);
    Result<TaxProfile> taxProfileById(Id id);
    // The tax profile an enrollment's assignment uses: its own, or else its location's first.
    Result<std::optional<TaxProfile>> assignedTaxProfile(const Enrollment& e);
    Result<Id> insertTax(const TaxProfile& profile, const QDateTime& expiresAt, const QDateTime& now);
    Status updateTax(const TaxProfile& profile, const QDateTime& expiresAt,
                     const QDateTime& now); // optimistic
    Status setTaxStatus(Id id, ProfileStatus status, const QString& reason, const QDateTime& now);
    // The earliest expiry after a moment among forms that are not yet marked expired.
    Result<QDateTime> nextTaxExpiry(const QDateTime& after);
    Result<QList<TaxProfile>> taxProfilesExpiringAt(const QDateTime& at);

    // The documents attached to a tax profile, oldest first, without their content.
    Result<QList<TaxDocument>> taxDocuments(Id taxProfileId);
    // One document with its content.
    Result<TaxDocument> taxDocument(Id id);
    Result<bool> hasTaxDocument(Id taxProfileId, const QString& sha256);
    Result<Id> insertTaxDocument(const TaxDocument& document, Id addedById);

private:
    Database& m_db;
};

struct WorkspaceFilter
{
    Id viewerId = 0; // 0: every location (the viewer is an Account admin)
    QList<EnrollmentStatus> statuses;
    Id locationId = 0; // 0: any
    Id programId = 0;  // 0: any
    QString search;    // substring of program, PartnerID or location name
};

enum class WorkspaceSort
{
    Program,
    Location,
    Country,
    Status,
    FiscalYear,
    Updated
};

// How the workspace groups its rows: under each program, or under each location.
enum class WorkspaceGroup
{
    Program,
    Location
};

// One group of the grouped workspace: the program or location and how many rows it holds.
struct GroupCount
{
    Id id = 0;
    QString name;      // the program's name, or the location's
    QString partnerId; // the location's PartnerID (by location only)
    qint64 count = 0;
};

// Which page of the workspace to read. Plain offsets cost more the deeper they go; the model
// reads neighbouring pages by seeking past a row it already has (keyset paging), and pages near
// the end by reading the order backwards.
struct PageRequest
{
    int offset = 0;
    int limit = 200;
    std::optional<Enrollment> anchor; // seek from this row (then skip offset rows) instead of
                                      // counting the offset from the start
    bool forward = true;              // with anchor: rows after it (true) or before it
    bool fromEnd = false;             // offset counts from the last row backwards
};

// One message in a user's Action Center: an invitation, a validation outcome, a tax-form reminder,
// a renewal outcome or a role change (actions::Kind), mandatory or recommended.
struct InboxMessage
{
    Id id = 0;
    Id userId = 0;
    Id enrollmentId = 0;
    QString sender;
    QString subject;
    QString body;
    QDateTime receivedAt;
    QDateTime readAt;
    QString programName;                              // of the enrollment it is about
    QString partnerId;                                // of the enrollment's or the message's location
    QString kind = QStringLiteral("invitation");      // actions::kindCode
    QString priority = QStringLiteral("recommended"); // actions::priorityCode
    QDateTime dueAt;                                  // invalid: no due date
    Id locationId = 0;
    Id bankProfileId = 0;
    Id taxProfileId = 0;
    QString ref;        // non-empty: at most one message per user with this key
    QDateTime closedAt; // invalid: open
    QString closedAs;   // "", done, dismissed
    bool open() const { return !closedAt.isValid(); }
};

// What an action is about, for closing every open one about it at once.
enum class ActionLink
{
    Enrollment,
    BankProfile,
    TaxProfile
};

struct HomeMessage
{
    Id enrollmentId = 0;
    QString programName;
    QString partnerId;
    QString locationName;
    QDateTime invitedAt;
};

// Home's invitations: the newest few, and how many there are in all.
struct HomeMessages
{
    QList<HomeMessage> newest;  // the newest invitation first
    qint64 total = 0;           // every invitation Home would list, counted up to a bound
    bool moreThanTotal = false; // there are more than total: the count stopped at its bound
};

// What a page of the Action Center lists.
struct InboxQuery
{
    bool openOnly = false;      // open actions only
    bool mandatoryOnly = false; // open mandatory actions only
    int limit = 500;
    int offset = 0; // messages left out before the first, in the order
};

// How many messages a person has, open, and open and mandatory.
struct InboxCounts
{
    qint64 total = 0;
    qint64 open = 0;
    qint64 mandatory = 0;
};

struct ValidationRequest
{
    Id id = 0;
    Id enrollmentId = 0;
    QDateTime requestedAt;
    QDateTime dueAt;
    QString state;         // pending, approved, rejected, cancelled
    QString forcedOutcome; // "", approve, reject
    QString forcedReason;
};

// One page of enrollments as an export reads it: the workspace's columns only, the texts as UTF-8
// in one buffer reused from page to page, the times as seconds since the epoch (kNoTime when there
// is none), so that writing a million of them builds no string or date objects.
struct ExportedEnrollment
{
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    // Where a text lies in its page's buffer.
    struct Text
    {
        qsizetype at = 0;
        qsizetype size = 0;
    };
    Id id = 0;
    Id locationId = 0;
    Text programName;
    Text partnerId;
    Text locationName;
    Text country;
    Text detail;
    int fiscalYear = 0;
    EnrollmentStatus status = EnrollmentStatus::Inactive;
    Reason reason = Reason::None;
    qint64 validationDue = kNoTime;
    qint64 updatedAt = kNoTime;
    bool paymentHold = false;
};

struct ExportPage
{
    QList<ExportedEnrollment> rows;
    QByteArray text; // the rows' texts, UTF-8
    // A full page's last row, as page() takes it for an anchor: the next page starts after it.
    std::optional<Enrollment> last;
    QByteArrayView operator()(ExportedEnrollment::Text t) const
    {
        return QByteArrayView(text.constData() + t.at, t.size);
    }
};

class EnrollmentRepository
{
public:
    explicit EnrollmentRepository(Database& db) : m_db(db) {}

    Result<Enrollment> enrollment(Id id);
    Result<std::optional<Enrollment>> find(Id programId, Id locationId);
    // An upper bound of the number of enrollments, read from the primary key at no cost.
    Result<qint64> sizeHint();
    Result<Id> insert(const Enrollment& e);
    // Bulk loading of synthetic data: one prepared statement for all rows, inside the caller's
    // transaction. Returns the new ids in order.
    Result<QList<Id>> insertMany(const QList<Enrollment>& rows);
    Status insertInvitations(const QList<Id>& enrollmentIds, const QDateTime& now);
    Status insertValidations(const QList<ValidationRequest>& requests);
    Status update(Enrollment& e); // optimistic: version must match; bumps it
    Result<QList<Enrollment>> ofLocation(Id locationId);
    Result<QList<Enrollment>> ofProgram(Id programId);
    Result<QList<Enrollment>> usingBankProfile(Id bankProfileId);
    // The enrollments whose assignment names this tax profile, and, when it is its location's first
    // (the one an assignment without a choice uses), those of the location that name none.
    Result<QList<Enrollment>> usingTaxProfile(const TaxProfile& tax, bool isFirst);
    // Every enrollment that is not Discontinued: one batch, in id order, after a given id.
    Result<QList<Enrollment>> notDiscontinued(Id afterId, int limit);
    // Moves every enrollment that is not Discontinued and carries an earlier year into this one.
    Status carryOver(int toYear, const QDateTime& now);

    Result<qint64> count(const WorkspaceFilter& filter);
    Result<QList<Enrollment>> page(const WorkspaceFilter& filter, WorkspaceSort sort, bool ascending,
                                   int offset, int limit);
    // Rows in the filter's order, as the request says; always returned in that order.
    Result<QList<Enrollment>> page(const WorkspaceFilter& filter, WorkspaceSort sort, bool ascending,
                                   const PageRequest& request);
    // Landmarks for jumping into the middle of a long table: up to count rows, each `every` rows
    // after the one before (the first `every` rows after `after`, or at position every - 1 without
    // it). Each is one seek from the one before, so a jump lands near a landmark and seeks from it.
    Result<QList<Enrollment>> landmarks(const WorkspaceFilter& filter, WorkspaceSort sort, bool ascending,
                                        int every, int count, const std::optional<Enrollment>& after);
    // Up to limit rows in the workspace's order, those after `after` (from the first without it),
    // read forward only, their texts as UTF-8 bytes, into page (whose buffers are reused from call to
    // call). The same rows as page() with that anchor; made for exports, which read every row once.
    Status exportPage(const WorkspaceFilter& filter, WorkspaceSort sort, bool ascending,
                      const std::optional<Enrollment>& after, int limit, ExportPage& page);
    // The database's plan (EXPLAIN) for the query page() runs first for a request, one line a step.
    Result<QStringList> explainPage(const WorkspaceFilter& filter, WorkspaceSort sort, bool ascending,
                                    const PageRequest& request);

    struct StatusCount
    {
        QString partnerId;
        QString locationName;
        EnrollmentStatus status;
        qint64 count;
    };
    // Enrollments per location and status, for the Home summary.
    Result<QList<StatusCount>> statusCounts(const WorkspaceFilter& filter);
    // Enrollments per status over every location the filter allows (partnerId left empty).
    Result<QList<StatusCount>> statusTotals(const WorkspaceFilter& filter);
    // The filter's enrollments counted per program or per location, in name order: one walk of an
    // index that starts with the group's id, never a read of the rows.
    Result<QList<GroupCount>> groupCounts(const WorkspaceFilter& filter, WorkspaceGroup by);
    // The plan of groupCounts(), one line a step.
    Result<QStringList> explainGroupCounts(const WorkspaceFilter& filter, WorkspaceGroup by);

    Status insertInvitation(Id enrollmentId, const QDateTime& now); // does nothing if there is one
    // A fresh invitation for an enrollment invited again: a new email, shown on Home again.
    Status renewInvitation(Id enrollmentId, const QDateTime& now);
    Result<QDateTime> invitationCreatedAt(Id enrollmentId);
    Result<QList<Enrollment>> undeliveredInvitations(Id locationId);
    // For each location without an Incentives admin, how many invitations wait for one.
    Result<QHash<Id, int>> waitingInvitationCounts();
    Result<QHash<Id, int>> waitingInvitationCounts(const QList<Id>& locationIds);
    // Per bank profile: how many enrollments were submitted with it, and at which locations.
    Result<QHash<Id, std::pair<int, QSet<Id>>>> bankProfileUse();
    Result<QHash<Id, std::pair<int, QSet<Id>>>> bankProfileUse(const QList<Id>& bankProfileIds);
    Status markDelivered(Id enrollmentId, const QDateTime& now);
    Result<bool> dismissHome(Id enrollmentId, const QDateTime& now);
    // The newest `limit` invitations not yet opened at the user's Incentives admin locations, and
    // how many there are, counted up to countAtMost.
    Result<HomeMessages> homeMessages(Id userId, int limit, qint64 countAtMost);

    Result<Id> insertValidation(Id enrollmentId, const QDateTime& now, const QDateTime& due);
    Status cancelPendingValidations(Id enrollmentId, const QDateTime& now);
    Result<std::optional<ValidationRequest>> pendingValidation(Id enrollmentId);
    Result<QDateTime> nextValidationDue();
    Result<QList<ValidationRequest>> validationsDueBy(const QDateTime& at);
    Status resolveValidation(Id id, const QString& state, const QString& reason, const QDateTime& now);
    Status forceValidation(Id id, const QString& outcome, const QString& reason, const QDateTime& due);

    // Sends a message. No id comes back: on a shared server the sender may not read another
    // person's message, not even the one just sent.
    Status insertMessage(const InboxMessage& message);
    // Every message of the user, the newest first.
    Result<QList<InboxMessage>> messages(Id userId);
    // The first query.limit messages of the user in the Action Center's order (store/InboxSql.h):
    // open actions first, mandatory before recommended, then by due date (those with one first), then
    // newest first; closed ones after them, newest first.
    Result<QList<InboxMessage>> inbox(Id userId, const InboxQuery& query);
    Result<InboxCounts> inboxCounts(Id userId);
    // The query plans of the two (tests: every one walks ix_inbox_order).
    Result<QStringList> explainInbox(Id userId, const InboxQuery& query);
    Result<QStringList> explainInboxCounts(Id userId);
    Result<std::optional<InboxMessage>> message(Id messageId);
    // Whether the user received a message about the enrollment at or after a moment.
    Result<bool> hasMessage(Id userId, Id enrollmentId, const QDateTime& since);
    // Whether the user has a message with this key.
    Result<bool> hasMessageRef(Id userId, const QString& ref);
    Status markRead(Id messageId, const QDateTime& now);
    // Closes the open messages of these kinds about one enrollment or profile as done; with a
    // valid dueBefore only those due before it. Returns how many were closed.
    Result<int> closeActions(ActionLink link, Id id, const QStringList& kinds, const QDateTime& now,
                             const QDateTime& dueBefore = {});
    // Closes one open message as dismissed; false when it was closed already.
    Result<bool> dismissMessage(Id messageId, const QDateTime& now);
    Result<qint64> openActionCount(Id userId);

private:
    std::pair<QString, QVariantList> inboxQuery(Id userId, const InboxQuery& query) const;
    static QString inboxCountsQuery();
    // The plan of a statement: SQLite's EXPLAIN QUERY PLAN, or the server's EXPLAIN with the values
    // written in (a server prepares no EXPLAIN).
    Result<QStringList> explain(const QString& statement, const QVariantList& values);

    Database& m_db;
};

struct AuditEntry
{
    Id id = 0;
    QDateTime at;
    Id actorId = 0;
    QString actor; // email, or the simulated party's name
    QString action;
    QString partnerId;
    QString program;
    QString details;
    QString prevHash;
    QString hash;
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}
    Status append(AuditEntry entry);
    // The newest records first, at most limit of them; actorId 0: everyone's; before > 0: only
    // records older than that one (the next page). One walk down the key or ix_audit_actor.
    Result<QList<AuditEntry>> list(Id actorId, int limit, Id before = 0);
    // The database's plan (EXPLAIN) for list(), one line a step.
    Result<QStringList> explainList(Id actorId, int limit, Id before = 0);
    // The records about one enrollment (its location and program), oldest first.
    Result<QList<AuditEntry>> ofEnrollment(const QString& partnerId, const QString& program, int limit);
    // Recomputes the hash chain; returns the id of the first broken record, or 0.
    Result<Id> verify();
    Result<qint64> count();
    // The hash of the record at a position in the log (1 is the oldest); empty when there is none.
    Result<QString> hashAt(qint64 position);
    static QString hashOf(const AuditEntry& entry);

private:
    Database& m_db;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}
    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace incentives
