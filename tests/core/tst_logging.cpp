// The logging categories of the layers: quiet by default (only warnings), everything with
// --verbose, and how a program finds --verbose on its command line.
#include "core/Logging.h"

#include <QTest>

using namespace incentives;

namespace {

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_messages << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
}

const QLoggingCategory& (*const kCategories[])() = {lcCore, lcStore, lcServices, lcCli, lcGui};

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { g_messages.clear(); }
    void cleanup() { qInstallMessageHandler(nullptr); }

    void quietShowsOnlyWarnings()
    {
        logging::setVerbose(false);
        for (const auto category : kCategories) {
            QVERIFY2(!category().isDebugEnabled(), category().categoryName());
            QVERIFY2(!category().isInfoEnabled(), category().categoryName());
            QVERIFY2(category().isWarningEnabled(), category().categoryName());
        }
        qInstallMessageHandler(collect);
        qCInfo(lcStore) << "opened";
        qCDebug(lcCore) << "step";
        qCWarning(lcServices) << "trouble";
        QCOMPARE(g_messages, QStringList{QStringLiteral("incentives.services: trouble")});
    }

    void verboseShowsEverything()
    {
        logging::setVerbose(true);
        for (const auto category : kCategories)
            QVERIFY2(category().isDebugEnabled(), category().categoryName());
        qInstallMessageHandler(collect);
        qCInfo(lcStore) << "opened";
        qCDebug(lcGui) << "shown";
        QCOMPARE(g_messages, QStringList({QStringLiteral("incentives.store: opened"),
                                          QStringLiteral("incentives.gui: shown")}));
        logging::setVerbose(false);
        QVERIFY(!lcStore().isInfoEnabled());
    }

    void categoriesAreNamedByLayer()
    {
        QCOMPARE(QLatin1String(lcCore().categoryName()), QLatin1String("incentives.core"));
        QCOMPARE(QLatin1String(lcStore().categoryName()), QLatin1String("incentives.store"));
        QCOMPARE(QLatin1String(lcServices().categoryName()), QLatin1String("incentives.services"));
        QCOMPARE(QLatin1String(lcCli().categoryName()), QLatin1String("incentives.cli"));
        QCOMPARE(QLatin1String(lcGui().categoryName()), QLatin1String("incentives.gui"));
    }

    void findsVerboseOnTheCommandLine()
    {
        const char* plain[] = {"prog", "--database", "x.db"};
        QVERIFY(!logging::asksForVerbose(3, plain));
        const char* verbose[] = {"prog", "x.db", "--verbose"};
        QVERIFY(logging::asksForVerbose(3, verbose));
        const char* afterEnd[] = {"prog", "--", "--verbose"};
        QVERIFY(!logging::asksForVerbose(3, afterEnd));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
