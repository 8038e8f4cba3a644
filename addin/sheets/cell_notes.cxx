#include "sheets/cell_notes.hxx"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/text/XSimpleText.hpp>

namespace isms::addin
{

std::vector<CellNote> notesIn(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                              sal_Int32 firstRow, sal_Int32 lastRow, sal_Int32 cols)
{
    std::vector<CellNote> out;
    const auto notes =
        css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, css::uno::UNO_QUERY_THROW)
            ->getAnnotations();
    for (sal_Int32 i = 0, n = notes->getCount(); i < n; ++i)
    {
        css::uno::Reference<css::sheet::XSheetAnnotation> note(notes->getByIndex(i),
                                                               css::uno::UNO_QUERY);
        if (!note.is())
            continue;
        const css::table::CellAddress at = note->getPosition();
        if (at.Row < firstRow || at.Row > lastRow || at.Column < 0 || at.Column >= cols)
            continue;
        css::uno::Reference<css::text::XSimpleText> text(note, css::uno::UNO_QUERY);
        out.push_back({at.Row, at.Column, text.is() ? text->getString() : rtl::OUString(),
                       bool(note->getIsVisible())});
    }
    return out;
}

void putNote(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const CellNote& note)
{
    css::table::CellAddress at;
    at.Sheet =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(sheet, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress()
            .Sheet;
    at.Column = note.col;
    at.Row = note.row;
    css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, css::uno::UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(at, note.text);
    if (note.visible)
        css::uno::Reference<css::sheet::XSheetAnnotationAnchor>(
            sheet->getCellByPosition(note.col, note.row), css::uno::UNO_QUERY_THROW)
            ->getAnnotation()
            ->setIsVisible(true);
}

} // namespace isms::addin
