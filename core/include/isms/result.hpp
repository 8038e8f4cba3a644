#pragma once
/// @file result.hpp
/// One error type for the whole core, and a small expected-like result.

#include <string>
#include <utility>
#include <variant>

namespace isms
{

/// What went wrong, as the adapter needs to know it to choose a Calc error code.
enum class ErrorKind
{
    InvalidArgument, ///< the caller's argument is malformed, out of range or unknown (Err:502)
    NotFound,        ///< a lookup that is not about an argument found nothing
    Internal         ///< a defect or broken data; never the user's fault (#VALUE!)
};

/// An error with its kind, the 0-based index of the offending argument (-1: none) and a
/// message in English for logs and exception texts.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    int argIndex = -1;
    std::string message;
};

[[nodiscard]] inline Error invalidArgument(int argIndex, std::string message)
{
    return Error{ErrorKind::InvalidArgument, argIndex, std::move(message)};
}

/// Either a value or an Error. Never throws on access when checked first.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_v); }
    [[nodiscard]] T& value() & { return std::get<0>(m_v); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const T& operator*() const& { return value(); }
    [[nodiscard]] const T* operator->() const { return &value(); }
    [[nodiscard]] const Error& error() const { return std::get<1>(m_v); }

    /// The same error with another argument index (for a function whose argument N was parsed).
    [[nodiscard]] Error errorAt(int argIndex) const
    {
        Error e = error();
        e.argIndex = argIndex;
        return e;
    }

private:
    std::variant<T, Error> m_v;
};

} // namespace isms
