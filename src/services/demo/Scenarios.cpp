#include "services/demo/Scenarios.h"

#include "core/EnrollmentRules.h"
#include "core/FiscalCalendar.h"

#include <QCoreApplication>

namespace incentives::scenarios {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Scenarios)
};

std::optional<Enrollment> enrollment(AppContext& ctx, const QString& program, const QString& partnerId)
{
    auto p = ctx.programs().programByName(program);
    auto l = ctx.directory().locationByPartnerId(partnerId);
    if (!p || !l)
        return std::nullopt;
    auto e = ctx.enrollments().find(p->id, l->id);
    return e ? *e : std::nullopt;
}

bool statusIn(AppContext& ctx, const QString& program, const QString& partnerId,
              QList<EnrollmentStatus> statuses)
{
    const auto e = enrollment(ctx, program, partnerId);
    return e && statuses.contains(e->status);
}

const QString kSecurity = QStringLiteral("Microsoft Security Incentives");
const QString kCommerce = QStringLiteral("Microsoft Commerce Incentives");
const QString kMarketplace = QStringLiteral("Marketplace Rewards");
const QString kUS = QStringLiteral("4649101");
const QString kUK = QStringLiteral("4649102");
const QString kJapan = QStringLiteral("4649105");
const QString kFrance = QStringLiteral("4649106");

using S = EnrollmentStatus;

QList<Scenario> build()
{
    QList<Scenario> list;
    list.append(
        {QStringLiteral("enroll-from-email"),
         Tr::tr("Enroll a location from the invitation email to Enrolled"),
         Tr::tr(
             "Sign in as Bao Nguyen (Incentives admin of 4649101). Microsoft Security Incentives invited the "
             "US location by email."),
         {{Tr::tr("Open the Partner Incentive Enrollment Invitation in the inbox"),
           {},
           QStringLiteral("messagesView"),
           [](AppContext& ctx) {
               auto bao = ctx.directory().userByEmail(QStringLiteral("bao.nguyen@contoso.example"));
               const auto e = enrollment(ctx, kSecurity, kUS);
               if (!bao || !e)
                   return false;
               auto messages = ctx.enrollments().messages(bao->id);
               if (!messages)
                   return false;
               for (const InboxMessage& m : *messages)
                   if (m.enrollmentId == e->id && m.readAt.isValid())
                       return true;
               return false;
           }},
          {Tr::tr("Select Get Started, accept the terms and Submit"),
           {},
           QStringLiteral("openButton"),
           [](AppContext& ctx) {
               return statusIn(ctx, kSecurity, kUS, {S::Validating, S::Enrolled});
           }},
          {Tr::tr("Advance the demo clock until Microsoft has validated (up to 48 hours)"),
           {},
           QStringLiteral("advance48Button"),
           [](AppContext& ctx) { return statusIn(ctx, kSecurity, kUS, {S::Enrolled}); }}}});
    list.append({QStringLiteral("assign-admin"),
                 Tr::tr("Assign an Incentives admin to a location without one"),
                 Tr::tr("Sign in as Avery Brooks (Account admin). Contoso Japan (4649105) has no Incentives "
                        "admin, so its "
                        "invitations wait."),
                 {{Tr::tr("Assign the Incentives admin role for 4649105 (e.g. to Kenji Tanaka)"),
                   {},
                   QStringLiteral("assignAdminButton"),
                   [](AppContext& ctx) {
                       auto l = ctx.directory().locationByPartnerId(kJapan);
                       auto admin = l ? ctx.directory().incentivesAdminOf(l->id)
                                      : Result<std::optional<User>>(l.error());
                       return admin && admin->has_value();
                   }},
                  {Tr::tr("The waiting invitations arrive in the new admin's inbox"),
                   {},
                   QStringLiteral("messagesView"),
                   [](AppContext& ctx) {
                       auto l = ctx.directory().locationByPartnerId(kJapan);
                       if (!l)
                           return false;
                       auto waiting = ctx.enrollments().undeliveredInvitations(l->id);
                       auto admin = ctx.directory().incentivesAdminOf(l->id);
                       if (!waiting || !admin || !admin->has_value())
                           return false;
                       auto messages = ctx.enrollments().messages((*admin)->id);
                       return messages && !messages->isEmpty();
                   }},
                  {Tr::tr("The new admin accepts one of them"),
                   {},
                   QStringLiteral("openButton"),
                   [](AppContext& ctx) {
                       return statusIn(ctx, kCommerce, kJapan, {S::Enrolling, S::Validating, S::Enrolled}) ||
                              statusIn(ctx, QStringLiteral("CSP Indirect Reseller Incentives"), kJapan,
                                       {S::Enrolling, S::Validating, S::Enrolled});
                   }}}});
    list.append(
        {QStringLiteral("rejected-bank"),
         Tr::tr("A rejected bank profile and its fix"),
         Tr::tr("Sign in as Charlotte Evans (Incentives admin of 4649102). Microsoft rejected the UK's bank "
                "profile: its account holder is not the UK location's legal entity name."),
         {{Tr::tr("Edit 'Contoso UK Payout' so that the account holder is Contoso UK Limited"),
           {},
           QStringLiteral("editBankButton"),
           [](AppContext& ctx) {
               auto p = ctx.profiles().bankProfileByName(QStringLiteral("Contoso UK Payout"));
               auto uk = ctx.directory().locationByPartnerId(kUK);
               return p && uk && rules::holderMatches(p->holderName, uk->legalName);
           }},
          {Tr::tr("Enroll again and Submit"),
           {},
           QStringLiteral("enrollButton"),
           [](AppContext& ctx) {
               return statusIn(ctx, kCommerce, kUK, {S::Validating, S::Enrolled});
           }},
          {Tr::tr("Advance the demo clock: Microsoft approves"),
           {},
           QStringLiteral("advance48Button"),
           [](AppContext& ctx) { return statusIn(ctx, kCommerce, kUK, {S::Enrolled}); }}}});
    list.append(
        {QStringLiteral("fy-rollover"),
         Tr::tr("Fiscal-year rollover: one renews, one does not"),
         Tr::tr("On 1 July Microsoft renews every enrollment whose location is still eligible, has an active "
                "agreement and complete payout and tax details. France's agreement has lapsed."),
         {{Tr::tr("Advance the demo clock to the end of the fiscal year"),
           {},
           QStringLiteral("fiscalYearEndButton"),
           [](AppContext& ctx) { return fiscal::yearOf(ctx.clock().now()) >= 2028; }},
          {Tr::tr("The US Commerce enrollment renews into FY28 by itself"),
           {},
           QStringLiteral("tableStack"),
           [](AppContext& ctx) {
               const auto e = enrollment(ctx, kCommerce, kUS);
               return e && e->status == S::Enrolled && e->fiscalYear >= 2028;
           }},
          {Tr::tr("France's Commerce enrollment becomes Inactive: its agreement expired"),
           {},
           QStringLiteral("tableStack"),
           [](AppContext& ctx) {
               const auto e = enrollment(ctx, kCommerce, kFrance);
               return e && e->status == S::Inactive && e->reason == Reason::AgreementExpired;
           }}}});
    list.append(
        {QStringLiteral("open-program"),
         Tr::tr("An open program without an email"),
         Tr::tr("Marketplace Rewards is open to all partners: Microsoft sends no invitation email; the "
                "invitation "
                "waits in the Incentives workspace."),
         {{Tr::tr("Find Marketplace Rewards for 4649101 in the workspace (no email was sent)"),
           {},
           QStringLiteral("tableStack"),
           [](AppContext& ctx) {
               auto bao = ctx.directory().userByEmail(QStringLiteral("bao.nguyen@contoso.example"));
               const auto e = enrollment(ctx, kMarketplace, kUS);
               if (!bao || !e)
                   return false;
               auto messages = ctx.enrollments().messages(bao->id);
               return messages &&
                      std::none_of(messages->begin(), messages->end(),
                                   [&](const InboxMessage& m) { return m.enrollmentId == e->id; });
           }},
          {Tr::tr("Enroll and Submit as Bao Nguyen"),
           {},
           QStringLiteral("enrollButton"),
           [](AppContext& ctx) {
               return statusIn(ctx, kMarketplace, kUS, {S::Validating, S::Enrolled});
           }},
          {Tr::tr("Advance the demo clock: Enrolled"),
           {},
           QStringLiteral("advance48Button"),
           [](AppContext& ctx) { return statusIn(ctx, kMarketplace, kUS, {S::Enrolled}); }}}});
    return list;
}

} // namespace

const QList<Scenario>& all()
{
    static const QList<Scenario> list = build();
    return list;
}

const Scenario* find(const QString& id)
{
    for (const Scenario& s : all())
        if (s.id == id)
            return &s;
    return nullptr;
}

QList<bool> progress(AppContext& ctx, const Scenario& scenario)
{
    QList<bool> done;
    for (const Step& step : scenario.steps)
        done.append(step.done(ctx));
    return done;
}

} // namespace incentives::scenarios
