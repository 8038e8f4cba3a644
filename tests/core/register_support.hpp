#pragma once
// Helpers shared by the register and risk-method tests: building a sheet (isms::Grid) from rows
// of texts and numbers as a user would type them, UTF-16 → UTF-8 for failure messages, and
// checking the column of every register field at once.

#include "isms/register.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace isms::test
{

/// One cell as typed: a text (u"..."), a number, or empty ({}).
struct CellSpec
{
    std::u16string text;
    double number = 0;
    bool isNumber = false;

    CellSpec() = default;
    CellSpec(const char16_t* t) : text(t) {}
    CellSpec(std::u16string t) : text(std::move(t)) {}
    CellSpec(int n) : CellSpec(double(n)) {}
    CellSpec(double n) : number(n), isNumber(true)
    {
        // The display text Calc would show for a general-format number.
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.15g", n);
        for (const char* p = buf; *p; ++p)
            text += char16_t(*p);
    }
};

using RowSpec = std::vector<CellSpec>;

/// A grid as wide as its widest row (or minCols); shorter rows are padded with empty cells.
inline Grid makeGrid(const std::vector<RowSpec>& rows, int minCols = 0)
{
    int cols = minCols;
    for (const RowSpec& r : rows)
        cols = std::max(cols, int(r.size()));
    Grid g(int(rows.size()), cols);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
        {
            GridCell& cell = g.at(int(r), int(c));
            cell.text = rows[r][c].text;
            cell.number = rows[r][c].number;
            cell.isNumber = rows[r][c].isNumber;
        }
    return g;
}

/// A row that starts in column `first` (0-based): empty cells before it.
inline RowSpec rowAt(int first, RowSpec cells)
{
    RowSpec out(static_cast<std::size_t>(first));
    out.insert(out.end(), cells.begin(), cells.end());
    return out;
}

/// UTF-16 → UTF-8 (for messages and comparisons with UTF-8 literals).
inline std::string utf8(std::u16string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i)
    {
        char32_t cp = s[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
            s[i + 1] <= 0xDFFF)
        {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
        }
        if (cp < 0x80)
            out += char(cp);
        else if (cp < 0x800)
        {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        }
        else if (cp < 0x10000)
        {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
        else
        {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

/// Column letter(s) → 0-based index, written here independently of isms::columnIndex.
inline int col(std::string_view letters)
{
    int v = 0;
    for (char ch : letters)
        v = v * 26 + (ch - 'A' + 1);
    return v - 1;
}

/// Field name for messages (the key as stored in ISMS.RegisterMap).
inline std::string fieldName(RegisterField f)
{
    return std::string(fieldKey(f));
}

/// Checks that exactly these fields are mapped, to exactly these columns ("A", "AB" …).
inline void expectColumns(const RegisterMap& map,
                          const std::vector<std::pair<RegisterField, std::string>>& expected)
{
    std::map<std::size_t, int> want;
    for (const auto& [f, letters] : expected)
        want[std::size_t(f)] = col(letters);
    for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
    {
        const auto it = want.find(f);
        const int expectedCol = it == want.end() ? -1 : it->second;
        EXPECT_EQ(map.column[f], expectedCol) << "field " << fieldName(RegisterField(f));
    }
}

/// The unrecognised header texts, as UTF-8.
inline std::vector<std::string> unrecognisedUtf8(const RegisterMap& map)
{
    std::vector<std::string> out;
    for (const auto& s : map.unrecognised)
        out.push_back(utf8(s));
    return out;
}

} // namespace isms::test
