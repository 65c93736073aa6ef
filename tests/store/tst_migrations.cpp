#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Repositories.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

#include <sys/wait.h>
#include <unistd.h>

using namespace incentives;

namespace {

int g_rawConnections = 0;

// Runs statements on a file through a plain QSQLITE connection, outside the code under test.
// Returns the first column of the last statement's first row. Read-write on purpose: a read-only
// connection to a WAL-mode file leaves -wal and -shm files behind.
QVariant raw(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(++g_rawConnections);
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            last = q.next() ? q.value(0) : QVariant();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

QVariant peek(const QString& path, const QString& sql)
{
    return raw(path, {sql});
}

QStringList tables(const QString& path)
{
    const QString list =
        peek(path, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                  "WHERE type = 'table' ORDER BY name)"))
            .toString();
    return list.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Known bug: Database::open's inspection opens the file through a read-only SQLite connection. On a
// WAL-mode file that connection creates FILE-wal and FILE-shm, and being read-only, never removes them.

QDateTime now()
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_dirs = 0;

    // A new, empty folder for one case, so that its listing shows exactly what the case created.
    QString freshDir()
    {
        const QString dir = m_root.filePath(QStringLiteral("case-%1").arg(++m_dirs));
        if (!QDir().mkpath(dir))
            qFatal("mkpath");
        return dir;
    }

    std::unique_ptr<Database> openOk(const QString& path,
                                     Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
    {
        auto db = Database::open(path, mode);
        if (!db) {
            QTest::qFail(qPrintable(QStringLiteral("open %1: %2").arg(path, db.error().message)), __FILE__,
                         __LINE__);
            return nullptr;
        }
        return std::move(db).value();
    }

    // A real database with a few rows, closed again.
    QString makeRealDatabase(const QString& dir)
    {
        const QString path = dir + QStringLiteral("/real.db");
        auto db = openOk(path);
        if (db)
            (void)SettingsRepository(*db).setValue(QStringLiteral("k"), QStringLiteral("v"));
        return path;
    }

    // Opening must fail with a message containing `needle`, leaving the folder byte for byte as it was.
    void expectRefusedUntouched(const QString& path, const QString& needle)
    {
        const QString dir = QFileInfo(path).absolutePath();
        const QStringList before = entries(dir);
        const QByteArray hash = sha256(path);
        for (auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::MustExist}) {
            auto db = Database::open(path, mode);
            QVERIFY2(!db.ok(), "a file that must be refused was opened");
            QVERIFY(!db.error().message.isEmpty());
            QVERIFY2(db.error().message.contains(needle, Qt::CaseInsensitive),
                     qPrintable(db.error().message));
        }
        QCOMPARE(sha256(path), hash);
        QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-wal")), "a -wal file was created");
        QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-shm")), "a -shm file was created");
        QCOMPARE(entries(dir), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
    }

    // Every released schema version has a fixture in tests/data; each must upgrade to today's,
    // keeping its data, with a copy of the old file written beside it first.
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("enrollments");
        QTest::newRow("v1 demo") << QStringLiteral("incentives-v1.db") << 1 << 54;
        QTest::newRow("v2 demo") << QStringLiteral("incentives-v2.db") << 2 << 54;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QFETCH(int, enrollments);
        const QString source = QFINDTESTDATA(QStringLiteral("../data/") + fixture);
        QVERIFY2(!source.isEmpty(), qPrintable(fixture));
        const QString path = freshDir() + QStringLiteral("/old.db");
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), version);
        const int before10 = peek(path, QStringLiteral("SELECT COUNT(*) FROM tax_profiles")).toInt();
        // Version 14: each enrollment is assigned the tax profile its location files before the
        // upgrade (none where the location has none), read here from the old file.
        const QString taxedBy =
            peek(path,
                 QStringLiteral("SELECT group_concat(e.id || ':' || COALESCE(t.id, 0), ',') FROM "
                                "enrollments e LEFT JOIN tax_profiles t ON t.location_id = e.location_id"))
                .toString();
        QCOMPARE(taxedBy.count(QLatin1Char(',')) + 1, enrollments);
        // Version 12: each enrollment's currency is the one of the bank profile it pays into before
        // the upgrade (its own, or else its location's default), read here from the old file.
        const QString paidIn =
            peek(path,
                 QStringLiteral("SELECT group_concat(e.id || ':' || COALESCE(b.currency, ''), ',') FROM "
                                "enrollments e JOIN locations l ON l.id = e.location_id LEFT JOIN "
                                "bank_profiles b ON b.id = COALESCE(e.bank_profile_id, "
                                "l.default_bank_profile_id)"))
                .toString();
        QCOMPARE(paidIn.count(QLatin1Char(',')) + 1, enrollments);
        QVERIFY2(paidIn.contains(QLatin1String(":EUR")) && paidIn.contains(QLatin1String(":USD")),
                 qPrintable(paidIn)); // the fixture pays in more than one currency
        {
            auto db = Database::open(path, Database::OpenMode::MustExist);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
            QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments"))->toInt(), enrollments);
            // Version 2's table is there and usable.
            QVERIFY(
                (*db)->run(QStringLiteral("INSERT INTO sign_in_failures(email, failures, throttled_until) "
                                          "VALUES ('a@b.c', 1, 0)")));
            QCOMPARE(AuditRepository(**db).verify().value(), Id(0));
            // Version 12: the currency moved onto every enrollment without loss; no payment is held.
            for (const QString& pair : paidIn.split(QLatin1Char(','))) {
                const Id id = pair.section(QLatin1Char(':'), 0, 0).toLongLong();
                auto e = EnrollmentRepository(**db).enrollment(id);
                QVERIFY(e);
                QCOMPARE(e->currency, pair.section(QLatin1Char(':'), 1));
                QVERIFY(!e->paymentHold);
            }
            QCOMPARE((*db)
                         ->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE payment_hold <> 0"))
                         ->toInt(),
                     0);
            // Version 5: every location names its legal entity, the organization's for old rows.
            const QString legal =
                (*db)->scalar(QStringLiteral("SELECT legal_name FROM organization"))->toString();
            QVERIFY(!legal.isEmpty());
            auto locations = DirectoryRepository(**db).locations();
            QVERIFY(locations);
            QVERIFY(!locations->isEmpty());
            for (const Location& l : *locations)
                QCOMPARE(l.legalName, legal);
            // Version 8: every earlier inbox message is an invitation, recommended, with no due date,
            // about its enrollment's location; those whose enrollment has left Invited are done.
            const auto count = [&](const char* where) {
                return (*db)
                    ->scalar(
                        QStringLiteral("SELECT COUNT(*) FROM inbox_messages m LEFT JOIN enrollments e ON "
                                       "e.id = m.enrollment_id WHERE ") +
                        QLatin1String(where))
                    ->toInt();
            };
            const int messages = count("1 = 1");
            QVERIFY(messages > 0);
            QCOMPARE(count("m.kind = 'invitation' AND m.priority = 'recommended' AND m.due_at IS NULL"),
                     messages);
            QCOMPARE(count("m.location_id = e.location_id"), messages);
            const int waiting = count("e.status = 'invited'");
            QVERIFY(waiting > 0 && waiting < messages);
            QCOMPARE(count("m.closed_at IS NULL AND m.closed_as = ''"), waiting);
            QCOMPARE(count("e.status <> 'invited' AND m.closed_as = 'done' AND m.closed_at = m.received_at"),
                     messages - waiting);
            // Version 10: earlier tax profiles keep every field and have no individual's fields; a
            // W-8BEN may be stored; documents keep their bytes, once per content and profile.
            ProfileRepository profiles(**db);
            const Id taxed =
                (*db)->scalar(QStringLiteral("SELECT MIN(location_id) FROM tax_profiles"))->toLongLong();
            QVERIFY(taxed > 0);
            auto tax = profiles.taxProfile(taxed);
            QVERIFY(tax && tax->has_value());
            QVERIFY((*tax)->signedOn.isValid());
            QVERIFY((*tax)->personName.isEmpty() && !(*tax)->birthDate.isValid());
            QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM tax_profiles"))->toInt(), before10);
            TaxProfile w8 = **tax;
            w8.form = TaxForm::W8Ben;
            w8.personName = QStringLiteral("Ingrid Sørensen");
            w8.birthDate = QDate(1990, 1, 1);
            QVERIFY(profiles.updateTax(w8, QDateTime(), now()).ok());
            QCOMPARE((*profiles.taxProfile(taxed))->form, TaxForm::W8Ben);
            QCOMPARE((*profiles.taxProfile(taxed))->birthDate, QDate(1990, 1, 1));
            QVERIFY(!(*db)->run(QStringLiteral("UPDATE tax_profiles SET form = 'w8x' WHERE location_id = ?"),
                                {taxed}));
            TaxDocument doc;
            doc.taxProfileId = (*tax)->id;
            doc.locationId = taxed;
            doc.fileName = QStringLiteral("scan.png");
            doc.mediaType = QStringLiteral("image/png");
            doc.content = QByteArray("\x89PNG\r\n\x1a\n\0\xff\0", 11);
            doc.size = doc.content.size();
            doc.sha256 = QStringLiteral("00");
            doc.addedBy = QStringLiteral("Avery");
            doc.addedAt = now();
            auto id = profiles.insertTaxDocument(doc, 0);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            QCOMPARE(profiles.taxDocument(*id)->content, doc.content);
            QVERIFY(!profiles.insertTaxDocument(doc, 0)); // the same content twice
            QVERIFY(migrations::schemaDifferences(**db)->isEmpty());
            // Version 14: the assignment of every enrollment names the tax profile it was paid
            // under, and a location may now file a second profile beside its first.
            int assigned = 0;
            for (const QString& pair : taxedBy.split(QLatin1Char(','))) {
                auto e =
                    EnrollmentRepository(**db).enrollment(pair.section(QLatin1Char(':'), 0, 0).toLongLong());
                QVERIFY(e);
                QCOMPARE(e->taxProfileId, pair.section(QLatin1Char(':'), 1).toLongLong());
                if (e->taxProfileId != 0) {
                    ++assigned;
                    QCOMPARE((*profiles.assignedTaxProfile(*e))->locationId, e->locationId);
                }
            }
            QVERIFY(assigned > 0);
            TaxProfile second = **tax;
            second.id = 0;
            second.form = TaxForm::W8BenE;
            auto secondId = profiles.insertTax(second, QDateTime(), now());
            QVERIFY2(secondId, qPrintable(secondId ? QString() : secondId.error().message));
            QCOMPARE(profiles.taxProfiles(taxed)->size(), 2);
            QCOMPARE((*profiles.taxProfile(taxed))->id, (*tax)->id); // the first stays the first
            // Version 11: the bank profiles on file stay bank transfers as they were, with no
            // beneficiary contact and no credit-note tenant.
            auto banks = ProfileRepository(**db).bankProfiles();
            QVERIFY(banks);
            QVERIFY(!banks->isEmpty());
            for (const BankProfile& b : *banks) {
                QCOMPARE(b.method, PaymentMethod::BankTransfer);
                QVERIFY(!b.holderName.isEmpty());
                QVERIFY(b.contactName.isEmpty() && b.contactEmail.isEmpty() && b.contactPhone.isEmpty());
                QVERIFY(b.tenantId.isEmpty() && !b.taxExempt);
                QCOMPARE(b.creditNoteStatus, CreditNoteStatus::VerificationNeeded);
            }
            QCOMPARE((*db)
                         ->scalar(QStringLiteral("SELECT COUNT(*) FROM bank_profiles WHERE contact_name = '' "
                                                 "AND tenant_id = '' AND tax_exempt = 0"))
                         ->toInt(),
                     int(banks->size()));
        }
        const QString backup = path + QStringLiteral(".before-v%1").arg(Database::kSchemaVersion);
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(peek(backup, QStringLiteral("PRAGMA user_version")).toInt(), version);
        // Opening again changes nothing more and writes no second copy.
        const QByteArray before = sha256(backup);
        QVERIFY(Database::open(path, Database::OpenMode::MustExist));
        QCOMPARE(sha256(backup), before);
    }

    void upgradeTakesStatisticsForItsNewIndexes_data()
    {
        QTest::addColumn<bool>("analyzed");
        QTest::newRow("planner statistics") << true;
        QTest::newRow("none") << false;
    }

    void upgradeTakesStatisticsForItsNewIndexes()
    {
        // A file whose planner has statistics gets them for the indexes an upgrade adds (without
        // them SQLite takes a new index for a very selective one); a file without keeps none.
        QFETCH(bool, analyzed);
        const QString source = QFINDTESTDATA(QStringLiteral("../data/incentives-v2.db"));
        QVERIFY(!source.isEmpty());
        const QString path = freshDir() + QStringLiteral("/old.db");
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (analyzed)
            raw(path, {QStringLiteral("ANALYZE")});
        QCOMPARE(peek(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
                     .toInt(),
                 analyzed ? 1 : 0);
        QVERIFY(Database::open(path, Database::OpenMode::MustExist));
        QCOMPARE(peek(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
                     .toInt(),
                 analyzed ? 1 : 0);
        if (!analyzed)
            return;
        // Version 15's indexes on tables with rows, and version 6's.
        for (const char* index : {"ix_roles_user", "ix_users_name", "ix_enr_program_status_country",
                                  "ix_enr_program_status_fy", "ix_enr_program_country"})
            QVERIFY2(peek(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = '%1'")
                                    .arg(QLatin1String(index)))
                             .toInt() == 1,
                     index);
    }

    void aStepForServersAloneLeavesAFileAsItIs()
    {
        // Versions 16 and 17 change nothing in a file; version 18 (the Action Center's index) does.
        // A version 17 file upgrades to 18 with its copy kept beside it; so does a version 15 file,
        // whose upgrade passes over 16 and 17; either ends with a new file's schema.
        QCOMPARE(migrations::currentFileVersion(), 18);
        QCOMPARE(migrations::currentFileVersion(), Database::kSchemaVersion);
        QCOMPARE(migrations::steps().at(15).scope, migrations::Step::ServerOnly);
        QCOMPARE(migrations::steps().at(16).scope, migrations::Step::ServerOnly);
        const QString dir = freshDir();
        const QString path = makeRealDatabase(dir);
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
        const QString copy = path + QStringLiteral(".before-v%1").arg(Database::kSchemaVersion);
        for (int version : {17, 15}) {
            QFile::remove(copy);
            raw(path, {QStringLiteral("PRAGMA user_version = %1").arg(version),
                       QStringLiteral("DROP INDEX ix_inbox_order")});
            {
                auto db = openOk(path);
                QVERIFY(db);
                QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
                auto differences = migrations::schemaDifferences(*db);
                QVERIFY(differences);
                QVERIFY2(differences->isEmpty(), qPrintable(differences->join(QLatin1Char('\n'))));
            }
            QCOMPARE(peek(copy, QStringLiteral("PRAGMA user_version")).toInt(), version);
            QCOMPARE(
                peek(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_inbox_order'"))
                    .toInt(),
                1);
        }
        // A current file opens without an upgrade and without a copy.
        QFile::remove(copy);
        const QByteArray before = sha256(path);
        QVERIFY(openOk(path));
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFileInfo::exists(copy));
        // An older step brings the file to today's version too.
        raw(path, {QStringLiteral("PRAGMA user_version = 14"), QStringLiteral("DROP INDEX ix_users_name"),
                   QStringLiteral("DROP INDEX ix_roles_user"),
                   QStringLiteral("DROP INDEX ix_locations_default_bank"),
                   QStringLiteral("DROP INDEX ix_enr_program_status_country"),
                   QStringLiteral("DROP INDEX ix_enr_program_status_fy"),
                   QStringLiteral("DROP INDEX ix_inbox_order")});
        QVERIFY(openOk(path));
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(peek(copy, QStringLiteral("PRAGMA user_version")).toInt(), 14);
    }

    void freshFileIsCreated()
    {
        const QString path = freshDir() + QStringLiteral("/sub/folder/new.db");
        {
            auto db = openOk(path);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
            auto appId = db->scalar(QStringLiteral("PRAGMA application_id"));
            QVERIFY(appId.ok());
            QCOMPARE(appId->toInt(), Database::kApplicationId);
            // One step per version, numbered 1 to today's.
            QCOMPARE(migrations::steps().size(), qsizetype(Database::kSchemaVersion));
            for (qsizetype i = 0; i < migrations::steps().size(); ++i)
                QCOMPARE(migrations::steps().at(i).version, int(i + 1));
            QCOMPARE(migrations::steps().last().version, Database::kSchemaVersion);
        }
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
        QCOMPARE(peek(path, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        const QStringList t = tables(path);
        for (const char* expected :
             {"settings", "organization", "locations", "users", "role_assignments", "programs",
              "bank_profiles", "tax_profiles", "tax_documents", "enrollments", "invitations",
              "validation_requests", "inbox_messages", "audit_log", "scenario_progress"})
            QVERIFY2(t.contains(QLatin1String(expected)), expected);
        // A new database is not "upgraded": no copy is written beside it.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".before-v%1").arg(Database::kSchemaVersion)));
    }

    void reopenIsNoop()
    {
        const QString dir = freshDir();
        const QString path = makeRealDatabase(dir);
        const QStringList listing = entries(dir);
        const QByteArray hash = sha256(path);
        const QVariant objects = peek(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        {
            auto db = openOk(path, Database::OpenMode::MustExist);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
            auto v = SettingsRepository(*db).value(QStringLiteral("k"));
            QVERIFY(v.ok());
            QCOMPARE(v.value(), QStringLiteral("v"));
        }
        QCOMPARE(peek(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")), objects);
        QCOMPARE(sha256(path), hash);
        QCOMPARE(entries(dir), listing);
    }

    void emptyFileIsInitialised()
    {
        const QString path = freshDir() + QStringLiteral("/empty.db");
        QVERIFY(writeFile(path, QByteArray()));
        {
            // Where a database must exist, an empty file is refused and stays empty ...
            auto refused = Database::open(path, Database::OpenMode::MustExist);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QLatin1String("empty")),
                     qPrintable(refused.error().message));
            QCOMPARE(QFileInfo(path).size(), 0);
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        }
        {
            // ... and where one may be created, it becomes a new database.
            auto db = openOk(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        }
        QCOMPARE(peek(path, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QVERIFY(tables(path).contains(QStringLiteral("enrollments")));
    }

    void newerSchemaIsRefused_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::newRow("rollback journal") << QStringLiteral("DELETE");
        // What a newer Incentives Desk actually leaves on disk: every connection switches to WAL.
        QTest::newRow("WAL mode") << QStringLiteral("WAL");
    }

    void newerSchemaIsRefused()
    {
        QFETCH(QString, journal);
        const QString path = freshDir() + QStringLiteral("/newer.db");
        raw(path, {QStringLiteral("PRAGMA journal_mode=%1").arg(journal),
                   QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, x TEXT)"),
                   QStringLiteral("INSERT INTO future_things(x) VALUES ('keep me')"),
                   QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId),
                   QStringLiteral("PRAGMA user_version=99")});
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), 99);
        expectRefusedUntouched(path, QStringLiteral("newer"));
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), 99);
    }

    void foreignDatabaseIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("application_id 0 with a table")
            << QStringList{QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
                           QStringLiteral("INSERT INTO contacts(name) VALUES ('Ada')")};
        QTest::newRow("another application_id")
            << QStringList{QStringLiteral("PRAGMA application_id=1234567")};
        QTest::newRow("another application_id, user_version 1") << QStringList{
            QStringLiteral("PRAGMA application_id=1234567"), QStringLiteral("PRAGMA user_version=1"),
            QStringLiteral("CREATE TABLE settings (key TEXT, value TEXT)")};
        QTest::newRow("application_id 0, user_version 3")
            << QStringList{QStringLiteral("PRAGMA user_version=3")};
        QTest::newRow("another application, WAL mode") << QStringList{
            QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA application_id=1234567"),
            QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")};
    }

    void foreignDatabaseIsRefused()
    {
        QFETCH(QStringList, statements);
        const QString path = freshDir() + QStringLiteral("/other.db");
        raw(path, statements);
        expectRefusedUntouched(path, QStringLiteral("another application"));
    }

    void notADatabaseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(8192, '\0');
        QRandomGenerator gen(20260301);
        for (char& c : random)
            c = char(gen.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("Incentives Desk notes\nnot a database\n");
        QTest::newRow("one byte") << QByteArray("S");
        QTest::newRow("SQLite magic cut short") << QByteArray("SQLite format 3");
    }

    void notADatabaseIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const QString path = freshDir() + QStringLiteral("/junk.db");
        QVERIFY(writeFile(path, bytes));
        expectRefusedUntouched(path, QStringLiteral("junk.db"));
    }

    void truncatedDatabaseIsRefused_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept of a real database
        QTest::addColumn<bool>("walHeader");
        QTest::newRow("first 50 bytes") << 50 << false; // cut inside the 100-byte header
        // Past the header, which says WAL mode: the inspection's read-only connection is reached.
        QTest::newRow("first 100 bytes") << 100 << true;
        QTest::newRow("first page") << 4096 << true;
        QTest::newRow("ten pages") << 40960 << true;
    }

    void truncatedDatabaseIsRefused()
    {
        QFETCH(int, keep);
        QFETCH(bool, walHeader);
        Q_UNUSED(walHeader) // both journal modes must be refused alike
        const QString real = makeRealDatabase(freshDir());
        QFile f(real);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        f.close();
        QVERIFY(all.size() > keep);
        QVERIFY(all.startsWith("SQLite format 3"));
        const QString path = freshDir() + QStringLiteral("/cut.db");
        QVERIFY(writeFile(path, all.left(keep)));
        expectRefusedUntouched(path, QStringLiteral("damaged"));
    }

    void damagedPageIsRefused()
    {
        // The header and the size are right, but a page in the middle is garbage: the structural
        // check on open finds it and the file is left exactly as it was.
        const QString real = makeRealDatabase(freshDir());
        QFile f(real);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray all = f.readAll();
        f.close();
        const int pageSize = (uchar(all.at(16)) << 8) | uchar(all.at(17));
        QVERIFY(all.size() >= pageSize * 8);
        for (int i = pageSize * 5; i < pageSize * 6; ++i)
            all[i] = char(0x5a ^ (i & 0xff));
        const QString path = freshDir() + QStringLiteral("/scrambled.db");
        QVERIFY(writeFile(path, all));
        expectRefusedUntouched(path, QStringLiteral("damaged"));
    }

    // Runs check as a user who lacks write permission where the test removed it: this user, or
    // nobody when the suite runs as root (root may write anywhere). check returns an empty string
    // when all is as expected, else what was not.
    static QString asUnprivileged(const std::function<QString()>& check)
    {
        if (::geteuid() != 0)
            return check();
        int pipeFds[2];
        if (::pipe(pipeFds) != 0)
            return QStringLiteral("no pipe");
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(pipeFds[0]);
            QByteArray answer = QByteArrayLiteral("could not become nobody");
            if (::setgid(65534) == 0 && ::setuid(65534) == 0)
                answer = check().toUtf8();
            (void)!::write(pipeFds[1], answer.constData(), size_t(answer.size()));
            ::_exit(0);
        }
        ::close(pipeFds[1]);
        QByteArray answer;
        char buffer[512];
        for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
            answer.append(buffer, n);
        ::close(pipeFds[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        return QString::fromUtf8(answer);
    }

    // What expectRefusedUntouched checks, as a value that can cross a process boundary.
    static QString refusedUntouched(const QString& path, const QString& needle)
    {
        const QString dir = QFileInfo(path).absolutePath();
        const QStringList before =
            QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1").arg(path);
        const QByteArray content = f.readAll();
        f.close();
        for (auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::MustExist}) {
            auto db = Database::open(path, mode);
            if (db.ok())
                return QStringLiteral("opened");
            if (!db.error().message.contains(needle, Qt::CaseInsensitive))
                return QStringLiteral("message: ") + db.error().message;
        }
        if (!f.open(QIODevice::ReadOnly) || f.readAll() != content)
            return QStringLiteral("the file changed");
        if (QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) != before)
            return QStringLiteral("files appeared beside it");
        return {};
    }

    // A folder everyone may enter and read (the suite's root may be private to its owner).
    QString sharedDir()
    {
        const QString dir = freshDir();
        for (const QString& d : {m_root.path(), dir})
            QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                         QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                         QFileDevice::ExeGroup);
        return dir;
    }

    void readOnlyFileIsRefused()
    {
        const QString dir = sharedDir();
        const QString path = makeRealDatabase(dir);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        // makeRealDatabase leaves a WAL-mode file, like the app does.
        const QString problem =
            asUnprivileged([&] { return refusedUntouched(path, QStringLiteral("read-only")); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void folderWithoutWritePermissionIsRefused()
    {
        // The file itself may be written, but not the folder where its log would go.
        const QString dir = sharedDir();
        const QString path = makeRealDatabase(dir);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther |
                                                QFileDevice::ReadGroup | QFileDevice::WriteGroup));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                               QFileDevice::ReadOther | QFileDevice::ExeOther |
                                               QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        const QString problem =
            asUnprivileged([&] { return refusedUntouched(path, QStringLiteral("folder")); });
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void mustExistOnMissingPath()
    {
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/nested/missing.db");
        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::NotFound);
        QVERIFY(!db.error().message.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(entries(dir).isEmpty()); // not even the folder

        auto none = Database::open(QStringLiteral("  "), Database::OpenMode::CreateIfMissing);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::Usage);
        auto folder = Database::open(dir, Database::OpenMode::CreateIfMissing);
        QVERIFY(!folder.ok());
    }

    void failingMigrationRollsBack_data()
    {
        QTest::addColumn<QString>("table");
        // settings is the step's first statement; audit_log comes after every other table, so that
        // only a real rollback can explain finding none of them.
        QTest::newRow("settings") << QStringLiteral("settings");
        QTest::newRow("audit_log") << QStringLiteral("audit_log");
    }

    void failingMigrationRollsBack()
    {
        QFETCH(QString, table);
        const QString path = freshDir() + QStringLiteral("/half.db");
        raw(path, {QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId),
                   QStringLiteral("CREATE TABLE %1 (name TEXT, amount INTEGER, note TEXT)").arg(table),
                   QStringLiteral("INSERT INTO %1 VALUES ('old', 1, 'kept')").arg(table)});
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);

        auto db = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY2(!db.ok(), "a migration that cannot run must fail the open");
        QVERIFY(!db.error().message.isEmpty());

        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(peek(path, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(tables(path), QStringList{table});
        QVERIFY(!tables(path).contains(QStringLiteral("enrollments")));
        QCOMPARE(peek(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(), 1);
        QCOMPARE(peek(path, QStringLiteral("SELECT note FROM %1 WHERE name = 'old'").arg(table)).toString(),
                 QStringLiteral("kept"));
        QCOMPARE(
            peek(path, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('%1')").arg(table)).toInt(), 3);
    }

    void transactionGuard()
    {
        auto db = openOk(freshDir() + QStringLiteral("/tx.db"));
        QVERIFY(db);
        const auto count = [&db] {
            return db->scalar(QStringLiteral("SELECT COUNT(*) FROM settings")).value().toInt();
        };
        {
            Transaction tx(*db);
            QVERIFY(tx.active());
            QVERIFY(tx.begun().ok());
            QVERIFY(SettingsRepository(*db).setValue(QStringLiteral("dropped"), QStringLiteral("1")).ok());
            QCOMPARE(count(), 1); // visible inside the transaction
        }                         // destroyed without commit
        QCOMPARE(count(), 0);
        {
            Transaction tx(*db);
            QVERIFY(SettingsRepository(*db).setValue(QStringLiteral("dropped"), QStringLiteral("1")).ok());
            tx.rollback();
            QVERIFY(!tx.active());
        }
        QCOMPARE(count(), 0);
        {
            Transaction tx(*db);
            QVERIFY(SettingsRepository(*db).setValue(QStringLiteral("kept"), QStringLiteral("1")).ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(!tx.active());
        }
        QCOMPARE(count(), 1);
        QCOMPARE(SettingsRepository(*db).value(QStringLiteral("kept")).value(), QStringLiteral("1"));
    }

    void auditLogIsAppendOnlyAndChained()
    {
        auto db = openOk(freshDir() + QStringLiteral("/audit.db"));
        QVERIFY(db);
        AuditRepository audit(*db);
        for (int i = 1; i <= 4; ++i) {
            AuditEntry e;
            e.at = now().addSecs(i * 60);
            e.actor = QStringLiteral("admin@contoso.example");
            e.action = QStringLiteral("enroll");
            e.partnerId = QStringLiteral("1234567");
            e.program = QStringLiteral("Azure Incentives");
            e.details = QStringLiteral("step %1").arg(i);
            QVERIFY(audit.append(e).ok());
        }
        QCOMPARE(audit.count().value(), qint64(4));
        QCOMPARE(audit.verify().value(), Id(0));

        const auto update = db->run(QStringLiteral("UPDATE audit_log SET details = 'forged' WHERE id = 2"));
        QVERIFY2(!update.ok(), "audit_log accepted an UPDATE");
        QVERIFY(!update.error().message.isEmpty());
        const auto remove = db->run(QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        QVERIFY2(!remove.ok(), "audit_log accepted a DELETE");
        QCOMPARE(audit.count().value(), qint64(4));
        QCOMPARE(audit.verify().value(), Id(0));

        // Someone with raw access drops the triggers and edits a record: verify() finds it.
        auto triggers = db->exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"));
        QVERIFY(triggers.ok());
        QStringList names;
        while (triggers->next())
            names.append(triggers->value(0).toString());
        QCOMPARE(names.size(), 2);
        for (const QString& name : names)
            QVERIFY(db->run(QStringLiteral("DROP TRIGGER %1").arg(name)).ok());
        QVERIFY(db->run(QStringLiteral("UPDATE audit_log SET details = 'forged' WHERE id = 2")).ok());
        QCOMPARE(audit.verify().value(), Id(2));
        // Putting the text back restores the chain; deleting a record breaks it at the next one.
        QVERIFY(db->run(QStringLiteral("UPDATE audit_log SET details = 'step 2' WHERE id = 2")).ok());
        QCOMPARE(audit.verify().value(), Id(0));
        QVERIFY(db->run(QStringLiteral("DELETE FROM audit_log WHERE id = 3")).ok());
        QCOMPARE(audit.verify().value(), Id(4));
    }

    void oneIncentivesAdminPerLocation()
    {
        auto db = openOk(freshDir() + QStringLiteral("/roles.db"));
        QVERIFY(db);
        DirectoryRepository dir(*db);
        QList<Id> users;
        for (const char* email : {"ann@contoso.example", "bob@contoso.example", "cy@contoso.example"}) {
            User u;
            u.email = QString::fromLatin1(email);
            u.name = u.email.section(QLatin1Char('@'), 0, 0);
            auto id = dir.insertUser(u, now());
            QVERIFY(id.ok());
            users.append(id.value());
        }
        QList<Id> locations;
        for (const char* partnerId : {"1000001", "1000002"}) {
            Location l;
            l.partnerId = QString::fromLatin1(partnerId);
            l.name = QStringLiteral("Contoso ") + l.partnerId;
            l.country = QStringLiteral("GB");
            auto id = dir.insertLocation(l);
            QVERIFY(id.ok());
            locations.append(id.value());
        }
        const auto role = [](Id user, Role r, Id location) { return RoleAssignment{user, r, location}; };

        QVERIFY(dir.insertRole(role(users[0], Role::IncentivesAdmin, locations[0]), now()).ok());
        const Status second = dir.insertRole(role(users[1], Role::IncentivesAdmin, locations[0]), now());
        QVERIFY2(!second.ok(), "a second Incentives admin for one location was stored");
        QCOMPARE(second.error().kind, ErrorKind::Conflict);
        // The same user may be admin of another location, and others may be users of the first.
        QVERIFY(dir.insertRole(role(users[1], Role::IncentivesAdmin, locations[1]), now()).ok());
        QVERIFY(dir.insertRole(role(users[1], Role::IncentivesUser, locations[0]), now()).ok());
        QVERIFY(dir.insertRole(role(users[2], Role::IncentivesUser, locations[0]), now()).ok());
        const Status dup = dir.insertRole(role(users[2], Role::IncentivesUser, locations[0]), now());
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, ErrorKind::Conflict);
        // An Account admin role is organization-wide: it takes no location.
        QVERIFY(!dir.insertRole(role(users[2], Role::AccountAdmin, locations[0]), now()).ok());
        QVERIFY(dir.insertRole(role(users[2], Role::AccountAdmin, 0), now()).ok());

        // Once the first admin is removed, another may take the location.
        QVERIFY(dir.deleteRole(role(users[0], Role::IncentivesAdmin, locations[0])).value());
        QVERIFY(dir.insertRole(role(users[1], Role::IncentivesAdmin, locations[0]), now()).ok());
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM role_assignments WHERE role = "
                                           "'incentives-admin' AND location_id = ?"),
                            {locations[0]})
                     .value()
                     .toInt(),
                 1);
    }

    void backupTo()
    {
        const QString dir = freshDir();
        auto db = openOk(dir + QStringLiteral("/source.db"));
        QVERIFY(db);
        DirectoryRepository directory(*db);
        for (int i = 0; i < 3; ++i) {
            User u;
            u.email = QStringLiteral("user%1@contoso.example").arg(i);
            u.name = QStringLiteral("User %1").arg(i);
            QVERIFY(directory.insertUser(u, now()).ok());
        }
        AuditEntry e;
        e.at = now();
        e.actor = QStringLiteral("system");
        e.action = QStringLiteral("init");
        QVERIFY(AuditRepository(*db).append(e).ok());
        QVERIFY(SettingsRepository(*db).setValue(QStringLiteral("demo"), QStringLiteral("1")).ok());

        const QString target = dir + QStringLiteral("/copy.db");
        QVERIFY(db->backupTo(target).ok());
        QVERIFY(QFileInfo::exists(target));

        auto copy = openOk(target, Database::OpenMode::MustExist);
        QVERIFY(copy);
        QCOMPARE(copy->schemaVersion(), Database::kSchemaVersion);
        auto names =
            db->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QVERIFY(names.ok());
        int compared = 0;
        while (names->next()) {
            const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(names->value(0).toString());
            QCOMPARE(copy->scalar(sql).value().toLongLong(), db->scalar(sql).value().toLongLong());
            ++compared;
        }
        QVERIFY(compared >= 10);
        QCOMPARE(copy->scalar(QStringLiteral("SELECT COUNT(*) FROM users")).value().toInt(), 3);
        QCOMPARE(AuditRepository(*copy).verify().value(), Id(0));
        copy.reset();

        // An existing file is never overwritten.
        const QByteArray hash = sha256(target);
        const Status again = db->backupTo(target);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QCOMPARE(sha256(target), hash);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
