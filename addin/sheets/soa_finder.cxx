#include "sheets/soa_finder.hxx"

#include "sheets/changes_sheet.hxx"
#include "sheets/findings_sheet.hxx"
#include "document_properties.hxx"
#include "functions/conversions.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/soa_sheet.hxx"
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

FoundSoa findSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                 const std::string& registerSheet)
{
    FoundSoa out;
    const auto sheets = sheetsOf(doc);
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
            return out;
        }
    }
    const int generated = namedRangeSheet(doc, kSoaRange);
    if (generated >= 0 && std::size_t(generated) < sheets.size())
        if (auto t = detectSoaTable(readUsedArea(sheets[std::size_t(generated)].sheet),
                                    sheets[std::size_t(generated)].name);
            t.ok())
        {
            out.table = std::move(t.value());
            return out;
        }
    // Sheets isms-calc generated that list controls but are no SoA.
    const int skip[] = {namedRangeSheet(doc, kSoaGapsRange), namedRangeSheet(doc, kFindingsRange),
                        namedRangeSheet(doc, kChangesRange)};
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        if (std::find(std::begin(skip), std::end(skip), int(i)) != std::end(skip) ||
            sheets[i].name == registerSheet)
            continue;
        auto t = detectSoaTable(readUsedArea(sheets[i].sheet), sheets[i].name);
        if (t.ok() && (!out.table || t->rows.size() > out.table->rows.size()))
            out.table = std::move(t.value());
    }
    return out;
}

} // namespace isms::addin
