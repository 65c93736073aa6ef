#include "gui/HomePage.h"

#include "core/Actions.h"
#include "gui/MessageBoxes.h"
#include "gui/StatusStyle.h"
#include "gui/WorkspaceModel.h"
#include "services/Session.h"
#include "services/demo/DemoTemplate.h"
#include "ui_HomePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPixmap>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace incentives::gui {
namespace {
enum ItemRoles
{
    EnrollmentIdRole = Qt::UserRole + 1,
    ProgramRole,
    PartnerIdRole
};
}

HomePage::HomePage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HomePage>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont big = m_ui->greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_ui->greeting->setFont(big);
    // The header names the organization, with its logo when the database has one.
    auto* header = new QHBoxLayout;
    m_organizationLogo = new QLabel(this);
    m_organizationLogo->setObjectName(QStringLiteral("organizationLogo"));
    m_organizationLogo->setAccessibleName(tr("Organization logo"));
    m_organizationLogo->hide();
    m_organizationName = new QLabel(this);
    m_organizationName->setObjectName(QStringLiteral("organizationName"));
    m_organizationName->setAccessibleName(tr("Organization"));
    QFont bold = m_organizationName->font();
    bold.setBold(true);
    m_organizationName->setFont(bold);
    header->addWidget(m_organizationLogo);
    header->addWidget(m_organizationName, 1);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->insertLayout(0, header);
    // One click opens an invitation, as Enter does. Queued: the item goes away when opened, and the
    // list is still handling the click; a second signal for the same click finds it gone.
    const auto open = [this](QListWidgetItem* item) {
        const qint64 id = item->data(EnrollmentIdRole).toLongLong();
        QMetaObject::invokeMethod(
            this, [this, id] { openInvitation(id); }, Qt::QueuedConnection);
    };
    connect(m_ui->invitationsList, &QListWidget::itemClicked, this, open);
    connect(m_ui->invitationsList, &QListWidget::itemActivated, this, open);
    connect(m_ui->invitationsShowAll, &QPushButton::clicked, this,
            [this] { Q_EMIT statusRequested(EnrollmentStatus::Invited); });
    connect(m_ui->mandatoryList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_ui->mandatoryList->row(item);
        if (row >= 0 && row < m_mandatory.size())
            Q_EMIT actionOpened(m_mandatory.at(row));
    });
    connect(m_ui->actionsList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT enrollmentSelected(item->data(ProgramRole).toString(), item->data(PartnerIdRole).toString());
    });
}

HomePage::~HomePage() = default;

void HomePage::openInvitation(qint64 enrollmentId)
{
    int row = 0;
    while (row < m_ui->invitationsList->count() &&
           m_ui->invitationsList->item(row)->data(EnrollmentIdRole).toLongLong() != enrollmentId)
        ++row;
    QListWidgetItem* item = m_ui->invitationsList->item(row);
    if (!item)
        return;
    const QString program = item->data(ProgramRole).toString();
    const QString partnerId = item->data(PartnerIdRole).toString();
    // Once selected, a Home invitation never shows again; the workspace still offers Enroll.
    auto dismissed = m_session.enrollments().dismissHomeMessage(m_session.actor(),
                                                                item->data(EnrollmentIdRole).toLongLong());
    if (!dismissed) {
        MessageBoxes::warning(this, tr("Invitation"), dismissed.error().message);
        return;
    }
    delete m_ui->invitationsList->takeItem(row);
    if (!m_invitationsMoreThanTotal)
        m_invitationsTotal = qMax<qint64>(0, m_invitationsTotal - 1);
    if (m_ui->invitationsList->count() == 0 && m_invitationsTotal > 0)
        loadInvitations(); // the next newest, when every listed one is opened
    else
        showInvitationCount();
    Q_EMIT enrollmentSelected(program, partnerId);
}

void HomePage::loadInvitations()
{
    m_ui->invitationsList->clear();
    // The newest invitations; past those, how many there are and the way to all of them.
    HomeMessages invitations;
    if (m_session.signedIn())
        if (auto messages = m_session.enrollments().homeMessages(m_session.actor()))
            invitations = std::move(messages).value();
    for (const HomeMessage& m : std::as_const(invitations.newest)) {
        auto* item = new QListWidgetItem(tr("Partner Incentive Enrollment Invitation: %1 for %2 (%3)")
                                             .arg(m.programName, m.locationName, m.partnerId),
                                         m_ui->invitationsList);
        item->setData(EnrollmentIdRole, m.enrollmentId);
        item->setData(ProgramRole, m.programName);
        item->setData(PartnerIdRole, m.partnerId);
        item->setToolTip(tr("Select to start the enrollment. Invited %1.")
                             .arg(QLocale().toString(m.invitedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_invitationsTotal = invitations.total;
    m_invitationsMoreThanTotal = invitations.moreThanTotal;
    showInvitationCount();
}

void HomePage::showInvitationCount()
{
    const int shown = m_ui->invitationsList->count();
    m_ui->invitationsEmpty->setVisible(shown == 0);
    m_ui->invitationsList->setVisible(shown > 0);
    const bool more = m_invitationsMoreThanTotal || shown < m_invitationsTotal;
    if (more)
        m_ui->invitationsMore->setText(
            m_invitationsMoreThanTotal
                ? tr("The newest %L1 of more than %Ln invitations.", nullptr, int(m_invitationsTotal))
                      .arg(shown)
                : tr("The newest %L1 of %Ln invitations.", nullptr, int(m_invitationsTotal)).arg(shown));
    m_ui->invitationsMore->setVisible(more);
    m_ui->invitationsShowAll->setVisible(more);
}

void HomePage::fitSummaryColumns()
{
    // The locations take the room the statuses leave, but never less than their names need: past
    // that the table scrolls sideways rather than cutting "5000031 — Northwind Monterrey 31" to
    // "50…" (eight status columns in German at 1024 pixels).
    QAbstractItemView* table = m_ui->summaryTable; // its width hints are public here
    QHeaderView* header = m_ui->summaryTable->horizontalHeader();
    const int columns = m_ui->summaryTable->columnCount();
    if (columns == 0)
        return;
    int statuses = 0;
    for (int c = 1; c < columns; ++c)
        statuses += qMax(table->sizeHintForColumn(c), header->sectionSizeHint(c));
    const int names = qMax(table->sizeHintForColumn(0), header->sectionSizeHint(0));
    if (statuses + names <= table->viewport()->width()) {
        header->setSectionResizeMode(0, QHeaderView::Stretch);
    } else {
        header->setSectionResizeMode(0, QHeaderView::Interactive);
        header->resizeSection(0, names);
    }
}

void HomePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitSummaryColumns();
}

void HomePage::reload()
{
    m_ui->greeting->setText(m_session.signedIn() ? tr("Welcome, %1").arg(m_session.actor().name) : QString());
    QString organization;
    if (m_session.signedIn())
        if (auto org = m_session.directory().organization(m_session.actor()))
            organization = org->name;
    m_organizationName->setText(organization);
    QPixmap logo;
    const QByteArray logoBytes = demotemplate::organizationLogo(m_session.context());
    if (!logoBytes.isEmpty() && logo.loadFromData(logoBytes)) {
        const int height = fontMetrics().height() * 3;
        m_organizationLogo->setPixmap(
            logo.scaledToHeight(qMin(height, logo.height()), Qt::SmoothTransformation));
    }
    m_organizationLogo->setVisible(!logo.isNull());

    // The open mandatory actions come first: the services give them first, the earliest due first.
    m_ui->mandatoryList->clear();
    m_mandatory.clear();
    qint64 mandatory = 0;
    if (m_session.signedIn()) {
        InboxQuery query;
        query.mandatoryOnly = true;
        query.limit = kMandatoryListed;
        if (auto inbox = m_session.enrollments().inbox(m_session.actor(), query))
            m_mandatory = *inbox;
        if (auto counts = m_session.enrollments().inboxCounts(m_session.actor()))
            mandatory = counts->mandatory;
    }
    for (const InboxMessage& m : m_mandatory) {
        const QString text =
            m.dueAt.isValid()
                //: subject — due date
                ? tr("%1 — due %2").arg(m.subject, QLocale().toString(m.dueAt.date(), QLocale::ShortFormat))
                : m.subject;
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), text,
                                         m_ui->mandatoryList);
        item->setToolTip(m.body);
    }
    m_ui->mandatoryBox->setVisible(!m_mandatory.isEmpty());
    m_ui->mandatoryBox->setTitle(
        tr("Mandatory actions (%1)").arg(QLocale().toString(qMax<qint64>(mandatory, m_mandatory.size()))));

    loadInvitations();
    if (!m_session.signedIn()) {
        showFigures({}, {});
        return;
    }
    // Counting every enrollment takes seconds at millions: above the size the workspace counts
    // inline, the figures come from a thread of their own and the page says they are coming.
    const auto size = m_session.enrollments().sizeHint();
    if (size && *size <= WorkspaceModel::kCountInline) {
        auto summary = m_session.enrollments().summary(m_session.actor());
        auto needs = m_session.enrollments().needsAction(m_session.actor());
        showFigures(summary ? *summary : QList<EnrollmentRepository::StatusCount>(),
                    needs ? *needs : QList<WorkspaceRow>());
        return;
    }
    const QString path = m_session.context().db().path();
    if (!m_worker || m_workerPath != path) {
        m_worker = std::make_unique<CountWorker>(path);
        m_workerPath = path;
        connect(m_worker.get(), &CountWorker::homeLoaded, this,
                [this](quint64 ticket, const QList<EnrollmentRepository::StatusCount>& summary,
                       const QList<WorkspaceRow>& needsAction, const QString& error) {
                    if (ticket != m_figuresTicket)
                        return; // asked again since
                    showFigures(summary, needsAction);
                    if (!error.isEmpty())
                        m_ui->actionsList->addItem(error);
                });
    }
    m_ui->actionsList->clear();
    m_ui->actionsList->addItem(tr("Counting…"));
    m_worker->requestHome(++m_figuresTicket, m_session.actor());
}

void HomePage::showFigures(const QList<EnrollmentRepository::StatusCount>& summary,
                           const QList<WorkspaceRow>& needsAction)
{
    // One row per location, one column per status, counts in the cells.
    const QList<EnrollmentStatus> statuses = allStatuses();
    m_ui->summaryTable->clear();
    m_ui->summaryTable->setColumnCount(int(statuses.size()) + 1);
    QStringList headings{tr("Location")};
    for (EnrollmentStatus s : statuses)
        headings.append(statusLabel(s));
    m_ui->summaryTable->setHorizontalHeaderLabels(headings);
    for (int c = 1; c <= statuses.size(); ++c)
        m_ui->summaryTable->horizontalHeaderItem(c)->setIcon(statusIcon(statuses.at(c - 1), palette()));
    QMap<QString, QMap<EnrollmentStatus, qint64>> counts;
    QMap<QString, QString> names;
    for (const auto& c : summary) {
        counts[c.partnerId][c.status] += c.count;
        names[c.partnerId] = c.locationName;
    }
    m_ui->summaryTable->setRowCount(int(counts.size()));
    int row = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it, ++row) {
        m_ui->summaryTable->setItem(
            row, 0,
            new QTableWidgetItem(it.key().isEmpty()
                                     ? names.value(it.key())
                                     : QStringLiteral("%1 — %2").arg(it.key(), names.value(it.key()))));
        for (int c = 0; c < statuses.size(); ++c) {
            const qint64 n = it.value().value(statuses.at(c));
            auto* cell = new QTableWidgetItem(n ? QLocale().toString(n) : QStringLiteral("–"));
            cell->setTextAlignment(Qt::AlignCenter);
            // Read out as a number with its status, not as a dash.
            cell->setData(Qt::AccessibleTextRole,
                          tr("%1: %2").arg(statusLabel(statuses.at(c)), QLocale().toString(n)));
            m_ui->summaryTable->setItem(row, c + 1, cell);
        }
    }
    m_ui->summaryTable->verticalHeader()->hide();
    for (int c = 1; c <= statuses.size(); ++c)
        m_ui->summaryTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    fitSummaryColumns();

    m_ui->actionsList->clear();
    {
        for (const WorkspaceRow& r : needsAction) {
            auto* item = new QListWidgetItem(statusIcon(r.enrollment.status, palette()),
                                             //: program — location (PartnerID): what to do
                                             tr("%1 — %2 (%3): %4")
                                                 .arg(r.enrollment.programName, r.enrollment.locationName,
                                                      r.enrollment.partnerId, r.actionsRequired),
                                             m_ui->actionsList);
            item->setData(ProgramRole, r.enrollment.programName);
            item->setData(PartnerIdRole, r.enrollment.partnerId);
        }
    }
    if (m_ui->actionsList->count() == 0)
        m_ui->actionsList->addItem(tr("Nothing waits for you."));
}

} // namespace incentives::gui
