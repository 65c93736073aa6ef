#include "gui/SignInDialog.h"

#include "gui/ChangePasswordDialog.h"
#include "gui/FormSupport.h"
#include "services/Session.h"
#include "ui_SignInDialog.h"

#include "gui/CountWorker.h"
#include "gui/WorkspaceModel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTimer>

namespace incentives::gui {

SignInDialog::SignInDialog(Session& session, const QString& preselect, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_session(session),
      m_model(new PeopleModel(this)), m_filterTimer(new QTimer(this)), m_preselect(preselect)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    nameDialogButtons(this);
    m_ui->usersView->setModel(m_model);
    // The people are many at most a few columns wide: the widths come from the header and the
    // first rows, not from measuring every row.
    m_ui->usersView->header()->setResizeContentsPrecision(200);
    // A few people are filtered key by key; thousands once the typing pauses, so that every key
    // shows at once.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(60);
    connect(m_filterTimer, &QTimer::timeout, this, &SignInDialog::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] {
        if (m_worker)
            m_filterTimer->start();
        else
            applyFilter();
    });
    connect(m_ui->usersView, &QTreeView::doubleClicked, this, &SignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    const bool passwords = m_session.passwordsRequired();
    m_ui->passwordLabel->setVisible(passwords);
    m_ui->passwordEdit->setVisible(passwords);
    if (!passwords)
        m_ui->heading->setText(
            tr("This is a demo database: choose who you are, no password needed. What you may see "
               "and do follows that user's roles."));
    styleAsError(m_ui->errorLabel);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SignInDialog::updateButtons);
    load();
    updateButtons();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::load()
{
    // Everyone is listed here: the dialog stands in for Partner Center's own sign-in. An
    // organization of thousands is read and arranged on a thread of its own, the dialog open
    // meanwhile; a small one at once.
    const auto size = m_session.enrollments().sizeHint();
    if (size && *size <= WorkspaceModel::kCountInline) {
        if (auto people = PeopleModel::arrange(m_session.directory()))
            showPeople(*people);
        return;
    }
    m_worker = std::make_unique<CountWorker>(m_session.context().db().path());
    connect(m_worker.get(), &CountWorker::peopleLoaded, this,
            [this](quint64, const QList<Person>& people, const QString& error) {
                m_ui->usersView->setEnabled(true);
                m_ui->filterEdit->setPlaceholderText(m_filterHint);
                if (!error.isEmpty()) {
                    m_ui->errorLabel->setText(QStringLiteral("⚠ ") + error);
                    m_ui->errorLabel->setVisible(true);
                }
                showPeople(people);
            });
    m_filterHint = m_ui->filterEdit->placeholderText();
    m_ui->filterEdit->setPlaceholderText(tr("Loading the people of this organization…"));
    m_ui->usersView->setEnabled(false);
    m_worker->requestPeople(1);
}

void SignInDialog::showPeople(const QList<Person>& people)
{
    m_model->setPeople(people);
    m_ui->usersView->header()->setSectionResizeMode(PeopleModel::NameColumn, QHeaderView::ResizeToContents);
    m_ui->usersView->header()->setSectionResizeMode(PeopleModel::EmailColumn, QHeaderView::ResizeToContents);
    select(m_preselect);
}

void SignInDialog::applyFilter()
{
    const QString chosen = selectedEmail();
    m_model->setFilter(m_ui->filterEdit->text());
    select(chosen);
}

void SignInDialog::select(const QString& email)
{
    const int row = email.isEmpty() ? -1 : m_model->rowOf(email);
    if (row >= 0)
        m_ui->usersView->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0)
        m_ui->usersView->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

QString SignInDialog::selectedEmail() const
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    return current.isValid() ? m_model->emailAt(current.row()) : QString();
}

void SignInDialog::lockTo(const QString& email, bool afterInactivity)
{
    setWindowTitle(tr("Locked")); // the window system adds the application's name
    m_ui->heading->setText(
        afterInactivity
            ? tr("Incentives Desk locked itself after a period of inactivity. Sign in again as %1 "
                 "to go on where you left off.")
                  .arg(email)
            : tr("You locked Incentives Desk. Sign in again as %1 to go on where you left off.").arg(email));
    m_ui->filterEdit->hide();
    m_preselect = email;
    m_model->restrictTo(email);
    select(email);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
}

void SignInDialog::accept()
{
    const QString email = selectedEmail();
    if (email.isEmpty())
        return;
    auto signedIn = m_session.signIn(email, m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (!signedIn) {
        m_ui->errorLabel->setText(QStringLiteral("⚠ ") + signedIn.error().message);
        m_ui->errorLabel->setVisible(true);
        return;
    }
    if (*signedIn) {
        ChangePasswordDialog change(m_session, true, this);
        change.setObjectName(QStringLiteral("changePasswordDialog"));
        if (change.exec() != QDialog::Accepted) {
            m_session.signOut();
            m_ui->errorLabel->setText(tr("⚠ Choose a new password to go on."));
            m_ui->errorLabel->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

void SignInDialog::updateButtons()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedEmail().isEmpty());
}

} // namespace incentives::gui
