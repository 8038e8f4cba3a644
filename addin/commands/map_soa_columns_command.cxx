#include "commands/command_functions.hxx"

#include "commands/columns_dialog.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/soa_finder.hxx"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{

Outcome mapSoaColumnsCommand(const CommandContext& c)
{
    const Lang lang = c.uiLang;
    if (!c.interactive)
        return {false, pick(lang,
                            "SoA columns is a dialog for a person. Scripts write the mapping to "
                            "the document property ISMS.SoaMap. Nothing was changed.",
                            "適用宣言書の列は人が操作するダイアログです。スクリプトからは文書の"
                            "プロパティ ISMS.SoaMap に対応付けを書いてください。何も変更していま"
                            "せん。")};
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
        return {false, pick(lang, "No sheet to map: nothing was changed.",
                            "対応付けるシートがありません。何も変更していません。")};
    const Grid grid = readUsedArea(sheet);
    const auto chosen = askSoaColumns(c.uno, c.frame, grid, current, lang);
    if (!chosen)
        return {false, pick(lang, "Cancelled: nothing was changed.",
                            "キャンセルしました。何も変更していません。")};
    setDocumentProperty(c.doc, kPropSoaMap, soaMapToJson(*chosen));
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
    return {true, lang == Lang::Ja
                      ? "適用宣言書: シート「" + t.sheet + "」、管理策の行 " +
                            std::to_string(controls) + "(適用 " + std::to_string(applicable) +
                            "、除外 " + std::to_string(excluded) +
                            ")を読み込みました。対応付けを ISMS.SoaMap に保存しました。"
                      : "SoA: sheet '" + t.sheet + "', " + std::to_string(controls) +
                            " control rows read (" + std::to_string(applicable) + " applicable, " +
                            std::to_string(excluded) +
                            " excluded). The mapping is stored in ISMS.SoaMap."};
}

} // namespace isms::addin
