#pragma once

#include "core/Renewal.h"
#include "services/AppContext.h"

// The Microsoft side, simulated so that demos run offline: it decides validations when their time
// comes, expires tax forms, closes fiscal years with renewal, judges eligibility (sending
// invitations), and retires programs. It acts as systemActor() in the audit log.
namespace incentives {

// One enrollment that expires at the coming fiscal-year end, and what the end will do to it.
struct RenewalForecast
{
    Enrollment enrollment;
    int newFiscalYear = 0;
    renewal::Outcome outcome; // judged as of the new year's first day
    QString remedy;           // what makes it renew; empty when it will
};

class Simulation
{
public:
    explicit Simulation(AppContext& ctx) : m_ctx(ctx) {}

    // Carries out everything that has come due on the app clock, in time order, one moment per
    // transaction, so that jumping the clock far ahead gives the result of stepping through it.
    Status catchUp();

    // Judges every location against every program that is not discontinued: new invitations for
    // the newly eligible, Ineligible for those who lost it, Invited again for those who regained it.
    Status runEligibility();

    // Every Enrolled enrollment the actor may see, with what the coming fiscal-year end will do to
    // it: the same rule the year-end close applies, judged on the new year's first day with what is
    // on file now (a tax form that expires before then counts as expired).
    Result<QList<RenewalForecast>> renewalForecast(const Actor& actor);

private:
    Status processMoment(const QDateTime& at, bool validations, bool expiries, bool yearEnd,
                         const QList<int>& reminderDays);
    Status processValidation(const ValidationRequest& request);
    Status expireTaxForm(const TaxProfile& tax);
    Status closeFiscalYear(int fiscalYear);
    Result<renewal::Outcome> judgeRenewal(const Enrollment& e, int newFiscalYear);

    AppContext& m_ctx;
};

} // namespace incentives
