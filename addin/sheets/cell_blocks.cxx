#include "sheets/cell_blocks.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
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

CellsWritten writeCells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                        std::vector<CellWrite> cells)
{
    std::sort(cells.begin(), cells.end(),
              [](const CellWrite& a, const CellWrite& b)
              { return a.column != b.column ? a.column < b.column : a.row < b.row; });
    CellsWritten out;
    // Changed cells of a column a few rows apart (every other row of a register) are written
    // in one call when the rows between them are empty: an empty cell written as void stays
    // empty. A cell with anything in it (a formula, a value) is never rewritten: the run
    // stops before it.
    constexpr sal_Int32 kMaxGap = 256;
    for (std::size_t i = 0; i < cells.size();)
    {
        std::size_t j = i + 1;
        while (j < cells.size() && cells[j].column == cells[i].column &&
               cells[j].row - cells[j - 1].row <= kMaxGap)
            ++j;
        const sal_Int32 column = cells[i].column, first = cells[i].row;
        if (cells[j - 1].row - first + 1 > sal_Int32(j - i))
        {
            const auto formulas =
                css::uno::Reference<css::sheet::XCellRangeFormula>(
                    sheet->getCellRangeByPosition(column, first, column, cells[j - 1].row),
                    css::uno::UNO_QUERY_THROW)
                    ->getFormulaArray();
            for (std::size_t k = i + 1; k < j; ++k)
            {
                bool gapEmpty = true;
                for (sal_Int32 r = cells[k - 1].row + 1; r < cells[k].row && gapEmpty; ++r)
                    gapEmpty = formulas[r - first][0].isEmpty();
                if (!gapEmpty)
                {
                    j = k;
                    break;
                }
            }
        }
        const sal_Int32 last = cells[j - 1].row;
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(last - first + 1);
        auto* rows = data.getArray();
        for (sal_Int32 r = 0; r <= last - first; ++r)
            rows[r] = css::uno::Sequence<css::uno::Any>(1); // void: an empty cell stays empty
        for (std::size_t k = i; k < j; ++k)
            rows[cells[k].row - first].getArray()[0] = cells[k].value;
        try
        {
            css::uno::Reference<css::sheet::XCellRangeData>(
                sheet->getCellRangeByPosition(column, first, column, last),
                css::uno::UNO_QUERY_THROW)
                ->setDataArray(data);
        }
        catch (const css::uno::RuntimeException&)
        {
            // Calc checks the whole run before it changes anything (part of a matrix)
            out.failed += int(j - i);
        }
        ++out.calls;
        i = j;
    }
    return out;
}

bool isProtected(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    css::uno::Reference<css::util::XProtectable> p(sheet, css::uno::UNO_QUERY);
    return p.is() && p->isProtected();
}

} // namespace isms::addin
