#pragma once

#include <QMessageBox>

#include <optional>

namespace incentives::gui {

// Every question and warning the app asks goes through here, so that a test can answer in advance
// instead of facing a modal box.
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // A question answered with two buttons of the app's own words; true: accept. A test answers
    // it in advance with Yes (accept) or anything else.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& accept,
                        const QString& keep);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests: the answer the next box gets; it is shown nowhere. Cleared after use.
    static void answerNext(QMessageBox::StandardButton answer) { s_next = answer; }
    static QString lastText() { return s_lastText; }

private:
    static std::optional<QMessageBox::StandardButton> s_next;
    static QString s_lastText;
};

} // namespace incentives::gui
