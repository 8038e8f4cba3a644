#pragma once
/// @file soa_cover.hpp
/// The cover block above the Statement of Applicability (適用宣言書) table: what people fill
/// (organisation, scope, version, date, approval), kept from the sheet by its label in either
/// language, and what is computed on every generation (cloud services, role, service models,
/// standards, counts of applicable / excluded / undecided controls and of flagged rows).

#include "isms/catalog.hpp"
#include "isms/register.hpp"
#include "isms/soa.hpp"
#include "isms/workbook_settings.hpp"

#include <string>
#include <utility>
#include <vector>

namespace isms
{

/// The cover as read from the sheet: each label (first column) with the cell beside it.
using SoaCoverCells = std::vector<std::pair<std::u16string, GridCell>>;

/// The number of cover rows soaCover returns (between the title row and the table).
inline constexpr int kSoaCoverRowCount = 13;

/// One cover row: its label, and its value — a text, a number, or the cell a person typed
/// (kept as it was: text or number; empty when the person has not filled it yet).
struct SoaCoverRow
{
    /// Stable name of the item: "organisation", "scope", "cloudServices", "role", "models",
    /// "standards", "version", "date", "approvedBy", "applicable", "excluded", "undecided",
    /// "flagged" (the page header of the printed SoA names the organisation and version).
    std::string_view key;
    std::string label; ///< in the language asked for
    GridCell value;
};

/// The cover rows in sheet order. Counts follow the review's reading of the Applicability
/// column (classifyApplicability), over rows that name a control; the flagged count is the
/// merge's. A person's value is found under its label in English or Japanese, so a sheet made
/// in one language keeps its entries when regenerated in the other.
[[nodiscard]] std::vector<SoaCoverRow> soaCover(const SoaMerge& merged,
                                                const WorkbookSettings& settings,
                                                const SoaCoverCells& existing, Lang lang);

} // namespace isms
