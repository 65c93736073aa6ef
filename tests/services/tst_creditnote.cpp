// Credit note as a payout method, through the services on a fresh demo database per test: a
// credit-note profile carries a CSP tenant and no bank account, is offered only in some countries
// and by programs that pay by credit note, and its tenant is verified by an Incentives admin of its
// location. Also the beneficiary contact of a bank-transfer profile.
#include "services/AppContext.h"
#include "services/AuditService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

#include <algorithm>
#include <memory>

using namespace incentives;
using namespace Qt::StringLiterals;

#define CHECK_OK(expr)                                                                                       \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(checked_.ok(), qPrintable(checked_.ok() ? QString() : checked_.error().message));           \
    } while (false)

#define CHECK_REFUSED(expr, errorKind, word)                                                                 \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(!checked_.ok(), "expected a refusal: " #expr);                                              \
        QVERIFY2(checked_.error().kind == errorKind && checked_.error().message.contains(word),              \
                 qPrintable(u"refused as: "_s + checked_.error().message));                                  \
    } while (false)

namespace {

const QString kBao = u"bao.nguyen@contoso.example"_s, kCharlotte = u"charlotte.evans@contoso.example"_s,
              kEmma = u"emma.schmidt@contoso.example"_s, kAvery = u"avery.brooks@contoso.example"_s,
              kDev = u"dev.patel@contoso.example"_s;
const QString kUS = u"4649101"_s, kGB = u"4649102"_s, kDE = u"4649103"_s, kIN = u"4649104"_s;
const QString kMarketplace = u"Marketplace Rewards"_s, kCommerce = u"Microsoft Commerce Incentives"_s;
const QString kDemoCredit = u"Contoso DE Credit Note"_s, kUsBank = u"Contoso US Operating"_s;
const QString kTenant = u"8F3B2C1D-4E5F-4A6B-9C7D-0E1F2A3B4C5D"_s;

BankProfile creditNote(const QString& name, const QString& country = u"DE"_s)
{
    BankProfile p;
    p.name = name;
    p.country = country;
    p.currency = u"EUR"_s;
    p.method = PaymentMethod::CreditNote;
    p.tenantId = kTenant;
    return p;
}

} // namespace

class TestCreditNote : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;

    AppContext& ctx() { return *m_ctx; }
    Actor as(const QString& email)
    {
        auto a = ctx().actor(email);
        if (!a)
            QTest::qFail(qPrintable(u"no actor "_s + email), __FILE__, __LINE__);
        return a ? *a : Actor{};
    }
    BankProfile stored(const QString& name)
    {
        auto p = ctx().profiles().bankProfileByName(name);
        if (!p)
            QTest::qFail(qPrintable(p.error().message), __FILE__, __LINE__);
        return p ? *p : BankProfile{};
    }
    QList<AuditEntry> audit()
    {
        auto all = ctx().auditLog().list(0, 100000);
        return all ? *all : QList<AuditEntry>();
    }
    int audited(const QString& action, const QString& actor)
    {
        const auto entries = audit();
        return int(std::ranges::count_if(
            entries, [&](const AuditEntry& e) { return e.action == action && e.actor == actor; }));
    }
    int profileCount()
    {
        auto all = ctx().profiles().bankProfiles();
        return all ? int(all->size()) : -1;
    }
    Enrollment enrollment(const QString& program, const QString& partnerId)
    {
        auto p = ctx().programs().programByName(program);
        auto l = ctx().directory().locationByPartnerId(partnerId);
        auto e = p && l ? ctx().enrollments().find(p->id, l->id) : Result<std::optional<Enrollment>>(Error{});
        if (e && e->has_value())
            return **e;
        QTest::qFail(qPrintable(u"no enrollment %1 at %2"_s.arg(program, partnerId)), __FILE__, __LINE__);
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = AppContext::open(
            testdb::fresh(m_dir, u"creditnote-%1.db"_s.arg(QLatin1String(QTest::currentTestFunction()))),
            Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_ctx = std::move(opened).value();
        auto seeded = seed::demo(*m_ctx);
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    }
    void cleanup() { m_ctx.reset(); }

    // The demo's German location keeps a credit-note profile, its tenant confirmed by its admin.
    void demoHasAConfirmedCreditNote()
    {
        const BankProfile p = stored(kDemoCredit);
        QCOMPARE(p.method, PaymentMethod::CreditNote);
        QCOMPARE(p.creditNoteStatus, CreditNoteStatus::Confirmed);
        QCOMPARE(p.country, u"DE"_s);
        QVERIFY(p.iban.isEmpty() && p.accountNumber.isEmpty() && p.holderName.isEmpty());
        QVERIFY(std::ranges::any_of(audit(), [](const AuditEntry& e) {
            return e.action == u"bank-profile.verified"_s && e.partnerId == u"4649103"_s;
        }));
        // Bank-transfer profiles carry a beneficiary contact.
        const BankProfile us = stored(kUsBank);
        QCOMPARE(us.contactEmail, u"bao.nguyen@contoso.example"_s);
        QCOMPARE(us.contactPhone, u"+14255550100"_s);
    }

    // A credit-note profile is saved without any bank account field, whatever came along.
    void savedWithoutBankFields()
    {
        ProfileService profiles(ctx());
        BankProfile typed = creditNote(u"DE Credit"_s);
        typed.holderName = u"Contoso Ltd"_s;
        typed.iban = u"DE89370400440532013000"_s;
        typed.bic = u"COBADEFFXXX"_s;
        typed.contactName = u"Emma"_s;
        auto added = profiles.addBank(as(kBao), typed, kDE);
        CHECK_OK(added);
        const BankProfile p = stored(u"DE Credit"_s);
        QCOMPARE(p.method, PaymentMethod::CreditNote);
        QCOMPARE(p.tenantId, kTenant.toLower());
        QCOMPARE(p.creditNoteStatus, CreditNoteStatus::VerificationNeeded);
        QVERIFY(p.holderName.isEmpty() && p.iban.isEmpty() && p.bic.isEmpty() && p.contactName.isEmpty());
        QCOMPARE(p.ownerLocationId, ctx().directory().locationByPartnerId(kDE)->id);
        QVERIFY(std::ranges::any_of(audit(), [](const AuditEntry& e) {
            return e.action == u"bank-profile.added"_s && e.details.contains(u"credit note"_s);
        }));

        // A tenant ID that is no GUID is refused, and nothing is written.
        const int before = profileCount();
        BankProfile bad = creditNote(u"DE Credit 2"_s);
        bad.tenantId = u"contoso.onmicrosoft.com"_s;
        CHECK_REFUSED(profiles.addBank(as(kBao), bad, kDE), ErrorKind::Invalid, u"tenant ID"_s);
        QCOMPARE(profileCount(), before);
    }

    // Outside the credit-note countries a credit-note profile is refused, on add and on edit.
    void refusedOutsideCreditNoteCountries()
    {
        ProfileService profiles(ctx());
        const int before = profileCount();
        CHECK_REFUSED(profiles.addBank(as(kBao), creditNote(u"US Credit"_s, u"US"_s), kUS),
                      ErrorKind::Invalid, u"not offered"_s);
        CHECK_REFUSED(profiles.addBank(as(kDev), creditNote(u"IN Credit"_s, QString()), kIN),
                      ErrorKind::Invalid, u"not offered"_s);
        // A credit note belongs to its location's country.
        CHECK_REFUSED(profiles.addBank(as(kBao), creditNote(u"FR Credit"_s, u"FR"_s), kDE),
                      ErrorKind::Invalid, u"DE"_s);
        QCOMPARE(profileCount(), before);
        const BankProfile us = stored(kUsBank);
        CHECK_REFUSED(profiles.editBank(as(kBao), kUsBank,
                                        [](BankProfile& p) {
                                            p.method = PaymentMethod::CreditNote;
                                            p.tenantId = kTenant;
                                        }),
                      ErrorKind::Invalid, u"not offered"_s);
        QCOMPARE(stored(kUsBank).version, us.version);
        QCOMPARE(stored(kUsBank).method, PaymentMethod::BankTransfer);
        // Nor may a location outside those countries take one as its default.
        CHECK_REFUSED(profiles.setDefaultBank(as(kBao), kDemoCredit, kUS), ErrorKind::Invalid,
                      u"not offered"_s);
        QCOMPARE(ctx().directory().locationByPartnerId(kUS)->defaultBankProfileId, stored(kUsBank).id);
    }

    // Only a program that pays by credit note may be paid with a credit-note profile.
    void assignmentFollowsTheProgram()
    {
        EnrollmentService enrollments(ctx());
        const Actor bao = as(kBao);
        CHECK_REFUSED(enrollments.invitation(bao, kCommerce, kDE, kDemoCredit), ErrorKind::Invalid,
                      u"does not pay by credit note"_s);
        auto commerce = enrollments.invitation(bao, kCommerce, kDE);
        CHECK_OK(commerce);
        for (const BankProfile& p : commerce->bankChoices)
            QVERIFY2(p.method == PaymentMethod::BankTransfer, qPrintable(p.name));
        auto marketplace = enrollments.invitation(bao, kMarketplace, kDE, kDemoCredit);
        CHECK_OK(marketplace);
        QVERIFY(std::ranges::any_of(marketplace->bankChoices,
                                    [](const BankProfile& p) { return p.name == kDemoCredit; }));
        QCOMPARE(marketplace->bank.value_or(BankProfile{}).name, kDemoCredit);

        // A program that pays by credit note is submitted with it.
        const Enrollment marketplaceBefore = enrollment(kMarketplace, kDE);
        CHECK_OK(enrollments.accept(bao, kMarketplace, kDE));
        CHECK_OK(enrollments.submit(bao, kMarketplace, kDE, kDemoCredit));
        const Enrollment submitted = enrollment(kMarketplace, kDE);
        QCOMPARE(submitted.status, EnrollmentStatus::Validating);
        QCOMPARE(submitted.bankProfileId, stored(kDemoCredit).id);
        QVERIFY(marketplaceBefore.status != EnrollmentStatus::Validating);
    }

    void submitWithoutCreditNoteProgramRefused()
    {
        // The UK location's Commerce enrollment waits in Enrolling (its holder was rejected); a
        // credit-note profile made there cannot be submitted with it.
        EnrollmentService enrollments(ctx());
        ProfileService profiles(ctx());
        const Actor charlotte = as(kCharlotte);
        BankProfile gb = creditNote(u"UK Credit"_s, u"GB"_s);
        gb.currency = u"GBP"_s;
        gb.taxExempt = true;
        CHECK_OK(profiles.addBank(charlotte, gb, kGB));
        QVERIFY(stored(u"UK Credit"_s).taxExempt);
        CHECK_OK(profiles.verifyCreditNote(charlotte, u"UK Credit"_s));
        const Enrollment before = enrollment(kCommerce, kGB);
        QVERIFY2(before.status == EnrollmentStatus::Enrolling || before.status == EnrollmentStatus::Invited,
                 qPrintable(statusCode(before.status)));
        if (before.status == EnrollmentStatus::Invited)
            CHECK_OK(enrollments.accept(charlotte, kCommerce, kGB));
        const Enrollment accepted = enrollment(kCommerce, kGB);
        CHECK_REFUSED(enrollments.submit(charlotte, kCommerce, kGB, u"UK Credit"_s), ErrorKind::Invalid,
                      u"does not pay by credit note"_s);
        const Enrollment after = enrollment(kCommerce, kGB);
        QCOMPARE(after.status, accepted.status);
        QCOMPARE(after.bankProfileId, accepted.bankProfileId);
    }

    // Only an Incentives admin of the profile's location verifies its tenant; refusals are audited.
    void verifyByTheLocationsAdminOnly()
    {
        ProfileService profiles(ctx());
        CHECK_OK(profiles.addBank(as(kBao), creditNote(u"DE Credit"_s), kDE));
        const int deniedBefore = audited(u"denied"_s, kCharlotte);
        CHECK_REFUSED(profiles.verifyCreditNote(as(kCharlotte), u"DE Credit"_s), ErrorKind::Denied,
                      u"Incentives admin"_s);
        QCOMPARE(audited(u"denied"_s, kCharlotte), deniedBefore + 1);
        CHECK_REFUSED(profiles.verifyCreditNote(as(kEmma), u"DE Credit"_s), ErrorKind::Denied,
                      u"Incentives admin"_s);
        CHECK_REFUSED(profiles.verifyCreditNote(as(kAvery), u"DE Credit"_s), ErrorKind::Denied,
                      u"Incentives admin"_s);
        QCOMPARE(stored(u"DE Credit"_s).creditNoteStatus, CreditNoteStatus::VerificationNeeded);
        auto may = profiles.mayVerifyCreditNote(as(kCharlotte), u"DE Credit"_s);
        QVERIFY(may && !may->ok());

        const int verifiedBefore = audited(u"bank-profile.verified"_s, kBao);
        auto verified = profiles.verifyCreditNote(as(kBao), u"DE Credit"_s);
        CHECK_OK(verified);
        QCOMPARE(stored(u"DE Credit"_s).creditNoteStatus, CreditNoteStatus::Confirmed);
        QCOMPARE(audited(u"bank-profile.verified"_s, kBao), verifiedBefore + 1);
        CHECK_REFUSED(profiles.verifyCreditNote(as(kBao), u"DE Credit"_s), ErrorKind::WrongState,
                      u"confirmed already"_s);
        CHECK_REFUSED(profiles.verifyCreditNote(as(kBao), kUsBank), ErrorKind::Invalid, u"bank transfer"_s);
    }

    // A new tenant ID waits for verification again and sends the enrollments using it to validation.
    void tenantEditNeedsVerificationAndRevalidates()
    {
        EnrollmentService enrollments(ctx());
        ProfileService profiles(ctx());
        const Actor bao = as(kBao);
        CHECK_OK(enrollments.accept(bao, kMarketplace, kDE));
        CHECK_OK(enrollments.submit(bao, kMarketplace, kDE, kDemoCredit));
        CHECK_OK(PresenterTools(ctx()).advanceClock(as(kAvery), 48 * 3600));
        QCOMPARE(statusCode(enrollment(kMarketplace, kDE).status), statusCode(EnrollmentStatus::Enrolled));

        // Renaming keeps the confirmation.
        CHECK_OK(
            profiles.editBank(bao, kDemoCredit, [](BankProfile& p) { p.name = u"DE Credit Renamed"_s; }));
        QCOMPARE(stored(u"DE Credit Renamed"_s).creditNoteStatus, CreditNoteStatus::Confirmed);
        CHECK_OK(PresenterTools(ctx()).advanceClock(as(kAvery), 48 * 3600));
        QCOMPARE(statusCode(enrollment(kMarketplace, kDE).status), statusCode(EnrollmentStatus::Enrolled));

        auto listed = profiles.revalidatedByBankEdit(bao, u"DE Credit Renamed"_s);
        CHECK_OK(listed);
        QCOMPARE(listed->size(), 1);
        CHECK_OK(profiles.editBank(bao, u"DE Credit Renamed"_s, [](BankProfile& p) {
            p.tenantId = u"3f2504e0-4f89-41d3-9a0c-0305e82c3302"_s;
        }));
        const BankProfile p = stored(u"DE Credit Renamed"_s);
        QCOMPARE(p.creditNoteStatus, CreditNoteStatus::VerificationNeeded);
        QCOMPARE(p.tenantId, u"3f2504e0-4f89-41d3-9a0c-0305e82c3302"_s);
        QCOMPARE(statusCode(enrollment(kMarketplace, kDE).status), statusCode(EnrollmentStatus::Validating));
    }

    // The beneficiary contact is checked by the services as by the core, and an edit keeps it.
    void beneficiaryContact()
    {
        ProfileService profiles(ctx());
        CHECK_REFUSED(
            profiles.editBank(as(kBao), kUsBank, [](BankProfile& p) { p.contactEmail = u"bao@"_s; }),
            ErrorKind::Invalid, u"domain"_s);
        CHECK_REFUSED(
            profiles.editBank(as(kBao), kUsBank, [](BankProfile& p) { p.contactPhone = u"call me"_s; }),
            ErrorKind::Invalid, u"phone"_s);
        QCOMPARE(stored(kUsBank).contactEmail, u"bao.nguyen@contoso.example"_s);
        CHECK_OK(profiles.editBank(as(kBao), kUsBank, [](BankProfile& p) {
            p.contactName = u"Emma Schmidt"_s;
            p.contactEmail = u"Emma.Schmidt@Contoso.example"_s;
            p.contactPhone = u"+1 (425) 555-0199"_s;
        }));
        const BankProfile us = stored(kUsBank);
        QCOMPARE(us.contactName, u"Emma Schmidt"_s);
        QCOMPARE(us.contactEmail, u"emma.schmidt@contoso.example"_s);
        QCOMPARE(us.contactPhone, u"+14255550199"_s);
    }
};

QTEST_GUILESS_MAIN(TestCreditNote)
#include "tst_creditnote.moc"
