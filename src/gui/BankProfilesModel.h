#pragma once

#include "services/ProfileService.h"

#include <QAbstractTableModel>

namespace incentives {
class Session;
}

namespace incentives::gui {

// The organization's bank profiles, account numbers masked unless the user may see them.
class BankProfilesModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankProfilesModel)

public:
    enum Column
    {
        NameColumn,
        CountryColumn,
        CurrencyColumn,
        AccountColumn,
        StatusColumn,
        DefaultForColumn,
        ColumnCount
    };
    enum Roles
    {
        NameRole = Qt::UserRole + 1
    };

    explicit BankProfilesModel(Session& session, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows shown at most; a search finds the others.
    static constexpr int kShown = 200;
    void reload();
    void setSearch(const QString& text); // and reloads
    bool more() const { return m_more; } // more profiles match than are shown
    const BankProfileView* at(int row) const;
    int rowOf(const QString& name) const;

private:
    Session& m_session;
    QList<BankProfileView> m_rows;
    QString m_search;
    bool m_more = false;
};

} // namespace incentives::gui
