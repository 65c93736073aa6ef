// The documents attached to a tax profile, and the W-8BEN, through the services on a fresh demo
// database per test (a file, or a PostgreSQL database in the _postgres twin).
#include "core/EnrollmentRules.h"
#include "services/AppContext.h"
#include "services/MaintenanceService.h"
#include "services/ProfileService.h"
#include "services/TaxDocumentService.h"
#include "services/demo/DemoSeed.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
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

#define CHECK_REFUSED(expr, errorKind)                                                                       \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(!checked_.ok(), "expected a refusal: " #expr);                                              \
        QVERIFY2(checked_.error().kind == errorKind,                                                         \
                 qPrintable(u"refused as: "_s + checked_.error().message));                                  \
        QVERIFY(!checked_.error().message.isEmpty());                                                        \
    } while (false)

namespace {

const QString kAvery = u"avery.brooks@contoso.example"_s, kBao = u"bao.nguyen@contoso.example"_s,
              kCharlotte = u"charlotte.evans@contoso.example"_s, kDev = u"dev.patel@contoso.example"_s,
              kEmma = u"emma.schmidt@contoso.example"_s;
const QString kGB = u"4649102"_s, kDE = u"4649103"_s, kIN = u"4649104"_s;

QByteArray pdf(const QByteArray& body = "1 0 obj << /Type /Catalog >> endobj")
{
    return "%PDF-1.7\n" + body + "\n%%EOF\n";
}

// A PNG signature followed by every byte value: what a text column or an encoding would damage.
QByteArray binaryPng()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int round = 0; round < 3; ++round)
        for (int b = 0; b < 256; ++b)
            bytes.append(char(b));
    return bytes;
}

QString sha(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestTaxDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;

    Actor as(const QString& email)
    {
        auto a = m_ctx->actor(email);
        if (!a)
            QTest::qFail(qPrintable(u"no actor "_s + email), __FILE__, __LINE__);
        return a ? *a : Actor{};
    }
    int count(const QString& action, const QString& actor)
    {
        auto all = m_ctx->auditLog().list(0, 100000);
        if (!all)
            return -1;
        return int(std::ranges::count_if(
            *all, [&](const AuditEntry& e) { return e.action == action && e.actor == actor; }));
    }
    int storedDocuments() { return m_ctx->db().scalar(u"SELECT COUNT(*) FROM tax_documents"_s)->toInt(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ctx =
            AppContext::open(testdb::fresh(m_dir, u"incentives.db"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
        m_ctx = std::move(ctx).value();
        auto seeded = seed::demo(*m_ctx);
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    }
    void cleanup() { m_ctx.reset(); }

    void attachPdf()
    {
        TaxDocumentService docs(*m_ctx);
        const Actor charlotte = as(kCharlotte);
        const QByteArray bytes = pdf();
        auto added = docs.attach(charlotte, kGB, u"certificate of residence.pdf"_s, bytes);
        CHECK_OK(added);
        QCOMPARE(added->sha256, sha(bytes));
        QCOMPARE(added->mediaType, u"application/pdf"_s);
        QCOMPARE(added->size, qint64(bytes.size()));
        auto list = docs.documents(charlotte, kGB);
        CHECK_OK(list);
        QVERIFY(list->hasProfile);
        CHECK_OK(list->mayAttach);
        QCOMPARE(list->documents.size(), 1);
        const TaxDocument& d = list->documents.first();
        QCOMPARE(d.fileName, u"certificate of residence.pdf"_s);
        QCOMPARE(d.sha256, sha(bytes));
        QVERIFY2(d.addedBy.contains(kCharlotte), qPrintable(d.addedBy));
        QCOMPARE(d.addedAt, m_ctx->clock().now());
        QVERIFY(d.content.isEmpty()); // a listing carries no bytes
        auto read = docs.document(charlotte, d.id);
        CHECK_OK(read);
        QCOMPARE(read->content, bytes);
        QCOMPARE(count(u"tax-document.added"_s, kCharlotte), 1);
        // The Account admin and the location's Incentives user see it too; only the admin attaches.
        CHECK_OK(docs.document(as(kAvery), d.id));
        auto avery = docs.documents(as(kAvery), kGB);
        CHECK_OK(avery);
        QCOMPARE(avery->documents.size(), 1);
        QCOMPARE(avery->mayAttach.error().kind, ErrorKind::Denied);
    }

    void contentDecidesNotTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text renamed .pdf") << u"form.pdf"_s << QByteArray("Dear IRS,\nthis is plain text.\n");
        QTest::newRow("empty") << u"empty.pdf"_s << QByteArray();
        QTest::newRow("10 MB and a byte")
            << u"big.pdf"_s << (pdf() + QByteArray(10 * 1024 * 1024 - pdf().size() + 1, 'x'));
        QTest::newRow("HTML renamed .png") << u"scan.png"_s << QByteArray("<html><body>x</body></html>");
    }

    void contentDecidesNotTheName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        TaxDocumentService docs(*m_ctx);
        CHECK_REFUSED(docs.attach(as(kCharlotte), kGB, name, content), ErrorKind::Invalid);
        QCOMPARE(storedDocuments(), 0);
        QCOMPARE(count(u"tax-document.added"_s, kCharlotte), 0);
    }

    void largestFileFits()
    {
        TaxDocumentService docs(*m_ctx);
        const QByteArray big = pdf() + QByteArray(10 * 1024 * 1024 - pdf().size(), 'x');
        QCOMPARE(big.size(), 10 * 1024 * 1024);
        auto added = docs.attach(as(kCharlotte), kGB, u"big.pdf"_s, big);
        CHECK_OK(added);
        QCOMPARE(docs.document(as(kCharlotte), added->id)->content, big);
    }

    void duplicatesAndSameNames()
    {
        TaxDocumentService docs(*m_ctx);
        const Actor charlotte = as(kCharlotte);
        CHECK_OK(docs.attach(charlotte, kGB, u"scan.png"_s, binaryPng()));
        // The same content again, whatever its name: a duplicate, refused.
        CHECK_REFUSED(docs.attach(charlotte, kGB, u"other name.png"_s, binaryPng()), ErrorKind::Conflict);
        // Another file under the same name is an entry of its own; the first is kept as it was.
        const QByteArray second = binaryPng() + "more";
        CHECK_OK(docs.attach(charlotte, kGB, u"scan.png"_s, second));
        auto list = docs.documents(charlotte, kGB);
        CHECK_OK(list);
        QCOMPARE(list->documents.size(), 2);
        QCOMPARE(list->documents.at(0).fileName, list->documents.at(1).fileName);
        QCOMPARE(docs.document(charlotte, list->documents.at(0).id)->content, binaryPng());
        QCOMPARE(docs.document(charlotte, list->documents.at(1).id)->content, second);
        // The same content on another location's profile is no duplicate there.
        CHECK_OK(docs.attach(as(kBao), kDE, u"scan.png"_s, binaryPng()));
    }

    // A location filing two tax profiles keeps each one's documents apart; a profile of another
    // location is refused, for listing and for attaching.
    void documentsBelongToTheChosenTaxProfile()
    {
        ProfileService profiles(*m_ctx);
        const Actor bao = as(kBao);
        TaxProfile w8 = *profiles.newTaxDraft(bao, kDE);
        w8.form = TaxForm::W8Ben;
        w8.personName = u"Lena Vogel"_s;
        w8.citizenshipCountry = u"DE"_s;
        w8.birthDate = QDate(1984, 6, 2);
        w8.noTaxIdReason = u"Not issued by the country of residence"_s;
        w8.vatId = u"DE136695976"_s;
        auto second = profiles.addTax(bao, kDE, w8);
        CHECK_OK(second);
        auto first = profiles.taxProfile(bao, kDE);
        CHECK_OK(first);
        QVERIFY(first->has_value() && (*first)->id != second->id);

        TaxDocumentService docs(*m_ctx);
        auto added = docs.attach(bao, kDE, u"passport.png"_s, binaryPng(), second->id);
        CHECK_OK(added);
        QCOMPARE(added->taxProfileId, second->id);
        auto onSecond = docs.documents(bao, kDE, second->id);
        CHECK_OK(onSecond);
        QCOMPARE(onSecond->taxProfileId, second->id);
        QCOMPARE(onSecond->documents.size(), 1);
        // Without an id the location's first is listed, and the W-8BEN's document is not on it.
        auto onFirst = docs.documents(bao, kDE);
        CHECK_OK(onFirst);
        QCOMPARE(onFirst->taxProfileId, (*first)->id);
        QVERIFY(onFirst->documents.isEmpty());
        // The same content on the location's other profile is no duplicate there.
        CHECK_OK(docs.attach(bao, kDE, u"passport.png"_s, binaryPng()));
        // Another location's profile is refused, and nothing is stored for it.
        const int before = storedDocuments();
        auto gb = profiles.taxProfile(as(kCharlotte), kGB);
        CHECK_OK(gb);
        QVERIFY(gb->has_value());
        CHECK_REFUSED(docs.attach(bao, kDE, u"x.pdf"_s, pdf("x"), (*gb)->id), ErrorKind::Invalid);
        CHECK_REFUSED(docs.documents(bao, kDE, (*gb)->id), ErrorKind::Invalid);
        QCOMPARE(storedDocuments(), before);
    }

    void othersCannotListOrRead()
    {
        TaxDocumentService docs(*m_ctx);
        auto added = docs.attach(as(kCharlotte), kGB, u"w8.pdf"_s, pdf());
        CHECK_OK(added);
        // Bao administers the US and Germany, not the UK: no list, no read, each refusal audited.
        const int before = count(u"denied"_s, kBao);
        CHECK_REFUSED(docs.documents(as(kBao), kGB), ErrorKind::Denied);
        CHECK_REFUSED(docs.document(as(kBao), added->id), ErrorKind::Denied);
        QCOMPARE(count(u"denied"_s, kBao), before + 2);
        const QString out = m_dir.filePath(u"copy.pdf"_s);
        CHECK_REFUSED(docs.saveCopy(as(kBao), added->id, out), ErrorKind::Denied);
        QVERIFY(!QFile::exists(out)); // nothing written
        QCOMPARE(count(u"denied"_s, kBao), before + 3);
        // Nor does he attach to the UK profile; an Incentives user of Germany does not attach there.
        CHECK_REFUSED(docs.attach(as(kBao), kGB, u"x.pdf"_s, pdf("x")), ErrorKind::Denied);
        CHECK_REFUSED(docs.attach(as(kEmma), kDE, u"x.pdf"_s, pdf("x")), ErrorKind::Denied);
        auto emma = docs.documents(as(kEmma), kDE);
        CHECK_OK(emma);
        QCOMPARE(emma->mayAttach.error().kind, ErrorKind::Denied);
        QCOMPARE(storedDocuments(), 1);
    }

    void needsATaxProfile()
    {
        TaxDocumentService docs(*m_ctx);
        auto list = docs.documents(as(kDev), kIN);
        CHECK_OK(list);
        QVERIFY(!list->hasProfile);
        QVERIFY(!list->mayAttach.ok());
        CHECK_REFUSED(docs.attach(as(kDev), kIN, u"x.pdf"_s, pdf()), ErrorKind::WrongState);
    }

    void fileInFileOut()
    {
        TaxDocumentService docs(*m_ctx);
        const QString in = m_dir.filePath(u"scan.jpg"_s);
        QByteArray jpeg("\xff\xd8\xff\xe0\0\x10JFIF\0", 11);
        jpeg.append(binaryPng());
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(jpeg);
        }
        auto added = docs.attachFile(as(kCharlotte), kGB, in);
        CHECK_OK(added);
        QCOMPARE(added->fileName, u"scan.jpg"_s);
        QCOMPARE(added->mediaType, u"image/jpeg"_s);
        const QString out = m_dir.filePath(u"saved.jpg"_s);
        CHECK_OK(docs.saveCopy(as(kCharlotte), added->id, out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), jpeg);
        CHECK_REFUSED(docs.attachFile(as(kCharlotte), kGB, m_dir.path()), ErrorKind::Invalid);
        CHECK_REFUSED(docs.attachFile(as(kCharlotte), kGB, m_dir.filePath(u"missing.pdf"_s)),
                      ErrorKind::NotFound);
    }

    void backupRestoreKeepsTheBytes()
    {
        TaxDocumentService docs(*m_ctx);
        auto added = docs.attach(as(kCharlotte), kGB, u"scan.png"_s, binaryPng());
        CHECK_OK(added);
        const QString backup = m_dir.filePath(u"backup-%1.db"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        CHECK_OK(MaintenanceService(*m_ctx).backUp(as(kAvery), backup));
        // Another document after the backup: gone once the backup is restored.
        CHECK_OK(docs.attach(as(kCharlotte), kGB, u"later.pdf"_s, pdf()));
        auto replacement = MaintenanceService(*m_ctx).restore(as(kAvery), backup);
        CHECK_OK(replacement);
        const QString path = m_ctx->db().path();
        m_ctx.reset();
        CHECK_OK(replacement->carryOut(path));
        auto reopened = AppContext::open(path, Database::OpenMode::MustExist);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        m_ctx = std::move(reopened).value();
        TaxDocumentService restored(*m_ctx);
        auto list = restored.documents(as(kCharlotte), kGB);
        CHECK_OK(list);
        QCOMPARE(list->documents.size(), 1);
        auto read = restored.document(as(kCharlotte), list->documents.first().id);
        CHECK_OK(read);
        QCOMPARE(read->content, binaryPng());
        QCOMPARE(read->sha256, sha(binaryPng()));
    }

    void w8benThroughTheService()
    {
        ProfileService profiles(*m_ctx);
        const Actor dev = as(kDev);
        TaxProfile t;
        t.form = TaxForm::W8Ben;
        t.personName = u"Priya Raman"_s;
        t.citizenshipCountry = u"in"_s;
        t.noTaxIdReason = u"Not issued to non-residents"_s;
        t.birthDate = QDate(1985, 4, 2);
        t.signedOn = m_ctx->clock().now().date().addDays(-10);
        auto saved = profiles.setTax(dev, kIN, t);
        CHECK_OK(saved);
        auto stored = profiles.taxProfile(dev, kIN);
        CHECK_OK(stored);
        QVERIFY(stored->has_value());
        const TaxProfile& s = **stored;
        QCOMPARE(s.form, TaxForm::W8Ben);
        QCOMPARE(s.personName, u"Priya Raman"_s);
        QCOMPARE(s.citizenshipCountry, u"IN"_s);
        QCOMPARE(s.birthDate, QDate(1985, 4, 2));
        QCOMPARE(s.noTaxIdReason, u"Not issued to non-residents"_s);
        QCOMPARE(rules::taxExpiry(s), QDate(t.signedOn.year() + 3, 12, 31));
        // The reminder before expiry is due like a W-8BEN-E's.
        QVERIFY(m_ctx->profiles().nextTaxExpiry(m_ctx->clock().now())->isValid());
        // A US citizen files a W-9: refused beside the field.
        t.citizenshipCountry = u"US"_s;
        auto refused = profiles.setTax(dev, kIN, t);
        CHECK_REFUSED(refused, ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestTaxDocuments)
#include "tst_taxdocuments.moc"
