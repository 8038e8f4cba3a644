#include "sheets/soa_finder.hxx"

#include "sheets/changes_sheet.hxx"
#include "sheets/findings_sheet.hxx"
#include "document_properties.hxx"
#include "functions/conversions.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/soa_sheet.hxx"
#include "isms/soa_parts.hpp"
#include "isms/utf.hpp"
#include "isms/workbook_settings.hpp"

#include <algorithm>

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

/// The 27017 part of main on another sheet (soa_parts.hpp), the one with the most rows; none
/// when main has every CLD control. skip: sheets that are no SoA.
std::optional<SoaTable> cloudPartOf(const std::vector<NamedSheet>& sheets, const SoaTable& main,
                                    const std::vector<std::string>& skip)
{
    const Catalog& cat = Catalog::builtin();
    if (hasEveryCldControl(cat, main))
        return std::nullopt;
    std::optional<SoaTable> part;
    for (const NamedSheet& s : sheets)
    {
        if (s.name == main.sheet || std::find(skip.begin(), skip.end(), s.name) != skip.end())
            continue;
        auto t = detectSoaTable(readUsedArea(s.sheet), s.name);
        if (t.ok() && isCloudPart(cat, main, *t) && (!part || t->rows.size() > part->rows.size()))
            part = std::move(t.value());
    }
    return part;
}

} // namespace

FoundSoa findSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                 const std::string& registerSheet)
{
    FoundSoa out;
    const auto sheets = sheetsOf(doc);
    // Sheets isms-calc generated that list controls but are no SoA, and the register.
    std::vector<std::string> skip{registerSheet};
    for (const char* range : {kSoaGapsRange, kFindingsRange, kChangesRange})
        if (const int i = namedRangeSheet(doc, range); i >= 0 && std::size_t(i) < sheets.size())
            skip.push_back(sheets[std::size_t(i)].name);
    auto withCloudPart = [&](FoundSoa& found) -> FoundSoa&
    {
        if (found.table)
            found.cloudPart = cloudPartOf(sheets, *found.table, skip);
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
            return withCloudPart(out);
        }
    }
    const int generated = namedRangeSheet(doc, kSoaRange);
    if (generated >= 0 && std::size_t(generated) < sheets.size())
        if (auto t = detectSoaTable(readUsedArea(sheets[std::size_t(generated)].sheet),
                                    sheets[std::size_t(generated)].name);
            t.ok())
        {
            out.table = std::move(t.value());
            return withCloudPart(out);
        }
    // The table with the most rows; a table of cloud controls only (an SoA's 27017 part) only
    // when there is no other.
    std::optional<SoaTable> cloudOnly;
    for (const NamedSheet& s : sheets)
    {
        if (std::find(skip.begin(), skip.end(), s.name) != skip.end())
            continue;
        auto t = detectSoaTable(readUsedArea(s.sheet), s.name);
        if (!t.ok())
            continue;
        std::optional<SoaTable>& slot =
            holdsOnlyCloudControls(Catalog::builtin(), *t) ? cloudOnly : out.table;
        if (!slot || t->rows.size() > slot->rows.size())
            slot = std::move(t.value());
    }
    if (!out.table)
        out.table = std::move(cloudOnly);
    else if (cloudOnly && isCloudPart(Catalog::builtin(), *out.table, *cloudOnly))
        out.cloudPart = std::move(cloudOnly);
    return out;
}

} // namespace isms::addin
