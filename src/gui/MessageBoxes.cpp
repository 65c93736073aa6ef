#include "gui/MessageBoxes.h"

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
