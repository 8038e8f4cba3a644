// Which part of a sheet is read: content blocks without stray content far away.

#include "isms/tables/content_region.hpp"

#include <gtest/gtest.h>

namespace
{

using isms::CellBlock;

TEST(ContentRegion, AStrayValueInTheFarCornerIsLeftOut)
{
    // a 10,000-row register in A1:M10000, one value in XFD1048576
    const auto r = isms::contentRegion({{0, 0, 9999, 12}, {1048575, 16383, 1048575, 16383}});
    EXPECT_EQ(r.rows, 10000);
    EXPECT_EQ(r.cols, 13);
    ASSERT_EQ(r.inside.size(), 1u);
    ASSERT_EQ(r.outside.size(), 1u);
    EXPECT_EQ(r.outside[0].firstRow, 1048575);
    EXPECT_EQ(r.outside[0].firstCol, 16383);
}

TEST(ContentRegion, SideTablesAndNotesNearbyStay)
{
    // register A3:J40, a side table L3:M20, a note in A45, a total far right in Z40
    const auto r =
        isms::contentRegion({{2, 0, 39, 9}, {2, 11, 19, 12}, {44, 0, 44, 0}, {39, 25, 39, 25}});
    EXPECT_EQ(r.rows, 45);
    EXPECT_EQ(r.cols, 26);
    EXPECT_EQ(r.inside.size(), 4u);
    EXPECT_TRUE(r.outside.empty());
}

TEST(ContentRegion, ABlockReachingFarIsClipped)
{
    // a column of formulas filled down to the last row under a small table
    const auto r = isms::contentRegion({{0, 0, 20, 5}, {0, 6, 1048575, 6}}, 5000, 100);
    EXPECT_EQ(r.rows, 1048576) << "a contiguous block is content: it is read";
    const auto gap = isms::contentRegion({{0, 0, 20, 5}, {100000, 6, 1048575, 6}});
    EXPECT_EQ(gap.rows, 21);
    EXPECT_EQ(gap.outside.size(), 1u);
}

TEST(ContentRegion, EmptySheet)
{
    const auto r = isms::contentRegion({});
    EXPECT_EQ(r.rows, 0);
    EXPECT_EQ(r.cols, 0);
}

} // namespace
