#pragma once

#include "core/Result.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace incentives {
class AppContext;
class Session;
struct InboxMessage;
} // namespace incentives

namespace incentives::gui {

class HomePage;
class WorkspacePage;
class InboxPage;
class RenewalPage;
class NoAccessPage;
class ProfilesPage;
class AssignmentsPage;
class UsersPage;
class AuditPage;
class MyAccessPage;
class PresenterPage;
class ProgramsPage;
class ScenariosPanel;
class GettingStartedPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        HomePageIndex,
        WorkspacePageIndex,
        InboxPageIndex,
        RenewalPageIndex,
        ProfilesPageIndex,
        AssignmentsPageIndex,
        ProgramsPageIndex,
        UsersPageIndex,
        AuditPageIndex,
        MyAccessPageIndex,
        PresenterPageIndex
    };

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    HomePage* homePage() const { return m_home; }
    WorkspacePage* workspacePage() const { return m_workspace; }
    InboxPage* inboxPage() const { return m_inbox; }
    RenewalPage* renewalPage() const { return m_renewal; }
    NoAccessPage* noAccessPage() const { return m_noAccess; }
    ProfilesPage* profilesPage() const { return m_profiles; }
    AssignmentsPage* assignmentsPage() const { return m_assignments; }
    UsersPage* usersPage() const { return m_users; }
    AuditPage* auditPage() const { return m_audit; }
    MyAccessPage* myAccessPage() const { return m_myAccess; }
    PresenterPage* presenterPage() const { return m_presenter; }
    ProgramsPage* programsPage() const { return m_programs; }
    ScenariosPanel* scenariosPanel() const { return m_scenarios; }
    GettingStartedPage* gettingStartedPage() const { return m_gettingStarted; }
    QWidget* currentPage() const;
    void showPage(Page page);
    // Asks who signs in; returns false when the user cancelled.
    bool chooseUser();
    // By value: the caller's strings may live in a model that this reloads.
    void startEnrollment(QString program, QString partnerId);
    // Why the window locks: File → Lock (Ctrl+L), or the auto-lock after inactivity.
    enum class LockReason
    {
        ByUser,
        Inactivity
    };
    // Locks the window until the same user signs in again; open forms keep what was typed.
    void lock(LockReason reason = LockReason::ByUser);
    bool isLocked() const { return m_locked; }
    void setAutoLockMinutes(int minutes); // 0: never
    // Help → Getting started, for every user, with or without a role.
    void showGettingStarted();
    // Shows a screen by the name Getting started links use ("profiles", "users", "settings", ...).
    void openScreen(const QString& screen);
    // File → Export workspace: the rows as filtered and sorted, to a CSV file the user chooses.
    void exportWorkspace();
    void showSummary();
    void showSettings();
    static QString aboutText();
    // Runs work on a thread of its own (it opens its own connection) while a progress dialog with
    // Cancel keeps the window responsive. Returns false when the user cancelled.
    bool runWithProgress(const QString& label, const std::function<void()>& work);

protected:
    void closeEvent(QCloseEvent* event) override;
    // The first paint starts the database's structural check in the background.
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void userChanged();
    // File → Connect to a shared database… and File → Open a database file…: the session moves to
    // the chosen database and asks who is signing in there.
    void connectToServer();
    void openFile();
    void newDemo();            // File → New demo…
    void exportDemoTemplate(); // File → Export demo as template…
    void switchDatabase(std::unique_ptr<AppContext> ctx);
    void updateWindowTitle();
    void reloadAll(); // the toolbar's Refresh
    void updateStatusBar();
    void showAbout();
    void offerRestart();
    // Export needs a role and at least one row in the workspace as filtered.
    void updateExportAction();
    // Marks the pages loaded on demand as out of date (the value: whether the user changed, which
    // needs their choices reloaded too) and reloads the one on screen.
    void markStale(bool userChanged);
    void showOpenActions(int open); // the Action Center's count, in the navigation and the toolbar
    void openAction(const InboxMessage& message);
    void refreshIfStale(QWidget* page);

    // One row per page: everything the window knows of it, written once.
    struct PageEntry
    {
        Page page;
        QWidget* widget;
        const char* objectName;
        int icon; // QStyle::StandardPixmap
        QString title;
        QAction* action; // its View menu entry, if it has one
        QString screen;  // the name Getting started's links use
        // Whether the signed-in user may see it, as the services decide; null: anyone with a role.
        std::function<Status()> allowed;
        Page fallback; // shown instead when not allowed
        // Pages that read a lot at scale load when shown (the value: whether the user changed);
        // null: the page follows the session itself.
        std::function<void(bool userChanged)> load;
    };
    void buildPageTable();
    const PageEntry* entryOf(QWidget* widget) const;
    bool pageAllowed(const PageEntry& entry) const;
    QList<PageEntry> m_pageTable;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session& m_session;
    HomePage* m_home;
    WorkspacePage* m_workspace;
    InboxPage* m_inbox;
    RenewalPage* m_renewal;
    NoAccessPage* m_noAccess;
    ProfilesPage* m_profiles;
    AssignmentsPage* m_assignments;
    UsersPage* m_users;
    AuditPage* m_audit;
    MyAccessPage* m_myAccess;
    PresenterPage* m_presenter;
    ProgramsPage* m_programs;
    ScenariosPanel* m_scenarios;
    GettingStartedPage* m_gettingStarted;
    QDockWidget* m_scenariosDock;
    QLabel* m_userLabel;
    QLabel* m_roleLabel;
    QLabel* m_clockLabel;
    QTimer* m_clockTimer;
    QHash<QWidget*, bool> m_stale;
    QTimer* m_idleTimer;
    QActionGroup* m_autoLockGroup;
    QAction* m_newDemo = nullptr;
    QAction* m_exportTemplate = nullptr;
    bool m_locked = false;
    bool m_painted = false;
};

} // namespace incentives::gui
