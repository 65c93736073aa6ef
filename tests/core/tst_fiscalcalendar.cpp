#include "core/FiscalCalendar.h"
#include "core/TimeText.h"

#include <QTest>
#include <QTimeZone>

using namespace incentives;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestFiscalCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yearOfDate_data();
    void yearOfDate();
    void yearOfDateTime_data();
    void yearOfDateTime();
    void bounds_data();
    void bounds();
    void label_data();
    void label();
    void nextYearStart_data();
    void nextYearStart();
    void w8Expiry_data();
    void w8Expiry();

    void parseDateTime_data();
    void parseDateTime();
    void parseDuration_data();
    void parseDuration();
    void formatRoundTrip();
    void isoTextIsQtsIsoDate();
};

void TestFiscalCalendar::yearOfDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");
    QTest::newRow("30 June 2026 ends FY26") << QDate(2026, 6, 30) << 2026;
    QTest::newRow("1 July 2026 starts FY27") << QDate(2026, 7, 1) << 2027;
    QTest::newRow("31 Dec 2026") << QDate(2026, 12, 31) << 2027;
    QTest::newRow("1 Jan 2027") << QDate(2027, 1, 1) << 2027;
    QTest::newRow("30 June 2027") << QDate(2027, 6, 30) << 2027;
    QTest::newRow("1 July 2027") << QDate(2027, 7, 1) << 2028;
    QTest::newRow("leap day 29 Feb 2028") << QDate(2028, 2, 29) << 2028;
    QTest::newRow("leap day 29 Feb 2024") << QDate(2024, 2, 29) << 2024;
    QTest::newRow("1 Jan 2000") << QDate(2000, 1, 1) << 2000;
    QTest::newRow("1 July 1999") << QDate(1999, 7, 1) << 2000;
    QTest::newRow("30 June 2099") << QDate(2099, 6, 30) << 2099;
}

void TestFiscalCalendar::yearOfDate()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    QCOMPARE(fiscal::yearOf(date), year);
}

void TestFiscalCalendar::yearOfDateTime_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<int>("year");
    QTest::newRow("last second of FY26") << utc(2026, 6, 30, 23, 59, 59) << 2026;
    QTest::newRow("first second of FY27") << utc(2026, 7, 1) << 2027;
    QTest::newRow("new year's eve") << utc(2026, 12, 31, 23, 59, 59) << 2027;
    QTest::newRow("new year") << utc(2027, 1, 1) << 2027;
    // 1 July 01:00 in UTC+2 is still 30 June in UTC: the boundary is at 00:00 UTC.
    QTest::newRow("offset east, still June in UTC")
        << QDateTime(QDate(2026, 7, 1), QTime(1, 0), QTimeZone(2 * 3600)) << 2026;
    // 30 June 22:00 in UTC-4 is already 1 July in UTC.
    QTest::newRow("offset west, already July in UTC")
        << QDateTime(QDate(2026, 6, 30), QTime(22, 0), QTimeZone(-4 * 3600)) << 2027;
}

void TestFiscalCalendar::yearOfDateTime()
{
    QFETCH(QDateTime, moment);
    QFETCH(int, year);
    QCOMPARE(fiscal::yearOf(moment), year);
}

void TestFiscalCalendar::bounds_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("FY27") << 2027 << QDate(2026, 7, 1) << QDate(2027, 6, 30);
    QTest::newRow("FY28 (holds 29 Feb)") << 2028 << QDate(2027, 7, 1) << QDate(2028, 6, 30);
    QTest::newRow("FY2000") << 2000 << QDate(1999, 7, 1) << QDate(2000, 6, 30);
}

void TestFiscalCalendar::bounds()
{
    QFETCH(int, year);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QCOMPARE(fiscal::firstDay(year), first);
    QCOMPARE(fiscal::lastDay(year), last);
    QCOMPARE(fiscal::yearOf(first), year);
    QCOMPARE(fiscal::yearOf(last), year);
    QCOMPARE(fiscal::yearOf(first.addDays(-1)), year - 1);
    QCOMPARE(fiscal::yearOf(last.addDays(1)), year + 1);

    const QDateTime start = fiscal::startOf(year);
    QVERIFY(start.isValid());
    QCOMPARE(start.offsetFromUtc(), 0);
    QCOMPARE(start, QDateTime(first, QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(fiscal::yearOf(start), year);
    QCOMPARE(fiscal::yearOf(start.addSecs(-1)), year - 1);
}

void TestFiscalCalendar::label_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("text");
    QTest::newRow("2027") << 2027 << QStringLiteral("FY27");
    QTest::newRow("2000") << 2000 << QStringLiteral("FY00");
    QTest::newRow("2005") << 2005 << QStringLiteral("FY05");
    QTest::newRow("2010") << 2010 << QStringLiteral("FY10");
    QTest::newRow("2099") << 2099 << QStringLiteral("FY99");
}

void TestFiscalCalendar::label()
{
    QFETCH(int, year);
    QFETCH(QString, text);
    QCOMPARE(fiscal::label(year), text);
}

void TestFiscalCalendar::nextYearStart_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QDateTime>("next");
    QTest::newRow("mid year") << utc(2026, 11, 15, 12) << utc(2027, 7, 1);
    QTest::newRow("spring") << utc(2027, 3, 1) << utc(2027, 7, 1);
    QTest::newRow("last second of the year") << utc(2027, 6, 30, 23, 59, 59) << utc(2027, 7, 1);
    // Strictly after: a moment exactly at a start gives the following one.
    QTest::newRow("exactly at a start") << utc(2027, 7, 1) << utc(2028, 7, 1);
    QTest::newRow("one second after a start") << utc(2027, 7, 1, 0, 0, 1) << utc(2028, 7, 1);
    QTest::newRow("leap day") << utc(2028, 2, 29, 8) << utc(2028, 7, 1);
    QTest::newRow("new year's eve") << utc(2027, 12, 31, 23, 59, 59) << utc(2028, 7, 1);
}

void TestFiscalCalendar::nextYearStart()
{
    QFETCH(QDateTime, moment);
    QFETCH(QDateTime, next);
    const QDateTime got = fiscal::nextYearStart(moment);
    QCOMPARE(got, next);
    QVERIFY(got > moment);
    QCOMPARE(got.time(), QTime(0, 0));
    QCOMPARE(got.date().day(), 1);
    QCOMPARE(got.date().month(), 7);
}

void TestFiscalCalendar::w8Expiry_data()
{
    QTest::addColumn<QDate>("signedOn");
    QTest::addColumn<QDate>("expiry");
    QTest::newRow("1 Jan 2024") << QDate(2024, 1, 1) << QDate(2027, 12, 31);
    QTest::newRow("29 Feb 2024") << QDate(2024, 2, 29) << QDate(2027, 12, 31);
    QTest::newRow("30 June 2024") << QDate(2024, 6, 30) << QDate(2027, 12, 31);
    QTest::newRow("31 Dec 2024") << QDate(2024, 12, 31) << QDate(2027, 12, 31);
    QTest::newRow("1 Jan 2025") << QDate(2025, 1, 1) << QDate(2028, 12, 31);
}

void TestFiscalCalendar::w8Expiry()
{
    QFETCH(QDate, signedOn);
    QFETCH(QDate, expiry);
    QCOMPARE(fiscal::w8Expiry(signedOn), expiry);
}

void TestFiscalCalendar::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime none;
    QTest::newRow("date only") << QStringLiteral("2026-06-30") << true << utc(2026, 6, 30);
    QTest::newRow("date and minutes") << QStringLiteral("2026-06-30 14:00") << true << utc(2026, 6, 30, 14);
    QTest::newRow("ISO with seconds")
        << QStringLiteral("2026-06-30T14:05:09") << true << utc(2026, 6, 30, 14, 5, 9);
    QTest::newRow("ISO with Z") << QStringLiteral("2026-06-30T14:05:09Z") << true
                                << utc(2026, 6, 30, 14, 5, 9);
    QTest::newRow("surrounding spaces") << QStringLiteral("  2027-01-01 00:00  ") << true << utc(2027, 1, 1);
    QTest::newRow("leap day 2028") << QStringLiteral("2028-02-29") << true << utc(2028, 2, 29);
    QTest::newRow("last minute") << QStringLiteral("2026-12-31 23:59") << true << utc(2026, 12, 31, 23, 59);

    QTest::newRow("30 Feb") << QStringLiteral("2027-02-30") << false << none;
    QTest::newRow("29 Feb of a common year") << QStringLiteral("2027-02-29") << false << none;
    QTest::newRow("month 13") << QStringLiteral("2027-13-01") << false << none;
    QTest::newRow("month 00") << QStringLiteral("2027-00-10") << false << none;
    QTest::newRow("day 00") << QStringLiteral("2027-01-00") << false << none;
    QTest::newRow("day 32") << QStringLiteral("2027-01-32") << false << none;
    QTest::newRow("24:00") << QStringLiteral("2027-01-01 24:00") << false << none;
    QTest::newRow("minute 60") << QStringLiteral("2027-01-01 12:60") << false << none;
    QTest::newRow("second 60") << QStringLiteral("2027-01-01T12:00:60") << false << none;
    QTest::newRow("junk") << QStringLiteral("next tuesday") << false << none;
    QTest::newRow("empty") << QString() << false << none;
    QTest::newRow("spaces only") << QStringLiteral("   ") << false << none;
    QTest::newRow("day first") << QStringLiteral("30-06-2026") << false << none;
    QTest::newRow("slashes") << QStringLiteral("2026/06/30") << false << none;
    QTest::newRow("no padding") << QStringLiteral("2026-6-30") << false << none;
    QTest::newRow("hour only") << QStringLiteral("2026-06-30 14") << false << none;
    QTest::newRow("other offset") << QStringLiteral("2026-06-30T14:00+02:00") << false << none;
    QTest::newRow("trailing junk") << QStringLiteral("2026-06-30x") << false << none;
    QTest::newRow("embedded newline") << QStringLiteral("2026-06-30\n14:00") << false << none;
    QTest::newRow("year 1999") << QStringLiteral("1999-12-31") << false << none;
    QTest::newRow("year 0000") << QStringLiteral("0000-01-01") << false << none;
    QTest::newRow("five-digit year") << QStringLiteral("20260-01-01") << false << none;
    QTest::newRow("full-width digits") << QStringLiteral("\uFF12\uFF10\uFF12\uFF16-01-01") << false << none;
    QTest::newRow("huge") << QString(100000, QLatin1Char('9')) << false << none;
    QTest::newRow("huge after a date")
        << QStringLiteral("2026-06-30") + QString(100000, QLatin1Char(' ')) + QLatin1Char('x') << false
        << none;
}

void TestFiscalCalendar::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);
    const auto parsed = timetext::parseDateTime(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid) {
        QCOMPARE(parsed.value(), expected);
        QCOMPARE(parsed.value().offsetFromUtc(), 0);
    } else {
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY(!parsed.error().message.isEmpty());
        // The message quotes at most a short piece of what was typed.
        QVERIFY2(parsed.error().message.size() < 300,
                 qPrintable(QString::number(parsed.error().message.size())));
    }
}

void TestFiscalCalendar::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("30m") << QStringLiteral("30m") << true << qint64(30 * 60);
    QTest::newRow("90m") << QStringLiteral("90m") << true << qint64(90 * 60);
    QTest::newRow("1h") << QStringLiteral("1h") << true << qint64(3600);
    QTest::newRow("48h") << QStringLiteral("48h") << true << qint64(48 * 3600);
    QTest::newRow("2d") << QStringLiteral("2d") << true << qint64(2 * 86400);
    QTest::newRow("1w") << QStringLiteral("1w") << true << qint64(7 * 86400);
    QTest::newRow("upper case H") << QStringLiteral("48H") << true << qint64(48 * 3600);
    QTest::newRow("upper case D") << QStringLiteral("2D") << true << qint64(2 * 86400);
    QTest::newRow("space before unit") << QStringLiteral("48 h") << true << qint64(48 * 3600);
    QTest::newRow("surrounding spaces") << QStringLiteral("  1w  ") << true << qint64(7 * 86400);
    QTest::newRow("six digits") << QStringLiteral("999999h") << true << qint64(999999) * 3600;
    QTest::newRow("leading zero") << QStringLiteral("01h") << true << qint64(3600);

    QTest::newRow("zero") << QStringLiteral("0h") << false << qint64(0);
    QTest::newRow("zeros") << QStringLiteral("000m") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1h") << false << qint64(0);
    QTest::newRow("plus sign") << QStringLiteral("+1h") << false << qint64(0);
    QTest::newRow("missing unit") << QStringLiteral("48") << false << qint64(0);
    QTest::newRow("missing number") << QStringLiteral("h") << false << qint64(0);
    QTest::newRow("unknown unit") << QStringLiteral("2y") << false << qint64(0);
    QTest::newRow("seconds not offered") << QStringLiteral("30s") << false << qint64(0);
    QTest::newRow("word unit") << QStringLiteral("2 days") << false << qint64(0);
    QTest::newRow("two parts") << QStringLiteral("1h30m") << false << qint64(0);
    QTest::newRow("fraction") << QStringLiteral("1.5h") << false << qint64(0);
    QTest::newRow("seven digits") << QStringLiteral("9999999h") << false << qint64(0);
    QTest::newRow("overflow-ish") << QStringLiteral("99999999999999999999w") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("junk") << QStringLiteral("soon") << false << qint64(0);
    QTest::newRow("full-width digit") << QStringLiteral("\uFF11h") << false << qint64(0);
    QTest::newRow("huge") << QString(100000, QLatin1Char('1')) + QLatin1Char('h') << false << qint64(0);
}

void TestFiscalCalendar::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);
    const auto parsed = timetext::parseDuration(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid) {
        QCOMPARE(parsed.value(), seconds);
    } else {
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(parsed.error().message.size() < 300);
    }
}

void TestFiscalCalendar::formatRoundTrip()
{
    const QDateTime moment = utc(2026, 6, 30, 14, 0);
    QCOMPARE(timetext::format(moment), QStringLiteral("2026-06-30 14:00 UTC"));
    QCOMPARE(timetext::formatIso(moment), QStringLiteral("2026-06-30T14:00:00Z"));
    const auto back = timetext::parseDateTime(timetext::formatIso(moment));
    QVERIFY(back.ok());
    QCOMPARE(back.value(), moment);
    // A moment in another zone is written in UTC.
    const QDateTime east(QDate(2026, 7, 1), QTime(1, 0), QTimeZone(2 * 3600));
    QCOMPARE(timetext::format(east), QStringLiteral("2026-06-30 23:00 UTC"));
}

void TestFiscalCalendar::isoTextIsQtsIsoDate()
{
    // The direct ISO writer gives Qt's own text for every moment: across a century in uneven
    // steps (leap days, year ends, every hour and minute), milliseconds dropped as Qt drops them,
    // and the years Qt writes differently.
    qint64 seconds = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2070, 12, 31), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
    int checked = 0;
    while (seconds <= end) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).addMSecs(seconds % 1000);
        QCOMPARE(timetext::formatIso(t), t.toUTC().toString(Qt::ISODate));
        seconds += 86400 * 3 + 3607 + 59; // drifts through every hour, minute and second
        ++checked;
    }
    QVERIFY(checked > 10000);
    const QDateTime leap(QDate(2028, 2, 29), QTime(23, 59, 59), QTimeZone::utc());
    QCOMPARE(timetext::formatIso(leap), QStringLiteral("2028-02-29T23:59:59Z"));
    const QDateTime east(QDate(2027, 1, 1), QTime(0, 30), QTimeZone(3600));
    QCOMPARE(timetext::formatIso(east), QStringLiteral("2026-12-31T23:30:00Z"));
    const QDateTime far(QDate(12000, 1, 1), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(timetext::formatIso(far), far.toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestFiscalCalendar)
#include "tst_fiscalcalendar.moc"
