#include "commands.hxx"

#include "columns_dialog.hxx"
#include "register_finder.hxx"
#include "sheet_reader.hxx"
#include "isms/register_report.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>

namespace isms::addin
{
namespace
{

/// The sheet the person is looking at, when no register was found anywhere.
std::optional<NamedSheet> activeSheet(const CommandContext& c)
{
    if (!c.frame.is())
        return std::nullopt;
    css::uno::Reference<css::sheet::XSpreadsheetView> view(c.frame->getController(),
                                                           css::uno::UNO_QUERY);
    if (!view.is() || !view->getActiveSheet().is())
        return std::nullopt;
    const rtl::OUString name =
        css::uno::Reference<css::container::XNamed>(view->getActiveSheet(),
                                                    css::uno::UNO_QUERY_THROW)
            ->getName();
    return NamedSheet{rtl::OUStringToOString(name, RTL_TEXTENCODING_UTF8).getStr(),
                      view->getActiveSheet()};
}

} // namespace

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
    else if (auto s = activeSheet(c))
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
