#include "gui/InboxPage.h"

#include "core/TimeText.h"

#include "core/Actions.h"
#include "gui/InboxModel.h"
#include "gui/MessageBoxes.h"
#include "services/Session.h"
#include "ui_InboxPage.h"

#include <QHeaderView>
#include <QLocale>

namespace incentives::gui {

InboxPage::InboxPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InboxPage>()), m_session(session),
      m_model(new InboxModel(session, this))
{
    m_ui->setupUi(this);
    m_ui->messagesView->setModel(m_model);
    m_ui->messagesView->header()->setStretchLastSection(false);
    m_ui->messagesView->header()->setSectionResizeMode(InboxModel::SubjectColumn, QHeaderView::Stretch);
    // Everything but the subject as wide as its text; the subject takes the rest.
    for (int c : {InboxModel::PriorityColumn, InboxModel::KindColumn, InboxModel::DueColumn,
                  InboxModel::ReceivedColumn})
        m_ui->messagesView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    QFont bold = m_ui->subjectLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_ui->subjectLabel->setFont(bold);
    connect(m_ui->messagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxPage::showMessage);
    connect(m_ui->messagesView, &QTreeView::activated, this, &InboxPage::openCurrent);
    // More messages are read as the list is scrolled to its end (InboxModel::fetchMore).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPage::showSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPage::showSummary);
    connect(m_ui->openButton, &QPushButton::clicked, this, &InboxPage::openCurrent);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, &InboxPage::dismissCurrent);
}

void InboxPage::openCurrent()
{
    const InboxMessage* m = m_model->messageAt(m_ui->messagesView->currentIndex().row());
    if (!m)
        return;
    if (m->kind == actions::kindCode(actions::Kind::Invitation) && m->enrollmentId > 0)
        Q_EMIT getStarted(m->programName, m->partnerId);
    else
        Q_EMIT actionOpened(*m);
}

void InboxPage::dismissCurrent()
{
    const InboxMessage* m = m_model->messageAt(m_ui->messagesView->currentIndex().row());
    if (!m)
        return;
    if (auto r = m_session.enrollments().dismissAction(m_session.actor(), m->id); !r)
        MessageBoxes::warning(this, tr("Dismiss"), r.error().message);
    // The session's change notice reloads every page, this one included.
}

InboxPage::~InboxPage() = default;

void InboxPage::reload()
{
    const QVariant current = m_ui->messagesView->currentIndex().data(InboxModel::MessageIdRole);
    m_model->reload();
    const bool empty = m_model->rowCount() == 0;
    m_ui->splitter->setVisible(!empty);
    m_ui->emptyLabel->setVisible(empty);
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(InboxModel::MessageIdRole) == current)
            row = r;
    if (!empty)
        m_ui->messagesView->setCurrentIndex(m_model->index(row, 0));
    else
        showMessage();
    showSummary();
    Q_EMIT openCountChanged(int(m_model->openCount()));
}

void InboxPage::showSummary()
{
    QString summary = m_model->openCount() == 0
                          ? tr("No open actions.")
                          : tr("%n open action(s). Mandatory ones stay open until they are done.", nullptr,
                               int(m_model->openCount()));
    if (m_model->totalCount() > m_model->rowCount())
        //: %1 messages listed of %2 in all
        summary +=
            QLatin1Char(' ') +
            tr("The first %1 of %2 messages are listed, open ones first; more follow as you scroll.")
                .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->totalCount()));
    m_ui->summaryLabel->setText(summary);
}

void InboxPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showMessage();
}

void InboxPage::showMessage()
{
    const InboxMessage* m = m_model->messageAt(m_ui->messagesView->currentIndex().row());
    m_ui->subjectLabel->setText(m ? m->subject : QString());
    QString state;
    if (m) {
        const auto kind = actions::kindFromCode(m->kind);
        const auto priority = actions::priorityFromCode(m->priority);
        //: kind · priority · state, e.g. "Tax form expiring · Mandatory · Open"
        state =
            tr("%1 · %2 · %3")
                .arg(kind ? actions::kindLabel(*kind) : m->kind,
                     priority ? actions::priorityLabel(*priority) : m->priority, InboxModel::stateText(*m));
        if (m->dueAt.isValid())
            state += tr(" · due %1").arg(timetext::formatDate(m->dueAt.date()));
    }
    m_ui->stateLabel->setText(state);
    m_ui->bodyView->setPlainText(m ? tr("From: %1\n\n%2").arg(m->sender, m->body) : QString());
    const bool invitation = m && m->kind == actions::kindCode(actions::Kind::Invitation);
    m_ui->openButton->setText(invitation ? tr("&Get Started") : tr("&Open"));
    m_ui->openButton->setEnabled(m && (m->enrollmentId > 0 || m->locationId > 0 ||
                                       m->kind == actions::kindCode(actions::Kind::RoleChanged)));
    const auto priority = m ? actions::priorityFromCode(m->priority) : std::nullopt;
    m_ui->dismissButton->setEnabled(m && m->open() && priority && actions::dismissable(*priority));
    m_ui->dismissButton->setToolTip(m && m->open() && !m_ui->dismissButton->isEnabled()
                                        ? tr("A mandatory action closes once it is done.")
                                        : QString());
    // A message counts as read once the user has it in front of them, not when the page loads unseen.
    if (m && !m->readAt.isValid() && isVisible()) {
        if (m_session.enrollments().markRead(m_session.actor(), m->id)) {
            const Id id = m->id;
            // Reflect the read state without losing the selection.
            m_model->reload();
            for (int r = 0; r < m_model->rowCount(); ++r)
                if (m_model->index(r, 0).data(InboxModel::MessageIdRole).toLongLong() == id) {
                    const QSignalBlocker block(m_ui->messagesView->selectionModel());
                    m_ui->messagesView->setCurrentIndex(m_model->index(r, 0));
                }
            Q_EMIT openCountChanged(int(m_model->openCount()));
        }
    }
}

} // namespace incentives::gui
