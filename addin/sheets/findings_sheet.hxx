#pragma once
// The Findings sheet (str::kFindingsSheet) the Review command writes: one row per finding with its
// rule, severity, a clickable link to the cell it is about, the message and the suggested fix.
// Found again by the named range ISMS_FINDINGS (people may rename the sheet); a new review replaces
// its rows and keeps the layout people gave it.

#include "isms/review.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace isms::addin
{

inline constexpr const char* kFindingsRange = "ISMS_FINDINGS";

/// Writes the findings; returns the sheet's name.
std::string writeFindings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                          const std::vector<Finding>& findings, Lang lang);

} // namespace isms::addin
