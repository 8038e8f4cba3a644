// The main job (scripts/demo): installs the built .oxt into a throwaway profile, opens the
// example workbook in a headless Calc, recalculates, prints what the ISMS functions returned
// as a readable table, and saves the recalculated workbook.
// Then, for each risk register given, runs the Detect Risk Register command as a user would and
// prints what it found and each risk scored with the workbook's own method.
// Usage: isms-demo WORKBOOK OUT_DIR [REGISTER…]

#include "office.hxx"
#include "register_finder.hxx"
#include "sheet_reader.hxx"
#include "sheet_checks.hxx"
#include "isms/control_functions.hpp"
#include "isms/register_scoring.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

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

void printSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    const isms::Grid grid = isms::addin::readUsedArea(sheet); // one getDataArray
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
    auto found = isms::addin::findRegister(doc, false);
    if (!found.ok())
    {
        Office::close(doc);
        return;
    }
    const auto settings = isms::parseWorkbookSettings(
        {u"", u"", u"", u"",
         [&]
         {
             const std::string m = isms::addin::documentProperty(doc, isms::kPropRiskMethod);
             return std::u16string(m.begin(), m.end());
         }()});
    const isms::RiskMethod& method =
        settings.riskMethod ? *settings.riskMethod : isms::defaultMethod();
    const isms::Lang lang = isms::Lang::Ja;
    std::printf("Scored with method '%s' (%s):\n", method.id.c_str(),
                method.title.in(lang).c_str());
    std::printf("  %-8s %-7s %-6s %-9s %-8s %s\n", "ID", "inherent", "level", "residual", "accept?",
                "controls → 2022");
    for (const isms::RiskRow& r : found->reg.risks)
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

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
    {
        std::fprintf(stderr, "usage: isms-demo WORKBOOK OUT_DIR [REGISTER…]\n");
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
    }
    catch (...)
    {
        std::fprintf(stderr, "demo failed: %s\n", describeCurrentException().c_str());
        return 1;
    }
    return 0;
}
