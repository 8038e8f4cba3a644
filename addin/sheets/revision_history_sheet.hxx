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

/// The version column below the headings, oldest first (empty when there is no sheet yet).
[[nodiscard]] std::vector<std::string>
historyVersions(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

/// Appends a row (creating the sheet with its headings the first time).
void appendRevision(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const SoaRevision& revision, Lang lang);

} // namespace isms::addin
