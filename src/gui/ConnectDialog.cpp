#include "gui/ConnectDialog.h"

#include "gui/FormSupport.h"
#include "gui/ServerConnections.h"
#include "ui_ConnectDialog.h"

#include <QApplication>
#include <QPushButton>

namespace incentives::gui {

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    QPushButton* connectButton = m_ui->buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    m_ui->sslCombo->addItem(tr("Use it when the server offers it"), QStringLiteral("prefer"));
    m_ui->sslCombo->addItem(tr("Require it"), QStringLiteral("require"));
    m_ui->sslCombo->addItem(tr("Require it and verify the server's certificate"),
                            QStringLiteral("verify-full"));
    m_ui->sslCombo->addItem(tr("Never (trusted networks only)"), QStringLiteral("disable"));

    m_ui->profileCombo->addItem(tr("New connection"));
    for (const ServerProfile& p : serverprofiles::load())
        m_ui->profileCombo->addItem(p.name, p.url());
    for (QLabel* error : {m_ui->nameError, m_ui->hostError, m_ui->databaseError, m_ui->userError,
                          m_ui->passwordError, m_ui->connectError})
        styleAsError(error);

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::showProfile);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ConnectDialog::forgetProfile);
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            checkForm(true);
        });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showProfile(m_ui->profileCombo->count() > 1 ? 1 : 0);
    if (m_ui->profileCombo->count() > 1)
        m_ui->profileCombo->setCurrentIndex(1);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setUrl(const QString& url)
{
    const ServerProfile p = ServerProfile::fromUrl(url);
    if (p.host.isEmpty() && p.database.isEmpty())
        return;
    for (int i = 1; i < m_ui->profileCombo->count(); ++i)
        if (m_ui->profileCombo->itemData(i).toString() == p.url()) {
            m_ui->profileCombo->setCurrentIndex(i);
            return;
        }
    m_ui->profileCombo->setCurrentIndex(0);
    fillForm(p);
}

void ConnectDialog::fillForm(const ServerProfile& p)
{
    m_ui->nameEdit->setText(p.name);
    m_ui->hostEdit->setText(p.host);
    m_ui->portSpin->setValue(p.port);
    m_ui->databaseEdit->setText(p.database);
    m_ui->userEdit->setText(p.user);
    m_ui->sslCombo->setCurrentIndex(qMax(0, m_ui->sslCombo->findData(p.sslMode)));
}

void ConnectDialog::showError(const Error& error)
{
    QLabel* where = error.field == QLatin1String("password") ? m_ui->passwordError : m_ui->connectError;
    where->setText(QStringLiteral("⚠ ") + error.message);
    where->setVisible(true);
    if (where == m_ui->passwordError)
        m_ui->passwordEdit->setFocus();
}

Result<std::unique_ptr<AppContext>> ConnectDialog::openWithKeptPassword(const QString& url)
{
    const QString plain = ServerProfile::fromUrl(url).url();
    for (const ServerProfile& saved : serverprofiles::load())
        if (saved.keepPassword && saved.url() == plain)
            if (auto kept = keychain::readPassword(plain); kept && !kept->isEmpty())
                Database::rememberPassword(plain, *kept);
    return AppContext::open(url, Database::OpenMode::MustExist);
}

void ConnectDialog::showProfile(int index)
{
    ServerProfile p;
    for (const ServerProfile& saved : serverprofiles::load())
        if (index > 0 && saved.name == m_ui->profileCombo->itemText(index))
            p = saved;
    m_ui->forgetButton->setEnabled(index > 0);
    fillForm(p);
    m_ui->rememberCheck->setChecked(p.keepPassword);
    m_ui->passwordEdit->clear();
    m_touched = false;
    checkForm(false);
}

void ConnectDialog::forgetProfile()
{
    const int index = m_ui->profileCombo->currentIndex();
    if (index <= 0)
        return;
    const QString name = m_ui->profileCombo->itemText(index);
    for (const ServerProfile& saved : serverprofiles::load())
        if (saved.name == name && saved.keepPassword)
            keychain::deletePassword(saved.url());
    serverprofiles::forget(name);
    m_ui->profileCombo->removeItem(index);
    m_ui->profileCombo->setCurrentIndex(0);
}

ServerProfile ConnectDialog::profileFromForm() const
{
    ServerProfile p;
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.sslMode = m_ui->sslCombo->currentData().toString();
    p.keepPassword = m_ui->rememberCheck->isChecked();
    p.name = m_ui->nameEdit->text().trimmed();
    if (p.name.isEmpty())
        p.name = tr("%1 on %2").arg(p.database, p.host);
    return p;
}

bool ConnectDialog::checkForm(bool showErrors)
{
    const auto check = [&](QLabel* error, const QLineEdit* edit, const QString& message) {
        const bool missing = edit->text().trimmed().isEmpty();
        const bool show = missing && showErrors && (m_touched || !edit->isModified());
        error->setText(show ? QStringLiteral("⚠ ") + message : QString());
        error->setVisible(show);
        return !missing;
    };
    bool ok = check(m_ui->hostError, m_ui->hostEdit, tr("Enter the server's host name."));
    ok = check(m_ui->databaseError, m_ui->databaseEdit, tr("Enter the name of the database.")) && ok;
    ok = check(m_ui->userError, m_ui->userEdit, tr("Enter the database user name.")) && ok;
    return ok;
}

void ConnectDialog::accept()
{
    m_ui->passwordError->setVisible(false);
    m_ui->connectError->setVisible(false);
    if (!checkForm(true))
        return;
    const ServerProfile profile = profileFromForm();
    const QString url = profile.url();
    QString password = m_ui->passwordEdit->text();
    if (password.isEmpty() && profile.keepPassword)
        if (auto kept = keychain::readPassword(url))
            password = *kept;
    Database::rememberPassword(url, password);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto ctx = AppContext::open(url, Database::OpenMode::MustExist);
    QApplication::restoreOverrideCursor();
    if (!ctx) {
        showError(ctx.error());
        return;
    }
    bool keptBefore = false;
    for (const ServerProfile& saved : serverprofiles::load())
        keptBefore = keptBefore || (saved.url() == url && saved.keepPassword);
    serverprofiles::remember(profile);
    if (profile.keepPassword && !m_ui->passwordEdit->text().isEmpty()) {
        if (auto kept = keychain::writePassword(url, password); !kept)
            m_warning = tr("Connected, but the password could not be kept in the keychain: %1")
                            .arg(kept.error().message);
    } else if (!profile.keepPassword && keptBefore) {
        keychain::deletePassword(url);
    }
    m_ctx = std::move(ctx).value();
    m_url = url;
    QDialog::accept();
}

} // namespace incentives::gui
