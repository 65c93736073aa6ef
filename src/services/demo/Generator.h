#pragma once

#include "services/AppContext.h"

#include <functional>

// Synthetic organizations of any size, for the scale benchmark and for trying the app on a
// distributor's volume: locations across many countries, users and roles, bank and tax profiles,
// and enrollments in every status over several fiscal years. Deterministic for a given seed.
namespace incentives::generator {

struct Options
{
    int locations = 1000;
    int programs = 10;
    quint32 seed = 1;
    // Called after each batch with the enrollments written so far; returning false cancels (the
    // database then holds the batches already committed).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct Summary
{
    qint64 locations = 0;
    qint64 users = 0;
    qint64 programs = 0;
    qint64 enrollments = 0;
};

// Fills a new, empty database (a demo database, so that the demo clock and tools work on it).
Result<Summary> generate(AppContext& ctx, const Options& options);

} // namespace incentives::generator
