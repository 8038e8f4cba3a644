#pragma once
/// @file content_region.hpp
/// Which part of a sheet holds the tables: the blocks of cells with content, without stray
/// content far away (one value left in XFD1048576 makes the used area 17 billion cells; a
/// reader must neither allocate nor scan it).

#include <vector>

namespace isms
{

/// A rectangle of cells, 0-based and inclusive (as css::table::CellRangeAddress).
struct CellBlock
{
    int firstRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
};

/// The region to read.
struct ContentRegion
{
    int rows = 0;                   ///< the region is rows 0 … rows-1
    int cols = 0;                   ///< and columns 0 … cols-1
    std::vector<CellBlock> inside;  ///< the blocks (clipped) to read
    std::vector<CellBlock> outside; ///< blocks left out: beyond a gap of empty rows or columns,
                                    ///< or beyond maxCells
};

/// Rows from the first content downwards until a run of more than maxRowGap empty rows; columns
/// likewise with maxColGap. Everything beyond is left out (and listed, so it can be reported).
/// The region (from A1) has at most maxCells cells: when content far from A1 would make it
/// larger, the rows below the limit are left out too (8 million cells: a formula column filled
/// to the last row beside a table of seven columns still fits).
[[nodiscard]] ContentRegion contentRegion(const std::vector<CellBlock>& blocks,
                                          int maxRowGap = 5000, int maxColGap = 100,
                                          long long maxCells = 8'000'000);

} // namespace isms
