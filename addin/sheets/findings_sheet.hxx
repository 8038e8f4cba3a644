#pragma once
// The Findings sheet (str::kFindingsSheet) the Review command writes: one row per finding with its
// rule, severity, a clickable link to the cell it is about, the message and the suggested fix.
// Found again by the named range ISMS_FINDINGS (people may rename the sheet). A new review writes
// its findings again and keeps the layout people gave the sheet; a row people wrote beside (a
// response in a column of their own, a comment) keeps its place and its finding — or stays,
// marked "not found again", when the review no longer finds it (isms/findings_rows.hpp).

#include "isms/review.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace isms::addin
{

inline constexpr const char* kFindingsRange = "ISMS_FINDINGS";

struct FindingsWritten
{
    std::string sheet;     ///< the sheet's name
    int notFoundAgain = 0; ///< earlier findings kept for what people wrote beside them
};

/// Writes the findings (in the review's order).
FindingsWritten writeFindings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                              const std::vector<Finding>& findings, Lang lang);

} // namespace isms::addin
