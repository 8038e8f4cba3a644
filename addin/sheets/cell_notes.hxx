#pragma once
// Cell comments (Calc's notes) kept across a bulk write: setDataArray deletes the comment of
// every cell it writes, with the content.

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <rtl/ustring.hxx>

#include <vector>

namespace isms::addin
{

/// One cell's comment.
struct CellNote
{
    sal_Int32 row = 0;
    sal_Int32 col = 0;
    rtl::OUString text;
    bool visible = false; ///< shown all the time, not only on hover
};

/// The comments on the sheet's cells in rows firstRow…lastRow and columns 0…cols-1.
[[nodiscard]] std::vector<CellNote>
notesIn(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstRow,
        sal_Int32 lastRow, sal_Int32 cols);

/// Puts a comment on its cell again, with its text and visibility (Calc's API cannot set the
/// author and the date: they become the current ones).
void putNote(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const CellNote& note);

} // namespace isms::addin
