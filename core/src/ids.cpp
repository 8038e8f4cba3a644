#include "isms/ids.hpp"

#include "isms/utf.hpp"

#include <charconv>
#include <cmath>

namespace isms
{
namespace
{

constexpr std::size_t kMaxScan = 48; ///< code points looked at; an id is far shorter
constexpr char kLetter = '\x01';     ///< a letter of a script written without spaces (CJK, kana)
constexpr char kOther = '\x02';      ///< any other non-ASCII code point (symbols, emoji, …)

/// Letters of the scripts whose titles follow an id without a space ("A.9.2.3利用者").
bool isUnspacedScriptLetter(char32_t c) noexcept
{
    return (c >= 0x3040 && c <= 0x30FF) || // hiragana, katakana
           (c >= 0x3400 && c <= 0x4DBF) || // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) || // CJK unified ideographs
           (c >= 0xF900 && c <= 0xFAFF) || // CJK compatibility ideographs
           (c >= 0xAC00 && c <= 0xD7AF) || // hangul syllables
           (c >= 0xFF66 && c <= 0xFF9F) || // half-width katakana
           (c >= 0x20000 && c <= 0x3134F); // CJK extensions B–G
}

/// Folds one code point to the ASCII the parser understands: full-width forms to ASCII,
/// ideographic space and no-break space to ' ', ideographic full stop to '.', the brackets and
/// dashes that open a title to '(' and '-', CJK letters to kLetter, other non-ASCII to kOther.
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
    if (c == 0x3001 || c == 0x30FB || c == 0xFF64)
        return ','; // 、 ・ ､ separate the entries of a list
    if (c == 0x300C || c == 0x300E || c == 0x3010 || c == 0x3014 || c == 0x3008 || c == 0x300A)
        return '('; // 「 『 【 〔 〈 《
    if (c == 0x2010 || c == 0x2013 || c == 0x2014 || c == 0x2015)
        return '-'; // ‐ – — ―
    if (isUnspacedScriptLetter(c))
        return kLetter;
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
    {
        char32_t c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
            s[i + 1] <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
        f.push(foldCodePoint(c)); // a lone surrogate folds to kOther
    }
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

Error notOneId(std::string_view shown)
{
    return invalidArgument(0, "'" + std::string(shown) +
                                  "' holds more than one control id (a list or a range); give "
                                  "one id");
}

/// Reads the id starting at f.c[i]: an optional prefix (A, CLD), then two or three levels of
/// 1–255 written without leading zeros ("5.015" and "A.09.2.3" are no ids: 5.01 could mean
/// 5.1 or 5.10, so no zero is ever dropped). On success i is just after the last digit.
bool readHead(const Folded& f, std::size_t& i, ControlId& id)
{
    const std::size_t n = f.size;
    auto at = [&](std::size_t k) { return k < n ? f.c[k] : '\0'; };

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
        if (!isDigit(at(i)) || levels == 3 || at(i) == '0')
            return false; // no level, a fourth level, or a leading zero (or a zero level)
        unsigned v = 0;
        int digits = 0;
        while (isDigit(at(i)))
        {
            v = v * 10 + unsigned(at(i) - '0');
            if (++digits > 3)
                return false;
            ++i;
        }
        if (v > 255)
            return false;
        num[std::size_t(levels++)] = v;
        if (at(i) == '.' && isDigit(at(i + 1)))
        {
            ++i;
            continue;
        }
        break;
    }
    if (cloud)
    {
        if (levels != 3)
            return false;
        id.scheme = IdScheme::Cloud;
    }
    else if (levels == 3)
        id.scheme = IdScheme::Annex2013;
    else if (levels == 2)
        id.scheme = IdScheme::Annex2022;
    else
        return false;
    for (int k = 0; k < 3; ++k)
        id.n[std::size_t(k)] = static_cast<std::uint8_t>(num[std::size_t(k)]);
    return true;
}

/// Whether an id (followed by no letter or digit) starts at f.c[i].
bool startsWithId(const Folded& f, std::size_t i)
{
    ControlId ignored;
    if (!readHead(f, i, ignored))
        return false;
    return i >= f.size || !isAsciiAlnum(f.c[i]);
}

/// What may follow an id in a cell that names one control:
/// - nothing, or one full stop ("A.9.2.3.", "5.15。"), then nothing or a title as below;
/// - a title after white space ("A.9.2.3 User access"), after a title separator : - ( [
///   (full-width, 「【 and dashes too: "A.9.2.3: …", "5.15（アクセス制御）"), or glued when it
///   is written in Japanese, Chinese or Korean ("A.9.2.3利用者") — those scripts put no space
///   between words;
/// but not
/// - a letter, digit, other punctuation or symbol glued to the id ("A.9.2.3x", "A.9.2.3!",
///   "5.15%", "A.9.2.3🙂"): such text is no id as typed, and reading the id in front of it
///   would be a guess;
/// - another id, after a list separator (, ; / 、 ・ |) or as the start of the title, or a
///   range ("A.9.2.3;A.9.2.4", "A.9.2.3 A.9.2.4", "A.9.2.1-3"): a list is not one id.
/// shown() gives the input for messages (built only on the error path).
template <typename Shown> Result<ControlId> parseFolded(const Folded& f, const Shown& shown)
{
    const std::size_t n = f.size;
    auto at = [&](std::size_t k) { return k < n ? f.c[k] : '\0'; };
    if (n == 0)
        return invalidArgument(0, "the control id is empty");

    std::size_t i = 0;
    ControlId id;
    if (!readHead(f, i, id))
        return malformed(shown());
    if (at(i) == '.') // one trailing full stop: "A.9.2.3."
        ++i;
    std::size_t j = i;
    while (isSpace(at(j)))
        ++j;
    if (j >= n)
        return id; // nothing but white space follows
    const auto isListSeparator = [](char c)
    { return c == ',' || c == ';' || c == '/' || c == '|' || c == '&' || c == '+'; };
    if (isListSeparator(at(j)))
    {
        std::size_t k = j + 1;
        while (isSpace(at(k)))
            ++k;
        return startsWithId(f, k) ? notOneId(shown()) : malformed(shown());
    }
    const char sep = at(j);
    if (j == i && sep != kLetter && sep != ':' && sep != '(' && sep != '[' && sep != '-')
        return malformed(shown()); // glued: "A.9.2.3x", "A.9.2.3!", "5.15%", "A.9.2.3🙂"
    if (sep == '(' || sep == '[')
        return id; // a note in brackets: "5.15 (A.9.1.1, A.9.1.2)"
    if (sep == ':' || sep == '-')
    {
        ++j;
        while (isSpace(at(j)))
            ++j;
        if (sep == '-' && isDigit(at(j))) // a range: "A.9.2.1-3", "5.1 - 5.3"
            return notOneId(shown());
    }
    if (startsWithId(f, j))
        return notOneId(shown());
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
    return parseFolded(foldUtf8(utf8), [&] { return std::string(truncateUtf8(utf8, 64)); });
}

Result<ControlId> parseControlId(std::u16string_view text)
{
    return parseFolded(foldUtf16(text), [&] { return toUtf8(text.substr(0, kMaxScan)); });
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
