#include "gui/WaitDialog.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace incentives::gui {

namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WaitDialog)
};

// A dialog that stays until the work is over: Escape and the title bar's close do nothing.
class Dialog : public QDialog
{
public:
    using QDialog::QDialog;
    bool workDone = false;

protected:
    void reject() override
    {
        if (workDone)
            QDialog::reject();
    }
    void closeEvent(QCloseEvent* event) override
    {
        if (workDone)
            event->accept();
        else
            event->ignore();
    }
};

} // namespace

Status waitWithProgress(QWidget* parent, const QString& what, const std::function<Status()>& work)
{
    Status outcome; // written by the thread, read once it has finished
    std::unique_ptr<QThread> worker(QThread::create([&outcome, &work] { outcome = work(); }));

    Dialog dialog(parent);
    dialog.setObjectName(QStringLiteral("waitDialog"));
    dialog.setWindowTitle(Tr::tr("Incentives Desk"));
    dialog.setAccessibleName(Tr::tr("Please wait"));
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(what, &dialog);
    label->setObjectName(QStringLiteral("waitLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleName(what);
    auto* bar = new QProgressBar(&dialog);
    bar->setObjectName(QStringLiteral("waitBar"));
    bar->setAccessibleName(Tr::tr("Please wait"));
    bar->setRange(0, 0); // busy: how far along an upgrade is cannot be told
    bar->setTextVisible(false);
    layout->addWidget(label);
    layout->addWidget(bar);
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60);

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, [&] {
        dialog.workDone = true;
        loop.quit();
    });
    // Shown once the work has taken a moment, so that a quick one flashes nothing.
    QTimer::singleShot(400, &dialog, [&] {
        if (!dialog.workDone)
            dialog.show();
    });
    worker->start();
    loop.exec();
    worker->wait();
    dialog.hide();
    return outcome;
}

} // namespace incentives::gui
