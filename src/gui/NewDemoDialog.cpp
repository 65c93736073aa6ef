#include "gui/NewDemoDialog.h"

#include "gui/FileDialogs.h"
#include "services/demo/DemoTemplate.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace incentives::gui {

namespace {

template <typename W> W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

NewDemoDialog::NewDemoDialog(const QString& openDatabase, QWidget* parent)
    : QDialog(parent), m_openDatabase(openDatabase)
{
    setObjectName(QStringLiteral("NewDemoDialog"));
    setWindowTitle(tr("New demo"));
    setAccessibleName(tr("New demo"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = named(new QLabel(tr("A new demo database: the built-in demo organization, or a customer's "
                                      "organization described in a demo template.")),
                        "intro", tr("About new demos"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_builtIn =
        named(new QRadioButton(tr("The &built-in demo (Contoso Ltd)")), "builtIn", tr("The built-in demo"));
    m_fromTemplate =
        named(new QRadioButton(tr("From a demo &template:")), "fromTemplate", tr("From a demo template"));
    m_builtIn->setChecked(true);
    layout->addWidget(m_builtIn);
    layout->addWidget(m_fromTemplate);
    auto* templateRow = new QHBoxLayout;
    m_template = named(new QLineEdit, "templatePath", tr("Demo template file"));
    m_template->setPlaceholderText(tr("A demo template file (.json)"));
    m_browseTemplate = named(new QPushButton(tr("Choose…")), "browseTemplate", tr("Choose a demo template"));
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_browseTemplate);
    layout->addLayout(templateRow);

    auto* targetLabel =
        named(new QLabel(tr("&Save the new database as:")), "targetLabel", tr("Save the new database as"));
    layout->addWidget(targetLabel);
    auto* targetRow = new QHBoxLayout;
    m_target = named(new QLineEdit, "targetPath", tr("New database file"));
    targetLabel->setBuddy(m_target);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_target->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("demo.db")));
    m_browseTarget = named(new QPushButton(tr("Choose…")), "browseTarget", tr("Choose where to save"));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browseTarget);
    layout->addLayout(targetRow);

    m_problems = named(new QPlainTextEdit, "problems", tr("What stops the demo"));
    m_problems->setReadOnly(true);
    m_problems->setMinimumHeight(m_problems->fontMetrics().height() * 8);
    m_problems->hide();
    layout->addWidget(m_problems);
    layout->addStretch(1);

    auto* buttons = named(new QDialogButtonBox(QDialogButtonBox::Cancel), "buttons", tr("Dialog buttons"));
    m_create = named(buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole), "create", tr("Create"));
    m_create->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewDemoDialog::create);
    connect(m_fromTemplate, &QRadioButton::toggled, this, &NewDemoDialog::updateState);
    connect(m_template, &QLineEdit::textChanged, this, &NewDemoDialog::updateState);
    connect(m_target, &QLineEdit::textChanged, this, &NewDemoDialog::updateState);
    connect(m_browseTemplate, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Choose a demo template"), m_template->text(),
                                                       tr("Demo templates (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            m_template->setText(path);
            m_fromTemplate->setChecked(true);
        }
    });
    connect(m_browseTarget, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, tr("Save the new demo as"), m_target->text(),
                                                       tr("Incentives Desk databases (*.db)"));
        if (!path.isEmpty())
            m_target->setText(path);
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    updateState();
}

NewDemoDialog::~NewDemoDialog() = default;

void NewDemoDialog::updateState()
{
    m_template->setEnabled(m_fromTemplate->isChecked());
    m_browseTemplate->setEnabled(m_fromTemplate->isChecked());
    m_create->setEnabled(!m_target->text().trimmed().isEmpty() &&
                         (!m_fromTemplate->isChecked() || !m_template->text().trimmed().isEmpty()));
}

void NewDemoDialog::create()
{
    const QString target = QFileInfo(m_target->text().trimmed()).absoluteFilePath();
    const auto show = [this](const QString& text) {
        m_problems->setPlainText(text);
        m_problems->setVisible(!text.isEmpty());
        if (!text.isEmpty())
            adjustSize();
    };
    if (!m_openDatabase.isEmpty() && QFileInfo(m_openDatabase).absoluteFilePath() == target) {
        show(tr("This is the database the window has open; choose another file."));
        return;
    }
    show({});
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status made = demotemplate::createDemo(
        target, m_fromTemplate->isChecked() ? m_template->text().trimmed() : QString());
    QGuiApplication::restoreOverrideCursor();
    if (!made) {
        show(made.error().message);
        return;
    }
    m_created = target;
    accept();
}

} // namespace incentives::gui
