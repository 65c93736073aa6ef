#include "gui/SettingsDialog.h"

#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/FormSupport.h"
#include "services/AppContext.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace incentives::gui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    const QString system = QLocale::system().nativeLanguageName();
    m_ui->languageCombo->addItem(
        system.isEmpty() ? tr("System language") : tr("System language (%1)").arg(system), QString());
    for (const auto& [code, name] : settings::languages())
        m_ui->languageCombo->addItem(name, code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(settings::language())));

    for (int minutes : settings::autoLockChoices())
        m_ui->autoLockCombo->addItem(minutes == 0 ? tr("Never") : tr("%1 minutes").arg(minutes), minutes);
    const int lock = m_ui->autoLockCombo->findData(settings::autoLockMinutes());
    m_ui->autoLockCombo->setCurrentIndex(qMax(0, lock));

    m_ui->databaseEdit->setPlaceholderText(AppContext::defaultDatabasePath());
    m_ui->databaseEdit->setText(settings::chosenDatabasePath());
    m_ui->clockCheck->setChecked(settings::showClock());
    styleAsError(m_ui->databaseError);

    connect(m_ui->databaseEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->browseDatabaseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->standardDatabaseButton, &QPushButton::clicked, m_ui->databaseEdit, &QLineEdit::clear);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::databaseProblem() const
{
    const QString path = m_ui->databaseEdit->text().trimmed();
    if (path.isEmpty())
        return {};
    if (!QDir::isAbsolutePath(QDir::fromNativeSeparators(path)))
        return tr("Give the full path of the database file, starting with /.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("This is a folder; give the path of a database file in it.");
    if (!info.dir().exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

void SettingsDialog::validate()
{
    const QString problem = databaseProblem();
    m_ui->databaseError->setText(problem);
    m_ui->databaseError->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::browse()
{
    const QString current = m_ui->databaseEdit->text().trimmed();
    const QString path = FileDialogs::saveFileName(
        this, tr("Default database"), current.isEmpty() ? AppContext::defaultDatabasePath() : current,
        tr("Incentives Desk databases (*.db);;All files (*)"), false);
    if (!path.isEmpty())
        m_ui->databaseEdit->setText(QDir::toNativeSeparators(path));
}

SettingsDialog::Changes SettingsDialog::apply()
{
    Changes changes;
    const QString language = m_ui->languageCombo->currentData().toString();
    changes.language = language != settings::language();
    settings::setLanguage(language);

    const int minutes = m_ui->autoLockCombo->currentData().toInt();
    changes.autoLock = minutes != settings::autoLockMinutes();
    settings::setAutoLockMinutes(minutes);

    const QString database = QDir::fromNativeSeparators(m_ui->databaseEdit->text().trimmed());
    changes.database = database != settings::chosenDatabasePath();
    settings::setDatabasePath(database);

    const bool clock = m_ui->clockCheck->isChecked();
    changes.clock = clock != settings::showClock();
    settings::setShowClock(clock);
    return changes;
}

} // namespace incentives::gui
