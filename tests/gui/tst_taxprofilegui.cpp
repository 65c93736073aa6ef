// The tax profile's faces: the dialog's W-8BEN with its fields and inline problems, and the
// documents section of the profiles page, driven through the real widgets.
#include "GuiTestSupport.h"
#include "gui/FileDialogs.h"
#include "gui/ProfilesPage.h"
#include "gui/TaxProfileDialog.h"
#include "services/TaxDocumentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

#include <memory>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {
const QString kGB = QStringLiteral("4649102");
const QString kDE = QStringLiteral("4649103");
} // namespace

class TestTaxProfileGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_demo.create(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
    }
    void cleanup() { m_demo.close(); }

    void dialogOffersW8ben()
    {
        auto opened = openUkTaxProfile();
        QVERIFY(opened);
        TaxProfileDialog& dialog = *opened;
        auto* form = dialog.findChild<QComboBox*>(QStringLiteral("formBox"));
        auto* person = dialog.findChild<QLineEdit*>(QStringLiteral("personNameEdit"));
        auto* citizenship = dialog.findChild<QComboBox*>(QStringLiteral("citizenshipEdit"));
        auto* citizenshipError = dialog.findChild<QLabel*>(QStringLiteral("citizenshipError"));
        auto* birth = dialog.findChild<QDateEdit*>(QStringLiteral("birthDateEdit"));
        auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("noTaxIdReasonEdit"));
        auto* taxId = dialog.findChild<QLineEdit*>(QStringLiteral("foreignTaxIdEdit"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(form && person && citizenship && citizenshipError && birth && reason && taxId && save);
        QVERIFY(!person->accessibleName().isEmpty() && !citizenship->accessibleName().isEmpty());
        QCOMPARE(form->count(), 2); // W-8BEN-E and W-8BEN outside the US
        QVERIFY(form->isEnabled());
        QVERIFY(!person->isVisible());
        form->setCurrentIndex(form->findData(int(TaxForm::W8Ben)));
        QVERIFY(person->isVisible() && citizenship->isVisible() && birth->isVisible());
        QVERIFY(!save->isEnabled()); // no name yet
        QTest::keyClicks(person, QStringLiteral("Oliver Hughes"));
        citizenship->setCurrentIndex(citizenship->findData(QStringLiteral("US")));
        QTRY_VERIFY(citizenshipError->isVisible());
        QVERIFY2(citizenshipError->text().contains(QStringLiteral("W-9")),
                 qPrintable(citizenshipError->text()));
        QVERIFY(!save->isEnabled());
        citizenship->setCurrentIndex(citizenship->findData(QStringLiteral("GB")));
        QTRY_VERIFY(!citizenshipError->isVisible());
        taxId->setFocus();
        taxId->selectAll();
        QTest::keyClick(taxId, Qt::Key_Backspace); // no tax ID: the reason is asked for
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(reason, QStringLiteral("Not issued to residents"));
        birth->setDate(QDate(1979, 6, 30));
        QTRY_VERIFY(save->isEnabled());
        saveShot(&dialog, QStringLiteral("tax-profile-w8ben"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.saved().form, TaxForm::W8Ben);
        auto stored = m_demo.session->profiles().taxProfile(m_demo.session->actor(), kGB);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->personName, QStringLiteral("Oliver Hughes"));
        QCOMPARE((*stored)->birthDate, QDate(1979, 6, 30));
        QCOMPARE((*stored)->citizenshipCountry, QStringLiteral("GB"));
    }

    // Rows hidden and shown again keep their height while a wrapped error line is on screen.
    void switchingFormsKeepsRowsLaidOut()
    {
        auto opened = openUkTaxProfile();
        QVERIFY(opened);
        TaxProfileDialog& dialog = *opened;
        auto* form = dialog.findChild<QComboBox*>(QStringLiteral("formBox"));
        auto* person = dialog.findChild<QLineEdit*>(QStringLiteral("personNameEdit"));
        auto* taxId = dialog.findChild<QLineEdit*>(QStringLiteral("foreignTaxIdEdit"));
        auto* taxIdError = dialog.findChild<QLabel*>(QStringLiteral("foreignTaxIdError"));
        QVERIFY(form && person && taxId && taxIdError);
        form->setCurrentIndex(form->findData(int(TaxForm::W8Ben)));
        form->setCurrentIndex(form->findData(int(TaxForm::W8BenE)));
        taxId->setFocus();
        taxId->selectAll();
        QTest::keyClicks(taxId, QStringLiteral("<<>>"));
        QTRY_VERIFY(taxIdError->isVisible());
        form->setCurrentIndex(form->findData(int(TaxForm::W8Ben)));
        QTRY_VERIFY(person->isVisible());
        QTRY_VERIFY2(person->height() >= person->sizeHint().height() &&
                         taxId->geometry().top() >= person->geometry().bottom(),
                     qPrintable(QStringLiteral("person %1+%2, tax ID at %3")
                                    .arg(person->y())
                                    .arg(person->height())
                                    .arg(taxId->y())));
    }

    // The profiles page lists every tax profile of the location and adds another beside them.
    void profilesPageAddsAnotherTaxProfile()
    {
        QVERIFY(m_demo.signIn(kBao));
        m_demo.window->openScreen(QStringLiteral("profiles"));
        ProfilesPage* page = m_demo.window->profilesPage();
        page->selectLocation(kDE);
        auto* add = page->findChild<QPushButton*>(QStringLiteral("addTaxButton"));
        auto* choice = page->findChild<QComboBox*>(QStringLiteral("taxProfileChoice"));
        auto* label = page->findChild<QLabel*>(QStringLiteral("taxLabel"));
        QVERIFY(add && choice && label);
        QVERIFY(!add->accessibleName().isEmpty() && !choice->accessibleName().isEmpty());
        QCOMPARE(page->taxProfiles().size(), 1);
        QVERIFY(add->isEnabled());
        QVERIFY(choice->isHidden()); // one profile: nothing to choose
        bool done = false;
        QString title;
        onNextModal(
            page,
            [&](QWidget* dialog) {
                title = dialog->windowTitle();
                auto* form = dialog->findChild<QComboBox*>(QStringLiteral("formBox"));
                QCOMPARE(TaxForm(form->currentData().toInt()), TaxForm::W8Ben); // the form it lacks
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("personNameEdit")),
                                 QStringLiteral("Lena Vogel"));
                auto* citizenship = dialog->findChild<QComboBox*>(QStringLiteral("citizenshipEdit"));
                citizenship->setCurrentIndex(citizenship->findData(QStringLiteral("DE")));
                dialog->findChild<QDateEdit*>(QStringLiteral("birthDateEdit"))->setDate(QDate(1984, 6, 2));
                auto* taxId = dialog->findChild<QLineEdit*>(QStringLiteral("foreignTaxIdEdit"));
                taxId->clear();
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noTaxIdReasonEdit")),
                                 QStringLiteral("Not issued"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vatEdit")),
                                 QStringLiteral("DE136695976"));
                auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
                QTRY_VERIFY(save->isEnabled());
                QTest::mouseClick(save, Qt::LeftButton);
            },
            &done);
        page->addTaxProfile();
        QVERIFY(done);
        QVERIFY2(title.startsWith(QStringLiteral("Add a tax profile")), qPrintable(title));
        // Both are listed, each with its form, status and expiry; the new one is chosen for Edit.
        const QList<TaxProfile> listed = page->taxProfiles();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).form, TaxForm::W8BenE);
        QCOMPARE(listed.at(1).form, TaxForm::W8Ben);
        QCOMPARE(listed.at(1).personName, QStringLiteral("Lena Vogel"));
        QVERIFY2(label->text().startsWith(QStringLiteral("2 tax profiles")), qPrintable(label->text()));
        QVERIFY(!choice->isHidden());
        QCOMPARE(choice->count(), 2);
        QVERIFY2(choice->itemText(0).contains(QStringLiteral("W-8BEN-E")) &&
                     choice->itemText(0).contains(QStringLiteral("location default")),
                 qPrintable(choice->itemText(0)));
        QVERIFY2(choice->itemText(1).contains(QStringLiteral("W-8BEN ·")) &&
                     choice->itemText(1).contains(QStringLiteral("valid until")),
                 qPrintable(choice->itemText(1)));
        // Nothing on the location box is squeezed: the summary sits whole above the choice.
        QVERIFY(label->geometry().bottom() <= choice->parentWidget()->geometry().top());
        QCOMPARE(choice->currentData().toLongLong(), listed.at(1).id);
        saveShot(page, QStringLiteral("profiles-two-tax-profiles"));
        // The documents section follows the profile chosen.
        QVERIFY(TaxDocumentService(m_demo.context())
                    .attach(m_demo.session->actor(), kDE, QStringLiteral("passport.png"),
                            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("\0\x01", 2), listed.at(1).id));
        auto* documents = page->findChild<QTreeWidget*>(QStringLiteral("taxDocumentsList"));
        QVERIFY(documents);
        choice->setCurrentIndex(0);
        QCOMPARE(documents->topLevelItemCount(), 0);
        choice->setCurrentIndex(1);
        QCOMPARE(documents->topLevelItemCount(), 1);
        QCOMPARE(documents->topLevelItem(0)->text(0), QStringLiteral("passport.png"));
        // An Incentives user sees both and adds none.
        QVERIFY(m_demo.signIn(kEmma));
        m_demo.window->openScreen(QStringLiteral("profiles"));
        page = m_demo.window->profilesPage();
        page->selectLocation(kDE);
        QCOMPARE(page->taxProfiles().size(), 2);
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("addTaxButton"))->isEnabled());
    }

    void documentsSection()
    {
        QVERIFY(m_demo.signIn(kCharlotte));
        m_demo.window->openScreen(QStringLiteral("profiles"));
        ProfilesPage* page = m_demo.window->profilesPage();
        page->selectLocation(kGB);
        auto* list = page->findChild<QTreeWidget*>(QStringLiteral("taxDocumentsList"));
        auto* add = page->findChild<QPushButton*>(QStringLiteral("addTaxDocumentButton"));
        auto* copy = page->findChild<QPushButton*>(QStringLiteral("saveTaxDocumentButton"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("taxDocumentsMessage"));
        QVERIFY(list && add && copy && message);
        QTRY_VERIFY(add->isEnabled());
        QVERIFY(!copy->isEnabled());
        QCOMPARE(list->topLevelItemCount(), 0);

        const QByteArray pdf("%PDF-1.7\nresidence certificate\n%%EOF\n");
        const QString in = write(QStringLiteral("residence.pdf"), pdf);
        FileDialogs::answerNext(in);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("residence.pdf"));
        QVERIFY(list->topLevelItem(0)->text(2).contains(kCharlotte));
        // A text file named .pdf: refused with the reason, nothing added.
        FileDialogs::answerNext(write(QStringLiteral("notes.pdf"), "plain text"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(QStringLiteral("PDF")));
        QCOMPARE(list->topLevelItemCount(), 1);
        saveShot(page, QStringLiteral("tax-documents"));

        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(copy->isEnabled());
        const QString out = m_dir.filePath(QStringLiteral("copy.pdf"));
        FileDialogs::answerNext(out);
        QTest::mouseClick(copy, Qt::LeftButton);
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), pdf);

        // An Incentives user sees the documents of her location but does not attach, and is told why.
        QVERIFY(m_demo.signIn(kEmma));
        m_demo.window->openScreen(QStringLiteral("profiles"));
        page->selectLocation(kDE);
        QTRY_VERIFY(!add->isEnabled());
        QVERIFY(!add->toolTip().isEmpty());
    }

private:
    // Charlotte's UK tax profile in its dialog, on screen.
    std::unique_ptr<TaxProfileDialog> openUkTaxProfile()
    {
        if (!m_demo.signIn(kCharlotte))
            return nullptr;
        auto location = m_demo.context().directory().locationByPartnerId(kGB);
        auto existing = m_demo.session->profiles().taxProfile(m_demo.session->actor(), kGB);
        if (!location || !existing || !existing->has_value())
            return nullptr;
        auto dialog = std::make_unique<TaxProfileDialog>(*m_demo.session, *location, *existing);
        dialog->resize(640, 620);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

QTEST_MAIN(TestTaxProfileGui)
#include "tst_taxprofilegui.moc"
