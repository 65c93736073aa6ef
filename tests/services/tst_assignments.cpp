// Payout and tax profile assignment through the service: the list, a bank profile and currency
// per enrollment, holding and releasing payments, one default for several locations, and the
// refusals (audited) of everyone but the location's Incentives admin.
#include "services/AssignmentService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Workflow.h"
#include "services/demo/DemoSeed.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

using namespace incentives;

namespace {
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");            // admin of 4649101, 4649103
const QString kCharlotte = QStringLiteral("charlotte.evans@contoso.example"); // admin of 4649102
const QString kEmma = QStringLiteral("emma.schmidt@contoso.example");         // user of 4649101, 4649103
const QString kAvery = QStringLiteral("avery.brooks@contoso.example");        // Account admin
const QString kCommerce = QStringLiteral("Microsoft Commerce Incentives");
const QString kAzure = QStringLiteral("Azure Incentives");
} // namespace

class TestAssignments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ctx.reset(); }

    void listsOneRowPerVisibleEnrollment();
    void pageIsBoundedAndSearchedInTheDatabase();
    void setCurrencyRevalidatesAnEnrolledEnrollment();
    void newBankMustTakeTheCurrency();
    void currencyTheProgramDoesNotPayIsRefused();
    void holdAndRelease();
    void defaultsForSeveralLocations();
    void anotherLocationsAdminIsRefusedAndAudited();
    void unknownUserIsRefused();
    void secondTaxProfileRevalidatesOnlyItsEnrollments();
    void taxProfileOfAnotherLocationOrUnusableIsRefused();
    void taxAssignmentByOthersIsRefusedAndAudited();

private:
    // A W-8BEN for an individual at Munich, beside its W-8BEN-E.
    TaxProfile addW8Ben()
    {
        ProfileService profiles(*m_ctx);
        TaxProfile t = *profiles.newTaxDraft(as(kBao), QStringLiteral("4649103"));
        t.form = TaxForm::W8Ben;
        t.personName = QStringLiteral("Lena Vogel");
        t.citizenshipCountry = QStringLiteral("DE");
        t.birthDate = QDate(1984, 6, 2);
        t.noTaxIdReason = QStringLiteral("Not issued by the country of residence");
        t.vatId = QStringLiteral("DE136695976");
        auto added = profiles.addTax(as(kBao), QStringLiteral("4649103"), t);
        if (!added)
            qWarning("addTax: %s", qPrintable(added.error().message));
        return added ? *added : TaxProfile();
    }
    Actor as(const QString& email) { return *m_ctx->actor(email); }
    Enrollment enrollment(const QString& program, const QString& partnerId)
    {
        const Id p = m_ctx->programs().programByName(program)->id;
        const Id l = m_ctx->directory().locationByPartnerId(partnerId)->id;
        return **m_ctx->enrollments().find(p, l);
    }
    int auditCount(const QString& action, const QString& actorEmail, const QString& details = {})
    {
        int n = 0;
        const QList<AuditEntry> all = m_ctx->auditLog().list(0, 100000).value();
        for (const AuditEntry& a : all)
            if (a.action == action && a.actor == actorEmail && a.details.contains(details))
                ++n;
        return n;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
};

void TestAssignments::init()
{
    const QString path =
        testdb::fresh(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    QVERIFY(seed::demo(*m_ctx));
}

void TestAssignments::listsOneRowPerVisibleEnrollment()
{
    AssignmentService service(*m_ctx);
    auto emma = service.list(as(kEmma));
    QVERIFY(emma);
    const Id redmond = m_ctx->directory().locationByPartnerId(QStringLiteral("4649101"))->id;
    const Id munich = m_ctx->directory().locationByPartnerId(QStringLiteral("4649103"))->id;
    const int expected = int(m_ctx->enrollments().ofLocation(redmond)->size() +
                             m_ctx->enrollments().ofLocation(munich)->size());
    QVERIFY(expected > 0);
    QCOMPARE(emma->size(), expected);
    for (const AssignmentRow& r : *emma) {
        QVERIFY(r.enrollment.locationId == redmond || r.enrollment.locationId == munich);
        QVERIFY(!r.mayEdit.ok()); // an Incentives user sees, but does not assign
        QVERIFY(!r.mayHold.ok());
    }
    // The Account admin sees every location; the demo holds France's Azure payments.
    auto all = service.list(as(kAvery));
    QVERIFY(all);
    QVERIFY(all->size() > emma->size());
    int held = 0;
    for (const AssignmentRow& r : *all)
        if (r.enrollment.paymentHold) {
            ++held;
            QCOMPARE(r.enrollment.partnerId, QStringLiteral("4649106"));
            QCOMPARE(r.enrollment.programName, kAzure);
        }
    QCOMPARE(held, 1);
    // A submitted enrollment is paid in the currency of its bank profile, as its own.
    auto submitted = service.row(as(kBao), kCommerce, QStringLiteral("4649103"));
    QVERIFY(submitted);
    QCOMPARE(submitted->bankProfile, QStringLiteral("Contoso EU Treasury"));
    QCOMPARE(submitted->currency, QStringLiteral("EUR"));
    QVERIFY(!submitted->currencyProposed);
    QVERIFY(submitted->mayEdit.ok());
    QVERIFY(submitted->taxProfileId > 0);
}

void TestAssignments::pageIsBoundedAndSearchedInTheDatabase()
{
    // The page reads at most its limit and says that more match; its rows are the list's first.
    AssignmentService service(*m_ctx);
    auto all = service.list(as(kAvery));
    QVERIFY(all && all->size() > 3);
    auto first = service.page(as(kAvery), AssignmentQuery{{}, 3});
    QVERIFY(first);
    QCOMPARE(first->rows.size(), 3);
    QVERIFY(first->more);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(first->rows.at(i).enrollment.id, all->at(i).enrollment.id);
        QCOMPARE(first->rows.at(i).taxProfileId, all->at(i).taxProfileId);
        QCOMPARE(first->rows.at(i).bankProfile, all->at(i).bankProfile);
    }
    // The list's order: by PartnerID, then program.
    for (int i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).enrollment.partnerId <= all->at(i).enrollment.partnerId);
    auto whole = service.page(as(kAvery), AssignmentQuery{{}, 10000});
    QVERIFY(whole);
    QCOMPARE(whole->rows.size(), all->size());
    QVERIFY(!whole->more);
    // A search by PartnerID, by location name or by program, done by the database.
    auto france = service.page(as(kAvery), AssignmentQuery{QStringLiteral("4649106"), 200});
    QVERIFY(france && !france->rows.isEmpty());
    QVERIFY(!france->more);
    for (const AssignmentRow& r : france->rows)
        QCOMPARE(r.enrollment.partnerId, QStringLiteral("4649106"));
    const QString name = france->rows.first().enrollment.locationName;
    auto byName = service.page(as(kAvery), AssignmentQuery{name, 200});
    QVERIFY(byName);
    QCOMPARE(byName->rows.size(), france->rows.size());
    auto azure = service.page(as(kAvery), AssignmentQuery{QStringLiteral("azure"), 200});
    QVERIFY(azure && !azure->rows.isEmpty());
    for (const AssignmentRow& r : azure->rows)
        QCOMPARE(r.enrollment.programName, kAzure);
    auto none = service.page(as(kAvery), AssignmentQuery{QStringLiteral("no such thing"), 200});
    QVERIFY(none && none->rows.isEmpty() && !none->more);
    // An Incentives user's page holds only the locations of their roles.
    auto emma = service.page(as(kEmma), AssignmentQuery{QStringLiteral("4649106"), 200});
    QVERIFY(emma && emma->rows.isEmpty());
    auto own = service.page(as(kEmma), AssignmentQuery{{}, 200});
    QVERIFY(own);
    QCOMPARE(own->rows.size(), service.list(as(kEmma))->size());
}

void TestAssignments::setCurrencyRevalidatesAnEnrolledEnrollment()
{
    const Enrollment before = enrollment(kCommerce, QStringLiteral("4649103"));
    QCOMPARE(before.status, EnrollmentStatus::Enrolled);
    QCOMPARE(before.currency, QStringLiteral("EUR"));
    AssignmentChange change;
    change.currency = QStringLiteral("usd"); // normalized
    auto row = AssignmentService(*m_ctx).set(as(kBao), kCommerce, QStringLiteral("4649103"), change);
    QVERIFY2(row, qPrintable(row ? QString() : row.error().message));
    QCOMPARE(row->currency, QStringLiteral("USD"));
    const Enrollment after = enrollment(kCommerce, QStringLiteral("4649103"));
    QCOMPARE(after.currency, QStringLiteral("USD"));
    // What it is paid with changed: it validates again, as after a profile edit.
    QCOMPARE(after.status, EnrollmentStatus::Validating);
    QCOMPARE(auditCount(QStringLiteral("assignment.set"), kBao, QStringLiteral("USD")), 1);
    // The bank profile's own currency is untouched: it is only a proposal now.
    QCOMPARE(m_ctx->profiles().bankProfileByName(QStringLiteral("Contoso EU Treasury"))->currency,
             QStringLiteral("EUR"));
    // The rules judge the enrollment's currency, not the profile's.
    auto context = workflow::contextFor(*m_ctx, after);
    QVERIFY(context);
    QCOMPARE(rules::paymentCurrency(*context), QStringLiteral("USD"));
}

void TestAssignments::newBankMustTakeTheCurrency()
{
    AssignmentService service(*m_ctx);
    const Enrollment before = enrollment(kCommerce, QStringLiteral("4649103"));
    const Id us = m_ctx->profiles().bankProfileByName(QStringLiteral("Contoso US Operating"))->id;
    AssignmentChange change;
    change.bankProfile = QString::number(us);
    // A US account takes USD only; the enrollment is paid in EUR.
    auto refused = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), change);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Invalid));
    QCOMPARE(refused.error().field, QStringLiteral("currency"));
    QCOMPARE(enrollment(kCommerce, QStringLiteral("4649103")).version, before.version);
    // A credit note pays only a program that pays by credit note: Commerce does not.
    AssignmentChange creditNote;
    creditNote.bankProfile = QStringLiteral("Contoso DE Credit Note");
    auto notByCreditNote = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), creditNote);
    QVERIFY(!notByCreditNote);
    QCOMPARE(notByCreditNote.error().field, QStringLiteral("bank"));
    QCOMPARE(enrollment(kCommerce, QStringLiteral("4649103")).bankProfileId, before.bankProfileId);
    QCOMPARE(enrollment(kCommerce, QStringLiteral("4649103")).version, before.version);
    // Nor as the default of a location whose country offers none (the US).
    auto notHere = service.setDefaults(as(kBao), QStringLiteral("Contoso DE Credit Note"),
                                       QStringLiteral("EUR"), {QStringLiteral("4649101")});
    QVERIFY(!notHere);
    QCOMPARE(notHere.error().field, QStringLiteral("bank"));
    change.currency = QStringLiteral("USD");
    auto row = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), change);
    QVERIFY2(row, qPrintable(row ? QString() : row.error().message));
    QCOMPARE(row->bankProfileId, us);
    QVERIFY(!row->bankFromDefault);
    const Enrollment after = enrollment(kCommerce, QStringLiteral("4649103"));
    QCOMPARE(after.bankProfileId, us);
    QCOMPARE(after.status, EnrollmentStatus::Validating);
    // The tax profile: the location's own is accepted, another's is not.
    const Id munichTax = row->taxProfileId;
    AssignmentChange tax;
    tax.taxProfile = munichTax;
    QVERIFY(service.set(as(kBao), kCommerce, QStringLiteral("4649103"), tax));
    tax.taxProfile = munichTax + 1000;
    auto wrongTax = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), tax);
    QVERIFY(!wrongTax);
    QCOMPARE(wrongTax.error().field, QStringLiteral("tax"));
    // An unknown bank profile is named as such, beside the bank field.
    AssignmentChange unknown;
    unknown.bankProfile = QStringLiteral("99999");
    auto missing = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), unknown);
    QVERIFY(!missing);
    QCOMPARE(int(missing.error().kind), int(ErrorKind::NotFound));
    QCOMPARE(missing.error().field, QStringLiteral("bank"));
}

void TestAssignments::currencyTheProgramDoesNotPayIsRefused()
{
    AssignmentService service(*m_ctx);
    const Enrollment before = enrollment(kAzure, QStringLiteral("4649101"));
    const qint64 records = *m_ctx->auditLog().count();
    // JPY: Azure Incentives pays in USD, EUR and GBP only; XX and ZZZ are no currencies; EUR: the
    // program pays it, but Redmond's US account takes USD only.
    for (const char* bad : {"JPY", "XX", "ZZZ", "EUR"}) {
        AssignmentChange change;
        change.currency = QString::fromLatin1(bad);
        auto r = service.set(as(kBao), kAzure, QStringLiteral("4649101"), change);
        QVERIFY2(!r, bad);
        QCOMPARE(int(r.error().kind), int(ErrorKind::Invalid));
        QCOMPARE(r.error().field, QStringLiteral("currency"));
        if (QLatin1String(bad) == QLatin1String("JPY"))
            QVERIFY2(r.error().message.contains(kAzure), qPrintable(r.error().message));
    }
    // Nothing was written.
    const Enrollment after = enrollment(kAzure, QStringLiteral("4649101"));
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.currency, QStringLiteral("USD"));
    QCOMPARE(*m_ctx->auditLog().count(), records);
}

void TestAssignments::holdAndRelease()
{
    AssignmentService service(*m_ctx);
    EnrollmentService enrollments(*m_ctx);
    auto held = service.hold(as(kBao), kCommerce, QStringLiteral("4649101"), true);
    QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
    QVERIFY(held->enrollment.paymentHold);
    QVERIFY(!held->mayHold.ok());
    QVERIFY(held->mayRelease.ok());
    const Enrollment e = enrollment(kCommerce, QStringLiteral("4649101"));
    QVERIFY(e.paymentHold);
    QCOMPARE(e.status, EnrollmentStatus::Enrolled); // a hold changes no status
    QCOMPARE(auditCount(QStringLiteral("payment.hold"), kBao), 1);
    // The workspace's details and Actions required say so.
    auto details = enrollments.details(as(kBao), e.id);
    QVERIFY(details);
    QVERIFY(details->enrollment.paymentHold);
    QVERIFY2(details->nextStep.contains(QLatin1String("Payment on hold")), qPrintable(details->nextStep));
    // Holding twice is refused and writes nothing.
    auto again = service.hold(as(kBao), kCommerce, QStringLiteral("4649101"), true);
    QVERIFY(!again);
    QCOMPARE(int(again.error().kind), int(ErrorKind::WrongState));
    QCOMPARE(auditCount(QStringLiteral("payment.hold"), kBao), 1);
    auto released = service.hold(as(kBao), kCommerce, QStringLiteral("4649101"), false);
    QVERIFY(released);
    QVERIFY(!released->enrollment.paymentHold);
    QVERIFY(released->mayHold.ok());
    QVERIFY(!released->mayRelease.ok());
    QVERIFY(!enrollment(kCommerce, QStringLiteral("4649101")).paymentHold);
    QCOMPARE(auditCount(QStringLiteral("payment.release"), kBao), 1);
    details = enrollments.details(as(kBao), e.id);
    QVERIFY(!details->nextStep.contains(QLatin1String("Payment on hold")));
    // An invitation not yet accepted has no payments to hold.
    auto invited =
        service.hold(as(kBao), QStringLiteral("Marketplace Rewards"), QStringLiteral("4649101"), true);
    QVERIFY(!invited);
    QCOMPARE(int(invited.error().kind), int(ErrorKind::WrongState));
}

void TestAssignments::defaultsForSeveralLocations()
{
    AssignmentService service(*m_ctx);
    const BankProfile eu = *m_ctx->profiles().bankProfileByName(QStringLiteral("Contoso EU Treasury"));
    // Bad input first: nothing is written.
    const qint64 records = *m_ctx->auditLog().count();
    QVERIFY(!service.setDefaults(as(kBao), eu.name, QStringLiteral("INR"), {QStringLiteral("4649101")}));
    QVERIFY(!service.setDefaults(as(kBao), eu.name, QStringLiteral("EUR"), {}));
    QVERIFY(!service.setDefaults(as(kBao), eu.name, QStringLiteral("EUR"),
                                 {QStringLiteral("4649101"), QStringLiteral("0000000")}));
    QCOMPARE(*m_ctx->auditLog().count(), records);
    QVERIFY(m_ctx->directory().locationByPartnerId(QStringLiteral("4649101"))->defaultBankProfileId != eu.id);

    auto outcome = service.setDefaults(as(kBao), QString::number(eu.id), QStringLiteral("eur"),
                                       {QStringLiteral("4649101"), QStringLiteral("4649103")});
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->locations, 2);
    int assigned = 0;
    for (const char* partnerId : {"4649101", "4649103"}) {
        const Location l = *m_ctx->directory().locationByPartnerId(QString::fromLatin1(partnerId));
        QCOMPARE(l.defaultBankProfileId, eu.id);
        const QList<Enrollment> rows = m_ctx->enrollments().ofLocation(l.id).value();
        for (const Enrollment& e : rows) {
            if (e.bankProfileId != 0)
                continue; // paid from a profile chosen for it: unchanged
            const bool pays =
                m_ctx->programs().program(e.programId)->currencies.contains(QStringLiteral("EUR"));
            if (pays) {
                QCOMPARE(e.currency, QStringLiteral("EUR"));
                ++assigned;
            } else {
                QVERIFY(outcome->unchanged.contains(workflow::describe(e)));
            }
        }
        QCOMPARE(auditCount(QStringLiteral("assignment.defaults"), kBao, QStringLiteral("EUR")) > 0, true);
    }
    QVERIFY(assigned > 0);
    QCOMPARE(outcome->assigned, assigned);
    QCOMPARE(auditCount(QStringLiteral("assignment.defaults"), kBao), 2);
}

void TestAssignments::anotherLocationsAdminIsRefusedAndAudited()
{
    AssignmentService service(*m_ctx);
    const Enrollment before = enrollment(kCommerce, QStringLiteral("4649101"));
    AssignmentChange change;
    change.currency = QStringLiteral("EUR");
    auto set = service.set(as(kCharlotte), kCommerce, QStringLiteral("4649101"), change);
    QVERIFY(!set);
    QCOMPARE(int(set.error().kind), int(ErrorKind::Denied));
    QCOMPARE(auditCount(QStringLiteral("denied"), kCharlotte, QStringLiteral("assignment.set")), 1);
    auto hold = service.hold(as(kCharlotte), kCommerce, QStringLiteral("4649101"), true);
    QVERIFY(!hold);
    QCOMPARE(int(hold.error().kind), int(ErrorKind::Denied));
    QCOMPARE(auditCount(QStringLiteral("denied"), kCharlotte, QStringLiteral("payment.hold")), 1);
    // One location refused refuses them all: her own is left as it was too.
    const Location london = *m_ctx->directory().locationByPartnerId(QStringLiteral("4649102"));
    auto defaults =
        service.setDefaults(as(kCharlotte), QStringLiteral("Contoso UK Payout"), QStringLiteral("GBP"),
                            {QStringLiteral("4649102"), QStringLiteral("4649101")});
    QVERIFY(!defaults);
    QCOMPARE(int(defaults.error().kind), int(ErrorKind::Denied));
    QCOMPARE(auditCount(QStringLiteral("denied"), kCharlotte, QStringLiteral("assignment.defaults")), 1);
    QCOMPARE(auditCount(QStringLiteral("assignment.defaults"), kCharlotte), 0);
    QCOMPARE(m_ctx->directory().locationByPartnerId(QStringLiteral("4649102"))->version, london.version);
    // The Account admin, as such, does not assign either (profiles are the Incentives admin's).
    auto avery = service.set(as(kAvery), kCommerce, QStringLiteral("4649101"), change);
    QVERIFY(!avery);
    QCOMPARE(int(avery.error().kind), int(ErrorKind::Denied));
    const Enrollment after = enrollment(kCommerce, QStringLiteral("4649101"));
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.currency, before.currency);
    QCOMPARE(after.paymentHold, false);
}

void TestAssignments::unknownUserIsRefused()
{
    AssignmentService service(*m_ctx);
    const Actor nobody{987654321, QStringLiteral("nobody@contoso.example"), QStringLiteral("Nobody")};
    QCOMPARE(int(service.list(nobody).error().kind), int(ErrorKind::Denied));
    AssignmentChange change;
    change.currency = QStringLiteral("USD");
    auto set = service.set(nobody, kCommerce, QStringLiteral("4649101"), change);
    QVERIFY(!set);
    QCOMPARE(int(set.error().kind), int(ErrorKind::Denied));
    auto hold = service.hold(nobody, kCommerce, QStringLiteral("4649101"), true);
    QVERIFY(!hold);
    QCOMPARE(int(hold.error().kind), int(ErrorKind::Denied));
    QVERIFY(!enrollment(kCommerce, QStringLiteral("4649101")).paymentHold);
    QCOMPARE(auditCount(QStringLiteral("denied"), nobody.email, QStringLiteral("payment.hold")), 1);
}

QTEST_GUILESS_MAIN(TestAssignments)
#include "tst_assignments.moc"

void TestAssignments::secondTaxProfileRevalidatesOnlyItsEnrollments()
{
    AssignmentService service(*m_ctx);
    ProfileService profiles(*m_ctx);
    const Id munich = m_ctx->directory().locationByPartnerId(QStringLiteral("4649103"))->id;
    const TaxProfile first = **m_ctx->profiles().taxProfile(munich);
    const QList<Enrollment> untouched = *m_ctx->enrollments().ofLocation(munich);
    const TaxProfile second = addW8Ben();
    QVERIFY(second.id > 0 && second.id != first.id);
    QCOMPARE(second.locationId, munich);
    // Adding a profile changes no enrollment: none uses it yet.
    for (const Enrollment& e : untouched)
        QCOMPARE(m_ctx->enrollments().enrollment(e.id)->version, e.version);
    auto listed = profiles.taxProfiles(as(kEmma), QStringLiteral("4649103"));
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).id, first.id);
    QCOMPARE(listed->at(1).form, TaxForm::W8Ben);
    QCOMPARE(auditCount(QStringLiteral("tax-profile.add"), kBao, QStringLiteral("w8ben")), 1);

    // The row offers both; Commerce uses the first until the second is assigned to it.
    auto before = service.row(as(kBao), kCommerce, QStringLiteral("4649103"));
    QVERIFY(before);
    QCOMPARE(before->taxProfileId, first.id);
    QVERIFY(before->taxFromDefault);
    QCOMPARE(before->taxProfiles.size(), 2);
    QCOMPARE(before->enrollment.status, EnrollmentStatus::Enrolled);
    AssignmentChange change;
    change.taxProfile = second.id;
    auto row = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), change);
    QVERIFY2(row, qPrintable(row ? QString() : row.error().message));
    QCOMPARE(row->taxProfileId, second.id);
    QVERIFY(!row->taxFromDefault);
    QCOMPARE(row->enrollment.status, EnrollmentStatus::Validating); // as after a bank profile change
    QCOMPARE(enrollment(kCommerce, QStringLiteral("4649103")).taxProfileId, second.id);
    QCOMPARE(auditCount(QStringLiteral("assignment.set"), kBao, QStringLiteral("W-8BEN %1").arg(second.id)),
             1);
    // Continue and validation judge the assignment's profile, not the location's first.
    auto context = workflow::contextFor(*m_ctx, enrollment(kCommerce, QStringLiteral("4649103")));
    QVERIFY(context && context->tax);
    QCOMPARE(context->tax->id, second.id);
    // The other enrollments of the location still use the first.
    for (const Enrollment& e : untouched)
        if (e.programName != kCommerce) {
            const Enrollment now = *m_ctx->enrollments().enrollment(e.id);
            QCOMPARE(now.taxProfileId, e.taxProfileId);
            QCOMPARE(workflow::contextFor(*m_ctx, now)->tax->id, first.id);
        }

    // An edit of the second profile sends back exactly the enrollment assigned it.
    auto revalidated = profiles.revalidatedByTaxEdit(as(kBao), QStringLiteral("4649103"), second.id);
    QVERIFY(revalidated);
    QCOMPARE(revalidated->size(), 1);
    QCOMPARE(revalidated->first().programName, kCommerce);
    QList<Enrollment> others;
    const QList<Enrollment> atMunich = *m_ctx->enrollments().ofLocation(munich);
    for (const Enrollment& e : atMunich)
        if (e.programName != kCommerce)
            others.append(e);
    // Among them one validating under the first profile, which an edit of the location's profiles
    // as a whole would send back too.
    QVERIFY(std::any_of(others.cbegin(), others.cend(), [](const Enrollment& e) {
        return e.status == EnrollmentStatus::Validating || e.status == EnrollmentStatus::Enrolled;
    }));
    const Enrollment commerceBefore = enrollment(kCommerce, QStringLiteral("4649103"));
    TaxProfile edited = second;
    edited.personName = QStringLiteral("Lena M. Vogel");
    auto saved = profiles.setTax(as(kBao), QStringLiteral("4649103"), edited);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->id, second.id);
    QCOMPARE((*m_ctx->profiles().taxProfileById(second.id)).personName, QStringLiteral("Lena M. Vogel"));
    QCOMPARE(m_ctx->profiles().taxProfileById(first.id)->version, first.version); // the first untouched
    QVERIFY(enrollment(kCommerce, QStringLiteral("4649103")).version > commerceBefore.version);
    for (const Enrollment& e : std::as_const(others))
        QCOMPARE(m_ctx->enrollments().enrollment(e.id)->version, e.version);

    // An edit of the first sends back the others that are enrolled or validating, never Commerce.
    auto byFirst = profiles.revalidatedByTaxEdit(as(kBao), QStringLiteral("4649103"), first.id);
    QVERIFY(byFirst);
    QVERIFY(!byFirst->isEmpty()); // CSP Indirect at Munich is validating under the first
    for (const Enrollment& e : *byFirst)
        QVERIFY(e.programName != kCommerce);
    const Enrollment commerceNow = enrollment(kCommerce, QStringLiteral("4649103"));
    TaxProfile firstEdited = first;
    QVERIFY(profiles.setTax(as(kBao), QStringLiteral("4649103"), firstEdited));
    QCOMPARE(enrollment(kCommerce, QStringLiteral("4649103")).version, commerceNow.version);
    for (const Enrollment& e : *byFirst)
        QCOMPARE(m_ctx->enrollments().enrollment(e.id)->status, EnrollmentStatus::Validating);
}

void TestAssignments::taxProfileOfAnotherLocationOrUnusableIsRefused()
{
    AssignmentService service(*m_ctx);
    const Enrollment before = enrollment(kCommerce, QStringLiteral("4649103"));
    // Bao administers Redmond too, but Redmond's W-9 is not Munich's to be paid under.
    const Id redmond = m_ctx->directory().locationByPartnerId(QStringLiteral("4649101"))->id;
    const Id redmondTax = (*m_ctx->profiles().taxProfile(redmond))->id;
    AssignmentChange change;
    change.taxProfile = redmondTax;
    auto refused = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), change);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Invalid));
    QCOMPARE(refused.error().field, QStringLiteral("tax"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("4649103")),
             qPrintable(refused.error().message));
    // A profile that does not exist is refused beside the same field.
    change.taxProfile = 987654;
    auto unknown = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), change);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().field, QStringLiteral("tax"));
    // An expired W-8BEN-E of the location (stored as an older version would have) is not usable.
    const Id munich = before.locationId;
    TaxProfile expired = **m_ctx->profiles().taxProfile(munich);
    expired.id = 0;
    expired.signedOn = QDate(2019, 3, 1);
    auto expiredId = m_ctx->profiles().insertTax(expired, QDateTime(), m_ctx->clock().now());
    QVERIFY(expiredId);
    change.taxProfile = *expiredId;
    auto old = service.set(as(kBao), kCommerce, QStringLiteral("4649103"), change);
    QVERIFY(!old);
    QCOMPARE(old.error().field, QStringLiteral("tax"));
    const Enrollment after = enrollment(kCommerce, QStringLiteral("4649103"));
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.taxProfileId, before.taxProfileId);
    QCOMPARE(auditCount(QStringLiteral("assignment.set"), kBao), 0);
}

void TestAssignments::taxAssignmentByOthersIsRefusedAndAudited()
{
    AssignmentService service(*m_ctx);
    const TaxProfile second = addW8Ben();
    QVERIFY(second.id > 0);
    const Enrollment before = enrollment(kCommerce, QStringLiteral("4649103"));
    AssignmentChange change;
    change.taxProfile = second.id;
    const Actor nobody{987654321, QStringLiteral("nobody@contoso.example"), QStringLiteral("Nobody")};
    // Another location's Incentives admin, an Incentives user of the location, the Account admin and
    // someone without a role: each refused, each refusal recorded.
    for (const Actor& who : {as(kCharlotte), as(kEmma), as(kAvery), nobody}) {
        auto refused = service.set(who, kCommerce, QStringLiteral("4649103"), change);
        QVERIFY2(!refused, qPrintable(who.email));
        QCOMPARE(int(refused.error().kind), int(ErrorKind::Denied));
        QCOMPARE(auditCount(QStringLiteral("denied"), who.email, QStringLiteral("assignment.set")), 1);
    }
    // Nor may they add a tax profile to the location.
    auto added = ProfileService(*m_ctx).addTax(as(kCharlotte), QStringLiteral("4649103"), second);
    QVERIFY(!added);
    QCOMPARE(int(added.error().kind), int(ErrorKind::Denied));
    QCOMPARE(m_ctx->profiles().taxProfiles(before.locationId)->size(), 2);
    const Enrollment after = enrollment(kCommerce, QStringLiteral("4649103"));
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.taxProfileId, before.taxProfileId);
}
