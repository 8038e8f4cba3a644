// The main job (scripts/demo): installs the built .oxt into a throwaway profile, opens the
// example workbook in a headless Calc, recalculates, prints what the ISMS functions returned
// as a readable table, and saves the recalculated workbook.
// Usage: isms-demo WORKBOOK OUT_DIR

#include "office.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <cstdio>
#include <utility>
#include <filesystem>
#include <string>
#include <vector>

using namespace isms::office;

namespace
{

std::string u8(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

/// Decodes the UTF-8 sequence at s[i]: its code point and length in bytes.
std::pair<char32_t, std::size_t> decode(const std::string& s, std::size_t i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
    if (i + len > s.size())
        return {0xFFFD, s.size() - i};
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return {cp, len};
}

/// Terminal columns of a code point: East Asian wide and full-width forms take two.
std::size_t columns(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                   (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                   (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                   (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000
               ? 2
               : 1;
}

std::size_t displayWidth(const std::string& s)
{
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();)
    {
        const auto [cp, len] = decode(s, i);
        w += columns(cp);
        i += len;
    }
    return w;
}

/// Cuts a UTF-8 string to at most `max` display columns, marking the cut with "…".
std::string clip(const std::string& s, std::size_t max)
{
    if (displayWidth(s) <= max)
        return s;
    std::string out;
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();)
    {
        const auto [cp, len] = decode(s, i);
        if (w + columns(cp) > max - 1)
            break;
        out.append(s, i, len);
        w += columns(cp);
        i += len;
    }
    return out + "…";
}

void printSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    auto cursor = sheet->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(false);
    const auto end =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    std::vector<std::vector<std::string>> cells;
    for (sal_Int32 r = 0; r <= end.EndRow; ++r)
    {
        std::vector<std::string> row;
        for (sal_Int32 c = 0; c <= end.EndColumn; ++c)
        {
            auto cell = sheet->getCellByPosition(c, r);
            row.push_back(cell->getError() ? "Err:" + std::to_string(cell->getError())
                                           : u8(css::uno::Reference<css::text::XText>(
                                                    cell, css::uno::UNO_QUERY_THROW)
                                                    ->getString()));
        }
        cells.push_back(row);
    }
    (void)doc;
    std::vector<std::size_t> width(std::size_t(end.EndColumn + 1), 0);
    for (auto& row : cells)
        for (std::size_t c = 0; c < row.size(); ++c)
        {
            // Multi-line cells (guidance for several entries) print on one line.
            for (std::size_t nl; (nl = row[c].find('\n')) != std::string::npos;)
                row[c].replace(nl, 1, " / ");
            row[c] = clip(row[c], 44);
            width[c] = std::max(width[c], displayWidth(row[c]));
        }
    for (std::size_t r = 0; r < cells.size(); ++r)
    {
        std::string line;
        for (std::size_t c = 0; c < cells[r].size(); ++c)
            line += cells[r][c] + std::string(width[c] - displayWidth(cells[r][c]) + 2, ' ');
        std::printf("  %s\n", line.c_str());
        if (r == 0)
        {
            std::size_t total = 0;
            for (auto w : width)
                total += w + 2;
            std::printf("  %s\n", std::string(total, '-').c_str());
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        std::fprintf(stderr, "usage: isms-demo WORKBOOK OUT_DIR\n");
        return 2;
    }
    const std::filesystem::path workbook = argv[1];
    const std::filesystem::path outDir = argv[2];
    try
    {
        OfficeOptions opt;
        opt.oxt = builtOxt();
        opt.pipePrefix = "isms_demo_";
        Office office(opt);
        std::printf("LibreOffice started with isms-calc installed (%.1f s)\n",
                    office.startupTime().count() / 1000.0);
        auto doc = office.load(workbook.string());
        calculateAll(doc);
        css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                                 css::uno::UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        {
            css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i),
                                                                css::uno::UNO_QUERY_THROW);
            const std::string name =
                u8(css::uno::Reference<css::container::XNamed>(sheet, css::uno::UNO_QUERY_THROW)
                       ->getName());
            std::printf("\n== %s ==\n", name.c_str());
            printSheet(doc, sheet);
        }
        std::filesystem::create_directories(outDir);
        const auto stem = workbook.stem().string();
        const auto ods = std::filesystem::absolute(outDir / (stem + ".ods"));
        Office::storeTo(doc, ods.string(), "calc8");
        std::printf("\nRecalculated workbook saved: %s\n", ods.c_str());
        Office::close(doc);
    }
    catch (...)
    {
        std::fprintf(stderr, "demo failed: %s\n", describeCurrentException().c_str());
        return 1;
    }
    return 0;
}
