// The bulk paths of store/Bulk.h: on SQLite they read and write through the engine's C API, and a
// caller must not be able to tell them from Qt Sql's reading and writing of the same cells, byte
// for byte; on PostgreSQL they go through Qt Sql.

#include "TestDatabase.h"

#include "services/AppContext.h"
#include "services/demo/Generator.h"
#include "store/Bulk.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace incentives;

namespace {

// Every cell of a query, as Qt Sql reads it: its type and its text.
QStringList cellsOf(Database& db, const QString& sql)
{
    QStringList out;
    auto q = db.exec(sql);
    if (!q)
        return {QStringLiteral("error: ") + q.error().message};
    while (q->next()) {
        for (int i = 0; i < q->record().count(); ++i) {
            const QVariant v = q->value(i);
            out.append(QString::fromLatin1(v.metaType().name()) +
                       (v.isNull() ? QStringLiteral(" null ") : QStringLiteral(" = ")) + v.toString());
        }
    }
    return out;
}

} // namespace

class TestBulkPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setSqliteDirect(true); }

    void readerReadsWhatQtSqlReads();
    void readerReportsErrors();
    void bulkInsertStoresWhatQtSqlStores();
    void generatorWritesTheSameDatabaseEitherWay();

private:
    std::unique_ptr<Database> open(const QString& name)
    {
        auto db = Database::open(testdb::fresh(m_dir, name), Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(name), qPrintable(db.error().message));
        return std::move(db).value();
    }

    QTemporaryDir m_dir;
};

void TestBulkPaths::readerReadsWhatQtSqlReads()
{
    auto db = open(QStringLiteral("reader.db"));
    QVERIFY(db->run(db->dialect().ddl(
        QStringLiteral("CREATE TABLE bulk_cells (id ${ID}, t TEXT, n BIGINT, b ${BLOB})"))));
    // Values any backend holds.
    const QStringList texts{QStringLiteral(""),
                            QStringLiteral("plain"),
                            QStringLiteral("Zürich, 東京 ") + QString::fromUcs4(U"\U0001F600"),
                            QString(QChar(0xFEFF)) + QStringLiteral("after a byte order mark"),
                            QString(QChar(0xFFFE)) + QString(QChar(0xFFFF)),
                            QStringLiteral("\"quoted\", =1+2\r\n")};
    for (qsizetype i = 0; i < texts.size(); ++i)
        QVERIFY(db->run(QStringLiteral("INSERT INTO bulk_cells (t, n, b) VALUES (?, ?, ?)"),
                        {texts.at(i), qint64(i) * 1'000'000'000'000LL - 3, texts.at(i).toUtf8()}));
    QVERIFY(db->run(QStringLiteral("INSERT INTO bulk_cells (t, n, b) VALUES (NULL, NULL, NULL)")));
    QStringList sqls{QStringLiteral("SELECT id, t, n, b FROM bulk_cells ORDER BY id")};
    if (db->isFile()) {
        // What only SQLite holds: any value in any column, and text that is not UTF-8.
        QVERIFY(db->run(QStringLiteral("CREATE TABLE raw_cells (id INTEGER PRIMARY KEY, x)")));
        const QStringList raw{
            QStringLiteral("NULL"),
            QStringLiteral("42"),
            QStringLiteral("-9223372036854775808"),
            QStringLiteral("1.5"),
            QStringLiteral("1e20"),
            QStringLiteral("-0.25"),
            QStringLiteral("'123'"),
            QStringLiteral("' 12 '"),
            QStringLiteral("'abc'"),
            QStringLiteral("X''"),
            QStringLiteral("X'3132'"),
            QStringLiteral("X'ff41'"),
            QStringLiteral("CAST(X'ff41' AS TEXT)"),
            QStringLiteral("CAST(X'410042' AS TEXT)"),
            QStringLiteral("CAST(X'00' AS TEXT)"),
            QStringLiteral("CAST(X'efbbbf41' AS TEXT)"),
            QStringLiteral("CAST(X'efbfbe' AS TEXT)"),
            QStringLiteral("CAST(X'41efbfbf' AS TEXT)"),
            QStringLiteral("CAST(X'eda080' AS TEXT)"),
            QStringLiteral("CAST(X'edbfbf41' AS TEXT)"),
            QStringLiteral("CAST(X'f4908080' AS TEXT)"),
            QStringLiteral("CAST(X'f7bfbfbf' AS TEXT)"),
            QStringLiteral("CAST(X'c0af' AS TEXT)"),
            QStringLiteral("CAST(X'e08280' AS TEXT)"),
            QStringLiteral("CAST(X'f08282ac' AS TEXT)"),
            QStringLiteral("CAST(X'e282' AS TEXT)"),
            QStringLiteral("CAST(X'80' AS TEXT)"),
            QStringLiteral("CAST(X'fe' AS TEXT)"),
            QStringLiteral("CAST(X'f09f9880' AS TEXT)"),
            QStringLiteral("CAST(X'efbc9d31' AS TEXT)"),
            QStringLiteral("CAST(X'c3a9' AS TEXT)"),
        };
        for (const QString& value : raw)
            QVERIFY(db->run(QStringLiteral("INSERT INTO raw_cells (x) VALUES (%1)").arg(value)));
        sqls.append(QStringLiteral("SELECT x, id FROM raw_cells ORDER BY id"));
    }
    for (const bool direct : {true, false}) {
        setSqliteDirect(direct);
        for (const QString& sql : std::as_const(sqls)) {
            // Qt Sql's reading first: a server connection runs one query at a time.
            QList<QVariantList> expected;
            {
                auto q = db->exec(sql);
                QVERIFY(q);
                while (q->next()) {
                    QVariantList row;
                    for (int c = 0; c < q->record().count(); ++c)
                        row.append(q->value(c));
                    expected.append(row);
                }
            }
            auto reader = RowReader::run(*db, sql);
            QVERIFY(reader);
            QCOMPARE((*reader)->direct(), direct && db->isFile());
            int rows = 0;
            for (const QVariantList& row : std::as_const(expected)) {
                QVERIFY((*reader)->next());
                ++rows;
                for (int c = 0; c < row.size(); ++c) {
                    const QVariant v = row.at(c);
                    const QByteArray context = sql.toUtf8() + " row " + QByteArray::number(rows) +
                                               " column " + QByteArray::number(c);
                    // Each accessor on its own, then all of them on one cell in turn.
                    QVERIFY2((*reader)->isNull(c) == v.isNull(), context.constData());
                    QVERIFY2((*reader)->integer(c) == v.toLongLong(), context.constData());
                    QVERIFY2((*reader)->utf8(c) == v.toString().toUtf8(), context.constData());
                    QVERIFY2((*reader)->string(c) == v.toString(), context.constData());
                    QVERIFY2(fromUtf8Exactly((*reader)->utf8(c)) == v.toString(), context.constData());
                }
            }
            QVERIFY(rows > 3);
            QVERIFY(!(*reader)->next());
            QVERIFY(!(*reader)->error());
        }
    }
}

void TestBulkPaths::readerReportsErrors()
{
    auto db = open(QStringLiteral("errors.db"));
    for (const bool direct : {true, false}) {
        setSqliteDirect(direct);
        auto missing = RowReader::run(*db, QStringLiteral("SELECT nothing FROM no_such_table"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::Storage);
        auto wrongCount = RowReader::run(*db, QStringLiteral("SELECT id FROM programs WHERE id = ?"), {1, 2});
        QVERIFY(!wrongCount);
        auto insert = BulkInsert::prepare(*db, QStringLiteral("INSERT INTO no_such_table (x) VALUES (?)"));
        QVERIFY(!insert);
    }
}

void TestBulkPaths::bulkInsertStoresWhatQtSqlStores()
{
    auto db = open(QStringLiteral("insert.db"));
    QStringList texts{QString(),
                      QStringLiteral(""),
                      QStringLiteral("Zürich"),
                      QString::fromUcs4(U"\U0001F600 emoji"),
                      QString(QChar(0xFEFF)) + QStringLiteral("bom"),
                      QString(QChar(0xFFFE)),
                      QStringLiteral("x") + QString(QChar(0xD800)) + QStringLiteral("y"),
                      QString(QChar(0xDC00)),
                      QString(QChar(0xD83D)),
                      QStringLiteral("same"),
                      QStringLiteral("same"),
                      QStringLiteral("Zürich")};
    if (db->isFile()) // PostgreSQL refuses a NUL in text
        texts.append(QStringLiteral("A") + QChar(0) + QStringLiteral("B"));
    const QVariantList numbers{qint64(5),
                               -3,
                               true,
                               false,
                               QVariant(QMetaType::fromType<qint64>()),
                               std::numeric_limits<qint64>::max(),
                               std::numeric_limits<qint64>::min(),
                               QVariant(QMetaType::fromType<int>())};
    const QVariantList bytes{QByteArray("\x00\xff", 2), QByteArray(), QByteArray(""), QByteArray("plain")};
    QStringList tables{QStringLiteral("direct_in")};
    if (db->isFile())
        tables.append(QStringLiteral("qt_in"));
    for (const QString& table : std::as_const(tables)) {
        QVERIFY(db->run(db->dialect().ddl(
            QStringLiteral("CREATE TABLE %1 (id ${ID}, t TEXT CHECK (t <> 'refused'), n BIGINT, b ${BLOB})")
                .arg(table))));
        setSqliteDirect(table == QLatin1String("direct_in"));
        auto insert =
            BulkInsert::prepare(*db, QStringLiteral("INSERT INTO %1 (t, n, b) VALUES (?, ?, ?)").arg(table));
        QVERIFY(insert);
        QCOMPARE((*insert)->direct(), db->isFile() && table == QLatin1String("direct_in"));
        QList<Id> ids;
        for (qsizetype i = 0; i < 3 * texts.size(); ++i) {
            auto id = (*insert)->insert(
                {texts.at(i % texts.size()), numbers.at(i % numbers.size()), bytes.at(i % bytes.size())});
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
            ids.append(*id);
        }
        // A refused row is an error, and the statement goes on with the next one.
        auto refused = (*insert)->insert({QStringLiteral("refused"), 1, QByteArray("x")});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Storage);
        auto after = (*insert)->insert({QStringLiteral("after"), 1, QByteArray("x")});
        QVERIFY(after);
        ids.append(*after);
        // The ids are the rows' own.
        auto stored = db->exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
        QVERIFY(stored);
        QList<Id> storedIds;
        while (stored->next())
            storedIds.append(stored->value(0).toLongLong());
        QCOMPARE(storedIds, ids);
    }
    setSqliteDirect(true);
    if (db->isFile()) {
        // SQLite keeps each value's type and bytes: both paths stored the same ones.
        const QString cells = QStringLiteral("SELECT typeof(t), hex(t), typeof(n), hex(n), typeof(b), hex(b) "
                                             "FROM %1 ORDER BY id");
        const QStringList direct = cellsOf(*db, cells.arg(QStringLiteral("direct_in")));
        QVERIFY(direct.size() > 3 * texts.size());
        QCOMPARE(direct, cellsOf(*db, cells.arg(QStringLiteral("qt_in"))));
    }
    // What was stored reads back as Qt Sql binds it: a null string as an empty one, a boolean as 0/1.
    auto back = db->exec(QStringLiteral("SELECT t, n, b FROM direct_in ORDER BY id"));
    QVERIFY(back);
    for (qsizetype i = 0; i < 3 * texts.size(); ++i) {
        QVERIFY(back->next());
        const QString text = texts.at(i % texts.size());
        // Lone surrogates are replaced, and a leading U+FEFF or U+FFFE is taken for a byte order
        // mark (by SQLite, or by Qt's UTF-8 decoding of what PostgreSQL returns): the rest reads
        // back as it was.
        bool lone = false;
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (text.at(k).isHighSurrogate() && k + 1 < text.size() && text.at(k + 1).isLowSurrogate())
                ++k;
            else if (text.at(k).isSurrogate())
                lone = true;
        }
        const bool mark = text.startsWith(QChar(0xFEFF)) || text.startsWith(QChar(0xFFFE));
        if (!lone && !mark)
            QCOMPARE(back->value(0).toString(), text.isNull() ? QStringLiteral("") : text);
        QVERIFY(!back->value(0).isNull());
        const QVariant n = numbers.at(i % numbers.size());
        QCOMPARE(back->value(1).isNull(), n.isNull());
        QCOMPARE(back->value(1).toLongLong(), n.toLongLong());
        const QByteArray b = bytes.at(i % bytes.size()).toByteArray();
        QCOMPARE(back->value(2).isNull(), b.isNull());
        QCOMPARE(back->value(2).toByteArray(), b);
    }
}

void TestBulkPaths::generatorWritesTheSameDatabaseEitherWay()
{
    SKIP_ON_SERVER("the engine's C API serves SQLite files only");
    QStringList contents[2];
    for (const bool direct : {true, false}) {
        setSqliteDirect(direct);
        const QString path = m_dir.filePath(direct ? QStringLiteral("direct.db") : QStringLiteral("qt.db"));
        {
            auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(ctx);
            generator::Options options;
            options.locations = 45;
            options.programs = 7;
            options.seed = 11;
            auto made = generator::generate(**ctx, options);
            QVERIFY(made);
            QCOMPARE(made->enrollments, qint64(45 * 7));
            Database& db = (*ctx)->db();
            // Invitations and validations are written by the bulk path too.
            for (const QString& table :
                 {QStringLiteral("invitations"), QStringLiteral("validation_requests")}) {
                auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
                QVERIFY(count && count->toLongLong() > 0);
            }
            auto tables =
                db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QVERIFY(tables);
            QStringList names;
            while (tables->next())
                names.append(tables->value(0).toString());
            QVERIFY(names.contains(QStringLiteral("enrollments")));
            QStringList& all = contents[direct ? 0 : 1];
            for (const QString& name : std::as_const(names)) {
                all.append(QStringLiteral("table ") + name);
                all += cellsOf(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name));
            }
            // The indexes dropped for the load are all back.
            all += cellsOf(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                              "ORDER BY name"));
        }
    }
    QVERIFY(contents[0].size() > 45 * 7 * 10);
    QCOMPARE(contents[0], contents[1]);
}

QTEST_GUILESS_MAIN(TestBulkPaths)
#include "tst_bulkpaths.moc"
