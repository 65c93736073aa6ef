// The fiscal-year-end rule: every combination of the renewal conditions, judged as of the new
// year's first day, gives one outcome (renewed, Inactive with a reason, Enrolling with a reason).
#include "core/FiscalCalendar.h"
#include "core/Renewal.h"

#include <QTest>

using namespace incentives;
using S = EnrollmentStatus;

Q_DECLARE_METATYPE(incentives::EnrollmentStatus)
Q_DECLARE_METATYPE(incentives::ProgramState)
Q_DECLARE_METATYPE(incentives::Reason)
Q_DECLARE_METATYPE(incentives::renewal::Failing)

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A GB location enrolled in a program that asks for an agreement and a designation, with every
// detail on file and approved, judged on 1 July 2027 (the first day of FY28).
rules::EnrollmentContext completeContext()
{
    rules::EnrollmentContext c;
    c.organization.legalName = s("Contoso Ltd");
    c.location.country = s("GB");
    c.location.legalName = s("Contoso UK Limited");
    c.location.attributes.agreementActive = true;
    c.location.attributes.solutionsPartner = true;
    c.program.name = s("Microsoft Commerce Incentives");
    c.program.criteria = s("agreement;solutions-partner");
    c.program.currencies = {s("GBP"), s("USD")};
    c.program.methods = {PaymentMethod::BankTransfer};
    c.program.state = ProgramState::Open;
    BankProfile b;
    b.name = s("UK payout");
    b.country = s("GB");
    b.currency = s("GBP");
    b.holderName = s("Contoso UK Limited");
    b.routingNumber = s("40-47-84");
    b.accountNumber = s("70872490");
    b.status = ProfileStatus::Approved;
    c.bank = b;
    TaxProfile t;
    t.form = TaxForm::W8BenE;
    t.countryOfIncorporation = s("GB");
    t.foreignTaxId = s("1234567890");
    t.signedOn = QDate(2025, 3, 1);
    t.status = ProfileStatus::Approved;
    c.tax = t;
    c.today = fiscal::firstDay(2028);
    return c;
}

} // namespace

class TestRenewal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data();
    void judge();
    void remedyNamesTheFix();
};

void TestRenewal::judge_data()
{
    QTest::addColumn<int>("status");      // the enrollment's status when the year ends
    QTest::addColumn<QString>("changes"); // what differs from the complete context
    QTest::addColumn<int>("expected");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<renewal::Failing>("failing");
    QTest::addColumn<int>("event"); // -1: no step, carried over as it is
    QTest::addColumn<QString>("detailContains");

    using F = renewal::Failing;
    const int renewed = int(EnrollmentEvent::Renewed);
    const int lapsed = int(EnrollmentEvent::RenewalLapsed);
    const int details = int(EnrollmentEvent::RenewalDetailsMissing);
    const int E = int(S::Enrolled);
    QTest::newRow("every condition met")
        << E << QString() << E << Reason::None << F::None << renewed << QString();
    QTest::newRow("program closed") << E << s("closed") << int(S::Inactive) << Reason::ProgramClosed
                                    << F::Program << lapsed << QString();
    QTest::newRow("program closed, agreement lapsed too")
        << E << s("closed,agreement") << int(S::Inactive) << Reason::ProgramClosed << F::Program << lapsed
        << QString();
    QTest::newRow("agreement lapsed") << E << s("agreement") << int(S::Inactive) << Reason::AgreementExpired
                                      << F::Agreement << lapsed << s("IVDMPA");
    QTest::newRow("agreement lapsed, details missing too")
        << E << s("agreement,no-bank") << int(S::Inactive) << Reason::AgreementExpired << F::Agreement
        << lapsed << s("IVDMPA");
    QTest::newRow("criterion unmet") << E << s("designation") << int(S::Inactive) << Reason::EligibilityLost
                                     << F::Eligibility << lapsed << s("Solutions Partner");
    QTest::newRow("criterion unmet, tax expired too")
        << E << s("designation,tax-expired") << int(S::Inactive) << Reason::EligibilityLost << F::Eligibility
        << lapsed << s("Solutions Partner");
    QTest::newRow("no bank profile") << E << s("no-bank") << int(S::Enrolling) << Reason::DetailsMissing
                                     << F::Details << details << s("No bank profile");
    QTest::newRow("no tax profile") << E << s("no-tax") << int(S::Enrolling) << Reason::DetailsMissing
                                    << F::Details << details << s("no tax profile");
    QTest::newRow("bank profile needs action")
        << E << s("bank-action") << int(S::Enrolling) << Reason::DetailsMissing << F::Details << details
        << s("needs action: Account closed");
    QTest::newRow("tax profile needs action")
        << E << s("tax-action") << int(S::Enrolling) << Reason::DetailsMissing << F::Details << details
        << s("needs action: Wrong tax ID");
    QTest::newRow("bank profile waiting for validation")
        << E << s("bank-pending") << int(S::Enrolling) << Reason::DetailsMissing << F::Details << details
        << s("validated again");
    QTest::newRow("tax form expires before 1 July")
        << E << s("tax-expired") << int(S::Enrolling) << Reason::TaxFormExpired << F::Details << details
        << s("expired");
    QTest::newRow("tax form still valid on 1 July")
        << E << s("tax-expires-1-july") << E << Reason::None << F::None << renewed << QString();
    QTest::newRow("currency no longer paid") << E << s("currency") << int(S::Enrolling)
                                             << Reason::DetailsMissing << F::Details << details << s("GBP");
    // Every other status is carried into the new year as it is, whatever the conditions.
    for (S st : {S::Invited, S::Enrolling, S::Validating, S::Ineligible, S::Inactive, S::Discontinued}) {
        const QByteArray tag = statusCode(st).toLatin1();
        QTest::newRow(tag + ", all met")
            << int(st) << QString() << int(st) << Reason::None << F::None << -1 << QString();
        QTest::newRow(tag + ", agreement lapsed")
            << int(st) << s("agreement,no-bank") << int(st) << Reason::None << F::None << -1 << QString();
    }
}

void TestRenewal::judge()
{
    QFETCH(int, status);
    QFETCH(QString, changes);
    QFETCH(int, expected);
    QFETCH(Reason, reason);
    QFETCH(renewal::Failing, failing);
    QFETCH(int, event);
    QFETCH(QString, detailContains);

    rules::EnrollmentContext c = completeContext();
    for (const QString& change : changes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (change == QLatin1String("closed"))
            c.program.state = ProgramState::Closed;
        else if (change == QLatin1String("agreement"))
            c.location.attributes.agreementActive = false;
        else if (change == QLatin1String("designation"))
            c.location.attributes.solutionsPartner = false;
        else if (change == QLatin1String("no-bank"))
            c.bank.reset();
        else if (change == QLatin1String("no-tax"))
            c.tax.reset();
        else if (change == QLatin1String("bank-action")) {
            c.bank->status = ProfileStatus::ActionRequired;
            c.bank->statusReason = s("Account closed");
        } else if (change == QLatin1String("tax-action")) {
            c.tax->status = ProfileStatus::ActionRequired;
            c.tax->statusReason = s("Wrong tax ID");
        } else if (change == QLatin1String("bank-pending"))
            c.bank->status = ProfileStatus::PendingValidation;
        else if (change == QLatin1String("tax-expired"))
            c.tax->signedOn = QDate(2023, 6, 1); // valid to 31 Dec 2026
        else if (change == QLatin1String("tax-expires-1-july"))
            c.tax->signedOn = QDate(2024, 7, 1); // valid to 31 Dec 2027: past 1 July 2027
        else if (change == QLatin1String("currency"))
            c.program.currencies = {s("USD")};
        else
            QFAIL(qPrintable(s("unknown change ") + change));
    }
    const renewal::Outcome out = renewal::judge(renewal::inputFor(S(status), c));
    QCOMPARE(int(out.status), expected);
    QCOMPARE(out.reason, reason);
    QCOMPARE(out.failing, failing);
    QCOMPARE(out.event ? int(*out.event) : -1, event);
    QCOMPARE(out.renewed(), event == int(EnrollmentEvent::Renewed));
    if (!detailContains.isEmpty())
        QVERIFY2(out.detail.contains(detailContains, Qt::CaseInsensitive), qPrintable(out.detail));
    // The state machine accepts every step the rule takes.
    if (out.event)
        QCOMPARE(int(*nextStatus(S(status), *out.event)), expected);
    QCOMPARE(renewal::remedy(out).isEmpty(), failing == renewal::Failing::None);
}

void TestRenewal::remedyNamesTheFix()
{
    rules::EnrollmentContext c = completeContext();
    c.tax->signedOn = QDate(2023, 6, 1);
    const auto taxOut = renewal::judge(renewal::inputFor(S::Enrolled, c));
    QVERIFY(renewal::remedy(taxOut).contains(s("tax form")));
    c = completeContext();
    c.location.attributes.agreementActive = false;
    QVERIFY(renewal::remedy(renewal::judge(renewal::inputFor(S::Enrolled, c))).contains(s("agreement")));
    c = completeContext();
    c.location.attributes.solutionsPartner = false;
    QVERIFY(
        renewal::remedy(renewal::judge(renewal::inputFor(S::Enrolled, c))).contains(s("Solutions Partner")));
    QCOMPARE(renewal::failingCode(renewal::Failing::Details), s("details"));
}

QTEST_GUILESS_MAIN(TestRenewal)
#include "tst_renewal.moc"
