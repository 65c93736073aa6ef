#include "store/ChangeWatcher.h"

#include "store/Database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace incentives {

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    QSqlDriver* driver = m_db.connection().driver();
    const QString channel = Dialect::changeChannel();
    if (m_db.dialect().dataVersion().isEmpty() && driver &&
        driver->hasFeature(QSqlDriver::EventNotifications) && driver->subscribeToNotification(channel)) {
        m_pushed = true;
        connect(driver, &QSqlDriver::notification, this,
                [this, channel](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    if (name == channel && source == QSqlDriver::OtherSource)
                        Q_EMIT changedElsewhere();
                });
        return;
    }
    if (m_db.dialect().dataVersion().isEmpty())
        return;
    if (auto v = m_db.scalar(m_db.dialect().dataVersion()))
        m_lastVersion = *v;
    // PRAGMA data_version costs some 20 µs: four looks a second keep a change made elsewhere
    // a quarter of a second from being noticed at most.
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_poll.start();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_pushed)
        if (QSqlDriver* driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(Dialect::changeChannel());
}

void ChangeWatcher::poll()
{
    auto v = m_db.scalar(m_db.dialect().dataVersion());
    if (!v)
        return;
    if (m_lastVersion.isValid() && *v != m_lastVersion) {
        m_lastVersion = *v;
        Q_EMIT changedElsewhere();
        return;
    }
    m_lastVersion = *v;
}

} // namespace incentives
