#pragma once
// Bulk writes that one undo takes back whole. Calc 7.4 undoes setDataArray and setFormulaArray
// (lcl_PutDataArray / lcl_PutFormulaArray record an ScUndoPaste whose mark names no range, so
// nothing is deleted first) by copying back only the cells that held something: a cell that was
// empty keeps what was written. Undoing "Review" after a longer review left the new rows on the
// Findings sheet; undoing "Generate SoA" left the cells it had filled.
//
// Its redo has the same flaw the other way round: a cell the write emptied keeps its content.
// So these writers clear the cells a write would empty first and put a value into a cell that
// is empty now one cell at a time (Calc undoes and redoes both exactly), and write everything
// else in one call. Rows that are empty now (rows appended to a log or a findings list) are first
// filled with zeros by Fill Series, which Calc undoes exactly, and then written in the one call:
// one cell at a time would cost a UNO call and an undo action per cell. A sheet the command
// inserted is written in bulk throughout: undo removes the sheet. A command's UndoStep opens a
// WritesInOneStep, which remembers the sheets inserted (newSheet() reports them). writeCells
// (cell_blocks.hxx) rewrites cells that hold something and clears the ones it writes empty again
// afterwards (clearAgain).

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <set>
#include <utility>
#include <vector>

namespace isms::addin
{

/// Lives as long as one command's undo step; the writers of the thread report to the innermost.
class WritesInOneStep
{
public:
    WritesInOneStep();
    ~WritesInOneStep();
    WritesInOneStep(const WritesInOneStep&) = delete;
    WritesInOneStep& operator=(const WritesInOneStep&) = delete;

    /// A sheet the step inserted, by name (the step does not rename sheets).
    static void sheetInserted(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

private:
    friend bool insertedInThisStep(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    std::set<rtl::OUString> m_inserted;
    WritesInOneStep* m_outer = nullptr;
};

/// Whether the current step inserted this sheet.
[[nodiscard]] bool insertedInThisStep(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

/// Clears (row, column) cells a bulk write has just emptied, once more: Calc's redo of that
/// write would leave their old content, the redo of this clearing does not.
void clearAgain(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                std::vector<std::pair<sal_Int32, sal_Int32>> cells);

/// setDataArray of data (rows × cols, all rows as long) from (firstCol, firstRow), undoable.
void putDataArray(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstCol,
                  int firstRow, css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data);

/// setFormulaArray of formulas (rows × cols) from (firstCol, firstRow), undoable.
void putFormulaArray(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstCol,
                     int firstRow, css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas);

} // namespace isms::addin
