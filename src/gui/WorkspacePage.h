#pragma once

#include "core/Types.h"

#include <QWidget>

#include <memory>

class QAbstractItemView;
class QEvent;
class QTabBar;
class QAction;
class QTimer;

namespace Ui {
class WorkspacePage;
}

namespace incentives {
class Session;
struct WorkspaceRow;
} // namespace incentives

namespace incentives::gui {

class WorkspaceDetailsPane;
class WorkspaceGroupModel;
class WorkspaceModel;

// The Incentives workspace: every invitation and enrollment the user may see, with filters,
// search, sorting, and the next step of each row; as one list or grouped under each program or
// location; with the selected enrollment's details beneath.
class WorkspacePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    // The tabs over the table: every row, or the rows grouped.
    enum class View
    {
        All,
        ByProgram,
        ByLocation
    };

    // The share of the view's width (percent) that Actions required keeps before other columns.
    static constexpr int kActionsShare = 40;

    explicit WorkspacePage(Session& session, QWidget* parent = nullptr);
    ~WorkspacePage() override;

    WorkspaceModel* model() const { return m_model; }
    WorkspaceGroupModel* groupModel() const { return m_groups; }
    View view() const;
    void reload();        // after a change or F5: keeps filters and selection where possible
    void reloadFilters(); // after a user change: the locations and programs to choose from
    void focusSearch();
    void setView(View view);
    // Every enrollment in one status: the other filters and the search cleared.
    void showStatus(EnrollmentStatus status);
    // Selects the row of an enrollment, narrowing the filters to it if it is not in sight.
    bool selectEnrollment(const QString& program, const QString& partnerId);
    QString selectedPartnerId() const;
    Id selectedLocationId() const;

Q_SIGNALS:
    void enrollRequested(const QString& program, const QString& partnerId);
    void selectionChanged();
    void viewChanged(WorkspacePage::View view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const WorkspaceRow* currentRow() const;
    QAbstractItemView* currentView() const;
    void currentChanged();
    // Selects again the row selected before a reload, once it is among the rows read; the filters
    // stay as the user set them.
    void reselect();
    void showView(View view);
    void applyFilters();
    // Sizes the columns to what the rows in sight need; Actions required keeps what it needs first.
    void fitColumns();
    void fetchGroupInSight();
    void updateButtons();
    void updateCount();
    void activate(const QModelIndex& index, int flatColumn);
    void showEligibility();
    void showGuide();

    std::unique_ptr<Ui::WorkspacePage> m_ui;
    Session& m_session;
    WorkspaceModel* m_model;
    WorkspaceGroupModel* m_groups;
    WorkspaceDetailsPane* m_details;
    QTabBar* m_tabs;
    QTimer* m_searchTimer;
    QTimer* m_fitTimer;
    bool m_groupsStale = true; // the filter changed since the groups were read
    Id m_reselect = 0;         // the enrollment selected before a reload, until it is shown again
    QAction* m_recordOutcome = nullptr;
};

} // namespace incentives::gui
