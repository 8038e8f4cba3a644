#pragma once
// The Statement of Applicability sheet and the gap sheet in the workbook: found again by the
// named range ISMS_SOA (users may rename the sheet), read and written in bulk, formatted for
// print (A4 landscape, header repeated on each page).

#include "isms/soa.hpp"
#include "isms/soa_cover.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace isms::addin
{

inline constexpr const char* kSoaRange = "ISMS_SOA";
inline constexpr const char* kSoaGapsRange = "ISMS_SOA_GAPS";

/// What is already on the SoA sheet: its table rows and the cover values people typed.
struct ExistingSoa
{
    bool found = false;
    std::string sheet;
    std::vector<SoaRow> rows;
    std::vector<int> sheetRows; ///< the sheet row (0-based) of each of rows
    SoaCoverCells cover;        ///< label → value
};

[[nodiscard]] ExistingSoa readSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

struct SoaWriteResult
{
    std::string sheet;
    int rows = 0;
};

/// Writes (or rewrites in place) the SoA sheet: cover block and table, as values. version:
/// the revision history's latest version, shown on the cover and in the page header ("" keeps
/// what a person typed). Written again, every row stays on its sheet row (a row a person
/// inserted, a flagged row, and whatever people keep to the right of the table stay side by
/// side); a control without a row (new, or its row deleted) gets one below the table.
SoaWriteResult writeSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const ExistingSoa& existing, const SoaMerge& merged,
                        const WorkbookSettings& settings, const std::string& version, Lang lang);

/// Writes (or replaces) the gap sheet.
void writeGaps(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
               const std::vector<Gap>& gaps, Lang lang);

} // namespace isms::addin
