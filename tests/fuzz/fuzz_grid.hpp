#pragma once
// Shared by the fuzz targets: fuzz bytes → texts, cells and Grids, deterministically (a small
// FuzzedDataProvider of our own: the g++ smoke build has no libFuzzer headers), and the inverse
// (GridWriter) used by seed_gen to turn fixture sheets into seed files.
//
// Byte format of a grid (docs for hand-written seeds):
//   u8 rows % 160, u8 cols % 32 (a 0 gives an empty grid), then cells in row-major order; each
//   cell starts with a tag byte: kind = tag & 7, modifiers = tag >> 3:
//     0 run of empty cells: u8 n → n+1 empty cells
//     1 UTF-8 text: u8 len, len bytes (invalid UTF-8 becomes U+FFFD)
//     2 raw UTF-16 text: u8 len, 2*len bytes little-endian (lone surrogates, NULs …)
//     3 dictionary text: u8 index into kWords
//     4 small integer: i8
//     5 raw double: 8 bytes little-endian (NaN, infinities, denormals)
//     6 dictionary number: u8 index into kNumbers (date serials, 5.1, extremes …)
//     7 composite text: u8 n (1 … 4), then n × (u8 word, u8 separator)
//   text modifiers: bit 0 ASCII → full-width, bit 1 surrounding blanks (" ", "　", tab, NBSP)
//   number modifiers: bit 0 also sets the cell's display text (as "%.15g" would)
//   Missing bytes read as 0, so any input is a grid; cells beyond the input are empty.
// A string field (settings, sheet names, JSON): u8 len + len bytes, or with a u16 length (str16).

#include "isms/register.hpp"
#include "isms/utf.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace isms::fuzz
{

/// Texts a spreadsheet with a register or an SoA holds: headings in English and Japanese, ids
/// in every form, levels, treatments, applicability and status words, error texts.
inline constexpr const char* kWords[] = {"",
                                         " ",
                                         "No.",
                                         "ID",
                                         "Risk ID",
                                         "リスクID",
                                         "Asset",
                                         "資産",
                                         "資産名",
                                         "Threat",
                                         "脅威",
                                         "Vulnerability",
                                         "脆弱性",
                                         "Likelihood",
                                         "発生可能性",
                                         "Impact",
                                         "影響度",
                                         "Asset value",
                                         "資産価値",
                                         "C",
                                         "I",
                                         "A",
                                         "機密性",
                                         "完全性",
                                         "可用性",
                                         "Threat level",
                                         "Risk value",
                                         "リスク値",
                                         "Risk level",
                                         "リスクレベル",
                                         "Treatment",
                                         "対応",
                                         "リスク対応",
                                         "Controls",
                                         "管理策",
                                         "Owner",
                                         "リスク所有者",
                                         "Residual likelihood",
                                         "Residual impact",
                                         "残留リスク",
                                         "After treatment",
                                         "対応後",
                                         "Control",
                                         "Control ID",
                                         "管理策番号",
                                         "Title",
                                         "管理策名",
                                         "Applicable?",
                                         "Applicability",
                                         "適用可否",
                                         "Justification",
                                         "除外理由",
                                         "Status",
                                         "実施状況",
                                         "Evidence",
                                         "証跡",
                                         "Implemented",
                                         "実施済み",
                                         "Not implemented",
                                         "未実施",
                                         "Applicable",
                                         "Not applicable",
                                         "適用",
                                         "適用除外",
                                         "非適用",
                                         "Yes",
                                         "No",
                                         "○",
                                         "×",
                                         "-",
                                         "N/A",
                                         "TBD",
                                         "なし",
                                         "Accept",
                                         "受容",
                                         "Reduce",
                                         "低減",
                                         "Transfer",
                                         "Avoid",
                                         "Low",
                                         "Medium",
                                         "High",
                                         "低",
                                         "中",
                                         "高",
                                         "Total",
                                         "合計",
                                         "A.9.2.3",
                                         "A.12.1.1",
                                         "A.18.1.1",
                                         "A.5.1.1",
                                         "A.15.3.2",
                                         "5.1",
                                         "5.10",
                                         "5.15",
                                         "8.2",
                                         "8.20",
                                         "8.28",
                                         "5.37",
                                         "6.1.2",
                                         "9.2",
                                         "7.5.1",
                                         "10.1.1",
                                         "CLD.6.3.1",
                                         "CLD.9.5.1",
                                         "CLD.12.1.5",
                                         "Ａ．９．２．３",
                                         "５．１５",
                                         "A.9.2.3 User access provisioning",
                                         "5.15 Access control",
                                         "8.5 Secure authentication",
                                         "アクセス制御",
                                         "#N/A",
                                         "Err:502",
                                         "#VALUE!",
                                         "#REF!",
                                         "#DIV/0!",
                                         "=ISMS.CONTROL(\"A.9.2.3\")",
                                         "2025-04-01",
                                         "2010/01/01",
                                         "2025年4月1日",
                                         "46022",
                                         "IaaS",
                                         "PaaS",
                                         "SaaS",
                                         "cloud service provider",
                                         "クラウドサービス提供者",
                                         "customer",
                                         "Organizational controls",
                                         "5 Organizational controls",
                                         "5 組織的管理策",
                                         "組織名",
                                         "Controls applicable",
                                         "適用する管理策",
                                         "Total controls",
                                         "93",
                                         "Version",
                                         "版",
                                         "1.0",
                                         "Control 7.1, 7.2, 7.3 and 7.4",
                                         "「5.15、8.5」",
                                         "\"A.9.1.1\"",
                                         "See policy 9.2",
                                         "ISO/IEC 27001:2013",
                                         "ISO/IEC 27001:2022",
                                         "ISO/IEC 27017",
                                         "R-001",
                                         "FA-001",
                                         "001",
                                         "1",
                                         "2",
                                         "3",
                                         "4",
                                         "5",
                                         "１",
                                         "５",
                                         "\xef\xbf\xbd",
                                         "\xe2\x80\x94",
                                         "－"};
inline constexpr std::size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);

inline constexpr const char* kSeparators[] = {", ", ",",  "、",    "; ",  "；", "/", "／", "\n",
                                              " ",  "　", " and ", " - ", ": ", "",  "(",  ")"};
inline constexpr std::size_t kSeparatorCount = sizeof(kSeparators) / sizeof(kSeparators[0]);

/// Numbers cells hold: levels, ids typed as numbers, date serials of 2013 ids (40179 is
/// 2010-01-01 = "10.1.1"), certificate dates, and the extremes.
inline constexpr double kNumbers[] = {0,
                                      1,
                                      2,
                                      3,
                                      4,
                                      5,
                                      6,
                                      7,
                                      8,
                                      9,
                                      10,
                                      12,
                                      16,
                                      25,
                                      27,
                                      -1,
                                      0.5,
                                      2.5,
                                      5.1,
                                      5.15,
                                      5.2,
                                      8.2,
                                      8.28,
                                      9.2,
                                      6.1,
                                      12.1,
                                      40179,
                                      40180,
                                      40210,
                                      41275,
                                      43101,
                                      45748,
                                      46022,
                                      47483,
                                      60,
                                      61,
                                      -693593,
                                      2958465,
                                      2958466,
                                      1e9,
                                      2147483647.0,
                                      2147483648.0,
                                      -2147483649.0,
                                      9.2233720368547758e18,
                                      1e300,
                                      -1e300,
                                      1.7976931348623157e308,
                                      4.9e-324,
                                      -0.0,
                                      HUGE_VAL,
                                      -HUGE_VAL,
                                      NAN};
inline constexpr std::size_t kNumberCount = sizeof(kNumbers) / sizeof(kNumbers[0]);

inline constexpr int kMaxRows = 160;
inline constexpr int kMaxCols = 32;

/// Reads fuzz bytes front to back; past the end every read gives zeros.
class Input
{
public:
    Input(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}

    [[nodiscard]] bool empty() const noexcept { return m_pos >= m_size; }
    [[nodiscard]] std::size_t remaining() const noexcept
    {
        return m_pos < m_size ? m_size - m_pos : 0;
    }
    std::uint8_t u8() noexcept { return m_pos < m_size ? m_data[m_pos++] : 0; }
    std::uint16_t u16() noexcept { return std::uint16_t(u8() | (u8() << 8)); }
    std::uint64_t u64() noexcept
    {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(u8()) << (8 * i);
        return v;
    }
    double f64() noexcept
    {
        const std::uint64_t bits = u64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    /// Up to n bytes (fewer at the end of the input).
    std::string_view bytes(std::size_t n) noexcept
    {
        n = n < remaining() ? n : remaining();
        std::string_view s(reinterpret_cast<const char*>(m_data + m_pos), n);
        m_pos += n;
        return s;
    }
    std::string_view str8() noexcept { return bytes(u8()); }
    std::string_view str16() noexcept { return bytes(u16()); }
    /// Everything not read yet.
    std::string_view rest() noexcept { return bytes(remaining()); }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

/// ASCII → full-width (Ａ．９), space → ideographic space.
inline std::u16string fullWidth(std::u16string s)
{
    for (char16_t& c : s)
        if (c >= 0x21 && c <= 0x7E)
            c = char16_t(c + 0xFEE0);
        else if (c == u' ')
            c = u'\u3000';
    return s;
}

inline std::u16string applyTextModifiers(std::u16string s, unsigned mods)
{
    if (mods & 1)
        s = fullWidth(std::move(s));
    if (mods & 2)
    {
        static const std::u16string_view blanks[] = {u" ", u"\u3000", u"\t", u"\u00A0"};
        s = std::u16string(blanks[(mods >> 2) & 3]) + s + std::u16string(blanks[(mods >> 3) & 3]);
    }
    return s;
}

/// One cell (see the byte format above).
inline GridCell readCell(Input& in, int& emptyRun)
{
    GridCell cell;
    if (emptyRun > 0)
    {
        --emptyRun;
        return cell;
    }
    const std::uint8_t tag = in.u8();
    const unsigned mods = tag >> 3;
    switch (tag & 7)
    {
    case 0:
        emptyRun = in.u8();
        break;
    case 1:
        cell.text = applyTextModifiers(toUtf16(in.str8()), mods);
        break;
    case 2:
    {
        const std::size_t n = in.u8();
        for (std::size_t i = 0; i < n && !in.empty(); ++i)
            cell.text += char16_t(in.u16());
        cell.text = applyTextModifiers(std::move(cell.text), mods);
        break;
    }
    case 3:
        cell.text = applyTextModifiers(toUtf16(kWords[in.u8() % kWordCount]), mods);
        break;
    case 4:
        cell.isNumber = true;
        cell.number = double(std::int8_t(in.u8()));
        break;
    case 5:
        cell.isNumber = true;
        cell.number = in.f64();
        break;
    case 6:
        cell.isNumber = true;
        cell.number = kNumbers[in.u8() % kNumberCount];
        break;
    default:
    {
        const int n = 1 + in.u8() % 4;
        std::string s;
        for (int i = 0; i < n; ++i)
        {
            s += kWords[in.u8() % kWordCount];
            const std::uint8_t sep = in.u8();
            if (i + 1 < n)
                s += kSeparators[sep % kSeparatorCount];
        }
        cell.text = applyTextModifiers(toUtf16(s), mods);
        break;
    }
    }
    if (cell.isNumber && (mods & 1))
    {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.15g", cell.number);
        cell.text = toUtf16(buf);
    }
    return cell;
}

/// A grid (see the byte format above).
inline Grid readGrid(Input& in)
{
    const int rows = in.u8() % kMaxRows;
    const int cols = in.u8() % kMaxCols;
    if (rows == 0 || cols == 0)
        return Grid(0, 0);
    Grid g(rows, cols);
    int emptyRun = 0;
    for (int r = 0; r < rows && (!in.empty() || emptyRun > 0); ++r)
        for (int c = 0; c < cols && (!in.empty() || emptyRun > 0); ++c)
            g.at(r, c) = readCell(in, emptyRun);
    return g;
}

/// A UTF-16 text field: u8 mode (bit 0: raw UTF-16 code units, else UTF-8; bit 1: full-width),
/// then a u16-length string.
inline std::u16string readText(Input& in)
{
    const std::uint8_t mode = in.u8();
    const std::string_view s = in.str16();
    std::u16string out;
    if (mode & 1)
        for (std::size_t i = 0; i + 1 < s.size(); i += 2)
            out += char16_t(std::uint8_t(s[i]) | (std::uint8_t(s[i + 1]) << 8));
    else
        out = toUtf16(s);
    return (mode & 2) ? fullWidth(std::move(out)) : out;
}

/// Whether p points at a cell of g.
inline bool insideGrid(const Grid& g, const GridCell* p)
{
    if (g.rows() == 0 || g.cols() == 0)
        return false;
    const GridCell* first = &g.at(0, 0);
    const GridCell* last = &g.at(g.rows() - 1, g.cols() - 1);
    return p >= first && p <= last;
}

/// Writes the byte format readGrid reads (for seed_gen and hand-made seeds).
class Writer
{
public:
    std::string out;

    void u8(unsigned v) { out += char(std::uint8_t(v)); }
    void u16(unsigned v)
    {
        u8(v & 0xFF);
        u8((v >> 8) & 0xFF);
    }
    void str8(std::string_view s)
    {
        s = s.substr(0, 255);
        u8(unsigned(s.size()));
        out += s;
    }
    void str16(std::string_view s)
    {
        s = s.substr(0, 65535);
        u16(unsigned(s.size()));
        out += s;
    }
    void text(std::string_view utf8)
    {
        u8(0);
        str16(utf8);
    }
    /// One cell (a kind 1, 4 or 5 cell); texts longer than 255 bytes are cut at a UTF-8
    /// boundary.
    void cell(const GridCell& cell)
    {
        if (cell.isNumber)
        {
            const double d = cell.number;
            if (d == std::floor(d) && d >= -128 && d <= 127 && !std::signbit(d))
            {
                u8(4);
                u8(unsigned(int(d)) & 0xFF);
                return;
            }
            u8(5);
            std::uint64_t bits;
            std::memcpy(&bits, &d, sizeof bits);
            for (int i = 0; i < 8; ++i)
                u8(unsigned(bits >> (8 * i)) & 0xFF);
            return;
        }
        if (cell.empty())
        {
            u8(0);
            u8(0);
            return;
        }
        std::string s = toUtf8(cell.text);
        if (s.size() > 255)
        {
            std::size_t n = 255;
            while (n > 0 && (std::uint8_t(s[n]) & 0xC0) == 0x80)
                --n;
            s.resize(n);
        }
        u8(1);
        str8(s);
    }
    /// The grid, clipped to kMaxRows-1 × kMaxCols-1.
    void grid(const Grid& g)
    {
        const int rows = g.rows() < kMaxRows ? g.rows() : kMaxRows - 1;
        const int cols = g.cols() < kMaxCols ? g.cols() : kMaxCols - 1;
        u8(unsigned(rows));
        u8(unsigned(cols));
        int run = 0;
        auto flush = [&]
        {
            while (run > 0)
            {
                const int n = run < 256 ? run : 256;
                u8(0);
                u8(unsigned(n - 1));
                run -= n;
            }
        };
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
            {
                const GridCell& cell = g.at(r, c);
                if (cell.empty())
                {
                    ++run;
                    continue;
                }
                flush();
                this->cell(cell);
            }
        flush(); // explicit, so that another field can follow the grid
    }
};

} // namespace isms::fuzz
