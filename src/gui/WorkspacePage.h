#pragma once

#include "core/Types.h"

#include <QWidget>

#include <memory>

class QAction;
class QTimer;

namespace Ui {
class WorkspacePage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

class WorkspaceModel;

// The Incentives workspace: every invitation and enrollment the user may see, with filters,
// search, sorting, and the next step of each row.
class WorkspacePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    enum class View
    {
        ByProgram,
        ByLocation
    };

    explicit WorkspacePage(Session& session, QWidget* parent = nullptr);
    ~WorkspacePage() override;

    WorkspaceModel* model() const { return m_model; }
    void reload();        // after a change or F5: keeps filters and selection where possible
    void reloadFilters(); // after a user change: the locations and programs to choose from
    void focusSearch();
    void setView(View view);
    // Selects the row of an enrollment, narrowing the filters to it if it is not in sight.
    bool selectEnrollment(const QString& program, const QString& partnerId);
    QString selectedPartnerId() const;
    Id selectedLocationId() const;

Q_SIGNALS:
    void enrollRequested(const QString& program, const QString& partnerId);
    void selectionChanged();

private:
    void applyFilters();
    void updateButtons();
    void updateCount();
    void activate(const QModelIndex& index);
    void showEligibility();
    void showGuide();

    std::unique_ptr<Ui::WorkspacePage> m_ui;
    Session& m_session;
    WorkspaceModel* m_model;
    QTimer* m_searchTimer;
    QAction* m_recordOutcome = nullptr;
};

} // namespace incentives::gui
