#include "gui/MessageBoxes.h"

#include <QPushButton>

namespace incentives::gui {

std::optional<QMessageBox::StandardButton> MessageBoxes::s_next;
QString MessageBoxes::s_lastText;

QMessageBox::StandardButton MessageBoxes::question(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_next) {
        const auto answer = *s_next;
        s_next.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

bool MessageBoxes::confirm(QWidget* parent, const QString& title, const QString& text, const QString& accept,
                           const QString& keep)
{
    s_lastText = text;
    if (s_next) {
        const auto answer = *s_next;
        s_next.reset();
        return answer == QMessageBox::Yes;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton* yes = box.addButton(accept, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = box.addButton(keep, QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("keepButton"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (s_next) {
        s_next.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (s_next) {
        s_next.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

} // namespace incentives::gui
