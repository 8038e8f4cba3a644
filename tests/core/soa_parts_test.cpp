// An SoA whose 27017 controls are on a sheet of their own (sheets/fixtures/review/
// cloud-part-ja.fods): the Annex A table on 「適用宣言書」, the 37 extended and 7 CLD controls on
// 「適用宣言書(ISO27017)」 numbered on 27002:2013 without "A.", with a running "No." column,
// clause rows and another column order.

#include "catalog_support.hpp"
#include "fods_grid.hpp"

#include "isms/review.hpp"
#include "isms/soa_parts.hpp"
#include "isms/soa_table.hpp"
#include "isms/workbook_settings.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace isms::test
{
namespace
{

const std::string kFixture =
    std::string(ISMS_DATA_DIR) + "/../../sheets/fixtures/review/cloud-part-ja.fods";
const char* const kPartSheet = "適用宣言書(ISO27017)";

struct TwoSheets
{
    SoaTable main, part;
    ReviewInput in;
};

TwoSheets load()
{
    TwoSheets t;
    for (const FodsSheet& s : readFods(kFixture))
    {
        if (s.name != "適用宣言書" && s.name != kPartSheet)
            continue;
        auto found = detectSoaTable(s.grid, s.name);
        EXPECT_TRUE(found.ok()) << s.name;
        if (found.ok())
            (s.name == kPartSheet ? t.part : t.main) = std::move(found).value();
    }
    t.in.settings =
        parseWorkbookSettings({u"provider", u"SaaS", u"サンプル業務クラウド", u"ja", u"5x5"});
    t.in.soa = &t.main;
    return t;
}

std::vector<std::string> rules(const std::vector<Finding>& fs)
{
    std::vector<std::string> out;
    for (const Finding& f : fs)
        if (f.rule.rfind("SOA-", 0) == 0)
            out.push_back(f.rule);
    return out;
}

/// The one finding of this rule (fails the test when there is none).
Finding only(const std::vector<Finding>& fs, const std::string& rule)
{
    for (const Finding& f : fs)
        if (f.rule == rule)
            return f;
    ADD_FAILURE() << "no " << rule;
    return {};
}

/// The index in t.rows of the row for this control.
std::size_t rowOf(const SoaTable& t, const std::string& id)
{
    const auto it = std::find(t.ids.begin(), t.ids.end(), id);
    EXPECT_NE(it, t.ids.end()) << id;
    return std::size_t(it - t.ids.begin());
}

} // namespace

TEST(SoaParts, TheCloudSheetIsTheSoasTwentySevenOhSeventeenPart)
{
    const TwoSheets t = load();
    ASSERT_EQ(t.main.ids.size(), t.main.rows.size());
    EXPECT_EQ(t.main.edition, "2022");
    EXPECT_EQ(t.part.col(SoaColumn::Control), 1) << "項番, not the running No.";
    EXPECT_EQ(t.part.col(SoaColumn::Applicability), 3);
    EXPECT_EQ(std::count_if(t.part.ids.begin(), t.part.ids.end(),
                            [](const std::string& id) { return id.rfind("CLD.", 0) == 0; }),
              7);
    EXPECT_TRUE(holdsOnlyCloudControls(cat(), t.part));
    EXPECT_FALSE(holdsOnlyCloudControls(cat(), t.main));
    EXPECT_TRUE(isCloudPart(cat(), t.main, t.part));
    EXPECT_FALSE(isCloudPart(cat(), t.part, t.main)) << "the Annex A table is no cloud part";
}

TEST(SoaParts, ReviewedTogetherTheSoaHasItsCloudControls)
{
    const TwoSheets t = load();
    // Alone, the Annex A sheet lacks the CLD rows: the false major finding people got.
    EXPECT_EQ(rules(review(cat(), t.in)), std::vector<std::string>{"SOA-CLOUD-ROWS-MISSING"});
    EXPECT_EQ(rules(reviewWithCloudPart(cat(), t.in, t.part)), std::vector<std::string>{});
}

TEST(SoaParts, AFindingOnTheCloudSheetPointsAtItsOwnRowAndColumn)
{
    TwoSheets t = load();
    const std::size_t i = rowOf(t.part, "CLD.9.5.1");
    t.part.rows[i].second.at(SoaColumn::Applicability) = GridCell{};
    const auto found = reviewWithCloudPart(cat(), t.in, t.part);
    ASSERT_EQ(rules(found), std::vector<std::string>{"SOA-APPLICABILITY-MISSING"});
    const Finding f = only(found, "SOA-APPLICABILITY-MISSING");
    EXPECT_EQ(f.where.sheet, kPartSheet);
    EXPECT_EQ(f.where.row, t.part.rows[i].first);
    EXPECT_EQ(f.where.col, 3) << "the part's 適用可否 column (D), not the Annex A sheet's (C)";
    EXPECT_NE(f.message.en.find("CLD.9.5.1"), std::string::npos) << f.message.en;
}

TEST(SoaParts, AControlApplicableOnTheCloudSheetButExcludedInAnnexAIsPointedOut)
{
    TwoSheets t = load();
    // 9.2.1 (user registration) is applicable on the 27017 sheet; exclude 5.16, which carries it
    // in 2022, on the Annex A sheet.
    const std::size_t p = rowOf(t.part, "A.9.2.1");
    ASSERT_EQ(cat().lookup(std::string_view("A.9.2.1")).value()->mapped.size(), 1u);
    const std::size_t m = rowOf(t.main, "5.16");
    t.main.rows[m].second.at(SoaColumn::Applicability).text = u"適用除外";
    t.main.rows[m].second.at(SoaColumn::ExclusionJustification).text = u"該当業務なし";
    const auto found = reviewWithCloudPart(cat(), t.in, t.part);
    std::vector<Finding> disagree;
    for (const Finding& f : found)
        if (f.rule == "SOA-CLOUD-PART-DISAGREES")
            disagree.push_back(f);
    ASSERT_FALSE(disagree.empty()) << "no SOA-CLOUD-PART-DISAGREES";
    const auto at9 =
        std::find_if(disagree.begin(), disagree.end(),
                     [&](const Finding& f) { return f.where.row == t.part.rows[p].first; });
    ASSERT_NE(at9, disagree.end());
    EXPECT_EQ(at9->where.sheet, kPartSheet);
    EXPECT_EQ(at9->where.col, 3);
    EXPECT_EQ(at9->severity, Severity::Minor);
    EXPECT_NE(at9->message.en.find("A.9.2.1 is applicable on the ISO/IEC 27017 sheet"),
              std::string::npos)
        << at9->message.en;
    EXPECT_NE(at9->message.en.find("(5.16) is excluded on '適用宣言書'"), std::string::npos)
        << at9->message.en;
    EXPECT_NE(at9->message.ja.find("これを含む附属書A の管理策(5.16)"), std::string::npos);
    // Every finding of the rule is about a control that 5.16 carries.
    for (const Finding& f : disagree)
        EXPECT_NE(f.message.en.find("(5.16)"), std::string::npos) << f.message.en;
}

TEST(SoaParts, EachCloudControlIsTakenOnceAndOnlyWhenTheAnnexASheetLacksIt)
{
    TwoSheets t = load();
    // A CLD row twice on the cloud sheet: one row joins, no duplicate with a made-up row number.
    const std::size_t i = rowOf(t.part, "CLD.6.3.1");
    t.part.rows.push_back({t.part.rows.back().first + 1, t.part.rows[i].second});
    t.part.ids.push_back("CLD.6.3.1");
    EXPECT_EQ(rules(reviewWithCloudPart(cat(), t.in, t.part)), std::vector<std::string>{});

    // Once the Annex A sheet has every CLD row, the cloud sheet adds nothing: no part.
    TwoSheets whole = load();
    for (std::size_t k = 0; k < whole.part.ids.size(); ++k)
        if (whole.part.ids[k].rfind("CLD.", 0) == 0)
        {
            whole.main.rows.push_back({1000 + int(k), whole.part.rows[k].second});
            whole.main.ids.push_back(whole.part.ids[k]);
        }
    EXPECT_TRUE(hasEveryCldControl(cat(), whole.main));
    EXPECT_FALSE(hasEveryCldControl(cat(), t.main));
    EXPECT_FALSE(isCloudPart(cat(), whole.main, whole.part));
}

TEST(SoaParts, AWholeSecondSoaWithCloudRowsIsNoCloudPart)
{
    // Last year's complete SoA (93 + 7 rows) kept beside this year's: most of its controls have
    // no 27017 guidance, so its CLD rows do not stand in for the ones this year's SoA lacks.
    TwoSheets t = load();
    SoaTable old = t.main;
    old.sheet = "適用宣言書(2025年度)";
    for (std::size_t k = 0; k < t.part.ids.size(); ++k)
        if (t.part.ids[k].rfind("CLD.", 0) == 0)
        {
            old.rows.push_back({1000 + int(k), t.part.rows[k].second});
            old.ids.push_back(t.part.ids[k]);
        }
    EXPECT_FALSE(holdsOnlyCloudControls(cat(), old));
    EXPECT_FALSE(isCloudPart(cat(), t.main, old));
}

TEST(SoaParts, ACoverMayCountTheAnnexASheetAloneOrWithItsCloudPart)
{
    for (const auto& [stated, wrong] :
         std::vector<std::pair<double, bool>>{{93, false}, {100, false}, {95, true}})
    {
        TwoSheets t = load();
        GridCell n;
        n.isNumber = true;
        n.number = stated;
        t.main.cover.push_back({u"管理策数", n});
        t.main.coverRow.push_back(1);
        t.main.coverCol.push_back(1);
        const auto found = reviewWithCloudPart(cat(), t.in, t.part);
        EXPECT_EQ(rules(found),
                  wrong ? std::vector<std::string>{"SOA-COVER-COUNTS"} : std::vector<std::string>{})
            << stated;
        if (wrong)
        {
            const std::string message = only(found, "SOA-COVER-COUNTS").message.en;
            EXPECT_NE(message.find("the table has 100"), std::string::npos) << message;
        }
    }
}

} // namespace isms::test

namespace isms::test
{

TEST(SoaParts, ComparedWithItsCloudSheetAChangeToACldControlIsSeenThere)
{
    const TwoSheets earlier = load();
    TwoSheets later = load();
    const std::size_t i = rowOf(later.part, "CLD.9.5.2");
    later.part.rows[i].second.at(SoaColumn::Applicability).text = u"適用除外";
    // Read alone, the Annex A sheets are the same: the change is not seen.
    EXPECT_EQ(compareSoa(cat(), earlier.main, later.main).changed, 0);

    const SoaComparison cmp =
        compareWithCloudParts(cat(), earlier.main, &earlier.part, later.main, &later.part);
    EXPECT_EQ(cmp.compared, 100);
    ASSERT_EQ(cmp.changed, 1);
    const SoaRowChange& r = cmp.rows.front();
    EXPECT_EQ(r.control, "CLD.9.5.2");
    EXPECT_EQ(r.newSheet, kPartSheet);
    EXPECT_EQ(r.oldSheet, kPartSheet);
    EXPECT_EQ(r.newRow, later.part.rows[i].first);
    EXPECT_EQ(r.oldRow, earlier.part.rows[i].first);
    ASSERT_EQ(r.fields.size(), 1u);
    EXPECT_EQ(r.fields[0].after, "適用除外");
    const std::string csv = soaComparisonToCsv(cmp, Lang::En);
    EXPECT_NE(csv.find(std::string(kPartSheet) + "!" + std::to_string(r.newRow + 1)),
              std::string::npos)
        << csv;
    std::string notes;
    for (const auto& n : cmp.notesEn)
        notes += n + "\n";
    EXPECT_NE(notes.find("The later SoA's 7 CLD controls were read from its sheet "
                         "'適用宣言書(ISO27017)'"),
              std::string::npos)
        << notes;

    // Without a part on the earlier side, its CLD rows are missing: they count as added.
    const SoaComparison oneSided =
        compareWithCloudParts(cat(), earlier.main, nullptr, later.main, &later.part);
    EXPECT_EQ(oneSided.added, 7);
}

} // namespace isms::test
