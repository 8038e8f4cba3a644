#pragma once
// Scattered cells in bulk, for the commands that rewrite cells in place (Migrate2022,
// FreezeFormulas): which blocks of a sheet or of the selection hold cells of a kind
// (queryContentCells), and writing changed cells back as one setDataArray per run of cells in a
// column — never one call per cell, never a cell that holds something and did not change.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <optional>
#include <vector>

namespace isms::addin
{

/// The blocks of cells with these content flags (css::sheet::CellFlags) in the current
/// selection of the frame's controller; nullopt when the selection is not cells (a shape).
[[nodiscard]] std::optional<std::vector<css::table::CellRangeAddress>>
selectedContentBlocks(const css::uno::Reference<css::frame::XFrame>& frame, sal_Int32 flags);

/// The blocks of cells with these content flags on one sheet.
[[nodiscard]] std::vector<css::table::CellRangeAddress>
sheetContentBlocks(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 flags);

/// One cell's new value.
struct CellWrite
{
    sal_Int32 column = 0;
    sal_Int32 row = 0;
    css::uno::Any value; ///< a double or an OUString (texts are written as text, never parsed)
};

/// What writeCells did.
struct CellsWritten
{
    int failed = 0; ///< cells not written: part of an array formula Calc refused to split
};

/// Writes the cells of one sheet: sorted by column and row, one setDataArray per run of cells
/// of a column whose rows in between are empty (they stay empty). Every comment stays: a cell
/// with one is written alone, and a run does not span an empty cell with one. A run Calc
/// refuses as a whole (part of an array formula) is left as it was and counted.
CellsWritten writeCells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                        std::vector<CellWrite> cells);

/// Whether the sheet is protected (no cell can be written).
[[nodiscard]] bool isProtected(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

} // namespace isms::addin
