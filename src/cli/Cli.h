#pragma once

#include "core/Result.h"
#include "services/AppContext.h"
#include "services/MaintenanceService.h"
#include "services/Session.h"

#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace incentives::cli {

class Args;

// incentives-cli: every verb a user has in the GUI, through the same services.
// Exit codes: 0 done; 1 refused (invalid input, not allowed, wrong state), with one line on
// stderr and nothing changed; 2 usage error.
class Cli
{
public:
    enum Exit
    {
        Ok = 0,
        Refused = 1,
        UsageError = 2
    };

    Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    int run(const QStringList& arguments); // without the program name

    // One option of a command: --name PLACEHOLDER, or a flag when the placeholder is empty.
    struct Option
    {
        QString name;
        QString placeholder; // what the value is, or its choices (a|b)
    };
    using Handler = int (Cli::*)(Args&);
    // One command: everything the help, the dispatch, the parsing and the completions know of it.
    struct Command
    {
        QString name;
        QString synopsis; // what follows the name in the help
        QString summary;  // what it does, in one line
        QStringList subcommands;
        QList<Option> options;
        Handler handler;
    };
    static const QList<Command>& commands();
    static const Command* findCommand(const QString& name);

    static QString usageText();
    static QString commandHelp(const Command& command); // help COMMAND, COMMAND --help
    static QStringList verbs();                         // every command word run() knows, sorted
    // One line per command for the shell completions: NAME <TAB> SUBCOMMANDS <TAB> OPTIONS, the
    // global options first as "-".
    static QString verbListing();

    // Renders report HTML to a PDF file. Set by the executable when it was built with Qt Gui;
    // without it, --pdf is refused and --html still works.
    using PdfWriter = std::function<Status(const QString& html, const QString& path)>;
    void setPdfWriter(PdfWriter writer) { m_pdfWriter = std::move(writer); }

private:
    int dispatch(const QString& verb, const QStringList& rest);
    int fail(const Error& error);
    int usage(const QString& message);
    int failLines(const Error& error);   // fail(), keeping a message's lines (a template's mistakes)
    int open();                          // opens the database and catches up on the clock
    Result<bool> databaseExists() const; // a file, or a server database holding our schema
    int openAs(Actor& who);              // open(), then the acting user (--as), signed in
    Result<Actor> actor();
    // Closes the database and carries out a replacement the services allowed.
    int replaceDatabase(const Replacement& replacement);
    // Whether init or generate may replace the existing database (with --as, signed in first).
    int mayReplaceWhole();
    bool json() const { return m_json; }

    int cmdInit(Args& a);
    int cmdGenerate(Args& a);
    int cmdClock(Args& a);
    int cmdUsers(Args& a);
    int cmdLocations(Args& a);
    int cmdPrograms(Args& a);
    int cmdInbox(Args& a);
    int cmdHome(Args& a);
    int cmdAudit(Args& a);
    int cmdWorkspace(Args& a);
    int cmdInvitation(Args& a, const QString& verb);
    int cmdEnroll(Args& a);
    int cmdSubmit(Args& a);
    int cmdShowInvitation(Args& a);
    int cmdHelp(Args& a);
    int cmdEligibility(Args& a);
    int cmdRenewal(Args& a);
    int cmdValidation(Args& a);
    int cmdProgram(Args& a);
    int cmdSimulate(Args& a);
    int cmdBankProfile(Args& a);
    int cmdTaxProfile(Args& a);
    int cmdTaxProfileList(const QString& partnerId);
    int cmdTaxDocuments(Args& a, const QString& sub);
    int cmdAssignments(Args& a);
    int cmdValidate(Args& a);
    int cmdBackup(Args& a);
    int cmdPassword(Args& a);
    int cmdRestore(Args& a);
    int cmdMigrate(Args& a);
    int cmdCheck(Args& a);
    int cmdLocation(Args& a);
    int cmdDemo(Args& a);
    int cmdScenario(Args& a);
    int cmdClass(Args& a);
    int cmdValidationList();
    int cmdSummary(Args& a);
    int cmdLocationsChange(Args& a);
    int cmdProgramsRecord(Args& a);
    int cmdInvitationRecord(Args& a);
    int cmdValidationRecord(Args& a);
    int cmdImport(Args& a);
    int writeWorkspaceCsv(const Actor& who, const WorkspaceFilter& filter, WorkspaceSort sort, bool ascending,
                          const QString& output);

    void done(const QString& message); // a one-line confirmation, or {"ok": true, ...} with --json
    void done(const QString& message, const QJsonObject& extra);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_database;
    QString m_as;
    bool m_json = false;
    QString m_verb;
    std::optional<Actor> m_actor;
    std::unique_ptr<Session> m_session; // the open database: opened, caught up, signed in
    AppContext* m_ctx = nullptr;        // its context, while it is open
    void close();
    PdfWriter m_pdfWriter;
};

} // namespace incentives::cli
