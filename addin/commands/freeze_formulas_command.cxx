#include "commands/command_functions.hxx"

#include "sheets/cell_blocks.hxx"
#include "functions/conversions.hxx"
#include "sheets/sheet_reader.hxx"
#include "strings.hxx"
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
    const std::optional<bool> onSelection = selectionOrWorkbook(c, str::kFreezeTitle.str(ui));
    if (!onSelection)
        return {false, str::kCancelled.str(ui)};
    const bool selectionOnly = *onSelection;
    const std::vector<NamedSheet> sheets = sheetsOf(c.doc);

    std::vector<css::table::CellRangeAddress> blocks;
    if (selectionOnly)
    {
        auto selected = selectedContentBlocks(c.frame, css::sheet::CellFlags::FORMULA);
        if (!selected)
            return {false, str::kFreezeSelectFirst.str(ui)};
        blocks = std::move(*selected);
    }
    else
        for (const NamedSheet& s : sheets)
        {
            auto b = sheetContentBlocks(s.sheet, css::sheet::CellFlags::FORMULA);
            blocks.insert(blocks.end(), b.begin(), b.end());
        }

    Progress progress(c.frame, str::kFreezeProgress.str(ui), int(blocks.size()) + 1);
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
        UndoStep undo(c.doc, str::kFreezeUndo.str(ui));
        for (auto& [sheetIndex, cells] : writes)
        {
            const CellsWritten w =
                writeCells(sheets[std::size_t(sheetIndex)].sheet, std::move(cells));
            refused += w.failed; // part of an array formula Calc would not split
            frozen -= w.failed;
        }
    }

    std::string msg =
        frozen > 0 ? fill(str::kFreezeDone, ui, {std::to_string(frozen)})
                   : (selectionOnly ? str::kFreezeNothingInSelection : str::kFreezeNothing).str(ui);
    if (errors > 0)
        msg += "\n" + fill(str::kFreezeErrorsLeft, ui, {std::to_string(errors)});
    if (refused > 0)
        msg += "\n" + fill(str::kFreezeRefusedLeft, ui, {std::to_string(refused)});
    return {true, msg};
}

} // namespace isms::addin
