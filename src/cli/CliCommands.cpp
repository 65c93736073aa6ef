// The table of incentives-cli's commands: each one's name, synopsis, options and handler, declared
// once. The help (--help, help COMMAND, COMMAND --help), the dispatch, the option parsing and the
// shell completions (--list-verbs) are all made from it.
#include "cli/Cli.h"
#include "cli/CliArgs.h"

namespace incentives::cli {

namespace {

// An option that takes a value: its placeholder (or its choices, a|b); a flag has none.
Cli::Option value(const char* name, const char* placeholder)
{
    return {QString::fromLatin1(name), QString::fromLatin1(placeholder)};
}

Cli::Option flag(const char* name)
{
    return {QString::fromLatin1(name), QString()};
}

QList<Cli::Option> bankFields()
{
    return {value("location", "ID"),
            value("name", "NAME"),
            value("country", "CC"),
            value("currency", "CUR"),
            value("holder", "NAME"),
            value("iban", "IBAN"),
            value("bic", "BIC"),
            value("routing", "NUMBER"),
            value("institution", "NUMBER"),
            value("account", "NUMBER"),
            value("account-type", "checking|savings"),
            value("bank-name", "NAME"),
            value("bank-address", "TEXT"),
            value("method", "bank-transfer|credit-note"),
            value("tenant", "GUID"),
            flag("tax-exempt"),
            flag("no-tax-exempt"),
            value("contact-name", "NAME"),
            value("contact-email", "EMAIL"),
            value("contact-phone", "PHONE")};
}

QList<Cli::Option> locationFields()
{
    return {value("name", "NAME"),
            value("legal-name", "NAME"),
            value("country", "CC"),
            value("city", "NAME"),
            value("address", "TEXT"),
            value("agreement", "active|expired"),
            value("solutions-partner", "yes|no"),
            value("csp-indirect", "yes|no"),
            value("csp-direct", "yes|no"),
            value("revenue", "USD"),
            value("customers", "N")};
}

} // namespace

const QList<Cli::Command>& Cli::commands()
{
    // clang-format off
    static const QList<Command> all{
        {QStringLiteral("init"),
         QStringLiteral("[--demo [--template FILE] | --empty --org NAME [--admin EMAIL] [--admin-name NAME] [--partner-id ID]\n"
                        "       [--country CC] [--legal-name NAME]] [--force]"),
         QStringLiteral("creates the database: the demo (built-in, or from a demo template), or an empty organization on the real clock; --force "
                        "replaces one (a database with passwords only for its Account admin, with --as)"),
         {}, {value("org", "NAME"), value("admin", "EMAIL"), value("admin-name", "NAME"), value("partner-id", "ID"),
              value("country", "CC"), value("legal-name", "NAME"), flag("demo"), flag("empty"), flag("force"),
              value("template", "FILE")},
         &Cli::cmdInit},
        {QStringLiteral("generate"), QStringLiteral("--locations N --programs M [--seed S] [--force]"),
         QStringLiteral("a synthetic organization of any size"), {},
         {value("locations", "N"), value("programs", "M"), value("seed", "S"), flag("force")}, &Cli::cmdGenerate},
        {QStringLiteral("clock"), QStringLiteral("show | set DATETIME | advance DURATION|fy-end"),
         QStringLiteral("the app clock; a Presenter sets or advances the demo clock"),
         {QStringLiteral("show"), QStringLiteral("set"), QStringLiteral("advance")}, {}, &Cli::cmdClock},
        {QStringLiteral("users"),
         QStringLiteral("list | add EMAIL NAME | assign EMAIL ROLE [--location ID] [--replace]\n"
                        "      | revoke EMAIL ROLE [--location ID] | deactivate|reactivate|reset-password EMAIL"),
         QStringLiteral("users and their roles (Account admins change them)"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("assign"), QStringLiteral("revoke"),
          QStringLiteral("deactivate"), QStringLiteral("reactivate"), QStringLiteral("reset-password")},
         {value("location", "ID"), flag("replace")}, &Cli::cmdUsers},
        {QStringLiteral("locations"),
         QStringLiteral("list | add PARTNERID --name NAME --legal-name NAME --country CC [fields...]\n"
                        "          | edit PARTNERID [--name NAME] [--legal-name NAME] [--country CC] [fields...]\n"
                        "      fields: --city --address --agreement active|expired --solutions-partner yes|no\n"
                        "              --csp-indirect yes|no --csp-direct yes|no --revenue USD --customers N"),
         QStringLiteral("the organization's locations; Account admins add them and change what is recorded of them"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit")}, locationFields(), &Cli::cmdLocations},
        {QStringLiteral("programs"),
         QStringLiteral("list | show NAME | record NAME --currencies USD,EUR [--criteria TEXT] [--open-to-all]\n"
                        "               [--credit-note] [--state open|closed|discontinued]"),
         QStringLiteral("the incentive programs and each one's guide; Account admins record those Partner Center shows"),
         {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("record")},
         {value("currencies", "USD,EUR"), value("criteria", "TEXT"), value("state", "open|closed|discontinued"),
          flag("open-to-all"), flag("credit-note")},
         &Cli::cmdPrograms},
        {QStringLiteral("import"), QStringLiteral("locations|users FILE [--dry-run]"),
         QStringLiteral("locations or users from a CSV file (Account admins): every row, or nothing when any is wrong"),
         {QStringLiteral("locations"), QStringLiteral("users")}, {flag("dry-run")}, &Cli::cmdImport},
        {QStringLiteral("inbox"), QStringLiteral("[--open] [--limit N] | dismiss ID"),
         QStringLiteral("your Action Center: invitations, validation outcomes, tax-form reminders, renewal "
                        "outcomes and role changes, mandatory first (the first 500 unless --limit says); "
                        "dismiss a recommended one"),
         {QStringLiteral("dismiss")}, {flag("open"), value("limit", "N")}, &Cli::cmdInbox},
        {QStringLiteral("home"), QStringLiteral("[--limit N] | dismiss PROGRAM --location ID"),
         QStringLiteral("what Home shows: the newest invitations not yet opened (50 unless --limit says), "
                        "how many there are, and what needs your action"),
         {QStringLiteral("dismiss")}, {value("location", "ID"), value("limit", "N")}, &Cli::cmdHome},
        {QStringLiteral("audit"),
         QStringLiteral("[--limit N] [--search TEXT] [--user EMAIL] [--csv FILE] | anchor\n"
                        "             | verify [--anchor COUNT:HASH]"),
         QStringLiteral("the audit log: Account admins read all of it, everyone else their own actions; its anchor "
                        "to keep elsewhere, and the check of its chain against one"),
         {QStringLiteral("anchor"), QStringLiteral("verify")},
         {value("limit", "N"), value("search", "TEXT"), value("user", "EMAIL"), value("csv", "FILE"),
          value("anchor", "COUNT:HASH")},
         &Cli::cmdAudit},
        {QStringLiteral("workspace"),
         QStringLiteral("[--status S] [--location ID] [--program NAME] [--search TEXT] [--sort COLUMN]\n"
                        "            [--desc] [--limit N] [--offset N] [--csv [--output FILE]]"),
         QStringLiteral("the Incentives workspace, with each row's next step for you"), {},
         {value("status", "invited|enrolling|validating|enrolled|ineligible|inactive|discontinued"),
          value("location", "ID"), value("program", "NAME"), value("search", "TEXT"),
          value("sort", "program|location|country|status|year|updated"), value("limit", "N"),
          value("offset", "N"), value("output", "FILE"), flag("desc"), flag("csv")},
         &Cli::cmdWorkspace},
        {QStringLiteral("summary"), QStringLiteral("--location ID [--html FILE | --pdf FILE]"),
         QStringLiteral("a location's enrollment summary"), {},
         {value("location", "ID"), value("html", "FILE"), value("pdf", "FILE")}, &Cli::cmdSummary},
        {QStringLiteral("invitation"),
         QStringLiteral("PROGRAM --location ID [--bank-profile NAME] | record PROGRAM --location ID"),
         QStringLiteral("what the invitation dialog shows: the profiles on file and Submit or Continue; record: "
                        "an invitation Partner Center showed"),
         {QStringLiteral("record")},
         {value("location", "ID"), value("bank-profile", "NAME")}, &Cli::cmdShowInvitation},
        {QStringLiteral("enroll"), QStringLiteral("PROGRAM --location ID"),
         QStringLiteral("accepts an invitation (the location's Incentives admin)"), {},
         {value("location", "ID"), value("bank-profile", "NAME")}, &Cli::cmdEnroll},
        {QStringLiteral("submit"), QStringLiteral("PROGRAM --location ID [--bank-profile NAME]"),
         QStringLiteral("submits an enrollment for Microsoft's validation"), {},
         {value("location", "ID"), value("bank-profile", "NAME")}, &Cli::cmdSubmit},
        {QStringLiteral("eligibility"), QStringLiteral("PROGRAM --location ID"),
         QStringLiteral("the eligibility checklist: met and unmet criteria"), {}, {value("location", "ID")},
         &Cli::cmdEligibility},
        {QStringLiteral("renewal"), QStringLiteral("forecast"),
         QStringLiteral("what the coming fiscal-year end will do to each Enrolled enrollment"),
         {QStringLiteral("forecast")}, {}, &Cli::cmdRenewal},
        {QStringLiteral("bank-profile"),
         QStringLiteral("list | show NAME | add [--location ID] --name NAME --country CC --currency CUR\n"
                        "               --holder NAME [fields...] | edit NAME [--name NEW] [fields...]\n"
                        "             | assign NAME --location ID | verify NAME\n"
                        "      fields: --iban --bic --routing --institution --account --account-type checking|savings\n"
                        "              --bank-name --bank-address --method bank-transfer|credit-note\n"
                        "              --contact-name NAME --contact-email EMAIL --contact-phone PHONE\n"
                        "              credit note: --tenant GUID [--tax-exempt | --no-tax-exempt]"),
         QStringLiteral("bank (payout) profiles: each belongs to the location it was made for"),
         {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"), QStringLiteral("edit"),
          QStringLiteral("assign"), QStringLiteral("verify")},
         bankFields(), &Cli::cmdBankProfile},
        {QStringLiteral("tax-profile"),
         QStringLiteral("list [--location ID] | show --location ID [--id N]\n"
                        "             | set --location ID [--id N] [--form w9|w8ben-e|w8ben] [--ein EIN] [--incorporation CC]\n"
                        "               [--foreign-tax-id ID] [--treaty-country CC --treaty-article A] [--signed DATE]\n"
                        "               [--vat ID] [--person NAME --citizenship CC --birth-date DATE]\n"
                        "               [--no-tax-id-reason TEXT]\n"
                        "             | add --location ID --form w9|w8ben-e|w8ben [the fields of set]\n"
                        "             | documents --location ID [--id N] | attach FILE --location ID [--id N]\n"
                        "             | document-save DOCID OUTFILE"),
         QStringLiteral("a location's tax profiles (W-9, W-8BEN-E, or W-8BEN for an individual; add: another one for "
                        "enrollments to be assigned) and the documents of each (--id; without it the first: PDF, PNG or JPEG, at most 10 MB each)"),
         {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("documents"),
          QStringLiteral("attach"), QStringLiteral("document-save")},
         {value("location", "ID"), value("id", "N"), value("form", "w9|w8ben-e|w8ben"), value("ein", "EIN"), value("incorporation", "CC"),
          value("foreign-tax-id", "ID"), value("treaty-country", "CC"), value("treaty-article", "A"),
          value("signed", "DATE"), value("vat", "ID"), value("person", "NAME"), value("citizenship", "CC"),
          value("birth-date", "DATE"), value("no-tax-id-reason", "TEXT")},
         &Cli::cmdTaxProfile},
        {QStringLiteral("assignments"),
         QStringLiteral("[list] | set PROGRAM PARTNERID [--bank ID] [--tax-profile ID] [--currency XXX]\n"
                        "            | hold|release PROGRAM PARTNERID | defaults --bank ID --currency XXX PARTNERID..."),
         QStringLiteral("payout and tax profile assignment: each enrollment's bank and tax profile, the currency it "
                        "is paid in and whether its payments are held; defaults: one bank profile and currency for "
                        "several locations (the location's Incentives admin)"),
         {QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("hold"), QStringLiteral("release"),
          QStringLiteral("defaults")},
         {value("bank", "ID"), value("tax-profile", "ID"), value("tax", "ID"), value("currency", "XXX")},
         &Cli::cmdAssignments},
        {QStringLiteral("validate"), QStringLiteral("iban|bic|aba|sort-code|transit|bsb|ifsc|ein|vat VALUE [--country CC]"),
         QStringLiteral("checks one value as the forms do"),
         {QStringLiteral("iban"), QStringLiteral("bic"), QStringLiteral("aba"), QStringLiteral("sort-code"),
          QStringLiteral("transit"), QStringLiteral("bsb"), QStringLiteral("ifsc"), QStringLiteral("ein"),
          QStringLiteral("vat")},
         {value("country", "CC")}, &Cli::cmdValidate},
        {QStringLiteral("validation"),
         QStringLiteral("list | approve|reject PROGRAM --location ID [--reason TEXT]\n"
                        "           | record approved|rejected PROGRAM --location ID [--reason TEXT]"),
         QStringLiteral("Microsoft's side in a demo database (Presenters); record: Microsoft's outcome as Partner "
                        "Center reported it (the location's Incentives admin)"),
         {QStringLiteral("list"), QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("record")},
         {value("location", "ID"), value("reason", "TEXT")}, &Cli::cmdValidation},
        {QStringLiteral("program"),
         QStringLiteral("publish NAME --currencies USD,EUR [--criteria TEXT] [--open-to-all] [--credit-note]\n"
                        "             | close|reopen|discontinue NAME"),
         QStringLiteral("programs in a demo database (Presenters)"),
         {QStringLiteral("publish"), QStringLiteral("close"), QStringLiteral("reopen"), QStringLiteral("discontinue")},
         {value("currencies", "USD,EUR"), value("criteria", "TEXT"), flag("open-to-all"), flag("credit-note")},
         &Cli::cmdProgram},
        {QStringLiteral("location"),
         QStringLiteral("set PARTNERID [--agreement active|expired] [--solutions-partner yes|no]\n"
                        "               [--csp-indirect yes|no] [--csp-direct yes|no] [--revenue USD] [--customers N]"),
         QStringLiteral("what a location's eligibility is judged on, in a demo database (Presenters)"),
         {QStringLiteral("set")},
         {value("agreement", "active|expired"), value("solutions-partner", "yes|no"), value("csp-indirect", "yes|no"),
          value("csp-direct", "yes|no"), value("revenue", "USD"), value("customers", "N")},
         &Cli::cmdLocation},
        {QStringLiteral("demo"), QStringLiteral("list | save NAME | load NAME | reset | export-template FILE"),
         QStringLiteral("snapshots of a demo database, and its reset (Presenters); the demo as a template "
                        "(Presenters, Account admins)"),
         {QStringLiteral("list"), QStringLiteral("save"), QStringLiteral("load"), QStringLiteral("reset"),
          QStringLiteral("export-template")}, {},
         &Cli::cmdDemo},
        {QStringLiteral("scenario"),
         QStringLiteral("list | show|progress|start ID | show|progress|start --file FILE\n"
                        "               | validate FILE | export ID FILE"),
         QStringLiteral("the guided scenarios, built in or files (docs/scenario-format.md); start resets the demo "
                        "(Presenters)"),
         {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("progress"), QStringLiteral("start"),
          QStringLiteral("validate"), QStringLiteral("export")},
         {value("file", "FILE")}, &Cli::cmdScenario},
        {QStringLiteral("class"),
         QStringLiteral("create [--template FILE] TRAINEE... | status | reset TRAINEE"),
         QStringLiteral("a class on a shared PostgreSQL database: one sandbox organization per trainee login, "
                        "their scenario progress, the reset of one sandbox (Presenters)"),
         {QStringLiteral("create"), QStringLiteral("status"), QStringLiteral("reset")},
         {value("template", "FILE")}, &Cli::cmdClass},
        {QStringLiteral("simulate"), QStringLiteral("eligibility"),
         QStringLiteral("judges eligibility now, in a demo database (Presenters)"), {QStringLiteral("eligibility")}, {},
         &Cli::cmdSimulate},
        {QStringLiteral("backup"), QStringLiteral("FILE"),
         QStringLiteral("a consistent copy of the whole database (Account admins: it holds every account number)"),
         {}, {}, &Cli::cmdBackup},
        {QStringLiteral("restore"), QStringLiteral("FILE"),
         QStringLiteral("puts a backup back after checking it (Account admins)"), {}, {}, &Cli::cmdRestore},
        {QStringLiteral("check"), QString(),
         QStringLiteral("the integrity check, foreign keys, schema objects and the audit chain"), {}, {},
         &Cli::cmdCheck},
        {QStringLiteral("migrate"), QStringLiteral("--to DATABASE [--from DATABASE]"),
         QStringLiteral("moves everything into a new or empty database (Account admins), e.g. to a PostgreSQL server"),
         {}, {value("to", "DATABASE"), value("from", "DATABASE")}, &Cli::cmdMigrate},
        {QStringLiteral("password"), QString(),
         QStringLiteral("changes your password (INCENTIVES_NEW_PASSWORD or a prompt)"), {}, {}, &Cli::cmdPassword},
        {QStringLiteral("help"), QStringLiteral("[COMMAND]"), QStringLiteral("this help, or one command's"), {}, {},
         &Cli::cmdHelp},
    };
    // clang-format on
    return all;
}

const Cli::Command* Cli::findCommand(const QString& name)
{
    for (const Command& c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList Cli::verbs()
{
    QStringList all;
    for (const Command& c : commands())
        all.append(c.name);
    all.sort();
    return all;
}

QString Cli::commandHelp(const Command& c)
{
    QString text =
        QStringLiteral("Usage: incentives-cli [global options] %1%2\n\n%3.\n")
            .arg(c.name, c.synopsis.isEmpty() ? QString() : QLatin1Char(' ') + c.synopsis, c.summary);
    if (!c.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const Option& o : c.options)
            text += o.placeholder.isEmpty() ? QStringLiteral("  --%1\n").arg(o.name)
                                            : QStringLiteral("  --%1 %2\n").arg(o.name, o.placeholder);
    }
    return text;
}

int Cli::cmdHelp(Args& a)
{
    if (a.count() == 0) {
        m_out << usageText();
        return Ok;
    }
    const Command* c = findCommand(a.at(0));
    if (!c || a.count() > 1)
        return usage(QStringLiteral("help [COMMAND]: no command '%1'.").arg(a.at(0).left(40)));
    m_out << commandHelp(*c);
    return Ok;
}

int Cli::cmdEnroll(Args& a)
{
    return cmdInvitation(a, QStringLiteral("enroll"));
}

int Cli::cmdSubmit(Args& a)
{
    return cmdInvitation(a, QStringLiteral("submit"));
}

int Cli::cmdShowInvitation(Args& a)
{
    if (a.at(0) == QLatin1String("record") && a.count() == 2)
        return cmdInvitationRecord(a);
    return cmdInvitation(a, QStringLiteral("invitation"));
}

} // namespace incentives::cli
