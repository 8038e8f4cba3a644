#include "sheets/soa_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/sheet_writer.hxx"
#include "isms/soa_cover.hpp"
#include "isms/soa_table.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include <algorithm>

namespace isms::addin
{
namespace
{

constexpr int kFirstCoverRow = 1;
// 0-based: title, the cover rows, a blank row, then the table
constexpr int kHeaderRow = kFirstCoverRow + kSoaCoverRowCount + 1;

} // namespace

ExistingSoa readSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    ExistingSoa out;
    css::table::CellRangeAddress where;
    if (!findRange(doc, kSoaRange, where))
        return out;
    auto sheet = sheetAt(doc, where.Sheet);
    out.found = true;
    out.sheet = sheetName(sheet);
    const Grid grid = readUsedArea(sheet); // rows a person appended below the range count too
    const int header = where.StartRow;
    std::vector<SoaColumn> columnOf;
    for (int c = 0; c < grid.cols(); ++c)
        columnOf.push_back(header < grid.rows() ? soaColumnFromLabel(grid.at(header, c).text)
                                                : SoaColumn::Count);
    for (int r = header + 1; r < grid.rows(); ++r)
    {
        SoaRow row;
        bool any = false;
        for (int c = 0; c < grid.cols(); ++c)
            if (columnOf[std::size_t(c)] != SoaColumn::Count)
            {
                row.at(columnOf[std::size_t(c)]) = grid.at(r, c);
                any = any || !grid.at(r, c).empty();
            }
        if (any)
            out.rows.push_back(std::move(row));
    }
    for (int r = kFirstCoverRow; r < header && r < grid.rows(); ++r)
        if (grid.cols() > 1 && !grid.at(r, 0).empty())
            out.cover.emplace_back(grid.at(r, 0).text, grid.at(r, 1));
    return out;
}

SoaWriteResult writeSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const ExistingSoa& existing, const SoaMerge& merged,
                        const WorkbookSettings& settings, Lang lang)
{
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    if (existing.found)
    {
        css::table::CellRangeAddress where;
        if (!findRange(doc, kSoaRange, where))
            throw css::uno::RuntimeException("the SoA's named range went away");
        sheet = sheetAt(doc, where.Sheet);
    }
    else
        sheet = newSheet(doc, soaSheetTitle().in(lang)).second;
    const int cols = int(kSoaColumnCount);

    std::vector<std::vector<css::uno::Any>> cover;
    cover.push_back({css::uno::Any(toOUString(soaSheetTitle().in(lang)))});
    for (const SoaCoverRow& row : soaCover(merged, settings, existing.cover, lang))
        cover.push_back({css::uno::Any(toOUString(row.label)), anyOf(row.value)});
    cover.push_back({});
    setData(sheet, 0, 2, cover);

    std::vector<std::vector<css::uno::Any>> table;
    std::vector<css::uno::Any> head;
    for (int c = 0; c < cols; ++c)
        head.push_back(css::uno::Any(toOUString(soaColumnLabel(SoaColumn(c)).in(lang))));
    table.push_back(head);
    for (const SoaRow& r : merged.rows)
    {
        std::vector<css::uno::Any> row;
        for (int c = 0; c < cols; ++c)
            row.push_back(anyOf(r.cells[std::size_t(c)]));
        table.push_back(row);
    }
    if (!existing.found)
    {
        // A new sheet: format first, then write the values once, so Calc fits the row heights
        // of wrapped text in one pass. A regenerated sheet keeps the layout people gave it.
        setWidths(sheet, {3600, 5200, 3200, 2800, 2200, 9000, 2800, 2800, 2600, 2600, 2400,
                          2800, 4000, 4000, 3000, 3000, 4000, 2600, 2600, 4000, 4000});
        formatForPrint(doc, sheet, "ISMS SoA", kHeaderRow);
        auto tableRange = sheet->getCellRangeByPosition(0, kHeaderRow, cols - 1,
                                                        kHeaderRow + int(table.size()) - 1);
        css::uno::Reference<css::beans::XMultiPropertySet> multi(tableRange,
                                                                 css::uno::UNO_QUERY_THROW);
        css::uno::Sequence<rtl::OUString> names(2);
        names.getArray()[0] = "IsTextWrapped";
        names.getArray()[1] = "VertJustify";
        css::uno::Sequence<css::uno::Any> values(2);
        values.getArray()[0] <<= true;
        values.getArray()[1] <<= sal_Int32(1); // top
        multi->setPropertyValues(names, values);
        setProp(sheet->getCellRangeByPosition(0, kHeaderRow, cols - 1, kHeaderRow), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
        setProp(sheet->getCellRangeByPosition(0, 0, 0, 0), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
    }
    setData(sheet, kHeaderRow, cols, table);
    setNamedRange(doc, kSoaRange, sheet, int(table.size()), cols, kHeaderRow);
    return {sheetName(sheet), int(merged.rows.size())};
}

void writeGaps(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
               const std::vector<Gap>& gaps, Lang lang)
{
    const GeneratedSheet target = generatedSheet(doc, kSoaGapsRange, soaGapsSheetTitle().in(lang));
    const auto& sheet = target.sheet;
    const int oldRows = target.rows();
    std::vector<std::vector<css::uno::Any>> rows;
    std::vector<css::uno::Any> head;
    for (const Text& label : gapColumnLabels())
        head.push_back(css::uno::Any(toOUString(label.in(lang))));
    rows.push_back(head);
    for (const Gap& g : gaps)
        rows.push_back({css::uno::Any(toOUString(gapKindLabel(g.kind, lang))),
                        css::uno::Any(toOUString(g.control)),
                        css::uno::Any(toOUString(gapText(g, lang)))});
    // Clear what an earlier, longer gap list left below.
    while (int(rows.size()) < oldRows)
        rows.push_back({});
    setData(sheet, 0, 3, rows);
    setNamedRange(doc, kSoaGapsRange, sheet, int(gaps.size()) + 1, 3, 0);
    if (oldRows == 0) // a new sheet; a regenerated one keeps the layout people gave it
    {
        setWidths(sheet, {6000, 3000, 16000});
        setProp(sheet->getCellRangeByPosition(0, 0, 2, 0), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
    }
}

} // namespace isms::addin
