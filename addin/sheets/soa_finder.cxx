#include "sheets/soa_finder.hxx"

#include "sheets/changes_sheet.hxx"
#include "sheets/findings_sheet.hxx"
#include "document_properties.hxx"
#include "functions/conversions.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/soa_sheet.hxx"
#include "isms/sheet_year.hpp"
#include "isms/soa_parts.hpp"
#include "isms/utf.hpp"
#include "isms/workbook_settings.hpp"

#include <algorithm>
#include <tuple>

namespace isms::addin
{

SoaMap mapOf(const SoaTable& t)
{
    SoaMap m;
    m.sheet = t.sheet;
    m.headerRow = t.headerRow;
    m.headerRows = t.headerRows;
    m.column = t.column;
    return m;
}

namespace
{

int editionRank(const std::string& edition)
{
    return edition == "2022" ? 3 : edition == "2013" ? 2 : edition == "2005" ? 1 : 0;
}

/// A table laid out like an SoA found on a sheet, and whether it holds only cloud controls
/// (soa_parts.hpp).
struct Candidate
{
    SoaTable table;
    bool cloudOnly = false;
};

/// Every table laid out like an SoA on the sheets not in skip.
std::vector<Candidate> soaTablesOn(const std::vector<NamedSheet>& sheets,
                                   const std::vector<std::string>& skip)
{
    std::vector<Candidate> out;
    for (const NamedSheet& s : sheets)
    {
        if (std::find(skip.begin(), skip.end(), s.name) != skip.end())
            continue;
        if (auto t = detectSoaTable(readUsedArea(s.sheet), s.name); t.ok())
        {
            const bool cloudOnly = holdsOnlyCloudControls(Catalog::builtin(), *t);
            out.push_back({std::move(t.value()), cloudOnly});
        }
    }
    return out;
}

/// Whether a is likelier the SoA than b: a table of cloud controls only (an SoA's 27017 part)
/// last; then the one numbered by the newer edition (a workbook may keep its superseded 2013
/// SoA beside the 2022 one); then the one with more rows; then the one whose sheet name looks
/// current (undated, else the later year: last year's SoA kept beside this year's).
bool likelier(const Candidate& a, const Candidate& b)
{
    auto key = [](const Candidate& c)
    {
        return std::tuple(!c.cloudOnly, editionRank(c.table.edition), c.table.rows.size(),
                          currentnessOfSheetName(toUtf16(c.table.sheet)));
    };
    return key(a) > key(b);
}

/// From the tables on the other sheets: main's 27017 part (the one with the most rows, when
/// main lacks a CLD control) and the tables left unused.
void sortOut(FoundSoa& out, std::vector<Candidate> others)
{
    const SoaTable& main = *out.table;
    std::optional<std::size_t> part;
    if (!hasEveryCldControl(Catalog::builtin(), main))
        for (std::size_t i = 0; i < others.size(); ++i)
            if (isCloudPart(Catalog::builtin(), main, others[i].table) &&
                (!part || others[i].table.rows.size() > others[*part].table.rows.size()))
                part = i;
    for (std::size_t i = 0; i < others.size(); ++i)
        if (i == part)
            out.cloudPart = std::move(others[i].table);
        else
            out.notUsed.emplace_back(others[i].table.sheet, others[i].table.edition);
}

} // namespace

FoundSoa findSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                 const std::vector<std::string>& registerSheets)
{
    FoundSoa out;
    const auto sheets = sheetsOf(doc);
    // Sheets isms-calc generated that list controls but are no SoA, and the register.
    std::vector<std::string> skip = registerSheets;
    for (const char* range : {kSoaGapsRange, kFindingsRange, kChangesRange})
        if (const int i = namedRangeSheet(doc, range); i >= 0 && std::size_t(i) < sheets.size())
            skip.push_back(sheets[std::size_t(i)].name);
    // A table chosen by a person or generated: the other sheets are looked at only for its
    // 27017 part (a generated SoA has every CLD row).
    auto chosen = [&](FoundSoa& found) -> FoundSoa&
    {
        if (!hasEveryCldControl(Catalog::builtin(), *found.table))
        {
            skip.push_back(found.table->sheet);
            sortOut(found, soaTablesOn(sheets, skip));
        }
        return found;
    };

    if (const auto wrong = mistypedDocumentProperty(doc, kPropSoaMap))
        out.storedMapProblem = mistypedPropertyProblem(*wrong).en; // a number is no mapping
    else if (const std::string stored = toUtf8(view(documentProperty(doc, kPropSoaMap)));
             !stored.empty())
    {
        auto map = soaMapFromJson(stored);
        if (!map.ok())
            out.storedMapProblem = map.error().message;
        else if (auto it = std::find_if(sheets.begin(), sheets.end(),
                                        [&](const NamedSheet& s) { return s.name == map->sheet; });
                 it == sheets.end())
            out.storedMapProblem = "ISMS.SoaMap: no sheet named '" + map->sheet + "'";
        else
        {
            out.table = readSoaTable(readUsedArea(it->sheet), *map);
            out.fromStoredMap = true;
            return chosen(out);
        }
    }
    const int generated = namedRangeSheet(doc, kSoaRange);
    if (generated >= 0 && std::size_t(generated) < sheets.size())
        if (auto t = detectSoaTable(readUsedArea(sheets[std::size_t(generated)].sheet),
                                    sheets[std::size_t(generated)].name);
            t.ok())
        {
            out.table = std::move(t.value());
            return chosen(out);
        }
    std::vector<Candidate> found = soaTablesOn(sheets, skip);
    if (found.empty())
        return out;
    const auto best =
        std::max_element(found.begin(), found.end(),
                         [](const Candidate& a, const Candidate& b) { return likelier(b, a); });
    out.table = std::move(best->table);
    found.erase(best);
    sortOut(out, std::move(found));
    return out;
}

} // namespace isms::addin
