// The enrollment flow clicked through as an Incentives admin would: invitation dialog, Submit or
// Continue, the payout and tax profile forms with their inline messages, validation on the demo
// clock, a rejected validation and its fix, and revalidation after an edit.
#include "core/Validators.h"
#include "gui/AuditPage.h"
#include "gui/BankProfilesModel.h"
#include "gui/LocationPicker.h"
#include "gui/MessageBoxes.h"
#include "gui/ProfilesPage.h"
#include "gui/Translations.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/Simulation.h"
#include "services/demo/PresenterTools.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestEnrollmentFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_demo.close(); }

    void submitPathToEnrolled();
    void continuePathWithInvalidThenValidTaxForm();
    void bankFormChecksAsYouType();
    void countryTypedAndEnterPicksIt();
    void saveNamesWhatIsStillNeeded();
    void closingAChangedFormAsksFirst();
    void formsAndAuditReadInGerman();
    void testBicIsFlaggedNotRefused();
    void rejectedValidationAndItsFix();
    void editAfterEnrollmentRevalidates();
    void cancelLeavesNoTrace();
    void staleEditKeepsWhatWasTyped();
    void incentivesUserCannotOpenTheForms();
    void bankProfilesModelPassesTheTester();

private:
    EnrollmentStatus statusOf(const QString& program, const QString& partnerId);
    void clickEnroll(const QString& program, const QString& partnerId,
                     const std::function<void(QWidget*)>& body);
    void advance(qint64 seconds);
    static void type(QWidget* dialog, const char* name, const QString& text);
    static QLabel* error(QWidget* dialog, const char* field);
    static QPushButton* save(QWidget* dialog)
    {
        return dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    }
    qint64 auditCount() { return *m_demo.context().auditLog().count(); }

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestEnrollmentFlow::init()
{
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

EnrollmentStatus TestEnrollmentFlow::statusOf(const QString& program, const QString& partnerId)
{
    WorkspacePage* page = m_demo.window->workspacePage();
    if (!page->selectEnrollment(program, partnerId))
        return EnrollmentStatus::Discontinued;
    auto* table = page->findChild<QTableView*>(QStringLiteral("table"));
    return EnrollmentStatus(table->currentIndex().data(WorkspaceModel::StatusRole).toInt());
}

void TestEnrollmentFlow::clickEnroll(const QString& program, const QString& partnerId,
                                     const std::function<void(QWidget*)>& body)
{
    WorkspacePage* page = m_demo.window->workspacePage();
    m_demo.window->showPage(MainWindow::WorkspacePageIndex);
    QVERIFY(page->selectEnrollment(program, partnerId));
    auto* enroll = page->findChild<QPushButton*>(QStringLiteral("enrollButton"));
    QVERIFY2(enroll->isEnabled(), qPrintable(enroll->toolTip()));
    bool done = false;
    onNextModal(this, body, &done);
    QTest::mouseClick(enroll, Qt::LeftButton);
    QVERIFY(done);
}

void TestEnrollmentFlow::advance(qint64 seconds)
{
    // The demo's presenter moves the clock; the window follows by itself.
    auto presenter = m_demo.context().actor(kAvery);
    QVERIFY(presenter);
    QVERIFY(PresenterTools(m_demo.context()).advanceClock(*presenter, seconds));
    // F5 reaches the window's shortcut only while it is the active window again.
    m_demo.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_demo.window.get()));
    QTest::keyClick(m_demo.window.get(), Qt::Key_F5);
}

void TestEnrollmentFlow::type(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QLabel* TestEnrollmentFlow::error(QWidget* dialog, const char* field)
{
    return dialog->findChild<QLabel*>(QString::fromLatin1(field) + QStringLiteral("Error"));
}

void TestEnrollmentFlow::submitPathToEnrolled()
{
    QVERIFY(m_demo.signIn(kBao));
    const QString program = QStringLiteral("Microsoft Security Incentives");
    QCOMPARE(statusOf(program, QStringLiteral("4649101")), EnrollmentStatus::Invited);
    clickEnroll(program, QStringLiteral("4649101"), [](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("invitationDialog"));
        auto* bank = dialog->findChild<QComboBox*>(QStringLiteral("bankProfileCombo"));
        QVERIFY(bank->currentText().startsWith(QStringLiteral("Contoso US Operating")));
        QVERIFY(bank->currentText().contains(QStringLiteral("0175"))); // Bao may see his own account
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("continueButton"))->isVisible());
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("submitButton"));
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("termsCheck")), Qt::LeftButton);
        QVERIFY(submit->isEnabled());
        saveShot(dialog, QStringLiteral("invitation-submit"));
        QTest::mouseClick(submit, Qt::LeftButton);
    });
    QCOMPARE(statusOf(program, QStringLiteral("4649101")), EnrollmentStatus::Validating);
    advance(23 * 3600);
    QCOMPARE(statusOf(program, QStringLiteral("4649101")), EnrollmentStatus::Validating);
    advance(3600);
    QCOMPARE(statusOf(program, QStringLiteral("4649101")), EnrollmentStatus::Enrolled);
}

void TestEnrollmentFlow::continuePathWithInvalidThenValidTaxForm()
{
    QVERIFY(m_demo.signIn(kDev));
    const QString program = QStringLiteral("Microsoft Commerce Incentives");
    QCOMPARE(statusOf(program, QStringLiteral("4649104")), EnrollmentStatus::Enrolling);
    clickEnroll(program, QStringLiteral("4649104"), [](QWidget* dialog) {
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("submitButton"))->isVisible());
        auto* next = dialog->findChild<QPushButton*>(QStringLiteral("continueButton"));
        QVERIFY(next->isVisible() && next->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("missingLabel"))
                    ->text()
                    .contains(QStringLiteral("tax profile")));
        saveShot(dialog, QStringLiteral("invitation-continue"));
        QTest::mouseClick(next, Qt::LeftButton);
    });
    // Continue opened the payout and tax profile page at the tax profile of that location.
    auto* pages = m_demo.window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), m_demo.window->profilesPage());
    ProfilesPage* profiles = m_demo.window->profilesPage();
    QCOMPARE(profiles->findChild<LocationPicker*>(QStringLiteral("locationPicker"))->partnerId(),
             QStringLiteral("4649104"));
    QVERIFY(profiles->findChild<QLabel*>(QStringLiteral("bannerLabel"))->isVisible());

    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("taxProfileDialog"));
            QVERIFY(!save(dialog)->isEnabled()); // the foreign tax ID is still missing
            type(dialog, "foreignTaxIdEdit", QStringLiteral("x"));
            type(dialog, "foreignTaxIdEdit", QString());
            QVERIFY(error(dialog, "foreignTaxId")->isVisible());
            QVERIFY(error(dialog, "foreignTaxId")->text().contains(QStringLiteral("foreign tax")));
            QVERIFY(!save(dialog)->isEnabled());
            saveShot(dialog, QStringLiteral("tax-profile-error"));
            // Characters no tax ID has are refused beside the field, with the core's message.
            type(dialog, "foreignTaxIdEdit", QStringLiteral("AAACC@1234D"));
            QVERIFY(error(dialog, "foreignTaxId")->isVisible());
            QCOMPARE(error(dialog, "foreignTaxId")->text(),
                     QStringLiteral("⚠ ") + validators::foreignTaxId(QStringLiteral("AAACC@1234D")).error);
            QVERIFY(error(dialog, "foreignTaxId")->text().contains(QStringLiteral("“@”")));
            QVERIFY(!save(dialog)->isEnabled());
            type(dialog, "foreignTaxIdEdit", QStringLiteral("AAACC1234D"));
            QVERIFY(!error(dialog, "foreignTaxId")->isVisible());
            QVERIFY(save(dialog)->isEnabled());
            QTest::mouseClick(save(dialog), Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("editTaxButton")), Qt::LeftButton);
    QVERIFY(done);
    QVERIFY(profiles->findChild<QLabel*>(QStringLiteral("taxLabel"))
                ->text()
                .contains(QStringLiteral("W-8BEN-E")));
    // Its steps are done: the guidance is gone, the services having said nothing is missing.
    QVERIFY(!profiles->bannerShown());
    m_demo.window->resize(1024, 700);
    saveShot(m_demo.window.get(), QStringLiteral("en-profiles-done"));
    QVERIFY(profiles->findChild<QLabel*>(QStringLiteral("bannerLabel"))->isHidden());
    // One date format on the page: the day the form stays valid until.
    QVERIFY2(QRegularExpression(QStringLiteral("valid until \\d{4}-\\d{2}-\\d{2}$"))
                 .match(profiles->findChild<QLabel*>(QStringLiteral("taxLabel"))->text())
                 .hasMatch(),
             qPrintable(profiles->findChild<QLabel*>(QStringLiteral("taxLabel"))->text()));

    clickEnroll(program, QStringLiteral("4649104"), [](QWidget* dialog) {
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("submitButton"));
        QVERIFY(submit->isVisible() && submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
    });
    QCOMPARE(statusOf(program, QStringLiteral("4649104")), EnrollmentStatus::Validating);
    advance(24 * 3600);
    QCOMPARE(statusOf(program, QStringLiteral("4649104")), EnrollmentStatus::Enrolled);
}

void TestEnrollmentFlow::bankFormChecksAsYouType()
{
    QVERIFY(m_demo.signIn(kCharlotte));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    const int before = profiles->bankModel()->rowCount();
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("bankProfileDialog"));
            type(dialog, "nameEdit", QStringLiteral("Contoso UK Reserve"));
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("countryEdit"));
            country->setCurrentIndex(country->findData(QStringLiteral("GB")));
            QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("routingLabel"))->text(),
                     QStringLiteral("&Sort code:"));
            QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("ibanEdit"))->isVisible());
            type(dialog, "holderEdit", QStringLiteral("Contoso Ltd"));
            type(dialog, "routingEdit", QStringLiteral("12-34-5"));
            type(dialog, "accountEdit", QStringLiteral("1234"));
            QVERIFY(error(dialog, "routing")->isVisible());
            QVERIFY(error(dialog, "account")->isVisible());
            QVERIFY(!save(dialog)->isEnabled());
            saveShot(dialog, QStringLiteral("bank-profile-errors"));
            type(dialog, "routingEdit", QStringLiteral("40-47-84"));
            type(dialog, "accountEdit", QStringLiteral("12345678"));
            QVERIFY(!error(dialog, "routing")->isVisible());
            QVERIFY(!error(dialog, "account")->isVisible());
            QVERIFY(save(dialog)->isEnabled());
            QTest::mouseClick(save(dialog), Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);
    QCOMPARE(profiles->bankModel()->rowCount(), before + 1);
    const int row = profiles->bankModel()->rowOf(QStringLiteral("Contoso UK Reserve"));
    QVERIFY(row >= 0);
    QCOMPARE(profiles->bankModel()->at(row)->profile.routingNumber, QStringLiteral("404784"));
    QCOMPARE(profiles->bankModel()->at(row)->profile.status, ProfileStatus::PendingValidation);
}

void TestEnrollmentFlow::countryTypedAndEnterPicksIt()
{
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectLocation(QStringLiteral("4649103"));
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("countryEdit"));
            const auto enter = [&](const QString& typed) {
                country->setFocus();
                country->lineEdit()->selectAll();
                QTest::keyClick(country->lineEdit(), Qt::Key_Backspace);
                QTest::keyClicks(country->lineEdit(), typed);
                QTest::keyClick(country, Qt::Key_Return);
            };
            // The name as the list shows it, in any case; Enter picks it and saves nothing.
            enter(QStringLiteral("germany"));
            QCOMPARE(country->currentData().toString(), QStringLiteral("DE"));
            QCOMPARE(country->currentText(), country->itemText(country->findData(QStringLiteral("DE"))));
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("ibanEdit"))->isVisibleTo(dialog));
            // The country's own name, and a part of a name only one country has.
            enter(QStringLiteral("Österreich"));
            QCOMPARE(country->currentData().toString(), QStringLiteral("AT"));
            enter(QStringLiteral("zealand"));
            QCOMPARE(country->currentData().toString(), QStringLiteral("NZ"));
            // A name no country has: said beside the field.
            enter(QStringLiteral("Atlantis"));
            QVERIFY(error(dialog, "country")->isVisible());
            QVERIFY2(
                error(dialog, "country")->text().contains(QStringLiteral("No country is called “Atlantis”")),
                qPrintable(error(dialog, "country")->text()));
            QVERIFY(!save(dialog)->isEnabled());
            enter(QStringLiteral("France"));
            QCOMPARE(country->currentData().toString(), QStringLiteral("FR"));
            QVERIFY(!error(dialog, "country")->isVisible());
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);
}

void TestEnrollmentFlow::saveNamesWhatIsStillNeeded()
{
    m_demo.window->resize(1024, 700);
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectLocation(QStringLiteral("4649103"));
    bool done = false;
    onNextModal(
        this,
        [this](QWidget* dialog) {
            auto* missing = dialog->findChild<QLabel*>(QStringLiteral("missingLabel"));
            QVERIFY(missing);
            QVERIFY(!missing->accessibleName().isEmpty());
            QVERIFY(!missing->isHidden());
            QCOMPARE(missing->text(), QStringLiteral("Still needed: Profile name, Bank country"));
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("countryEdit"));
            country->setCurrentIndex(country->findData(QStringLiteral("DE")));
            QCOMPARE(missing->text(),
                     QStringLiteral("Still needed: Profile name, Account holder, IBAN, BIC"));
            type(dialog, "nameEdit", QStringLiteral("Contoso DE Reserve"));
            type(dialog, "holderEdit", QStringLiteral("Contoso Deutschland GmbH"));
            QCOMPARE(missing->text(), QStringLiteral("Still needed: IBAN, BIC"));
            QVERIFY(!save(dialog)->isEnabled());
            saveShotOver(m_demo.window.get(), {dialog}, QStringLiteral("en-bank-profile-still-needed"));
            type(dialog, "ibanEdit", QStringLiteral("DE89 3704 0044 0532 0130 00"));
            QCOMPARE(missing->text(), QStringLiteral("Still needed: BIC"));
            type(dialog, "bicEdit", QStringLiteral("COBADEFFXXX"));
            QVERIFY(missing->isHidden());
            QVERIFY(save(dialog)->isEnabled());
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);

    // The tax form names its fields the same way.
    done = false;
    profiles->selectLocation(QStringLiteral("4649104"));
    QVERIFY(m_demo.signIn(kDev));
    profiles->selectLocation(QStringLiteral("4649104"));
    onNextModal(
        this,
        [](QWidget* dialog) {
            auto* missing = dialog->findChild<QLabel*>(QStringLiteral("missingLabel"));
            QVERIFY(missing && !missing->isHidden());
            QVERIFY2(missing->text().contains(QStringLiteral("Foreign tax ID")), qPrintable(missing->text()));
            type(dialog, "foreignTaxIdEdit", QStringLiteral("AAACC1234D"));
            QVERIFY(missing->isHidden());
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("editTaxButton")), Qt::LeftButton);
    QVERIFY(done);
}

void TestEnrollmentFlow::closingAChangedFormAsksFirst()
{
    m_demo.window->resize(1024, 700);
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectLocation(QStringLiteral("4649103"));
    const int before = profiles->bankModel()->rowCount();
    // Nothing changed: Esc closes at once, with no question.
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            MessageBoxes::answerNext(QMessageBox::No);
            QVERIFY(!MessageBoxes::confirm(dialog, QString(), QStringLiteral("(none yet)"), QString(),
                                           QString()));
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(!dialog->isVisible());
            QCOMPARE(MessageBoxes::lastText(), QStringLiteral("(none yet)"));
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);

    done = false;
    onNextModal(
        this,
        [this](QWidget* dialog) {
            type(dialog, "nameEdit", QStringLiteral("Half typed"));
            // Esc asks; Keep editing keeps the form and what was typed.
            bool asked = false;
            onNextModal(
                this,
                [this, dialog](QWidget* box) {
                    QCOMPARE(box->objectName(), QStringLiteral("confirmBox"));
                    QVERIFY(static_cast<QMessageBox*>(box)->text() ==
                            QStringLiteral("Discard your changes?"));
                    QVERIFY(box->findChild<QPushButton*>(QStringLiteral("confirmButton")));
                    saveShotOver(m_demo.window.get(), {dialog, box}, QStringLiteral("en-discard-question"));
                    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepButton")),
                                      Qt::LeftButton);
                },
                &asked);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(asked);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(),
                     QStringLiteral("Half typed"));
            // The window's close button asks too.
            MessageBoxes::answerNext(QMessageBox::No);
            dialog->close();
            QVERIFY(dialog->isVisible());
            QCOMPARE(MessageBoxes::lastText(), QStringLiteral("Discard your changes?"));
            // Cancel, then Discard: gone, nothing saved.
            MessageBoxes::answerNext(QMessageBox::Yes);
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))
                ->button(QDialogButtonBox::Cancel)
                ->click();
            QVERIFY(!dialog->isVisible());
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);
    QCOMPARE(profiles->bankModel()->rowCount(), before);
}

void TestEnrollmentFlow::formsAndAuditReadInGerman()
{
#ifndef INCENTIVES_QM_DIR
    QSKIP("built without the translations");
#else
    QTranslator qtGerman;
    QTranslator german;
    const QLocale locale;
    const QLocale de(QLocale::German, QLocale::Germany);
    QVERIFY(installTranslations(de, qtGerman, german, QStringLiteral(INCENTIVES_QM_DIR)).app);
    QLocale::setDefault(de);
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::removeTranslator(&qtGerman);
        QLocale::setDefault(locale);
    });
    QVERIFY(m_demo.reopen());
    m_demo.window->resize(1024, 700);
    QVERIFY(m_demo.signIn(kDev));
    const QString program = QStringLiteral("Microsoft Commerce Incentives");
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->focusPart(QStringLiteral("4649104"), QStringLiteral("tax"), program);
    QVERIFY(profiles->bannerShown());

    // The missing line and the question about discarding, in German.
    bool done = false;
    onNextModal(
        this,
        [this](QWidget* dialog) {
            auto* missing = dialog->findChild<QLabel*>(QStringLiteral("missingLabel"));
            QVERIFY2(missing->text().startsWith(QStringLiteral("Noch nötig: ")), qPrintable(missing->text()));
            QVERIFY(missing->isVisible());
            saveShotOver(m_demo.window.get(), {dialog}, QStringLiteral("de-tax-profile-still-needed"));
            type(dialog, "foreignTaxIdEdit", QStringLiteral("AAACC1234D"));
            QVERIFY(missing->isHidden());
            bool asked = false;
            onNextModal(
                this,
                [this, dialog](QWidget* box) {
                    QCOMPARE(static_cast<QMessageBox*>(box)->text(),
                             QStringLiteral("Ihre Änderungen verwerfen?"));
                    QCOMPARE(box->findChild<QPushButton*>(QStringLiteral("keepButton"))->text(),
                             QStringLiteral("&Weiter bearbeiten"));
                    saveShotOver(m_demo.window.get(), {dialog, box}, QStringLiteral("de-discard-question"));
                    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepButton")),
                                      Qt::LeftButton);
                },
                &asked);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(asked);
            QVERIFY(dialog->isVisible());
            QTest::mouseClick(save(dialog), Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("editTaxButton")), Qt::LeftButton);
    QVERIFY(done);
    QVERIFY(!profiles->bannerShown());
    saveShot(m_demo.window.get(), QStringLiteral("de-profiles-done"));

    done = false;
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    profiles->selectLocation(QStringLiteral("4649103"));
    onNextModal(
        this,
        [this](QWidget* dialog) {
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("countryEdit"));
            country->setFocus();
            QTest::keyClicks(country->lineEdit(), QStringLiteral("Deutschland"));
            const QString typed = country->currentText();
            QTest::keyClick(country, Qt::Key_Return);
            if (country->currentData().toString() != QLatin1String("DE"))
                static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
            QVERIFY2(country->currentData().toString() == QLatin1String("DE"),
                     qPrintable(typed + QStringLiteral(" -> ") + country->currentText()));
            type(dialog, "nameEdit", QStringLiteral("Contoso DE Reserve"));
            type(dialog, "holderEdit", QStringLiteral("Contoso Deutschland GmbH"));
            auto* missing = dialog->findChild<QLabel*>(QStringLiteral("missingLabel"));
            QCOMPARE(missing->text(), QStringLiteral("Noch nötig: IBAN, BIC"));
            saveShotOver(m_demo.window.get(), {dialog}, QStringLiteral("de-bank-profile-still-needed"));
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);

    // The audit log tells in German what happened.
    QVERIFY(m_demo.signIn(kAvery));
    m_demo.window->showPage(MainWindow::AuditPageIndex);
    QStandardItemModel* audit = m_demo.window->auditPage()->model();
    QVERIFY(audit->rowCount() > 0);
    QStringList sentences;
    for (int r = 0; r < audit->rowCount(); ++r)
        sentences.append(audit->item(r, 2)->text());
    QVERIFY2(!sentences.filter(QStringLiteral("Dev Patel hat das Steuerprofil von ")).isEmpty(),
             qPrintable(sentences.mid(0, 8).join(u'\n')));
    saveShot(m_demo.window.get(), QStringLiteral("de-audit-sentences"));
#endif
}

void TestEnrollmentFlow::testBicIsFlaggedNotRefused()
{
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectLocation(QStringLiteral("4649103"));
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("countryEdit"));
            country->setCurrentIndex(country->findData(QStringLiteral("DE")));
            type(dialog, "nameEdit", QStringLiteral("Contoso DE Test"));
            type(dialog, "holderEdit", QStringLiteral("Contoso Deutschland GmbH"));
            type(dialog, "ibanEdit", QStringLiteral("DE89 3704 0044 0532 0130 00"));
            // The registry's test BICs have 0 as the location code's second character.
            type(dialog, "bicEdit", QStringLiteral("COBADEF0XXX"));
            auto* bicNote = error(dialog, "bic");
            QVERIFY(bicNote->isVisible());
            QVERIFY2(bicNote->text().contains(QStringLiteral("test")), qPrintable(bicNote->text()));
            QVERIFY(!bicNote->text().startsWith(QStringLiteral("⚠"))); // a notice, not an error
            QVERIFY(save(dialog)->isEnabled());
            type(dialog, "bicEdit", QStringLiteral("COBADEFFXXX"));
            QVERIFY(!error(dialog, "bic")->isVisible());
            MessageBoxes::answerNext(QMessageBox::Yes); // discard what was typed
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                              Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);
}

void TestEnrollmentFlow::rejectedValidationAndItsFix()
{
    QVERIFY(m_demo.signIn(kCharlotte));
    const QString program = QStringLiteral("Microsoft Commerce Incentives");
    QCOMPARE(statusOf(program, QStringLiteral("4649102")), EnrollmentStatus::Enrolling);
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectBankProfile(QStringLiteral("Contoso UK Payout"));
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            type(dialog, "holderEdit", QStringLiteral("Contoso UK Limited"));
            QTest::mouseClick(save(dialog), Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("editBankButton")), Qt::LeftButton);
    QVERIFY(done);
    clickEnroll(program, QStringLiteral("4649102"), [](QWidget* dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
    });
    QCOMPARE(statusOf(program, QStringLiteral("4649102")), EnrollmentStatus::Validating);
    advance(24 * 3600);
    QCOMPARE(statusOf(program, QStringLiteral("4649102")), EnrollmentStatus::Enrolled);
}

void TestEnrollmentFlow::editAfterEnrollmentRevalidates()
{
    QVERIFY(m_demo.signIn(kBao));
    QCOMPARE(statusOf(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649101")),
             EnrollmentStatus::Enrolled);
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectBankProfile(QStringLiteral("Contoso US Operating"));
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            auto* warning = dialog->findChild<QLabel*>(QStringLiteral("revalidationLabel"));
            QVERIFY(warning->isVisible());
            QVERIFY(warning->text().contains(QStringLiteral("Microsoft Commerce Incentives")));
            QVERIFY(warning->text().contains(QStringLiteral("Azure Incentives")));
            saveShot(dialog, QStringLiteral("bank-profile-edit"));
            type(dialog, "accountEdit", QStringLiteral("483920176"));
            QTest::mouseClick(save(dialog), Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("editBankButton")), Qt::LeftButton);
    QVERIFY(done);
    QCOMPARE(statusOf(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649101")),
             EnrollmentStatus::Validating);
    QCOMPARE(statusOf(QStringLiteral("Azure Incentives"), QStringLiteral("4649101")),
             EnrollmentStatus::Validating);
    advance(24 * 3600);
    QCOMPARE(statusOf(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649101")),
             EnrollmentStatus::Enrolled);
}

void TestEnrollmentFlow::cancelLeavesNoTrace()
{
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    const int before = profiles->bankModel()->rowCount();
    const qint64 audit = auditCount();
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            type(dialog, "nameEdit", QStringLiteral("Never saved"));
            MessageBoxes::answerNext(QMessageBox::Yes); // Discard
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))
                ->button(QDialogButtonBox::Cancel)
                ->click();
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("addBankButton")), Qt::LeftButton);
    QVERIFY(done);
    QCOMPARE(profiles->bankModel()->rowCount(), before);
    QCOMPARE(auditCount(), audit);
}

void TestEnrollmentFlow::staleEditKeepsWhatWasTyped()
{
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectBankProfile(QStringLiteral("Contoso EU Treasury"));
    bool done = false;
    onNextModal(
        this,
        [this](QWidget* dialog) {
            type(dialog, "holderEdit", QStringLiteral("Contoso Ltd."));
            // Meanwhile someone else saves the same profile.
            auto other = m_demo.session->profiles().editBank(
                m_demo.session->actor(), QStringLiteral("Contoso EU Treasury"),
                [](BankProfile& p) { p.bankName = QStringLiteral("x"); });
            QVERIFY(other);
            // The form offers their version; declining keeps what was typed.
            MessageBoxes::answerNext(QMessageBox::No);
            QTest::mouseClick(save(dialog), Qt::LeftButton);
            QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Contoso EU Treasury")));
            QVERIFY(dialog->isVisible());
            auto* message = dialog->findChild<QLabel*>(QStringLiteral("saveError"));
            QVERIFY(message->isVisible());
            QVERIFY(message->text().contains(QStringLiteral("Someone else changed")));
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("holderEdit"))->text(),
                     QStringLiteral("Contoso Ltd."));
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        },
        &done);
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("editBankButton")), Qt::LeftButton);
    QVERIFY(done);
}

void TestEnrollmentFlow::incentivesUserCannotOpenTheForms()
{
    QVERIFY(m_demo.signIn(kEmma));
    m_demo.window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = m_demo.window->profilesPage();
    profiles->selectLocation(QStringLiteral("4649103"));
    profiles->selectBankProfile(QStringLiteral("Contoso EU Treasury"));
    for (const char* name : {"addBankButton", "editBankButton", "makeDefaultButton", "editTaxButton"}) {
        auto* button = profiles->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(!button->toolTip().isEmpty(), name);
    }
    // Account numbers are masked for her.
    const int row = profiles->bankModel()->rowOf(QStringLiteral("Contoso EU Treasury"));
    const QString account =
        profiles->bankModel()->index(row, BankProfilesModel::AccountColumn).data().toString();
    QVERIFY(account.startsWith(QString(4, QChar(0x2022))));
    QVERIFY(!account.contains(QStringLiteral("DE89")));
    WorkspacePage* page = m_demo.window->workspacePage();
    QVERIFY(page->selectEnrollment(QStringLiteral("Marketplace Rewards"), QStringLiteral("4649103")));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("enrollButton"))->isEnabled());
}

void TestEnrollmentFlow::bankProfilesModelPassesTheTester()
{
    QVERIFY(m_demo.signIn(kBao));
    QAbstractItemModelTester tester(m_demo.window->profilesPage()->bankModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_demo.window->profilesPage()->reload();
    QVERIFY(m_demo.window->profilesPage()->bankModel()->rowCount() >= 5);
}

QTEST_MAIN(TestEnrollmentFlow)
#include "tst_enrollmentflow.moc"
