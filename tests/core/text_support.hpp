#pragma once
// Helpers shared by the guidance, texts, overlay and cloud-risk tests: reading a data file as
// text (to mutate it), replacing a piece of it exactly once, and recognising Japanese text.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#ifndef ISMS_DATA_DIR
#error "ISMS_DATA_DIR must name core/data"
#endif

namespace isms::test
{

/// The text of core/data/<name>; throws (failing the test) when it cannot be read.
inline std::string readDataFile(std::string_view name)
{
    const std::string path = std::string(ISMS_DATA_DIR) + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Replaces the one occurrence of `from` in `text`; fails if it is not there exactly once.
inline ::testing::AssertionResult replaceOnce(std::string& text, std::string_view from,
                                              std::string_view to)
{
    const auto pos = text.find(from);
    if (pos == std::string::npos)
        return ::testing::AssertionFailure() << "'" << from << "' not found";
    if (text.find(from, pos + 1) != std::string::npos)
        return ::testing::AssertionFailure() << "'" << from << "' found more than once";
    text.replace(pos, from.size(), to);
    return ::testing::AssertionSuccess();
}

/// The whole line (without its newline) holding `needle`, or "" when absent.
inline std::string lineWith(const std::string& text, std::string_view needle)
{
    const auto pos = text.find(needle);
    if (pos == std::string::npos)
        return {};
    const auto begin = text.rfind('\n', pos) + 1;
    const auto end = text.find('\n', pos);
    return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

/// True when the UTF-8 text holds at least one hiragana, katakana or CJK ideograph
/// (U+3040–U+30FF, U+4E00–U+9FFF).
inline bool hasJapanese(std::string_view s)
{
    for (std::size_t i = 0; i + 2 < s.size(); ++i)
    {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if ((b0 & 0xF0) != 0xE0)
            continue;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        const auto b2 = static_cast<unsigned char>(s[i + 2]);
        if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80)
            continue;
        const unsigned cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
        if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF))
            return true;
    }
    return false;
}

/// True when the text is well-formed UTF-8 (no cut or stray continuation bytes, no overlong
/// forms, no surrogates).
inline bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size())
    {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        unsigned cp = 0;
        if (b0 < 0x80)
            len = 1, cp = b0;
        else if ((b0 & 0xE0) == 0xC0)
            len = 2, cp = b0 & 0x1Fu;
        else if ((b0 & 0xF0) == 0xE0)
            len = 3, cp = b0 & 0x0Fu;
        else if ((b0 & 0xF8) == 0xF0)
            len = 4, cp = b0 & 0x07u;
        else
            return false;
        if (i + len > s.size())
            return false;
        for (std::size_t k = 1; k < len; ++k)
        {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

inline bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

inline bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

/// Hostile JSON: `depth` '[' and nothing else (never closed).
inline std::string deepArrays(int depth)
{
    return std::string(std::size_t(depth), '[');
}

/// Hostile JSON: `depth` objects, each the only value of the one around it, properly closed:
/// {"a":{"a":…{"a":1}…}}.
inline std::string deepObjects(int depth)
{
    std::string s;
    for (int i = 0; i < depth; ++i)
        s += R"({"a":)";
    return s + "1" + std::string(std::size_t(depth), '}');
}

} // namespace isms::test
