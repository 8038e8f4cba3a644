#include "sheet_reader.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>

namespace isms::addin
{

Grid readUsedArea(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    auto cursor = sheet->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(false);
    const auto end =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const int rows = end.EndRow + 1, cols = end.EndColumn + 1;
    Grid grid(rows, cols);
    css::uno::Reference<css::sheet::XCellRangeData> data(
        sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1), css::uno::UNO_QUERY_THROW);
    const auto values = data->getDataArray();
    for (int r = 0; r < rows && r < values.getLength(); ++r)
    {
        const auto& row = values[r];
        for (int c = 0; c < cols && c < row.getLength(); ++c)
        {
            GridCell& cell = grid.at(r, c);
            const css::uno::Any& v = row[c];
            if (v.getValueTypeClass() == css::uno::TypeClass_DOUBLE)
            {
                cell.number = *static_cast<const double*>(v.getValue());
                cell.isNumber = true;
            }
            else if (v.getValueTypeClass() == css::uno::TypeClass_STRING)
            {
                const auto* s = static_cast<const rtl::OUString*>(v.getValue());
                cell.text.assign(reinterpret_cast<const char16_t*>(s->getStr()),
                                 std::size_t(s->getLength()));
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
