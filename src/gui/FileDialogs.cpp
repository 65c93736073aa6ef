#include "gui/FileDialogs.h"

#include <QFileDialog>

namespace incentives::gui {

std::optional<QString> FileDialogs::s_next;

QString FileDialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                  const QString& filter, bool confirmOverwrite)
{
    if (s_next) {
        const QString answer = *s_next;
        s_next.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(
        parent, title, suggested, filter, nullptr,
        confirmOverwrite ? QFileDialog::Options() : QFileDialog::Options(QFileDialog::DontConfirmOverwrite));
}

QString FileDialogs::openFileName(QWidget* parent, const QString& title, const QString& start,
                                  const QString& filter)
{
    if (s_next) {
        const QString answer = *s_next;
        s_next.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

} // namespace incentives::gui
