// Measures the real window as a user feels it, on one database, and prints one line per figure
// ("what<TAB>milliseconds"):
//   incentives-windowbench --database PATH|URL [--as EMAIL]   (a password from INCENTIVES_PASSWORD)
// Run it under any Qt platform (offscreen, xvfb or a desktop). Each figure waits for what the user
// would wait for: the window painted, a page painted after it is loaded, a drop-down's list
// painted, the search field repainted with a typed key, the table repainted with the rows that
// belong there. It starts the way incentives-desk does (one open, the file's structural check
// after the first paint), so the first figure is process start to the painted workspace.
#include "gui/AssignmentsPage.h"
#include "gui/LocationPicker.h"
#include "gui/MainWindow.h"
#include "gui/SignInDialog.h"
#include "gui/WaitDialog.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/Session.h"
#include "services/StartUp.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCompleter>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace incentives;

namespace {

QElapsedTimer g_clock; // since main() began

// Records when a widget was last painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget) : QObject(widget) { widget->installEventFilter(this); }
    qint64 lastPaint = -1; // ns on g_clock
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            lastPaint = g_clock.nsecsElapsed();
        return false;
    }
};

// Processes events until done() holds and the widget was painted after it first held; the
// milliseconds from start (ns on g_clock) to that paint, or -1 on timeout.
double waitPainted(QWidget* widget, qint64 start, const std::function<bool()>& done, int timeoutMs = 60000)
{
    auto* watch = new PaintWatch(widget);
    QTimer tick; // wakes the loop while a worker thread reads
    tick.start(2);
    qint64 heldSince = -1;
    QElapsedTimer limit;
    limit.start();
    double result = -1;
    while (limit.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        if (heldSince < 0 && done()) {
            heldSince = g_clock.nsecsElapsed();
            widget->update();
        }
        if (heldSince >= 0 && watch->lastPaint >= heldSince) {
            result = (watch->lastPaint - start) / 1e6;
            break;
        }
    }
    delete watch;
    return result;
}

void typeKey(QWidget* target, QChar c)
{
    const int key = c.isLetter()            ? int(c.toUpper().unicode())
                    : c == QLatin1Char(' ') ? int(Qt::Key_Space)
                                            : int(c.unicode());
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &release);
}

// Types text into a field key by key: each key's echo in the field (ms); lastKey is when the last
// key was sent (ns on g_clock).
QList<double> typeEchoed(QWidget* field, const QString& text, qint64& lastKey)
{
    QList<double> echoes;
    for (QChar c : text) {
        lastKey = g_clock.nsecsElapsed();
        typeKey(field, c);
        echoes.append(waitPainted(field, lastKey, [] { return true; }));
    }
    return echoes;
}

bool loaded(gui::WorkspaceModel* model, int row)
{
    if (model->rowCount() == 0)
        return model->totalCount() == 0 && !model->counting();
    row = qBound(0, row, model->rowCount() - 1);
    return model->data(model->index(row, gui::WorkspaceModel::ProgramColumn)).toString() !=
           gui::WorkspaceModel::tr("Loading…");
}

QTextStream out(stdout);

void report(const QString& what, double ms)
{
    out << what << '\t' << QString::number(ms, 'f', 1) << '\n';
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    g_clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("incentives-windowbench"));
    QCoreApplication::setApplicationName(QStringLiteral("incentives-windowbench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("The database file or server URL."),
                                            QStringLiteral("path"));
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Sign in as <email>."),
                                      QStringLiteral("email"), QStringLiteral("admin@northwind.example"));
    const QCommandLineOption skipOption(
        QStringLiteral("skip-page"),
        QStringLiteral("Leave out the first visit of <page> (its name as printed), or the sign-in dialog."),
        QStringLiteral("page"));
    parser.addOption(databaseOption);
    parser.addOption(asOption);
    parser.addOption(skipOption);
    parser.process(app);
    const QString path = parser.value(databaseOption);

    // As incentives-desk starts: one open, the structural check once the window is painted.
    Database::setIntegrityCheckDeferred(true);
    auto opened = startup::open(
        path,
        [](const QString&, const Error& why) {
            QTextStream(stderr) << why.message << '\n';
            return startup::Choice{};
        },
        [](const QString& what, const std::function<Status()>& work) {
            return gui::waitWithProgress(nullptr, what, work);
        });
    if (!opened)
        return 1;
    std::unique_ptr<Session> session = std::move(opened).value();
    // A database that asks for passwords takes it as incentives-cli does, from INCENTIVES_PASSWORD.
    const QString password =
        session->passwordsRequired() ? qEnvironmentVariable("INCENTIVES_PASSWORD") : QString();
    if (auto s = session->signIn(parser.value(asOption), password); !s) {
        QTextStream(stderr) << s.error().message << '\n';
        return 1;
    }
    gui::MainWindow window(*session);
    window.resize(1280, 800);
    window.show();
    window.showPage(gui::MainWindow::WorkspacePageIndex);
    gui::WorkspacePage* workspace = window.workspacePage();
    gui::WorkspaceModel* model = workspace->model();
    auto* table = workspace->findChild<QTableView*>(QStringLiteral("table"));
    report(QStringLiteral("start to the painted workspace"),
           waitPainted(table->viewport(), 0, [&] { return loaded(model, 0); }));
    model->waitForCount();

    // Each page's first visit: shown, loaded and painted, once the window is idle (the structural
    // check's verdict in and the workspace's background reads over), so that each figure is the
    // page's own work rather than its share of a busy start.
    (void)session->context().db().writable();
    {
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const QList<std::pair<gui::MainWindow::Page, QString>> pages{
        {gui::MainWindow::HomePageIndex, QStringLiteral("Home")},
        {gui::MainWindow::InboxPageIndex, QStringLiteral("Inbox")},
        {gui::MainWindow::ProfilesPageIndex, QStringLiteral("Payout and tax profiles")},
        {gui::MainWindow::AssignmentsPageIndex, QStringLiteral("Profile assignment")},
        {gui::MainWindow::UsersPageIndex, QStringLiteral("Users and roles")},
        {gui::MainWindow::AuditPageIndex, QStringLiteral("Audit log")},
        {gui::MainWindow::MyAccessPageIndex, QStringLiteral("My access")},
        {gui::MainWindow::PresenterPageIndex, QStringLiteral("Presenter tools")},
    };
    const QStringList skipped = parser.values(skipOption);
    for (const auto& [page, name] : pages) {
        if (skipped.contains(name, Qt::CaseInsensitive))
            continue;
        const qint64 start = g_clock.nsecsElapsed();
        window.showPage(page);
        QWidget* shown = window.currentPage();
        report(QStringLiteral("first visit: %1").arg(name), waitPainted(shown, start, [] { return true; }));
    }
    // The sign-in dialog (Switch user): opened with its list of people painted, then a name typed
    // into its filter, each key's echo and the last key to the filtered list painted.
    if (!skipped.contains(QStringLiteral("Sign-in dialog"), Qt::CaseInsensitive)) {
        const qint64 start = g_clock.nsecsElapsed();
        gui::SignInDialog dialog(*session, parser.value(asOption), &window);
        dialog.show();
        auto* view = dialog.findChild<QTreeView*>(QStringLiteral("usersView"));
        report(QStringLiteral("sign-in dialog: opened and painted"),
               waitPainted(view->viewport(), start, [] { return true; }));
        report(QStringLiteral("sign-in dialog: opened, people painted"),
               waitPainted(view->viewport(), start, [view] { return view->model()->rowCount() > 0; }));
        auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        filter->setFocus();
        const int everyone = view->model()->rowCount();
        qint64 last = 0;
        QList<double> echoes = typeEchoed(filter, QStringLiteral("admin 4"), last);
        const double filtered = waitPainted(
            view->viewport(), last, [view, everyone] { return view->model()->rowCount() < everyone; });
        report(QStringLiteral("sign-in filter \"admin 4\": last key to the list painted (%1 of %2 people)")
                   .arg(view->model()->rowCount())
                   .arg(everyone),
               filtered);
        std::sort(echoes.begin(), echoes.end());
        report(QStringLiteral("sign-in filter: keystroke echo, worst"), echoes.constLast());
        dialog.reject();
    }

    // The assignment page's search, done by the database: the table painted with the matches.
    if (!skipped.contains(QStringLiteral("Profile assignment"), Qt::CaseInsensitive)) {
        window.showPage(gui::MainWindow::AssignmentsPageIndex);
        gui::AssignmentsPage* assignments = window.assignmentsPage();
        auto* search = assignments->findChild<QLineEdit*>(QStringLiteral("assignmentsSearch"));
        auto* rows = assignments->findChild<QTableWidget*>(QStringLiteral("assignmentsTable"));
        for (const QString& text : {QStringLiteral("burg"), QStringLiteral("Program 042")}) {
            const qint64 start = g_clock.nsecsElapsed();
            search->setText(text);
            report(QStringLiteral("assignment search: \"%1\" set, %2 rows painted")
                       .arg(text)
                       .arg(rows->rowCount()),
                   waitPainted(rows->viewport(), start, [] { return true; }));
        }
        search->clear();
    }
    window.showPage(gui::MainWindow::WorkspacePageIndex);
    waitPainted(table->viewport(), g_clock.nsecsElapsed(), [&] { return loaded(model, 0); });

    // The drop-downs: the list painted.
    for (const char* name : {"statusFilter", "programFilter"}) {
        auto* box = workspace->findChild<QComboBox*>(QLatin1String(name));
        const qint64 start = g_clock.nsecsElapsed();
        box->showPopup();
        QAbstractItemView* list = box->view();
        report(QStringLiteral("drop-down: %1 (%2 entries)").arg(QLatin1String(name)).arg(box->count()),
               waitPainted(list->viewport(), start, [list] { return list->isVisible(); }));
        box->hidePopup();
    }
    {
        auto* picker = workspace->findChild<gui::LocationPicker*>(QStringLiteral("locationFilter"));
        picker->setFocus();
        QAbstractItemView* popup = picker->completer()->popup();
        qint64 start = 0;
        for (QChar c : QStringLiteral("burg 4")) {
            start = g_clock.nsecsElapsed();
            typeKey(picker, c);
        }
        report(QStringLiteral("location picker: \"burg 4\" typed, matches painted"),
               waitPainted(popup->viewport(), start, [popup] { return popup->isVisible(); }));
        // The first match chosen: the table filtered to it.
        const qint64 chosen = g_clock.nsecsElapsed();
        QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QApplication::sendEvent(popup, &down);
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(popup, &enter);
        report(QStringLiteral("location picker: match chosen, table painted"),
               waitPainted(table->viewport(), chosen,
                           [&] { return model->filter().locationId != 0 && loaded(model, 0); }));
        picker->clear();
        Q_EMIT picker->textEdited(QString());
        waitPainted(table->viewport(), g_clock.nsecsElapsed(), [&] { return loaded(model, 0); });
        model->waitForCount();
    }

    // A typed search: each key's echo in the field, and the last key to the table.
    {
        auto* search = workspace->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setFocus();
        qint64 last = 0;
        QList<double> echoes = typeEchoed(search, QStringLiteral("Northwind Hamburg"), last);
        const QString typed = search->text();
        report(QStringLiteral("typed search: last key to the table painted"),
               waitPainted(table->viewport(), last,
                           [&] { return model->filter().search == typed && loaded(model, 0); }));
        std::sort(echoes.begin(), echoes.end());
        report(QStringLiteral("typed search: keystroke echo, median"), echoes.at(echoes.size() / 2));
        report(QStringLiteral("typed search: keystroke echo, worst"), echoes.constLast());
        search->clear();
        waitPainted(table->viewport(), g_clock.nsecsElapsed(),
                    [&] { return model->filter().search.isEmpty() && loaded(model, 0); });
        model->waitForCount();
    }

    // The scroll bar dragged to the middle, then a little further.
    {
        QScrollBar* bar = table->verticalScrollBar();
        for (const auto& [name, fraction] : {std::pair{QStringLiteral("the middle"), 0.5},
                                             std::pair{QStringLiteral("a little further"), 0.52}}) {
            const qint64 start = g_clock.nsecsElapsed();
            bar->setValue(int(bar->maximum() * fraction));
            const int row = table->rowAt(table->viewport()->height() / 2);
            report(QStringLiteral("scroll bar dragged to %1: rows painted").arg(name),
                   waitPainted(table->viewport(), start, [&] { return loaded(model, qMax(0, row)); }));
        }
        bar->setValue(0);
    }

    // Five changes by another program in a row: each one's commit to the window repainted.
    {
        // Opened as incentives-cli opens it: no deferred check of its own, its writes go at once.
        Database::setIntegrityCheckDeferred(false);
        auto other = AppContext::open(path, Database::OpenMode::MustExist);
        if (other) {
            for (int i = 0; i < 5; ++i) {
                bool seen = false;
                const auto connection =
                    QObject::connect(session.get(), &Session::changedElsewhere, [&seen] { seen = true; });
                const qint64 start = g_clock.nsecsElapsed();
                {
                    Transaction tx((*other)->db());
                    (void)SettingsRepository((*other)->db())
                        .setValue(QStringLiteral("bench.window"), QString::number(i));
                    (void)tx.commit();
                }
                report(QStringLiteral("external change %1: commit to the window repainted").arg(i + 1),
                       waitPainted(table->viewport(), start, [&] { return seen && loaded(model, 0); }));
                QObject::disconnect(connection);
            }
        }
    }
    return 0;
}
