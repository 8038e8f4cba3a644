#include "commands/command_functions.hxx"

#include "commands/columns_dialog.hxx"
#include "document_properties.hxx"
#include "functions/conversions.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/soa_finder.hxx"
#include "strings.hxx"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{

Outcome mapSoaColumnsCommand(const CommandContext& c)
{
    const Lang lang = c.uiLang;
    if (!c.interactive)
        return {false, str::kMapSoaColumnsNotInteractive.str(lang)};
    // what is used today: the stored map, else detection, else the sheet in view
    SoaMap current;
    const FoundSoa found = findSoa(c.doc, {});
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    if (found.table)
    {
        current = mapOf(*found.table);
        for (const NamedSheet& s : sheetsOf(c.doc))
            if (s.name == current.sheet)
                sheet = s.sheet;
    }
    else if (auto s = activeSheet(c.frame))
    {
        current.sheet = s->name;
        sheet = s->sheet;
    }
    if (!sheet.is())
        return {false, str::kNoSheetToMap.str(lang)};
    const Grid grid = readUsedArea(sheet);
    const auto chosen = askSoaColumns(c.uno, c.frame, grid, current, lang);
    if (!chosen)
        return {false, str::kCancelled.str(lang)};
    setDocumentProperty(c.doc, kPropSoaMap, toOUString(soaMapToJson(*chosen)));
    const SoaTable t = readSoaTable(grid, *chosen);
    int applicable = 0, excluded = 0, controls = 0;
    for (std::size_t i = 0; i < t.rows.size(); ++i)
    {
        if (t.ids[i].empty())
            continue;
        ++controls;
        const Applicability a =
            classifyApplicability(t.rows[i].second.at(SoaColumn::Applicability));
        applicable += a == Applicability::Applicable;
        excluded += a == Applicability::Excluded;
    }
    return {true, fill(str::kMapSoaColumnsDone, lang,
                       {t.sheet, std::to_string(controls), std::to_string(applicable),
                        std::to_string(excluded)})};
}

} // namespace isms::addin
