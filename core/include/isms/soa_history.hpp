#pragma once
/// @file soa_history.hpp
/// The revision history of the Statement of Applicability (改訂履歴): Generate SoA appends a
/// row whenever the decisions change (the first issue included), and the cover's version
/// (版数) follows the last row. Rows people wrote there are never rewritten.

#include "isms/catalog.hpp"
#include "isms/soa.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// One row of the history sheet.
struct SoaRevision
{
    std::string version;
    std::string date;       ///< YYYY-MM-DD
    std::string changes;    ///< what changed, in counts and control ids
    std::string approvedBy; ///< left for a person to fill
};

/// The history sheet's title and column headings (version, date, changes, approved by).
[[nodiscard]] const Text& soaHistorySheetTitle();
[[nodiscard]] const std::array<Text, 4>& soaHistoryColumnLabels();

/// The revision to append when the SoA goes from `before` (the rows on the sheet; empty for a
/// first issue) to `after`, or nullopt when no control's decision changed and no control came
/// or went. Decisions compare as the review reads them (classifyApplicability), so "Yes" →
/// "Applicable" is no change. versionsSoFar: the history's version column, oldest first (a
/// person's "1.1" counts: the next version is the integer after the highest number found).
[[nodiscard]] std::optional<SoaRevision> soaRevision(const std::vector<SoaRow>& before,
                                                     const std::vector<SoaRow>& after,
                                                     const std::vector<std::string>& versionsSoFar,
                                                     const std::string& date, Lang lang);

/// The decisions of an SoA as recorded with the last revision (document property
/// ISMS.SoaDecisions): "5.1=A;5.7=E;8.2=U" (Applicable, Excluded, Undecided), so the next
/// Generate SoA sees what a person changed on the sheet since.
[[nodiscard]] std::string soaDecisionSnapshot(const std::vector<SoaRow>& rows);
/// Rows carrying those decisions (control and applicability only), for soaRevision's before.
/// Parts that are not "id=A|E|U" are skipped.
[[nodiscard]] std::vector<SoaRow> soaRowsFromSnapshot(std::string_view snapshot);

} // namespace isms
