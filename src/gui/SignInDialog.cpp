#include "gui/SignInDialog.h"

#include "gui/ChangePasswordDialog.h"
#include "gui/FormSupport.h"
#include "services/Session.h"
#include "ui_SignInDialog.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <algorithm>
#include <vector>

namespace incentives::gui {

SignInDialog::SignInDialog(Session& session, const QString& preselect, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_session(session),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    nameDialogButtons(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->usersView->setModel(m_proxy);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!m_ui->usersView->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_ui->usersView->setCurrentIndex(m_proxy->index(0, 0));
        updateButtons();
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
    load(preselect);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SignInDialog::updateButtons);
    updateButtons();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::load(const QString& preselect)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Roles")});
    // Everyone is listed here: the dialog stands in for Partner Center's own sign-in.
    auto users = m_session.directory().signInChoices();
    auto partnerIds = m_session.directory().partnerIds();
    if (!users || !partnerIds)
        return;
    // In the order a person reads names: "Admin 2" before "Admin 10", accents and case aside.
    // The C locale compares code points whatever the options: English rules stand in for it.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Each name's and address's sort key made once: tens of thousands of people sort in a blink.
    std::vector<std::pair<QCollatorSortKey, QCollatorSortKey>> keys;
    std::vector<qsizetype> order;
    keys.reserve(users->size());
    order.reserve(users->size());
    for (qsizetype i = 0; i < users->size(); ++i) {
        keys.emplace_back(collator.sortKey(users->at(i).user.name),
                          collator.sortKey(users->at(i).user.email));
        order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) {
        const int byName = keys[a].first.compare(keys[b].first);
        return byName != 0 ? byName < 0 : keys[a].second.compare(keys[b].second) < 0;
    });
    // Filled apart from the filter and the view, which would otherwise follow every row.
    m_proxy->setSourceModel(nullptr);
    QStandardItem* selected = nullptr;
    for (qsizetype i : order) {
        const UserView& view = users->at(i);
        const User& u = view.user;
        const QStringList described = view.describeRoles(*partnerIds);
        auto* name = new QStandardItem(u.name);
        name->setData(u.email, Qt::UserRole);
        auto* email = new QStandardItem(u.email);
        auto* roleItem = new QStandardItem(described.isEmpty() ? tr("No incentives role")
                                                               : described.join(QStringLiteral(", ")));
        roleItem->setToolTip(roleItem->text());
        m_model->appendRow({name, email, roleItem});
        if (u.email == preselect)
            selected = name;
    }
    m_proxy->setSourceModel(m_model);
    const QModelIndex select = selected ? m_proxy->mapFromSource(selected->index()) : QModelIndex();
    m_ui->usersView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->usersView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->usersView->setCurrentIndex(select.isValid() ? select : m_proxy->index(0, 0));
}

QString SignInDialog::selectedEmail() const
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy->index(current.row(), 0).data(Qt::UserRole).toString();
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
    for (int r = m_model->rowCount() - 1; r >= 0; --r)
        if (m_model->item(r, 0)->data(Qt::UserRole).toString() != email)
            m_model->removeRow(r);
    m_ui->usersView->setCurrentIndex(m_proxy->index(0, 0));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    updateButtons();
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
