// The Statement of Applicability model: rows derived from a register, merge that keeps every
// person-filled cell, gaps.

#include "isms/soa.hpp"
#include "isms/utf.hpp"
#include "isms/soa_table.hpp"

#include "catalog_support.hpp"
#include "register_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <vector>

#include <random>

namespace
{

using namespace isms;
using isms::test::cat;

std::u16string w(const char* s)
{
    std::u16string out;
    for (const char* p = s; *p; ++p)
        out += char16_t(static_cast<unsigned char>(*p));
    return out;
}

const Texts& texts()
{
    static const Texts t(cat(), GuidanceCatalog::builtin(), nullptr);
    return t;
}

/// A small 5x5 register: id, threat, L, I, treatment, controls, residual L, residual I.
struct Fixture
{
    Grid grid;
    Register reg;
    explicit Fixture(
        const std::vector<std::array<const char*, 3>>& risks) // id, controls, treatment
    {
        grid = Grid(int(risks.size()) + 1, 8);
        const char* head[] = {"Risk ID",   "Threat",   "Likelihood",          "Impact",
                              "Treatment", "Controls", "Residual likelihood", "Residual impact"};
        for (int c = 0; c < 8; ++c)
            grid.at(0, c).text = w(head[c]);
        for (std::size_t i = 0; i < risks.size(); ++i)
        {
            const int r = int(i) + 1;
            grid.at(r, 0).text = w(risks[i][0]);
            grid.at(r, 1).text = u"outage";
            for (int c : {2, 3})
            {
                grid.at(r, c).number = 3;
                grid.at(r, c).isNumber = true;
            }
            grid.at(r, 4).text = w(risks[i][2]);
            grid.at(r, 5).text = w(risks[i][1]);
            grid.at(r, 6).number = 1 + double(i % 2);
            grid.at(r, 6).isNumber = true;
            grid.at(r, 7).number = 2;
            grid.at(r, 7).isNumber = true;
        }
        auto map = detectRegister(grid);
        EXPECT_TRUE(map.ok());
        reg = readRegister(grid, *map);
    }
};

const SoaRow& rowOf(const std::vector<SoaRow>& rows, const char* id)
{
    for (const SoaRow& r : rows)
        if (r.at(SoaColumn::Control).text == w(id))
            return r;
    throw std::runtime_error(std::string("no row ") + id);
}

TEST(SoaRows, EveryAnnexAControlThenTheCldControls)
{
    const auto rows = computeSoaRows(cat(), texts(), {});
    ASSERT_EQ(rows.size(), 100u);
    EXPECT_EQ(rows.front().at(SoaColumn::Control).text, u"5.1");
    EXPECT_EQ(rows[92].at(SoaColumn::Control).text, u"8.34");
    EXPECT_EQ(rows[93].at(SoaColumn::Control).text, u"CLD.6.3.1");
    EXPECT_EQ(rows.back().at(SoaColumn::Control).text, u"CLD.13.1.4");
    for (const SoaRow& r : rows)
        for (std::size_t c = 0; c < kSoaColumnCount; ++c)
        {
            if (!isComputed(SoaColumn(c)))
            {
                EXPECT_TRUE(r.cells[c].empty());
            }
        }
}

TEST(SoaRows, CitedControlsAreApplicableWithRisksTreatmentAndResidualLevel)
{
    Fixture f({{"R-1", "A.9.2.3, CLD.9.5.1", "Reduce"},
               {"R-2", "8.2", "Transfer"},
               {"R-3", "A.18.2.3", "Reduce"}});
    SoaInput in;
    in.reg = &f.reg;
    in.method = &defaultMethod();
    in.role = Role::Provider;
    const auto rows = computeSoaRows(cat(), texts(), in);
    const SoaRow& r82 = rowOf(rows, "8.2"); // A.9.2.3 maps to 8.2
    EXPECT_EQ(r82.at(SoaColumn::DerivedApplicability).text, u"Applicable");
    EXPECT_EQ(r82.at(SoaColumn::RiskReason).text, u"Risk assessment");
    EXPECT_EQ(r82.at(SoaColumn::RiskIds).text, u"R-1, R-2");
    EXPECT_EQ(r82.at(SoaColumn::Treatment).text, u"Reduce, Transfer");
    EXPECT_EQ(r82.at(SoaColumn::ResidualLevel).text, u"Low"); // max(1×2, 2×2) = 4
    EXPECT_EQ(rowOf(rows, "CLD.9.5.1").at(SoaColumn::RiskIds).text, u"R-1");
    EXPECT_EQ(rowOf(rows, "5.36").at(SoaColumn::RiskIds).text, u"R-3");
    EXPECT_EQ(rowOf(rows, "8.8").at(SoaColumn::RiskIds).text, u"R-3");
    EXPECT_TRUE(rowOf(rows, "5.7").at(SoaColumn::DerivedApplicability).empty());
    EXPECT_FALSE(rowOf(rows, "CLD.9.5.1").at(SoaColumn::CloudGuidance).empty())
        << "provider guidance";
    EXPECT_TRUE(rowOf(rows, "5.15").at(SoaColumn::CloudGuidance).empty())
        << "5.15 has customer guidance only";
    EXPECT_EQ(rowOf(rows, "5.15").at(SoaColumn::Ref2013).text, u"A.9.1.1, A.9.1.2");
}

TEST(SoaRows, JapaneseLabels)
{
    Fixture f({{"R-1", "5.23", "低減"}});
    SoaInput in;
    in.reg = &f.reg;
    in.lang = Lang::Ja;
    const auto rows = computeSoaRows(cat(), texts(), in);
    EXPECT_EQ(rowOf(rows, "5.23").at(SoaColumn::DerivedApplicability).text, u"適用");
    EXPECT_EQ(rowOf(rows, "5.1").at(SoaColumn::Theme).text, u"組織的管理策");
    EXPECT_EQ(soaColumnLabel(SoaColumn::Applicability).ja, "適用可否");
}

TEST(SoaMergeTest, KeepsPersonCellsFlagsStaleRowsKeepsUserRows)
{
    const auto fresh = computeSoaRows(cat(), texts(), {});
    std::vector<SoaRow> existing = fresh;
    existing[3].at(SoaColumn::Status).text = u"Implemented";
    existing[3].at(SoaColumn::LastReview).number = 46000;
    existing[3].at(SoaColumn::LastReview).isNumber = true;
    existing[3].at(SoaColumn::Title).text = u"edited title"; // computed: refreshed
    SoaRow stale;                                            // a 2013 id left from an old SoA
    stale.at(SoaColumn::Control).text = u"A.9.2.3";
    stale.at(SoaColumn::Notes).text = u"old note";
    existing.push_back(stale);
    SoaRow user;
    user.at(SoaColumn::Title).text = u"Our own extra control";
    user.at(SoaColumn::Status).text = u"Planned";
    existing.insert(existing.begin() + 10, user);
    const SoaMerge m = mergeSoa(fresh, existing, Lang::En);
    EXPECT_EQ(m.kept, 100);
    EXPECT_EQ(m.added, 0);
    EXPECT_EQ(m.flagged, 1);
    EXPECT_EQ(m.userRows, 1);
    ASSERT_EQ(m.rows.size(), 102u);
    EXPECT_EQ(m.rows[3].at(SoaColumn::Status).text, u"Implemented");
    EXPECT_EQ(m.rows[3].at(SoaColumn::LastReview).number, 46000);
    EXPECT_EQ(m.rows[3].at(SoaColumn::Title).text, fresh[3].at(SoaColumn::Title).text);
    EXPECT_EQ(m.rows[100].at(SoaColumn::Notes).text, u"old note");
    EXPECT_FALSE(m.rows[100].at(SoaColumn::RowNote).empty());
    EXPECT_EQ(m.rows[101].at(SoaColumn::Status).text, u"Planned");
    // where each row came from: a writer keeps rows in place with it
    ASSERT_EQ(m.source.size(), m.rows.size());
    EXPECT_EQ(m.source[3], 3);
    EXPECT_EQ(m.source[10], 11) << "after the user row inserted at 10";
    EXPECT_EQ(m.source[100], 101) << "the stale row";
    EXPECT_EQ(m.source[101], 10) << "the user row";
    const SoaMerge none = mergeSoa(fresh, {}, Lang::En);
    EXPECT_EQ(none.source, std::vector<int>(fresh.size(), -1));
}

TEST(SoaMergeTest, NewRowsStartFromTheDerivedApplicability)
{
    Fixture f({{"R-1", "5.23", "Reduce"}});
    SoaInput in;
    in.reg = &f.reg;
    const SoaMerge m = mergeSoa(computeSoaRows(cat(), texts(), in), {}, Lang::En);
    EXPECT_EQ(m.added, 100);
    EXPECT_EQ(rowOf(m.rows, "5.23").at(SoaColumn::Applicability).text, u"Applicable");
    EXPECT_TRUE(rowOf(m.rows, "5.7").at(SoaColumn::Applicability).empty());
}

// Property: over many rounds of random person edits and register changes, regeneration never
// changes a person cell of a row that still exists, never drops a user row or a stale row.
TEST(SoaMergeTest, ThousandRoundsOfEditsAndRegenerationLoseNothing)
{
    std::mt19937 rng(42);
    const char* pool[] = {"A.9.2.3",  "5.23", "CLD.9.5.1", "8.8",
                          "A.12.4.1", "5.15", "A.18.2.3",  "8.16"};
    std::vector<SoaRow> sheet = mergeSoa(computeSoaRows(cat(), texts(), {}), {}, Lang::En).rows;
    const SoaColumn person[] = {
        SoaColumn::Applicability, SoaColumn::OtherReasons, SoaColumn::ExclusionJustification,
        SoaColumn::Status,        SoaColumn::Owner,        SoaColumn::Evidence,
        SoaColumn::LastReview,    SoaColumn::NextReview,   SoaColumn::Notes};
    for (int round = 0; round < 1000; ++round)
    {
        // a person edits a few cells and sometimes adds a row
        for (int k = 0; k < 3; ++k)
        {
            SoaRow& r = sheet[rng() % sheet.size()];
            GridCell& c = r.at(person[rng() % std::size(person)]);
            if (rng() % 3 == 0)
            {
                c.text.clear();
                c.number = double(rng() % 50000);
                c.isNumber = true;
            }
            else
            {
                c.isNumber = false;
                c.text = u"edit " + w(std::to_string(round).c_str());
            }
        }
        if (rng() % 50 == 0)
        {
            SoaRow extra;
            extra.at(SoaColumn::Title).text = u"user row " + w(std::to_string(round).c_str());
            sheet.insert(sheet.begin() + std::ptrdiff_t(rng() % sheet.size()), extra);
        }
        const std::vector<SoaRow> before = sheet;
        // the register changes
        std::vector<std::array<const char*, 3>> risks;
        for (int i = 0, n = int(rng() % 5); i < n; ++i)
            risks.push_back({"R", pool[rng() % std::size(pool)], "Reduce"});
        Fixture f(risks);
        SoaInput in;
        in.reg = &f.reg;
        in.method = &defaultMethod();
        const SoaMerge m = mergeSoa(computeSoaRows(cat(), texts(), in), sheet, Lang::En);
        ASSERT_EQ(m.rows.size(), before.size()) << "round " << round;
        // every person cell of every earlier row is still there, at the row with the same key
        std::multiset<std::u16string> beforeCells, afterCells;
        auto collect = [&](const std::vector<SoaRow>& rows, std::multiset<std::u16string>& out)
        {
            for (const SoaRow& r : rows)
                for (SoaColumn c : person)
                {
                    const GridCell& g = r.at(c);
                    out.insert(r.at(SoaColumn::Control).text + u"|" +
                               r.at(SoaColumn::Title).text.substr(0, 9) + u"|" +
                               (g.isNumber ? w(std::to_string(g.number).c_str()) : g.text));
                }
        };
        std::vector<SoaRow> beforeKeyed = before;
        for (SoaRow& r : beforeKeyed)
            if (!r.at(SoaColumn::Control).empty())
                r.at(SoaColumn::Title).text.clear();
        std::vector<SoaRow> afterKeyed = m.rows;
        for (SoaRow& r : afterKeyed)
            if (!r.at(SoaColumn::Control).empty())
                r.at(SoaColumn::Title).text.clear();
        collect(beforeKeyed, beforeCells);
        collect(afterKeyed, afterCells);
        ASSERT_EQ(beforeCells, afterCells) << "round " << round;
        sheet = m.rows;
    }
}

TEST(SoaGaps, UnknownAmbiguousCloudAndExclusions)
{
    Fixture f({{"R-1", "A.19.1.1, A.18.2.3", "Reduce"}, {"R-2", "CLD.9.5.1", "Reduce"}});
    SoaInput in;
    in.reg = &f.reg;
    in.role = Role::Provider;
    auto rows = mergeSoa(computeSoaRows(cat(), texts(), in), {}, Lang::En).rows;
    rows[0].at(SoaColumn::Applicability).text = u"Not applicable";
    rows[1].at(SoaColumn::Applicability).text = u"適用除外";
    rows[1].at(SoaColumn::ExclusionJustification).text = u"No such activity";
    const auto gaps = findGaps(cat(), in, rows);
    auto count = [&](GapKind k, const char* id)
    {
        return std::count_if(gaps.begin(), gaps.end(),
                             [&](const Gap& g) { return g.kind == k && g.control == id; });
    };
    EXPECT_EQ(count(GapKind::UnknownControl, "A.19.1.1"), 1);
    EXPECT_EQ(count(GapKind::AmbiguousMapping, "A.18.2.3"), 1);
    EXPECT_EQ(count(GapKind::CloudNotConsidered, "CLD.9.5.1"), 0) << "cited";
    EXPECT_EQ(count(GapKind::CloudNotConsidered, "CLD.13.1.4"), 1) << "provider entry never cited";
    EXPECT_EQ(count(GapKind::CloudNotConsidered, "A.9.1.2"), 0)
        << "customer-only entry, provider organisation";
    EXPECT_EQ(count(GapKind::ExclusionUnjustified, "5.1"), 1);
    EXPECT_EQ(count(GapKind::ExclusionUnjustified, "5.2"), 0);
    for (const Gap& g : gaps)
    {
        EXPECT_FALSE(gapText(g, Lang::En).empty());
        EXPECT_FALSE(gapText(g, Lang::Ja).empty());
    }
}

} // namespace

TEST(SoaSheet, PrintedColumnsComeFirstAndEveryColumnIsOnTheSheetOnce)
{
    const auto& order = isms::soaSheetColumns();
    std::set<isms::SoaColumn> seen(order.begin(), order.end());
    EXPECT_EQ(seen.size(), isms::kSoaColumnCount);
    const auto printed =
        std::vector<isms::SoaColumn>(order.begin(), order.begin() + isms::kSoaPrintedColumns);
    // What a certification body reads: the decision and why, and how it is implemented.
    for (isms::SoaColumn c :
         {isms::SoaColumn::Control, isms::SoaColumn::Title, isms::SoaColumn::Applicability,
          isms::SoaColumn::ExclusionJustification, isms::SoaColumn::Status,
          isms::SoaColumn::Evidence})
        EXPECT_NE(std::find(printed.begin(), printed.end(), c), printed.end())
            << isms::soaColumnLabel(c).en;
    // The long 27017 guidance stays on the sheet but off the printed pages.
    EXPECT_EQ(std::find(printed.begin(), printed.end(), isms::SoaColumn::CloudGuidance),
              printed.end());
}

TEST(SoaSheet, EveryOfferedDecisionReadsBackAsTheReviewReadsIt)
{
    for (isms::Lang lang : {isms::Lang::En, isms::Lang::Ja})
    {
        const auto& choices = isms::soaDecisionChoices(lang);
        ASSERT_EQ(choices.size(), 3u);
        const isms::Applicability expected[] = {isms::Applicability::Applicable,
                                                isms::Applicability::Excluded,
                                                isms::Applicability::Applicable};
        for (std::size_t i = 0; i < choices.size(); ++i)
        {
            isms::GridCell c;
            c.text = isms::toUtf16(choices[i]);
            EXPECT_EQ(isms::classifyApplicability(c), expected[i]) << choices[i];
        }
        EXPECT_EQ(isms::soaReasonChoices(lang).size(), 4u);
    }
}
