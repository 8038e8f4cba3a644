#include "isms/tables/id_cell.hpp"

#include "isms/utf.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace isms
{
namespace
{

/// One UTF-16 unit as the scanner sees it: full-width ASCII folded, ideographic and no-break
/// spaces to ' ', ideographic full stop to '.', anything else non-ASCII to '\x01'.
char fold(char16_t c) noexcept
{
    if (c < 0x80)
        return char(c);
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char(c - 0xFEE0);
    if (c == 0x3000 || c == 0x00A0)
        return ' ';
    if (c == 0x3002 || c == 0xFF61)
        return '.';
    if (c == 0x0391 || c == 0x0410) // Greek and Cyrillic capital A typed for "A."
        return 'A';
    return '\x01';
}

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}
bool isAlnum(char c) noexcept
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

/// A list separator between entries of a cell.
bool isSeparator(char16_t c) noexcept
{
    switch (c)
    {
    case u',':
    case u';':
    case u'/':
    case u'\n':
    case u'\r':
    case u'、':
    case u'，':
    case u'；':
    case u'／':
    case u'・':
        return true;
    default:
        return false;
    }
}

bool isBlankUnit(char16_t c) noexcept
{
    return c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00A0' || c == u'\n' || c == u'\r';
}

struct Token
{
    ControlId id;
    bool prefixed = false;
    std::size_t begin = 0, end = 0;
    std::string number; ///< the dotted number without prefix ("6.1.2")
};

/// Tries to read an id starting at i. The caller has checked that i starts a word.
bool scanToken(const std::vector<char>& f, std::size_t i, Token& t)
{
    const std::size_t n = f.size();
    auto at = [&](std::size_t k) { return k < n ? f[k] : '\0'; };
    const std::size_t start = i;
    bool cloud = false, prefixed = false;
    if (lower(at(i)) == 'c' && lower(at(i + 1)) == 'l' && lower(at(i + 2)) == 'd')
    {
        cloud = prefixed = true;
        i += 3;
        if (at(i) == ' ' || at(i) == '.' || at(i) == '-' || at(i) == '_')
            ++i;
    }
    else if (lower(at(i)) == 'a' &&
             (isDigit(at(i + 1)) ||                                      // "A9.2.3"
              (at(i + 1) == '.' && isDigit(at(i + 2))) ||                // "A.9.2.3"
              (at(i) == 'A' && at(i + 1) == ' ' && isDigit(at(i + 2))))) // "Annex A 5.15"
    {
        prefixed = true;
        ++i;
        if (at(i) == '.' || at(i) == ' ')
            ++i;
    }
    if (!isDigit(at(i)))
        return false;
    std::array<unsigned, 3> num{};
    int levels = 0;
    std::string number;
    for (;;)
    {
        unsigned v = 0;
        int digits = 0;
        if (at(i) == '0') // a leading zero: "5.015" is no 5.15, "5.01" neither 5.1 nor 5.10
            return false;
        while (isDigit(at(i)))
        {
            v = v * 10 + unsigned(at(i) - '0');
            if (++digits > 3)
                return false;
            number += at(i);
            ++i;
        }
        if (v == 0 || v > 255 || levels == 3)
            return false;
        num[std::size_t(levels++)] = v;
        if (at(i) == '.' && isDigit(at(i + 1)))
        {
            number += '.';
            ++i;
            continue;
        }
        break;
    }
    // What follows may not continue the word: "5.15a", "6.1.2.4" (four levels) are no ids.
    if (isAlnum(at(i)))
        return false;
    if (levels < 2 || (cloud && levels != 3))
        return false;
    t.prefixed = prefixed;
    t.begin = start;
    t.end = i;
    t.number = std::move(number);
    t.id = ControlId{};
    t.id.scheme =
        cloud ? IdScheme::Cloud : (levels == 3 ? IdScheme::Annex2013 : IdScheme::Annex2022);
    for (int k = 0; k < 3; ++k)
        t.id.n[std::size_t(k)] = std::uint8_t(num[std::size_t(k)]);
    return true;
}

std::vector<Token> tokens(std::u16string_view text)
{
    std::vector<char> f(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        f[i] = fold(text[i]);
    std::vector<Token> out;
    for (std::size_t i = 0; i < f.size();)
    {
        const char prev = i ? f[i - 1] : ' ';
        Token t;
        if (!isAlnum(prev) && prev != '.' && scanToken(f, i, t))
        {
            out.push_back(std::move(t));
            i = out.back().end;
            continue;
        }
        ++i;
    }
    return out;
}

/// Days since 1970-01-01 → civil date (Howard Hinnant's algorithm).
void civilFromDays(long z, int& y, unsigned& m, unsigned& d) noexcept
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long yy = long(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yy + (m <= 2 ? 1 : 0));
}

void addMention(IdCellReading& out, IdMention&& m, bool keepRepeats)
{
    const bool dup =
        !keepRepeats && std::any_of(out.controls.begin(), out.controls.end(),
                                    [&](const IdMention& c) { return c.control == m.control; });
    if (!dup)
        out.controls.push_back(std::move(m));
}

} // namespace

bool isManagementClause(std::string_view s) noexcept
{
    // ISO/IEC 27001:2013 and :2022 clauses 4–10 with their numbered subclauses.
    static constexpr std::string_view kClauses[] = {
        "4.1",   "4.2",   "4.3",   "4.4",   "5.1",   "5.2",  "5.3", "6.1", "6.1.1",
        "6.1.2", "6.1.3", "6.2",   "6.3",   "7.1",   "7.2",  "7.3", "7.4", "7.5",
        "7.5.1", "7.5.2", "7.5.3", "8.1",   "8.2",   "8.3",  "9.1", "9.2", "9.2.1",
        "9.2.2", "9.3",   "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2"};
    return std::find(std::begin(kClauses), std::end(kClauses), s) != std::end(kClauses);
}

const Control* controlFromDateSerial(double serial, const Catalog& cat) noexcept
{
    // 2005-01-01 … 2018-12-31: the years a 2013 clause A.5 … A.18 turns into.
    if (!std::isfinite(serial) || serial != std::floor(serial) || serial < 38353 || serial > 43465)
        return nullptr;
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(long(serial) - 25569, y, m, d);
    ControlId id;
    id.scheme = IdScheme::Annex2013;
    id.n = {std::uint8_t(y - 2000), std::uint8_t(m), std::uint8_t(d)};
    return cat.find(id);
}

std::string dateSerialText(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(long(std::floor(serial)) - 25569, y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

IdCellReading readIdText(std::u16string_view text, const Catalog& cat, const IdCellContext& ctx)
{
    IdCellReading out;
    const std::vector<Token> toks = tokens(text);
    // Annex A 2013 ids written with "A." beside a bare clause number: the number is a clause
    const bool prefixed2013 =
        ctx.prefixedColumn ||
        std::any_of(toks.begin(), toks.end(),
                    [](const Token& t)
                    { return t.prefixed && t.id.scheme == IdScheme::Annex2013; });
    for (std::size_t k = 0; k < toks.size(); ++k)
    {
        const Token& t = toks[k];
        const Control* control = cat.find(t.id);
        // "6.1.2" beside "A.12.1.1" is clause 6.1.2, not control A.6.1.2; a two-level number
        // that is a 2022 control (8.2) stays one: registers mix editions while migrating
        if (!t.prefixed && isManagementClause(t.number) &&
            (!control || (prefixed2013 && t.id.scheme == IdScheme::Annex2013)))
        {
            out.clauses.push_back(t.number);
            continue;
        }
        if (!control)
        {
            out.unknown.emplace_back(text.substr(t.begin, t.end - t.begin));
            continue;
        }
        IdMention m;
        m.id = t.id;
        m.control = control;
        m.prefixed = t.prefixed;
        m.begin = t.begin;
        m.end = t.end;
        m.written.assign(text.substr(t.begin, t.end - t.begin));
        // The text after the id up to the next id or list separator: its title, if any.
        std::size_t e = t.end;
        const std::size_t limit = k + 1 < toks.size() ? toks[k + 1].begin : text.size();
        while (e < limit && !isSeparator(text[e]))
            ++e;
        while (e > t.end && isBlankUnit(text[e - 1]))
            --e;
        m.textEnd = e;
        addMention(out, std::move(m), ctx.keepRepeats);
    }
    return out;
}

IdCellReading readIdCell(const GridCell& cell, const Catalog& cat, const IdCellContext& ctx)
{
    if (!cell.isNumber)
        return readIdText(cell.text, cat, ctx);
    IdCellReading out;
    if (ctx.controlColumn)
        if (const Control* c = controlFromDateSerial(cell.number, cat))
        {
            IdMention m;
            m.id = c->id;
            m.control = c;
            m.source = IdSource::Date;
            m.written = toUtf16(c->canonical);
            out.controls.push_back(std::move(m));
            out.fromDate = true;
            return out;
        }
    const std::string t = numberAsIdText(cell.number);
    if (t.empty())
        return out;
    IdCellReading r = readIdText(toUtf16(t), cat, ctx);
    for (IdMention& m : r.controls)
    {
        m.source = IdSource::Number;
        m.begin = m.end = m.textEnd = 0;
    }
    // 5.1 may be 5.10 typed as a number (the spreadsheet drops the trailing zero).
    if (r.controls.size() == 1 && r.controls[0].id.scheme == IdScheme::Annex2022 &&
        t.size() == t.find('.') + 2)
    {
        ControlId longer = r.controls[0].id;
        longer.n[1] = std::uint8_t(longer.n[1] * 10);
        if (cat.find(longer))
            r.ambiguousWith = longer.canonical();
    }
    return r;
}

std::vector<std::string> disambiguateNumberIds(const std::vector<const GridCell*>& cells,
                                               const Catalog& cat,
                                               std::vector<std::size_t>* unresolved)
{
    struct Entry
    {
        std::string literal, alternative;
        std::uint32_t key = 0, altKey = 0;
        bool has = false;
    };
    std::vector<Entry> e(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i)
    {
        if (!cells[i])
            continue;
        const IdCellReading r = readIdCell(*cells[i], cat);
        if (r.controls.size() != 1)
            continue;
        e[i].has = true;
        e[i].literal = r.controls[0].control->canonical;
        e[i].key = r.controls[0].id.key();
        if (!r.ambiguousWith.empty())
        {
            e[i].alternative = r.ambiguousWith;
            e[i].altKey = cat.find(*parseControlId(std::string_view(r.ambiguousWith)))->id.key();
        }
    }
    std::vector<std::string> out(cells.size());
    std::uint32_t prevKey = 0;
    bool hasPrev = false;
    for (std::size_t i = 0; i < cells.size(); ++i)
    {
        if (!e[i].has)
            continue;
        std::uint32_t key = e[i].key;
        out[i] = e[i].literal;
        if (!e[i].alternative.empty())
        {
            bool hasNext = false;
            std::uint32_t nextKey = 0;
            for (std::size_t j = i + 1; j < cells.size() && !hasNext; ++j)
                if (e[j].has)
                {
                    hasNext = true;
                    nextKey = e[j].key;
                }
            auto fits = [&](std::uint32_t k)
            {
                // the same scheme's neighbours only: a 2013 or CLD row says nothing here
                const bool afterPrev = !hasPrev || (prevKey >> 24) != (k >> 24) || prevKey < k;
                const bool beforeNext = !hasNext || (nextKey >> 24) != (k >> 24) || k < nextKey;
                return afterPrev && beforeNext;
            };
            const bool literalFits = fits(e[i].key), altFits = fits(e[i].altKey);
            if (altFits && !literalFits)
            {
                out[i] = e[i].alternative;
                key = e[i].altKey;
            }
            else if (altFits == literalFits && unresolved)
                unresolved->push_back(i);
        }
        prevKey = key;
        hasPrev = true;
    }
    return out;
}

} // namespace isms
