#include "gui/ProgramsPage.h"

#include "core/FiscalCalendar.h"
#include "core/ProgramGuide.h"
#include "gui/FormSupport.h"
#include "gui/MessageBoxes.h"
#include "services/DirectoryService.h"
#include "services/OrganizationService.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace incentives::gui {

ProgramsPage::ProgramsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("programsSplitter"));
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("programsTable"));
    m_table->setAccessibleName(tr("Programs"));
    m_table->setAccessibleDescription(
        tr("Every incentive program with its state; the selected one's guide is below"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_guide = new QTextBrowser(splitter);
    m_guide->setObjectName(QStringLiteral("guideBrowser"));
    m_guide->setAccessibleName(tr("Program guide"));
    m_guide->setOpenExternalLinks(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("programsNote"));
    m_note->setWordWrap(true);
    buttons->addWidget(m_note, 1);
    m_record = new QPushButton(tr("&Record program…"), this);
    m_record->setObjectName(QStringLiteral("recordProgramButton"));
    m_record->setAccessibleName(tr("Record a program Partner Center shows"));
    buttons->addWidget(m_record);
    m_invite = new QPushButton(tr("Record &invitation…"), this);
    m_invite->setObjectName(QStringLiteral("recordInvitationButton"));
    m_invite->setAccessibleName(tr("Record an invitation Partner Center shows for the selected program"));
    buttons->addWidget(m_invite);
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, &ProgramsPage::recordProgram);
    connect(m_invite, &QPushButton::clicked, this, &ProgramsPage::recordInvitation);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ProgramsPage::showGuide);
}

ProgramsPage::~ProgramsPage() = default;

void ProgramsPage::reload()
{
    const QString keep = selectedProgram();
    m_table->clear();
    const QStringList headings{tr("Program"), tr("Fiscal year"), tr("State"), tr("Currencies"),
                               tr("Eligibility")};
    m_table->setColumnCount(int(headings.size()));
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setRowCount(0);
    if (m_session.signedIn()) {
        if (auto programs = m_session.directory().programs(m_session.actor())) {
            m_table->setRowCount(int(programs->size()));
            int row = 0;
            for (const Program& p : *programs) {
                m_table->setItem(row, 0, new QTableWidgetItem(p.name));
                m_table->setItem(row, 1, new QTableWidgetItem(fiscal::label(p.fiscalYear)));
                m_table->setItem(row, 2, new QTableWidgetItem(programStateLabel(p.state)));
                m_table->setItem(row, 3, new QTableWidgetItem(p.currencies.join(QStringLiteral(", "))));
                m_table->setItem(row, 4,
                                 new QTableWidgetItem(p.openToAll            ? tr("Open to all")
                                                      : p.criteria.isEmpty() ? tr("No criteria")
                                                                             : p.criteria));
                ++row;
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const Status may = m_session.signedIn() ? m_session.permissions().recordPrograms
                                            : Status(makeError(ErrorKind::Denied, QString()));
    m_record->setVisible(may.ok());
    // The services decide where the user may record an invitation.
    auto where = m_session.signedIn()
                     ? OrganizationService(m_session.context()).invitationLocations(m_session.actor())
                     : Result<QList<Location>>(QList<Location>{});
    m_mayInvite = where && !where->isEmpty();
    m_note->setText(m_table->rowCount() == 0
                        ? (may.ok()
                               ? tr("No programs yet. Record the programs your Partner Center account shows.")
                               : tr("No programs yet. An Account admin records them."))
                        : QString());
    if (keep.isEmpty() || !selectProgram(keep)) {
        if (m_table->rowCount() > 0)
            m_table->setCurrentCell(0, 0);
        else
            showGuide();
    }
}

bool ProgramsPage::selectProgram(const QString& name)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == name) {
            m_table->setCurrentCell(r, 0);
            return true;
        }
    return false;
}

QString ProgramsPage::selectedProgram() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void ProgramsPage::showGuide()
{
    const QString name = selectedProgram();
    // The services decide where the user may record an invitation; an open program takes one.
    const int row = m_table->currentRow();
    const bool open = row >= 0 && m_table->item(row, 2) &&
                      m_table->item(row, 2)->text() == programStateLabel(ProgramState::Open);
    m_invite->setVisible(m_mayInvite);
    m_invite->setEnabled(open);
    if (name.isEmpty()) {
        m_guide->clear();
        return;
    }
    auto guide = m_session.directory().programGuide(m_session.actor(), name);
    if (guide)
        m_guide->setHtml(guide::toHtml(*guide));
    else
        m_guide->setPlainText(guide.error().message);
}

void ProgramsPage::recordProgram()
{
    RecordProgramDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.programName();
    reload();
    selectProgram(name);
    Q_EMIT programsChanged();
}

void ProgramsPage::recordInvitation()
{
    const QString program = selectedProgram();
    if (program.isEmpty())
        return;
    auto where = OrganizationService(m_session.context()).invitationLocations(m_session.actor());
    if (!where || where->isEmpty())
        return;
    QStringList items;
    for (const Location& l : *where)
        items.append(QStringLiteral("%1 — %2").arg(l.partnerId, l.name));
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("recordInvitationDialog"));
    ask.setWindowTitle(tr("Record an invitation"));
    ask.setLabelText(tr("The location Partner Center shows an invitation to %1 for:").arg(program));
    ask.setComboBoxItems(items);
    ask.setComboBoxEditable(false);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString partnerId = ask.textValue().section(QStringLiteral(" — "), 0, 0);
    auto recorded =
        OrganizationService(m_session.context()).recordInvitation(m_session.actor(), program, partnerId);
    if (!recorded) {
        MessageBoxes::warning(this, tr("Record an invitation"), recorded.error().message);
        return;
    }
    MessageBoxes::information(
        this, tr("Record an invitation"),
        tr("%1 at %2 is %3 now: it shows in the workspace.")
            .arg(recorded->programName, recorded->partnerId, statusLabel(recorded->status)));
}

RecordProgramDialog::RecordProgramDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("recordProgramDialog"));
    setWindowTitle(tr("Record a program"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Record the program as your Partner Center account shows it. Its invitations are "
                      "recorded one by one: Record invitation… on this page."),
                   this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Program name"));
    form->addRow(tr("&Name:"), m_name);
    m_currencies = new QLineEdit(this);
    m_currencies->setObjectName(QStringLiteral("currenciesEdit"));
    m_currencies->setAccessibleName(tr("Payout currencies"));
    m_currencies->setPlaceholderText(tr("e.g. USD, EUR"));
    form->addRow(tr("Payout &currencies:"), m_currencies);
    m_openToAll = new QCheckBox(tr("&Open to every location"), this);
    m_openToAll->setObjectName(QStringLiteral("openToAllCheck"));
    m_openToAll->setAccessibleName(tr("Open to every location"));
    form->addRow(QString(), m_openToAll);
    m_criteria = new QLineEdit(this);
    m_criteria->setObjectName(QStringLiteral("criteriaEdit"));
    m_criteria->setAccessibleName(tr("Eligibility criteria"));
    m_criteria->setPlaceholderText(tr("e.g. agreement; solutions-partner; revenue>=50000"));
    form->addRow(tr("&Eligibility criteria:"), m_criteria);
    m_creditNote = new QCheckBox(tr("Also pays by credit &note"), this);
    m_creditNote->setObjectName(QStringLiteral("creditNoteCheck"));
    m_creditNote->setAccessibleName(tr("Also pays by credit note"));
    form->addRow(QString(), m_creditNote);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->setAccessibleName(tr("Program state"));
    for (ProgramState s : {ProgramState::Open, ProgramState::Closed, ProgramState::Discontinued})
        m_state->addItem(programStateLabel(s), int(s));
    form->addRow(tr("&State:"), m_state);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    styleAsError(m_error);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    nameDialogButtons(this);
    layout->addWidget(m_buttons);
    connect(m_openToAll, &QCheckBox::toggled, m_criteria, &QWidget::setDisabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordProgramDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RecordProgramDialog::~RecordProgramDialog() = default;

QString RecordProgramDialog::programName() const
{
    return m_name->text().simplified();
}

void RecordProgramDialog::accept()
{
    Program p;
    p.name = m_name->text();
    for (const QString& c : m_currencies->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            p.currencies.append(c.trimmed());
    p.openToAll = m_openToAll->isChecked();
    p.criteria = p.openToAll ? QString() : m_criteria->text();
    p.methods = {PaymentMethod::BankTransfer};
    if (m_creditNote->isChecked())
        p.methods.append(PaymentMethod::CreditNote);
    p.state = ProgramState(m_state->currentData().toInt());
    auto recorded = OrganizationService(m_session.context()).recordProgram(m_session.actor(), p);
    if (!recorded) {
        m_error->setText(QStringLiteral("⚠ ") + recorded.error().message);
        m_error->setVisible(true);
        const QString field = recorded.error().field;
        if (field == QLatin1String("name"))
            m_name->setFocus();
        else if (field == QLatin1String("currencies"))
            m_currencies->setFocus();
        else if (field == QLatin1String("criteria"))
            m_criteria->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace incentives::gui
