#pragma once

#include <QObject>
#include <QTimer>
#include <QVariant>

namespace incentives {

class Database;

// Tells when another connection (another user, the CLI, a second window) has committed a change:
// on PostgreSQL by LISTEN/NOTIFY on the channel every write transaction notifies, on SQLite by
// watching the file's data version. Lives on the thread that owns the connection.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database& db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    // Whether changes are pushed by the server rather than looked for.
    bool pushed() const { return m_pushed; }

Q_SIGNALS:
    void changedElsewhere();

private:
    void poll();

    Database& m_db;
    QTimer m_poll;
    QVariant m_lastVersion;
    bool m_pushed = false;
};

} // namespace incentives
