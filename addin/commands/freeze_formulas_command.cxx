#include "commands/command_functions.hxx"

#include "sheets/cell_blocks.hxx"
#include "functions/conversions.hxx"
#include "sheets/sheet_reader.hxx"
#include "isms/formula_text.hpp"

#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <map>

namespace isms::addin
{

Outcome freezeFormulasCommand(const CommandContext& c)
{
    const Lang ui = c.uiLang;
    const bool ja = ui == Lang::Ja;
    const std::optional<bool> onSelection =
        selectionOrWorkbook(c, pick(ui, "Freeze ISMS formulas", "ISMS 関数を値に固定"));
    if (!onSelection)
        return {false, pick(ui, "Cancelled: nothing was changed.",
                            "キャンセルしました。何も変更していません。")};
    const bool selectionOnly = *onSelection;
    const std::vector<NamedSheet> sheets = sheetsOf(c.doc);

    std::vector<css::table::CellRangeAddress> blocks;
    if (selectionOnly)
    {
        auto selected = selectedContentBlocks(c.frame, css::sheet::CellFlags::FORMULA);
        if (!selected)
            return {false, pick(ui, "Select the cells to freeze first: nothing was changed.",
                                "値に固定するセルを先に選択してください。何も変更していません。")};
        blocks = std::move(*selected);
    }
    else
        for (const NamedSheet& s : sheets)
        {
            auto b = sheetContentBlocks(s.sheet, css::sheet::CellFlags::FORMULA);
            blocks.insert(blocks.end(), b.begin(), b.end());
        }

    Progress progress(c.frame,
                      pick(ui, "Freezing ISMS formulas to values", "ISMS 関数を値に固定中"),
                      int(blocks.size()) + 1);
    int step = 0;
    // Read everything first: nothing is written unless there is something to freeze.
    std::map<sal_Int16, std::vector<CellWrite>> writes; // by sheet
    int frozen = 0, errors = 0;
    for (const auto& a : blocks)
    {
        progress.set(++step);
        if (a.Sheet < 0 || std::size_t(a.Sheet) >= sheets.size())
            continue;
        const auto range = sheets[std::size_t(a.Sheet)].sheet->getCellRangeByPosition(
            a.StartColumn, a.StartRow, a.EndColumn, a.EndRow);
        const auto formulas =
            css::uno::Reference<css::sheet::XCellRangeFormula>(range, css::uno::UNO_QUERY_THROW)
                ->getFormulaArray();
        // Only read values where an ISMS formula is (getDataArray recalculates what it reads).
        bool any = false;
        for (const auto& row : formulas)
            for (const auto& f : row)
                any = any || callsIsmsFunction(view(f));
        if (!any)
            continue;
        const auto values =
            css::uno::Reference<css::sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
                ->getDataArray();
        for (sal_Int32 r = 0; r < formulas.getLength() && r < values.getLength(); ++r)
            for (sal_Int32 col = 0; col < formulas[r].getLength() && col < values[r].getLength();
                 ++col)
            {
                if (!callsIsmsFunction(view(formulas[r][col])))
                    continue;
                css::uno::Any v = values[r][col];
                // getDataArray gives an error result as void: such a cell stays a formula, so
                // the error stays visible (a frozen empty cell would hide it)
                if (!v.hasValue())
                {
                    if (range->getCellByPosition(col, r)->getError() != 0)
                    {
                        ++errors;
                        continue;
                    }
                    v <<= rtl::OUString();
                }
                writes[a.Sheet].push_back({a.StartColumn + col, a.StartRow + r, v});
                ++frozen;
            }
    }

    // A protected sheet cannot be written: its formulas stay and are counted.
    int refused = 0;
    for (auto it = writes.begin(); it != writes.end();)
        if (isProtected(sheets[std::size_t(it->first)].sheet))
        {
            refused += int(it->second.size());
            frozen -= int(it->second.size());
            it = writes.erase(it);
        }
        else
            ++it;
    if (frozen > 0)
    {
        UndoStep undo(c.doc, pick(ui, "Freeze ISMS formulas to values", "ISMS 関数を値に固定"));
        for (auto& [sheetIndex, cells] : writes)
        {
            const CellsWritten w =
                writeCells(sheets[std::size_t(sheetIndex)].sheet, std::move(cells));
            refused += w.failed; // part of an array formula over several columns
            frozen -= w.failed;
        }
    }

    std::string msg =
        frozen > 0
            ? (ja ? "ISMS 関数の数式 " + std::to_string(frozen) +
                        " 個を現在の値に固定しました。拡張機能のない環境や Excel "
                        "でも同じ値が表示されます。"
                  : "Froze " + std::to_string(frozen) +
                        " ISMS formula(s) to their current values: the workbook now shows the "
                        "same without isms-calc or in Excel.")
            : pick(ui,
                   selectionOnly ? "No ISMS formulas to freeze in the selection: the document "
                                   "was not changed."
                                 : "No ISMS formulas to freeze: the document was not changed.",
                   selectionOnly ? "選択範囲に値に固定する ISMS 関数の数式はありません。"
                                   "ドキュメントは変更していません。"
                                 : "値に固定する ISMS 関数の数式はありません。"
                                   "ドキュメントは変更していません。");
    if (errors > 0)
        msg += ja ? "\nエラーを表示しているため、" + std::to_string(errors) +
                        " 個のセルは数式のまま残しました。"
                  : "\n" + std::to_string(errors) + " cell(s) left: they show an error.";
    if (refused > 0)
        msg += ja ? "\n保護されたシート又は複数列にわたる配列数式のため、" +
                        std::to_string(refused) + " 個のセルは数式のまま残しました。"
                  : "\n" + std::to_string(refused) +
                        " cell(s) left as formulas: on a protected sheet or part of an array "
                        "formula over several columns.";
    return {true, msg};
}

} // namespace isms::addin
