#pragma once
// The SoA's revision history sheet (改訂履歴 / Revision history): found again by the named
// range ISMS_SOA_HISTORY. Generate SoA appends a row below everything on the sheet, so rows
// and notes people wrote there are never rewritten.

#include "isms/soa_history.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace isms::addin
{

inline constexpr const char* kSoaHistoryRange = "ISMS_SOA_HISTORY";

/// The history as it stands, read once.
struct RevisionHistory
{
    std::vector<std::string> versions; ///< the version column, oldest first (empty: no sheet)
    int nextRow = 1; ///< 0-based row below everything on the sheet, people's rows included
};
[[nodiscard]] RevisionHistory
readHistory(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

/// Appends a row at history.nextRow (creating the sheet with its headings the first time).
void appendRevision(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const RevisionHistory& history, const SoaRevision& revision, Lang lang);

} // namespace isms::addin
