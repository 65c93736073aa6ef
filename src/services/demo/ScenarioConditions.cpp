#include "services/demo/ScenarioConditions.h"

#include "core/Actions.h"
#include "core/EnrollmentRules.h"
#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "core/Validators.h"
#include "services/demo/DemoSeed.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace incentives::scenarios::conditions {
namespace {

// The translation context of the file's messages: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};

QString quoted(const QStringList& names)
{
    QStringList list;
    for (const QString& n : names)
        list.append(n);
    return list.join(QStringLiteral(", "));
}

QStringList statusCodes()
{
    QStringList codes;
    for (EnrollmentStatus s : allStatuses())
        codes.append(statusCode(s));
    return codes;
}

QStringList roleCodes()
{
    QStringList codes;
    for (Role r : allRoles())
        codes.append(roleCode(r));
    return codes;
}

QStringList reasonCodes()
{
    QStringList codes;
    for (int i = int(Reason::AwaitingSubmission); i <= int(Reason::ProgramDiscontinued); ++i)
        codes.append(reasonCode(Reason(i)));
    return codes;
}

QStringList messageKinds()
{
    QStringList codes;
    for (int i = int(actions::Kind::Invitation); i <= int(actions::Kind::RoleChanged); ++i)
        codes.append(actions::kindCode(actions::Kind(i)));
    return codes;
}

QStringList profileStatusCodes()
{
    return {profileStatusCode(ProfileStatus::PendingValidation), profileStatusCode(ProfileStatus::Approved),
            profileStatusCode(ProfileStatus::ActionRequired)};
}

// Checks the members of one condition's object against what its kind allows.
class Members
{
public:
    Members(const QJsonObject& object, const QString& pointer, const Report& report)
        : m_object(object), m_pointer(pointer), m_report(report)
    {}

    void allow(const QStringList& keys)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!keys.contains(it.key()))
                m_report(at(it.key()), Tr::tr("unknown key '%1' (known: %2)").arg(it.key(), quoted(keys)));
    }
    QString at(const QString& key) const { return m_pointer + QLatin1Char('/') + key; }
    bool has(const QString& key) const { return m_object.contains(key); }
    void require(const QString& key)
    {
        if (!has(key))
            m_report(m_pointer, Tr::tr("'%1' is missing").arg(key));
    }
    // A text member; with choices, one of them.
    void text(const QString& key, const QStringList& choices = {}, const char* unknown = nullptr)
    {
        if (!has(key))
            return;
        const QJsonValue v = m_object.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            m_report(at(key), Tr::tr("'%1' must be text").arg(key));
            return;
        }
        if (!choices.isEmpty() && !choices.contains(v.toString()))
            m_report(at(key),
                     QCoreApplication::translate("ScenarioFile", unknown).arg(v.toString(), quoted(choices)));
    }
    void partnerId(const QString& key)
    {
        text(key);
        const QJsonValue v = m_object.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty() && !validators::partnerId(v.toString()).valid())
            m_report(at(key), Tr::tr("'%1' is not a PartnerID (7 digits)").arg(v.toString()));
    }
    void email(const QString& key)
    {
        text(key);
        const QJsonValue v = m_object.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty() && !validators::email(v.toString()).valid())
            m_report(at(key), Tr::tr("'%1' is not an email address").arg(v.toString()));
    }
    void boolean(const QString& key)
    {
        if (has(key) && !m_object.value(key).isBool())
            m_report(at(key), Tr::tr("'%1' must be true or false").arg(key));
    }
    void wholeNumber(const QString& key)
    {
        if (!has(key))
            return;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0 ||
            v.toDouble() > 100000)
            m_report(at(key), Tr::tr("'%1' must be a whole number").arg(key));
    }

private:
    const QJsonObject& m_object;
    QString m_pointer;
    const Report& m_report;
};

void validateStatus(const QJsonObject& o, const QString& pointer, const Report& report)
{
    Members m(o, pointer, report);
    m.allow({QStringLiteral("program"), QStringLiteral("location"), QStringLiteral("in"),
             QStringLiteral("reason"), QStringLiteral("fiscalYearAtLeast")});
    m.require(QStringLiteral("program"));
    m.require(QStringLiteral("location"));
    m.text(QStringLiteral("program"));
    m.partnerId(QStringLiteral("location"));
    m.text(QStringLiteral("reason"), reasonCodes(),
           QT_TRANSLATE_NOOP("ScenarioFile", "unknown reason '%1' (known: %2)"));
    m.wholeNumber(QStringLiteral("fiscalYearAtLeast"));
    if (!o.contains(QStringLiteral("in")))
        return;
    const QJsonValue in = o.value(QStringLiteral("in"));
    if (!in.isArray() || in.toArray().isEmpty()) {
        report(m.at(QStringLiteral("in")), Tr::tr("'in' must be a list of at least one status"));
        return;
    }
    const QStringList known = statusCodes();
    const QJsonArray list = in.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = m.at(QStringLiteral("in")) + QLatin1Char('/') + QString::number(i);
        if (!list.at(i).isString())
            report(where, Tr::tr("a status must be text"));
        else if (!known.contains(list.at(i).toString()))
            report(where,
                   Tr::tr("unknown status '%1' (known: %2)").arg(list.at(i).toString(), quoted(known)));
    }
}

void validateMessage(const QJsonObject& o, const QString& pointer, const Report& report)
{
    Members m(o, pointer, report);
    m.allow({QStringLiteral("user"), QStringLiteral("adminOf"), QStringLiteral("program"),
             QStringLiteral("location"), QStringLiteral("kind"), QStringLiteral("read")});
    if (m.has(QStringLiteral("user")) == m.has(QStringLiteral("adminOf")))
        report(pointer, Tr::tr("give exactly one of 'user' and 'adminOf'"));
    if (m.has(QStringLiteral("program")) != m.has(QStringLiteral("location")))
        report(pointer, Tr::tr("give both 'program' and 'location', or neither"));
    m.email(QStringLiteral("user"));
    m.partnerId(QStringLiteral("adminOf"));
    m.text(QStringLiteral("program"));
    m.partnerId(QStringLiteral("location"));
    m.text(QStringLiteral("kind"), messageKinds(),
           QT_TRANSLATE_NOOP("ScenarioFile", "unknown message kind '%1' (known: %2)"));
    m.boolean(QStringLiteral("read"));
}

void validateRole(const QJsonObject& o, const QString& pointer, const Report& report)
{
    Members m(o, pointer, report);
    m.allow({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("location")});
    m.require(QStringLiteral("role"));
    m.email(QStringLiteral("user"));
    m.text(QStringLiteral("role"), roleCodes(),
           QT_TRANSLATE_NOOP("ScenarioFile", "unknown role '%1' (known: %2)"));
    m.partnerId(QStringLiteral("location"));
    const auto role = roleFromCode(o.value(QStringLiteral("role")).toString());
    if (role && isOrganizationWide(*role) && m.has(QStringLiteral("location")))
        report(
            m.at(QStringLiteral("location")),
            Tr::tr("the role %1 covers the whole organization: it takes no location").arg(roleCode(*role)));
}

void validateProfile(const QJsonObject& o, const QString& pointer, const Report& report)
{
    Members m(o, pointer, report);
    m.allow({QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("location"),
             QStringLiteral("status"), QStringLiteral("holderMatches")});
    m.require(QStringLiteral("kind"));
    m.text(QStringLiteral("kind"), {QStringLiteral("bank"), QStringLiteral("tax")},
           QT_TRANSLATE_NOOP("ScenarioFile", "unknown profile kind '%1' (known: %2)"));
    m.text(QStringLiteral("name"));
    m.partnerId(QStringLiteral("location"));
    m.partnerId(QStringLiteral("holderMatches"));
    m.text(QStringLiteral("status"), profileStatusCodes(),
           QT_TRANSLATE_NOOP("ScenarioFile", "unknown profile status '%1' (known: %2)"));
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("bank") && !m.has(QStringLiteral("name")) && !m.has(QStringLiteral("location")))
        report(pointer, Tr::tr("a bank profile condition needs 'name' or 'location'"));
    if (kind == QLatin1String("tax")) {
        m.require(QStringLiteral("location"));
        for (const QString& key : {QStringLiteral("name"), QStringLiteral("holderMatches")})
            if (m.has(key))
                report(m.at(key), Tr::tr("'%1' applies to bank profiles only").arg(key));
    }
}

void validateAssignment(const QJsonObject& o, const QString& pointer, const Report& report)
{
    Members m(o, pointer, report);
    m.allow({QStringLiteral("program"), QStringLiteral("location"), QStringLiteral("onHold"),
             QStringLiteral("currency"), QStringLiteral("bank")});
    m.require(QStringLiteral("program"));
    m.require(QStringLiteral("location"));
    m.text(QStringLiteral("program"));
    m.partnerId(QStringLiteral("location"));
    m.boolean(QStringLiteral("onHold"));
    m.text(QStringLiteral("currency"));
    m.text(QStringLiteral("bank"));
    const QJsonValue currency = o.value(QStringLiteral("currency"));
    if (currency.isString() && !validators::currencyCode(currency.toString()).valid())
        report(m.at(QStringLiteral("currency")),
               Tr::tr("'%1' is not a currency code (three letters)").arg(currency.toString()));
}

void validateClock(const QJsonValue& v, const QString& pointer, const Report& report)
{
    if (v.isString()) {
        if (!timetext::parseDateTime(v.toString()))
            report(pointer,
                   Tr::tr("'%1' is not a date and time (e.g. 2026-07-01T00:00:00Z)").arg(v.toString()));
        return;
    }
    const QJsonObject o = v.toObject();
    if (!v.isObject() || o.size() != 1 || !o.value(QStringLiteral("sinceStart")).isString()) {
        report(pointer,
               Tr::tr("clockPast takes a date and time, or {\"sinceStart\": a duration such as \"48h\"}"));
        return;
    }
    const QString d = o.value(QStringLiteral("sinceStart")).toString();
    if (!timetext::parseDuration(d))
        report(pointer + QStringLiteral("/sinceStart"),
               Tr::tr("'%1' is not a duration (e.g. 48h, 2d, 1w)").arg(d));
}

// Every condition that names an enrollment names it the same way.
std::optional<Enrollment> enrollment(AppContext& ctx, const QString& program, const QString& partnerId)
{
    auto p = ctx.programs().programByName(program);
    auto l = ctx.directory().locationByPartnerId(partnerId);
    if (!p || !l)
        return std::nullopt;
    auto e = ctx.enrollments().find(p->id, l->id);
    return e ? *e : std::nullopt;
}

bool statusHolds(AppContext& ctx, const QJsonObject& o)
{
    const auto e = enrollment(ctx, o.value(QStringLiteral("program")).toString(),
                              o.value(QStringLiteral("location")).toString());
    if (!e)
        return false;
    if (o.contains(QStringLiteral("in"))) {
        bool listed = false;
        for (const QJsonValue& s : o.value(QStringLiteral("in")).toArray())
            listed = listed || statusFromCode(s.toString()) == e->status;
        if (!listed)
            return false;
    }
    if (o.contains(QStringLiteral("reason")) &&
        e->reason != reasonFromCode(o.value(QStringLiteral("reason")).toString()))
        return false;
    return !o.contains(QStringLiteral("fiscalYearAtLeast")) ||
           e->fiscalYear >= o.value(QStringLiteral("fiscalYearAtLeast")).toInt();
}

// Whether the recipient has a matching message (wanted true), or has none (wanted false). Either
// answer needs the recipient, and the enrollment when one is named, to exist.
bool messageHolds(AppContext& ctx, const QJsonObject& o, bool wanted)
{
    std::optional<User> recipient;
    if (o.contains(QStringLiteral("user"))) {
        auto u = ctx.directory().userByEmail(o.value(QStringLiteral("user")).toString());
        if (u)
            recipient = *u;
    } else {
        auto l = ctx.directory().locationByPartnerId(o.value(QStringLiteral("adminOf")).toString());
        if (!l || !ctx.enrollments().undeliveredInvitations(l->id))
            return false;
        auto admin = ctx.directory().incentivesAdminOf(l->id);
        if (admin && admin->has_value())
            recipient = **admin;
    }
    if (!recipient)
        return false;
    std::optional<Enrollment> about;
    if (o.contains(QStringLiteral("program"))) {
        about = enrollment(ctx, o.value(QStringLiteral("program")).toString(),
                           o.value(QStringLiteral("location")).toString());
        if (!about)
            return false;
    }
    auto messages = ctx.enrollments().messages(recipient->id);
    if (!messages)
        return false;
    const bool found = std::any_of(messages->begin(), messages->end(), [&](const InboxMessage& m) {
        if (about && m.enrollmentId != about->id)
            return false;
        if (o.contains(QStringLiteral("kind")) && m.kind != o.value(QStringLiteral("kind")).toString())
            return false;
        return !o.contains(QStringLiteral("read")) ||
               m.readAt.isValid() == o.value(QStringLiteral("read")).toBool();
    });
    return found == wanted;
}

bool roleHolds(AppContext& ctx, const QJsonObject& o)
{
    const auto role = roleFromCode(o.value(QStringLiteral("role")).toString());
    if (!role)
        return false;
    std::optional<Id> location;
    if (o.contains(QStringLiteral("location"))) {
        auto l = ctx.directory().locationByPartnerId(o.value(QStringLiteral("location")).toString());
        if (!l)
            return false;
        location = l->id;
    }
    Result<QList<RoleAssignment>> roles = QList<RoleAssignment>();
    if (o.contains(QStringLiteral("user"))) {
        auto u = ctx.directory().userByEmail(o.value(QStringLiteral("user")).toString());
        if (!u)
            return false;
        roles = ctx.directory().rolesOf(u->id);
    } else {
        roles = ctx.directory().roles();
    }
    return roles && std::any_of(roles->begin(), roles->end(), [&](const RoleAssignment& r) {
               return r.role == *role && (!location || r.locationId == *location);
           });
}

bool profileHolds(AppContext& ctx, const QJsonObject& o)
{
    std::optional<Location> location;
    if (o.contains(QStringLiteral("location"))) {
        auto l = ctx.directory().locationByPartnerId(o.value(QStringLiteral("location")).toString());
        if (!l)
            return false;
        location = *l;
    }
    const auto status = o.contains(QStringLiteral("status"))
                            ? profileStatusFromCode(o.value(QStringLiteral("status")).toString())
                            : std::nullopt;
    if (o.value(QStringLiteral("kind")).toString() == QLatin1String("tax")) {
        if (!location)
            return false;
        auto tax = ctx.profiles().taxProfile(location->id);
        return tax && tax->has_value() && (!status || (*tax)->status == *status);
    }
    std::optional<Location> holderOf;
    if (o.contains(QStringLiteral("holderMatches"))) {
        auto l = ctx.directory().locationByPartnerId(o.value(QStringLiteral("holderMatches")).toString());
        if (!l)
            return false;
        holderOf = *l;
    }
    QList<BankProfile> candidates;
    if (o.contains(QStringLiteral("name"))) {
        auto p = ctx.profiles().bankProfileByName(o.value(QStringLiteral("name")).toString());
        if (!p)
            return false;
        candidates.append(*p);
    } else {
        auto all = ctx.profiles().bankProfiles();
        if (!all)
            return false;
        candidates = *all;
    }
    return std::any_of(candidates.begin(), candidates.end(), [&](const BankProfile& p) {
        return (!location || p.ownerLocationId == location->id) && (!status || p.status == *status) &&
               (!holderOf || rules::holderMatches(p.holderName, holderOf->legalName));
    });
}

// What an enrollment is paid with, as the Payout and tax profile assignment page shows it.
bool assignmentHolds(AppContext& ctx, const QJsonObject& o)
{
    const auto e = enrollment(ctx, o.value(QStringLiteral("program")).toString(),
                              o.value(QStringLiteral("location")).toString());
    if (!e)
        return false;
    if (o.contains(QStringLiteral("onHold")) && e->paymentHold != o.value(QStringLiteral("onHold")).toBool())
        return false;
    if (o.contains(QStringLiteral("currency")) &&
        e->currency.compare(o.value(QStringLiteral("currency")).toString(), Qt::CaseInsensitive) != 0)
        return false;
    if (o.contains(QStringLiteral("bank"))) {
        auto bank = ctx.profiles().bankProfileByName(o.value(QStringLiteral("bank")).toString());
        if (!bank || e->bankProfileId != bank->id)
            return false;
    }
    return true;
}

bool clockHolds(AppContext& ctx, const QJsonValue& v)
{
    const QDateTime now = ctx.clock().now();
    if (v.isString()) {
        auto at = timetext::parseDateTime(v.toString());
        return at && now >= *at;
    }
    auto seconds = timetext::parseDuration(v.toObject().value(QStringLiteral("sinceStart")).toString());
    return seconds && now >= seed::demoStart().addSecs(*seconds);
}

} // namespace

QStringList kinds()
{
    return {QStringLiteral("all"),        QStringLiteral("any"),       QStringLiteral("not"),
            QStringLiteral("status"),     QStringLiteral("message"),   QStringLiteral("noMessage"),
            QStringLiteral("role"),       QStringLiteral("profile"),   QStringLiteral("clockPast"),
            QStringLiteral("fiscalYear"), QStringLiteral("assignment")};
}

void validate(const QJsonValue& condition, const QString& pointer, const Report& report)
{
    const QJsonObject o = condition.toObject();
    if (!condition.isObject() || o.size() != 1) {
        report(pointer, Tr::tr("a condition is an object with one key, its kind (%1)").arg(quoted(kinds())));
        return;
    }
    const QString kind = o.begin().key();
    const QJsonValue body = o.begin().value();
    const QString at = pointer + QLatin1Char('/') + kind;
    if (!kinds().contains(kind)) {
        report(at, Tr::tr("unknown condition kind '%1' (known: %2)").arg(kind, quoted(kinds())));
        return;
    }
    if (kind == QLatin1String("all") || kind == QLatin1String("any")) {
        const QJsonArray list = body.toArray();
        if (!body.isArray() || list.isEmpty()) {
            report(at, Tr::tr("'%1' takes a list of at least one condition").arg(kind));
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i)
            validate(list.at(i), at + QLatin1Char('/') + QString::number(i), report);
        return;
    }
    if (kind == QLatin1String("not"))
        return validate(body, at, report);
    if (kind == QLatin1String("clockPast"))
        return validateClock(body, at, report);
    if (!body.isObject()) {
        report(at, Tr::tr("'%1' takes an object").arg(kind));
        return;
    }
    const QJsonObject fields = body.toObject();
    if (kind == QLatin1String("status"))
        validateStatus(fields, at, report);
    else if (kind == QLatin1String("message") || kind == QLatin1String("noMessage"))
        validateMessage(fields, at, report);
    else if (kind == QLatin1String("role"))
        validateRole(fields, at, report);
    else if (kind == QLatin1String("profile"))
        validateProfile(fields, at, report);
    else if (kind == QLatin1String("assignment"))
        validateAssignment(fields, at, report);
    else if (kind == QLatin1String("fiscalYear")) {
        Members m(fields, at, report);
        m.allow({QStringLiteral("atLeast")});
        m.require(QStringLiteral("atLeast"));
        m.wholeNumber(QStringLiteral("atLeast"));
    }
}

bool holds(AppContext& ctx, const QJsonValue& condition)
{
    const QJsonObject o = condition.toObject();
    if (o.size() != 1)
        return false;
    const QString kind = o.begin().key();
    const QJsonValue body = o.begin().value();
    if (kind == QLatin1String("all") || kind == QLatin1String("any")) {
        const QJsonArray list = body.toArray();
        const auto check = [&ctx](const QJsonValue& c) { return holds(ctx, c); };
        return kind == QLatin1String("all") ? std::all_of(list.begin(), list.end(), check)
                                            : std::any_of(list.begin(), list.end(), check);
    }
    if (kind == QLatin1String("not"))
        return !holds(ctx, body);
    if (kind == QLatin1String("status"))
        return statusHolds(ctx, body.toObject());
    if (kind == QLatin1String("message") || kind == QLatin1String("noMessage"))
        return messageHolds(ctx, body.toObject(), kind == QLatin1String("message"));
    if (kind == QLatin1String("role"))
        return roleHolds(ctx, body.toObject());
    if (kind == QLatin1String("profile"))
        return profileHolds(ctx, body.toObject());
    if (kind == QLatin1String("assignment"))
        return assignmentHolds(ctx, body.toObject());
    if (kind == QLatin1String("clockPast"))
        return clockHolds(ctx, body);
    if (kind == QLatin1String("fiscalYear"))
        return fiscal::yearOf(ctx.clock().now()) >= body.toObject().value(QStringLiteral("atLeast")).toInt();
    return false;
}

} // namespace incentives::scenarios::conditions
