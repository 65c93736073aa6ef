#include "gui/BankProfilesModel.h"

#include "services/Session.h"

#include <QLocale>

namespace incentives::gui {

BankProfilesModel::BankProfilesModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

int BankProfilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BankProfilesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BankProfileView* BankProfilesModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BankProfilesModel::rowOf(const QString& name) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).profile.name == name)
            return r;
    return -1;
}

QVariant BankProfilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BankProfileView& v = m_rows.at(index.row());
    const BankProfile& p = v.profile;
    if (role == NameRole)
        return p.name;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !p.statusReason.isEmpty())
        return p.statusReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case CountryColumn:
        return QLocale::territoryToString(QLocale::codeToTerritory(p.country));
    case CurrencyColumn:
        return p.currency;
    case AccountColumn:
        // A credit note has no account: its tenant's status is what the admin acts on.
        if (p.method == PaymentMethod::CreditNote)
            return tr("Credit note: %1").arg(creditNoteStatusLabel(p.creditNoteStatus));
        return !p.iban.isEmpty() ? p.iban : p.accountNumber;
    case StatusColumn:
        return p.statusReason.isEmpty()
                   ? profileStatusLabel(p.status)
                   : QStringLiteral("%1: %2").arg(profileStatusLabel(p.status), p.statusReason);
    case DefaultForColumn:
        return v.defaultFor.join(QStringLiteral(", "));
    }
    return {};
}

QVariant BankProfilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Profile");
    case CountryColumn:
        return tr("Bank country");
    case CurrencyColumn:
        return tr("Currency");
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case DefaultForColumn:
        return tr("Default for");
    }
    return {};
}

void BankProfilesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_more = false;
    // One bounded page, searched in the database.
    if (m_session.signedIn())
        if (auto rows = m_session.profiles().bankProfiles(m_session.actor(), m_search, kShown + 1)) {
            m_rows = *rows;
            m_more = m_rows.size() > kShown;
            if (m_more)
                m_rows.resize(kShown);
        }
    endResetModel();
}

void BankProfilesModel::setSearch(const QString& text)
{
    m_search = text;
    reload();
}

} // namespace incentives::gui
