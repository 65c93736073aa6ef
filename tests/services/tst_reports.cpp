// The reports the services write: the workspace as CSV (RFC 4180, formula-safe, exactly the rows
// and order the workspace shows, streamed page by page) and a location's enrollment summary as
// HTML (masked account numbers and tax IDs only, escaped names, the viewer's rights enforced).
#include "services/AppContext.h"
#include "services/Csv.h"
#include "services/EnrollmentService.h"
#include "services/Simulation.h"
#include "services/SummaryService.h"
#include "services/WorkspaceExport.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/Generator.h"
#include "services/demo/PresenterTools.h"
#include "store/Bulk.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace incentives;

namespace {

const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");
const QString kEmma = QStringLiteral("emma.schmidt@contoso.example");
const QString kGabriel = QStringLiteral("gabriel.silva@contoso.example");

// Parses RFC 4180 text strictly: every record ends with CRLF, quotes only around whole fields,
// doubled inside. A problem fails the calling test through the returned error.
QList<QStringList> parseCsv(const QString& text, QString* error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool inQuotes = false;
    qsizetype i = 0;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        quoted = false;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                inQuotes = false;
                ++i;
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || quoted) {
                *error = QStringLiteral("a quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = inQuotes = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            endField();
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("a bare CR at %1").arg(i);
                return {};
            }
            endField();
            records.append(record);
            record.clear();
            i += 2;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("a bare LF at %1").arg(i);
            return {};
        } else {
            if (quoted) {
                *error = QStringLiteral("text after a closing quote at %1").arg(i);
                return {};
            }
            field += c;
            ++i;
        }
    }
    if (inQuotes || !field.isEmpty() || !record.isEmpty())
        *error = QStringLiteral("the last record does not end with CRLF");
    return records;
}

// A disk that is full: every write fails.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void csvField_data();
    void csvField();
    void csvLineRoundTrips();
    void exportMatchesTheWorkspace_data();
    void exportMatchesTheWorkspace();
    void exportShowsOnlyTheViewersRows();
    void exportIsTheReferenceByteForByte();
    void exportOfRawBytesIsTheReference();
    void hostileProgramNamesAreInert();
    void exportStreamsPageByPage();
    void exportCancels();
    void exportReportsWriteErrors();
    void summaryMasksNumbers();
    void summaryEscapesNames();
    void summaryFollowsRights();

private:
    Actor as(const QString& email)
    {
        auto a = m_ctx->actor(email);
        if (!a)
            qFatal("no actor %s", qPrintable(email));
        return *a;
    }
    QByteArray exportFor(const Actor& actor, const WorkspaceFilter& filter, WorkspaceSort sort,
                         bool ascending);
    // The export as the workspace's rows say it: every page read through EnrollmentService, each
    // row's fields() made into a record by csv::line() and encoded as UTF-8.
    QByteArray referenceExport(const Actor& actor, const WorkspaceFilter& filter, WorkspaceSort sort,
                               bool ascending);
    // The full account numbers and tax IDs in the database, which no report may contain.
    QStringList secrets();

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestReports::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    QFile::remove(path);
    auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    QVERIFY(seed::demo(*m_ctx));
}

void TestReports::cleanup()
{
    m_ctx.reset();
}

QByteArray TestReports::exportFor(const Actor& actor, const WorkspaceFilter& filter, WorkspaceSort sort,
                                  bool ascending)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = WorkspaceExport(*m_ctx).writeCsv(actor, filter, sort, ascending, buffer);
    if (!written)
        qWarning("export failed: %s", qPrintable(written.error().message));
    return written ? buffer.data() : QByteArray();
}

QByteArray TestReports::referenceExport(const Actor& actor, const WorkspaceFilter& filter, WorkspaceSort sort,
                                        bool ascending)
{
    QString text = csv::line(WorkspaceExport::header());
    for (int offset = 0;; offset += 1000) {
        auto rows = EnrollmentService(*m_ctx).workspace(actor, filter, sort, ascending, offset, 1000);
        if (!rows)
            return {};
        for (const WorkspaceRow& row : *rows)
            text += csv::line(WorkspaceExport::fields(row));
        if (rows->size() < 1000)
            break;
    }
    return text.toUtf8();
}

QStringList TestReports::secrets()
{
    QStringList out;
    auto banks = m_ctx->profiles().bankProfiles();
    for (const BankProfile& b : *banks)
        for (const QString& n : {b.iban, b.accountNumber})
            if (n.size() > 4)
                out << n << QString(n).remove(QLatin1Char(' '));
    auto locations = m_ctx->directory().locations();
    for (const Location& l : *locations)
        if (auto tax = m_ctx->profiles().taxProfile(l.id); tax && *tax)
            for (const QString& n : {(*tax)->ein, (*tax)->foreignTaxId, (*tax)->vatId})
                if (n.size() > 4)
                    out << n << QString(n).remove(QLatin1Char(' '));
    return out;
}

void TestReports::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Contoso") << QStringLiteral("Contoso");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("crlf") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("outer spaces") << QStringLiteral(" x ") << QStringLiteral("\" x \"");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("spaces first") << QStringLiteral("  =1") << QStringLiteral("'  =1");
    QTest::newRow("full-width equals") << QStringLiteral("＝1+2") << QStringLiteral("'＝1+2");
    QTest::newRow("inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("unicode") << QStringLiteral("日本語 Français") << QStringLiteral("日本語 Français");
}

void TestReports::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(csv::field(value), field);
    // The byte writer says the same, after whatever is already in the buffer.
    QByteArray bytes("x,");
    csv::appendField(bytes, value);
    QCOMPARE(bytes, QByteArray("x,") + field.toUtf8());
}

void TestReports::csvLineRoundTrips()
{
    const QStringList values{QStringLiteral("a,b"), QStringLiteral("q\"q"), QStringLiteral("l1\r\nl2"),
                             QString(), QStringLiteral("plain")};
    const QString line = csv::line(values);
    QVERIFY(line.endsWith(QStringLiteral("\r\n")));
    QString error;
    const auto records = parseCsv(line, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first(), values);
}

void TestReports::exportMatchesTheWorkspace_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("everything") << kAvery << QString() << QString() << int(WorkspaceSort::Program) << true;
    QTest::newRow("by location, descending")
        << kAvery << QString() << QString() << int(WorkspaceSort::Location) << false;
    QTest::newRow("invited") << kAvery << QStringLiteral("invited") << QString() << int(WorkspaceSort::Status)
                             << true;
    QTest::newRow("search") << kAvery << QString() << QStringLiteral("deutsch") << int(WorkspaceSort::Updated)
                            << false;
    QTest::newRow("incentives admin")
        << kBao << QString() << QString() << int(WorkspaceSort::Country) << true;
}

void TestReports::exportMatchesTheWorkspace()
{
    QFETCH(QString, email);
    QFETCH(QString, status);
    QFETCH(QString, search);
    QFETCH(int, sort);
    QFETCH(bool, ascending);
    const Actor actor = as(email);
    WorkspaceFilter filter;
    if (!status.isEmpty())
        filter.statuses = {*statusFromCode(status)};
    filter.search = search;
    const QByteArray bytes = exportFor(actor, filter, WorkspaceSort(sort), ascending);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes); // valid UTF-8
    QString error;
    const auto records = parseCsv(QString::fromUtf8(bytes), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.first(), WorkspaceExport::header());

    auto rows = EnrollmentService(*m_ctx).workspace(actor, filter, WorkspaceSort(sort), ascending, 0, 1000);
    QVERIFY(rows);
    QVERIFY(!rows->isEmpty());
    QCOMPARE(records.size() - 1, rows->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QStringList expected = WorkspaceExport::fields(rows->at(i));
        QCOMPARE(records.at(i + 1), expected);
        QCOMPARE(records.at(i + 1).at(0), rows->at(i).enrollment.programName);
        QCOMPARE(records.at(i + 1).at(1), rows->at(i).enrollment.partnerId);
        QCOMPARE(records.at(i + 1).at(5), rows->at(i).statusText);
        QCOMPARE(records.at(i + 1).at(7), rows->at(i).actionsRequired);
    }
    for (const QString& secret : secrets())
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

void TestReports::exportShowsOnlyTheViewersRows()
{
    const QByteArray bytes = exportFor(as(kEmma), {}, WorkspaceSort::Program, true);
    QString error;
    const auto records = parseCsv(QString::fromUtf8(bytes), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size() - 1, 18);
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(records.at(i).at(1) == QLatin1String("4649101") ||
                records.at(i).at(1) == QLatin1String("4649103"));
    // No role, no rows; a deactivated or unknown viewer is refused.
    const QByteArray none = exportFor(as(kGabriel), {}, WorkspaceSort::Program, true);
    QCOMPARE(parseCsv(QString::fromUtf8(none), &error).size(), 1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Actor stranger;
    stranger.userId = 999999;
    stranger.email = QStringLiteral("nobody@example.com");
    QVERIFY(!WorkspaceExport(*m_ctx).writeCsv(stranger, {}, WorkspaceSort::Program, true, buffer));
}

void TestReports::exportIsTheReferenceByteForByte()
{
    // Names and details that need quoting, doubling, an apostrophe or more than one byte a
    // character, written straight into the enrollments' own columns (which the export reads), and
    // times on both sides of the years the fast date writer handles.
    const QStringList hostile{QStringLiteral("He said \"hi\", then left"),
                              QStringLiteral("two\nlines"),
                              QStringLiteral("carriage\rreturn"),
                              QStringLiteral(" leading space"),
                              QStringLiteral("trailing space "),
                              QStringLiteral("=1+2"),
                              QStringLiteral("+cmd|' /C calc'!A0"),
                              QStringLiteral("-3, \"minus\""),
                              QStringLiteral("@SUM(1)"),
                              QStringLiteral("   =indented formula "),
                              QStringLiteral("\tTab first"),
                              QString(QChar(0xFF1D)) + QStringLiteral("full-width equals"),
                              QStringLiteral("Zürich, 東京 ") + QString::fromUcs4(U"\U0001F600"),
                              QStringLiteral("\"\""),
                              QStringLiteral(",")};
    const QList<qint64> times{-62135596800 - 1, -62135596800, -86401,       -1,          0, 1,
                              951782400,        4102444799,   253402300799, 253402300800};
    auto ids = m_ctx->db().exec(QStringLiteral("SELECT id FROM enrollments ORDER BY id"));
    QVERIFY(ids);
    QList<qint64> enrollments;
    while (ids->next())
        enrollments.append(ids->value(0).toLongLong());
    QVERIFY(enrollments.size() > hostile.size());
    for (qsizetype i = 0; i < enrollments.size(); ++i) {
        const QString text = hostile.at(i % hostile.size());
        QVERIFY(m_ctx->db().run(
            QStringLiteral("UPDATE enrollments SET program_name = ?, location_name = ?, detail = ?, "
                           "validation_due = ? WHERE id = ?"),
            {QStringLiteral("Program ") + text, text, text, times.at(i % times.size()), enrollments.at(i)}));
    }
    // A status the export reads through Enrolling's reasons, whose texts quote the detail.
    QVERIFY(m_ctx->db().run(QStringLiteral("UPDATE enrollments SET status = 'enrolling', reason = "
                                           "'details-missing' WHERE id % 3 = 0")));
    for (const QString& email : {kAvery, kBao, kEmma}) {
        for (int sort = 0; sort <= int(WorkspaceSort::Updated); ++sort) {
            for (const bool ascending : {true, false}) {
                const Actor actor = as(email);
                const QByteArray written = exportFor(actor, {}, WorkspaceSort(sort), ascending);
                const QByteArray reference = referenceExport(actor, {}, WorkspaceSort(sort), ascending);
                QVERIFY(reference.count("\r\n") > 1);
                QCOMPARE(written, reference);
            }
        }
    }
    // A search, and a status filter, as the workspace narrows them.
    // (A location's PartnerID: the program names on the rows no longer match their programs.)
    auto location = m_ctx->db().scalar(
        QStringLiteral("SELECT partner_id FROM enrollments GROUP BY partner_id ORDER BY COUNT(*) DESC, "
                       "partner_id LIMIT 1"));
    QVERIFY(location);
    WorkspaceFilter searched;
    searched.search = location->toString();
    WorkspaceFilter enrolling;
    enrolling.statuses = {EnrollmentStatus::Enrolling};
    for (const WorkspaceFilter& narrowed : {searched, enrolling}) {
        const QByteArray reference = referenceExport(as(kAvery), narrowed, WorkspaceSort::Program, true);
        QVERIFY(reference.count("\r\n") > 1);
        QCOMPARE(exportFor(as(kAvery), narrowed, WorkspaceSort::Program, true), reference);
    }
}

void TestReports::exportOfRawBytesIsTheReference()
{
    // What SQLite may hold in a text column beyond well-formed UTF-8, written around the services:
    // bytes that are not UTF-8, an embedded NUL, a byte order mark, the noncharacters U+FFFE and
    // U+FFFF (which SQLite's own UTF-16 conversion replaces), a surrogate or a code point past
    // U+10FFFF encoded anyway, an overlong form, a cut sequence, a blob, and a time column holding
    // a blob. The export reads SQLite's bytes directly; it must write what Qt Sql's reading of the
    // same cells writes, which is what the workspace shows.
    const QStringList raw{QStringLiteral("CAST(X'ff41' AS TEXT)"),
                          QStringLiteral("CAST(X'410042' AS TEXT)"),
                          QStringLiteral("CAST(X'efbbbf4142' AS TEXT)"),
                          QStringLiteral("CAST(X'41efbfbe' AS TEXT)"),
                          QStringLiteral("CAST(X'efbfbf' AS TEXT)"),
                          QStringLiteral("CAST(X'eda08041' AS TEXT)"),
                          QStringLiteral("CAST(X'f4908080' AS TEXT)"),
                          QStringLiteral("CAST(X'c0af2c' AS TEXT)"),
                          QStringLiteral("CAST(X'e282' AS TEXT)"),
                          QStringLiteral("CAST(X'80223d' AS TEXT)"),
                          QStringLiteral("X'3d31'"),
                          QStringLiteral("CAST(X'f09f988020' AS TEXT)"),
                          QStringLiteral("CAST(X'efbc9d31' AS TEXT)")};
    auto ids = m_ctx->db().exec(QStringLiteral("SELECT id FROM enrollments ORDER BY id"));
    QVERIFY(ids);
    QList<qint64> enrollments;
    while (ids->next())
        enrollments.append(ids->value(0).toLongLong());
    QVERIFY(enrollments.size() > raw.size());
    for (qsizetype i = 0; i < enrollments.size(); ++i) {
        const QString value = raw.at(i % raw.size());
        const QString other = raw.at((i + 1) % raw.size());
        QVERIFY(
            m_ctx->db().run(QStringLiteral("UPDATE enrollments SET location_name = %1, detail = %2, "
                                           "status = 'enrolling', reason = 'details-missing' WHERE id = ?")
                                .arg(value, other),
                            {enrollments.at(i)}));
    }
    QVERIFY(
        m_ctx->db().run(QStringLiteral("UPDATE enrollments SET validation_due = X'3132' WHERE id % 4 = 0")));
    auto stored = m_ctx->db().scalar(
        QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE typeof(location_name) = 'blob'"));
    QVERIFY(stored && stored->toLongLong() > 0);
    for (const QString& email : {kAvery, kEmma}) {
        for (const WorkspaceSort sort :
             {WorkspaceSort::Program, WorkspaceSort::Location, WorkspaceSort::Updated}) {
            const Actor actor = as(email);
            const QByteArray written = exportFor(actor, {}, sort, true);
            setSqliteDirect(false);
            const QByteArray throughQt = exportFor(actor, {}, sort, true);
            setSqliteDirect(true);
            const QByteArray reference = referenceExport(actor, {}, sort, true);
            QVERIFY(reference.count("\r\n") > 1);
            QVERIFY(reference.contains('\0'));
            QCOMPARE(throughQt, reference);
            QCOMPARE(written, reference);
        }
    }
}

void TestReports::hostileProgramNamesAreInert()
{
    const QStringList names{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Open\")"),
                            QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3, \"quoted\""),
                            QStringLiteral("@SUM(1+1)")};
    const Actor avery = as(kAvery);
    for (const QString& name : names) {
        Program p;
        p.name = name;
        p.currencies = {QStringLiteral("USD")};
        p.openToAll = true;
        auto s = PresenterTools(*m_ctx).publishProgram(avery, p);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    }
    const QByteArray bytes = exportFor(avery, {}, WorkspaceSort::Program, true);
    QString error;
    const auto records = parseCsv(QString::fromUtf8(bytes), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int hostile = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QString cell = records.at(i).at(0);
        if (!names.contains(cell.mid(1)))
            continue;
        ++hostile;
        // Read back, each is the name behind one apostrophe: text, never a formula.
        QVERIFY2(cell.startsWith(QLatin1Char('\'')), qPrintable(cell));
    }
    QVERIFY(hostile >= int(names.size()));
    // No cell of the file starts like a formula.
    for (const QStringList& record : records)
        for (const QString& cell : record)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
}

void TestReports::exportStreamsPageByPage()
{
    // A generated organization large enough for several pages.
    const QString path = m_dir.filePath(QStringLiteral("generated.db"));
    QFile::remove(path);
    auto opened = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    m_ctx = std::move(opened).value();
    generator::Options options;
    options.locations = 1100; // more than two export pages of 10 programs each
    options.programs = 10;
    auto generated = generator::generate(*m_ctx, options);
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));
    QVERIFY(generated->enrollments > 2 * WorkspaceExport::kPageSize);
    auto admins = m_ctx->directory().accountAdmins();
    QVERIFY(admins && !admins->isEmpty());
    const Actor admin = as(admins->first().email);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> pages;
    auto written =
        WorkspaceExport(*m_ctx).writeCsv(admin, {}, WorkspaceSort::Location, false, buffer, [&](qint64 n) {
            pages.append(n);
            return true;
        });
    QVERIFY(written);
    QCOMPARE(*written, generated->enrollments);
    QCOMPARE(pages.last(), generated->enrollments);
    QVERIFY(pages.size() >= 3);
    QCOMPARE(pages.first(), qint64(WorkspaceExport::kPageSize));
    QString error;
    const auto records = parseCsv(QString::fromUtf8(buffer.data()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size() - 1, generated->enrollments);
    QCOMPARE(buffer.data(), referenceExport(admin, {}, WorkspaceSort::Location, false));
    // The same rows in the same order as the workspace reads them with offsets; none twice.
    QSet<QString> seen;
    for (qint64 offset = 0; offset < generated->enrollments; offset += 1000) {
        auto rows =
            EnrollmentService(*m_ctx).workspace(admin, {}, WorkspaceSort::Location, false, int(offset), 1000);
        QVERIFY(rows);
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const QStringList& record = records.at(offset + i + 1);
            QCOMPARE(record, WorkspaceExport::fields(rows->at(i)));
            QVERIFY(!seen.contains(record.at(0) + record.at(1)));
            seen.insert(record.at(0) + record.at(1));
        }
    }
}

void TestReports::exportCancels()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.db"));
    QFile::remove(path);
    auto opened = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    m_ctx = std::move(opened).value();
    generator::Options options;
    options.locations = 1100; // more than two export pages of 10 programs each
    options.programs = 10;
    QVERIFY(generator::generate(*m_ctx, options));
    auto admins = m_ctx->directory().accountAdmins();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int calls = 0;
    auto written = WorkspaceExport(*m_ctx).writeCsv(as(admins->first().email), {}, WorkspaceSort::Program,
                                                    true, buffer, [&](qint64) { return ++calls < 2; });
    QVERIFY(!written);
    QCOMPARE(calls, 2);
    QVERIFY(!written.error().message.isEmpty());
}

void TestReports::exportReportsWriteErrors()
{
    FullDevice full;
    auto written = WorkspaceExport(*m_ctx).writeCsv(as(kAvery), {}, WorkspaceSort::Program, true, full);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::Storage);
    QVERIFY(written.error().message.contains(QStringLiteral("No space left on device")));
}

void TestReports::summaryMasksNumbers()
{
    const QStringList hidden = secrets();
    QVERIFY(hidden.size() >= 6);
    auto locations = m_ctx->directory().locations();
    QVERIFY(locations);
    // Bao is the Incentives admin of the US and Germany, who sees full numbers on screen; Avery
    // sees every location. The printout is masked for both.
    for (const QString& email : {kBao, kAvery}) {
        const Actor actor = as(email);
        int summaries = 0;
        for (const Location& l : *locations) {
            auto html = SummaryService(*m_ctx).locationSummaryHtml(actor, l.partnerId);
            if (!html)
                continue;
            ++summaries;
            for (const QString& secret : hidden)
                QVERIFY2(!html->contains(secret), qPrintable(email + QLatin1Char(' ') + l.partnerId));
        }
        QCOMPARE(summaries, email == kBao ? 2 : int(locations->size()));
    }
    auto us = SummaryService(*m_ctx).locationSummary(as(kBao), QStringLiteral("4649101"));
    QVERIFY(us);
    QVERIFY(us->defaultBank);
    QVERIFY(us->defaultBank->accountNumber.startsWith(QChar(0x2022)));
    QVERIFY(us->tax);
    QVERIFY(us->tax->ein.startsWith(QChar(0x2022)));
    const QString html = SummaryService::html(*us);
    QVERIFY(html.contains(us->defaultBank->accountNumber));
    QVERIFY(html.contains(us->location.name.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("FY27")));
    for (const WorkspaceRow& row : us->enrollments)
        QVERIFY(html.contains(row.enrollment.programName.toHtmlEscaped()));
    QCOMPARE(us->enrollments.size(), 9);
    // A VAT ID is a tax ID too: masked to its last four characters, on screen and in the printout.
    int vatIds = 0;
    for (const Location& l : *locations) {
        auto tax = m_ctx->profiles().taxProfile(l.id);
        if (!tax || !*tax || (*tax)->vatId.size() <= 4)
            continue;
        auto summary = SummaryService(*m_ctx).locationSummary(as(kAvery), l.partnerId);
        QVERIFY(summary && summary->tax);
        QCOMPARE(summary->tax->vatId, maskAccount((*tax)->vatId));
        QVERIFY(summary->tax->vatId.startsWith(QChar(0x2022)));
        QVERIFY(SummaryService::html(*summary).contains(summary->tax->vatId));
        ++vatIds;
    }
    QVERIFY(vatIds > 0);
}

void TestReports::summaryEscapesNames()
{
    Program p;
    p.name = QStringLiteral("<b>Bold</b> & <script>x</script>");
    p.currencies = {QStringLiteral("USD")};
    p.openToAll = true;
    auto published = PresenterTools(*m_ctx).publishProgram(as(kAvery), p);
    if (!published)
        QSKIP("the program name was refused, so it cannot reach a report");
    auto html = SummaryService(*m_ctx).locationSummaryHtml(as(kBao), QStringLiteral("4649101"));
    QVERIFY(html);
    QVERIFY(!html->contains(QStringLiteral("<script>")));
    QVERIFY(html->contains(QStringLiteral("&lt;script&gt;")));
}

void TestReports::summaryFollowsRights()
{
    auto denied = SummaryService(*m_ctx).locationSummary(as(kEmma), QStringLiteral("4649102"));
    QVERIFY(!denied);
    QCOMPARE(denied.error().kind, ErrorKind::Denied);
    auto noRole = SummaryService(*m_ctx).locationSummary(as(kGabriel), QStringLiteral("4649101"));
    QVERIFY(!noRole);
    QCOMPARE(noRole.error().kind, ErrorKind::Denied);
    auto unknown = SummaryService(*m_ctx).locationSummary(as(kAvery), QStringLiteral("0000000"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    // An Incentives user may print the summary of their own locations.
    QVERIFY(SummaryService(*m_ctx).locationSummary(as(kEmma), QStringLiteral("4649103")));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
