#include "sheets/cell_blocks.hxx"

#include "sheets/undoable_writes.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>

namespace isms::addin
{
namespace
{

std::vector<css::table::CellRangeAddress>
blocksOf(const css::uno::Reference<css::sheet::XCellRangesQuery>& query, sal_Int32 flags)
{
    std::vector<css::table::CellRangeAddress> out;
    const auto found = query->queryContentCells(sal_Int16(flags));
    if (!found.is())
        return out;
    const auto addresses = found->getRangeAddresses();
    out.assign(addresses.begin(), addresses.end());
    return out;
}

} // namespace

std::optional<std::vector<css::table::CellRangeAddress>>
selectedContentBlocks(const css::uno::Reference<css::frame::XFrame>& frame, sal_Int32 flags)
{
    if (!frame.is() || !frame->getController().is())
        return std::nullopt;
    css::uno::Reference<css::view::XSelectionSupplier> supplier(frame->getController(),
                                                                css::uno::UNO_QUERY);
    if (!supplier.is())
        return std::nullopt;
    // a cell, a range or several ranges (also across sheets) all answer XCellRangesQuery
    css::uno::Reference<css::sheet::XCellRangesQuery> query(supplier->getSelection(),
                                                            css::uno::UNO_QUERY);
    if (!query.is())
        return std::nullopt;
    return blocksOf(query, flags);
}

std::vector<css::table::CellRangeAddress>
sheetContentBlocks(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 flags)
{
    return blocksOf(
        css::uno::Reference<css::sheet::XCellRangesQuery>(sheet, css::uno::UNO_QUERY_THROW), flags);
}

namespace
{

/// Which rows from `first` to `last` of a column hold a comment.
std::vector<bool> commentedRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                sal_Int32 column, sal_Int32 first, sal_Int32 last)
{
    std::vector<bool> out(std::size_t(last - first + 1));
    css::uno::Reference<css::sheet::XCellRangesQuery> query(
        sheet->getCellRangeByPosition(column, first, column, last), css::uno::UNO_QUERY_THROW);
    for (const auto& a : blocksOf(query, css::sheet::CellFlags::ANNOTATION))
        for (sal_Int32 r = std::max(a.StartRow, first); r <= std::min(a.EndRow, last); ++r)
            out[std::size_t(r - first)] = true;
    return out;
}

/// Writes one cell the way typing into it does, so that its comment stays (setDataArray
/// deletes a cell's comment with its content). False for a cell of an array formula over
/// several cells, which cannot be written alone.
bool writeKeepingComment(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                         const CellWrite& w)
{
    const auto range = sheet->getCellRangeByPosition(w.column, w.row, w.column, w.row);
    const auto cursor = sheet->createCursorByRange(
        css::uno::Reference<css::sheet::XSheetCellRange>(range, css::uno::UNO_QUERY_THROW));
    cursor->collapseToCurrentArray(); // left as it is outside an array formula
    const auto array =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    if (array.StartColumn != array.EndColumn || array.StartRow != array.EndRow)
        return false;
    const auto cell = range->getCellByPosition(0, 0);
    double number = 0;
    rtl::OUString text;
    if (w.value >>= number)
        cell->setValue(number);
    else if ((w.value >>= text) && !text.isEmpty())
        css::uno::Reference<css::text::XText>(cell, css::uno::UNO_QUERY_THROW)->setString(text);
    else // empty: the content goes, the comment and the format stay
        css::uno::Reference<css::sheet::XSheetOperation>(range, css::uno::UNO_QUERY_THROW)
            ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                            css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
    return true;
}

} // namespace

CellsWritten writeCells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                        std::vector<CellWrite> cells)
{
    std::sort(cells.begin(), cells.end(),
              [](const CellWrite& a, const CellWrite& b)
              { return a.column != b.column ? a.column < b.column : a.row < b.row; });
    CellsWritten out;
    // Changed cells of a column a few rows apart (every other row of a register) are written
    // in one setDataArray when the rows between them are empty: those are written as empty
    // texts, which Calc leaves empty (void would make them #N/A). setDataArray deletes the
    // comments of every cell it writes, so a run never spans a cell with a comment: such a
    // cell is written alone, as typing would, and a gap with one ends the run. A cell with
    // anything in it (a formula, a value) is never rewritten: the run stops before it.
    constexpr sal_Int32 kMaxGap = 256;
    for (std::size_t i = 0; i < cells.size();)
    {
        // the cells of one column, each at most kMaxGap rows below the one before
        std::size_t end = i + 1;
        while (end < cells.size() && cells[end].column == cells[i].column &&
               cells[end].row - cells[end - 1].row <= kMaxGap)
            ++end;
        const sal_Int32 column = cells[i].column, top = cells[i].row;
        const std::vector<bool> commented = commentedRows(sheet, column, top, cells[end - 1].row);
        const auto hasComment = [&](sal_Int32 row) { return commented[std::size_t(row - top)]; };
        css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas;
        if (cells[end - 1].row - top + 1 > sal_Int32(end - i))
            formulas = css::uno::Reference<css::sheet::XCellRangeFormula>(
                           sheet->getCellRangeByPosition(column, top, column, cells[end - 1].row),
                           css::uno::UNO_QUERY_THROW)
                           ->getFormulaArray();
        const auto gapIsEmpty = [&](sal_Int32 from, sal_Int32 to)
        {
            for (sal_Int32 r = from + 1; r < to; ++r)
                if (hasComment(r) || !formulas[r - top][0].isEmpty())
                    return false;
            return true;
        };
        while (i < end)
        {
            if (hasComment(cells[i].row))
            {
                try
                {
                    if (!writeKeepingComment(sheet, cells[i]))
                        ++out.failed;
                }
                catch (const css::uno::RuntimeException&)
                {
                    ++out.failed;
                }
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            while (j < end && !hasComment(cells[j].row) &&
                   gapIsEmpty(cells[j - 1].row, cells[j].row))
                ++j;
            const sal_Int32 first = cells[i].row, last = cells[j - 1].row;
            css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(last - first + 1);
            auto* rows = data.getArray();
            const css::uno::Any empty(rtl::OUString{});
            for (sal_Int32 r = 0; r <= last - first; ++r)
                rows[r] = css::uno::Sequence<css::uno::Any>(&empty, 1);
            for (std::size_t k = i; k < j; ++k)
                rows[cells[k].row - first].getArray()[0] = cells[k].value;
            try
            {
                css::uno::Reference<css::sheet::XCellRangeData>(
                    sheet->getCellRangeByPosition(column, first, column, last),
                    css::uno::UNO_QUERY_THROW)
                    ->setDataArray(data);
                // A cell written empty (a frozen formula whose result was empty) is cleared
                // again, or a redo after undo would bring its formula back.
                std::vector<std::pair<sal_Int32, sal_Int32>> emptied;
                for (std::size_t k = i; k < j; ++k)
                    if (rtl::OUString t; (cells[k].value >>= t) && t.isEmpty())
                        emptied.emplace_back(cells[k].row, column);
                clearAgain(sheet, std::move(emptied));
            }
            catch (const css::uno::RuntimeException&)
            {
                // Calc checks the whole run before it changes anything (part of a matrix)
                out.failed += int(j - i);
            }
            i = j;
        }
    }
    return out;
}

bool isProtected(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    css::uno::Reference<css::util::XProtectable> p(sheet, css::uno::UNO_QUERY);
    return p.is() && p->isProtected();
}

} // namespace isms::addin
