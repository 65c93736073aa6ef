#include "gui/GettingStartedPage.h"

#include "core/Types.h"
#include "ui_GettingStartedPage.h"

#include <QDesktopServices>
#include <QUrl>

namespace incentives::gui {
namespace {

QString link(const QString& screen, const QString& text)
{
    return QStringLiteral("<a href=\"screen:%1\">%2</a>").arg(screen, text.toHtmlEscaped());
}

} // namespace

GettingStartedPage::GettingStartedPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::GettingStartedPage>())
{
    m_ui->setupUi(this);
    m_ui->guideBrowser->document()->setDocumentMargin(fontMetrics().height());
    connect(m_ui->guideBrowser, &QTextBrowser::anchorClicked, this, &GettingStartedPage::linkActivated);
    m_ui->guideBrowser->setHtml(html(m_demo));
}

GettingStartedPage::~GettingStartedPage() = default;

void GettingStartedPage::setDemo(bool demo)
{
    if (demo == m_demo)
        return;
    m_demo = demo;
    m_ui->guideBrowser->setHtml(html(m_demo));
}

void GettingStartedPage::linkActivated(const QUrl& url)
{
    if (url.scheme() == QLatin1String("screen"))
        Q_EMIT screenRequested(url.path());
    else if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

QString GettingStartedPage::html(bool demo)
{
    QString h = QStringLiteral("<h1>%1</h1>").arg(tr("Getting started"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Incentives Desk follows Partner Center's incentive enrollment step by step. Each step "
                     "below links to the screen where it is done."));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("1. Roles: who may enroll"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Only an <b>Incentives admin</b> enrolls a location in incentive programs, and each "
                     "location PartnerID has at most one. An <b>Account admin</b> assigns the role, to "
                     "someone else or to themselves, in %1. An <b>Incentives user</b> sees the workspace of "
                     "their locations but cannot enroll or see full bank details. %2 shows what you hold.")
                      .arg(link(QStringLiteral("users"), tr("Users and roles")),
                           link(QStringLiteral("myaccess"), tr("My access"))));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("2. The enrollment invitation"));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("When a location becomes eligible for a program, its Incentives admin receives the email "
                    "<i>Partner Incentive Enrollment Invitation</i> from Microsoft Partner Center in the %1; "
                    "<b>Get Started</b> opens the invitation. It is also shown once on %2, and <b>Enroll</b> "
                    "in the %3 always works. Programs open to all send no email: their invitation is shown "
                    "in the workspace only. A location without an Incentives admin keeps its invitations "
                    "until an Account admin assigns one.")
                     .arg(link(QStringLiteral("inbox"), tr("Inbox")),
                          link(QStringLiteral("home"), tr("Home")),
                          link(QStringLiteral("workspace"), tr("Incentives workspace"))));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("3. Payout and tax profiles"));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("The invitation shows the location's default bank profile and its tax profile. When "
                    "everything the program needs is on file, select <b>Submit</b>; otherwise "
                    "<b>Continue</b> opens %1 with the missing parts marked. Accepting an invitation alone "
                    "never enrolls: Microsoft validates the profiles first, within 48 hours. Profiles can be "
                    "edited at any time, and an edit sends the enrollments that use them back to validation.")
                     .arg(link(QStringLiteral("profiles"), tr("Payout and tax profiles"))));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("4. Statuses"));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("The Status column of the %1 says where each enrollment stands, and the Actions required "
                    "column what to do next:")
                     .arg(link(QStringLiteral("workspace"), tr("Incentives workspace"))));
    const QList<std::pair<EnrollmentStatus, QString>> statuses{
        {EnrollmentStatus::Invited, tr("an invitation was sent; enrollment has not started.")},
        {EnrollmentStatus::Enrolling,
         tr("the invitation was accepted; bank or tax details are missing, outdated or rejected.")},
        {EnrollmentStatus::Validating, tr("the details were submitted or changed; Microsoft validates them "
                                          "within 48 hours.")},
        {EnrollmentStatus::Enrolled, tr("bank and tax details are validated; nothing more to do.")},
        {EnrollmentStatus::Ineligible,
         tr("the location misses current eligibility criteria; <i>See eligibility requirements</i> lists "
            "them.")},
        {EnrollmentStatus::Inactive, tr("the program is not open, or re-enrollment failed (for example, the "
                                        "agreement expired).")},
        {EnrollmentStatus::Discontinued, tr("the program is no longer offered.")},
    };
    h += QStringLiteral("<ul>");
    for (const auto& [status, meaning] : statuses)
        h += QStringLiteral("<li><b>%1</b>: %2</li>").arg(statusLabel(status).toHtmlEscaped(), meaning);
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2>").arg(tr("5. Expiry and automatic renewal"));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Microsoft's fiscal year runs from 1 July to 30 June, and enrollments expire at its end. "
                    "On 1 July an Enrolled enrollment renews by itself when the location is still eligible, "
                    "its agreement is active, and its payout and tax details are complete and valid. "
                    "Otherwise it becomes Inactive or Enrolling, with the reason in Actions required."));
    if (demo)
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("In this demo database, the %1 move the clock (for example to the fiscal-year end) "
                         "and play Microsoft's validation, and the %2 walk through each step.")
                          .arg(link(QStringLiteral("presenter"), tr("Presenter tools")),
                               link(QStringLiteral("scenarios"), tr("guided scenarios"))));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Records and printouts"));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(
                tr("Every change is recorded in the %1. File → Export workspace saves the workspace as it is "
                   "filtered to a CSV file, and a %2 prints a location's enrollments and profiles. "
                   "Language, auto-lock and the default database are in %3.")
                    .arg(link(QStringLiteral("audit"), tr("Audit log")),
                         link(QStringLiteral("summary"), tr("location summary")),
                         link(QStringLiteral("settings"), tr("Settings"))));
    return h;
}

} // namespace incentives::gui
