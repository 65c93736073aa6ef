// Accessibility: every control on every page and dialog has a name for assistive technology, the
// whole enrollment can be done from the keyboard alone, text stays readable on dark and
// high-contrast palettes, and the layouts hold from 1024x700 to 1920x1080 in English, German and French,
// light and dark, on every page the navigation offers.
#include "gui/ChangePasswordDialog.h"
#include "gui/PresenterPage.h"
#include "gui/ProfilesPage.h"
#include "gui/ScenariosPanel.h"
#include "gui/StatusStyle.h"
#include "gui/UsersPage.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"

#include "GuiTestSupport.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {

const QString kKenji = QStringLiteral("kenji.tanaka@contoso.example");
const QString kCommerce = QStringLiteral("Microsoft Commerce Incentives");
const QString kJapan = QStringLiteral("4649105");

// KDE's Breeze Dark, a dark theme as people use it: its link and highlight colours are not
// readable as they are on its backgrounds, so the app has to adapt them.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b), base(0x23, 0x26, 0x29), text(0xef, 0xf0, 0xf1);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, window);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(group, QPalette::HighlightedText, text);
        p.setColor(group, QPalette::Link, QColor(0x29, 0x80, 0xb9));
        p.setColor(group, QPalette::LinkVisited, QColor(0x7f, 0x8c, 0x8d));
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        p.setColor(group, QPalette::Light, QColor(0x40, 0x46, 0x4c));
        p.setColor(group, QPalette::Midlight, QColor(0x3a, 0x40, 0x45));
        p.setColor(group, QPalette::Mid, QColor(0x22, 0x25, 0x28));
        p.setColor(group, QPalette::Dark, QColor(0x19, 0x1b, 0x1d));
        p.setColor(group, QPalette::Shadow, QColor(0x10, 0x11, 0x12));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x71, 0x75));
    return p;
}

// Black, white and yellow, as high-contrast themes are.
QPalette highContrastPalette()
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                QPalette::ToolTipBase, QPalette::Shadow, QPalette::Dark, QPalette::Mid})
            p.setColor(group, role, Qt::black);
        for (const auto role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
              QPalette::BrightText, QPalette::Light, QPalette::Midlight})
            p.setColor(group, role, Qt::white);
        p.setColor(group, QPalette::Highlight, Qt::yellow);
        p.setColor(group, QPalette::HighlightedText, Qt::black);
        p.setColor(group, QPalette::Link, Qt::yellow);
        p.setColor(group, QPalette::LinkVisited, Qt::yellow);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

// The contrast of a widget's text: its foreground role's colour on its background role's.
double textContrast(const QWidget* w)
{
    return contrastRatio(w->palette().color(w->foregroundRole()), w->palette().color(w->backgroundRole()));
}

QString describe(const QWidget* w)
{
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(w))
        text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    return QStringLiteral("%1 %2 '%3'")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60));
}

// Where the keyboard's keys go: an open popup (a completer's list), else the focus widget.
QWidget* focused()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    QWidget* w = QApplication::focusWidget();
    return w ? w : QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

void typeText(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

// The focus, named by what a screen reader would say and the object behind it.
QString focusName()
{
    QWidget* w = QApplication::focusWidget();
    if (!w)
        return QStringLiteral("(nothing)");
    if (w->parentWidget() && w->parentWidget()->focusProxy() == w)
        w = w->parentWidget();
    return w->objectName();
}

// Runs body on the next modal dialog once it is active and has the focus, and closes the dialog
// afterwards if body left it open (a failed check included), so that the test goes on.
void onNextActiveModal(QObject* context, const std::function<void(QWidget*)>& body, bool* done)
{
    onNextModal(
        context,
        [body](QWidget* dialog) {
            const QPointer<QWidget> guard(dialog);
            [&] {
                QVERIFY(QTest::qWaitForWindowActive(dialog));
                QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
                body(dialog);
            }();
            // Closed as a test leaves it, without the question about discarding changes.
            if (auto* form = qobject_cast<QDialog*>(guard.data()); form && form->isVisible())
                form->done(QDialog::Rejected);
            else if (guard && guard->isVisible())
                guard->close();
        },
        done);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlHasANameAndAnObjectName();
    void enrollmentByKeyboardAlone();
    void readableOnDarkAndHighContrastPalettes_data();
    void readableOnDarkAndHighContrastPalettes();
    void layoutsHold_data();
    void layoutsHold();

private:
    // The focusable, visible widgets under root that lack an object name or an accessible name.
    static QStringList unnamed(QWidget* root, const QString& where);
    // Opens the modal dialog that trigger runs into and lists its unnamed controls.
    QStringList unnamedInDialog(const QString& where, const std::function<void()>& trigger,
                                const std::function<void(QWidget*)>& close = {});
    // The visible labels, buttons and item texts under root whose text reads at less than the
    // minimum contrast.
    static QStringList unreadable(QWidget* root, const QString& where);
    // The visible labels and buttons under root too narrow or too short for their text, and the
    // status bar's labels that overlap.
    static QStringList clipped(QWidget* root, const QString& where);
    bool loadTranslation(const QString& language);

    QTemporaryDir m_dir;
    DemoWindow m_demo;
    QPalette m_palette;
    QLocale m_locale;
    QTranslator m_translator;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_palette = QApplication::palette();
    m_locale = QLocale();
}

void TestAccessibility::init()
{
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

void TestAccessibility::cleanup()
{
    m_demo.close();
    QApplication::setPalette(m_palette);
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(m_locale);
}

QStringList TestAccessibility::unnamed(QWidget* root, const QString& where)
{
    QStringList offenders;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisible())
            continue;
        // A combo box's or spin box's line edit and a tab widget's tab bar take the focus for the
        // control they belong to, which carries the names (a button box's first button is a
        // control of its own).
        QWidget* control = w;
        if (w->parentWidget() && w->parentWidget()->focusProxy() == w &&
            !qobject_cast<QDialogButtonBox*>(w->parentWidget()))
            control = w->parentWidget();
        else if (w->focusProxy() && w->focusProxy()->isAncestorOf(w))
            control = w->focusProxy();
        QString name = control->accessibleName();
        if (name.trimmed().isEmpty())
            if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(control))
                name = iface->text(QAccessible::Name);
        if (control->objectName().isEmpty() || name.trimmed().isEmpty()) {
            QStringList path;
            for (QWidget* p = control; p && p != root; p = p->parentWidget())
                path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                       : p->objectName());
            offenders.append(QStringLiteral("%1: %2 %3 (name '%4')")
                                 .arg(where, QString::fromLatin1(control->metaObject()->className()),
                                      path.join(QLatin1Char('/')), name));
        }
    }
    offenders.removeDuplicates();
    return offenders;
}

QStringList TestAccessibility::unnamedInDialog(const QString& where, const std::function<void()>& trigger,
                                               const std::function<void(QWidget*)>& close)
{
    QStringList offenders;
    bool done = false;
    onNextModal(
        this,
        [&](QWidget* dialog) {
            if (!QTest::qWaitForWindowExposed(dialog))
                offenders.append(where + QStringLiteral(": not shown"));
            offenders += unnamed(dialog, where);
            if (close)
                close(dialog);
            else
                dialog->close();
        },
        &done);
    trigger();
    if (!done)
        offenders.append(where + QStringLiteral(": no dialog opened"));
    return offenders;
}

QStringList TestAccessibility::unreadable(QWidget* root, const QString& where)
{
    QStringList offenders;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible() || !w->isEnabled())
            continue; // disabled controls are exempt (WCAG 1.4.3)
        const auto* label = qobject_cast<QLabel*>(w);
        const auto* button = qobject_cast<QAbstractButton*>(w);
        if ((label && !label->text().isEmpty()) || (button && !button->text().isEmpty())) {
            const double ratio = textContrast(w);
            if (ratio < kMinimumTextContrast)
                offenders.append(
                    QStringLiteral("%1: %2 at %3:1").arg(where, describe(w)).arg(ratio, 0, 'f', 2));
        }
        // Item views: each visible row's text, in the colour the model asks for, on the base and
        // alternate base colours.
        if (const auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QPalette p = view->palette();
            QList<QColor> backgrounds{p.color(QPalette::Base)};
            if (view->alternatingRowColors())
                backgrounds.append(p.color(QPalette::AlternateBase));
            const QAbstractItemModel* model = view->model();
            for (int r = 0; r < qMin(model->rowCount(view->rootIndex()), 40); ++r)
                for (int c = 0; c < model->columnCount(view->rootIndex()); ++c) {
                    const QModelIndex index = model->index(r, c, view->rootIndex());
                    if (index.data().toString().isEmpty())
                        continue;
                    const QVariant brush = index.data(Qt::ForegroundRole);
                    const QColor text =
                        brush.isValid() ? brush.value<QBrush>().color() : p.color(QPalette::Text);
                    for (const QColor& background : std::as_const(backgrounds))
                        if (const double ratio = contrastRatio(text, background);
                            ratio < kMinimumTextContrast)
                            offenders.append(
                                QStringLiteral("%1: %2 cell '%3' at %4:1")
                                    .arg(where, view->objectName(), index.data().toString().left(40))
                                    .arg(ratio, 0, 'f', 2));
                }
        }
    }
    offenders.removeDuplicates();
    return offenders;
}

QStringList TestAccessibility::clipped(QWidget* root, const QString& where)
{
    QStringList offenders;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const auto* label = qobject_cast<QLabel*>(w);
        const auto* button = qobject_cast<QPushButton*>(w);
        if (label && !label->text().isEmpty() && !label->pixmap().isNull())
            continue;
        if (label && !label->text().isEmpty()) {
            // A wrapping label needs the height of its wrapped lines; any other the width of its text.
            const bool tooSmall = label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                                    : label->width() < label->minimumSizeHint().width();
            if (tooSmall)
                offenders.append(QStringLiteral("%1: %2 is %3x%4, needs %5")
                                     .arg(where, describe(w))
                                     .arg(w->width())
                                     .arg(w->height())
                                     .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                            : label->minimumSizeHint().width()));
        } else if (const auto* combo = qobject_cast<QComboBox*>(w);
                   combo && combo->width() < combo->minimumSizeHint().width()) {
            offenders.append(QStringLiteral("%1: combo box %2 is %3 wide, needs %4")
                                 .arg(where, w->objectName())
                                 .arg(w->width())
                                 .arg(combo->minimumSizeHint().width()));
        } else if (button && !button->text().isEmpty() &&
                   button->width() < button->minimumSizeHint().width()) {
            offenders.append(QStringLiteral("%1: %2 is %3 wide, needs %4")
                                 .arg(where, describe(w))
                                 .arg(w->width())
                                 .arg(button->minimumSizeHint().width()));
        }
    }
    // The status bar's labels side by side, none over the next.
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        QList<QLabel*> labels;
        for (const char* name : {"userLabel", "roleLabel", "clockLabel"})
            if (auto* l = window->statusBar()->findChild<QLabel*>(QString::fromLatin1(name));
                l && l->isVisible())
                labels.append(l);
        for (qsizetype i = 1; i < labels.size(); ++i)
            if (labels.at(i - 1)->geometry().intersects(labels.at(i)->geometry()))
                offenders.append(QStringLiteral("%1: status bar %2 overlaps %3")
                                     .arg(where, describe(labels.at(i - 1)), describe(labels.at(i))));
    }
    offenders.removeDuplicates();
    return offenders;
}

bool TestAccessibility::loadTranslation(const QString& language)
{
    QCoreApplication::removeTranslator(&m_translator);
    if (language.isEmpty())
        return true;
#ifdef INCENTIVES_QM_DIR
    if (!m_translator.load(QStringLiteral("incentives_") + language, QStringLiteral(INCENTIVES_QM_DIR)))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(language));
    return true;
#else
    return false;
#endif
}

void TestAccessibility::everyControlHasANameAndAnObjectName()
{
    QStringList offenders;
    MainWindow* window = m_demo.window.get();

    // Gabriel has no incentives role: the page that says so.
    QVERIFY(m_demo.signIn(kGabriel));
    offenders += unnamed(window, QStringLiteral("no access page"));

    // Avery sees every page, the presenter tools and the guided scenarios.
    QVERIFY(m_demo.signIn(kAvery));
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    QVERIFY(window->findChild<QDockWidget*>(QStringLiteral("scenariosDock"))->isVisible());
    // Every page of the window, named by its object name.
    for (int page = MainWindow::HomePageIndex; page <= MainWindow::PresenterPageIndex; ++page) {
        window->showPage(MainWindow::Page(page));
        offenders += unnamed(window, window->currentPage()->objectName());
    }
    window->usersPage()->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
    window->showPage(MainWindow::UsersPageIndex);
    offenders += unnamed(window, QStringLiteral("users, locations tab"));
    window->showGettingStarted();
    offenders += unnamed(window, QStringLiteral("getting started"));

    offenders += unnamedInDialog(QStringLiteral("sign-in dialog"), [window] { window->chooseUser(); });
    offenders += unnamedInDialog(QStringLiteral("settings dialog"), [window] { window->showSettings(); });
    offenders += unnamedInDialog(QStringLiteral("connect dialog"), [window] {
        window->findChild<QAction*>(QStringLiteral("actionConnect"))->trigger();
    });
    window->showPage(MainWindow::UsersPageIndex);
    offenders += unnamedInDialog(QStringLiteral("add user dialog"), [window] {
        window->usersPage()->findChild<QPushButton*>(QStringLiteral("addUserButton"))->click();
    });
    QVERIFY(window->usersPage()->selectUser(kBao));
    offenders += unnamedInDialog(QStringLiteral("assign role dialog"), [window] {
        window->usersPage()->findChild<QPushButton*>(QStringLiteral("assignRoleButton"))->click();
    });

    // Bao enrolls, edits profiles and reads guides.
    QVERIFY(m_demo.signIn(kBao));
    offenders += unnamedInDialog(QStringLiteral("invitation dialog"), [window] {
        window->startEnrollment(QStringLiteral("Microsoft Security Incentives"), QStringLiteral("4649101"));
    });
    WorkspacePage* workspace = window->workspacePage();
    window->showPage(MainWindow::WorkspacePageIndex);
    QVERIFY(workspace->selectEnrollment(QStringLiteral("ISV Success Incentives"), QStringLiteral("4649103")));
    offenders += unnamedInDialog(QStringLiteral("eligibility dialog"), [workspace] {
        workspace->findChild<QPushButton*>(QStringLiteral("eligibilityButton"))->click();
    });
    offenders += unnamedInDialog(QStringLiteral("program guide"), [workspace] {
        workspace->findChild<QPushButton*>(QStringLiteral("guideButton"))->click();
    });
    offenders += unnamedInDialog(QStringLiteral("summary dialog"), [window] { window->showSummary(); });
    window->showPage(MainWindow::ProfilesPageIndex);
    ProfilesPage* profiles = window->profilesPage();
    offenders += unnamedInDialog(QStringLiteral("new bank profile"), [profiles] {
        profiles->findChild<QPushButton*>(QStringLiteral("addBankButton"))->click();
    });
    profiles->selectBankProfile(QStringLiteral("Contoso US Operating"));
    offenders += unnamedInDialog(QStringLiteral("bank profile edit"), [profiles] {
        profiles->findChild<QPushButton*>(QStringLiteral("editBankButton"))->click();
    });
    profiles->selectLocation(QStringLiteral("4649101"));
    offenders += unnamedInDialog(QStringLiteral("W-9 tax profile"), [profiles] {
        profiles->findChild<QPushButton*>(QStringLiteral("editTaxButton"))->click();
    });
    profiles->selectLocation(QStringLiteral("4649103"));
    offenders += unnamedInDialog(QStringLiteral("W-8BEN-E tax profile"), [profiles] {
        profiles->findChild<QPushButton*>(QStringLiteral("editTaxButton"))->click();
    });
    offenders += unnamedInDialog(
        QStringLiteral("unlock dialog"), [window] { window->lock(); },
        [](QWidget* dialog) { dialog->findChild<QPushButton*>(QStringLiteral("signInButton"))->click(); });
    {
        ChangePasswordDialog change(*m_demo.session, false, window);
        change.setObjectName(QStringLiteral("changePasswordDialog"));
        change.show();
        QVERIFY(QTest::qWaitForWindowExposed(&change));
        offenders += unnamed(&change, QStringLiteral("change password dialog"));
    }

    // Dev's invitation needs a tax profile: Continue instead of Submit.
    QVERIFY(m_demo.signIn(kDev));
    offenders += unnamedInDialog(QStringLiteral("invitation dialog (continue)"), [window] {
        window->startEnrollment(QStringLiteral("ISV Success Incentives"), QStringLiteral("4649104"));
    });

    for (const QString& offender : std::as_const(offenders))
        qWarning("Unnamed control: %s", qPrintable(offender));
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 controls without a name (listed above)").arg(offenders.size())));
}

// Japan has neither a bank nor a tax profile. Once Kenji is its Incentives admin he enrolls it in
// Microsoft Commerce Incentives with the keyboard alone: the workspace's Enroll, the terms, a new
// bank profile made the location's default, the tax profile, and Submit.
void TestAccessibility::enrollmentByKeyboardAlone()
{
    QVERIFY(m_demo.signIn(kAvery));
    QVERIFY(m_demo.session->directory().assignRole(m_demo.session->actor(), kKenji, Role::IncentivesAdmin,
                                                   kJapan));
    QVERIFY(m_demo.signIn(kKenji));
    const auto status = [this] {
        auto view = m_demo.session->enrollments().invitation(m_demo.session->actor(), kCommerce, kJapan);
        return view ? view->enrollment.status : EnrollmentStatus::Discontinued;
    };
    QCOMPARE(status(), EnrollmentStatus::Invited);
    MainWindow* window = m_demo.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto backInWindow = [window] {
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        window->activateWindow();
        QTRY_VERIFY(window->isActiveWindow());
    };

    // The workspace (Ctrl+2), its search (Ctrl+F), the one matching row, then Enroll (Alt+N).
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), window->workspacePage());
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("searchEdit"));
    typeText(QStringLiteral("Commerce"));
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("clearFiltersButton"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("table"));
    auto* table = window->workspacePage()->findChild<QTableView*>(QStringLiteral("table"));
    QCOMPARE(table->currentIndex().data(WorkspaceModel::ProgramNameRole).toString(), kCommerce);
    QCOMPARE(table->currentIndex().data(WorkspaceModel::PartnerIdRole).toString(), kJapan);

    bool done = false;
    onNextActiveModal(
        this,
        [](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("invitationDialog"));
            QCOMPARE(focusName(), QStringLiteral("bankProfileCombo"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("termsCheck"));
            press(Qt::Key_Space);
            QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("termsCheck"))->isChecked());
            saveShot(dialog, QStringLiteral("keyboard-invitation"));
            press(Qt::Key_O, Qt::AltModifier); // C&ontinue
            QTRY_VERIFY(!dialog->isVisible());
        },
        &done);
    press(Qt::Key_N, Qt::AltModifier); // E&nroll
    QTRY_VERIFY(done);
    backInWindow();

    // Continue opened the profiles page at the bank profile, with the focus on Add bank profile.
    ProfilesPage* profiles = window->profilesPage();
    QCOMPARE(window->currentPage(), profiles);
    QTRY_COMPARE(focusName(), QStringLiteral("addBankButton"));
    done = false;
    onNextActiveModal(
        this,
        [](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("bankProfileDialog"));
            QCOMPARE(focusName(), QStringLiteral("nameEdit"));
            typeText(QStringLiteral("Contoso Japan Payout"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("countryEdit"));
            // Type part of the name, pick the suggestion.
            typeText(QStringLiteral("Japa"));
            press(Qt::Key_Down);
            press(Qt::Key_Return);
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("countryEdit"))->currentText(),
                     QStringLiteral("Japan (JP)"));
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("currencyEdit"))->currentText(),
                     QStringLiteral("JPY"));
            QCOMPARE(focusName(), QStringLiteral("countryEdit"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("methodEdit"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("currencyEdit"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("holderEdit"));
            typeText(QStringLiteral("Contoso Ltd"));
            press(Qt::Key_Tab); // the IBAN is not asked in Japan: the SWIFT code is next
            QCOMPARE(focusName(), QStringLiteral("bicEdit"));
            typeText(QStringLiteral("MHCBJPJ")); // one character short
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("accountEdit"));
            auto* bicError = dialog->findChild<QLabel*>(QStringLiteral("bicError"));
            QVERIFY(bicError->isVisible());
            QVERIFY(bicError->text().startsWith(QStringLiteral("⚠ ")));
            QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("bicEdit"))
                        ->accessibleDescription()
                        .contains(bicError->text()));
            press(Qt::Key_Tab, Qt::ShiftModifier); // back to complete it
            QCOMPARE(focusName(), QStringLiteral("bicEdit"));
            press(Qt::Key_End);
            typeText(QStringLiteral("T"));
            QVERIFY(!bicError->isVisible());
            press(Qt::Key_Tab);
            typeText(QStringLiteral("1234567"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("bankNameEdit"));
            typeText(QStringLiteral("Mizuho Bank"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("bankAddressEdit"));
            typeText(QStringLiteral("1-5-5 Otemachi, Chiyoda-ku, Tokyo"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QVERIFY2(save->isEnabled(), "the form is complete");
            QVERIFY(save->isDefault());
            saveShot(dialog, QStringLiteral("keyboard-bank-profile"));
            press(Qt::Key_Return); // the default button: Save
            QVERIFY(!dialog->isVisible());
        },
        &done);
    press(Qt::Key_Space); // Add bank profile…
    QVERIFY(done);
    backInWindow();
    auto* defaultBank = profiles->findChild<QLabel*>(QStringLiteral("defaultBankLabel"));
    QCOMPARE(defaultBank->text(), profiles->tr("none"));
    press(Qt::Key_M, Qt::AltModifier); // &Make default for 4649105
    QTRY_COMPARE(defaultBank->text(), QStringLiteral("Contoso Japan Payout"));

    done = false;
    onNextActiveModal(
        this,
        [](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("taxProfileDialog"));
            // The country of incorporation is the location's already.
            QCOMPARE(focusName(), QStringLiteral("incorporationEdit"));
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("incorporationEdit"))->currentText(),
                     QStringLiteral("Japan (JP)"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("foreignTaxIdEdit"));
            typeText(QStringLiteral("T1234567890123"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("treatyEdit"));
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("signedEdit"));
            saveShot(dialog, QStringLiteral("keyboard-tax-profile"));
            press(Qt::Key_Return); // Save
            QVERIFY(!dialog->isVisible());
        },
        &done);
    press(Qt::Key_T, Qt::AltModifier); // Edit &tax profile…
    QTRY_VERIFY(done);
    backInWindow();
    QVERIFY(profiles->findChild<QLabel*>(QStringLiteral("taxLabel"))
                ->text()
                .contains(QStringLiteral("W-8BEN-E")));

    // Back to the workspace row, Enroll again, and Submit (Alt+S).
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_F, Qt::ControlModifier);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("table"));
    QCOMPARE(table->currentIndex().data(WorkspaceModel::PartnerIdRole).toString(), kJapan);
    QCOMPARE(status(), EnrollmentStatus::Enrolling);
    done = false;
    onNextActiveModal(
        this,
        [](QWidget* dialog) {
            auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("submitButton"));
            QVERIFY(submit->isVisible() && submit->isEnabled());
            saveShot(dialog, QStringLiteral("keyboard-submit"));
            press(Qt::Key_S, Qt::AltModifier); // &Submit
            QTRY_VERIFY(!dialog->isVisible());
        },
        &done);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(done);
    QCOMPARE(status(), EnrollmentStatus::Validating);
}

void TestAccessibility::readableOnDarkAndHighContrastPalettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QPalette>("then");
    QTest::newRow("light") << m_palette << darkPalette();
    QTest::newRow("dark") << darkPalette() << highContrastPalette();
    QTest::newRow("high-contrast") << highContrastPalette() << darkPalette();
}

void TestAccessibility::readableOnDarkAndHighContrastPalettes()
{
    QFETCH(QPalette, palette);
    QFETCH(QPalette, then);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    QApplication::setPalette(palette);
    MainWindow* window = m_demo.window.get();
    // The application passes a new palette on to its widgets as it processes its events.
    QTRY_COMPARE(window->palette().color(QPalette::Window), palette.color(QPalette::Window));
    QStringList offenders;

    // Bao's pages: statuses, links in the workspace, the status bar's demo clock.
    QVERIFY(m_demo.signIn(kBao));
    const QList<std::pair<MainWindow::Page, QString>> pages{
        {MainWindow::HomePageIndex, QStringLiteral("home")},
        {MainWindow::WorkspacePageIndex, QStringLiteral("workspace")},
        {MainWindow::InboxPageIndex, QStringLiteral("inbox")},
        {MainWindow::ProfilesPageIndex, QStringLiteral("profiles")},
        {MainWindow::PresenterPageIndex, QStringLiteral("presenter")}};
    for (const auto& [page, name] : pages) {
        window->showPage(page);
        offenders += unreadable(window, name);
        saveShot(window, tag + QLatin1Char('-') + name);
    }
    // The key texts, measured.
    window->showPage(MainWindow::WorkspacePageIndex);
    auto* table = window->workspacePage()->findChild<QTableView*>(QStringLiteral("table"));
    QVERIFY(window->workspacePage()->selectEnrollment(QStringLiteral("Marketplace Rewards"),
                                                      QStringLiteral("4649101")));
    const QColor link = table->currentIndex()
                            .siblingAtColumn(WorkspaceModel::ActionsColumn)
                            .data(Qt::ForegroundRole)
                            .value<QBrush>()
                            .color();
    const double linkContrast =
        std::min(contrastRatio(link, table->palette().color(QPalette::Base)),
                 contrastRatio(link, table->palette().color(QPalette::AlternateBase)));
    QVERIFY(table->currentIndex()
                .siblingAtColumn(WorkspaceModel::ActionsColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .underline());
    auto* clock = window->statusBar()->findChild<QLabel*>(QStringLiteral("clockLabel"));
    auto* user = window->statusBar()->findChild<QLabel*>(QStringLiteral("userLabel"));
    qInfo("%s: link %.2f:1, demo clock %.2f:1, signed-in user %.2f:1", qPrintable(tag), linkContrast,
          textContrast(clock), textContrast(user));
    QVERIFY2(linkContrast >= kMinimumTextContrast, qPrintable(QString::number(linkContrast)));
    QVERIFY2(textContrast(clock) >= kMinimumTextContrast, qPrintable(QString::number(textContrast(clock))));

    // Users and roles: the location without an Incentives admin, in the error colour.
    QVERIFY(m_demo.signIn(kAvery));
    window->showPage(MainWindow::UsersPageIndex);
    window->usersPage()->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
    offenders += unreadable(window, QStringLiteral("users"));
    saveShot(window, tag + QStringLiteral("-users"));

    // Dev's invitation says what is missing; his bank form shows its inline errors.
    QVERIFY(m_demo.signIn(kDev));
    bool done = false;
    onNextActiveModal(
        this,
        [&](QWidget* dialog) {
            auto* missing = dialog->findChild<QLabel*>(QStringLiteral("missingLabel"));
            QVERIFY(missing->text().startsWith(QStringLiteral("⚠ ")));
            qInfo("%s: invitation's missing-information text %.2f:1", qPrintable(tag), textContrast(missing));
            offenders += unreadable(dialog, QStringLiteral("invitation"));
            saveShot(dialog, tag + QStringLiteral("-invitation"));
        },
        &done);
    window->startEnrollment(QStringLiteral("ISV Success Incentives"), QStringLiteral("4649104"));
    QVERIFY(done);

    window->showPage(MainWindow::ProfilesPageIndex);
    done = false;
    onNextActiveModal(
        this,
        [&](QWidget* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("Contoso India Reserve"));
            auto* country = dialog->findChild<QComboBox*>(QStringLiteral("countryEdit"));
            country->setFocus();
            QTest::keyClicks(country->lineEdit(), QStringLiteral("IN"));
            auto* routing = dialog->findChild<QLineEdit*>(QStringLiteral("routingEdit"));
            routing->setFocus();
            QTest::keyClicks(routing, QStringLiteral("HDFC000012"));
            auto* account = dialog->findChild<QLineEdit*>(QStringLiteral("accountEdit"));
            account->setFocus();
            QTest::keyClicks(account, QStringLiteral("12"));
            auto* routingError = dialog->findChild<QLabel*>(QStringLiteral("routingError"));
            QVERIFY(routingError->isVisible());
            qInfo("%s: inline error %.2f:1", qPrintable(tag), textContrast(routingError));
            offenders += unreadable(dialog, QStringLiteral("bank profile"));
            saveShot(dialog, tag + QStringLiteral("-bank-profile-errors"));
            // The theme changes while the form is open: the errors follow.
            QApplication::setPalette(then);
            QTRY_VERIFY(dialog->palette().color(QPalette::Window) == then.color(QPalette::Window));
            qInfo("%s, then the other palette: inline error %.2f:1", qPrintable(tag),
                  textContrast(routingError));
            offenders += unreadable(dialog, QStringLiteral("bank profile after the palette changed"));
            saveShot(dialog, tag + QStringLiteral("-then-bank-profile-errors"));
        },
        &done);
    window->profilesPage()->findChild<QPushButton*>(QStringLiteral("addBankButton"))->click();
    QVERIFY(done);

    for (const QString& offender : std::as_const(offenders))
        qWarning("Unreadable: %s", qPrintable(offender));
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("%1 texts below %2:1 (listed above)")
                                                 .arg(offenders.size())
                                                 .arg(kMinimumTextContrast)));
}

void TestAccessibility::layoutsHold_data()
{
    // The smallest window a laptop gives the app, a full-HD one and the default, in English and in
    // the languages with the longest words, on a light and a dark desktop.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en-1024x700") << QString() << QSize(1024, 700) << false;
    QTest::newRow("de-1024x700") << QStringLiteral("de") << QSize(1024, 700) << false;
    QTest::newRow("de-1024x700-dark") << QStringLiteral("de") << QSize(1024, 700) << true;
    QTest::newRow("fr-1024x700") << QStringLiteral("fr") << QSize(1024, 700) << false;
    QTest::newRow("en-1200x760") << QString() << QSize(1200, 760) << false;
    QTest::newRow("de-1200x760") << QStringLiteral("de") << QSize(1200, 760) << false;
    QTest::newRow("en-1920x1080-dark") << QString() << QSize(1920, 1080) << true;
    QTest::newRow("de-1920x1080") << QStringLiteral("de") << QSize(1920, 1080) << false;
}

void TestAccessibility::layoutsHold()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    if (!loadTranslation(language))
        QSKIP("the translations are not built");
    if (dark)
        QApplication::setPalette(darkPalette());
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(m_demo.reopen()); // every text in the new language
    MainWindow* window = m_demo.window.get();
    window->resize(size);
    QTest::qWait(20);
    QStringList offenders;
    // The window can be as small as the screen: nothing asks for more room than there is.
    if (window->minimumSizeHint().width() > size.width() ||
        window->minimumSizeHint().height() > size.height())
        offenders.append(QStringLiteral("%1: the window needs at least %2x%3")
                             .arg(tag)
                             .arg(window->minimumSizeHint().width())
                             .arg(window->minimumSizeHint().height()));
    QCOMPARE(window->size(), size);

    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    for (const QString& who : {kBao, kCharlotte, kAvery}) {
        QVERIFY(m_demo.signIn(who));
        // At once, before any other event: the status bar is laid out when its texts change.
        offenders += clipped(window, tag + QStringLiteral(" status bar, ") + who);
        // Every page this person's navigation offers, whatever pages the window has.
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->isHidden())
                continue;
            // The page's name in the navigation shows whole beside its icon.
            const QString title = navigation->item(row)->text();
            if (navigation->fontMetrics().horizontalAdvance(title) + navigation->iconSize().width() + 8 >
                navigation->viewport()->width())
                offenders.append(QStringLiteral("%1: navigation entry '%2' is cut off").arg(tag, title));
            navigation->setCurrentRow(row);
            QTest::qWait(100);    // pages that fit their columns to the rows in sight do so after 40 ms
            (void)window->grab(); // laid out and painted, as the user sees it
            const QString page = window->currentPage()->objectName();
            offenders += clipped(window, QStringLiteral("%1 %2 (%3)").arg(tag, page, who));
            // A page that scrolls does so up and down, never sideways.
            // (Once the page has settled: a page that rearranges itself for its width does so over a few
            // rounds of layout.)
            for (QScrollArea* area : window->currentPage()->findChildren<QScrollArea*>())
                if (area->isVisible() &&
                    !QTest::qWaitFor([area] { return !area->horizontalScrollBar()->isVisible(); }, 1000))
                    offenders.append(QStringLiteral("%1 %2 (%3): %4 scrolls sideways")
                                         .arg(tag, page, who, area->objectName()));
            saveShot(window,
                     QStringLiteral("layout-%1-%2-%3").arg(tag, page, who.section(QLatin1Char('.'), 0, 0)));
        }
    }
    window->showPage(MainWindow::PresenterPageIndex);
    QTest::qWait(20);

    // The presenter's demo clock box is as tall as what it holds, with no empty area below.
    window->showPage(MainWindow::PresenterPageIndex);
    auto* clockBox = window->presenterPage()->findChild<QGroupBox*>(QStringLiteral("clockBox"));
    QVERIFY2(clockBox->height() <= clockBox->sizeHint().height() + clockBox->fontMetrics().height(),
             qPrintable(QStringLiteral("%1 high for a content of %2")
                            .arg(clockBox->height())
                            .arg(clockBox->sizeHint().height())));

    // The guided scenario's description wraps and shows whole in the dock.
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("scenariosDock"));
    QVERIFY(dock->isVisible());
    QTest::qWait(20);
    QCOMPARE(window->width(), size.width()); // the dock fits beside the page: the window does not grow
    window->scenariosPanel()->selectScenario(QStringLiteral("fy-rollover"));
    QTest::qWait(20);
    auto* summary = window->scenariosPanel()->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(!summary->text().isEmpty());
    QVERIFY2(summary->height() >= summary->heightForWidth(summary->width()),
             qPrintable(QStringLiteral("%1 high, needs %2")
                            .arg(summary->height())
                            .arg(summary->heightForWidth(summary->width()))));
    offenders += clipped(dock, tag + QStringLiteral(" scenarios"));
    saveShot(window, QStringLiteral("layout-%1-presenter-scenario").arg(tag));

    // The forms in the language.
    QVERIFY(m_demo.signIn(kDev));
    bool done = false;
    onNextModal(
        this,
        [&](QWidget* dialog) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            offenders += clipped(dialog, tag + QStringLiteral(" invitation"));
            saveShot(dialog, QStringLiteral("layout-%1-invitation").arg(tag));
            dialog->close();
        },
        &done);
    window->startEnrollment(QStringLiteral("ISV Success Incentives"), QStringLiteral("4649104"));
    QVERIFY(done);
    window->showPage(MainWindow::ProfilesPageIndex);
    for (const char* button : {"addBankButton", "editTaxButton"}) {
        done = false;
        onNextModal(
            this,
            [&](QWidget* dialog) {
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                offenders += clipped(dialog, tag + QLatin1Char(' ') + dialog->objectName());
                saveShot(dialog, QStringLiteral("layout-%1-%2").arg(tag, dialog->objectName()));
                dialog->close();
            },
            &done);
        window->profilesPage()->findChild<QPushButton*>(QString::fromLatin1(button))->click();
        QVERIFY(done);
    }

    for (const QString& offender : std::as_const(offenders))
        qWarning("Cut off: %s", qPrintable(offender));
    QVERIFY2(
        offenders.isEmpty(),
        qPrintable(QStringLiteral("%1 texts cut off or overlapping (listed above)").arg(offenders.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
