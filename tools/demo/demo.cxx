// The main job (scripts/demo): installs the built .oxt into a throwaway profile, opens the
// example workbook in a headless Calc, recalculates, prints what the ISMS functions returned
// as a readable table, and saves the recalculated workbook.
// Then, for each risk register given, runs the Detect Risk Register command as a user would and
// prints what it found and each risk scored with the workbook's own method; finally generates the
// Statement of Applicability for the first register and saves it (.ods, .xlsx, PDF).
// Usage: isms-demo WORKBOOK OUT_DIR [REGISTER…]

#include "office.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include "sheet_checks.hxx"
#include "isms/control_functions.hpp"
#include "isms/register.hpp"
#include "isms/soa.hpp"
#include "isms/utf.hpp"
#include "isms/register_scoring.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include <cstdio>
#include <utility>
#include <algorithm>
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

std::string text(const isms::GridCell* c)
{
    if (!c)
        return "";
    if (c->isNumber)
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", c->number);
        return buf;
    }
    std::string out = u8(rtl::OUString(reinterpret_cast<const sal_Unicode*>(c->text.data()),
                                       sal_Int32(c->text.size())));
    for (std::size_t nl; (nl = out.find('\n')) != std::string::npos;)
        out.replace(nl, 1, " ");
    return out;
}

/// The sheet's used area as the core's grid, in one getDataArray. The demo is a client of the
/// installed extension: it reads what the commands wrote, and never links the adapter.
isms::Grid sheetGrid(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    auto cursor = sheet->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(false);
    const auto end =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const auto data = css::uno::Reference<css::sheet::XCellRangeData>(
                          sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow),
                          css::uno::UNO_QUERY_THROW)
                          ->getDataArray();
    isms::Grid grid(int(end.EndRow) + 1, int(end.EndColumn) + 1);
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c)
        {
            isms::GridCell& cell = grid.at(int(r), int(c));
            rtl::OUString t;
            if (data[r][c] >>= t)
                cell.text.assign(reinterpret_cast<const char16_t*>(t.getStr()),
                                 std::size_t(t.getLength()));
            else if (data[r][c] >>= cell.number)
            {
                cell.isNumber = true;
                const std::string digits = isms::cellUtf8(cell);
                cell.text.assign(digits.begin(), digits.end());
            }
        }
    return grid;
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheetNamed(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
           const std::string& name)
{
    return css::uno::Reference<css::sheet::XSpreadsheet>(
        doc->getSheets()->getByName(rtl::OUString::fromUtf8(name.c_str())),
        css::uno::UNO_QUERY_THROW);
}

void printSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    const isms::Grid grid = sheetGrid(sheet);
    std::vector<std::vector<std::string>> cells;
    for (int r = 0; r < grid.rows(); ++r)
    {
        std::vector<std::string> row;
        for (int c = 0; c < grid.cols(); ++c)
            row.push_back(text(&grid.at(r, c)));
        cells.push_back(row);
    }
    if (cells.empty())
        return;
    std::vector<std::size_t> width(cells[0].size(), 0);
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

void showRegister(const Office& office, const std::string& path)
{
    auto doc = office.load(path);
    std::printf("\n== Risk register: %s ==\n", std::filesystem::path(path).filename().c_str());
    // The command, exactly as the ISMS menu runs it (without a dialog).
    std::printf("%s\n", runCommand(office, doc, "DetectRegister").message.c_str());

    // Score every risk with the workbook's method (ISMS.RiskMethod), as ISMS.RISK/RISK3 would.
    // The columns the command found (ISMS.RegisterMap), read with the core as the add-in does.
    const auto stored =
        isms::registerMapFromJson(isms::office::documentPropertyText(doc, "ISMS.RegisterMap"));
    if (!stored.ok())
    {
        Office::close(doc);
        return;
    }
    const isms::Grid grid = sheetGrid(sheetNamed(doc, stored->sheet));
    const isms::Register reg = isms::readRegister(grid, stored->map);
    const std::string methodText = isms::office::documentPropertyText(doc, "ISMS.RiskMethod");
    const auto settings =
        isms::parseWorkbookSettings({u"", u"", u"", u"", isms::toUtf16(methodText)});
    const isms::RiskMethod& method =
        settings.riskMethod ? *settings.riskMethod : isms::defaultMethod();
    const isms::Lang lang = isms::Lang::Ja;
    std::printf("Scored with method '%s' (%s):\n", method.id.c_str(),
                method.title.in(lang).c_str());
    std::printf("  %-8s %-7s %-6s %-9s %-8s %s\n", "ID", "inherent", "level", "residual", "accept?",
                "controls → 2022");
    for (const isms::RiskRow& r : reg.risks)
    {
        const auto score = isms::scoreRisk(r, method);
        std::string level = "-", residual = "-", accept = "-";
        if (score.inherent)
            if (auto l = method.levelOf(*score.inherent, 0); l.ok())
                level = (*l)->label.in(lang);
        if (score.residual)
        {
            residual = std::to_string(int(*score.residual));
            accept = *score.residual <= method.acceptMax ? "yes" : "NO";
        }
        std::vector<const isms::Control*> now;
        for (const auto& c : r.controls)
            for (const isms::Control* m :
                 isms::mapControl(*c.control, isms::Edition::Iso27001_2022))
                if (std::find(now.begin(), now.end(), m) == now.end())
                    now.push_back(m);
        std::printf("  %-8s %-8s %-6s %-9s %-8s %s\n",
                    clip(text(r.get(isms::RegisterField::RiskId)), 8).c_str(),
                    score.inherent ? std::to_string(int(*score.inherent)).c_str() : "-",
                    level.c_str(), residual.c_str(), accept.c_str(),
                    clip(isms::joinIds(now), 60).c_str());
    }
    Office::close(doc);
}

/// Generates the Statement of Applicability for a register as the ISMS menu does, prints the
/// start of it and saves the workbook as .ods and .xlsx and the SoA as PDF.
void generateSoa(const Office& office, const std::string& path, const std::filesystem::path& outDir)
{
    auto doc = office.load(path);
    const std::string stem = std::filesystem::path(path).stem().string();
    std::printf("\n== Statement of Applicability for %s ==\n", stem.c_str());
    const CommandResult r = runCommand(office, doc, "GenerateSoA");
    std::printf("%s\n", r.message.c_str());
    if (!r.success)
    {
        Office::close(doc);
        return;
    }
    css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> ranges(props->getPropertyValue("NamedRanges"),
                                                            css::uno::UNO_QUERY_THROW);
    auto table = css::uno::Reference<css::sheet::XCellRangeReferrer>(ranges->getByName("ISMS_SOA"),
                                                                     css::uno::UNO_QUERY_THROW)
                     ->getReferredCells();
    const int sheetIndex =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(table, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress()
            .Sheet;
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> soa(sheets->getByIndex(sheetIndex),
                                                      css::uno::UNO_QUERY_THROW);
    const isms::Grid grid = sheetGrid(soa);
    using C = isms::SoaColumn;
    const auto at = isms::soaSheetIndex; // where the sheet puts each column
    const C shown[] = {C::Control, C::Title,         C::DerivedApplicability,
                       C::RiskIds, C::ResidualLevel, C::Applicability};
    const int header =
        int(css::uno::Reference<css::sheet::XCellRangeAddressable>(table, css::uno::UNO_QUERY_THROW)
                ->getRangeAddress()
                .StartRow);
    int printed = 0;
    for (int row = header; row < grid.rows() && printed < 14; ++row)
    {
        if (row > header + 1 && grid.at(row, at(C::RiskIds)).empty())
            continue; // show the header and rows that risks cite
        std::string line;
        for (C c : shown)
            line += clip(text(&grid.at(row, at(c))), c == C::Title ? 30 : 16) + "  |  ";
        std::printf("  %s\n", line.c_str());
        ++printed;
    }
    // Review the workbook with its new SoA, as an auditor would: the Findings sheet.
    const CommandResult review = runCommand(office, doc, "Review");
    std::printf("\n== Review of %s ==\n%s\n", stem.c_str(), review.message.c_str());
    if (review.success)
    {
        for (const auto& n : sheetNames(doc))
            if (n == "指摘事項" || n == "Findings")
            {
                const isms::Grid findings = sheetGrid(sheetNamed(doc, n));
                for (int row = 0; row < findings.rows() && row < 12; ++row)
                    std::printf("  %s | %s | %s | %s\n",
                                clip(text(&findings.at(row, 1)), 14).c_str(),
                                clip(text(&findings.at(row, 2)), 30).c_str(),
                                clip(text(&findings.at(row, 3)), 22).c_str(),
                                clip(text(&findings.at(row, 4)), 70).c_str());
                if (findings.rows() > 12)
                    std::printf("  … %d more\n", findings.rows() - 12);
            }
    }
    std::filesystem::create_directories(outDir);
    const auto base = std::filesystem::absolute(outDir / (stem + "-soa"));
    Office::storeTo(doc, base.string() + ".ods", "calc8");
    Office::storeTo(doc, base.string() + ".xlsx", "Calc MS Excel 2007 XML");
    // The SoA sheet alone as PDF (A4 landscape, header repeated on each page).
    Office::storeSheetPdf(doc, soa, base.string() + ".pdf");
    std::printf("Saved %s.ods, .xlsx and .pdf\n", base.c_str());
    Office::close(doc);
}

/// Migrates a 2013-numbered client workbook to 27001:2022 as a consultant does (ISMS ▸ Migrate),
/// prints the start of the Migration log and saves the result.
void migrate(const Office& office, const std::string& path, const std::filesystem::path& outDir)
{
    auto doc = office.load(path);
    const std::string stem = std::filesystem::path(path).stem().string();
    std::printf("\n== Migration of %s to ISO/IEC 27001:2022 ==\n", stem.c_str());
    const CommandResult r = runCommand(office, doc, "Migrate2022");
    std::printf("%s\n", r.message.c_str());
    for (const auto& name : sheetNames(doc))
        if (name == "Migration log" || name == "移行ログ")
        {
            const auto rows = usedAreaText(doc, name);
            for (std::size_t i = 0; i < rows.size() && i < 10; ++i)
            {
                std::string line;
                for (const auto& cell : rows[i])
                    line += clip(cell, 34) + " | ";
                std::printf("  %s\n", line.c_str());
            }
            if (rows.size() > 10)
                std::printf("  … %zu more\n", rows.size() - 10);
        }
    const CommandResult again = runCommand(office, doc, "Migrate2022");
    std::printf("Second run: %s\n", again.message.c_str());
    std::filesystem::create_directories(outDir);
    const auto out = std::filesystem::absolute(outDir / (stem + "-2022.ods"));
    Office::storeTo(doc, out.string(), "calc8");
    std::printf("Saved %s\n", out.c_str());
    Office::close(doc);
}

} // namespace

int main(int argc, char** argv)
{
    isms::office::ignoreBrokenPipes(); // a closed office or output pipe is an error, not a death
    if (argc < 3)
    {
        std::fprintf(stderr,
                     "usage: isms-demo WORKBOOK OUT_DIR [--migrate WORKBOOK_2013] [REGISTER…]\n");
        return 2;
    }
    std::string toMigrate;
    std::vector<char*> args(argv, argv + argc);
    if (args.size() > 4 && std::string(args[3]) == "--migrate")
    {
        toMigrate = args[4];
        args.erase(args.begin() + 3, args.begin() + 5);
    }
    argc = int(args.size());
    argv = args.data();
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
            printSheet(sheet);
        }
        std::filesystem::create_directories(outDir);
        const auto stem = workbook.stem().string();
        const auto ods = std::filesystem::absolute(outDir / (stem + ".ods"));
        Office::storeTo(doc, ods.string(), "calc8");
        std::printf("\nRecalculated workbook saved: %s\n", ods.c_str());
        Office::close(doc);
        for (int i = 3; i < argc; ++i)
            showRegister(office, argv[i]);
        if (argc > 3)
            generateSoa(office, argv[3], outDir);
        if (!toMigrate.empty())
            migrate(office, toMigrate, outDir);
    }
    catch (...)
    {
        std::fprintf(stderr, "demo failed: %s\n", describeCurrentException().c_str());
        return 1;
    }
    return 0;
}
