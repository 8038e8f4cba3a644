// Where findings go when the Findings sheet is written again: what people wrote beside a finding
// stays beside it.

#include "isms/findings_rows.hpp"

#include <gtest/gtest.h>

using namespace isms;

namespace
{

using Use = FindingsRowUse;

FindingsSheetRow row(std::string rule, std::string location, std::string message,
                     bool annotated = false)
{
    FindingsSheetRow r;
    r.rule = std::move(rule);
    r.location = std::move(location);
    r.message = std::move(message);
    r.typedIn = !r.rule.empty();
    r.annotated = annotated;
    return r;
}

FindingsSheetKey key(std::string rule, std::string location, std::string message)
{
    return {std::move(rule), std::move(location), std::move(message)};
}

} // namespace

TEST(FindingsRows, AFirstReviewFillsTheRowsInTheReviewsOrder)
{
    const auto placed = placeFindings({}, {key("A", "S!A1", "a"), key("B", "S!A2", "b")});
    EXPECT_EQ(placed.rowOf, (std::vector<int>{1, 2}));
    EXPECT_EQ(placed.use, (std::vector<Use>{Use::Finding, Use::Finding}));
    EXPECT_EQ(placed.usedRows, 2);
    EXPECT_EQ(placed.notFoundAgain, 0);
}

TEST(FindingsRows, RowsNobodyWroteBesideAreFreeAndTheRestIsCleared)
{
    // Three earlier findings, none annotated; the new review finds two, in another order.
    const auto placed =
        placeFindings({row("A", "S!A1", "a"), row("B", "S!A2", "b"), row("C", "S!A3", "c")},
                      {key("C", "S!A3", "c"), key("A", "S!A1", "a")});
    EXPECT_EQ(placed.rowOf, (std::vector<int>{1, 2})) << "sorted as the review gives them";
    EXPECT_EQ(placed.use, (std::vector<Use>{Use::Finding, Use::Finding, Use::Empty}));
    EXPECT_EQ(placed.usedRows, 2);
}

TEST(FindingsRows, AFindingPeopleAnsweredKeepsItsRowAndTheOthersSortAroundIt)
{
    // Row 2 has a response beside it. The new review finds a new major finding first.
    const auto placed =
        placeFindings({row("A", "S!A1", "a"), row("B", "S!A2", "b", true), row("C", "S!A3", "c")},
                      {key("NEW", "S!A9", "n"), key("A", "S!A1", "a"), key("B", "S!A2", "b"),
                       key("C", "S!A3", "c")});
    EXPECT_EQ(placed.rowOf, (std::vector<int>{1, 3, 2, 4}));
    EXPECT_EQ(placed.use, (std::vector<Use>(4, Use::Finding)));
    EXPECT_EQ(placed.usedRows, 4);
}

TEST(FindingsRows, AnAnsweredFindingNoLongerFoundStaysMarkedWithItsAnswer)
{
    const auto placed = placeFindings(
        {row("A", "S!A1", "a", true), row("B", "S!A2", "b", true), row("C", "S!A3", "c")},
        {key("B", "S!A2", "b")});
    EXPECT_EQ(placed.rowOf, (std::vector<int>{2}));
    EXPECT_EQ(placed.use, (std::vector<Use>{Use::NotFoundAgain, Use::Finding, Use::Empty}));
    EXPECT_EQ(placed.notFoundAgain, 1);
    EXPECT_EQ(placed.usedRows, 2);
    // Reviewed again with nothing found: the two answered rows stay, both marked.
    const auto none = placeFindings(
        {row("A", "S!A1", "a", true), row("B", "S!A2", "b", true), row("C", "S!A3", "c")}, {});
    EXPECT_EQ(none.notFoundAgain, 2);
    EXPECT_EQ(none.usedRows, 2);
}

TEST(FindingsRows, ARowPeopleAddedToTheTableIsLeftAndFindingsGoAroundIt)
{
    FindingsSheetRow added; // "Reviewed with the auditor on 3 March" typed into the Finding column
    added.typedIn = true;
    FindingsSheetRow blank; // a formula column beside an empty row: nothing to keep it for
    blank.annotated = true;
    const auto placed =
        placeFindings({row("A", "S!A1", "a"), added, blank},
                      {key("A", "S!A1", "a"), key("B", "S!A2", "b"), key("C", "S!A3", "c")});
    EXPECT_EQ(placed.rowOf, (std::vector<int>{1, 3, 4}));
    EXPECT_EQ(placed.use,
              (std::vector<Use>{Use::Finding, Use::PeoplesRow, Use::Finding, Use::Finding}));
    EXPECT_EQ(placed.usedRows, 4);
}

TEST(FindingsRows, TheSameFindingIsFoundWhenItsCellMovedOrItsWordingChanged)
{
    // Row 1: the register got a row inserted, so the cell moved (same rule and message).
    // Row 2: reviewed in Japanese this time (same rule and cell).
    const auto placed =
        placeFindings({row("REG", "Risks!F7", "R-3 has no treatment", true),
                       row("SOA", "SoA!D12", "5.15 excluded without a justification", true)},
                      {key("SOA", "SoA!D12", "5.15 が正当化の理由なく除外されています"),
                       key("REG", "Risks!F8", "R-3 has no treatment")});
    EXPECT_EQ(placed.rowOf, (std::vector<int>{2, 1}));
    EXPECT_EQ(placed.notFoundAgain, 0);
}

TEST(FindingsRows, TheClosestEarlierRowWinsAndEachIsTakenOnce)
{
    // Two answered rows of one rule at one place (a sheet-level finding per control): the
    // message tells them apart, whatever the order.
    const auto placed = placeFindings({row("MISSING", "SoA", "5.23 has no row", true),
                                       row("MISSING", "SoA", "8.9 has no row", true)},
                                      {key("MISSING", "SoA", "8.9 has no row"),
                                       key("MISSING", "SoA", "5.23 has no row"),
                                       key("MISSING", "SoA", "8.10 has no row")});
    EXPECT_EQ(placed.rowOf, (std::vector<int>{2, 1, 3}));
    // Two identical answered rows, one finding: the first is it, the second is not found again.
    const auto twice = placeFindings({row("D", "S!A1", "d", true), row("D", "S!A1", "d", true)},
                                     {key("D", "S!A1", "d")});
    EXPECT_EQ(twice.rowOf, (std::vector<int>{1}));
    EXPECT_EQ(twice.use, (std::vector<Use>{Use::Finding, Use::NotFoundAgain}));
}
