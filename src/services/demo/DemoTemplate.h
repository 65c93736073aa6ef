#pragma once

#include "services/AppContext.h"

// Demo templates: a JSON file that describes a customer's organization (locations, users and their
// roles, programs, payout and tax profiles, and where each enrollment stands), from which a demo
// database is built by running the real services in order, as the built-in demo is. The format is
// described in docs/demo-template.md.
namespace incentives::demotemplate {

// A template file larger than this is refused unread.
constexpr qint64 kMaxTemplateBytes = 4 * 1024 * 1024;
// An organization's logo: a PNG or JPEG image of at most this size.
constexpr qint64 kMaxLogoBytes = 1024 * 1024;

// Where an enrollment should stand when the demo starts. Rejected is Enrolling after Microsoft
// rejected the submission (by the validation rules, or by a reviewer with reason).
enum class Wanted
{
    Invited,
    Enrolling,
    Validating,
    Enrolled,
    Rejected,
    Ineligible,
    Inactive,
    Discontinued
};

struct UserEntry
{
    QString path; // where the entry is in the template, "users[2]"
    QString email;
    QString name;
    QList<std::pair<Role, QString>> roles; // role and PartnerID (empty for organization-wide roles)
};

struct BankEntry
{
    QString path;
    QString location; // the PartnerID whose Incentives admin creates the profile
    QStringList defaultFor;
    BankProfile profile;
    bool verified = false; // a credit note whose tenant Microsoft has confirmed
};

struct TaxEntry
{
    QString path;
    QString location;
    QString name; // how enrollments name it (unique in the template); empty: none names it
    TaxProfile profile;
};

struct EnrollmentEntry
{
    QString path;
    QString program;
    QString location;
    Wanted status = Wanted::Invited;
    QString bank;      // empty: the location's default bank profile
    QString tax;       // a tax profile's name; empty: the location's first
    QString reason;    // a reviewer's reason for a rejection
    bool hold = false; // the partner holds its payments
};

struct Template
{
    Organization organization;
    QByteArray logo; // empty: none
    QList<Location> locations;
    QList<QString> locationPaths;
    QList<UserEntry> users;
    QList<Program> programs;
    QList<QString> programPaths;
    QList<BankEntry> banks;
    QList<TaxEntry> taxes;
    QList<EnrollmentEntry> enrollments;
    QDateTime clock; // what the demo clock shows when the demo starts
};

// Reads and checks a template. Every mistake is named with its place in the file (a JSON path
// such as locations[1].partnerId); the error's message lists them one a line.
Result<Template> load(const QString& path);
Result<Template> parse(const QByteArray& json, const QString& baseFolder = {});

// Builds the template's demo in a new database (no organization yet) through the services: the
// statuses asked for are reached as a person would reach them, and an entry the rules do not allow
// is refused, naming it.
Status apply(AppContext& ctx, const Template& t);

// Builds a new demo database at target (a file there is replaced whole, or not at all): from the
// template file, or the built-in demo when templateFile is empty. Nothing is left at target when
// the template has mistakes or asks for what the rules do not allow.
Status createDemo(const QString& target, const QString& templateFile);

// Whether the actor may export the demo as a template (nothing is recorded: for greying out).
Status exportAllowed(AppContext& ctx, const Actor& actor);
// The demo in the database as a template (JSON): for a Presenter or an Account admin of a demo
// database; a refusal is recorded in the audit log, an export too.
Result<QByteArray> exportTemplate(AppContext& ctx, const Actor& actor);
// The same, written to a file (atomically).
Status exportToFile(AppContext& ctx, const Actor& actor, const QString& path);

// Whether bytes are a PNG or a JPEG image (by content) of at most kMaxLogoBytes.
Status checkLogo(const QByteArray& bytes);
// The organization's logo as stored in the database's settings; empty when there is none.
QByteArray organizationLogo(AppContext& ctx);

} // namespace incentives::demotemplate
