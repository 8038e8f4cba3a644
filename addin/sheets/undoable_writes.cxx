#include "sheets/undoable_writes.hxx"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
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

/// Clears cells whose content a write takes away, before it, by runs in a row: Calc undoes and
/// redoes clearing exactly (the redo of a bulk write would leave them as they were).
void clearCells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                std::vector<std::pair<sal_Int32, sal_Int32>> cells)
{
    std::sort(cells.begin(), cells.end());
    for (std::size_t i = 0; i < cells.size();)
    {
        std::size_t j = i + 1;
        while (j < cells.size() && cells[j].first == cells[i].first &&
               cells[j].second == cells[j - 1].second + 1)
            ++j;
        css::uno::Reference<css::sheet::XSheetOperation>(
            sheet->getCellRangeByPosition(cells[i].second, cells[i].first, cells[j - 1].second,
                                          cells[i].first),
            css::uno::UNO_QUERY_THROW)
            ->clearContents(kContent);
        i = j;
    }
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

/// Splits a bulk write of cells (rows × cols from firstCol, firstRow) so that Calc undoes and
/// redoes it exactly: clears now the cells it would empty, and takes out (returns, set to
/// `nothing` in cells) those it would fill, to be written one at a time after it. On a sheet the
/// step inserted, nothing is split.
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
    const css::uno::Reference<css::sheet::XCellRangesQuery> query(block, css::uno::UNO_QUERY_THROW);
    std::vector<std::pair<sal_Int32, sal_Int32>> emptied;
    forEachCellIn(query->queryContentCells(sal_Int16(kContent)), firstCol, firstRow,
                  [&](sal_Int32 r, sal_Int32 c)
                  {
                      if (!fills(cells[r][c]))
                          emptied.emplace_back(firstRow + r, firstCol + c);
                  });
    forEachCellIn(query->queryEmptyCells(), firstCol, firstRow,
                  [&](sal_Int32 r, sal_Int32 c)
                  {
                      T& v = cells.getArray()[r].getArray()[c];
                      if (!fills(v))
                          return;
                      alone.push_back({{0, firstCol + c, firstRow + r}, v});
                      v = nothing; // Calc leaves it empty
                  });
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
