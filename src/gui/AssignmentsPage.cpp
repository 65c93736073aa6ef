#include "gui/AssignmentsPage.h"

#include "core/EnrollmentRules.h"
#include "core/TimeText.h"
#include "gui/FormSupport.h"
#include "gui/MessageBoxes.h"
#include "services/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace incentives::gui {
namespace {

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->hide();
    styleAsError(label);
    return label;
}

void showError(QLabel* label, QWidget* input, const QString& message)
{
    label->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
    input->setAccessibleDescription(message);
}

// The currencies a bank in country may take, of those offered (all of them without a country).
QStringList currenciesFor(const QStringList& offered, const QString& country)
{
    if (country.isEmpty())
        return offered;
    QStringList out;
    const QStringList bank = rules::currenciesForBankCountry(country);
    for (const QString& c : offered)
        if (bank.contains(c))
            out.append(c);
    return out;
}

} // namespace

AssignmentsPage::AssignmentsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    // Partner Center's name for the page; the navigation says it shorter.
    auto* heading = new QLabel(tr("Payout and tax profile assignment"), this);
    heading->setObjectName(QStringLiteral("assignmentsHeading"));
    heading->setAccessibleName(heading->text());
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto* intro =
        new QLabel(tr("What each enrollment is paid with: its bank profile, its location's tax profile "
                      "and the currency Microsoft pays it in. Hold the payments of an enrollment "
                      "to stop them until you release them."),
                   this);
    intro->setObjectName(QStringLiteral("assignmentsIntro"));
    intro->setAccessibleName(tr("About payout and tax profile assignment"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assignmentsSearch"));
    m_search->setAccessibleName(tr("Search the assignments"));
    m_search->setPlaceholderText(tr("Search programs, PartnerIDs and locations"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_table = new QTableWidget(this);
    // Column widths from the first rows: measuring every row of a page of 200 costs more than it shows.
    m_table->horizontalHeader()->setResizeContentsPrecision(40);
    m_table->setObjectName(QStringLiteral("assignmentsTable"));
    m_table->setAccessibleName(tr("Payout and tax profile assignments"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    // Column widths from the first rows: measuring every row of a long page costs more than it shows.
    m_table->horizontalHeader()->setResizeContentsPrecision(40);

    m_moreLabel = new QLabel(this);
    m_moreLabel->setObjectName(QStringLiteral("assignmentsMoreLabel"));
    m_moreLabel->setAccessibleName(tr("More enrollments"));
    m_moreLabel->setWordWrap(true);
    m_moreLabel->hide();
    layout->addWidget(m_moreLabel);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("assignmentsNote"));
    m_note->setAccessibleName(tr("Why an action is not available"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto* buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit assignment…"), this);
    m_edit->setObjectName(QStringLiteral("editAssignmentButton"));
    m_edit->setAccessibleName(tr("Edit the selected assignment"));
    m_hold = new QPushButton(tr("&Hold payment"), this);
    m_hold->setObjectName(QStringLiteral("holdPaymentButton"));
    m_hold->setAccessibleName(tr("Hold the payments of the selected enrollment"));
    m_release = new QPushButton(tr("&Release payment"), this);
    m_release->setObjectName(QStringLiteral("releasePaymentButton"));
    m_release->setAccessibleName(tr("Release the payments of the selected enrollment"));
    m_defaults = new QPushButton(tr("Manage &default profiles…"), this);
    m_defaults->setObjectName(QStringLiteral("manageDefaultsButton"));
    m_defaults->setAccessibleName(tr("Choose one bank profile and currency for several locations"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_hold);
    buttons->addWidget(m_release);
    buttons->addStretch(1);
    buttons->addWidget(m_defaults);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AssignmentsPage::reload);
    connect(m_edit, &QPushButton::clicked, this, &AssignmentsPage::editAssignment);
    connect(m_hold, &QPushButton::clicked, this, &AssignmentsPage::holdPayment);
    connect(m_release, &QPushButton::clicked, this, &AssignmentsPage::releasePayment);
    connect(m_defaults, &QPushButton::clicked, this, &AssignmentsPage::manageDefaults);
    connect(m_table, &QTableWidget::activated, this, &AssignmentsPage::editAssignment);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AssignmentsPage::updateButtons);
    updateButtons();
}

AssignmentsPage::~AssignmentsPage() = default;

void AssignmentsPage::reload()
{
    const AssignmentRow* before = selected();
    const QString program = before ? before->enrollment.programName : QString();
    const QString partnerId = before ? before->enrollment.partnerId : QString();
    m_rows.clear();
    m_more = false;
    // One bounded page, searched in the database.
    AssignmentQuery query;
    query.search = m_search->text();
    query.limit = m_pageSize;
    if (auto page = AssignmentService(m_session.context()).page(m_session.actor(), query)) {
        m_rows = std::move(page->rows);
        m_more = page->more;
    }
    m_moreLabel->setText(tr("The first %1 enrollments are listed; search for a program, PartnerID or "
                            "location to find the others.")
                             .arg(m_pageSize));
    m_moreLabel->setVisible(m_more);
    // What people come to check first (the currency and the hold) before what is wide.
    const QStringList headings{tr("Program"),      tr("PartnerID"),      tr("Currency"),    tr("Payment"),
                               tr("Bank profile"), tr("Payment method"), tr("Tax profile"), tr("Location")};
    m_table->clear();
    m_table->setColumnCount(int(headings.size()));
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const AssignmentRow& r = m_rows.at(i);
        const QString bank = r.bankProfile.isEmpty() ? tr("None")
                             : r.bankFromDefault     ? tr("%1 (location default)").arg(r.bankProfile)
                                                     : r.bankProfile;
        const QString currency = r.currency.isEmpty() ? tr("None")
                                 : r.currencyProposed ? tr("%1 (proposed)").arg(r.currency)
                                                      : r.currency;
        const QString tax = r.taxProfile.isEmpty() ? tr("None")
                            : r.taxFromDefault     ? tr("%1 (location default)").arg(r.taxProfile)
                                                   : r.taxProfile;
        const QStringList cells{r.enrollment.programName,
                                r.enrollment.partnerId,
                                currency,
                                r.enrollment.paymentHold ? tr("Payment on hold") : tr("Paid"),
                                bank,
                                r.paymentMethod.isEmpty() ? tr("None") : r.paymentMethod,
                                tax,
                                r.enrollment.locationName};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, int(c), new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!program.isEmpty())
        selectRow(program, partnerId);
    updateButtons();
}

void AssignmentsPage::setPageSize(int rows)
{
    if (rows == m_pageSize || rows < 1)
        return;
    m_pageSize = rows;
    reload();
}

const AssignmentRow* AssignmentsPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool AssignmentsPage::selectRow(const QString& program, const QString& partnerId)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).enrollment.programName == program &&
            m_rows.at(i).enrollment.partnerId == partnerId) {
            m_table->setCurrentCell(i, 0);
            updateButtons();
            return true;
        }
    return false;
}

void AssignmentsPage::updateButtons()
{
    const AssignmentRow* r = selected();
    const auto follow = [](QPushButton* button, const Status* decision) {
        button->setEnabled(decision && decision->ok());
        button->setToolTip(decision && !decision->ok() ? decision->error().message : QString());
    };
    follow(m_edit, r ? &r->mayEdit : nullptr);
    follow(m_hold, r ? &r->mayHold : nullptr);
    follow(m_release, r ? &r->mayRelease : nullptr);
    bool anyEditable = false;
    for (const AssignmentRow& row : m_rows)
        anyEditable = anyEditable || row.mayEdit.ok();
    m_defaults->setEnabled(anyEditable);
    QString note;
    if (!r)
        note = !m_rows.isEmpty()                      ? tr("Select an enrollment.")
               : m_search->text().trimmed().isEmpty() ? tr("No enrollments to show.")
                                                      : tr("No enrollment matches the search.");
    else if (!r->mayEdit.ok())
        note = r->mayEdit.error().message;
    m_note->setText(note);
}

void AssignmentsPage::editAssignment()
{
    const AssignmentRow* r = selected();
    if (!r || !r->mayEdit.ok())
        return;
    AssignmentDialog dialog(m_session, *r, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AssignmentsPage::holdPayment()
{
    const AssignmentRow* r = selected();
    if (!r)
        return;
    auto done = AssignmentService(m_session.context())
                    .hold(m_session.actor(), r->enrollment.programName, r->enrollment.partnerId, true);
    if (!done)
        MessageBoxes::warning(this, tr("Hold payment"), done.error().message);
    reload();
}

void AssignmentsPage::releasePayment()
{
    const AssignmentRow* r = selected();
    if (!r)
        return;
    auto done = AssignmentService(m_session.context())
                    .hold(m_session.actor(), r->enrollment.programName, r->enrollment.partnerId, false);
    if (!done)
        MessageBoxes::warning(this, tr("Release payment"), done.error().message);
    reload();
}

void AssignmentsPage::manageDefaults()
{
    // The locations of the rows listed: a search narrows the page to the locations wanted.
    QList<std::pair<QString, QString>> locations;
    QStringList seen;
    for (const AssignmentRow& r : m_rows)
        if (r.mayEdit.ok() && !seen.contains(r.enrollment.partnerId)) {
            seen.append(r.enrollment.partnerId);
            locations.append({r.enrollment.partnerId,
                              r.enrollment.partnerId + QStringLiteral("  ") + r.enrollment.locationName});
        }
    DefaultProfilesDialog dialog(m_session, locations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const DefaultsOutcome outcome = dialog.outcome();
    if (!outcome.unchanged.isEmpty())
        MessageBoxes::information(this, tr("Manage default profiles"),
                                  tr("These programs do not pay in the chosen currency and keep theirs: %1")
                                      .arg(outcome.unchanged.join(QStringLiteral(", "))));
}

AssignmentDialog::AssignmentDialog(Session& session, const AssignmentRow& row, QWidget* parent)
    : QDialog(parent), m_session(session), m_row(row)
{
    setObjectName(QStringLiteral("assignmentDialog"));
    setWindowTitle(tr("Edit assignment"));
    setAccessibleName(tr("Edit assignment"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("%1 at %2 (%3)")
            .arg(row.enrollment.programName, row.enrollment.partnerId, row.enrollment.locationName),
        this);
    heading->setObjectName(QStringLiteral("assignmentHeading"));
    heading->setAccessibleName(heading->text());
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    m_bank = new QComboBox(this);
    m_bank->setObjectName(QStringLiteral("assignmentBankCombo"));
    m_bank->setAccessibleName(tr("Bank profile"));
    m_bankError = errorLabel(this, "assignmentBankError");
    m_tax = new QComboBox(this);
    m_tax->setObjectName(QStringLiteral("assignmentTaxCombo"));
    m_tax->setAccessibleName(tr("Tax profile"));
    m_taxError = errorLabel(this, "assignmentTaxError");
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("assignmentCurrencyCombo"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currencyError = errorLabel(this, "assignmentCurrencyError");
    form->addRow(tr("&Bank profile:"), m_bank);
    form->addRow(QString(), m_bankError);
    form->addRow(tr("&Tax profile:"), m_tax);
    form->addRow(QString(), m_taxError);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(QString(), m_currencyError);
    layout->addLayout(form);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->setObjectName(QStringLiteral("assignmentButtons"));
    layout->addWidget(box);
    nameDialogButtons(this);
    connect(box, &QDialogButtonBox::accepted, this, &AssignmentDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &AssignmentDialog::reject);

    if (auto banks =
            AssignmentService(session.context()).bankChoices(session.actor(), row.enrollment.partnerId))
        m_banks = *banks;
    if (row.bankProfileId == 0)
        m_bank->addItem(tr("None"), QVariant::fromValue<qint64>(0));
    for (const BankProfile& p : m_banks)
        m_bank->addItem(tr("%1 (%2, %3)").arg(p.name, p.country, paymentMethodLabel(p.method)),
                        QVariant::fromValue<qint64>(p.id));
    if (row.bankProfileId > 0 && m_bank->findData(QVariant::fromValue<qint64>(row.bankProfileId)) < 0)
        m_bank->insertItem(0, row.bankProfile, QVariant::fromValue<qint64>(row.bankProfileId));
    m_bank->setCurrentIndex(qMax(0, m_bank->findData(QVariant::fromValue<qint64>(row.bankProfileId))));
    // The location's tax profiles, each with its form, status and expiry; the one in use selected.
    if (row.taxProfiles.isEmpty())
        m_tax->addItem(tr("None on file"), QVariant::fromValue<qint64>(0));
    for (const TaxProfile& t : row.taxProfiles) {
        const QDate expiry = rules::taxExpiry(t);
        m_tax->addItem(expiry.isValid()
                           ? tr("%1, expires %2").arg(taxProfileLabel(t), timetext::formatDate(expiry))
                           : taxProfileLabel(t),
                       QVariant::fromValue<qint64>(t.id));
    }
    m_tax->setCurrentIndex(qMax(0, m_tax->findData(QVariant::fromValue<qint64>(row.taxProfileId))));
    fillCurrencies();
    connect(m_bank, &QComboBox::currentIndexChanged, this, [this] {
        showError(m_bankError, m_bank, {});
        fillCurrencies();
    });
    connect(m_currency, &QComboBox::currentIndexChanged, this,
            [this] { showError(m_currencyError, m_currency, {}); });
    connect(m_tax, &QComboBox::currentIndexChanged, this, [this] { showError(m_taxError, m_tax, {}); });
}

AssignmentDialog::~AssignmentDialog() = default;

void AssignmentDialog::fillCurrencies()
{
    const Id bankId = m_bank->currentData().toLongLong();
    QString country;
    QString proposed;
    for (const BankProfile& p : m_banks)
        if (p.id == bankId) {
            country = p.country;
            proposed = p.currency;
        }
    const QString keep = m_currency->count() > 0 ? m_currency->currentText() : m_row.currency;
    QStringList offered = currenciesFor(m_row.programCurrencies, country);
    if (!keep.isEmpty() && !offered.contains(keep))
        offered.prepend(keep); // shown, and refused beside the field if it does not fit
    m_currency->blockSignals(true);
    m_currency->clear();
    m_currency->addItems(offered);
    const int at = m_currency->findText(offered.contains(keep) ? keep : proposed);
    m_currency->setCurrentIndex(qMax(0, at));
    m_currency->blockSignals(false);
}

void AssignmentDialog::accept()
{
    AssignmentChange change;
    const Id bankId = m_bank->currentData().toLongLong();
    if (bankId > 0 && bankId != m_row.bankProfileId)
        change.bankProfile = QString::number(bankId);
    else if (bankId > 0 && m_row.bankFromDefault)
        change.bankProfile = QString::number(bankId); // the default, now chosen for this enrollment
    if (const Id tax = m_tax->currentData().toLongLong(); tax > 0 && tax != m_row.taxProfileId)
        change.taxProfile = tax;
    if (!m_currency->currentText().isEmpty() && m_currency->currentText() != m_row.currency)
        change.currency = m_currency->currentText();
    else if (!m_currency->currentText().isEmpty() && m_row.currencyProposed)
        change.currency = m_currency->currentText(); // the proposal, now the enrollment's own
    showError(m_bankError, m_bank, {});
    showError(m_taxError, m_tax, {});
    showError(m_currencyError, m_currency, {});
    auto saved =
        AssignmentService(m_session.context())
            .set(m_session.actor(), m_row.enrollment.programName, m_row.enrollment.partnerId, change);
    if (saved) {
        QDialog::accept();
        return;
    }
    const Error& e = saved.error();
    if (e.field == QLatin1String("bank"))
        showError(m_bankError, m_bank, e.message);
    else if (e.field == QLatin1String("tax"))
        showError(m_taxError, m_tax, e.message);
    else if (e.field == QLatin1String("currency"))
        showError(m_currencyError, m_currency, e.message);
    else
        MessageBoxes::warning(this, windowTitle(), e.message);
}

DefaultProfilesDialog::DefaultProfilesDialog(Session& session,
                                             const QList<std::pair<QString, QString>>& locations,
                                             QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("defaultProfilesDialog"));
    setWindowTitle(tr("Manage default profiles"));
    setAccessibleName(tr("Manage default profiles"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The bank profile becomes the default of every location checked; their "
                                "enrollments paid from the default that have no currency yet take the "
                                "currency."),
                             this);
    intro->setObjectName(QStringLiteral("defaultProfilesIntro"));
    intro->setAccessibleName(intro->text());
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_bank = new QComboBox(this);
    m_bank->setObjectName(QStringLiteral("defaultsBankCombo"));
    m_bank->setAccessibleName(tr("Bank profile"));
    m_bankError = errorLabel(this, "defaultsBankError");
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("defaultsCurrencyCombo"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currencyError = errorLabel(this, "defaultsCurrencyError");
    m_locations = new QListWidget(this);
    m_locations->setObjectName(QStringLiteral("defaultsLocationList"));
    m_locations->setAccessibleName(tr("Locations"));
    m_locationsError = errorLabel(this, "defaultsLocationsError");
    form->addRow(tr("&Bank profile:"), m_bank);
    form->addRow(QString(), m_bankError);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(QString(), m_currencyError);
    form->addRow(tr("&Locations:"), m_locations);
    form->addRow(QString(), m_locationsError);
    layout->addLayout(form);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->setObjectName(QStringLiteral("defaultsButtons"));
    layout->addWidget(box);
    nameDialogButtons(this);
    connect(box, &QDialogButtonBox::accepted, this, &DefaultProfilesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &DefaultProfilesDialog::reject);

    if (auto views = m_session.profiles().bankProfiles(m_session.actor()))
        for (const BankProfileView& v : *views)
            if (v.mayUse.ok())
                m_banks.append(v.profile);
    for (const BankProfile& p : m_banks)
        m_bank->addItem(tr("%1 (%2, %3)").arg(p.name, p.country, paymentMethodLabel(p.method)),
                        QVariant::fromValue<qint64>(p.id));
    for (const auto& [partnerId, label] : locations) {
        auto* item = new QListWidgetItem(label, m_locations);
        item->setData(Qt::UserRole, partnerId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    fillCurrencies();
    connect(m_bank, &QComboBox::currentIndexChanged, this, &DefaultProfilesDialog::fillCurrencies);
}

DefaultProfilesDialog::~DefaultProfilesDialog() = default;

void DefaultProfilesDialog::fillCurrencies()
{
    const int i = m_bank->currentIndex();
    m_currency->clear();
    if (i < 0 || i >= m_banks.size())
        return;
    const BankProfile& p = m_banks.at(i);
    m_currency->addItems(rules::currenciesForBankCountry(p.country));
    m_currency->setCurrentIndex(qMax(0, m_currency->findText(p.currency)));
}

void DefaultProfilesDialog::accept()
{
    QStringList partnerIds;
    for (int i = 0; i < m_locations->count(); ++i)
        if (m_locations->item(i)->checkState() == Qt::Checked)
            partnerIds.append(m_locations->item(i)->data(Qt::UserRole).toString());
    showError(m_bankError, m_bank, {});
    showError(m_currencyError, m_currency, {});
    showError(m_locationsError, m_locations, {});
    const QString bank =
        m_bank->currentIndex() >= 0 ? QString::number(m_bank->currentData().toLongLong()) : QString();
    if (bank.isEmpty()) {
        showError(m_bankError, m_bank, tr("Choose a bank profile."));
        return;
    }
    auto outcome = AssignmentService(m_session.context())
                       .setDefaults(m_session.actor(), bank, m_currency->currentText(), partnerIds);
    if (outcome) {
        m_outcome = *outcome;
        QDialog::accept();
        return;
    }
    const Error& e = outcome.error();
    if (e.field == QLatin1String("bank"))
        showError(m_bankError, m_bank, e.message);
    else if (e.field == QLatin1String("currency"))
        showError(m_currencyError, m_currency, e.message);
    else if (e.field == QLatin1String("locations"))
        showError(m_locationsError, m_locations, e.message);
    else
        MessageBoxes::warning(this, windowTitle(), e.message);
}

} // namespace incentives::gui
