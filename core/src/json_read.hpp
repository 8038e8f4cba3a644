#pragma once
// Internal: reading the compiled-in data files. Every problem throws DataError naming the
// entry; the public fromJson functions turn it into an Internal error.

#include "isms/catalog.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

namespace isms::json_read
{

using json = nlohmann::json;

struct DataError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void fail(const std::string& what)
{
    throw DataError(what);
}

/// Parses JSON that may contain // comments.
inline json parse(std::string_view text, const char* name)
{
    try
    {
        return json::parse(text.begin(), text.end(), nullptr, true, /*ignore_comments=*/true);
    }
    catch (const json::exception& e)
    {
        fail(std::string(name) + ": " + e.what());
    }
}

/// {"en": "...", "ja": "..."} with both non-empty.
inline Text text(const json& j, const std::string& where)
{
    if (!j.is_object() || !j.contains("en") || !j.contains("ja") || !j["en"].is_string() ||
        !j["ja"].is_string())
        fail(where + ": needs en and ja strings");
    Text t{j["en"].get<std::string>(), j["ja"].get<std::string>()};
    if (t.en.empty() || t.ja.empty())
        fail(where + ": empty text");
    return t;
}

inline std::string str(const json& j, const char* key, const std::string& where)
{
    if (!j.is_object() || !j.contains(key) || !j[key].is_string())
        fail(where + ": missing string '" + key + "'");
    return j[key].get<std::string>();
}

inline const json& array(const json& j, const char* key, const std::string& where)
{
    if (!j.is_object() || !j.contains(key) || !j[key].is_array())
        fail(where + ": missing array '" + key + "'");
    return j[key];
}

/// "customer" / "provider" / "both".
inline Role roles(const std::string& s, const std::string& where)
{
    if (s == "customer")
        return Role::Customer;
    if (s == "provider")
        return Role::Provider;
    if (s == "both")
        return Role::Both;
    fail(where + ": roles must be customer, provider or both, not '" + s + "'");
}

/// The value of parsing a compiled-in data file. A failure is a build defect (the core tests
/// load every data file first), so it throws std::logic_error.
template <typename T> T builtinOrThrow(Result<T>&& r)
{
    if (!r.ok())
        throw std::logic_error(r.error().message);
    return std::move(r).value();
}

} // namespace isms::json_read
