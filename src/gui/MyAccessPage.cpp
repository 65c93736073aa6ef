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
    // The user's own roles and the locations they name: never the whole organization.
    if (auto mine = m_session.directory().myRoles(m_session.actor()))
        for (const RoleAssignment& r : mine->roles)
            m_ui->rolesList->addItem(
                isOrganizationWide(r.role)
                    ? tr("%1 — the whole organization").arg(roleLabel(r.role))
                    : tr("%1 — %2").arg(roleLabel(r.role), mine->locations.value(r.locationId)));
    if (m_ui->rolesList->count() == 0)
        m_ui->rolesList->addItem(tr("You hold no incentives role yet."));
    if (auto admins = m_session.directory().accountAdmins())
        for (const User& u : *admins)
            m_ui->adminsList->addItem(QStringLiteral("%1 <%2>").arg(u.name, u.email));
}

} // namespace incentives::gui
