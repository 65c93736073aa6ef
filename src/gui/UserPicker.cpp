#include "gui/UserPicker.h"

#include "services/Session.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace incentives::gui {
namespace {

enum Roles
{
    EmailRole = Qt::UserRole + 1
};

QString labelOf(const User& u)
{
    return QStringLiteral("%1 <%2>").arg(u.name, u.email);
}

} // namespace

UserPicker::UserPicker(QWidget* parent)
    : QLineEdit(parent), m_matches(new QStandardItemModel(this)), m_completer(new QCompleter(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Everyone — type a name or email address"));
    m_completer->setModel(m_matches);
    // The model holds the database's matches already: the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("userMatches"));
    m_completer->popup()->setAccessibleName(tr("Matching users"));
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &UserPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(EmailRole).toString(), index.data(Qt::DisplayRole).toString());
            });
    connect(this, &QLineEdit::returnPressed, this, &UserPicker::chooseTyped);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field with a half-typed text keeps the user chosen before.
        if (!m_completer->popup()->isVisible() && text() != m_label && !text().isEmpty())
            setText(m_label);
    });
}

UserPicker::~UserPicker() = default;

void UserPicker::setSession(Session& session)
{
    m_session = &session;
}

void UserPicker::reset()
{
    m_email.clear();
    m_label.clear();
    m_matches->clear();
    setText({});
}

void UserPicker::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_matches->clear();
        if (!m_email.isEmpty())
            choose({}, {});
        return;
    }
    if (!m_session)
        return;
    DirectorySearch find;
    find.text = text;
    find.limit = kMatches;
    m_matches->clear();
    auto page = m_session->directory().findUsers(m_session->actor(), find);
    if (!page)
        return;
    for (const UserView& v : page->users) {
        auto* item = new QStandardItem(labelOf(v.user));
        item->setData(v.user.email, EmailRole);
        m_matches->appendRow(item);
    }
    if (page->more) {
        auto* more = new QStandardItem(tr("More users match: type more of the name or email address"));
        more->setFlags(Qt::NoItemFlags);
        m_matches->appendRow(more);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void UserPicker::chooseTyped()
{
    if (text().trimmed().isEmpty() || text() == m_label)
        return;
    // Enter without choosing from the list: the only match, or the email address typed in full.
    const QString typed = text().trimmed();
    for (int r = 0; r < m_matches->rowCount(); ++r) {
        const QStandardItem* item = m_matches->item(r);
        const QString email = item->data(EmailRole).toString();
        if (!email.isEmpty() &&
            (email.compare(typed, Qt::CaseInsensitive) == 0 || m_matches->rowCount() == 1)) {
            choose(email, item->text());
            m_completer->popup()->hide();
            return;
        }
    }
}

void UserPicker::choose(const QString& email, const QString& label)
{
    m_email = email;
    m_label = label;
    if (text() != label)
        setText(label);
    Q_EMIT userChosen(email);
}

} // namespace incentives::gui
