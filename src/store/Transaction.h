#pragma once

#include "core/Result.h"

namespace incentives {

class Database;

// A write transaction that rolls back unless commit() is called. Takes the write lock when it
// begins, so that everything done inside sees and changes one consistent state.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; when it did not, error() says why (e.g. the database is busy).
    bool active() const { return m_active; }
    const Error& error() const { return m_error; }
    Status begun() const { return m_active ? Status() : Status(m_error); }

    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace incentives
