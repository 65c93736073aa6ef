#pragma once

#include "services/EnrollmentService.h"

#include <QAbstractItemModel>

#include <memory>

namespace incentives {
class Session;
}

namespace incentives::gui {

class CountWorker;

// The workspace grouped under each program or each location, as Partner Center's tabs show it.
// The groups and their counts come from one grouped count, read on a worker thread (a grouped
// count over a million rows takes longer than a frame); a group's rows are read page by page
// when it is expanded and as the view scrolls through it, so a million enrollments cost a few
// hundred group rows until someone opens one.
class WorkspaceGroupModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceGroupModel)

public:
    // The group's name, then the flat table's columns from Country on.
    enum Column
    {
        NameColumn,
        CountryColumn,
        StatusColumn,
        ActionsColumn,
        ResourcesColumn,
        FiscalYearColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Roles
    {
        GroupCountRole = Qt::UserRole + 100, // qint64, on a group's row
    };
    // The flat table's column that a column shows (-1: the name).
    static int sourceColumn(int column);
    static constexpr int kPageSize = 200;

    explicit WorkspaceGroupModel(Session& session, QObject* parent = nullptr);
    ~WorkspaceGroupModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the groups again for this grouping and filter, on the worker: the model is empty until
    // they arrive (loaded()); every group starts collapsed. An answer to an older request is
    // dropped.
    void setGrouping(WorkspaceGroup by, const WorkspaceFilter& filter);
    void reload();
    WorkspaceGroup grouping() const { return m_by; }
    int groupCount() const { return int(m_groups.size()); }
    const GroupCount* groupAt(const QModelIndex& index) const;
    // The enrollment row at an index, or null for a group's row.
    const WorkspaceRow* rowAt(const QModelIndex& index) const;

    bool loading() const { return m_loading; }

Q_SIGNALS:
    void loadFailed(const QString& message);
    void loaded();

private:
    struct Group
    {
        GroupCount count;
        QList<WorkspaceRow> rows; // read so far, in order
    };

    Session& m_session;
    WorkspaceGroup m_by = WorkspaceGroup::Program;
    WorkspaceFilter m_filter;
    QList<Group> m_groups;
    std::unique_ptr<CountWorker> m_worker;
    QString m_workerPath;
    quint64 m_ticket = 0;
    bool m_loading = false;

    void groupsArrived(quint64 ticket, const QList<GroupCount>& groups, const QString& error);
};

} // namespace incentives::gui
