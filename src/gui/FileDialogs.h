#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace incentives::gui {

// The app's file choosers, so that a test can give the answer in advance (as with MessageBoxes)
// instead of facing a modal dialog.
class FileDialogs
{
public:
    // A file name to write to, or empty when the user cancelled.
    // confirmOverwrite: ask before an existing file is chosen (not when choosing a file to open later).
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter, bool confirmOverwrite = true);
    // A file name to open, or empty when the user cancelled.
    static QString openFileName(QWidget* parent, const QString& title, const QString& start,
                                const QString& filter);

    // Tests: the path the next chooser returns (empty: as if cancelled); cleared after use.
    static void answerNext(const QString& path) { s_next = path; }

private:
    static std::optional<QString> s_next;
};

} // namespace incentives::gui
