#include "isms/tables/content_region.hpp"

#include <algorithm>
#include <utility>

namespace isms
{
namespace
{

/// The end (exclusive) of the first cluster of intervals, counted from 0: intervals are joined
/// while the empty gap between them is at most maxGap.
int clusterEnd(std::vector<std::pair<int, int>> spans, int maxGap)
{
    std::sort(spans.begin(), spans.end());
    int end = -1; // last covered index
    for (const auto& [first, last] : spans)
    {
        if (end >= 0 && first - end - 1 > maxGap)
            break;
        if (end < 0 && first > maxGap)
        {
            // the first content may sit anywhere: the cluster starts there
            end = last;
            continue;
        }
        end = std::max(end, last);
    }
    return end + 1;
}

} // namespace

ContentRegion contentRegion(const std::vector<CellBlock>& blocks, int maxRowGap, int maxColGap,
                            long long maxCells)
{
    ContentRegion out;
    if (blocks.empty())
        return out;
    std::vector<std::pair<int, int>> rows, cols;
    for (const CellBlock& b : blocks)
    {
        rows.emplace_back(b.firstRow, b.lastRow);
        cols.emplace_back(b.firstCol, b.lastCol);
    }
    out.rows = clusterEnd(rows, maxRowGap);
    out.cols = clusterEnd(cols, maxColGap);
    // The region starts at A1: content far from it (a lone value in ZZ300000) would make it
    // hundreds of millions of cells. Rows are cut from the bottom to fit.
    const bool cut = static_cast<long long>(out.rows) * out.cols > maxCells;
    if (cut)
        out.rows = static_cast<int>(std::max(0LL, maxCells) / out.cols);
    for (const CellBlock& b : blocks)
    {
        if (b.firstRow >= out.rows || b.firstCol >= out.cols)
        {
            out.outside.push_back(b);
            continue;
        }
        CellBlock in = b;
        in.lastRow = std::min(b.lastRow, out.rows - 1);
        in.lastCol = std::min(b.lastCol, out.cols - 1);
        out.inside.push_back(in);
        if (in.lastRow != b.lastRow) // the part below is left out
            out.outside.push_back({in.lastRow + 1, b.firstCol, b.lastRow, b.lastCol});
        if (in.lastCol != b.lastCol)
            out.outside.push_back({b.firstRow, in.lastCol + 1, in.lastRow, b.lastCol});
    }
    if (cut)
    {
        // what is left is read, and no empty rows or columns around it
        out.rows = out.cols = 0;
        for (const CellBlock& b : out.inside)
        {
            out.rows = std::max(out.rows, b.lastRow + 1);
            out.cols = std::max(out.cols, b.lastCol + 1);
        }
    }
    return out;
}

} // namespace isms
