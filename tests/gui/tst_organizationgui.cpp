// The window's side of mirroring a real organization: the location dialog with its inline field
// errors, the CSV import preview (Import enabled only when the service finds every row valid), the
// Programs page with each program's guide, and recording Microsoft's outcome from the workspace.
#include "gui/FileDialogs.h"
#include "gui/FormSupport.h"
#include "gui/ImportDialog.h"
#include "gui/LocationDialog.h"
#include "gui/MessageBoxes.h"
#include "gui/OutcomeDialog.h"
#include "gui/ProgramsPage.h"
#include "gui/UsersPage.h"
#include "services/demo/PresenterTools.h"

#include "GuiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestOrganizationGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_demo.create(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
        QVERIFY(m_demo.signIn(kAvery));
    }
    void cleanup() { m_demo.close(); }

    void locationDialogShowsFieldErrors()
    {
        m_demo.window->showPage(MainWindow::UsersPageIndex);
        UsersPage* page = m_demo.window->usersPage();
        auto* add = page->findChild<QPushButton*>(QStringLiteral("addLocationButton"));
        QVERIFY(add && add->isEnabled());
        QVERIFY(!add->accessibleName().isEmpty());
        bool done = false;
        onNextModal(
            this,
            [this](QWidget* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("locationDialog"));
                dialog->resize(1024, 700);
                auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("partnerIdEdit"));
                auto* idError = dialog->findChild<QLabel*>(QStringLiteral("partnerIdError"));
                auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
                QVERIFY(id && idError && save);
                // Each control is named for assistive technology (Qt's own inner widgets aside).
                for (QWidget* w : dialog->findChildren<QWidget*>()) {
                    if (w->objectName().startsWith(QLatin1String("qt_")) ||
                        w->parentWidget()->inherits("QComboBox"))
                        continue;
                    if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                        qobject_cast<QCheckBox*>(w) || qobject_cast<QSpinBox*>(w))
                        QVERIFY2(!w->accessibleName().isEmpty() && !w->objectName().isEmpty(),
                                 qPrintable(w->objectName()));
                }
                QTest::keyClicks(id, QStringLiteral("123"));
                QVERIFY(idError->isVisibleTo(dialog));
                QVERIFY2(idError->text().contains(QStringLiteral("7 digits")), qPrintable(idError->text()));
                QVERIFY(!save->isEnabled());
                id->clear();
                QTest::keyClicks(id, QStringLiteral("4649101")); // the demo's US location has it
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                                 QStringLiteral("Contoso Amsterdam"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("legalNameEdit")),
                                 QStringLiteral("Contoso Netherlands B.V."));
                selectCountry(dialog->findChild<QComboBox*>(QStringLiteral("countryCombo")),
                              QStringLiteral("NL"));
                dialog->findChild<QCheckBox*>(QStringLiteral("solutionsPartnerCheck"))->setChecked(true);
                QVERIFY(!idError->isVisibleTo(dialog));
                QVERIFY(save->isEnabled());
                QCoreApplication::processEvents(); // the layout settles, as on screen
                saveShot(dialog, QStringLiteral("location-dialog"));
                // The service refuses the PartnerID another location has: said beside the field.
                QTest::mouseClick(save, Qt::LeftButton);
                QVERIFY(dialog->isVisible());
                QVERIFY(idError->isVisibleTo(dialog));
                QVERIFY2(idError->text().contains(QStringLiteral("exists already")),
                         qPrintable(idError->text()));
                id->clear();
                QTest::keyClicks(id, QStringLiteral("4649120"));
                QTest::mouseClick(save, Qt::LeftButton);
                QVERIFY(!dialog->isVisible());
            },
            &done);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(done);
        auto stored = m_demo.context().directory().locationByPartnerId(QStringLiteral("4649120"));
        QVERIFY(stored);
        QCOMPARE(stored->legalName, QStringLiteral("Contoso Netherlands B.V."));
        QCOMPARE(stored->country, QStringLiteral("NL"));
        QVERIFY(stored->attributes.solutionsPartner);

        // Editing: the PartnerID is fixed, the rest loaded and saved.
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("locationsTable"));
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QLatin1String("4649120"))
                row = r;
        QVERIFY(row >= 0);
        table->setCurrentCell(row, 0);
        auto* edit = page->findChild<QPushButton*>(QStringLiteral("editLocationButton"));
        QVERIFY(edit->isEnabled());
        done = false;
        onNextModal(
            this,
            [](QWidget* dialog) {
                auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("partnerIdEdit"));
                QVERIFY(id->isReadOnly());
                auto* legal = dialog->findChild<QLineEdit*>(QStringLiteral("legalNameEdit"));
                QCOMPARE(legal->text(), QStringLiteral("Contoso Netherlands B.V."));
                // A direction override would make the name read differently from what it is.
                legal->setText(QStringLiteral("Bad\u202Ename"));
                Q_EMIT legal->textEdited(legal->text());
                QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("legalNameError"))->isVisibleTo(dialog));
                QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
                legal->clear();
                QTest::keyClicks(legal, QStringLiteral("Contoso NL B.V."));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                                  Qt::LeftButton);
            },
            &done);
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(done);
        QCOMPARE(m_demo.context().directory().locationByPartnerId(QStringLiteral("4649120"))->legalName,
                 QStringLiteral("Contoso NL B.V."));
    }

    void importPreview()
    {
        const QString badPath = m_dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(badPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partner_id,name,legal_name,country,agreement\n"
                    "4649130,Contoso Oslo,Contoso Norge AS,NO,active\n"
                    "46491,Contoso Short,Contoso Short AS,NO,active\n"
                    "4649131,Contoso Bern,Contoso Schweiz AG,CH,sometimes\n");
        }
        const qint64 before = *m_demo.context().directory().locationCount();
        ImportDialog dialog(*m_demo.session, ImportKind::Locations, m_demo.window.get());
        dialog.resize(1024, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
        QVERIFY(import && table && summary);
        QVERIFY(!import->isEnabled());
        // Choose file… asks for the file, then shows every row with its problem.
        FileDialogs::answerNext(badPath);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);
        const int problemColumn = table->columnCount() - 1;
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2"));
        QVERIFY(!table->item(0, problemColumn)->text().contains(QStringLiteral("⚠")));
        QVERIFY(table->item(1, problemColumn)->text().contains(QStringLiteral("7 digits")));
        QVERIFY(table->item(2, problemColumn)->text().contains(QStringLiteral("agreement")));
        QVERIFY2(summary->text().contains(QStringLiteral("2")), qPrintable(summary->text()));
        QVERIFY(!import->isEnabled());
        QCOMPARE(dialog.preview().invalidRows(), 2);
        saveShot(&dialog, QStringLiteral("import-preview"));
        QCOMPARE(*m_demo.context().directory().locationCount(), before);

        // A hostile file: not UTF-8 — refused as a whole, Import stays disabled.
        const QString binary = m_dir.filePath(QStringLiteral("binary.csv"));
        {
            QFile f(binary);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\xff\xfe\x00\x01garbage", 11));
        }
        dialog.load(binary);
        QVERIFY(!import->isEnabled());
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(summary->text().contains(QStringLiteral("⚠")));

        // A good file: Import enabled; importing writes every row and closes.
        const QString goodPath = m_dir.filePath(QStringLiteral("good.csv"));
        {
            QFile f(goodPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partner_id,name,legal_name,country\n"
                    "4649130,Contoso Oslo,Contoso Norge AS,NO\n"
                    "4649131,Contoso Bern,Contoso Schweiz AG,CH\n");
        }
        dialog.load(goodPath);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(*m_demo.context().directory().locationCount(), before + 2);
    }

    void programsPageShowsGuides()
    {
        m_demo.window->resize(1024, 700);
        m_demo.window->showPage(MainWindow::ProgramsPageIndex);
        ProgramsPage* page = m_demo.window->programsPage();
        QCOMPARE(m_demo.window->currentPage(), page);
        auto programs = m_demo.context().programs().programs();
        QVERIFY(programs);
        QCOMPARE(page->table()->rowCount(), int(programs->size()));
        QVERIFY(page->selectProgram(QStringLiteral("Marketplace Rewards")));
        auto* guide = page->findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
        QVERIFY(guide->toPlainText().contains(QStringLiteral("Marketplace Rewards")));
        // Every state shows, the discontinued one too.
        bool discontinued = false;
        for (int r = 0; r < page->table()->rowCount(); ++r)
            discontinued |=
                page->table()->item(r, 2)->text() == programStateLabel(ProgramState::Discontinued);
        QVERIFY(discontinued);
        saveShot(m_demo.window.get(), QStringLiteral("programs-page"));

        // Record program…: a refusal is shown in the dialog; a good one is listed and selected.
        auto* record = page->findChild<QPushButton*>(QStringLiteral("recordProgramButton"));
        QVERIFY(record && !record->isHidden());
        bool done = false;
        onNextModal(
            this,
            [](QWidget* dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                                 QStringLiteral("Contoso Growth Rewards"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("currenciesEdit")),
                                 QStringLiteral("USD, XYZ"));
                auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
                QTest::mouseClick(save, Qt::LeftButton);
                QVERIFY(dialog->isVisible());
                QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("saveError"))->isVisibleTo(dialog));
                auto* currencies = dialog->findChild<QLineEdit*>(QStringLiteral("currenciesEdit"));
                currencies->clear();
                QTest::keyClicks(currencies, QStringLiteral("USD, EUR"));
                QTest::mouseClick(save, Qt::LeftButton);
                QVERIFY(!dialog->isVisible());
            },
            &done);
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(done);
        QCOMPARE(page->selectedProgram(), QStringLiteral("Contoso Growth Rewards"));
        QCOMPARE(
            m_demo.context().programs().programByName(QStringLiteral("Contoso Growth Rewards"))->currencies,
            QStringList({QStringLiteral("USD"), QStringLiteral("EUR")}));

        // Record invitation…: for the selected open program, at a location the service offers.
        auto* invite = page->findChild<QPushButton*>(QStringLiteral("recordInvitationButton"));
        QVERIFY(invite && !invite->isHidden() && invite->isEnabled());
        done = false;
        onNextModal(
            this,
            [](QWidget* dialog) {
                auto* ask = qobject_cast<QInputDialog*>(dialog);
                QVERIFY(ask);
                QCOMPARE(ask->objectName(), QStringLiteral("recordInvitationDialog"));
                for (const QString& item : ask->comboBoxItems())
                    if (item.startsWith(QStringLiteral("4649101")))
                        ask->setTextValue(item);
                ask->accept();
            },
            &done);
        MessageBoxes::answerNext(QMessageBox::Ok);
        QTest::mouseClick(invite, Qt::LeftButton);
        QVERIFY(done);
        auto program = m_demo.context().programs().programByName(QStringLiteral("Contoso Growth Rewards"));
        auto location = m_demo.context().directory().locationByPartnerId(QStringLiteral("4649101"));
        auto invited = m_demo.context().enrollments().find(program->id, location->id);
        QVERIFY(invited && invited->has_value());
        QCOMPARE((*invited)->status, EnrollmentStatus::Invited);
    }

    void outcomeDialogRecordsRejection()
    {
        auto pending = PresenterTools(m_demo.context()).pendingValidations(*m_demo.context().actor(kAvery));
        QVERIFY(pending && !pending->isEmpty());
        const Enrollment e = pending->first();
        auto admin = m_demo.context().directory().incentivesAdminOf(e.locationId);
        QVERIFY(admin && admin->has_value());
        QVERIFY(m_demo.signIn((*admin)->email));
        OutcomeDialog dialog(*m_demo.session, e.programName, e.partnerId, m_demo.window.get());
        dialog.show();
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        dialog.findChild<QRadioButton*>(QStringLiteral("rejectedRadio"))->setChecked(true);
        QVERIFY(!save->isEnabled()); // a rejection needs its reason
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Bank letter unreadable"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = m_demo.context().enrollments().enrollment(e.id);
        QVERIFY(stored);
        QCOMPARE(stored->status, EnrollmentStatus::Enrolling);
        QCOMPARE(stored->detail, QStringLiteral("Bank letter unreadable"));
    }

private:
    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

QTEST_MAIN(TestOrganizationGui)
#include "tst_organizationgui.moc"
