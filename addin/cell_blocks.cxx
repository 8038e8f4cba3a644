#include "cell_blocks.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
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
    for (std::size_t i = 0; i < cells.size();)
    {
        std::size_t j = i + 1;
        while (j < cells.size() && cells[j].column == cells[i].column &&
               cells[j].row == cells[j - 1].row + 1)
            ++j;
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(sal_Int32(j - i));
        auto* rows = data.getArray();
        for (std::size_t k = i; k < j; ++k)
            rows[k - i] = css::uno::Sequence<css::uno::Any>(&cells[k].value, 1);
        try
        {
            css::uno::Reference<css::sheet::XCellRangeData>(
                sheet->getCellRangeByPosition(cells[i].column, cells[i].row, cells[i].column,
                                              cells[j - 1].row),
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
