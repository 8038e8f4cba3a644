#include "sheets/soa_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/cell_notes.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/sheet_writer.hxx"
#include "strings.hxx"
#include "isms/soa_cover.hpp"
#include "isms/soa_table.hpp"
#include "isms/utf.hpp"

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
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include <algorithm>
#include <map>

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
        {
            out.rows.push_back(std::move(row));
            out.sheetRows.push_back(r);
        }
    }
    for (int r = kFirstCoverRow; r < header && r < grid.rows(); ++r)
        if (grid.cols() > 1 && !grid.at(r, 0).empty())
            out.cover.emplace_back(grid.at(r, 0).text, grid.at(r, 1));
    return out;
}

namespace
{

/// Where each merged row goes in the written table (0 is the heading row). A new sheet: in
/// order. Written again: each row on the sheet row it came from, so that nothing people keep
/// beside the table (a column of remarks, formulas, formats) changes rows; rows that were not
/// on the sheet go below.
std::vector<int> tableRows(const ExistingSoa& existing, const css::table::CellRangeAddress& where,
                           const SoaMerge& merged)
{
    std::vector<int> at(merged.rows.size(), -1);
    int next = 1;
    if (existing.found && where.StartRow == kHeaderRow)
        for (std::size_t i = 0; i < at.size() && i < merged.source.size(); ++i)
            if (const int from = merged.source[i];
                from >= 0 && std::size_t(from) < existing.sheetRows.size())
            {
                at[i] = existing.sheetRows[std::size_t(from)] - kHeaderRow;
                next = std::max(next, at[i] + 1);
            }
    for (int& a : at)
        if (a < 1)
            a = next++;
    return at;
}

/// Puts back the comments the table had before it was written again: one on a row that
/// continues an existing row goes where that row is now, any other where it was.
void putNotesBack(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                  const std::vector<CellNote>& notes, const ExistingSoa& existing,
                  const SoaMerge& merged, const std::vector<int>& at)
{
    if (notes.empty())
        return;
    std::map<int, int> moved; // old sheet row → new sheet row
    for (std::size_t i = 0; i < merged.source.size() && i < at.size(); ++i)
        if (const int from = merged.source[i];
            from >= 0 && std::size_t(from) < existing.sheetRows.size())
            moved[existing.sheetRows[std::size_t(from)]] = kHeaderRow + at[i];
    for (CellNote note : notes)
    {
        if (const auto it = moved.find(note.row); it != moved.end())
            note.row = it->second;
        putNote(sheet, note);
    }
}

} // namespace

SoaWriteResult writeSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const ExistingSoa& existing, const SoaMerge& merged,
                        const WorkbookSettings& settings, const std::string& historyVersion,
                        Lang lang)
{
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    css::table::CellRangeAddress where;
    if (existing.found)
    {
        if (!findRange(doc, kSoaRange, where))
            throw css::uno::RuntimeException("the SoA's named range went away");
        sheet = sheetAt(doc, where.Sheet);
    }
    else
        sheet = newSheet(doc, soaSheetTitle().in(lang)).second;
    const int cols = int(kSoaColumnCount);
    const auto& order = soaSheetColumns(); // printed columns first
    const std::vector<int> at = tableRows(existing, where, merged);
    const int tableRowCount = at.empty() ? 1 : *std::max_element(at.begin(), at.end()) + 1;
    // Comments people put on the sheet: writing the cells deletes them, so they are read first
    // (everywhere the cover and the table will be written) and put back with their rows.
    const std::vector<CellNote> notes =
        existing.found
            ? notesIn(sheet, 0, std::max(int(where.EndRow), kHeaderRow + tableRowCount - 1), cols)
            : std::vector<CellNote>{};

    std::vector<std::vector<css::uno::Any>> cover;
    cover.push_back({css::uno::Any(toOUString(soaSheetTitle().in(lang)))});
    std::string organisation, version;
    for (SoaCoverRow& row : soaCover(merged, settings, existing.cover, lang))
    {
        if (row.key == "version" && !historyVersion.empty())
        {
            row.value = GridCell{};
            row.value.text = toUtf16(historyVersion);
        }
        cover.push_back({css::uno::Any(toOUString(row.label)), anyOf(row.value)});
        if (row.key == "organisation")
            organisation = cellUtf8(row.value);
        else if (row.key == "version")
            version = cellUtf8(row.value);
    }
    cover.push_back({});
    setData(sheet, 0, 2, cover);

    std::vector<std::vector<css::uno::Any>> table;
    std::vector<css::uno::Any> head;
    for (SoaColumn c : order)
        head.push_back(css::uno::Any(toOUString(soaColumnLabel(c).in(lang))));
    // rows no SoA row lands on (left empty on the sheet) are written empty
    table.assign(std::size_t(tableRowCount),
                 std::vector<css::uno::Any>(std::size_t(cols), css::uno::Any(rtl::OUString())));
    table[0] = head;
    for (std::size_t i = 0; i < merged.rows.size(); ++i)
    {
        std::vector<css::uno::Any>& row = table[std::size_t(at[i])];
        row.clear();
        for (SoaColumn c : order)
            row.push_back(anyOf(merged.rows[i].at(c)));
    }
    const int lastRow = kHeaderRow + int(table.size()) - 1;
    if (!existing.found)
    {
        // A new sheet: format first, then write the values once, so Calc fits the row heights
        // of wrapped text in one pass. A regenerated sheet keeps the layout people gave it.
        // Printed widths (1/100 mm) fill an A4 landscape page at about 85 %; the working
        // columns after them are not printed.
        setWidths(sheet, {3000, 5200, 2300, 2600, 3000, 3800, 2600, 2600, 3400, 2000, 2000,
                          2600, 2600, 9000, 2600, 2600, 2400, 2400, 2400, 4000, 4000});
        formatTable(sheet, kHeaderRow, lastRow, cols, kSoaPrintedColumns);
        // The cover reads as a title block: a large title, labels in bold, lines around.
        setProp(sheet->getCellRangeByPosition(0, 0, 0, 0), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
        setProp(sheet->getCellRangeByPosition(0, 0, 0, 0), "CharHeight", css::uno::Any(float(16)));
        formatTable(sheet, kFirstCoverRow, kFirstCoverRow + kSoaCoverRowCount - 1, 2, 2);
        const int coverEnd = kFirstCoverRow + kSoaCoverRowCount - 1;
        const auto labels = sheet->getCellRangeByPosition(0, kFirstCoverRow, 0, coverEnd);
        setProp(labels, "CharWeight", css::uno::Any(css::awt::FontWeight::BOLD));
        setProp(labels, "CellBackColor", css::uno::Any(sal_Int32(0xDDE7F0)));
        const auto values = sheet->getCellRangeByPosition(1, kFirstCoverRow, 1, coverEnd);
        setProp(values, "CharWeight", css::uno::Any(css::awt::FontWeight::NORMAL));
        setProp(values, "CellBackColor", css::uno::Any(sal_Int32(-1)));
        setProp(values, "HoriJustify", css::uno::Any(css::table::CellHoriJustify_LEFT));
    }
    setData(sheet, kHeaderRow, cols, table);
    putNotesBack(sheet, notes, existing, merged, at);
    setNamedRange(doc, kSoaRange, sheet, int(table.size()), cols, kHeaderRow);
    // Drop-down lists for the decision and the reasons (free text stays accepted).
    if (lastRow > kHeaderRow)
    {
        offerList(sheet->getCellRangeByPosition(soaSheetIndex(SoaColumn::Applicability),
                                                kHeaderRow + 1,
                                                soaSheetIndex(SoaColumn::Applicability), lastRow),
                  soaDecisionChoices(lang));
        offerList(sheet->getCellRangeByPosition(soaSheetIndex(SoaColumn::OtherReasons),
                                                kHeaderRow + 1,
                                                soaSheetIndex(SoaColumn::OtherReasons), lastRow),
                  soaReasonChoices(lang));
    }
    PrintLayout print;
    print.pageStyle = "ISMS SoA";
    print.headerRow = kHeaderRow;
    print.lastRow = lastRow;
    print.printedCols = kSoaPrintedColumns;
    print.headerLeft = organisation;
    print.headerCenter = soaSheetTitle().in(lang);
    print.headerRight = version.empty() ? "" : str::kPrintVersion.str(lang) + " " + version;
    print.footerLeft = todayIso();
    print.pageWord = str::kPrintPage.str(lang);
    applyPrintLayout(doc, sheet, print);
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
        setWidths(sheet, {6000, 3000, 17000});
        formatTable(sheet, 0, int(gaps.size()), 3, 3);
    }
    PrintLayout print;
    print.pageStyle = "ISMS SoA gaps";
    print.lastRow = int(gaps.size());
    print.printedCols = 3;
    print.headerCenter = soaGapsSheetTitle().in(lang);
    print.footerLeft = todayIso();
    print.pageWord = str::kPrintPage.str(lang);
    applyPrintLayout(doc, sheet, print);
}

} // namespace isms::addin
