// The year a sheet's name gives (sheet_year.hpp): this year's register or SoA told from last
// year's kept beside it, in the names people give them.

#include "isms/sheet_year.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace isms
{

TEST(SheetYear, YearsAsPeopleWriteThemInSheetNames)
{
    EXPECT_EQ(yearOfSheetName(u"リスク台帳(2025年度)"), 2025);
    EXPECT_EQ(yearOfSheetName(u"Risk register FY2026"), 2026);
    EXPECT_EQ(yearOfSheetName(u"SoA 2025-26"), 2025);
    EXPECT_EQ(yearOfSheetName(u"適用宣言書（２０２６）"), 2026) << "full-width digits";
    EXPECT_EQ(yearOfSheetName(u"令和7年度"), 2025);
    EXPECT_EQ(yearOfSheetName(u"令和元年度 リスク分析"), 2019);
    EXPECT_EQ(yearOfSheetName(u"平成31年"), 2019);
    EXPECT_EQ(yearOfSheetName(u"2024→2025 見直し"), 2025) << "the latest year named";
}

TEST(SheetYear, NumbersThatAreNoYear)
{
    EXPECT_EQ(yearOfSheetName(u"Risk Register"), std::nullopt);
    EXPECT_EQ(yearOfSheetName(u"Sheet 12345"), std::nullopt) << "part of a longer number";
    EXPECT_EQ(yearOfSheetName(u"ISO27017"), std::nullopt);
    EXPECT_EQ(yearOfSheetName(u"27001"), std::nullopt);
    EXPECT_EQ(yearOfSheetName(u"No. 1024"), std::nullopt) << "outside 1990–2099";
    EXPECT_EQ(yearOfSheetName(u"令和"), std::nullopt);
}

TEST(SheetYear, AnUndatedSheetIsTakenForTheCurrentOneThenTheLaterYear)
{
    EXPECT_GT(currentnessOfSheetName(u"リスク台帳"),
              currentnessOfSheetName(u"リスク台帳(2024年度)"));
    EXPECT_GT(currentnessOfSheetName(u"2026年度"), currentnessOfSheetName(u"2025年度"));
    EXPECT_GT(currentnessOfSheetName(u"令和8年度"), currentnessOfSheetName(u"2025年度"));
}

} // namespace isms
