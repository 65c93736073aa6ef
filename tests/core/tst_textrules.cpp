// The one rule for free text: control characters and text-direction overrides are refused with a
// message naming the field, and shown as escapes on a terminal.
#include "core/TextRules.h"

#include <QTest>

using namespace incentives;

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesControlAndDirectionCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plain") << QStringLiteral("The letter is unreadable.") << false << true;
        QTest::newRow("accents and scripts") << QStringLiteral("Müller · 株式会社 · שלום") << false << true;
        QTest::newRow("escape") << QStringLiteral("Bad \x1b[2Jletter") << false << false;
        QTest::newRow("bell") << QStringLiteral("ding\x07") << true << false;
        QTest::newRow("C1 control") << QStringLiteral("x\u009By") << false << false;
        QTest::newRow("right-to-left override") << QStringLiteral("report\u202Efdp.exe") << false << false;
        QTest::newRow("isolate") << QStringLiteral("a\u2067b") << false << false;
        QTest::newRow("right-to-left mark") << QStringLiteral("a\u200Fb") << false << false;
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << true << false;
        QTest::newRow("line break in one line") << QStringLiteral("a\nb") << false << false;
        QTest::newRow("line break in many lines") << QStringLiteral("a\nb\tc") << true << true;
    }
    void refusesControlAndDirectionCharacters()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(bool, allowed);
        const Status s = textrules::checkFreeText(text, QStringLiteral("reason"), multiLine);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().field, QStringLiteral("reason"));
            QCOMPARE(s.error().kind, ErrorKind::Invalid);
            QVERIFY2(s.error().message.startsWith(QLatin1String("The reason")),
                     qPrintable(s.error().message));
            QVERIFY2(s.error().message.contains(QLatin1String("U+")), qPrintable(s.error().message));
        }
    }
    void namesTheField()
    {
        const Status s = textrules::checkFreeText(QStringLiteral("x\x1b"), QStringLiteral("holder"));
        QVERIFY(s.error().message.startsWith(QLatin1String("The account holder's name")));
        QCOMPARE(s.error().field, QStringLiteral("holder"));
    }
    void visibleEscapesForTerminals()
    {
        const QString shown = textrules::visible(QStringLiteral("Contoso\x1b[2J\u202Eevil\nnext"));
        QCOMPARE(shown, QStringLiteral("Contoso\\u001b[2J\\u202eevil\nnext"));
        QCOMPARE(textrules::visible(QStringLiteral("a\nb"), false), QStringLiteral("a\\u000ab"));
        QVERIFY(!textrules::visible(QStringLiteral("\u200B\u2066")).contains(QChar(0x2066)));
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
