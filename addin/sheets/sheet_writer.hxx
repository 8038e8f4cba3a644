#pragma once
// Writing the sheets isms-calc generates (SoA, gaps, findings, migration log): found again by a
// named range, created at the end with a free name, written in bulk (undoable_writes.hxx),
// formatted only when new so people's layout survives regeneration.

#include "isms/register.hpp"

#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace isms::addin
{

/// A number or a text cell value.
[[nodiscard]] css::uno::Any anyOf(const GridCell& c);

[[nodiscard]] css::uno::Reference<css::sheet::XNamedRanges>
namedRanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
/// The sheet and position of a named range, if it exists.
[[nodiscard]] bool findRange(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                             const char* name, css::table::CellRangeAddress& where);
[[nodiscard]] css::uno::Reference<css::sheet::XSpreadsheet>
sheetAt(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, int index);
[[nodiscard]] std::string sheetName(const css::uno::Reference<css::sheet::XSpreadsheet>& s);
/// A new sheet at the end, named after base (with " 2", " 3" … when taken).
std::pair<int, css::uno::Reference<css::sheet::XSpreadsheet>>
newSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& base);
/// A sheet isms-calc generates, found again by its named range (people may rename the sheet)
/// or, the first time, created at the end.
struct GeneratedSheet
{
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    bool isNew = false;
    css::table::CellRangeAddress range{}; ///< the named range, when the sheet was found
    /// Rows the named range covers (0 for a new sheet).
    [[nodiscard]] int rows() const noexcept
    {
        return isNew ? 0 : range.EndRow - range.StartRow + 1;
    }
};
[[nodiscard]] GeneratedSheet
generatedSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
               const char* rangeName, const std::string& newName);
/// The first protected sheet among those the named ranges point at and the sheets named
/// (empty names are ignored), or "": a command checks before it writes, so it can say the
/// sheet is protected instead of failing halfway with an office error.
[[nodiscard]] std::string
protectedTarget(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                std::initializer_list<const char*> rangeNames,
                std::initializer_list<std::string> sheetNames = {});
/// Points a named range at rows × cols from column A, firstRow (0-based), replacing it.
void setNamedRange(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                   const char* name, const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                   int rows, int cols, int firstRow);
/// One setDataArray from column A, firstRow; short rows are padded with empty text.
void setData(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstRow, int cols,
             const std::vector<std::vector<css::uno::Any>>& rows);
/// The same from column firstCol.
void setDataAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstCol,
               int firstRow, int cols, const std::vector<std::vector<css::uno::Any>>& rows);
void setProp(const css::uno::Reference<css::uno::XInterface>& obj, const char* name,
             const css::uno::Any& value);
/// A4 landscape for this sheet only (its own page style), the header row on every page.
void formatForPrint(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const char* styleName, int headerRow);
/// How a generated sheet prints, for a document handed to a certification body: A4 landscape
/// on its own page style (pageStyle), the table's header row repeated on every page, a print
/// range of printedCols columns from A down to lastRow, a page header (left | centre | right:
/// organisation | document title | version) and footer (left: date; right: "page n / N").
struct PrintLayout
{
    const char* pageStyle = "";
    int headerRow = 0; ///< 0-based, repeated on every page
    int lastRow = 0;   ///< 0-based, inclusive
    int printedCols = 1;
    std::string headerLeft, headerCenter, headerRight, footerLeft; ///< UTF-8
    std::string pageWord; ///< "Page" / "ページ"; the footer reads "<pageWord> n / N"
};
/// Applies the page style, print range, repeated header row, page header and footer. Safe on a
/// regenerated sheet: people's column widths and cell formats are not touched.
void applyPrintLayout(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      const PrintLayout& layout);
/// A table as printed: thin grid lines over rows firstRow..lastRow of cols columns, the first
/// row filled and bold, text top-aligned, wrapped in the first wrapCols columns only (a long
/// unprinted column must not make every printed row tall).
void formatTable(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstRow,
                 int lastRow, int cols, int wrapCols);
/// A drop-down list of values for the cells of range (Data ▸ Validity, type List); any other
/// text stays accepted, so people can write several values or their own words.
void offerList(const css::uno::Reference<css::table::XCellRange>& range,
               const std::vector<std::string>& values);
/// Today's date as YYYY-MM-DD (local time).
[[nodiscard]] std::string todayIso();
/// Column widths in 1/100 mm from column A.
void setWidths(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
               const std::vector<sal_Int32>& widths);

} // namespace isms::addin
