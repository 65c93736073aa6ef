#pragma once

#include "core/EnrollmentRules.h"
#include "services/AppContext.h"

#include <optional>

// Payout and tax profile assignment, as Partner Center calls it: what each enrollment (one
// program at one location) is paid with. The disbursement currency belongs to the enrollment, not
// to the bank profile; the currency chosen in the bank profile form is only the one proposed for
// an enrollment that has none yet. Each enrollment's payments can also be held and released.
namespace incentives {

// One enrollment's assignment, as the viewer may see it.
struct AssignmentRow
{
    Enrollment enrollment;         // program, location, status, currency, hold
    Id bankProfileId = 0;          // the enrollment's own, or else its location's default; 0: none
    QString bankProfile;           // its name; empty: none
    bool bankFromDefault = false;  // the location's default, not chosen for this enrollment
    QString paymentMethod;         // the bank profile's payment method, for people; empty: none
    Id taxProfileId = 0;           // the assignment's tax profile; 0: none on file
    QString taxProfile;            // form and status; empty: none on file
    bool taxFromDefault = false;   // the location's first, not chosen for this enrollment
    QList<TaxProfile> taxProfiles; // the location's, to choose from (tax IDs masked)
    QString currency;              // what it is paid in; empty: none chosen
    bool currencyProposed = false; // the bank profile's proposal: the enrollment has none of its own
    QStringList currencies;        // what the program accepts into the bank profile's country
    QStringList programCurrencies; // what the program pays in
    Status mayEdit;                // change its bank profile, tax profile or currency
    Status mayHold;                // hold its payments now
    Status mayRelease;             // release them now
};

// A tax profile as the assignment page names it: its form, number and status.
QString taxProfileLabel(const TaxProfile& profile);

// A change of one assignment; what is not set stays.
struct AssignmentChange
{
    QString bankProfile;          // a bank profile's id or name; empty: unchanged
    std::optional<Id> taxProfile; // the tax profile's id, one of the location's
    QString currency;             // empty: unchanged (a new bank profile proposes its own)
};

// What choosing one bank profile and currency as the default of several locations did.
struct DefaultsOutcome
{
    int locations = 0;
    int assigned = 0;      // enrollments that took the currency
    QStringList unchanged; // enrollments ("Program at PartnerID") whose program does not pay in it
};

// Which assignments the page shows: a search and a bound.
struct AssignmentQuery
{
    QString search; // substring of the program, the PartnerID or the location's name
    int limit = 200;
};

// One bounded page of assignments, in the list's order, and whether more match.
struct AssignmentPage
{
    QList<AssignmentRow> rows;
    bool more = false;
};

class AssignmentService
{
public:
    explicit AssignmentService(AppContext& ctx) : m_ctx(ctx) {}

    // One row per enrollment at every location the viewer may see, by PartnerID then program.
    Result<QList<AssignmentRow>> list(const Actor& actor);
    // The first rows of that list that match the search, at most the query's limit: searched,
    // ordered and cut in the database (the workspace's index by PartnerID and program).
    Result<AssignmentPage> page(const Actor& actor, const AssignmentQuery& query);
    // One enrollment's row.
    Result<AssignmentRow> row(const Actor& actor, const QString& program, const QString& partnerId);
    // The bank profiles the viewer may pay this location with (account numbers masked).
    Result<QList<BankProfile>> bankChoices(const Actor& actor, const QString& partnerId);

    // Changes what the enrollment is paid with. The currency must be one the program accepts and
    // the bank country allows; the tax profile one of the location's, complete and current. A
    // changed bank or tax profile or currency sends an enrolled or validating enrollment back to
    // validation, as a profile edit does. Refusals name the field.
    Result<AssignmentRow> set(const Actor& actor, const QString& program, const QString& partnerId,
                              const AssignmentChange& change);
    // Holds or releases the enrollment's payments.
    Result<AssignmentRow> hold(const Actor& actor, const QString& program, const QString& partnerId,
                               bool onHold);
    // Makes one bank profile the default of every location given, and gives the currency to their
    // enrollments that are paid from the default and have no currency of their own, where the
    // program pays in it; all in one transaction, or nothing when any location is refused.
    Result<DefaultsOutcome> setDefaults(const Actor& actor, const QString& bankProfile,
                                        const QString& currency, const QStringList& partnerIds);

private:
    struct Target
    {
        Program program;
        Location location;
        Enrollment enrollment;
    };
    Result<Target> target(const QString& program, const QString& partnerId);
    Result<BankProfile> bankByIdOrName(const QString& text);
    // What build() looked up once for the rows of one page.
    struct Lookups
    {
        QHash<Id, BankProfile> banks;
        QHash<Id, QList<TaxProfile>> taxes; // by location
    };
    Result<AssignmentRow> build(const Grants& grants, const Enrollment& e, const Program& program,
                                const Location& location, Lookups* lookups = nullptr);
    // Up to query.limit rows after `after` (from the first without it), and whether more follow.
    Result<AssignmentPage> readPage(const Grants& grants, const AssignmentQuery& query,
                                    const std::optional<Enrollment>& after);

    AppContext& m_ctx;
};

} // namespace incentives
