#include "sheets/undoable_writes.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FillDateMode.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/FillMode.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <map>
#include <vector>

namespace isms::addin
{
namespace
{

thread_local WritesInOneStep* t_step = nullptr;

rtl::OUString nameOf(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    const css::uno::Reference<css::container::XNamed> named(sheet, css::uno::UNO_QUERY);
    return named.is() ? named->getName() : rtl::OUString();
}

/// Visits each cell of the block, relative to it, in the ranges found.
template <typename Visit>
void forEachCellIn(const css::uno::Reference<css::sheet::XSheetCellRanges>& found,
                   sal_Int32 firstCol, sal_Int32 firstRow, Visit visit)
{
    if (!found.is())
        return;
    for (const css::table::CellRangeAddress& e : found->getRangeAddresses())
        for (sal_Int32 r = e.StartRow; r <= e.EndRow; ++r)
            for (sal_Int32 c = e.StartColumn; c <= e.EndColumn; ++c)
                visit(r - firstRow, c - firstCol);
}

constexpr sal_Int32 kContent = css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                               css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA;

/// Clears cells whose content a write takes away, before it, by rectangles (runs in a row, joined
/// with the same run in the rows below): Calc undoes and redoes clearing exactly (the redo of a
/// bulk write would leave them as they were).
void clearCells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                std::vector<std::pair<sal_Int32, sal_Int32>> cells)
{
    std::sort(cells.begin(), cells.end());
    // (first column, last column) of a run → (first row, last row) of the rectangle it grows
    std::map<std::pair<sal_Int32, sal_Int32>, std::pair<sal_Int32, sal_Int32>> open;
    const auto clear = [&](const std::pair<sal_Int32, sal_Int32>& cols,
                           const std::pair<sal_Int32, sal_Int32>& rows)
    {
        css::uno::Reference<css::sheet::XSheetOperation>(
            sheet->getCellRangeByPosition(cols.first, rows.first, cols.second, rows.second),
            css::uno::UNO_QUERY_THROW)
            ->clearContents(kContent);
    };
    for (std::size_t i = 0; i < cells.size();)
    {
        const sal_Int32 row = cells[i].first;
        std::size_t j = i + 1;
        while (j < cells.size() && cells[j].first == row &&
               cells[j].second == cells[j - 1].second + 1)
            ++j;
        const std::pair<sal_Int32, sal_Int32> run{cells[i].second, cells[j - 1].second};
        const auto it = open.find(run);
        if (it != open.end() && it->second.second == row - 1)
            it->second.second = row;
        else
        {
            if (it != open.end())
                clear(run, it->second);
            open[run] = {row, row};
        }
        i = j;
    }
    for (const auto& [cols, rows] : open)
        clear(cols, rows);
}

bool fills(const css::uno::Any& value)
{
    switch (value.getValueTypeClass())
    {
    case css::uno::TypeClass_STRING:
        return !value.get<rtl::OUString>().isEmpty();
    case css::uno::TypeClass_VOID:
        return false;
    default:
        return true; // a number
    }
}

} // namespace

WritesInOneStep::WritesInOneStep() : m_outer(t_step)
{
    t_step = this;
}

WritesInOneStep::~WritesInOneStep()
{
    t_step = m_outer;
}

void WritesInOneStep::sheetInserted(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    if (t_step)
        t_step->m_inserted.insert(nameOf(sheet));
}

bool insertedInThisStep(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    return t_step && t_step->m_inserted.count(nameOf(sheet)) > 0;
}

namespace
{

/// Rows of a block that are empty now, from this many on, are filled in bulk: see fillWithZeros.
constexpr sal_Int32 kRowsFilledInBulk = 3;

/// Fills rows × cols cells from (col, row), all empty now, with 0 in a way Calc undoes and redoes
/// exactly (a 0 in each cell of the first row, one at a time, copied down by Fill Series, whose
/// undo deletes the whole range first): a bulk write over them is then undone exactly too. Fill
/// copies the first row's cell formats down, so this is done only where each column has one
/// format in these rows (else false, and nothing is written).
bool fillWithZeros(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                   sal_Int32 row, sal_Int32 cols, sal_Int32 rows)
{
    const auto zone = sheet->getCellRangeByPosition(col, row, col + cols - 1, row + rows - 1);
    const auto formats =
        css::uno::Reference<css::sheet::XCellFormatRangesSupplier>(zone, css::uno::UNO_QUERY_THROW)
            ->getCellFormatRanges();
    for (sal_Int32 i = 0; i < formats->getCount(); ++i)
    {
        const auto a = css::uno::Reference<css::sheet::XCellRangeAddressable>(
                           formats->getByIndex(i), css::uno::UNO_QUERY_THROW)
                           ->getRangeAddress();
        if (a.StartRow != row || a.EndRow != row + rows - 1)
            return false;
    }
    for (sal_Int32 c = 0; c < cols; ++c)
        sheet->getCellByPosition(col + c, row)->setValue(0);
    css::uno::Reference<css::sheet::XCellSeries>(zone, css::uno::UNO_QUERY_THROW)
        ->fillSeries(css::sheet::FillDirection_TO_BOTTOM, css::sheet::FillMode_SIMPLE,
                     css::sheet::FillDateMode_FILL_DATE_DAY, 1.0, 0.0);
    return true;
}

/// Splits a bulk write of cells (rows × cols from firstCol, firstRow) so that Calc undoes and
/// redoes it exactly: clears now the cells it would empty, and takes out (returns, set to
/// `nothing` in cells) those it would fill, to be written one at a time after it. Runs of rows
/// that are empty now and get something are first filled with zeros (fillWithZeros) and then
/// written in bulk with the rest. On a sheet the step inserted, nothing is split.
template <typename T, typename Fills>
std::vector<std::pair<css::table::CellAddress, T>>
split(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
      const css::uno::Reference<css::table::XCellRange>& block, sal_Int32 firstCol,
      sal_Int32 firstRow, css::uno::Sequence<css::uno::Sequence<T>>& cells, Fills fills,
      const T& nothing)
{
    std::vector<std::pair<css::table::CellAddress, T>> alone;
    if (insertedInThisStep(sheet))
        return alone;
    const sal_Int32 rows = cells.getLength();
    const sal_Int32 cols = cells[0].getLength();
    const css::uno::Reference<css::sheet::XCellRangesQuery> query(block, css::uno::UNO_QUERY_THROW);
    std::vector<std::pair<sal_Int32, sal_Int32>> emptied;
    forEachCellIn(query->queryContentCells(sal_Int16(kContent)), firstCol, firstRow,
                  [&](sal_Int32 r, sal_Int32 c)
                  {
                      if (!fills(cells[r][c]))
                          emptied.emplace_back(firstRow + r, firstCol + c);
                  });
    std::vector<char> empty(std::size_t(rows) * std::size_t(cols), 0); // now, cell by cell
    const auto isEmpty = [&](sal_Int32 r, sal_Int32 c) -> char&
    { return empty[std::size_t(r) * std::size_t(cols) + std::size_t(c)]; };
    std::vector<sal_Int32> emptyInRow(std::size_t(rows), 0);
    forEachCellIn(query->queryEmptyCells(), firstCol, firstRow,
                  [&](sal_Int32 r, sal_Int32 c)
                  {
                      isEmpty(r, c) = 1;
                      ++emptyInRow[std::size_t(r)];
                  });
    // a row empty now that the write fills (a row it leaves empty is not touched)
    const auto appended = [&](sal_Int32 r)
    {
        if (emptyInRow[std::size_t(r)] != cols)
            return false;
        for (sal_Int32 c = 0; c < cols; ++c)
            if (fills(cells[r][c]))
                return true;
        return false;
    };
    for (sal_Int32 top = 0; top < rows;)
    {
        sal_Int32 end = top;
        while (end < rows && appended(end))
            ++end;
        if (end - top >= kRowsFilledInBulk &&
            fillWithZeros(sheet, firstCol, firstRow + top, cols, end - top))
        {
            for (sal_Int32 r = top; r < end; ++r)
                for (sal_Int32 c = 0; c < cols; ++c)
                    isEmpty(r, c) = 0;
            // a cell Fill did not reach (none expected) stays empty: written alone below
            forEachCellIn(
                css::uno::Reference<css::sheet::XCellRangesQuery>(
                    sheet->getCellRangeByPosition(firstCol, firstRow + top, firstCol + cols - 1,
                                                  firstRow + end - 1),
                    css::uno::UNO_QUERY_THROW)
                    ->queryEmptyCells(),
                firstCol, firstRow + top,
                [&](sal_Int32 r, sal_Int32 c) { isEmpty(top + r, c) = 1; });
            for (sal_Int32 r = top; r < end; ++r)
                for (sal_Int32 c = 0; c < cols; ++c)
                    if (!isEmpty(r, c) && !fills(cells[r][c]))
                        emptied.emplace_back(firstRow + r, firstCol + c); // a zero to clear
        }
        top = std::max(end, top + 1);
    }
    for (sal_Int32 r = 0; r < rows; ++r)
        for (sal_Int32 c = 0; c < cols; ++c)
        {
            T& v = cells.getArray()[r].getArray()[c];
            if (!isEmpty(r, c) || !fills(v))
                continue;
            alone.push_back({{0, firstCol + c, firstRow + r}, v});
            v = nothing; // Calc leaves it empty
        }
    clearCells(sheet, std::move(emptied));
    return alone;
}

template <typename T>
css::uno::Reference<css::table::XCellRange>
blockOf(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstCol,
        sal_Int32 firstRow, const css::uno::Sequence<css::uno::Sequence<T>>& cells)
{
    const sal_Int32 rows = cells.getLength();
    const sal_Int32 cols = rows ? cells[0].getLength() : 0;
    if (rows == 0 || cols == 0)
        return {};
    return sheet->getCellRangeByPosition(firstCol, firstRow, firstCol + cols - 1,
                                         firstRow + rows - 1);
}

} // namespace

void clearAgain(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                std::vector<std::pair<sal_Int32, sal_Int32>> cells)
{
    clearCells(sheet, std::move(cells));
}

void putDataArray(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstCol,
                  int firstRow, css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data)
{
    const auto block = blockOf(sheet, firstCol, firstRow, data);
    if (!block.is())
        return;
    const auto alone =
        split(sheet, block, firstCol, firstRow, data, fills, css::uno::Any(rtl::OUString()));
    css::uno::Reference<css::sheet::XCellRangeData>(block, css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
    for (const auto& [at, value] : alone)
    {
        const auto cell = sheet->getCellByPosition(at.Column, at.Row);
        double number = 0;
        if (value.getValueTypeClass() == css::uno::TypeClass_STRING)
            css::uno::Reference<css::text::XText>(cell, css::uno::UNO_QUERY_THROW)
                ->setString(value.get<rtl::OUString>());
        else if (value >>= number)
            cell->setValue(number);
    }
}

void putFormulaArray(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstCol,
                     int firstRow, css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas)
{
    const auto block = blockOf(sheet, firstCol, firstRow, formulas);
    if (!block.is())
        return;
    const auto alone = split(
        sheet, block, firstCol, firstRow, formulas,
        [](const rtl::OUString& f) { return !f.isEmpty(); }, rtl::OUString());
    css::uno::Reference<css::sheet::XCellRangeFormula>(block, css::uno::UNO_QUERY_THROW)
        ->setFormulaArray(formulas);
    for (const auto& [at, formula] : alone)
        sheet->getCellByPosition(at.Column, at.Row)->setFormula(formula);
}

} // namespace isms::addin
