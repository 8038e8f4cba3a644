#pragma once
// Internal: reading JSON. The compiled-in data files: every problem throws DataError naming
// the entry; the public fromJson functions turn it into an Internal error. JSON a person wrote
// (document properties, overlay files): parseUserJson and integerIn, which reject what
// nlohmann would accept silently (a key given twice, integers that wrap, hostile nesting).

#include "isms/catalog.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

/// How deep JSON a person writes may nest: objects and arrays within each other. Every format
/// read from a document property or a user's file needs a handful of levels; the limit keeps a
/// hostile input (10,000 '[') from exhausting the stack in code that walks the parsed value.
inline constexpr int kMaxUserJsonDepth = 64;

/// The largest header row ISMS.RegisterMap and ISMS.SoaMap may name, 1-based (as the columns
/// dialog and column_form.cpp allow).
inline constexpr std::int64_t kMaxStoredHeaderRow = 1000000;

/// What is wrong with JSON a person wrote.
struct JsonProblem
{
    bool syntax = false; ///< not JSON at all (the callers keep their own wording for this)
    /// The problem as a phrase for "<what>: <problem>": "not valid JSON", "the key \"x\" is
    /// given twice in one object", "it is nested deeper than 64 levels".
    std::string text;
};

/// JSON a person wrote (a document property, an overlay file) parsed into out, or its problem:
/// not valid JSON; a key given twice in one object (nlohmann would silently keep the last);
/// nesting deeper than kMaxUserJsonDepth, detected while parsing before anything deeper is
/// read. Throws nothing but std::bad_alloc.
template <typename Json>
[[nodiscard]] std::optional<JsonProblem> parseUserJson(std::string_view text, Json& out,
                                                       bool ignoreComments = false)
{
    struct Stop
    {
        std::string problem;
    };
    std::vector<std::set<std::string>> keys; // per open object, its keys so far
    typename Json::parser_callback_t check =
        [&keys](int depth, typename Json::parse_event_t event, Json& parsed)
    {
        using E = typename Json::parse_event_t;
        switch (event)
        {
        case E::object_start:
        case E::array_start:
            // depth = the objects and arrays around this one
            if (depth >= kMaxUserJsonDepth)
                throw Stop{"it is nested deeper than " + std::to_string(kMaxUserJsonDepth) +
                           " levels"};
            if (event == E::object_start)
                keys.emplace_back();
            break;
        case E::key:
            if (!keys.empty() && !keys.back().insert(parsed.template get<std::string>()).second)
                throw Stop{"the key \"" + parsed.template get<std::string>() +
                           "\" is given twice in one object"};
            break;
        case E::object_end:
            if (!keys.empty())
                keys.pop_back();
            break;
        case E::array_end:
        case E::value:
            break;
        }
        return true;
    };
    try
    {
        out = Json::parse(text.begin(), text.end(), check, /*allow_exceptions=*/false,
                          ignoreComments);
    }
    catch (const Stop& s)
    {
        out = Json();
        return JsonProblem{false, s.problem};
    }
    catch (const typename Json::exception&) // not expected with allow_exceptions = false
    {
        out = Json();
        return JsonProblem{true, "not valid JSON"};
    }
    if (out.is_discarded())
        return JsonProblem{true, "not valid JSON"};
    return std::nullopt;
}

/// An integer lo … hi: a JSON integer (not 3.5, not 3.0, not "3") within the range, read
/// without wrapping (4294967301 is not 5); else nullopt.
template <typename Json>
[[nodiscard]] std::optional<std::int64_t> integerIn(const Json& j, std::int64_t lo, std::int64_t hi)
{
    if (j.is_number_unsigned())
    {
        const auto v = j.template get<std::uint64_t>();
        if (hi < 0 || v > std::uint64_t(hi) || (lo > 0 && v < std::uint64_t(lo)))
            return std::nullopt;
        return std::int64_t(v);
    }
    if (!j.is_number_integer())
        return std::nullopt;
    const auto v = j.template get<std::int64_t>();
    if (v < lo || v > hi)
        return std::nullopt;
    return v;
}

/// The 0-based header row of a stored map (ISMS.RegisterMap, ISMS.SoaMap), written 1-based
/// as "headerRow": an integer 1 … kMaxStoredHeaderRow; nullopt when absent or out of range
/// (storedHeaderRowProblem() says so).
template <typename Json> [[nodiscard]] std::optional<int> storedHeaderRow(const Json& map)
{
    if (!map.contains("headerRow"))
        return std::nullopt;
    const auto row = integerIn(map["headerRow"], 1, kMaxStoredHeaderRow);
    return row ? std::optional<int>(int(*row) - 1) : std::nullopt;
}
inline std::string storedHeaderRowProblem()
{
    return "\"headerRow\" must be a row number from 1 to " + std::to_string(kMaxStoredHeaderRow);
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
