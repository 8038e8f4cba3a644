// The SoA's revision history: a row when decisions change, none otherwise.
#include "isms/soa_history.hpp"

#include "isms/utf.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace
{

using isms::Lang;
using isms::SoaColumn;
using isms::SoaRow;

isms::GridCell cell(const std::string& utf8)
{
    isms::GridCell c;
    c.text = isms::toUtf16(utf8);
    return c;
}

SoaRow row(const std::string& id, const std::string& decision)
{
    SoaRow r;
    r.at(SoaColumn::Control) = cell(id);
    r.at(SoaColumn::Applicability) = cell(decision);
    return r;
}

TEST(SoaHistory, TheFirstIssueIsVersionOneWithItsCounts)
{
    const auto rev = isms::soaRevision({}, {row("5.1", "Applicable"), row("5.2", "")}, {},
                                       "2026-12-01", Lang::En);
    ASSERT_TRUE(rev);
    EXPECT_EQ(rev->version, "1");
    EXPECT_EQ(rev->date, "2026-12-01");
    EXPECT_EQ(rev->changes, "First issue (1 applicable, 0 excluded, 1 not decided)");
    EXPECT_EQ(rev->approvedBy, "");
    const auto ja = isms::soaRevision({}, {row("5.1", "適用")}, {}, "2026-12-01", Lang::Ja);
    EXPECT_EQ(ja->changes, "初版(適用 1、適用除外 0、未決定 0)");
}

TEST(SoaHistory, ChangedDecisionsAreNamedAndTheVersionFollowsAPersonsNumbering)
{
    const std::vector<SoaRow> before = {row("5.1", "Applicable"), row("5.7", "Applicable"),
                                        row("8.2", "")};
    const std::vector<SoaRow> after = {row("5.1", "Yes"), row("5.7", "Not applicable"),
                                       row("8.2", "○"), row("CLD.6.3.1", "Applicable")};
    const auto rev = isms::soaRevision(before, after, {"1", "1.1"}, "2026-12-02", Lang::En);
    ASSERT_TRUE(rev);
    EXPECT_EQ(rev->version, "2") << "after a person's 1.1 comes 2";
    EXPECT_EQ(rev->changes, "Decision changed: 2 (5.7, 8.2); Controls added: 1 (CLD.6.3.1). "
                            "Now 3 applicable, 1 excluded, 0 not decided");
}

TEST(SoaHistory, NoRowWhenNoDecisionChanged)
{
    const std::vector<SoaRow> rows = {row("5.1", "Applicable"), row("5.2", "Excluded")};
    EXPECT_FALSE(isms::soaRevision(rows, {row("5.1", "Yes"), row("5.2", "Not applicable")}, {"1"},
                                   "2026-12-02", Lang::En))
        << "the same decisions in other words";
    EXPECT_EQ(
        isms::soaRevision(rows, {row("5.1", "Applicable")}, {"第3版"}, "d", Lang::Ja)->changes,
        "削除した管理策 1 件(5.2)。現在: 適用 1、適用除外 0、未決定 0");
    EXPECT_EQ(
        isms::soaRevision(rows, {row("5.1", "Applicable")}, {"第3版"}, "d", Lang::Ja)->version,
        "4");
}

TEST(SoaHistory, TheRecordedDecisionsRoundTrip)
{
    const std::vector<SoaRow> rows = {row("5.1", "Yes"), row("5.7", "適用除外"), row("8.2", ""),
                                      row("", "a person's note")};
    const std::string snap = isms::soaDecisionSnapshot(rows);
    EXPECT_EQ(snap, "5.1=A;5.7=E;8.2=U");
    EXPECT_FALSE(isms::soaRevision(isms::soaRowsFromSnapshot(snap), rows, {"1"}, "d", Lang::En))
        << "the same decisions";
    EXPECT_EQ(isms::soaRowsFromSnapshot("5.1=A;junk;=E;8.2=X;5.2=E").size(), 2u);
}

} // namespace
