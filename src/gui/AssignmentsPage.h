#pragma once

#include "services/AssignmentService.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace incentives {
class Session;
}

namespace incentives::gui {

// Payout and tax profile assignment: one row per enrollment the user may see, with the bank
// profile, tax profile and currency it is paid with and whether its payments are held. What each
// button may do is the service's decision for the selected row.
class AssignmentsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentsPage)

public:
    explicit AssignmentsPage(Session& session, QWidget* parent = nullptr);
    ~AssignmentsPage() override;

    static constexpr int kShown = 200; // rows read at a time, unless setPageSize says otherwise

    void reload();
    // How many rows a page reads (reloads when it changes).
    void setPageSize(int rows);
    int rowCount() const { return int(m_rows.size()); }
    // Whether more enrollments match than the page lists.
    bool more() const { return m_more; }
    const AssignmentRow* selected() const;
    bool selectRow(const QString& program, const QString& partnerId);

    // What the buttons do (tests call these to reach the modal dialogs).
    void editAssignment();
    void holdPayment();
    void releasePayment();
    void manageDefaults();

private:
    void updateButtons();

    Session& m_session;
    QList<AssignmentRow> m_rows;
    bool m_more = false;
    int m_pageSize = kShown;
    QLineEdit* m_search;
    QLabel* m_moreLabel;
    QTableWidget* m_table;
    QLabel* m_note;
    QPushButton* m_edit;
    QPushButton* m_hold;
    QPushButton* m_release;
    QPushButton* m_defaults;
};

// Edits one assignment: its bank profile, tax profile and currency; refusals show beside the field
// they concern.
class AssignmentDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentDialog)

public:
    AssignmentDialog(Session& session, const AssignmentRow& row, QWidget* parent = nullptr);
    ~AssignmentDialog() override;

    void accept() override;

private:
    void fillCurrencies();

    Session& m_session;
    AssignmentRow m_row;
    QList<BankProfile> m_banks;
    QComboBox* m_bank;
    QComboBox* m_tax;
    QComboBox* m_currency;
    QLabel* m_bankError;
    QLabel* m_taxError;
    QLabel* m_currencyError;
};

// One bank profile and currency as the default of several locations at once.
class DefaultProfilesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultProfilesDialog)

public:
    // locations: PartnerID → "PartnerID Name" of the locations the user may assign for.
    DefaultProfilesDialog(Session& session, const QList<std::pair<QString, QString>>& locations,
                          QWidget* parent = nullptr);
    ~DefaultProfilesDialog() override;

    void accept() override;
    DefaultsOutcome outcome() const { return m_outcome; }

private:
    void fillCurrencies();

    Session& m_session;
    QList<BankProfile> m_banks;
    QComboBox* m_bank;
    QComboBox* m_currency;
    QListWidget* m_locations;
    QLabel* m_bankError;
    QLabel* m_currencyError;
    QLabel* m_locationsError;
    DefaultsOutcome m_outcome;
};

} // namespace incentives::gui
