#include "gui/MainWindow.h"

#include "core/Actions.h"
#include "core/TimeText.h"
#include "gui/AppSettings.h"
#include "gui/AssignmentsPage.h"
#include "gui/AuditPage.h"
#include "gui/ConnectDialog.h"
#include "gui/FileDialogs.h"
#include "gui/FormSupport.h"
#include "gui/GettingStartedPage.h"
#include "gui/HomePage.h"
#include "gui/Icons.h"
#include "gui/InboxPage.h"
#include "gui/InvitationDialog.h"
#include "gui/MessageBoxes.h"
#include "gui/MyAccessPage.h"
#include "gui/NewDemoDialog.h"
#include "gui/NoAccessPage.h"
#include "gui/PresenterPage.h"
#include "gui/ProfilesPage.h"
#include "gui/ProgramsPage.h"
#include "gui/RenewalPage.h"
#include "gui/ScenariosPanel.h"
#include "gui/ServerConnections.h"
#include "gui/SettingsDialog.h"
#include "gui/SignInDialog.h"
#include "gui/StatusStyle.h"
#include "gui/SummaryDialog.h"
#include "gui/UsersPage.h"
#include "gui/WorkspaceExporter.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/Session.h"
#include "services/demo/DemoTemplate.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QStyle>
#include <QThread>
#include <QTimer>

namespace incentives::gui {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session),
      m_home(new HomePage(session, this)), m_workspace(new WorkspacePage(session, this)),
      m_inbox(new InboxPage(session, this)), m_renewal(new RenewalPage(session, this)),
      m_noAccess(new NoAccessPage(session, this)), m_profiles(new ProfilesPage(session, this)),
      m_assignments(new AssignmentsPage(session, this)), m_users(new UsersPage(session, this)),
      m_audit(new AuditPage(session, this)), m_myAccess(new MyAccessPage(session, this)),
      m_presenter(new PresenterPage(session, this)), m_programs(new ProgramsPage(session, this)),
      m_scenarios(new ScenariosPanel(session, this)), m_gettingStarted(new GettingStartedPage(this)),
      m_scenariosDock(new QDockWidget(tr("Guided scenarios"), this)), m_userLabel(new QLabel(this)),
      m_roleLabel(new QLabel(this)), m_clockLabel(new QLabel(this)), m_clockTimer(new QTimer(this)),
      m_idleTimer(new QTimer(this)), m_autoLockGroup(new QActionGroup(this))
{
    m_ui->setupUi(this);
    buildPageTable();
    m_noAccess->setObjectName(QStringLiteral("noAccessPage"));
    m_scenarios->setObjectName(QStringLiteral("scenariosPanel"));
    m_gettingStarted->setObjectName(QStringLiteral("gettingStartedPage"));
    m_scenariosDock->setObjectName(QStringLiteral("scenariosDock"));
    m_scenariosDock->setWidget(m_scenarios);
    m_scenariosDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_scenariosDock);
    m_scenariosDock->hide();
    QAction* toggleScenarios = m_scenariosDock->toggleViewAction();
    toggleScenarios->setObjectName(QStringLiteral("actionScenarios"));
    toggleScenarios->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggleScenarios);
    m_ui->menuView->addAction(m_scenarios->spotlightAction());
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    for (const PageEntry& e : m_pageTable) {
        e.widget->setObjectName(QString::fromLatin1(e.objectName));
        m_ui->pages->addWidget(e.widget);
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::StandardPixmap(e.icon)), e.title,
                                         m_ui->navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2));
        if (e.action)
            connect(e.action, &QAction::triggered, this, [this, page = e.page] { showPage(page); });
    }
    m_ui->pages->addWidget(m_noAccess);
    m_ui->pages->addWidget(m_gettingStarted);
    // The pages take the width the page on screen needs, not the widest page's: the others ignore
    // their own while hidden (a stack's minimum is otherwise its widest page's).
    {
        auto policies = std::make_shared<QHash<QWidget*, QSizePolicy::Policy>>();
        const auto fit = [this, policies](int current) {
            for (int i = 0; i < m_ui->pages->count(); ++i) {
                QWidget* page = m_ui->pages->widget(i);
                if (!policies->contains(page))
                    policies->insert(page, page->sizePolicy().horizontalPolicy());
                QSizePolicy policy = page->sizePolicy();
                policy.setHorizontalPolicy(i == current ? policies->value(page) : QSizePolicy::Ignored);
                page->setSizePolicy(policy);
            }
        };
        connect(m_ui->pages, &QStackedWidget::currentChanged, this, fit);
        fit(m_ui->pages->currentIndex());
    }
    // The navigation as wide as its longest page title (within its maximum), in every language.
    {
        int widest = 0;
        for (int row = 0; row < m_ui->navigation->count(); ++row)
            widest =
                qMax(widest,
                     m_ui->navigation->fontMetrics().horizontalAdvance(m_ui->navigation->item(row)->text()));
        const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_ui->navigation);
        const int wanted = widest + m_ui->navigation->iconSize().width() + 6 * margin +
                           2 * m_ui->navigation->frameWidth() + 2 * m_ui->navigation->spacing() +
                           style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_ui->navigation) / 2;
        m_ui->navigation->setMinimumWidth(
            qBound(m_ui->navigation->minimumWidth(), wanted, m_ui->navigation->maximumWidth()));
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(Page(row));
    });

    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionFind->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    auto* views = new QActionGroup(this);
    views->addAction(m_ui->actionByProgram);
    views->addAction(m_ui->actionByLocation);
    // The tabs over the workspace say which view shows; the all-rows tab checks neither.
    views->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    connect(m_workspace, &WorkspacePage::viewChanged, this, [this](WorkspacePage::View view) {
        m_ui->actionByProgram->setChecked(view == WorkspacePage::View::ByProgram);
        m_ui->actionByLocation->setChecked(view == WorkspacePage::View::ByLocation);
    });
    m_ui->actionByProgram->setChecked(m_workspace->view() == WorkspacePage::View::ByProgram);
    m_ui->actionByLocation->setChecked(m_workspace->view() == WorkspacePage::View::ByLocation);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSwitchUser, &QAction::triggered, this, &MainWindow::chooseUser);
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_ui->actionOpenFile, &QAction::triggered, this, &MainWindow::openFile);
    // A new demo database, from the built-in demo or a customer's demo template; and the open demo
    // written as a template.
    m_newDemo = new QAction(tr("New &demo…"), this);
    m_newDemo->setObjectName(QStringLiteral("actionNewDemo"));
    connect(m_newDemo, &QAction::triggered, this, &MainWindow::newDemo);
    m_exportTemplate = new QAction(tr("Export demo as tem&plate…"), this);
    m_exportTemplate->setObjectName(QStringLiteral("actionExportDemoTemplate"));
    connect(m_exportTemplate, &QAction::triggered, this, &MainWindow::exportDemoTemplate);
    m_ui->menuFile->insertAction(m_ui->actionOpenFile, m_newDemo);
    m_ui->menuFile->insertAction(m_ui->actionBackUp, m_exportTemplate);
    connect(m_ui->actionBackUp, &QAction::triggered, this, [this] {
        const QString target = QFileDialog::getSaveFileName(this, tr("Back up the database"),
                                                            QStringLiteral("incentives-backup.db"),
                                                            tr("Incentives Desk databases (*.db)"));
        if (target.isEmpty())
            return;
        const QString path = m_session.context().db().path();
        const Actor actor = m_session.actor();
        auto outcome = std::make_shared<Status>();
        if (!runWithProgress(tr("Writing the backup…"), [path, target, actor, outcome] {
                auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
                *outcome = ctx ? MaintenanceService(**ctx).backUp(actor, target) : Status(ctx.error());
            }))
            return;
        if (!outcome->ok())
            MessageBoxes::warning(this, tr("Back up"), outcome->error().message);
        else
            statusBar()->showMessage(tr("Backed up to %1").arg(target), 10000);
    });
    connect(m_ui->actionRestore, &QAction::triggered, this, [this] {
        const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), QString(),
                                                            tr("Incentives Desk databases (*.db)"));
        if (backup.isEmpty() ||
            MessageBoxes::question(
                this, tr("Restore"),
                tr("Replace the current data with %1? Changes made since that backup are lost.")
                    .arg(backup)) != QMessageBox::Yes)
            return;
        auto restore = MaintenanceService(m_session.context()).restore(m_session.actor(), backup);
        if (const Status s = restore ? m_session.replaceDatabase(*restore) : Status(restore.error()); !s)
            MessageBoxes::warning(this, tr("Restore"), s.error().message);
        else
            statusBar()->showMessage(tr("Restored from %1").arg(backup), 10000);
    });
    connect(m_ui->actionCheck, &QAction::triggered, this, [this] {
        const QString path = m_session.context().db().path();
        const Actor actor = m_session.actor();
        auto result = std::make_shared<Result<QStringList>>(QStringList());
        if (!runWithProgress(tr("Checking the database…"), [path, actor, result] {
                auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
                *result = ctx ? MaintenanceService(**ctx).check(actor) : Result<QStringList>(ctx.error());
            }))
            return;
        const Result<QStringList>& problems = *result;
        if (!problems)
            MessageBoxes::warning(this, tr("Check the database"), problems.error().message);
        else if (problems->isEmpty())
            MessageBoxes::information(
                this, tr("Check the database"),
                tr("The database is intact: its pages, its references and the audit log's chain."));
        else
            MessageBoxes::warning(this, tr("Check the database"), problems->join(QLatin1Char('\n')));
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::reloadAll);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        showPage(WorkspacePageIndex);
        m_workspace->focusSearch();
    });
    connect(m_users, &UsersPage::usersChanged, this, [this] {
        m_workspace->reloadFilters();
        markStale(true);
    });
    connect(m_ui->actionByProgram, &QAction::triggered, this, [this] {
        showPage(WorkspacePageIndex);
        m_workspace->setView(WorkspacePage::View::ByProgram);
    });
    connect(m_ui->actionByLocation, &QAction::triggered, this, [this] {
        showPage(WorkspacePageIndex);
        m_workspace->setView(WorkspacePage::View::ByLocation);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionGettingStarted, &QAction::triggered, this, &MainWindow::showGettingStarted);
    connect(m_gettingStarted, &GettingStartedPage::screenRequested, this, &MainWindow::openScreen);
    connect(m_ui->actionExportWorkspace, &QAction::triggered, this, &MainWindow::exportWorkspace);
    connect(m_workspace->model(), &WorkspaceModel::countChanged, this, &MainWindow::updateExportAction);
    connect(m_ui->actionSummary, &QAction::triggered, this, &MainWindow::showSummary);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);

    connect(m_home, &HomePage::enrollmentSelected, this,
            [this](const QString& program, const QString& partnerId) {
                showPage(WorkspacePageIndex);
                m_workspace->selectEnrollment(program, partnerId);
                startEnrollment(program, partnerId);
            });
    connect(m_home, &HomePage::statusRequested, this, [this](EnrollmentStatus status) {
        showPage(WorkspacePageIndex);
        m_workspace->showStatus(status);
    });
    connect(m_inbox, &InboxPage::getStarted, this, [this](const QString& program, const QString& partnerId) {
        showPage(WorkspacePageIndex);
        m_workspace->selectEnrollment(program, partnerId);
        startEnrollment(program, partnerId);
    });
    connect(m_inbox, &InboxPage::openCountChanged, this, &MainWindow::showOpenActions);
    connect(m_inbox, &InboxPage::actionOpened, this, &MainWindow::openAction);
    connect(m_home, &HomePage::actionOpened, this, &MainWindow::openAction);
    connect(m_renewal, &RenewalPage::enrollmentSelected, this,
            [this](const QString& program, const QString& partnerId) {
                showPage(WorkspacePageIndex);
                m_workspace->selectEnrollment(program, partnerId);
            });
    connect(m_workspace, &WorkspacePage::enrollRequested, this, &MainWindow::startEnrollment);
    connect(m_workspace, &WorkspacePage::selectionChanged, this, &MainWindow::updateStatusBar);
    connect(&m_session, &Session::userChanged, this, &MainWindow::userChanged);
    connect(&m_session, &Session::changed, this, [this] {
        m_home->reload();
        m_workspace->reload();
        m_inbox->reload();
        markStale(false);
        updateStatusBar();
    });
    connect(m_scenariosDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_scenarios->reload();
    });
    connect(&m_session, &Session::changedElsewhere, this,
            [this] { statusBar()->showMessage(tr("Updated with changes made by someone else."), 4000); });
    connect(&m_session, &Session::databaseChanged, this, [this] {
        markStale(true);
        updateStatusBar();
    });
    connect(&m_session, &Session::damaged, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The database is damaged: nothing will be written to it."));
        MessageBoxes::warning(this, tr("Check the database"), message);
    });
    connect(&m_session, &Session::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_clockLabel);
    m_clockTimer->setInterval(30000);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    m_clockTimer->start();

    // Auto-lock after inactivity: any key or mouse event anywhere in the app restarts the wait.
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] { lock(LockReason::Inactivity); });
    qApp->installEventFilter(this);
    auto* lockNow = new QAction(tr("&Lock"), this);
    lockNow->setObjectName(QStringLiteral("actionLock"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, [this] { lock(LockReason::ByUser); });
    auto* autoLockMenu = new QMenu(tr("Lock after &inactivity"), this);
    const int current = settings::autoLockMinutes();
    for (int minutes : settings::autoLockChoices()) {
        QAction* a = autoLockMenu->addAction(minutes == 0 ? tr("Never") : tr("%1 minutes").arg(minutes));
        a->setCheckable(true);
        a->setChecked(minutes == current);
        a->setObjectName(QStringLiteral("actionAutoLock%1").arg(minutes));
        a->setData(minutes);
        m_autoLockGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setAutoLockMinutes(minutes); });
    }
    m_ui->menuFile->insertAction(m_ui->actionQuit, lockNow);
    m_ui->menuFile->insertMenu(m_ui->actionQuit, autoLockMenu);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    setAutoLockMinutes(current);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_ui->splitter->setSizes({200, 980});
    userChanged();
    applyActionIcons(this);
}

MainWindow::~MainWindow() = default;

bool MainWindow::runWithProgress(const QString& label, const std::function<void()>& work)
{
    QThread* worker = QThread::create(work);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QProgressDialog progress(label, tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("progressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    bool finished = false;
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    // A cancelled task runs to its end on its own connection; nothing waits for its answer.
    return finished;
}

void MainWindow::setAutoLockMinutes(int minutes)
{
    settings::setAutoLockMinutes(minutes);
    // The menu shows the choice however it was made (the menu itself or Settings).
    for (QAction* a : m_autoLockGroup->actions())
        a->setChecked(a->data().toInt() == minutes);
    m_idleTimer->setInterval(minutes * 60 * 1000);
    if (minutes > 0)
        m_idleTimer->start();
    else
        m_idleTimer->stop();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idleTimer->interval() > 0 && !m_locked)
            m_idleTimer->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock(LockReason reason)
{
    if (m_locked || !m_session.signedIn())
        return;
    m_locked = true;
    const QString email = m_session.actor().email;
    // The data goes out of sight; open forms stay as they are, behind the lock.
    m_ui->centralWidget->hide();
    for (;;) {
        SignInDialog dialog(m_session, email, this);
        dialog.setObjectName(QStringLiteral("unlockDialog"));
        dialog.lockTo(email, reason == LockReason::Inactivity);
        if (dialog.exec() == QDialog::Accepted && m_session.actor().email == email)
            break;
        if (dialog.result() != QDialog::Accepted) {
            // Quit: the only way past the lock without signing in.
            m_locked = false;
            qApp->quit();
            return;
        }
    }
    m_ui->centralWidget->show();
    m_locked = false;
    if (m_idleTimer->interval() > 0)
        m_idleTimer->start();
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    QTimer::singleShot(0, &m_session, &Session::checkInBackground);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::chooseUser()
{
    QSettings settings;
    SignInDialog dialog(m_session, settings.value(QStringLiteral("session/lastUser")).toString(), this);
    dialog.setObjectName(QStringLiteral("signInDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setValue(QStringLiteral("session/lastUser"), m_session.actor().email);
    return true;
}

void MainWindow::updateWindowTitle()
{
    // The title names the database (a shared one by its connection, so that it is never mistaken
    // for a local file) and the signed-in user; the window system adds the application's name
    // (QGuiApplication::applicationDisplayName), so the title does not repeat it.
    const Database& db = m_session.context().db();
    setWindowFilePath(db.isFile() ? db.path() : QString());
    const QString where =
        db.isFile() ? QFileInfo(db.path()).fileName() : ServerProfile::fromUrl(db.path()).name;
    QString title = where;
    if (m_session.signedIn())
        title = title.isEmpty() ? m_session.actor().name : tr("%1 — %2").arg(title, m_session.actor().name);
    setWindowTitle(title);
}

void MainWindow::switchDatabase(std::unique_ptr<AppContext> ctx)
{
    m_session.switchTo(std::move(ctx));
    QSettings().setValue(QStringLiteral("session/lastDatabase"), m_session.context().db().path());
    statusBar()->showMessage(tr("Opened %1").arg(m_session.context().db().path()), 6000);
    chooseUser();
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    dialog.setObjectName(QStringLiteral("connectDialog"));
    if (!m_session.context().db().isFile())
        dialog.setUrl(m_session.context().db().path());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString warning = dialog.warning();
    switchDatabase(dialog.takeContext());
    if (!warning.isEmpty())
        statusBar()->showMessage(warning, 10000);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a database file"), QString(),
                                                      tr("Incentives Desk databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    if (!ctx) {
        MessageBoxes::warning(this, tr("Open a database file"), ctx.error().message);
        return;
    }
    switchDatabase(std::move(ctx).value());
}

void MainWindow::newDemo()
{
    NewDemoDialog dialog(m_session.context().db().isFile() ? m_session.context().db().path() : QString(),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto ctx = AppContext::open(dialog.createdPath(), Database::OpenMode::MustExist);
    if (!ctx) {
        MessageBoxes::warning(this, tr("New demo"), ctx.error().message);
        return;
    }
    switchDatabase(std::move(ctx).value());
}

void MainWindow::exportDemoTemplate()
{
    if (!m_session.signedIn())
        return;
    const QString target =
        FileDialogs::saveFileName(this, tr("Export demo as template"), QStringLiteral("demo-template.json"),
                                  tr("Demo templates (*.json)"));
    if (target.isEmpty())
        return;
    if (auto s = demotemplate::exportToFile(m_session.context(), m_session.actor(), target); !s) {
        MessageBoxes::warning(this, tr("Export demo as template"), s.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported the demo as the template %1").arg(target), 6000);
}

void MainWindow::userChanged()
{
    if (m_locked) // the same user unlocking: everything stays where it was
        return;
    const bool hasRole = m_session.signedIn() && m_session.permissions().hasAnyRole;
    m_ui->navigation->setEnabled(hasRole);
    for (QAction* a :
         {m_ui->actionHome, m_ui->actionWorkspace, m_ui->actionInbox, m_ui->actionRenewal,
          m_ui->actionProfiles, m_ui->actionAudit, m_ui->actionMyAccess, m_ui->actionFind,
          m_ui->actionByProgram, m_ui->actionByLocation, m_ui->actionExportWorkspace, m_ui->actionSummary})
        a->setEnabled(hasRole);
    updateWindowTitle();
    // The maintenance tools as the services allow them to this user.
    const auto allow = [](QAction* action, const Status& allowed) {
        action->setEnabled(allowed.ok());
        action->setToolTip(allowed ? action->text().remove(QLatin1Char('&')) : allowed.error().message);
    };
    allow(m_ui->actionBackUp, m_session.permissions().backUp);
    allow(m_ui->actionRestore, m_session.permissions().restore);
    allow(m_ui->actionCheck, m_session.permissions().check);
    m_workspace->reloadFilters();
    // Each page is listed where the services allow it (they refuse everyone else anyway).
    for (const PageEntry& e : m_pageTable) {
        const bool allowed = pageAllowed(e);
        m_ui->navigation->item(e.page)->setHidden(!allowed);
        if (e.action && e.allowed)
            e.action->setVisible(allowed);
    }
    const bool demo = m_session.signedIn() && m_session.context().clock().isDemo();
    m_scenariosDock->toggleViewAction()->setVisible(demo);
    m_scenarios->spotlightAction()->setVisible(demo);
    m_exportTemplate->setVisible(demo);
    if (demo)
        allow(m_exportTemplate, demotemplate::exportAllowed(m_session.context(), m_session.actor()));
    m_gettingStarted->setDemo(demo);
    updateExportAction();
    if (!demo)
        m_scenariosDock->hide();
    m_home->reload();
    m_inbox->reload();
    markStale(true);
    if (m_session.signedIn() && !hasRole) {
        m_noAccess->reload();
        m_ui->pages->setCurrentWidget(m_noAccess);
        m_ui->navigation->clearSelection();
        m_ui->navigation->setCurrentRow(-1);
    } else
        showPage(HomePageIndex);
    updateStatusBar();
}

void MainWindow::showPage(Page page)
{
    if (m_session.signedIn() && !m_session.permissions().hasAnyRole) {
        m_ui->pages->setCurrentWidget(m_noAccess);
        return;
    }
    if (!pageAllowed(m_pageTable.at(page)))
        page = m_pageTable.at(page).fallback;
    QWidget* widget = m_pageTable.at(page).widget;
    refreshIfStale(widget);
    m_ui->pages->setCurrentWidget(widget);
    const QSignalBlocker block(m_ui->navigation);
    m_ui->navigation->setCurrentRow(page);
}

void MainWindow::markStale(bool userChanged)
{
    // Pages that read a lot at scale load when they are shown, not on every change.
    for (const PageEntry& e : m_pageTable)
        if (e.load)
            m_stale.insert(e.widget, m_stale.value(e.widget, false) || userChanged);
    if (m_scenariosDock->isVisible())
        m_scenarios->reload();
    refreshIfStale(m_ui->pages->currentWidget());
}

void MainWindow::refreshIfStale(QWidget* page)
{
    const auto it = m_stale.find(page);
    if (it == m_stale.end())
        return;
    const bool userChanged = it.value();
    m_stale.erase(it);
    if (const PageEntry* e = entryOf(page); e && e->load)
        e->load(userChanged);
}

void MainWindow::buildPageTable()
{
    const auto anyRole = std::function<Status()>();
    m_pageTable = {
        {HomePageIndex,
         m_home,
         "homePage",
         QStyle::SP_DirHomeIcon,
         tr("Home"),
         m_ui->actionHome,
         QStringLiteral("home"),
         anyRole,
         HomePageIndex,
         {}},
        {WorkspacePageIndex,
         m_workspace,
         "workspacePage",
         QStyle::SP_FileDialogDetailedView,
         tr("Incentives workspace"),
         m_ui->actionWorkspace,
         QStringLiteral("workspace"),
         anyRole,
         HomePageIndex,
         {}},
        {InboxPageIndex,
         m_inbox,
         "inboxPage",
         QStyle::SP_MessageBoxInformation,
         tr("Action Center"),
         m_ui->actionInbox,
         QStringLiteral("inbox"),
         anyRole,
         HomePageIndex,
         {}},
        {RenewalPageIndex, m_renewal, "renewalPage", QStyle::SP_FileDialogInfoView, tr("Renewal forecast"),
         m_ui->actionRenewal, QStringLiteral("renewal"), anyRole, HomePageIndex,
         [this](bool) { m_renewal->reload(); }},
        {ProfilesPageIndex, m_profiles, "profilesPage", QStyle::SP_DriveHDIcon, tr("Payout and tax profiles"),
         m_ui->actionProfiles, QStringLiteral("profiles"), anyRole, HomePageIndex,
         [this](bool userChanged) { userChanged ? m_profiles->reloadLocations() : m_profiles->reload(); }},
        {AssignmentsPageIndex, m_assignments, "assignmentsPage", QStyle::SP_FileDialogDetailedView,
         tr("Profile assignment"), nullptr, QStringLiteral("assignments"), anyRole, HomePageIndex,
         [this](bool) { m_assignments->reload(); }},
        {ProgramsPageIndex, m_programs, "programsPage", QStyle::SP_FileDialogContentsView, tr("Programs"),
         nullptr, QStringLiteral("programs"), anyRole, HomePageIndex, [this](bool) { m_programs->reload(); }},
        {UsersPageIndex, m_users, "usersPage", QStyle::SP_DirIcon, tr("Users and roles"), m_ui->actionUsers,
         QStringLiteral("users"), [this] { return m_session.permissions().manageUsers; }, MyAccessPageIndex,
         [this](bool) { m_users->reload(); }},
        {AuditPageIndex, m_audit, "auditPage", QStyle::SP_FileDialogListView, tr("Audit log"),
         m_ui->actionAudit, QStringLiteral("audit"), anyRole, HomePageIndex,
         [this](bool userChanged) { userChanged ? m_audit->reloadUsers() : m_audit->reload(); }},
        {MyAccessPageIndex, m_myAccess, "myAccessPage", QStyle::SP_DialogHelpButton, tr("My access"),
         m_ui->actionMyAccess, QStringLiteral("myaccess"), anyRole, HomePageIndex,
         [this](bool) { m_myAccess->reload(); }},
        {PresenterPageIndex, m_presenter, "presenterPage", QStyle::SP_MediaPlay, tr("Presenter tools"),
         nullptr, QStringLiteral("presenter"), [this] { return m_session.permissions().presenterTools; },
         HomePageIndex, [this](bool) { m_presenter->reload(); }},
    };
}

void MainWindow::showOpenActions(int open)
{
    const QString title = open > 0 ? tr("Action Center (%1)").arg(open) : tr("Action Center");
    m_ui->navigation->item(InboxPageIndex)->setText(title);
    m_ui->actionInbox->setText(open > 0 ? tr("&Action Center (%1)").arg(open) : tr("&Action Center"));
    m_ui->actionInbox->setToolTip(open > 0 ? tr("%n open action(s)", nullptr, open) : tr("No open actions"));
}

void MainWindow::openAction(const InboxMessage& m)
{
    // Where each kind of action is done: its enrollment in the workspace, the location's tax form
    // in the profiles, a role in My access.
    if (m.kind == actions::kindCode(actions::Kind::TaxFormExpiring)) {
        showPage(ProfilesPageIndex);
        if (!m.partnerId.isEmpty())
            m_profiles->selectLocation(m.partnerId);
    } else if (m.kind == actions::kindCode(actions::Kind::RoleChanged)) {
        showPage(MyAccessPageIndex);
    } else if (m.enrollmentId > 0) {
        showPage(WorkspacePageIndex);
        m_workspace->selectEnrollment(m.programName, m.partnerId);
    }
}

const MainWindow::PageEntry* MainWindow::entryOf(QWidget* widget) const
{
    for (const PageEntry& e : m_pageTable)
        if (e.widget == widget)
            return &e;
    return nullptr;
}

bool MainWindow::pageAllowed(const PageEntry& entry) const
{
    if (entry.allowed)
        return entry.allowed().ok();
    return true;
}

QWidget* MainWindow::currentPage() const
{
    return m_ui->pages->currentWidget();
}

void MainWindow::reloadAll()
{
    m_session.reloadNow();
    statusBar()->showMessage(tr("Reloaded"), 2000);
}

void MainWindow::updateStatusBar()
{
    auto& clock = m_session.context().clock();
    m_clockLabel->setVisible(settings::showClock());
    // The same format as every time on the pages below it.
    const QString now = timetext::format(clock.now());
    if (clock.isDemo()) {
        m_clockLabel->setText(tr("DEMO CLOCK %1").arg(now));
        m_clockLabel->setToolTip(tr("This is a demo database: its clock is set by the presenter (%1).")
                                     .arg(timetext::format(clock.now())));
        m_clockLabel->setStyleSheet(badgeStyleSheet(palette())); // readable on any palette
    } else {
        m_clockLabel->setText(now);
        m_clockLabel->setToolTip(tr("The app clock"));
        m_clockLabel->setStyleSheet(QString());
    }
    if (!m_session.signedIn()) {
        m_userLabel->setText(tr("Not signed in"));
        m_roleLabel->clear();
    } else {
        m_userLabel->setText(tr("Signed in as %1").arg(m_session.actor().name));
        const Id location = m_workspace->selectedLocationId();
        m_roleLabel->setText(
            location ? tr("%1: %2").arg(m_workspace->selectedPartnerId(), m_session.roleAt(location))
                     : m_session.rolesSummary());
    }
    // Place the labels now: until the status bar's next layout pass, a label whose text grew would
    // be drawn over its neighbour.
    statusBar()->layout()->activate();
}

void MainWindow::startEnrollment(QString program, QString partnerId)
{
    InvitationDialog dialog(m_session, program, partnerId, this);
    dialog.setObjectName(QStringLiteral("invitationDialog"));
    if (!dialog.loaded()) {
        MessageBoxes::warning(this, tr("Enroll"), dialog.loadError());
        return;
    }
    dialog.exec();
    switch (dialog.outcome()) {
    case InvitationDialog::Outcome::Cancelled:
        return;
    case InvitationDialog::Outcome::Submitted:
        m_workspace->selectEnrollment(program, partnerId);
        statusBar()->showMessage(tr("Submitted %1 for %2: Validating enrollment.").arg(program, partnerId),
                                 10000);
        return;
    case InvitationDialog::Outcome::Continue:
        showPage(ProfilesPageIndex);
        m_profiles->focusPart(partnerId, dialog.firstMissing(), program);
        return;
    }
}

QString MainWindow::aboutText()
{
    return tr("<h3>Incentives Desk %1</h3>"
              "<p>A desktop workbench for Partner Center's incentive enrollment: roles, invitations, payout "
              "and tax profiles, validation and renewal.</p>"
              "<p>%2</p>"
              "<p>Built with Qt %3, running on Qt %4.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
             tr("Distributed under the terms in the LICENSE file that comes with it; it is provided without "
                "warranty."),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Incentives Desk"), aboutText());
}

void MainWindow::showGettingStarted()
{
    m_ui->pages->setCurrentWidget(m_gettingStarted);
    const QSignalBlocker block(m_ui->navigation);
    m_ui->navigation->clearSelection();
    m_ui->navigation->setCurrentRow(-1);
}

void MainWindow::openScreen(const QString& screen)
{
    for (const PageEntry& e : m_pageTable)
        if (e.screen == screen) {
            showPage(e.page);
            return;
        }
    if (screen == QLatin1String("settings"))
        showSettings();
    else if (screen == QLatin1String("summary"))
        showSummary();
    else if (screen == QLatin1String("scenarios") && m_scenariosDock->toggleViewAction()->isVisible())
        m_scenariosDock->show();
}

void MainWindow::updateExportAction()
{
    const bool hasRole = m_session.signedIn() && m_session.permissions().hasAnyRole;
    const WorkspaceModel* model = m_workspace->model();
    m_ui->actionExportWorkspace->setEnabled(hasRole && (model->totalCount() > 0 || model->counting()));
}

void MainWindow::exportWorkspace()
{
    if (!m_session.signedIn() || !m_session.permissions().hasAnyRole)
        return;
    const WorkspaceModel* model = m_workspace->model();
    if (model->totalCount() == 0 && !model->counting()) {
        MessageBoxes::information(this, tr("Export workspace"), tr("No enrollments match these filters."));
        return;
    }
    const QString path =
        FileDialogs::saveFileName(this, tr("Export workspace"), QStringLiteral("incentives-workspace.csv"),
                                  tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto report = WorkspaceExporter::run(this, m_session, *model, path);
    switch (report.outcome) {
    case WorkspaceExporter::Outcome::Written:
        statusBar()->showMessage(tr("Exported %n enrollment(s) to %1", nullptr, int(report.rows)).arg(path),
                                 10000);
        break;
    case WorkspaceExporter::Outcome::Cancelled:
        statusBar()->showMessage(tr("Export cancelled; no file was written."), 10000);
        break;
    case WorkspaceExporter::Outcome::Failed:
        MessageBoxes::warning(this, tr("Export workspace"), report.error);
        break;
    }
}

void MainWindow::showSummary()
{
    if (!m_session.signedIn() || !m_session.permissions().hasAnyRole)
        return;
    SummaryDialog dialog(m_session, m_workspace->selectedPartnerId(), this);
    dialog.setObjectName(QStringLiteral("summaryDialog"));
    nameDialogButtons(&dialog);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    nameDialogButtons(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettingsDialog::Changes changes = dialog.apply();
    setAutoLockMinutes(settings::autoLockMinutes());
    updateStatusBar();
    if (changes.database)
        statusBar()->showMessage(tr("The default database opens from the next start: %1")
                                     .arg(QDir::toNativeSeparators(settings::databasePath())),
                                 10000);
    if (changes.language)
        offerRestart();
}

void MainWindow::offerRestart()
{
    if (MessageBoxes::question(this, tr("Language"),
                               tr("Incentives Desk shows the new language when it starts again. Restart it "
                                  "now?"),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes) {
        statusBar()->showMessage(tr("The new language applies from the next start."), 10000);
        return;
    }
    // The same database, and in a demo database (which asks no password) the same user.
    QStringList arguments{QStringLiteral("--database"), m_session.context().db().path()};
    if (m_session.signedIn() && !m_session.passwordsRequired())
        arguments << QStringLiteral("--as") << m_session.actor().email;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        MessageBoxes::warning(this, tr("Language"),
                              tr("Incentives Desk could not be started again; the new language applies "
                                 "from the next start."));
        return;
    }
    close();
}

} // namespace incentives::gui
