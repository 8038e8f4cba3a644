#include "commands/command_functions.hxx"

#include "commands/columns_dialog.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "isms/register_report.hpp"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{
Outcome mapColumnsCommand(const CommandContext& c)
{
    const Lang lang = c.uiLang;
    if (!c.interactive)
        return {false, pick(lang,
                            "Register columns is a dialog for a person. Scripts write the "
                            "mapping to the document property ISMS.RegisterMap (see Detect Risk "
                            "Register). Nothing was changed.",
                            "リスク台帳の列は人が操作するダイアログです。スクリプトからは文書の"
                            "プロパティ ISMS.RegisterMap に対応付けを書いてください(リスク台帳の"
                            "検出を参照)。何も変更していません。")};
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
        return {false, pick(lang, "No sheet to map: nothing was changed.",
                            "対応付けるシートがありません。何も変更していません。")};
    const auto chosen = askRegisterColumns(c.uno, c.frame, *grid, current, sheet, lang);
    if (!chosen)
        return {false, pick(lang, "Cancelled: nothing was changed.",
                            "キャンセルしました。何も変更していません。")};
    setDocumentProperty(c.doc, kPropRegisterMap, registerMapToJson(*chosen, sheet));
    const Register reg = readRegister(*grid, *chosen);
    return {true, registerReport(reg, sheet, true, lang)};
}

} // namespace isms::addin
