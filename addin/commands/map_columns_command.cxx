#include "commands/command_functions.hxx"

#include "commands/columns_dialog.hxx"
#include "document_properties.hxx"
#include "functions/conversions.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "strings.hxx"
#include "isms/register_report.hpp"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{
Outcome mapColumnsCommand(const CommandContext& c)
{
    const Lang lang = c.uiLang;
    if (!c.interactive)
        return {false, str::kMapColumnsNotInteractive.str(lang)};
    // what is used today: the stored mapping, else detection, else the sheet in view
    std::string sheet;
    std::unique_ptr<Grid> grid;
    RegisterMap current;
    if (auto found = findRegister(c.doc, false); found.ok())
    {
        FoundRegister& f = found.value();
        sheet = f.sheet;
        current = f.reg.map;
        grid = std::move(f.grid);
    }
    else if (auto s = activeSheet(c.frame))
    {
        sheet = s->name;
        grid = std::make_unique<Grid>(readUsedArea(s->sheet));
    }
    else
        return {false, str::kNoSheetToMap.str(lang)};
    const auto chosen = askRegisterColumns(c.uno, c.frame, *grid, current, sheet, lang);
    if (!chosen)
        return {false, str::kCancelled.str(lang)};
    setDocumentProperty(c.doc, kPropRegisterMap, toOUString(registerMapToJson(*chosen, sheet)));
    const Register reg = readRegister(*grid, *chosen);
    return {true, registerReport(reg, sheet, true, lang)};
}

} // namespace isms::addin
