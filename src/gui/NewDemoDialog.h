#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace incentives::gui {

// File → New demo…: a new demo database, from the built-in demo or a demo template file, saved
// where the person chooses. The services read the template and build the demo; a template's
// mistakes are shown here, one a line, and nothing is written.
class NewDemoDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewDemoDialog)

public:
    // openDatabase: the database the window has open, which the new demo may not replace.
    explicit NewDemoDialog(const QString& openDatabase, QWidget* parent = nullptr);
    ~NewDemoDialog() override;

    // Where the new demo was built, once the dialog was accepted.
    QString createdPath() const { return m_created; }

    // Builds the demo as chosen; on success the dialog is accepted.
    void create();

private:
    void updateState();

    QString m_openDatabase;
    QString m_created;
    QRadioButton* m_builtIn;
    QRadioButton* m_fromTemplate;
    QLineEdit* m_template;
    QPushButton* m_browseTemplate;
    QLineEdit* m_target;
    QPushButton* m_browseTarget;
    QPlainTextEdit* m_problems;
    QPushButton* m_create;
};

} // namespace incentives::gui
