#pragma once

#include "core/Result.h"

#include <QDateTime>

namespace incentives {

class Database;

// The app's clock: the real clock, or in a demo database a clock stored in the database that a
// presenter sets and advances. Everything that waits (validation, expiry, renewal) reads this.
class Clock
{
public:
    explicit Clock(Database& db) : m_db(db) {}

    bool isDemo() const;
    QDateTime now() const; // UTC, whole seconds
    // The moment up to which waiting work has been carried out.
    QDateTime processedUntil() const;

    // Used by the services only, inside their transactions.
    Status setDemoNow(const QDateTime& utc);
    Status setProcessedUntil(const QDateTime& utc);
    Status markDemo(bool demo, const QDateTime& start);

    // While the simulated side carries out what came due at a past moment, now() answers that
    // moment, so that a jump over many events judges each as of its own time.
    void setProcessingMoment(const QDateTime& at) { m_processing = at; }
    void clearProcessingMoment() { m_processing = QDateTime(); }

private:
    Database& m_db;
    QDateTime m_processing;
};

} // namespace incentives
