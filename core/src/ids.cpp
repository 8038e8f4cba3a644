#include "isms/ids.hpp"

#include "isms/utf.hpp"

#include <charconv>
#include <cmath>

namespace isms
{
namespace
{

constexpr std::size_t kMaxScan = 48; ///< code points looked at; an id is far shorter
constexpr char kOther = '\x01';      ///< stands for any non-ASCII code point

/// Folds one code point to the ASCII the parser understands: full-width forms to ASCII,
/// ideographic space and no-break space to ' ', ideographic full stop to '.', other
/// non-ASCII to kOther.
char foldCodePoint(char32_t c) noexcept
{
    if (c < 0x80)
        return static_cast<char>(c);
    if (c >= 0xFF01 && c <= 0xFF5E)
        return static_cast<char>(c - 0xFEE0);
    if (c == 0x3000 || c == 0x00A0)
        return ' ';
    if (c == 0x3002 || c == 0xFF61)
        return '.';
    return kOther;
}

bool isSpace(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The first kMaxScan folded characters after any leading white space (so padding can never
/// push part of an id past the limit and turn it into another id).
struct Folded
{
    std::array<char, kMaxScan> c{};
    std::size_t size = 0;

    [[nodiscard]] bool full() const noexcept { return size == kMaxScan; }
    void push(char ch) noexcept
    {
        if (size == 0 && isSpace(ch))
            return;
        c[size++] = ch;
    }
};

Folded foldUtf8(std::string_view s) noexcept
{
    Folded f;
    std::size_t i = 0;
    while (i < s.size() && !f.full())
    {
        const auto b = static_cast<unsigned char>(s[i]);
        char32_t cp;
        std::size_t len;
        if (b < 0x80)
        {
            cp = b;
            len = 1;
        }
        else if ((b & 0xE0) == 0xC0)
        {
            cp = b & 0x1F;
            len = 2;
        }
        else if ((b & 0xF0) == 0xE0)
        {
            cp = b & 0x0F;
            len = 3;
        }
        else if ((b & 0xF8) == 0xF0)
        {
            cp = b & 0x07;
            len = 4;
        }
        else
        {
            cp = 0xFFFD; // stray continuation or invalid lead byte
            len = 1;
        }
        if (i + len > s.size())
        {
            cp = 0xFFFD;
            len = s.size() - i;
        }
        else
        {
            for (std::size_t k = 1; k < len; ++k)
            {
                const auto cb = static_cast<unsigned char>(s[i + k]);
                if ((cb & 0xC0) != 0x80)
                {
                    cp = 0xFFFD;
                    len = k;
                    break;
                }
                cp = (cp << 6) | (cb & 0x3F);
            }
            // Overlong forms ("\xC0\xAE" for '.') are invalid UTF-8, not the character.
            if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000))
                cp = 0xFFFD;
        }
        f.push(foldCodePoint(cp));
        i += len;
    }
    return f;
}

Folded foldUtf16(std::u16string_view s) noexcept
{
    Folded f;
    for (std::size_t i = 0; i < s.size() && !f.full(); ++i)
        f.push(foldCodePoint(s[i])); // surrogates fold to kOther: fine for ids
    return f;
}

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}
bool isAsciiAlnum(char c) noexcept
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

Error malformed(std::string_view shown)
{
    return invalidArgument(0, "'" + std::string(shown) +
                                  "' is not a control id (expected e.g. A.9.2.3, 5.15 or "
                                  "CLD.6.3.1)");
}

Result<ControlId> parseFolded(const Folded& f, std::string_view shown)
{
    std::size_t i = 0;
    const std::size_t n = f.size;
    auto at = [&](std::size_t k) { return k < n ? f.c[k] : '\0'; };
    if (n == 0)
        return invalidArgument(0, "the control id is empty");

    bool cloud = false;
    if (lower(at(i)) == 'c' && lower(at(i + 1)) == 'l' && lower(at(i + 2)) == 'd')
    {
        cloud = true;
        i += 3;
        if (at(i) == ' ' || at(i) == '.' || at(i) == '-' || at(i) == '_')
            ++i;
    }
    else if (lower(at(i)) == 'a' && (isDigit(at(i + 1)) || at(i + 1) == '.' || at(i + 1) == ' '))
    {
        ++i;
        if (at(i) == '.' || at(i) == ' ')
            ++i;
    }

    std::array<unsigned, 3> num{};
    int levels = 0;
    for (;;)
    {
        if (!isDigit(at(i)) || levels == 3)
            return malformed(shown);
        unsigned v = 0;
        int digits = 0;
        while (isDigit(at(i)))
        {
            v = v * 10 + unsigned(at(i) - '0');
            if (++digits > 3)
                return malformed(shown);
            ++i;
        }
        if (v == 0 || v > 255)
            return malformed(shown);
        num[levels++] = v;
        if (at(i) == '.' && isDigit(at(i + 1)))
        {
            ++i;
            continue;
        }
        break;
    }
    if (at(i) == '.') // one trailing full stop: "A.9.2.3."
        ++i;
    if (i < n && isAsciiAlnum(f.c[i]))
        return malformed(shown);

    ControlId id;
    if (cloud)
    {
        if (levels != 3)
            return malformed(shown);
        id.scheme = IdScheme::Cloud;
    }
    else if (levels == 3)
        id.scheme = IdScheme::Annex2013;
    else if (levels == 2)
        id.scheme = IdScheme::Annex2022;
    else
        return malformed(shown);
    for (int k = 0; k < 3; ++k)
        id.n[k] = static_cast<std::uint8_t>(num[k]);
    return id;
}

} // namespace

std::string ControlId::canonical() const
{
    std::string s;
    s.reserve(12);
    switch (scheme)
    {
    case IdScheme::Annex2013:
        s = "A.";
        break;
    case IdScheme::Cloud:
        s = "CLD.";
        break;
    case IdScheme::Annex2022:
        break;
    }
    for (int k = 0; k < levels(); ++k)
    {
        if (k)
            s += '.';
        s += std::to_string(n[k]);
    }
    return s;
}

std::string_view truncateUtf8(std::string_view s, std::size_t maxBytes) noexcept
{
    if (s.size() <= maxBytes)
        return s;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end; // s[end] is a continuation byte: the character starts before the cut
    return s.substr(0, end);
}

Result<ControlId> parseControlId(std::string_view utf8)
{
    return parseFolded(foldUtf8(utf8), truncateUtf8(utf8, 64));
}

Result<ControlId> parseControlId(std::u16string_view text)
{
    const Folded f = foldUtf16(text);
    auto r = parseFolded(f, {});
    if (r.ok() || text.empty())
        return r;
    return malformed(toUtf8(text.substr(0, kMaxScan))); // build the message only on the error path
}

std::string numberAsIdText(double value)
{
    if (!std::isfinite(value) || value <= 0 || value >= 1000 || value == std::floor(value))
        return {};
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, value); // shortest round-trip form
    if (res.ec != std::errc())
        return {};
    return std::string(buf, res.ptr);
}

} // namespace isms
