// Whole-database copies (migrate, generate into a server, snapshots and restores on a server) with
// values that a text protocol could damage: on PostgreSQL they stream in through COPY
// (store/PgCopy.cpp), on a file through INSERT; either way every value comes back as it went in,
// and a copy that fails part-way leaves the target as it was.
#include "services/AppContext.h"
#include "services/demo/DemoSeed.h"
#include "store/Copy.h"
#include "store/Database.h"
#include "store/PgCopy.h"
#include "store/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

#include <algorithm>
#include <memory>

using namespace incentives;
using namespace Qt::StringLiterals;

#define CHECK_OK(expr)                                                                                       \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(checked_.ok(), qPrintable(checked_.ok() ? QString() : checked_.error().message));           \
    } while (false)

namespace {

// Every character that means something in COPY's text format, alone, doubled, at either end, and
// the strings COPY itself spells specially (\N, \.), with text beyond ASCII.
const QStringList kHostile{
    u"back\\slash"_s,
    u"\\"_s,
    u"\\\\"_s,
    u"ends with a backslash\\"_s,
    u"\\N"_s,
    u"\\."_s,
    u"tab\there"_s,
    u"\t"_s,
    u"new\nline"_s,
    u"\n\n"_s,
    u"carriage\rreturn"_s,
    u"\r\n"_s,
    u"\\t\\n\\r (escapes spelled out)"_s,
    u"NULL"_s,
    u" "_s,
    u"Zoë Müller-Łukasiewicz, 日本語, Ελληνικά, עברית, 😀"_s,
    u"a\u00a0non-breaking space and a zero\u200bwidth one"_s,
    u"\x01\x02\x0b\x0c\x1b control characters"_s,
    u"quotes ' \" and a comma, semicolon;"_s,
};

// Every byte value, twice, with the sequences that would end or escape a text protocol.
QByteArray everyByte()
{
    QByteArray bytes("%PDF-1.7\n\\.\n\\N\t\r\n", 17);
    for (int round = 0; round < 2; ++round)
        for (int b = 0; b < 256; ++b)
            bytes.append(char(b));
    return bytes;
}

QString shown(const QVariant& v)
{
    if (v.isNull())
        return u"<NULL>"_s;
    if (v.typeId() == QMetaType::QByteArray)
        return u"bytes:"_s + QString::fromLatin1(v.toByteArray().toHex());
    return u"="_s + v.toString();
}

// Every row of every table, each row one line of shown values, in a stable order.
QStringList dump(Database& db)
{
    QStringList lines;
    for (const QString& table : copying::tables()) {
        auto q = db.exec(u"SELECT * FROM %1"_s.arg(table));
        if (!q) {
            lines << u"%1: %2"_s.arg(table, q.error().message);
            continue;
        }
        QStringList rows;
        while (q->next()) {
            const QSqlRecord record = q->record();
            QStringList row;
            for (int c = 0; c < record.count(); ++c)
                row << record.fieldName(c) + shown(record.value(c));
            rows << row.join(u'|');
        }
        std::sort(rows.begin(), rows.end());
        for (const QString& row : std::as_const(rows))
            lines << table + u": "_s + row;
    }
    return lines;
}

qint64 rowsIn(Database& db, const QString& table)
{
    auto n = db.scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table));
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestPgCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source; // a demo organization in a file, with the hostile values written in

private Q_SLOTS:
    void initTestCase();
    void cleanup() { pgcopy::setEnabled(true); }
    void rowFormatIsExact();
    void hostileValuesComeBackEqual_data();
    void hostileValuesComeBackEqual();
    void failedCopyLeavesTargetUnchanged();
    void lostServerLeavesTargetUnchanged();
    void restrictedLoginGoesThroughPolicies();
};

void TestPgCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(u"source.db"_s);
    {
        auto ctx = AppContext::open(m_source, Database::OpenMode::CreateIfMissing);
        QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
        CHECK_OK(seed::demo(**ctx));
    }
    // Written past the services, as only a hostile or damaged source file would hold them.
    {
        QSqlDatabase raw = testdb::openRaw(m_source, u"hostile"_s);
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw);
        for (int i = 0; i < kHostile.size(); ++i) {
            q.prepare(u"INSERT INTO settings(key, value) VALUES (?, ?)"_s);
            q.addBindValue(u"hostile.%1 %2"_s.arg(i).arg(kHostile.at(i)));
            q.addBindValue(kHostile.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.prepare(u"INSERT INTO settings(key, value) VALUES ('hostile.empty', '')"_s);
        QVERIFY(q.exec());
        // A missing password (NULL) beside an empty one, and names that need escaping.
        QVERIFY(q.exec(u"SELECT id FROM users ORDER BY id"_s));
        QList<qint64> users;
        while (q.next())
            users << q.value(0).toLongLong();
        QVERIFY(users.size() >= 3);
        QVERIFY(q.exec(u"UPDATE users SET password_hash = NULL WHERE id = %1"_s.arg(users.at(0))));
        QVERIFY(q.exec(u"UPDATE users SET password_hash = '' WHERE id = %1"_s.arg(users.at(1))));
        q.prepare(u"UPDATE users SET name = ?, password_hash = ? WHERE id = ?"_s);
        q.addBindValue(kHostile.join(u'|'));
        q.addBindValue(u"\\N"_s);
        q.addBindValue(users.at(2));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // Times and flags at their edges.
        QVERIFY(q.exec(
            u"UPDATE users SET created_at = -1, must_change_password = 1, active = 0 WHERE id = %1"_s.arg(
                users.at(1))));
        QVERIFY(q.exec(
            u"UPDATE enrollments SET validation_due = 253402300799, accepted_at = NULL, "
            "detail = 'line one\nline two\ttabbed \\ done' WHERE id = (SELECT MIN(id) FROM enrollments)"_s));
        // A document of every byte value.
        QVERIFY(q.exec(u"SELECT id, location_id FROM tax_profiles ORDER BY id LIMIT 1"_s));
        QVERIFY(q.next());
        const qint64 profile = q.value(0).toLongLong();
        const qint64 location = q.value(1).toLongLong();
        const QByteArray bytes = everyByte();
        q.prepare(
            u"INSERT INTO tax_documents(tax_profile_id, location_id, file_name, media_type, size_bytes, "
            "sha256, content, added_by, added_by_name, added_at) VALUES (?, ?, ?, 'application/pdf', ?, "
            "'every byte', ?, NULL, ?, 0)"_s);
        q.addBindValue(profile);
        q.addBindValue(location);
        q.addBindValue(u"every\tbyte\\.pdf"_s);
        q.addBindValue(qint64(bytes.size()));
        q.addBindValue(bytes);
        q.addBindValue(kHostile.at(15));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // An empty document is refused by the schema; one of a single NUL byte is not.
        q.prepare(
            u"INSERT INTO tax_documents(tax_profile_id, location_id, file_name, media_type, size_bytes, "
            "sha256, content, added_by_name, added_at) VALUES (?, ?, 'nul.png', 'image/png', 1, 'nul', ?, "
            "'', 0)"_s);
        q.addBindValue(profile);
        q.addBindValue(location);
        q.addBindValue(QByteArray(1, '\0'));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"hostile"_s);
}

void TestPgCopy::rowFormatIsExact()
{
    QByteArray out;
    pgcopy::appendRow(out, {QVariant(), QVariant(QMetaType::fromType<QString>()), u""_s,
                            u"a\\b\tc\nd\re\\N"_s, u"ü日"_s, QByteArray("\x00\xff\\\n", 4), true, false,
                            qint64(-9007199254740993LL), 0.1, QVariant(QMetaType::fromType<qint64>())});
    pgcopy::appendRow(out, {u"\\."_s});
    const QByteArray expected = "\\N\t\\N\t\t"
                                "a\\\\b\\tc\\nd\\re\\\\N\t"
                                "\xc3\xbc\xe6\x97\xa5\t"
                                "\\\\x00ff5c0a\t"
                                "1\t0\t"
                                "-9007199254740993\t0.1\t\\N\n"
                                "\\\\.\n";
    QCOMPARE(out, expected);
}

void TestPgCopy::hostileValuesComeBackEqual_data()
{
    QTest::addColumn<bool>("copyProtocol");
    QTest::newRow("copy") << true;
    if (testdb::onServer())
        QTest::newRow("insert") << false;
}

void TestPgCopy::hostileValuesComeBackEqual()
{
    QFETCH(bool, copyProtocol);
    pgcopy::setEnabled(copyProtocol);
    auto source = Database::open(m_source, Database::OpenMode::MustExist);
    QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
    const QString where = testdb::fresh(m_dir, QString::fromLatin1(QTest::currentDataTag()) + u".db"_s);
    auto target = Database::open(where, Database::OpenMode::CreateIfMissing);
    QVERIFY2(target, qPrintable(target ? QString() : target.error().message));
    // On a server, the rows do go through COPY (or, switched off, through INSERT).
    QCOMPARE(pgcopy::usable(**target, u"settings"_s), testdb::onServer() && copyProtocol);
    QCOMPARE(pgcopy::usable(**target, u"tax_documents"_s), testdb::onServer() && copyProtocol);

    auto counts = copying::copyInto(**source, **target);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    const QStringList before = dump(**source);
    const QStringList after = dump(**target);
    QVERIFY(before.size() > 100);
    for (qsizetype i = 0; i < qMin(before.size(), after.size()); ++i)
        QCOMPARE(after.at(i), before.at(i));
    QCOMPARE(after.size(), before.size());

    // The values themselves, read back one by one.
    for (int i = 0; i < kHostile.size(); ++i) {
        auto value = (*target)->scalar(u"SELECT value FROM settings WHERE key = ?"_s,
                                       {u"hostile.%1 %2"_s.arg(i).arg(kHostile.at(i))});
        QVERIFY(value);
        QCOMPARE(value->toString(), kHostile.at(i));
    }
    auto empty = (*target)->scalar(u"SELECT value FROM settings WHERE key = 'hostile.empty'"_s);
    QVERIFY(empty && !empty->isNull());
    QCOMPARE(empty->toString(), QString());
    auto missing = (*target)->scalar(u"SELECT COUNT(*) FROM users WHERE password_hash IS NULL"_s);
    auto blank = (*target)->scalar(u"SELECT COUNT(*) FROM users WHERE password_hash = ''"_s);
    QVERIFY(missing && blank);
    QVERIFY(missing->toInt() >= 1);
    QVERIFY(blank->toInt() >= 1);
    auto bytes = (*target)->scalar(u"SELECT content FROM tax_documents WHERE sha256 = 'every byte'"_s);
    QVERIFY(bytes);
    QCOMPARE(bytes->toByteArray(), everyByte());
    auto nul = (*target)->scalar(u"SELECT content FROM tax_documents WHERE sha256 = 'nul'"_s);
    QVERIFY(nul);
    QCOMPARE(nul->toByteArray(), QByteArray(1, '\0'));

    // The ids go on after the copied ones.
    if (testdb::onServer()) {
        auto last = (*target)->scalar(u"SELECT MAX(id) FROM tax_documents"_s);
        auto next = (*target)->scalar(u"SELECT nextval(pg_get_serial_sequence('tax_documents', 'id'))"_s);
        QVERIFY(last && next);
        QCOMPARE(next->toLongLong(), last->toLongLong() + 1);
    }
}

void TestPgCopy::failedCopyLeavesTargetUnchanged()
{
    // A source that breaks a rule of the schema in the middle of its largest table, after every
    // table before it has gone in: a location that does not exist.
    const QString broken = m_dir.filePath(u"broken.db"_s);
    QFile::remove(broken);
    QVERIFY(QFile::copy(m_source, broken));
    qint64 middle = 0;
    {
        QSqlDatabase raw = testdb::openRaw(broken, u"broken"_s);
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT id FROM enrollments ORDER BY id"_s));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QVERIFY(ids.size() > 10);
        middle = ids.at(ids.size() / 2);
        QVERIFY(q.exec(u"UPDATE enrollments SET location_id = 987654321 WHERE id = %1"_s.arg(middle)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"broken"_s);

    // The target holds an organization of its own, which a failed replacement must leave whole.
    const QString where = testdb::fresh(m_dir, u"kept.db"_s);
    {
        auto ctx = AppContext::open(where, Database::OpenMode::CreateIfMissing);
        QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
        CHECK_OK(seed::demo(**ctx));
        CHECK_OK(
            (*ctx)->db().run(u"INSERT INTO settings(key, value) VALUES ('kept', ?)"_s, {u"yes\tand\\no"_s}));
    }
    auto target = Database::open(where, Database::OpenMode::MustExist);
    QVERIFY(target);
    const QStringList before = dump(**target);
    QVERIFY(before.size() > 100);
    auto source = Database::open(broken, Database::OpenMode::MustExist);
    QVERIFY(source);
    if (testdb::onServer())
        QVERIFY(pgcopy::usable(**target, u"enrollments"_s));

    auto replaced = copying::replaceAll(**source, **target);
    QVERIFY2(!replaced, "a copy that breaks the schema's rules went through");
    QVERIFY2(replaced.error().message.contains(u"enrollments"_s), qPrintable(replaced.error().message));
    qInfo("refused as: %s", qPrintable(replaced.error().message));

    // The same connection goes on working, and the target is as it was.
    QCOMPARE(dump(**target), before);
    auto again = Database::open(where, Database::OpenMode::MustExist);
    QVERIFY(again);
    QCOMPARE(dump(**again), before);
}

void TestPgCopy::lostServerLeavesTargetUnchanged()
{
    if (!testdb::onServer())
        QSKIP("a server connection to lose");
    const QString where = testdb::fresh(m_dir, u"lost.db"_s);
    {
        auto made = Database::open(where, Database::OpenMode::CreateIfMissing);
        QVERIFY(made);
    }
    auto target = Database::open(where, Database::OpenMode::MustExist);
    QVERIFY(target);
    const qint64 settingsBefore = rowsIn(**target, u"settings"_s);
    auto pid = (*target)->scalar(u"SELECT pg_backend_pid()"_s);
    QVERIFY(pid);
    Status outcome;
    {
        Transaction tx(**target);
        QVERIFY(tx.active());
        QVERIFY(pgcopy::usable(**target, u"settings"_s));
        auto stream = pgcopy::Stream::open(**target, u"settings"_s, {u"key"_s, u"value"_s});
        QVERIFY2(stream, qPrintable(stream ? QString() : stream.error().message));
        int row = 0;
        for (; row < 20000; ++row)
            QVERIFY((*stream)->write({u"before %1"_s.arg(row), kHostile.at(row % kHostile.size())}));
        QCOMPARE(testdb::runOnServer(u"SELECT pg_terminate_backend(%1)"_s.arg(pid->toLongLong())), QString());
        for (; row < 200000 && outcome; ++row)
            outcome = (*stream)->write({u"after %1"_s.arg(row), u"x"_s});
        if (outcome) {
            auto finished = (*stream)->finish();
            QVERIFY2(!finished, "a COPY on a terminated connection reported success");
            outcome = finished.error();
        }
    }
    QVERIFY(!outcome);
    QVERIFY(!outcome.error().message.isEmpty());
    qInfo("reported as: %s", qPrintable(outcome.error().message));
    auto again = Database::open(where, Database::OpenMode::MustExist);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(rowsIn(**again, u"settings"_s), settingsBefore);
}

void TestPgCopy::restrictedLoginGoesThroughPolicies()
{
    if (!testdb::onServer())
        QSKIP("row-level security is the server's");
    const QString where = testdb::fresh(m_dir, u"restricted.db"_s);
    auto target = Database::open(where, Database::OpenMode::CreateIfMissing);
    QVERIFY(target);
    const QString role = u"pgcopy_restricted_%1"_s.arg(::getpid());
    (void)testdb::runOnServer(u"CREATE ROLE %1 NOLOGIN"_s.arg(role));
    CHECK_OK((*target)->run(u"DO $$BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO %1', current_schema()); "
                            "END$$"_s.arg(role)));
    CHECK_OK((*target)->run(
        u"GRANT SELECT, INSERT ON settings TO %1; GRANT SELECT ON schema_version TO %1"_s.arg(role)));
    const qint64 before = rowsIn(**target, u"settings"_s);
    CHECK_OK((*target)->run(u"SET ROLE %1"_s.arg(role)));
    // Row-level security filters this login: COPY would be refused outright, so the rows go through
    // INSERT, where the policies decide (and here refuse, as they would any INSERT of this login).
    QVERIFY(!pgcopy::usable(**target, u"settings"_s));
    {
        Transaction tx(**target);
        QVERIFY(tx.active());
        auto raw = pgcopy::Stream::open(**target, u"settings"_s, {u"key"_s, u"value"_s});
        QVERIFY2(!raw, "COPY by a login that row-level security filters was accepted");
    }
    auto source = Database::open(m_source, Database::OpenMode::MustExist);
    QVERIFY(source);
    {
        Transaction tx(**target);
        QVERIFY(tx.active());
        auto copied = copying::copyAll(**source, **target);
        QVERIFY2(!copied, "rows went in past the row-level security policies");
        QVERIFY2(copied.error().kind == ErrorKind::Denied, qPrintable(copied.error().message));
    }
    CHECK_OK((*target)->run(u"RESET ROLE"_s));
    QCOMPARE(rowsIn(**target, u"settings"_s), before);
}

QTEST_GUILESS_MAIN(TestPgCopy)
#include "tst_pgcopy.moc"
