#pragma once

#include "core/EnrollmentRules.h"
#include "services/AppContext.h"

// A real organization's Partner Center account, mirrored offline: its locations (Account admins),
// the programs and the invitations Partner Center shows, and Microsoft's validation outcome as
// Partner Center reported it (the location's Incentives admin). Each change is authorized,
// checked with the core's rules and written in one transaction with its audit record; a refusal
// for lack of a role is recorded too. Locations and users also come from CSV files, all rows or
// none.
namespace incentives {

// A location as a form, a command or a CSV row gives it.
struct LocationInput
{
    QString partnerId; // identifies the location when editing; never changes
    QString name;
    QString legalName;
    QString country;
    QString city;
    QString address;
    LocationAttributes attributes;
    int version = 0; // editing: the version the form loaded (0: whatever is stored now)
};

enum class ImportKind
{
    Locations,
    Users
};

// One data row of a CSV file and what is wrong with it.
struct ImportRow
{
    int line = 0; // the file's line (the header is line 1)
    QStringList cells;
    QString problem; // empty: the row can be imported
};

// What importing a file would do: its rows, each checked as the import checks it.
struct ImportPreview
{
    ImportKind kind = ImportKind::Locations;
    QStringList columns;   // as the header names them
    QList<ImportRow> rows; // the data rows, in file order
    QString problem;       // what is wrong with the file as a whole; empty when nothing is
    int invalidRows() const;
    // Only a file without any problem is imported.
    bool canImport() const { return problem.isEmpty() && !rows.isEmpty() && invalidRows() == 0; }
    // Every problem, one line each, starting with its line number.
    QStringList messages() const;
};

struct ImportedUser
{
    QString email;
    QString name;
    QString temporaryPassword; // shown once; empty in demo databases
};

struct ImportResult
{
    int count = 0;
    QList<ImportedUser> users; // users imports only
};

class OrganizationService
{
public:
    explicit OrganizationService(AppContext& ctx) : m_ctx(ctx) {}

    // Checks and normalizes a location's fields (no look at the database): the form's inline
    // errors, and the first check of add, edit and import. Fields: partner_id, name, legal_name,
    // country, city, address, revenue, customers.
    static QList<rules::Problem> checkLocation(LocationInput& input);

    // Account admins. The PartnerID has 7 digits and no other location has it.
    Result<Location> addLocation(const Actor& actor, LocationInput input);
    // Changes everything but the PartnerID, against the version the form loaded.
    Result<Location> editLocation(const Actor& actor, LocationInput input);
    // A location as stored, for an edit form (Account admins).
    Result<Location> location(const Actor& actor, const QString& partnerId);

    // Account admins: a program as Partner Center shows it (name, currencies, payment methods,
    // eligibility criteria, open to all, state), for the current fiscal year. Invitations are
    // recorded separately, as Partner Center shows them.
    Result<Program> recordProgram(const Actor& actor, Program program);

    // An invitation Partner Center showed for a location (its Incentives admin or an Account
    // admin): a new Invited enrollment, or an Ineligible or Inactive one invited again through the
    // state machine. The program must be open.
    Result<Enrollment> recordInvitation(const Actor& actor, const QString& program, const QString& partnerId);
    // The locations the actor may record an invitation for (what a form offers).
    Result<QList<Location>> invitationLocations(const Actor& actor);

    // The location's Incentives admin records Microsoft's decision on an enrollment in
    // Validating, as Partner Center reported it: approved (Enrolled) or rejected with its reason
    // (Enrolling again, the reason in Actions required).
    Result<Enrollment> recordOutcome(const Actor& actor, const QString& program, const QString& partnerId,
                                     bool approved, const QString& reason);
    // Whether the actor may record the outcome of this enrollment now, and why not (no audit).
    Status mayRecordOutcome(const Actor& actor, const Enrollment& enrollment);

    // The columns a CSV file of this kind has (the first ones are required).
    static QStringList importColumns(ImportKind kind);
    static QStringList requiredImportColumns(ImportKind kind);
    // Reads the file and checks every row as the import would (locations: Account admins with
    // ManageLocations; users: with ManageUsers). Writes nothing.
    Result<ImportPreview> previewImport(const Actor& actor, ImportKind kind, const QByteArray& content);
    // Imports every row in one transaction, or nothing: any problem refuses the whole file.
    Result<ImportResult> import(const Actor& actor, ImportKind kind, const QByteArray& content);

private:
    ImportPreview check(ImportKind kind, const QByteArray& content);
    void checkLocationRows(ImportPreview& preview);
    void checkUserRows(ImportPreview& preview);

    AppContext& m_ctx;
};

} // namespace incentives
