#pragma once
/// @file findings_rows.hpp
/// Where each finding goes when the Findings sheet is written again. People work through the
/// findings on that sheet: they write a response, an owner or a due date in columns of their own
/// beside a finding, or put a comment on it. A new review must not leave those beside another
/// finding. So a row people wrote something beside keeps its place: the finding found again
/// stays on it, and one the review no longer finds stays too, marked, with what was written. A
/// row people added to the table themselves (text in the table's columns, no rule) is left as it
/// is. Every other finding takes the free rows from the top, in the review's order (by severity).

#include <string>
#include <vector>

namespace isms
{

/// One row of the table as the sheet holds it before the review, below the heading.
struct FindingsSheetRow
{
    std::string rule;       ///< the rule column ("" on a row that holds no finding)
    std::string location;   ///< the location as shown ("SoA!B12"), language-neutral where it can be
    std::string message;    ///< the finding's text as shown
    bool typedIn = false;   ///< something in the table's own columns (a row people added)
    bool annotated = false; ///< people wrote beside it: a cell right of the table or a comment
};

/// The same three texts for a finding of the new review.
struct FindingsSheetKey
{
    std::string rule, location, message;
};

/// What a row of the written table holds.
enum class FindingsRowUse
{
    Empty,         ///< nothing (cleared)
    Finding,       ///< a finding of this review
    NotFoundAgain, ///< an earlier finding people wrote beside, which this review did not find
    PeoplesRow,    ///< a row people added to the table: left as it is
};

struct FindingsPlacement
{
    /// For each finding of the new review, its row in the table (1 = the first row below the
    /// heading).
    std::vector<int> rowOf;
    /// What each row of the table holds, from row 1 (use[0] is row 1); as long as the table
    /// written (at least as long as the earlier one, so that rows it leaves are cleared).
    std::vector<FindingsRowUse> use;
    int notFoundAgain = 0; ///< how many rows are NotFoundAgain (they never move)
    /// Rows the table needs below its heading: up to the last row that holds anything.
    int usedRows = 0;
};

/// Places the new findings (in the review's order) on a table whose earlier rows are given
/// (earlier[0] is row 1). A finding is the same as an earlier row when the rule, location and
/// message are the same; failing that, the rule and message (the cell it points at moved); failing
/// that, the rule and location (the message's wording or language changed). Each earlier row is
/// matched at most once, in sheet order.
[[nodiscard]] FindingsPlacement placeFindings(const std::vector<FindingsSheetRow>& earlier,
                                              const std::vector<FindingsSheetKey>& now);

} // namespace isms
