#include "sheets/revision_history_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/sheet_writer.hxx"
#include "strings.hxx"

#include <algorithm>

namespace isms::addin
{
namespace
{
constexpr int kCols = 4;
} // namespace

RevisionHistory readHistory(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    RevisionHistory out;
    css::table::CellRangeAddress where;
    if (!findRange(doc, kSoaHistoryRange, where))
        return out;
    const Grid grid = readUsedArea(sheetAt(doc, where.Sheet));
    for (int r = where.StartRow + 1; r < grid.rows(); ++r)
        if (grid.cols() > 0 && !grid.at(r, 0).empty())
            out.versions.push_back(cellUtf8(grid.at(r, 0)));
    out.nextRow = std::max(grid.rows(), int(where.StartRow) + 1);
    return out;
}

void appendRevision(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const RevisionHistory& history, const SoaRevision& revision, Lang lang)
{
    const GeneratedSheet target =
        generatedSheet(doc, kSoaHistoryRange, soaHistorySheetTitle().in(lang));
    const auto& sheet = target.sheet;
    const int row = target.isNew ? 1 : history.nextRow;
    if (target.isNew)
    {
        std::vector<css::uno::Any> head;
        for (const Text& label : soaHistoryColumnLabels())
            head.push_back(css::uno::Any(toOUString(label.in(lang))));
        setData(sheet, 0, kCols, {head});
        setWidths(sheet, {2200, 2800, 17000, 4000});
    }
    setData(sheet, row, kCols,
            {{css::uno::Any(toOUString(revision.version)), css::uno::Any(toOUString(revision.date)),
              css::uno::Any(toOUString(revision.changes)),
              css::uno::Any(toOUString(revision.approvedBy))}});
    setNamedRange(doc, kSoaHistoryRange, sheet, row + 1, kCols, 0);
    formatTable(sheet, 0, row, kCols, kCols);
    PrintLayout print;
    print.pageStyle = "ISMS SoA history";
    print.lastRow = row;
    print.printedCols = kCols;
    print.headerCenter = soaHistorySheetTitle().in(lang);
    print.footerLeft = revision.date;
    print.pageWord = str::kPrintPage.str(lang);
    applyPrintLayout(doc, sheet, print);
}

} // namespace isms::addin
