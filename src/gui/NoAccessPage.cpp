#include "gui/NoAccessPage.h"

#include "services/Session.h"
#include "ui_NoAccessPage.h"

namespace incentives::gui {

NoAccessPage::NoAccessPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NoAccessPage>()), m_session(session)
{
    m_ui->setupUi(this);
}

NoAccessPage::~NoAccessPage() = default;

void NoAccessPage::reload()
{
    m_ui->adminsList->clear();
    auto admins = m_session.directory().accountAdmins();
    if (!admins)
        return;
    for (const User& u : *admins)
        m_ui->adminsList->addItem(QStringLiteral("%1 <%2>").arg(u.name, u.email));
}

} // namespace incentives::gui
