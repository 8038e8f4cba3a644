// Carrying what people wrote in their own SoA into the first generated one (soa_import.hpp),
// on fixtures in the shapes people keep: the 27017 controls on a sheet of their own
// (review/cloud-part-ja.fods), a cloud SoA with ISO/IEC 27018 rows after the CLD rows
// (messy/ja-soa-cloud.fods), an SoA still numbered by 2013 (messy/ja-soa-2013.fods).

#include "catalog_support.hpp"
#include "fods_grid.hpp"
#include "register_support.hpp"

#include "isms/guidance.hpp"
#include "isms/soa.hpp"
#include "isms/soa_import.hpp"
#include "isms/soa_table.hpp"
#include "isms/texts.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace isms::test
{
namespace
{

const std::string kFixtures = std::string(ISMS_DATA_DIR) + "/../../sheets/fixtures/";

SoaTable tableOn(const std::string& file, const std::string& sheet)
{
    for (const FodsSheet& s : readFods(kFixtures + file))
        if (s.name == sheet)
        {
            auto t = detectSoaTable(s.grid, s.name);
            EXPECT_TRUE(t.ok()) << file << " " << sheet;
            if (t.ok())
                return std::move(t).value();
        }
    ADD_FAILURE() << "no sheet " << sheet << " in " << file;
    return {};
}

const SoaRow* rowFor(const std::vector<SoaRow>& rows, std::u16string_view id)
{
    for (const SoaRow& r : rows)
        if (r.at(SoaColumn::Control).text == id)
            return &r;
    return nullptr;
}

} // namespace

TEST(SoaImport, BothSheetsOfAnSoaWithItsCloudControlsApartAreCarriedOver)
{
    const SoaTable own = tableOn("review/cloud-part-ja.fods", "適用宣言書");
    const SoaTable part = tableOn("review/cloud-part-ja.fods", "適用宣言書(ISO27017)");
    const SoaImport got = importOwnSoa(cat(), own, &part);
    EXPECT_FALSE(got.olderNumbering);
    EXPECT_EQ(got.rows.size(), 100u) << "93 Annex A rows and the 7 CLD rows of the other sheet";
    EXPECT_EQ(got.sheets, (std::vector<std::string>{"適用宣言書", "適用宣言書(ISO27017)"}));
    EXPECT_TRUE(got.notControls.empty());
    EXPECT_TRUE(got.repeated.empty());

    const SoaRow* excluded = rowFor(got.rows, u"8.30");
    ASSERT_NE(excluded, nullptr);
    EXPECT_EQ(utf8(excluded->at(SoaColumn::Applicability).text), "適用除外");
    EXPECT_EQ(utf8(excluded->at(SoaColumn::ExclusionJustification).text),
              "ソフトウェア開発の外部委託はない。");
    EXPECT_EQ(utf8(excluded->at(SoaColumn::Owner).text), "情報セキュリティ責任者");
    const SoaRow* cld = rowFor(got.rows, u"CLD.9.5.1");
    ASSERT_NE(cld, nullptr);
    EXPECT_EQ(utf8(cld->at(SoaColumn::Evidence).text), "ISMS-CLD-CLD.9.5.1");
    EXPECT_TRUE(cld->at(SoaColumn::Title).empty()) << "computed columns come from the catalog";

    // Into the generated rows: every control keeps its decision, none starts afresh.
    const Texts texts(cat(), GuidanceCatalog::builtin(), nullptr);
    const SoaMerge merged = mergeSoa(computeSoaRows(cat(), texts, {}), got.rows, Lang::Ja);
    EXPECT_EQ(merged.kept, 100);
    EXPECT_EQ(merged.added, 0);
    EXPECT_EQ(merged.flagged, 0);
    EXPECT_EQ(merged.userRows, 0);
}

TEST(SoaImport, RowsOfOtherStandardsAreNamedNotCarried)
{
    // 93 Annex A rows "A.5.1" …, the 7 CLD rows, then ISO/IEC 27018 rows A.1.1 … A.11.1.
    const SoaImport got =
        importOwnSoa(cat(), tableOn("messy/ja-soa-cloud.fods", "適用宣言書"), nullptr);
    EXPECT_EQ(got.rows.size(), 100u);
    const SoaRow* r = rowFor(got.rows, u"5.1");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(utf8(r->at(SoaColumn::Applicability).text), "○") << "carried as written";
    std::string named;
    for (const auto& n : got.notControls)
        named += n + " ";
    EXPECT_NE(named.find("A.1.1"), std::string::npos) << named;
    EXPECT_NE(named.find("A.11.1"), std::string::npos) << named;
    // 27018's A.5.1 is its own control, not a second row for 27001's A.5.1
    EXPECT_NE(named.find("A.5.1 "), std::string::npos) << named;
    EXPECT_TRUE(got.repeated.empty());
    EXPECT_EQ(got.sheets, std::vector<std::string>{"適用宣言書"});
}

TEST(SoaImport, AnSoaNumberedBy2013IsNotCarriedOver)
{
    const SoaImport got =
        importOwnSoa(cat(), tableOn("messy/ja-soa-2013.fods", "適用宣言書(2013)"), nullptr);
    EXPECT_TRUE(got.olderNumbering);
    EXPECT_TRUE(got.rows.empty());
}

TEST(SoaImport, TheFirstRowOfARepeatedControlIsCarried)
{
    SoaTable own = tableOn("review/cloud-part-ja.fods", "適用宣言書");
    const auto first = std::find(own.ids.begin(), own.ids.end(), "5.7") - own.ids.begin();
    auto again = own.rows[std::size_t(first)];
    again.first = 500;
    again.second.at(SoaColumn::Applicability).text = u"適用除外";
    own.rows.push_back(again);
    own.ids.push_back("5.7");
    const SoaImport got = importOwnSoa(cat(), own, nullptr);
    EXPECT_EQ(got.repeated, std::vector<std::string>{"5.7"});
    EXPECT_EQ(utf8(rowFor(got.rows, u"5.7")->at(SoaColumn::Applicability).text), "適用");
}

} // namespace isms::test
