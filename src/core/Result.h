#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace incentives {

// Why an operation was refused. The CLI maps every kind except Usage to exit code 1.
enum class ErrorKind
{
    Invalid,    // the input breaks a rule
    Denied,     // the actor lacks the role for it
    WrongState, // the enrollment or profile is not in a state that allows it
    NotFound,
    Conflict, // someone else changed the row, or a uniqueness rule
    Storage,  // the database could not be read or written
    Usage,    // the caller used the interface wrongly
};

struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    QString field; // the form field the message belongs beside, when there is one
};

inline Error makeError(ErrorKind kind, QString message, QString field = {})
{
    return Error{kind, std::move(message), std::move(field)};
}

// A value or the reason there is none. Errors travel as values, never as a silent false.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    T* operator->() { return &std::get<0>(m_data); }
    const T& operator*() const { return value(); }
    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace incentives
