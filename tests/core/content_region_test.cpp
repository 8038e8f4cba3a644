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

TEST(ContentRegion, ContentFarFromA1IsNotReadAsHundredsOfMillionsOfCells)
{
    // the only content of a sheet: a note typed in ZZ300000, or a value in XFD1048576
    for (const isms::CellBlock lone : {isms::CellBlock{299999, 701, 299999, 701},
                                       isms::CellBlock{1048575, 16383, 1048575, 16383}})
    {
        const auto r = isms::contentRegion({lone});
        EXPECT_EQ(r.rows, 0);
        EXPECT_EQ(r.cols, 0);
        EXPECT_TRUE(r.inside.empty());
        ASSERT_EQ(r.outside.size(), 1u) << "listed as left out";
        EXPECT_EQ(r.outside[0].firstRow, lone.firstRow);
    }
    // a very long register is read up to the limit, from its top
    const auto tall = isms::contentRegion({{10000, 0, 400000, 9}}, 5000, 100, 2'000'000);
    EXPECT_EQ(tall.cols, 10);
    EXPECT_EQ(tall.rows, 200000);
    ASSERT_EQ(tall.inside.size(), 1u);
    EXPECT_EQ(tall.inside[0].lastRow, 199999);
    ASSERT_EQ(tall.outside.size(), 1u);
    EXPECT_EQ(tall.outside[0].firstRow, 200000);
    // content beyond the limit from A1 is not read at all
    EXPECT_EQ(isms::contentRegion({{200000, 150, 300000, 159}}, 5000, 100, 2'000'000).rows, 0);
    // a table near A1 with a formula column filled to the last row still fits
    const auto filled = isms::contentRegion({{0, 0, 20, 5}, {0, 6, 1048575, 6}});
    EXPECT_EQ(filled.rows, 1048576);
    EXPECT_EQ(filled.cols, 7);
    EXPECT_TRUE(filled.outside.empty());
}

TEST(ContentRegion, EmptySheet)
{
    const auto r = isms::contentRegion({});
    EXPECT_EQ(r.rows, 0);
    EXPECT_EQ(r.cols, 0);
}

} // namespace
