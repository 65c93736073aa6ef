#include "gui/MyAccessPage.h"

#include "services/Session.h"
#include "ui_MyAccessPage.h"

namespace incentives::gui {

MyAccessPage::MyAccessPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MyAccessPage>()), m_session(session)
{
    m_ui->setupUi(this);
}

MyAccessPage::~MyAccessPage() = default;

void MyAccessPage::reload()
{
    m_ui->rolesList->clear();
    m_ui->adminsList->clear();
    if (!m_session.signedIn())
        return;
    auto users = m_session.directory().users(m_session.actor());
    auto locations = m_session.directory().locations(m_session.actor());
    QHash<Id, QString> names;
    if (locations)
        for (const LocationView& v : *locations)
            names.insert(v.location.id, QStringLiteral("%1 — %2").arg(v.location.partnerId, v.location.name));
    if (users)
        for (const UserView& v : *users) {
            if (v.user.id != m_session.actor().userId)
                continue;
            for (const RoleAssignment& r : v.roles)
                m_ui->rolesList->addItem(
                    isOrganizationWide(r.role)
                        ? tr("%1 — the whole organization").arg(roleLabel(r.role))
                        : tr("%1 — %2").arg(roleLabel(r.role), names.value(r.locationId)));
        }
    if (m_ui->rolesList->count() == 0)
        m_ui->rolesList->addItem(tr("You hold no incentives role yet."));
    if (auto admins = m_session.directory().accountAdmins())
        for (const User& u : *admins)
            m_ui->adminsList->addItem(QStringLiteral("%1 <%2>").arg(u.name, u.email));
}

} // namespace incentives::gui
