#include "services/Clock.h"

#include "store/Repositories.h"

#include <QTimeZone>

namespace incentives {
namespace {
const QString kDemo = QStringLiteral("demo");
const QString kDemoClock = QStringLiteral("demo_clock");
const QString kProcessed = QStringLiteral("processed_until");

QDateTime fromText(const QString& text)
{
    bool ok = false;
    const qint64 secs = text.toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()) : QDateTime();
}
} // namespace

bool Clock::isDemo() const
{
    SettingsRepository settings(m_db);
    auto v = settings.value(kDemo, QStringLiteral("0"));
    return v && *v == QLatin1String("1");
}

QDateTime Clock::now() const
{
    if (m_processing.isValid())
        return m_processing;
    if (isDemo()) {
        SettingsRepository settings(m_db);
        auto v = settings.value(kDemoClock);
        if (v) {
            const QDateTime t = fromText(*v);
            if (t.isValid())
                return t;
        }
    }
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
}

QDateTime Clock::processedUntil() const
{
    SettingsRepository settings(m_db);
    auto v = settings.value(kProcessed);
    return v ? fromText(*v) : QDateTime();
}

Status Clock::setDemoNow(const QDateTime& utc)
{
    return SettingsRepository(m_db).setValue(kDemoClock, QString::number(utc.toSecsSinceEpoch()));
}

Status Clock::setProcessedUntil(const QDateTime& utc)
{
    return SettingsRepository(m_db).setValue(kProcessed, QString::number(utc.toSecsSinceEpoch()));
}

Status Clock::markDemo(bool demo, const QDateTime& start)
{
    SettingsRepository settings(m_db);
    if (auto s = settings.setValue(kDemo, demo ? QStringLiteral("1") : QStringLiteral("0")); !s)
        return s;
    if (demo)
        if (auto s = setDemoNow(start); !s)
            return s;
    return setProcessedUntil(start);
}

} // namespace incentives
