// The Payout and tax profile assignment page: its rows come from the service, its Hold and Release
// buttons follow the service's decision for the selected row, the edit dialog shows a refusal
// beside its field, and the workspace's details pane says when a payment is on hold.
#include "GuiTestSupport.h"
#include "gui/AssignmentsPage.h"
#include "gui/MainWindow.h"
#include "gui/WorkspaceDetailsPane.h"
#include "gui/WorkspacePage.h"
#include "services/ProfileService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestAssignmentsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_demo.create(m_dir.filePath(QStringLiteral("assign-gui.db")))); }
    void cleanup() { m_demo.close(); }

    void pageListsTheServiceRows();
    void holdButtonFollowsTheService();
    void editDialogShowsTheRefusalBesideTheField();
    void detailsPaneSaysPaymentOnHold();
    void taxProfileIsChosenPerRow();
    void pageIsBoundedAndSearched();

private:
    AssignmentsPage* open(const QString& email)
    {
        if (!m_demo.signIn(email))
            return nullptr;
        m_demo.window->showPage(MainWindow::AssignmentsPageIndex);
        return m_demo.window->assignmentsPage();
    }
    QPushButton* button(QWidget* page, const char* name)
    {
        return page->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestAssignmentsGui::pageListsTheServiceRows()
{
    AssignmentsPage* page = open(kEmma);
    QVERIFY(page);
    auto rows = AssignmentService(m_demo.context()).list(*m_demo.context().actor(kEmma));
    QVERIFY(rows && !rows->isEmpty());
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("assignmentsTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), rows->size());
    for (int i = 0; i < table->rowCount(); ++i) {
        QCOMPARE(table->item(i, 0)->text(), rows->at(i).enrollment.programName);
        QCOMPARE(table->item(i, 1)->text(), rows->at(i).enrollment.partnerId);
    }
    // An Incentives user sees the rows but may change none of them; the note says why.
    QVERIFY(page->selectRow(rows->first().enrollment.programName, rows->first().enrollment.partnerId));
    QVERIFY(!button(page, "editAssignmentButton")->isEnabled());
    QVERIFY(!button(page, "holdPaymentButton")->isEnabled());
    QVERIFY(!button(page, "manageDefaultsButton")->isEnabled());
    auto* note = page->findChild<QLabel*>(QStringLiteral("assignmentsNote"));
    QCOMPARE(note->text(), rows->first().mayEdit.error().message);
    // Every control is named for tests and assistive technology.
    for (QWidget* w : page->findChildren<QWidget*>())
        if (qobject_cast<QPushButton*>(w) || qobject_cast<QTableWidget*>(w)) {
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
}

void TestAssignmentsGui::holdButtonFollowsTheService()
{
    AssignmentsPage* page = open(kBao);
    QVERIFY(page);
    const QString commerce = QStringLiteral("Microsoft Commerce Incentives");
    QVERIFY(page->selectRow(commerce, QStringLiteral("4649101")));
    QPushButton* hold = button(page, "holdPaymentButton");
    QPushButton* release = button(page, "releasePaymentButton");
    QVERIFY(hold->isEnabled());
    QVERIFY(!release->isEnabled());
    QTest::mouseClick(hold, Qt::LeftButton);
    QVERIFY(page->selected());
    QCOMPARE(page->selected()->enrollment.programName, commerce);
    QVERIFY(page->selected()->enrollment.paymentHold);
    QVERIFY(!hold->isEnabled());
    QVERIFY(release->isEnabled());
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("assignmentsTable"));
    QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("Payment on hold"));
    // The database says so, as the service wrote it.
    const Id program = m_demo.context().programs().programByName(commerce)->id;
    const Id location = m_demo.context().directory().locationByPartnerId(QStringLiteral("4649101"))->id;
    QVERIFY((*m_demo.context().enrollments().find(program, location))->paymentHold);
    QTest::mouseClick(release, Qt::LeftButton);
    QVERIFY(!page->selected()->enrollment.paymentHold);
    QVERIFY(hold->isEnabled());
    // An invitation not yet accepted: the service says no payments to hold, and the button follows.
    QVERIFY(page->selectRow(QStringLiteral("Marketplace Rewards"), QStringLiteral("4649101")));
    QVERIFY(!hold->isEnabled());
    QVERIFY(!hold->toolTip().isEmpty());
}

void TestAssignmentsGui::editDialogShowsTheRefusalBesideTheField()
{
    AssignmentsPage* page = open(kBao);
    QVERIFY(page);
    QVERIFY(page->selectRow(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649103")));
    bool done = false;
    QString shown;
    bool stillOpen = false;
    onNextModal(
        page,
        [&](QWidget* dialog) {
            auto* bank = dialog->findChild<QComboBox*>(QStringLiteral("assignmentBankCombo"));
            auto* currency = dialog->findChild<QComboBox*>(QStringLiteral("assignmentCurrencyCombo"));
            QVERIFY(bank && currency);
            // The US account: the enrollment's EUR is kept in the list, and refused beside the field.
            bank->setCurrentIndex(
                bank->findText(QStringLiteral("Contoso US Operating"), Qt::MatchStartsWith));
            currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
            QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
            dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->click();
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("assignmentCurrencyError"));
            shown = error->isVisible() ? error->text() : QString();
            stillOpen = dialog->isVisible();
            qobject_cast<QDialog*>(dialog)->reject();
        },
        &done);
    page->editAssignment();
    QVERIFY(done);
    QVERIFY(stillOpen);
    QVERIFY2(shown.contains(QLatin1String("not accepted for a bank account in US")), qPrintable(shown));
    QCOMPARE(page->selected()->currency, QStringLiteral("EUR")); // nothing written
}

void TestAssignmentsGui::detailsPaneSaysPaymentOnHold()
{
    QVERIFY(m_demo.signIn(kAvery));
    WorkspacePage* workspace = m_demo.window->workspacePage();
    m_demo.window->showPage(MainWindow::WorkspacePageIndex);
    workspace->selectEnrollment(QStringLiteral("Azure Incentives"), QStringLiteral("4649106"));
    auto* payment = workspace->findChild<QLabel*>(QStringLiteral("detailsPayment"));
    QVERIFY(payment);
    QTRY_VERIFY(payment->text().contains(QLatin1String("Payment on hold")));
    auto* next = workspace->findChild<QLabel*>(QStringLiteral("detailsNextStep"));
    QVERIFY(next->text().contains(QLatin1String("Payment on hold")));
}

void TestAssignmentsGui::taxProfileIsChosenPerRow()
{
    // Munich files a W-8BEN beside its W-8BEN-E, and an expired W-8BEN-E from an older signature.
    AppContext& ctx = m_demo.context();
    const Actor bao = *ctx.actor(kBao);
    ProfileService profiles(ctx);
    TaxProfile w8ben = *profiles.newTaxDraft(bao, QStringLiteral("4649103"));
    w8ben.form = TaxForm::W8Ben;
    w8ben.personName = QStringLiteral("Lena Vogel");
    w8ben.citizenshipCountry = QStringLiteral("DE");
    w8ben.birthDate = QDate(1984, 6, 2);
    w8ben.noTaxIdReason = QStringLiteral("Not issued");
    w8ben.vatId = QStringLiteral("DE136695976");
    auto second = profiles.addTax(bao, QStringLiteral("4649103"), w8ben);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    const Id munich = ctx.directory().locationByPartnerId(QStringLiteral("4649103"))->id;
    TaxProfile old = **ctx.profiles().taxProfile(munich);
    old.id = 0;
    old.signedOn = QDate(2019, 3, 1);
    auto expired = ctx.profiles().insertTax(old, QDateTime(), ctx.clock().now());
    QVERIFY(expired);

    AssignmentsPage* page = open(kBao);
    QVERIFY(page);
    page->reload();
    QVERIFY(page->selectRow(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649103")));
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("assignmentsTable"));
    int taxColumn = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == QLatin1String("Tax profile"))
            taxColumn = c;
    QVERIFY(taxColumn >= 0);
    QVERIFY2(table->item(table->currentRow(), taxColumn)->text().contains(QLatin1String("location default")),
             qPrintable(table->item(table->currentRow(), taxColumn)->text()));

    // The expired form is refused beside the tax field; the dialog stays open, nothing is written.
    const auto choose = [&](Id id, QString* error, bool* stillOpen) {
        bool done = false;
        onNextModal(
            page,
            [&](QWidget* dialog) {
                auto* tax = dialog->findChild<QComboBox*>(QStringLiteral("assignmentTaxCombo"));
                QVERIFY(tax);
                QCOMPARE(tax->count(), 3); // every tax profile of Munich
                QVERIFY(!tax->accessibleName().isEmpty());
                tax->setCurrentIndex(tax->findData(QVariant::fromValue<qint64>(id)));
                QVERIFY(tax->currentIndex() >= 0);
                dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->click();
                auto* label = dialog->findChild<QLabel*>(QStringLiteral("assignmentTaxError"));
                *error = label->isVisible() ? label->text() : QString();
                *stillOpen = dialog->isVisible();
                if (*stillOpen)
                    saveShot(dialog, QStringLiteral("assignment-tax-refused"));
                if (*stillOpen)
                    qobject_cast<QDialog*>(dialog)->reject();
            },
            &done);
        page->editAssignment();
        QVERIFY(done);
    };
    QString error;
    bool stillOpen = false;
    choose(*expired, &error, &stillOpen);
    QVERIFY(stillOpen);
    QVERIFY2(error.contains(QLatin1String("expired")), qPrintable(error));
    QCOMPARE(page->selected()->taxProfileId, (**ctx.profiles().taxProfile(munich)).id);
    // The W-8BEN is taken: the row shows it as the enrollment's own, which validates again.
    choose(second->id, &error, &stillOpen);
    QVERIFY2(!stillOpen, qPrintable(error));
    QVERIFY(page->selectRow(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649103")));
    QCOMPARE(page->selected()->taxProfileId, second->id);
    QCOMPARE(page->selected()->enrollment.status, EnrollmentStatus::Validating);
    const QString cell = table->item(table->currentRow(), taxColumn)->text();
    QVERIFY2(cell.contains(QStringLiteral("W-8BEN #%1").arg(second->id)) &&
                 !cell.contains(QLatin1String("location default")),
             qPrintable(cell));
}

void TestAssignmentsGui::pageIsBoundedAndSearched()
{
    // The page reads one bounded page: more rows than it holds show as a line that says so, and
    // the search (done by the service) finds the others.
    AssignmentsPage* page = open(kAvery);
    QVERIFY(page);
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("assignmentsTable"));
    auto* more = page->findChild<QLabel*>(QStringLiteral("assignmentsMoreLabel"));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("assignmentsSearch"));
    QVERIFY(table && more && search);
    const int all = table->rowCount();
    QVERIFY(all > 5);
    QVERIFY(more->isHidden());
    page->setPageSize(5);
    QCOMPARE(table->rowCount(), 5);
    QVERIFY(page->more());
    QVERIFY(!more->isHidden());
    QVERIFY(more->text().contains(QStringLiteral("5")));
    QTest::keyClicks(search, QStringLiteral("4649106"));
    QVERIFY(table->rowCount() > 0 && table->rowCount() <= 5);
    for (int i = 0; i < table->rowCount(); ++i)
        QCOMPARE(table->item(i, 1)->text(), QStringLiteral("4649106"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such enrollment"));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(more->isHidden());
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("assignmentsNote"))->text(),
             QStringLiteral("No enrollment matches the search."));
    search->clear();
    page->setPageSize(AssignmentsPage::kShown);
    QCOMPARE(table->rowCount(), all);
    QVERIFY(more->isHidden());
}

QTEST_MAIN(TestAssignmentsGui)
#include "tst_assignmentsgui.moc"
