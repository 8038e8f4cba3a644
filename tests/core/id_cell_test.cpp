// Reading the control ids of a cell as people and Excel leave them (tables/id_cell.hpp).

#include "isms/tables/id_cell.hpp"
#include "catalog_support.hpp"
#include "register_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace
{

using namespace isms::test;
using isms::GridCell;
using isms::IdCellContext;
using isms::IdCellReading;
using isms::IdSource;
using Strings = std::vector<std::string>;

Strings controls(const IdCellReading& r)
{
    Strings out;
    for (const auto& m : r.controls)
        out.push_back(m.control->canonical);
    return out;
}

IdCellReading text(std::u16string_view t, IdCellContext ctx = {})
{
    return isms::readIdText(t, cat(), ctx);
}

GridCell number(double v)
{
    GridCell c;
    c.isNumber = true;
    c.number = v;
    return c;
}

TEST(IdCell, ListsInTheFormsPeopleWrite)
{
    EXPECT_EQ(controls(text(u"Control 5.15")), (Strings{"5.15"}));
    EXPECT_EQ(controls(text(u"A.5.17 Looking after passwords, A.8.5 Strong sign-in")),
              (Strings{"5.17", "8.5"}));
    EXPECT_EQ(controls(text(u"Control 7.1, 7.2, 7.3 and 7.4")),
              (Strings{"7.1", "7.2", "7.3", "7.4"}));
    EXPECT_EQ(controls(text(u"Control 8.8 and Control 8.20")), (Strings{"8.8", "8.20"}));
    EXPECT_EQ(controls(text(u"\u201CA.9.2.3\u201D")), (Strings{"A.9.2.3"}));
    EXPECT_EQ(controls(text(u"A.12.1.1 A.18.1.1")), (Strings{"A.12.1.1", "A.18.1.1"}));
    EXPECT_EQ(controls(text(u"5.15 ")), (Strings{"5.15"}));
    EXPECT_EQ(controls(text(u"5.15、8.5")), (Strings{"5.15", "8.5"}));
    EXPECT_EQ(controls(text(u"Ａ．９．２．３")), (Strings{"A.9.2.3"}));
    EXPECT_EQ(controls(text(u"Annex A 5.15")), (Strings{"5.15"}));
    EXPECT_EQ(controls(text(u"CLD 6.3.1 / CLD.9.5.1")), (Strings{"CLD.6.3.1", "CLD.9.5.1"}));
}

TEST(IdCell, NothingIsDroppedSilently)
{
    const IdCellReading r = text(u"A.9.2.3, A.19.1.1, 5.99 and 8.2");
    EXPECT_EQ(controls(r), (Strings{"A.9.2.3", "8.2"}));
    EXPECT_EQ(r.unknown.size(), 2u);
    EXPECT_EQ(utf8(r.unknown[0]), "A.19.1.1");
    EXPECT_EQ(utf8(r.unknown[1]), "5.99");
}

TEST(IdCell, WordsAroundIdsAreNotIds)
{
    EXPECT_TRUE(text(u"Firewall v3.2 and ISO/IEC 27001:2013").controls.empty());
    EXPECT_TRUE(text(u"ISO/IEC 27001:2013").empty());
    EXPECT_TRUE(text(u"Reviewed 2025-04-01").empty());
    EXPECT_TRUE(text(u"5.15a").empty());
    EXPECT_TRUE(text(u"6.1.2.4").empty());
}

TEST(IdCell, ClausesAreNotControls)
{
    // beside "A." 2013 ids, a bare clause number is a clause of 27001
    const IdCellReading r = text(u"A.12.1.1, 6.1.2, 7.5.1 and 9.2");
    EXPECT_EQ(controls(r), (Strings{"A.12.1.1"}));
    EXPECT_EQ(r.clauses, (Strings{"6.1.2", "7.5.1", "9.2"}));
    EXPECT_TRUE(r.unknown.empty());
    // alone, 9.2 and 7.5.1 are no control either: clauses
    EXPECT_EQ(text(u"9.2").clauses, (Strings{"9.2"}));
    EXPECT_EQ(text(u"7.5.1").clauses, (Strings{"7.5.1"}));
    // 6.1.2 alone is 2013's A.6.1.2 written without the prefix
    EXPECT_EQ(controls(text(u"6.1.2")), (Strings{"A.6.1.2"}));
    // …but not in a column that writes its 2013 ids with "A."
    IdCellContext prefixed;
    prefixed.prefixedColumn = true;
    EXPECT_EQ(text(u"6.1.2", prefixed).clauses, (Strings{"6.1.2"}));
    // a two-level 2022 control stays a control: registers mix editions while migrating
    EXPECT_EQ(controls(text(u"A.9.2.3, 8.2")), (Strings{"A.9.2.3", "8.2"}));
}

TEST(IdCell, TitleAfterAnIdEndsAtTheNextIdOrSeparator)
{
    const std::u16string t = u"A.9.2.3 User access provisioning; A.12.4.1 see note 5";
    const IdCellReading r = text(t);
    ASSERT_EQ(r.controls.size(), 2u);
    EXPECT_EQ(utf8(t.substr(r.controls[0].end, r.controls[0].textEnd - r.controls[0].end)),
              " User access provisioning");
    EXPECT_EQ(utf8(t.substr(r.controls[1].end, r.controls[1].textEnd - r.controls[1].end)),
              " see note 5");
    EXPECT_EQ(utf8(r.controls[0].written), "A.9.2.3");
}

TEST(IdCell, NumbersAndTheirAmbiguity)
{
    const IdCellReading r = isms::readIdCell(number(5.15), cat());
    EXPECT_EQ(controls(r), (Strings{"5.15"}));
    EXPECT_EQ(r.controls[0].source, IdSource::Number);
    EXPECT_TRUE(r.ambiguousWith.empty());
    // 5.20 typed arrives as 5.2
    const IdCellReading two = isms::readIdCell(number(5.2), cat());
    EXPECT_EQ(controls(two), (Strings{"5.2"}));
    EXPECT_EQ(two.ambiguousWith, "5.20");
    EXPECT_TRUE(isms::readIdCell(number(7), cat()).empty());
    EXPECT_EQ(isms::readIdCell(number(9.99), cat()).unknown.size(), 1u);
}

TEST(IdCell, DatesAreRestoredInAControlColumnOnly)
{
    // 10.1.1 → 2010-01-01 (serial 40179); 17.1.1 → 2017-01-01 (42736); 12.1.2 → 2012-01-02
    for (auto [serial, id] : {std::pair{40179.0, "A.10.1.1"}, std::pair{42736.0, "A.17.1.1"},
                              std::pair{40910.0, "A.12.1.2"}})
    {
        const IdCellReading r = isms::readIdCell(number(serial), cat());
        EXPECT_EQ(controls(r), (Strings{id})) << serial;
        EXPECT_TRUE(r.fromDate);
        EXPECT_EQ(r.controls[0].source, IdSource::Date);
    }
    IdCellContext notControls;
    notControls.controlColumn = false;
    EXPECT_TRUE(isms::readIdCell(number(40179), cat(), notControls).empty());
    // a date that is no control (2025-04-01) is nothing
    EXPECT_TRUE(isms::readIdCell(number(45748), cat()).empty());
    EXPECT_EQ(isms::controlFromDateSerial(40179.5, cat()), nullptr);
    EXPECT_EQ(isms::dateSerialText(40179), "2010-01-01");
    EXPECT_EQ(isms::dateSerialText(45748), "2025-04-01");
}

TEST(IdCell, NumbersInAListAreReadByTheirNeighbours)
{
    // 5.9, 5.10 (typed, arrives 5.1), 5.11 … 5.19, 5.20 (arrives 5.2), 5.21
    std::vector<GridCell> cells = {number(5.1),  number(5.2),  number(5.9), number(5.1),
                                   number(5.11), number(5.19), number(5.2), number(5.21)};
    GridCell section;
    section.text = u"6 People controls";
    cells.push_back(section);
    cells.push_back(number(6.1));
    std::vector<const GridCell*> ptrs;
    for (const GridCell& c : cells)
        ptrs.push_back(&c);
    std::vector<std::size_t> unresolved;
    const Strings ids = isms::disambiguateNumberIds(ptrs, cat(), &unresolved);
    EXPECT_EQ(ids,
              (Strings{"5.1", "5.2", "5.9", "5.10", "5.11", "5.19", "5.20", "5.21", "", "6.1"}));
    EXPECT_TRUE(unresolved.empty());
    // alone, 5.1 cannot be told from 5.10: literal, and said so
    const GridCell lone = number(5.1);
    unresolved.clear();
    EXPECT_EQ(isms::disambiguateNumberIds({&lone}, cat(), &unresolved), (Strings{"5.1"}));
    EXPECT_EQ(unresolved, (std::vector<std::size_t>{0}));
}

TEST(IdCell, ManagementClauses)
{
    for (const char* c : {"4.1", "6.1.2", "7.5.1", "9.2", "9.3.3", "10.2"})
        EXPECT_TRUE(isms::isManagementClause(c)) << c;
    for (const char* c : {"5.15", "8.8", "11.1", "6.1.4", "A.6.1.2"})
        EXPECT_FALSE(isms::isManagementClause(c)) << c;
}

} // namespace
