#include "sheets/sheet_reader.hxx"

#include "sheets/cell_blocks.hxx"
#include "isms/tables/content_region.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>

namespace isms::addin
{

Grid readUsedArea(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    // Only the cells that hold something, and not stray content far from the tables: a value
    // left in XFD1048576 would otherwise make one getDataArray of 17 billion cells.
    namespace F = css::sheet::CellFlags;
    std::vector<CellBlock> blocks;
    for (const auto& a : sheetContentBlocks(sheet, F::VALUE | F::DATETIME | F::STRING | F::FORMULA))
        blocks.push_back({int(a.StartRow), int(a.StartColumn), int(a.EndRow), int(a.EndColumn)});
    const ContentRegion region = contentRegion(blocks);
    Grid grid(region.rows, region.cols);
    if (region.rows == 0 || region.cols == 0)
        return grid;
    // One call for the region: a register with a blank row between its risks is thousands of
    // content blocks, and reading the empty cells between them costs less than a call each.
    const auto values = css::uno::Reference<css::sheet::XCellRangeData>(
                            sheet->getCellRangeByPosition(0, 0, region.cols - 1, region.rows - 1),
                            css::uno::UNO_QUERY_THROW)
                            ->getDataArray();
    for (sal_Int32 r = 0; r < values.getLength() && r < region.rows; ++r)
    {
        const auto& row = values[r];
        for (sal_Int32 c = 0; c < row.getLength() && c < region.cols; ++c)
        {
            GridCell& cell = grid.at(int(r), int(c));
            const css::uno::Any& v = row[c];
            if (v.getValueTypeClass() == css::uno::TypeClass_DOUBLE)
            {
                cell.number = *static_cast<const double*>(v.getValue());
                cell.isNumber = true;
            }
            else if (v.getValueTypeClass() == css::uno::TypeClass_STRING)
            {
                const auto* str = static_cast<const rtl::OUString*>(v.getValue());
                cell.text.assign(reinterpret_cast<const char16_t*>(str->getStr()),
                                 std::size_t(str->getLength()));
            }
        }
    }
    return grid;
}

std::vector<NamedSheet> sheetsOf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    std::vector<NamedSheet> out;
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    {
        css::uno::Reference<css::sheet::XSpreadsheet> s(sheets->getByIndex(i),
                                                        css::uno::UNO_QUERY_THROW);
        const rtl::OUString name =
            css::uno::Reference<css::container::XNamed>(s, css::uno::UNO_QUERY_THROW)->getName();
        out.push_back({rtl::OUStringToOString(name, RTL_TEXTENCODING_UTF8).getStr(), s});
    }
    return out;
}

std::optional<NamedSheet> activeSheet(const css::uno::Reference<css::frame::XFrame>& frame)
{
    if (!frame.is())
        return std::nullopt;
    css::uno::Reference<css::sheet::XSpreadsheetView> view(frame->getController(),
                                                           css::uno::UNO_QUERY);
    if (!view.is() || !view->getActiveSheet().is())
        return std::nullopt;
    const rtl::OUString name = css::uno::Reference<css::container::XNamed>(
                                   view->getActiveSheet(), css::uno::UNO_QUERY_THROW)
                                   ->getName();
    return NamedSheet{rtl::OUStringToOString(name, RTL_TEXTENCODING_UTF8).getStr(),
                      view->getActiveSheet()};
}

int namedRangeSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const char* name)
{
    css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
    const rtl::OUString n = rtl::OUString::createFromAscii(name);
    if (!ranges->hasByName(n))
        return -1;
    auto cells = css::uno::Reference<css::sheet::XCellRangeReferrer>(ranges->getByName(n),
                                                                     css::uno::UNO_QUERY_THROW)
                     ->getReferredCells();
    if (!cells.is())
        return -1;
    return css::uno::Reference<css::sheet::XCellRangeAddressable>(cells, css::uno::UNO_QUERY_THROW)
        ->getRangeAddress()
        .Sheet;
}

} // namespace isms::addin
