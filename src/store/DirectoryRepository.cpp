#include "store/Database.h"
#include "store/Repositories.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace incentives {
namespace {

Error notFound(const char* text, const QString& what = {})
{
    const QString message = QCoreApplication::translate("Directory", text);
    return makeError(ErrorKind::NotFound, what.isNull() ? message : message.arg(what));
}

// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList idValues(const QList<Id>& ids)
{
    QVariantList out;
    for (Id id : ids)
        out.append(id);
    return out;
}

// A LIKE pattern matching text anywhere, lower case, its own % and _ taken literally.
QString containsPattern(const QString& text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

DirectoryRepository::Query DirectoryRepository::findLocationsQuery(const DirectorySearch& search) const
{
    QString where =
        QStringLiteral("WHERE (lower(partner_id) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\')");
    const QString pattern = containsPattern(search.text);
    QVariantList values{pattern, pattern};
    if (search.viewerId != 0) {
        where += QStringLiteral(
            " AND id IN (SELECT location_id FROM role_assignments WHERE user_id = ? AND location_id IS NOT "
            "NULL)");
        values.append(search.viewerId);
    }
    values.append(qMax(1, search.limit));
    return {QStringLiteral("SELECT %1 FROM locations %2 ORDER BY partner_id LIMIT ?")
                .arg(QLatin1String(rows::kLocationColumns), where),
            values};
}

Result<QList<Location>> DirectoryRepository::findLocations(const DirectorySearch& search)
{
    const Query q = findLocationsQuery(search);
    return rows::all<Location>(m_db.exec(q.sql, q.values), rows::location);
}

Result<QStringList> DirectoryRepository::explain(const Query& q)
{
    auto plan = m_db.exec(m_db.dialect().explain() + q.sql, q.values);
    if (!plan)
        return plan.error();
    QStringList lines;
    while (plan->next())
        lines.append(plan->value(plan->record().count() - 1).toString());
    return lines;
}

Result<QStringList> DirectoryRepository::explainFindLocations(const DirectorySearch& search)
{
    return explain(findLocationsQuery(search));
}

Result<QStringList> DirectoryRepository::explainFindUsers(const DirectorySearch& search)
{
    return explain(findUsersQuery(search));
}

Result<QList<Location>> DirectoryRepository::locationsById(const QList<Id>& ids)
{
    if (ids.isEmpty())
        return QList<Location>();
    return rows::all<Location>(
        m_db.exec(QStringLiteral("SELECT %1 FROM locations WHERE id IN (%2) ORDER BY partner_id")
                      .arg(QLatin1String(rows::kLocationColumns), placeholders(ids.size())),
                  idValues(ids)),
        rows::location);
}

DirectoryRepository::Query
DirectoryRepository::locationsWithDefaultInQuery(const QList<Id>& bankProfileIds) const
{
    // A lookup in ix_locations_default_bank (schema version 15), not a scan of every location.
    return {
        QStringLiteral("SELECT %1 FROM locations WHERE default_bank_profile_id IN (%2) ORDER BY partner_id")
            .arg(QLatin1String(rows::kLocationColumns), placeholders(bankProfileIds.size())),
        idValues(bankProfileIds)};
}

Result<QList<Location>> DirectoryRepository::locationsWithDefaultIn(const QList<Id>& bankProfileIds)
{
    if (bankProfileIds.isEmpty())
        return QList<Location>();
    const Query q = locationsWithDefaultInQuery(bankProfileIds);
    return rows::all<Location>(m_db.exec(q.sql, q.values), rows::location);
}

Result<QStringList> DirectoryRepository::explainLocationsWithDefaultIn(const QList<Id>& bankProfileIds)
{
    return explain(locationsWithDefaultInQuery(bankProfileIds));
}

DirectoryRepository::Query DirectoryRepository::findUsersQuery(const DirectorySearch& search) const
{
    const auto holds = [](const char* role) {
        return QStringLiteral(
                   "EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = users.id AND r.role = '%1'%2)")
            .arg(QLatin1String(role),
                 // Location roles are found through the index of the rows that name a location.
                 qstrcmp(role, "account-admin") == 0 ? QString()
                                                     : QStringLiteral(" AND r.location_id IS NOT NULL"));
    };
    QString where = QStringLiteral("WHERE (lower(name) LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')");
    const QString pattern = containsPattern(search.text);
    QVariantList values{pattern, pattern};
    switch (search.users) {
    case DirectorySearch::Users::All:
        break;
    case DirectorySearch::Users::AccountAdmins:
        where += QStringLiteral(" AND ") + holds("account-admin");
        break;
    case DirectorySearch::Users::IncentivesAdmins:
        where += QStringLiteral(" AND ") + holds("incentives-admin");
        break;
    case DirectorySearch::Users::IncentivesUsers:
        where += QStringLiteral(" AND ") + holds("incentives-user");
        break;
    case DirectorySearch::Users::WithoutRole:
        where +=
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = users.id) "
                           "AND NOT EXISTS (SELECT 1 FROM presenters p WHERE p.user_id = users.id)");
        break;
    case DirectorySearch::Users::Deactivated:
        where += QStringLiteral(" AND active = 0");
        break;
    }
    if (search.viewerId != 0) {
        where += QStringLiteral(" AND (id = ? OR %1)").arg(holds("account-admin"));
        values.append(search.viewerId);
    }
    values.append(qMax(1, search.limit));
    return {QStringLiteral("SELECT %1 FROM users %2 ORDER BY name, email LIMIT ?")
                .arg(QLatin1String(rows::kUserColumns), where),
            values};
}

Result<QList<User>> DirectoryRepository::findUsers(const DirectorySearch& search)
{
    const Query q = findUsersQuery(search);
    return rows::all<User>(m_db.exec(q.sql, q.values), rows::user);
}

Result<Organization> DirectoryRepository::organization()
{
    return rows::one<Organization>(
        m_db.exec(QStringLiteral("SELECT id, name, legal_name, global_partner_id, country FROM organization "
                                 "ORDER BY id LIMIT 1")),
        rows::organization,
        notFound(QT_TRANSLATE_NOOP("Directory", "This database has no organization yet.")));
}

Result<qint64> DirectoryRepository::locationCount()
{
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM locations"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<Id> DirectoryRepository::insertOrganization(const Organization& o)
{
    return rows::insertId(
        m_db,
        QStringLiteral(
            "INSERT INTO organization(name, legal_name, global_partner_id, country) VALUES (?, ?, ?, ?)"),
        {o.name, o.legalName, o.globalPartnerId, o.country});
}

Result<QList<Location>> DirectoryRepository::locations()
{
    return rows::all<Location>(
        m_db.exec(rows::select(rows::kLocationColumns, "FROM locations ORDER BY partner_id")),
        rows::location);
}

Result<QHash<Id, QString>> DirectoryRepository::partnerIdsById()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, partner_id FROM locations"));
    if (!q)
        return q.error();
    QHash<Id, QString> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

Result<Location> DirectoryRepository::location(Id id)
{
    return rows::one<Location>(
        m_db.exec(rows::select(rows::kLocationColumns, "FROM locations WHERE id = ?"), {id}), rows::location,
        notFound(QT_TRANSLATE_NOOP("Directory", "No such location.")));
}

Result<Location> DirectoryRepository::locationByPartnerId(const QString& partnerId)
{
    // On a shared server a location the login may not see is hidden from it: that is the same
    // refusal the services give, not a location that does not exist.
    const QString hidden = m_db.dialect().locationHidden();
    if (!hidden.isEmpty() && m_db.isPersonLogin()) {
        auto h = m_db.scalar(hidden, {partnerId.trimmed(), partnerId.trimmed()});
        if (!h)
            return h.error();
        if (h->toBool())
            return makeError(
                ErrorKind::Denied,
                QCoreApplication::translate(
                    "Authorization", "You have no role for this location. Ask an Account admin for access."));
    }
    return rows::one<Location>(
        m_db.exec(rows::select(rows::kLocationColumns, "FROM locations WHERE partner_id = ?"),
                  {partnerId.trimmed()}),
        rows::location,
        notFound(QT_TRANSLATE_NOOP("Directory", "No location has the PartnerID %1."),
                 partnerId.trimmed().left(20)));
}

Result<Id> DirectoryRepository::insertLocation(const Location& l)
{
    const auto& a = l.attributes;
    // A location whose legal entity is the organization itself carries the organization's name.
    QString legalName = l.legalName.trimmed();
    if (legalName.isEmpty()) {
        auto org = organization();
        legalName = org ? org->legalName : l.name;
    }
    return rows::insertId(
        m_db,
        QStringLiteral("INSERT INTO locations(partner_id, name, country, city, address, agreement_active, "
                       "solutions_partner, csp_indirect, csp_direct, trailing_revenue, customer_adds, "
                       "default_bank_profile_id, legal_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {l.partnerId, l.name, l.country, l.city, l.address, int(a.agreementActive), int(a.solutionsPartner),
         int(a.cspIndirectReseller), int(a.cspDirectBill), a.trailingRevenueUsd, a.customerAdds,
         rows::idOrNull(l.defaultBankProfileId), legalName});
}

Status DirectoryRepository::updateLocationAttributes(const Location& l)
{
    const auto& a = l.attributes;
    auto q =
        m_db.exec(QStringLiteral("UPDATE locations SET agreement_active = ?, solutions_partner = ?, "
                                 "csp_indirect = ?, csp_direct = ?, trailing_revenue = ?, customer_adds = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"),
                  {int(a.agreementActive), int(a.solutionsPartner), int(a.cspIndirectReseller),
                   int(a.cspDirectBill), a.trailingRevenueUsd, a.customerAdds, l.id, l.version});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1 ? Status() : Status(rows::stale());
}

Status DirectoryRepository::updateLocation(const Location& l)
{
    const auto& a = l.attributes;
    auto q = m_db.exec(
        QStringLiteral("UPDATE locations SET name = ?, legal_name = ?, country = ?, city = ?, address = ?, "
                       "agreement_active = ?, solutions_partner = ?, csp_indirect = ?, csp_direct = ?, "
                       "trailing_revenue = ?, customer_adds = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {l.name, l.legalName, l.country, l.city, l.address, int(a.agreementActive), int(a.solutionsPartner),
         int(a.cspIndirectReseller), int(a.cspDirectBill), a.trailingRevenueUsd, a.customerAdds, l.id,
         l.version});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1 ? Status() : Status(rows::stale());
}

Status DirectoryRepository::setDefaultBank(Id locationId, Id bankProfileId)
{
    return m_db.run(QStringLiteral("UPDATE locations SET default_bank_profile_id = ?, version = version + 1 "
                                   "WHERE id = ?"),
                    {rows::idOrNull(bankProfileId), locationId});
}

Result<QList<User>> DirectoryRepository::users()
{
    return rows::all<User>(
        m_db.exec(rows::select(rows::kUserColumns, m_db.dialect().readable(QStringLiteral("users")),
                               "ORDER BY name, email")),
        rows::user);
}

Result<User> DirectoryRepository::user(Id id)
{
    return rows::one<User>(
        m_db.exec(rows::select(rows::kUserColumns, m_db.dialect().readable(QStringLiteral("users")),
                               "WHERE id = ?"),
                  {id}),
        rows::user, notFound(QT_TRANSLATE_NOOP("Directory", "No such user.")));
}

Result<User> DirectoryRepository::userByEmail(const QString& email)
{
    return rows::one<User>(
        m_db.exec(rows::select(rows::kUserColumns, m_db.dialect().readable(QStringLiteral("users")),
                               "WHERE email = ?"),
                  {email.trimmed().toLower()}),
        rows::user,
        notFound(QT_TRANSLATE_NOOP("Directory", "No user has the email address %1."),
                 email.trimmed().left(100)));
}

Result<Id> DirectoryRepository::insertUser(const User& u, const QDateTime& now)
{
    return rows::insertId(
        m_db,
        QStringLiteral("INSERT INTO users(email, name, password_hash, must_change_password, "
                       "active, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {u.email.toLower(), u.name,
         u.passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : u.passwordHash,
         int(u.mustChangePassword), int(u.active), rows::epoch(now)});
}

Status DirectoryRepository::setLoginPassword(Id userId, const QString& password)
{
    const QString statement = m_db.dialect().setLoginPassword();
    if (statement.isEmpty() || password.isEmpty())
        return {};
    return m_db.run(statement, {userId, password});
}

Status DirectoryRepository::setPassword(Id userId, const QString& hash, bool mustChange)
{
    return m_db.run(
        QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, version = version + 1 "
                       "WHERE id = ?"),
        {hash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hash), int(mustChange),
         userId});
}

Status DirectoryRepository::setActive(Id userId, bool active)
{
    return m_db.run(QStringLiteral("UPDATE users SET active = ?, version = version + 1 WHERE id = ?"),
                    {int(active), userId});
}

Result<std::pair<int, qint64>> DirectoryRepository::signInFailures(const QString& email)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT failures, throttled_until FROM sign_in_failures WHERE email = ?"),
                  {email.trimmed().toLower().left(320)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::pair<int, qint64>(0, 0);
    return std::pair<int, qint64>(q->value(0).toInt(), q->value(1).toLongLong());
}

Status DirectoryRepository::setSignInFailures(const QString& email, int failures, qint64 throttledUntil)
{
    const QString key = email.trimmed().toLower().left(320);
    if (auto s = m_db.run(QStringLiteral("DELETE FROM sign_in_failures WHERE email = ?"), {key}); !s)
        return s;
    if (failures <= 0)
        return {};
    return m_db.run(
        QStringLiteral("INSERT INTO sign_in_failures(email, failures, throttled_until) VALUES (?, ?, ?)"),
        {key, failures, throttledUntil});
}

namespace {
RoleAssignment readRole(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), roleFromCode(q.value(1).toString()).value_or(Role::IncentivesUser),
            rows::id(q.value(2))};
}
} // namespace

Result<QList<RoleAssignment>> DirectoryRepository::roles()
{
    return rows::all<RoleAssignment>(
        m_db.exec(QStringLiteral(
            "SELECT user_id, role, location_id FROM role_assignments UNION ALL SELECT user_id, "
            "'presenter', NULL FROM presenters ORDER BY 1, 2, 3")),
        readRole);
}

Status DirectoryRepository::forEachActiveUser(
    const std::function<void(const QString&, const QString&, const QList<std::pair<Role, QString>>&)>& each)
{
    // The Presenters are few; the users are walked in id order, each one's roles looked up by
    // user and sorted among themselves only.
    auto presenterRows = m_db.exec(QStringLiteral("SELECT user_id FROM presenters"));
    if (!presenterRows)
        return presenterRows.error();
    QSet<Id> presenters;
    while (presenterRows->next())
        presenters.insert(presenterRows->value(0).toLongLong());
    auto q =
        m_db.exec(QStringLiteral("SELECT u.id, u.name, u.email, r.role, l.partner_id FROM %1 u LEFT JOIN "
                                 "role_assignments r ON r.user_id = u.id LEFT JOIN locations l ON l.id = "
                                 "r.location_id WHERE u.active = 1 ORDER BY u.id, r.role, r.location_id")
                      .arg(m_db.dialect().readable(QStringLiteral("users"))));
    if (!q)
        return q.error();
    Id current = 0;
    QString name;
    QString email;
    QList<std::pair<Role, QString>> roles;
    const auto done = [&] {
        if (current == 0)
            return;
        if (presenters.contains(current)) // 'presenter' sorts after every other role's code
            roles.append({Role::Presenter, QString()});
        each(name, email, roles);
    };
    while (q->next()) {
        const Id id = q->value(0).toLongLong();
        if (id != current) {
            done();
            current = id;
            name = q->value(1).toString();
            email = q->value(2).toString();
            roles.clear();
        }
        if (!q->value(3).isNull())
            roles.append({roleFromCode(q->value(3).toString()).value_or(Role::IncentivesUser),
                          q->value(4).toString()});
    }
    done();
    return {};
}

Result<QList<RoleAssignment>> DirectoryRepository::rolesOf(Id userId)
{
    return rolesOf(QList<Id>{userId});
}

DirectoryRepository::Query DirectoryRepository::rolesOfQuery(const QList<Id>& userIds) const
{
    // Lookups in ix_roles_user (schema version 15) and the presenters' key: every sign-in and
    // every check of a person's grants reads their roles, never every role of the organization.
    const QString in = placeholders(userIds.size());
    return {QStringLiteral("SELECT user_id, role, location_id FROM role_assignments WHERE user_id IN (%1) "
                           "UNION ALL SELECT user_id, 'presenter', NULL FROM presenters WHERE user_id IN "
                           "(%1) ORDER BY 1, 2, 3")
                .arg(in),
            idValues(userIds) + idValues(userIds)};
}

Result<QList<RoleAssignment>> DirectoryRepository::rolesOf(const QList<Id>& userIds)
{
    if (userIds.isEmpty())
        return QList<RoleAssignment>();
    const Query q = rolesOfQuery(userIds);
    return rows::all<RoleAssignment>(m_db.exec(q.sql, q.values), readRole);
}

Result<QStringList> DirectoryRepository::explainRolesOf(const QList<Id>& userIds)
{
    return explain(rolesOfQuery(userIds));
}

Result<Grants> DirectoryRepository::grants(Id userId)
{
    auto u = user(userId);
    if (!u)
        return u.error();
    auto roles = rolesOf(userId);
    if (!roles)
        return roles.error();
    Grants g;
    g.userId = userId;
    g.active = u->active;
    for (const RoleAssignment& r : *roles) {
        switch (r.role) {
        case Role::AccountAdmin:
            g.accountAdmin = true;
            break;
        case Role::IncentivesAdmin:
            g.adminOf.insert(r.locationId);
            break;
        case Role::IncentivesUser:
            g.userOf.insert(r.locationId);
            break;
        case Role::Presenter:
            g.presenter = true;
            break;
        }
    }
    return g;
}

Result<std::optional<User>> DirectoryRepository::incentivesAdminOf(Id locationId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT u.id, u.email, u.name, u.active, u.must_change_password, "
                                 "u.password_hash, u.version FROM role_assignments r JOIN %1 u ON "
                                 "u.id = r.user_id WHERE r.location_id = ? AND r.role = 'incentives-admin'")
                      .arg(m_db.dialect().readable(QStringLiteral("users"))),
                  {locationId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(rows::user(*q));
}

Result<QList<User>> DirectoryRepository::accountAdmins()
{
    return rows::all<User>(m_db.exec(QStringLiteral("SELECT u.id, u.email, u.name, u.active, "
                                                    "u.must_change_password, u.password_hash, u.version FROM "
                                                    "role_assignments r JOIN %1 u ON u.id = r.user_id WHERE "
                                                    "r.role = 'account-admin' ORDER BY u.name")
                                         .arg(m_db.dialect().readable(QStringLiteral("users")))),
                           rows::user);
}

Result<QHash<Id, User>> DirectoryRepository::incentivesAdmins()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT r.location_id, u.id, u.email, u.name, u.active, u.must_change_password, "
                       "'', u.version FROM role_assignments r JOIN users u ON u.id = r.user_id WHERE "
                       "r.role = 'incentives-admin'"));
    if (!q)
        return q.error();
    QHash<Id, User> out;
    while (q->next()) {
        User u;
        u.id = q->value(1).toLongLong();
        u.email = q->value(2).toString();
        u.name = q->value(3).toString();
        u.active = q->value(4).toBool();
        u.mustChangePassword = q->value(5).toBool();
        u.version = q->value(7).toInt();
        out.insert(q->value(0).toLongLong(), u);
    }
    return out;
}

Result<QHash<Id, User>> DirectoryRepository::incentivesAdmins(const QList<Id>& locationIds)
{
    QHash<Id, User> out;
    if (locationIds.isEmpty())
        return out;
    auto q = m_db.exec(
        QStringLiteral("SELECT r.location_id, u.id, u.email, u.name, u.active, u.must_change_password, "
                       "u.version FROM role_assignments r JOIN users u ON u.id = r.user_id WHERE "
                       "r.role = 'incentives-admin' AND r.location_id IN (%1)")
            .arg(placeholders(locationIds.size())),
        idValues(locationIds));
    if (!q)
        return q.error();
    while (q->next()) {
        User u;
        u.id = q->value(1).toLongLong();
        u.email = q->value(2).toString();
        u.name = q->value(3).toString();
        u.active = q->value(4).toBool();
        u.mustChangePassword = q->value(5).toBool();
        u.version = q->value(6).toInt();
        out.insert(q->value(0).toLongLong(), u);
    }
    return out;
}

Result<QSet<Id>> DirectoryRepository::locationsWithAdmin(const QList<Id>& locationIds)
{
    QSet<Id> out;
    if (locationIds.isEmpty())
        return out;
    // Each location once, all in one bound value.
    QList<qint64> ids(locationIds.cbegin(), locationIds.cend());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto q =
        m_db.exec(QStringLiteral("SELECT location_id FROM role_assignments WHERE role = 'incentives-admin' "
                                 "AND location_id IN (%1)")
                      .arg(m_db.dialect().idSet()),
                  {m_db.dialect().idSetValue(ids)});
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toLongLong());
    return out;
}

Status DirectoryRepository::insertRole(const RoleAssignment& r, const QDateTime& now)
{
    if (r.role == Role::Presenter)
        return m_db.run(QStringLiteral("INSERT INTO presenters(user_id, assigned_at) VALUES (?, ?)"),
                        {r.userId, rows::epoch(now)});
    return m_db.run(QStringLiteral("INSERT INTO role_assignments(user_id, role, location_id, assigned_at) "
                                   "VALUES (?, ?, ?, ?)"),
                    {r.userId, roleCode(r.role), rows::idOrNull(r.locationId), rows::epoch(now)});
}

Result<bool> DirectoryRepository::deleteRole(const RoleAssignment& r)
{
    auto q = r.role == Role::Presenter
                 ? m_db.exec(QStringLiteral("DELETE FROM presenters WHERE user_id = ?"), {r.userId})
             : r.locationId > 0
                 ? m_db.exec(QStringLiteral("DELETE FROM role_assignments WHERE user_id = ? AND role = ? AND "
                                            "location_id = ?"),
                             {r.userId, roleCode(r.role), r.locationId})
                 : m_db.exec(QStringLiteral("DELETE FROM role_assignments WHERE user_id = ? AND role = ? AND "
                                            "location_id IS NULL"),
                             {r.userId, roleCode(r.role)});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

} // namespace incentives
