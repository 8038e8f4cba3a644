// Reading a register row by row: every non-empty row below the header is a risk or a skipped
// row with its reason; controls cells as people fill them in; unknown controls and duplicate
// risk ids as issues; the notes as sentences in English and Japanese.

#include "isms/register.hpp"
#include "catalog_support.hpp"
#include "register_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Grid;
using isms::Lang;
using isms::Register;
using isms::RegisterMap;
using isms::RiskRow;
using isms::RowNote;
using isms::RowNoteKind;
using F = isms::RegisterField;

using Strings = std::vector<std::string>;

const RowSpec kHeader = {u"Risk ID", u"Asset",      u"Threat",    u"Vulnerability", u"Likelihood",
                         u"Impact",  u"Risk score", u"Treatment", u"Controls",      u"Owner"};

/// A register row: id, then the controls cell; the other columns filled in plausibly.
RowSpec risk(CellSpec id, CellSpec controls)
{
    return {id, u"Customer database", u"Ransomware", u"Unpatched server", 4, 3,
            12, u"Mitigate",          controls,      u"IT manager"};
}

RegisterMap mapOf(const Grid& g)
{
    auto m = isms::detectRegister(g);
    if (!m.ok())
    {
        ADD_FAILURE() << m.error().message;
        return {};
    }
    return *m;
}

Strings controlIds(const RiskRow& r)
{
    Strings out;
    for (const auto& c : r.controls)
        out.push_back(c.control ? c.control->canonical : "(null)");
    return out;
}

const RiskRow* riskAt(const Register& reg, int row)
{
    for (const RiskRow& r : reg.risks)
        if (r.row == row)
            return &r;
    return nullptr;
}

std::vector<RowNote> notesAt(const std::vector<RowNote>& notes, int row)
{
    std::vector<RowNote> out;
    for (const RowNote& n : notes)
        if (n.row == row)
            out.push_back(n);
    return out;
}

std::string kindName(RowNoteKind k)
{
    switch (k)
    {
    case RowNoteKind::RepeatsHeader:
        return "RepeatsHeader";
    case RowNoteKind::OnlyRiskId:
        return "OnlyRiskId";
    case RowNoteKind::NoRegisterData:
        return "NoRegisterData";
    case RowNoteKind::UnknownControl:
        return "UnknownControl";
    case RowNoteKind::NumberNotControl:
        return "NumberNotControl";
    case RowNoteKind::DuplicateId:
        return "DuplicateId";
    case RowNoteKind::TotalRow:
        return "TotalRow";
    case RowNoteKind::ClauseNotControl:
        return "ClauseNotControl";
    case RowNoteKind::RestoredFromDate:
        return "RestoredFromDate";
    case RowNoteKind::AmbiguousNumber:
        return "AmbiguousNumber";
    case RowNoteKind::OutsideColumns:
        return "OutsideColumns";
    case RowNoteKind::AnotherTable:
        return "AnotherTable";
    }
    return "?";
}

std::string describe(const std::vector<RowNote>& notes)
{
    std::string s;
    for (const RowNote& n : notes)
        s += "[row " + std::to_string(n.row) + " " + kindName(n.kind) + " '" + n.detail + "' " +
             std::to_string(n.otherRow) + "] ";
    return s;
}

// A register with every kind of row (0-based sheet rows in the comments). Column K (index 10)
// is outside the register: the header leaves it empty.
Grid mixedRegister()
{
    RowSpec repeatedHeader = kHeader;
    RowSpec noteOnly(10);
    noteOnly.push_back(u"Reviewed by the ISMS committee on 2024-05-20");
    RowSpec partial(10);
    partial[0] = u"R-010";
    partial[4] = 2;
    return makeGrid(
        {
            kHeader,                                                   // 0
            risk(u"R-001", u"A.9.2.3 利用者アクセスの提供、A.12.4.1"), // 1
            {},                                                        // 2 blank
            risk(u"R-002", u"5.15, 8.2; 8.5 / 5.18\n8.15"),            // 3
            risk(u"R-003", u"5.15, 5.15 Access control、5.15"),        // 4
            risk(u"R-004", u"A.19.1.1, 5.99, 8.13"),                   // 5
            risk(u"R-005", u"A.12.4.1 Event logging / log review"),    // 6
            risk(u"R-006", 8.13),                                      // 7
            risk(u"R-007", 7),                                         // 8
            risk(u"R-001", u"8.7"),                                    // 9 duplicate id
            {u"Total"},                                                // 10
            noteOnly,                                                  // 11
            repeatedHeader,                                            // 12
            {},                                                        // 13 blank
            partial,                                                   // 14
            risk(u"R-011", 9.99),                                      // 15
            risk(u"R-012", {}),                                        // 16 no controls
            {},                                                        // 17 blank
        },
        11);
}

TEST(ReadRegister, EveryNonEmptyRowIsARiskOrSkipped)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    std::set<int> risks, skipped;
    for (const RiskRow& r : reg.risks)
        EXPECT_TRUE(risks.insert(r.row).second) << "row " << r.row << " read twice";
    for (const RowNote& n : reg.skipped)
        EXPECT_TRUE(skipped.insert(n.row).second) << "row " << n.row << " skipped twice";
    for (int r : risks)
        EXPECT_EQ(skipped.count(r), 0u) << "row " << r << " is both a risk and skipped";

    for (int r = 1; r < g.rows(); ++r)
    {
        bool empty = true;
        for (int c = 0; c < g.cols(); ++c)
            empty = empty && g.at(r, c).empty();
        if (empty)
        {
            EXPECT_EQ(risks.count(r) + skipped.count(r), 0u) << "blank row " << r << " reported";
        }
        else
        {
            EXPECT_EQ(risks.count(r) + skipped.count(r), 1u) << "row " << r << " lost";
        }
    }
    EXPECT_EQ(risks, (std::set<int>{1, 3, 4, 5, 6, 7, 8, 9, 14, 15, 16}));
    EXPECT_EQ(skipped, (std::set<int>{10, 11, 12}));
    // a note beside the table, outside the register's columns, is not read, and said so
    EXPECT_EQ(reg.outsideColumns, (std::vector<int>{11}));
    // The header itself is neither.
    EXPECT_EQ(risks.count(0) + skipped.count(0), 0u);
}

TEST(ReadRegister, SkippedRowsSayWhy)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const auto total = notesAt(reg.skipped, 10);
    ASSERT_EQ(total.size(), 1u) << describe(reg.skipped);
    EXPECT_EQ(total[0].kind, RowNoteKind::TotalRow);
    ASSERT_EQ(notesAt(reg.skipped, 11).size(), 1u) << describe(reg.skipped);
    EXPECT_EQ(notesAt(reg.skipped, 11)[0].kind, RowNoteKind::OutsideColumns);
    const auto header = notesAt(reg.skipped, 12);
    ASSERT_EQ(header.size(), 1u) << describe(reg.skipped);
    EXPECT_EQ(header[0].kind, RowNoteKind::RepeatsHeader);
}

TEST(ReadRegister, RiskRowCellsReferToTheSheet)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 1);
    ASSERT_NE(r, nullptr);
    ASSERT_NE(r->get(F::RiskId), nullptr);
    EXPECT_EQ(r->get(F::RiskId)->text, u"R-001");
    ASSERT_NE(r->get(F::Threat), nullptr);
    EXPECT_EQ(r->get(F::Threat)->text, u"Ransomware");
    ASSERT_NE(r->get(F::Likelihood), nullptr);
    EXPECT_TRUE(r->get(F::Likelihood)->isNumber);
    EXPECT_EQ(r->get(F::Likelihood)->number, 4);
    EXPECT_EQ(r->get(F::Likelihood), &g.at(1, 4));
    EXPECT_EQ(r->get(F::ResidualValue), nullptr); // no such column

    // A partly filled row: only the cells present.
    const RiskRow* partial = riskAt(reg, 14);
    ASSERT_NE(partial, nullptr);
    EXPECT_NE(partial->get(F::Likelihood), nullptr);
    EXPECT_EQ(partial->get(F::Impact), nullptr);
    EXPECT_EQ(partial->get(F::Controls), nullptr);
    EXPECT_TRUE(partial->controls.empty());
}

TEST(ReadRegister, ControlsWithTitlesAndJapaneseComma)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 1);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(controlIds(*r), (Strings{"A.9.2.3", "A.12.4.1"}));
    ASSERT_EQ(r->controls.size(), 2u);
    EXPECT_EQ(utf8(r->controls[0].written), "A.9.2.3 利用者アクセスの提供");
    EXPECT_EQ(utf8(r->controls[1].written), "A.12.4.1");
    EXPECT_EQ(r->controls[0].control, &control("A.9.2.3"));
    EXPECT_TRUE(notesAt(reg.issues, 1).empty()) << describe(reg.issues);
}

TEST(ReadRegister, ControlsSeparatedEveryWay)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 3);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(controlIds(*r), (Strings{"5.15", "8.2", "8.5", "5.18", "8.15"}));
    EXPECT_TRUE(notesAt(reg.issues, 3).empty()) << describe(reg.issues);
}

TEST(ReadRegister, DuplicateControlsCollapsed)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 4);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(controlIds(*r), (Strings{"5.15"}));
    EXPECT_TRUE(notesAt(reg.issues, 4).empty()) << describe(reg.issues);
}

TEST(ReadRegister, UnknownControlsAreIssuesWithTheText)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 5);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(controlIds(*r), (Strings{"8.13"})); // the known one is still read
    const auto issues = notesAt(reg.issues, 5);
    ASSERT_EQ(issues.size(), 2u) << describe(reg.issues);
    EXPECT_EQ(issues[0].kind, RowNoteKind::UnknownControl);
    EXPECT_EQ(issues[0].detail, "A.19.1.1");
    EXPECT_EQ(issues[1].kind, RowNoteKind::UnknownControl);
    EXPECT_EQ(issues[1].detail, "5.99");
}

TEST(ReadRegister, TitleFragmentAfterSlashIsNotReported)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 6);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(controlIds(*r), (Strings{"A.12.4.1"}));
    EXPECT_TRUE(notesAt(reg.issues, 6).empty()) << describe(reg.issues);
}

TEST(ReadRegister, ControlTypedAsANumber)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 7);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(controlIds(*r), (Strings{"8.13"}));
    EXPECT_TRUE(notesAt(reg.issues, 7).empty()) << describe(reg.issues);
}

TEST(ReadRegister, NumberThatIsNoControl)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    for (int row : {8, 15}) // 7 and 9.99
    {
        const RiskRow* r = riskAt(reg, row);
        ASSERT_NE(r, nullptr) << row;
        EXPECT_TRUE(r->controls.empty()) << row;
        const auto issues = notesAt(reg.issues, row);
        ASSERT_EQ(issues.size(), 1u) << row << " " << describe(reg.issues);
        EXPECT_EQ(issues[0].kind, RowNoteKind::NumberNotControl) << row;
    }
}

TEST(ReadRegister, EmptyControlsCellIsNoIssue)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const RiskRow* r = riskAt(reg, 16);
    ASSERT_NE(r, nullptr);
    EXPECT_TRUE(r->controls.empty());
    EXPECT_TRUE(notesAt(reg.issues, 16).empty()) << describe(reg.issues);
}

TEST(ReadRegister, DuplicateRiskIds)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    const auto issues = notesAt(reg.issues, 9);
    ASSERT_EQ(issues.size(), 1u) << describe(reg.issues);
    EXPECT_EQ(issues[0].kind, RowNoteKind::DuplicateId);
    EXPECT_EQ(issues[0].detail, "R-001");
    EXPECT_EQ(issues[0].otherRow, 1);
    // The duplicate row is still read as a risk, with its controls.
    const RiskRow* r = riskAt(reg, 9);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(controlIds(*r), (Strings{"8.7"}));
    // The first use is not an issue.
    for (const RowNote& n : notesAt(reg.issues, 1))
        EXPECT_NE(n.kind, RowNoteKind::DuplicateId);
}

TEST(ReadRegister, AllIssuesAccountedFor)
{
    const Grid g = mixedRegister();
    const Register reg = isms::readRegister(g, mapOf(g));
    // Rows 5 (two unknown ids), 8 and 15 (numbers), 9 (duplicate id): nothing else.
    EXPECT_EQ(reg.issues.size(), 5u) << describe(reg.issues);
}

TEST(ReadRegister, NumericDuplicateRiskIds)
{
    const Grid g = makeGrid({
        {u"No.", u"Threat", u"Likelihood", u"Impact", u"Controls"},
        {1, u"Fire", 2, 5, u"7.5"},
        {2, u"Flood", 1, 5, u"7.5"},
        {1, u"Theft", 3, 3, u"7.9"},
    });
    const Register reg = isms::readRegister(g, mapOf(g));
    EXPECT_EQ(reg.risks.size(), 3u);
    ASSERT_EQ(reg.issues.size(), 1u) << describe(reg.issues);
    EXPECT_EQ(reg.issues[0].kind, RowNoteKind::DuplicateId);
    EXPECT_EQ(reg.issues[0].row, 3);
    EXPECT_EQ(reg.issues[0].otherRow, 1);
    EXPECT_EQ(reg.issues[0].detail, "1");
}

TEST(ReadRegister, RowsOfAPreambleRegisterStartBelowItsHeader)
{
    // Header in sheet row 3, starting in column B; the title above is not a row of the register.
    const Grid g = makeGrid({
        {u"Risk register"},
        {},
        rowAt(1, {u"Ref", u"Threat", u"Likelihood", u"Impact", u"Controls"}),
        rowAt(1, {u"R1", u"Phishing", 4, 3, u"6.3"}),
        rowAt(1, {u"R2", u"Malware", 3, 4, u"8.7"}),
    });
    const Register reg = isms::readRegister(g, mapOf(g));
    ASSERT_EQ(reg.risks.size(), 2u);
    EXPECT_EQ(reg.risks[0].row, 3);
    EXPECT_EQ(reg.risks[1].row, 4);
    EXPECT_EQ(controlIds(reg.risks[0]), (Strings{"6.3"}));
    EXPECT_TRUE(reg.skipped.empty()) << describe(reg.skipped);
}

// A two-row header repeated at a page break (both rows printed again): neither row is a risk.
TEST(ReadRegister, RepeatedTwoRowHeaderIsNotRead)
{
    const RowSpec group = {{}, {}, {}, {}, u"Inherent risk", {}, {}, {}, {}, {}, u"Residual risk",
                           {}, {}};
    const RowSpec names = {u"Risk ID",    u"Asset",  u"Threat",    u"Vulnerability", u"Likelihood",
                           u"Impact",     u"Score",  u"Treatment", u"Controls",      u"Owner",
                           u"Likelihood", u"Impact", u"Score"};
    const Grid g = makeGrid({
        group,
        names,
        {u"R-01", u"Payroll", u"Fraud", u"No segregation", 3, 5, 15, u"Mitigate", u"5.3", u"CFO", 2,
         4, 8},
        group,
        names,
        {u"R-02", u"Web shop", u"DDoS", u"One site", 4, 4, 16, u"Mitigate", u"8.14", u"CTO", 2, 3,
         6},
    });
    const RegisterMap m = mapOf(g);
    ASSERT_EQ(m.headerRows, 2);
    const Register reg = isms::readRegister(g, m);
    std::vector<int> rows;
    for (const RiskRow& r : reg.risks)
        rows.push_back(r.row);
    EXPECT_EQ(rows, (std::vector<int>{2, 5}));
    ASSERT_EQ(notesAt(reg.skipped, 4).size(), 1u) << describe(reg.skipped);
    EXPECT_EQ(notesAt(reg.skipped, 4)[0].kind, RowNoteKind::RepeatsHeader);
    ASSERT_EQ(notesAt(reg.skipped, 3).size(), 1u) << describe(reg.skipped);
    EXPECT_EQ(notesAt(reg.skipped, 3)[0].kind, RowNoteKind::RepeatsHeader);
}

// ------------------------------------------------------------------ parseControlsCell

TEST(ParseControlsCell, SeparatorsTitlesAndUnknownIds)
{
    std::vector<isms::CitedControl> found;
    std::vector<std::u16string> unknown;
    isms::parseControlsCell(u"5.15 Access control; CLD.6.3.1、A.19.1.1 / policy，8.2\n5.15", cat(),
                            found, unknown);
    Strings ids;
    for (const auto& c : found)
        ids.push_back(c.control->canonical);
    EXPECT_EQ(ids, (Strings{"5.15", "CLD.6.3.1", "8.2"}));
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(utf8(unknown[0]), "A.19.1.1");
}

TEST(ParseControlsCell, EmptyCellFindsNothing)
{
    std::vector<isms::CitedControl> found;
    std::vector<std::u16string> unknown;
    isms::parseControlsCell(u"", cat(), found, unknown);
    isms::parseControlsCell(u" , 、 ", cat(), found, unknown);
    EXPECT_TRUE(found.empty());
    EXPECT_TRUE(unknown.empty());
}

// ------------------------------------------------------------------ rowNoteText

TEST(RowNoteText, EveryKindInBothLanguages)
{
    const RowNote notes[] = {
        {4, RowNoteKind::RepeatsHeader, {}, -1},
        {5, RowNoteKind::OnlyRiskId, {}, -1},
        {6, RowNoteKind::NoRegisterData, {}, -1},
        {7, RowNoteKind::UnknownControl, "A.19.1.1", -1},
        {8, RowNoteKind::NumberNotControl, {}, -1},
        {9, RowNoteKind::DuplicateId, "R-001", 2},
        {10, RowNoteKind::TotalRow, {}, -1},
        {11, RowNoteKind::ClauseNotControl, "6.1.2", -1},
        {12, RowNoteKind::RestoredFromDate, "A.10.1.1", -1},
        {13, RowNoteKind::AmbiguousNumber, "5.1 / 5.10", -1},
        {14, RowNoteKind::OutsideColumns, {}, -1},
        {15, RowNoteKind::AnotherTable, {}, -1},
    };
    std::set<std::string> en, ja;
    for (const RowNote& n : notes)
    {
        SCOPED_TRACE(kindName(n.kind));
        const std::string e = isms::rowNoteText(n, Lang::En);
        const std::string j = isms::rowNoteText(n, Lang::Ja);
        EXPECT_FALSE(e.empty());
        EXPECT_FALSE(j.empty());
        EXPECT_FALSE(hasJapanese(e)) << e;
        EXPECT_TRUE(hasJapanese(j)) << j;
        EXPECT_TRUE(isValidUtf8(j)) << j;
        en.insert(e);
        ja.insert(j);
    }
    // Each kind reads differently.
    EXPECT_EQ(en.size(), std::size(notes));
    EXPECT_EQ(ja.size(), std::size(notes));
}

TEST(RowNoteText, DetailsAreQuoted)
{
    const RowNote unknown{7, RowNoteKind::UnknownControl, "A.19.1.1", -1};
    EXPECT_TRUE(contains(isms::rowNoteText(unknown, Lang::En), "A.19.1.1"));
    EXPECT_TRUE(contains(isms::rowNoteText(unknown, Lang::Ja), "A.19.1.1"));

    // otherRow is 0-based; people read sheet row numbers from 1.
    const RowNote dup{9, RowNoteKind::DuplicateId, "R-001", 2};
    const std::string e = isms::rowNoteText(dup, Lang::En);
    const std::string j = isms::rowNoteText(dup, Lang::Ja);
    EXPECT_TRUE(contains(e, "R-001")) << e;
    EXPECT_TRUE(contains(e, "3")) << e;
    EXPECT_FALSE(contains(e, "2")) << e;
    EXPECT_TRUE(contains(j, "R-001")) << j;
    EXPECT_TRUE(contains(j, "3")) << j;
}

} // namespace
