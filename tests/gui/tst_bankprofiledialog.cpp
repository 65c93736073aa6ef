// The bank profile dialog with credit note: choosing it hides the bank account and shows the CSP
// tenant, its status and (only where the country asks for it) the tax-exemption choice; the
// beneficiary contact belongs to bank transfers; errors show beside their field; Verify… is
// offered to the location's Incentives admin only.
#include "GuiTestSupport.h"
#include "gui/BankProfileDialog.h"
#include "gui/FormSupport.h"
#include "gui/MessageBoxes.h"
#include "services/ProfileService.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestBankProfileDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            QTest::qFail(name, __FILE__, __LINE__);
        return w;
    }
    static void chooseMethod(BankProfileDialog& dialog, PaymentMethod method)
    {
        auto* combo = child<QComboBox>(&dialog, "methodEdit");
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(int(method)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void creditNoteSwitchesTheFields()
    {
        DemoWindow demo;
        QVERIFY(demo.create(m_dir.filePath(QStringLiteral("switch.db"))));
        QVERIFY(demo.signIn(kBao));
        BankProfileDialog dialog(*demo.session, std::nullopt);
        dialog.setOwnerLocation(QStringLiteral("4649103"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        selectCountry(child<QComboBox>(&dialog, "countryEdit"), QStringLiteral("DE"));

        auto* iban = child<QLineEdit>(&dialog, "ibanEdit");
        auto* holder = child<QLineEdit>(&dialog, "holderEdit");
        auto* contact = child<QLineEdit>(&dialog, "contactEmailEdit");
        auto* tenant = child<QLineEdit>(&dialog, "tenantEdit");
        auto* status = child<QLabel>(&dialog, "creditStatusValue");
        auto* exempt = child<QCheckBox>(&dialog, "taxExemptCheck");
        auto* verify = child<QPushButton>(&dialog, "verifyButton");
        auto* save = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(iban->isVisible() && holder->isVisible() && contact->isVisible());
        QVERIFY(!tenant->isVisible() && !status->isVisible() && !exempt->isVisible());

        chooseMethod(dialog, PaymentMethod::CreditNote);
        QTRY_VERIFY(tenant->isVisible());
        QVERIFY(!iban->isVisible() && !holder->isVisible() && !contact->isVisible());
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), creditNoteStatusLabel(CreditNoteStatus::VerificationNeeded));
        QVERIFY(status->toolTip().contains(QStringLiteral("Incentives admin")));
        QVERIFY(!exempt->isVisible()); // Germany asks for no exemption
        QVERIFY(child<QComboBox>(&dialog, "currencyEdit")->count() > 0);
        QVERIFY(!verify->isVisible()); // nothing saved to verify yet
        for (QWidget* w : {static_cast<QWidget*>(tenant), static_cast<QWidget*>(exempt),
                           static_cast<QWidget*>(verify), static_cast<QWidget*>(status)}) {
            QVERIFY2(!w->objectName().isEmpty() && !w->accessibleName().isEmpty(),
                     qPrintable(w->objectName()));
            QVERIFY(w->focusPolicy() & Qt::TabFocus);
        }

        // The inline error beside the tenant field; Save waits for a valid tenant.
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("DE Credit"));
        tenant->setFocus();
        QTest::keyClicks(tenant, QStringLiteral("not-a-guid"));
        auto* tenantError = child<QLabel>(&dialog, "tenantError");
        QTRY_VERIFY(tenantError->isVisible());
        QVERIFY2(tenantError->text().contains(QStringLiteral("tenant ID")), qPrintable(tenantError->text()));
        QVERIFY(!save->isEnabled());
        tenant->clear();
        QTest::keyClicks(tenant, QStringLiteral("8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d"));
        QTRY_VERIFY(!tenantError->isVisible());
        QVERIFY(save->isEnabled());

        // The United Kingdom asks for the tax-exemption choice.
        selectCountry(child<QComboBox>(&dialog, "countryEdit"), QStringLiteral("GB"));
        QTRY_VERIFY(exempt->isVisible());
        saveShot(&dialog, QStringLiteral("bank-profile-credit-note"));
        // And the United States has no credit note: said beside the method.
        selectCountry(child<QComboBox>(&dialog, "countryEdit"), QStringLiteral("US"));
        auto* methodError = child<QLabel>(&dialog, "methodError");
        QTRY_VERIFY(methodError->isVisible());
        QVERIFY(!exempt->isVisible() && !exempt->isChecked());
        QVERIFY(!save->isEnabled());

        // Back to Germany and saved: a credit note without any bank field.
        selectCountry(child<QComboBox>(&dialog, "countryEdit"), QStringLiteral("DE"));
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = demo.context().profiles().bankProfileByName(QStringLiteral("DE Credit"));
        QVERIFY(stored);
        QCOMPARE(stored->method, PaymentMethod::CreditNote);
        QVERIFY(stored->iban.isEmpty() && stored->holderName.isEmpty());
        QCOMPARE(stored->creditNoteStatus, CreditNoteStatus::VerificationNeeded);

        // Back to bank transfer: the account and the contact return; a bad contact email is shown.
        BankProfileDialog transfer(*demo.session, std::nullopt);
        transfer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&transfer));
        selectCountry(child<QComboBox>(&transfer, "countryEdit"), QStringLiteral("US"));
        {
            auto* a = child<QLineEdit>(&transfer, "accountEdit");
            QTRY_VERIFY2(
                a->geometry().top() > child<QLineEdit>(&transfer, "routingEdit")->geometry().bottom(),
                qPrintable(
                    QStringLiteral("before toggling: %1 %2").arg(a->geometry().top()).arg(a->height())));
        }
        chooseMethod(transfer, PaymentMethod::CreditNote);
        chooseMethod(transfer, PaymentMethod::BankTransfer);
        auto* email = child<QLineEdit>(&transfer, "contactEmailEdit");
        QTRY_VERIFY(email->isVisible());
        QVERIFY(!child<QLineEdit>(&transfer, "tenantEdit")->isVisible());
        QVERIFY(child<QLineEdit>(&transfer, "routingEdit")->isVisible());
        QVERIFY(child<QLineEdit>(&transfer, "accountEdit")->isVisible());
        QVERIFY(child<QComboBox>(&transfer, "accountTypeEdit")->isVisible());
        QTest::keyClicks(email, QStringLiteral("bao@"));
        QTRY_VERIFY(child<QLabel>(&transfer, "contactEmailError")->isVisible());
        // Laid out again: the account rows sit between the routing number and the contact.
        auto* account = child<QLineEdit>(&transfer, "accountEdit");
        const auto where = [&](const char* name) {
            auto* w = child<QWidget>(&transfer, name);
            return QStringLiteral("%1 %2+%3 %4; ")
                .arg(QLatin1String(name))
                .arg(w->y())
                .arg(w->height())
                .arg(w->isVisible());
        };
        QVERIFY2(account->height() > 0 &&
                     account->geometry().bottom() <
                         child<QLineEdit>(&transfer, "contactNameEdit")->geometry().top() &&
                     account->geometry().top() >
                         child<QLineEdit>(&transfer, "routingEdit")->geometry().bottom(),
                 qPrintable(where("routingEdit") + where("routingError") + where("accountEdit") +
                            where("accountLabel") + where("accountError") + where("accountTypeEdit") +
                            where("contactNameEdit")));
        saveShot(&transfer, QStringLiteral("bank-profile-contact"));
    }

    // In German, the credit-note fields read in German and fit the dialog.
    void germanCreditNote()
    {
#ifdef INCENTIVES_QM_DIR
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("incentives_de"), QStringLiteral(INCENTIVES_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        DemoWindow demo;
        QVERIFY(demo.create(m_dir.filePath(QStringLiteral("german.db"))));
        QVERIFY(demo.signIn(kBao));
        auto view = demo.session->profiles().bankProfile(demo.session->actor(),
                                                         QStringLiteral("Contoso DE Credit Note"));
        QVERIFY(view && view->fullDetails);
        BankProfileDialog dialog(*demo.session, view->profile);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, "tenantLabel")->text(), QStringLiteral("CSP-T&enant-ID:"));
        auto* status = child<QLabel>(&dialog, "creditStatusValue");
        QCOMPARE(status->text(), QStringLiteral("Bestätigt"));
        QVERIFY(!child<QPushButton>(&dialog, "verifyButton")->isVisible()); // nothing left to verify
        auto* tenant = child<QLineEdit>(&dialog, "tenantEdit");
        QVERIFY(tenant->isVisible());
        // Every visible control lies inside the dialog.
        for (QWidget* w : dialog.findChildren<QWidget*>())
            if (w->isVisible() && w->parentWidget() == &dialog)
                QVERIFY2(dialog.rect().contains(w->geometry()), qPrintable(w->objectName()));
        saveShot(&dialog, QStringLiteral("bank-profile-credit-note-de"));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
#else
        QSKIP("built without the translations");
#endif
    }

    void verifyIsOfferedToTheLocationsAdmin()
    {
        DemoWindow demo;
        QVERIFY(demo.create(m_dir.filePath(QStringLiteral("verify.db"))));
        QVERIFY(demo.signIn(kBao));
        const QString name = QStringLiteral("Contoso DE Credit Note");
        ProfileService profiles(demo.context());
        const Actor bao = demo.session->actor();
        QVERIFY(profiles.editBank(bao, name, [](BankProfile& p) {
            p.tenantId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3302");
        }));
        auto view = demo.session->profiles().bankProfile(bao, name);
        QVERIFY(view && view->fullDetails);
        QCOMPARE(view->profile.creditNoteStatus, CreditNoteStatus::VerificationNeeded);

        BankProfileDialog dialog(*demo.session, view->profile);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* verify = child<QPushButton>(&dialog, "verifyButton");
        QVERIFY(verify->isVisible());
        QVERIFY(verify->isEnabled());
        // A change typed first must be saved before verifying.
        auto* tenant = child<QLineEdit>(&dialog, "tenantEdit");
        QTest::keyClick(tenant, Qt::Key_Backspace);
        QTRY_VERIFY(!verify->isEnabled());
        QTest::keyClick(tenant, Qt::Key_2);
        QTRY_VERIFY(verify->isEnabled());
        MessageBoxes::answerNext(QMessageBox::Yes);
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(demo.context().profiles().bankProfileByName(name)->creditNoteStatus,
                 CreditNoteStatus::Confirmed);

        // Another location's admin sees why not.
        QVERIFY(profiles.editBank(bao, name, [](BankProfile& p) {
            p.tenantId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3303");
        }));
        QVERIFY(demo.signIn(kCharlotte));
        auto stored = demo.context().profiles().bankProfileByName(name);
        BankProfileDialog foreign(*demo.session, *stored);
        foreign.show();
        QVERIFY(QTest::qWaitForWindowExposed(&foreign));
        auto* refused = child<QPushButton>(&foreign, "verifyButton");
        QVERIFY(!refused->isEnabled());
        QVERIFY2(refused->toolTip().contains(QStringLiteral("Incentives admin")),
                 qPrintable(refused->toolTip()));
    }
};

QTEST_MAIN(TestBankProfileDialog)
#include "tst_bankprofiledialog.moc"
