#include "sheets/register_finder.hxx"

#include "functions/conversions.hxx"

#include "document_properties.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/revision_history_sheet.hxx"
#include "sheets/soa_sheet.hxx"
#include "isms/sheet_year.hpp"
#include "isms/utf.hpp"
#include "isms/workbook_settings.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace isms::addin
{
Result<FoundRegister> findRegister(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                   bool redetect)
{
    const auto sheets = sheetsOf(doc);
    FoundRegister out;
    const std::string stored = toUtf8(view(documentProperty(doc, kPropRegisterMap)));
    if (const auto wrong = mistypedDocumentProperty(doc, kPropRegisterMap); wrong && !redetect)
    {
        const Text problem = mistypedPropertyProblem(*wrong); // a number is no mapping
        out.storedMapProblem = problem.en;
        out.storedMapProblemJa = problem.ja;
    }
    else if (!stored.empty() && !redetect)
    {
        auto map = registerMapFromJson(stored);
        if (!map.ok())
            out.storedMapProblem = map.error().message;
        else
        {
            auto it = std::find_if(sheets.begin(), sheets.end(),
                                   [&](const NamedSheet& s) { return s.name == map->sheet; });
            if (it == sheets.end())
                out.storedMapProblem = "ISMS.RegisterMap: no sheet named '" + map->sheet + "'";
            else
            {
                out.sheet = it->name;
                out.grid = std::make_unique<Grid>(readUsedArea(it->sheet));
                out.reg = readRegister(*out.grid, map->map);
                out.fromStoredMap = true;
                return out;
            }
        }
    }
    // The most confident detection; between sheets detected as confidently, the one whose name
    // looks current (undated, else the later year: last year's register is often kept beside
    // this year's), else the first.
    std::optional<std::pair<double, int>> best;
    // The sheets isms-calc generates are never the register.
    const int soaSheet = namedRangeSheet(doc, kSoaRange),
              gapSheet = namedRangeSheet(doc, kSoaGapsRange),
              historySheet = namedRangeSheet(doc, kSoaHistoryRange);
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        const NamedSheet& s = sheets[i];
        if (int(i) == soaSheet || int(i) == gapSheet || int(i) == historySheet)
            continue;
        auto grid = std::make_unique<Grid>(readUsedArea(s.sheet));
        auto map = detectRegister(*grid);
        if (!map.ok())
            continue;
        const std::pair<double, int> rank{map->confidence, currentnessOfSheetName(toUtf16(s.name))};
        if (best && rank <= *best)
        {
            out.notUsed.push_back(s.name);
            continue;
        }
        if (best)
            out.notUsed.push_back(out.sheet);
        best = rank;
        out.sheet = s.name;
        out.reg = readRegister(*grid, *map);
        out.grid = std::move(grid);
    }
    if (!best)
        return Error{ErrorKind::NotFound, -1, "no risk register found on any sheet"};
    return out;
}

std::vector<std::string>
newerRegisterSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const FoundRegister& found)
{
    std::vector<std::string> out;
    const auto stored = yearOfSheetName(toUtf16(found.sheet));
    if (!found.fromStoredMap || !stored)
        return out;
    for (const NamedSheet& s : sheetsOf(doc))
        if (const auto year = yearOfSheetName(toUtf16(s.name));
            year && *year > *stored && detectRegister(readUsedArea(s.sheet)).ok())
            out.push_back(s.name);
    return out;
}

std::vector<std::string> registerSheetsOf(const Result<FoundRegister>& found)
{
    if (!found.ok())
        return {};
    std::vector<std::string> out{found->sheet};
    out.insert(out.end(), found->notUsed.begin(), found->notUsed.end());
    return out;
}

} // namespace isms::addin
