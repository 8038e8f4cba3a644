#pragma once
/// @file soa_compare.hpp
/// What changed between two Statements of Applicability (適用宣言書): the auditor's first
/// question at a surveillance audit. Two SoAs as read by detectSoaTable / readSoaTable are
/// matched control by control (through the ISO/IEC 27001:2013 → 2022 mapping when the earlier
/// one uses the 2013 numbering and the later one 2022), and the fields people fill are compared:
/// the decision, the reasons, the exclusion justification, the status, the owner, the evidence.
/// No standard text is written: titles are not part of the comparison.

#include "isms/catalog.hpp"
#include "isms/soa.hpp"
#include "isms/soa_table.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace isms
{

/// One field of one control that differs, as people read the cells (cellUtf8, trimmed, runs of
/// white space as one space). For controls merged into one 2022 control, the distinct values of
/// the earlier rows joined with "; " in id order.
struct SoaFieldChange
{
    SoaColumn field = SoaColumn::Applicability;
    std::string before;
    std::string after;
};

enum class SoaChangeKind : std::uint8_t
{
    Changed, ///< in both SoAs, at least one field differs
    Added,   ///< in the later SoA only
    Removed  ///< in the earlier SoA only (after mapping)
};

/// One control that changed, was added or was removed.
struct SoaRowChange
{
    SoaChangeKind kind = SoaChangeKind::Changed;
    std::string control; ///< canonical id in the later SoA's numbering
    /// The earlier SoA's ids compared with it, in id order: several when 2013 controls merged
    /// into one 2022 control; empty for an added control.
    std::vector<std::string> oldControls;
    int oldRow = -1; ///< 0-based sheet row in the earlier SoA (the first of oldControls), or -1
    int newRow = -1; ///< 0-based sheet row in the later SoA, or -1
    /// The sheet of oldRow / newRow when it is not the SoA's own: the sheet where that SoA
    /// keeps its ISO/IEC 27017 controls (soa_parts.hpp). Empty: the SoA's sheet.
    std::string oldSheet, newSheet;
    /// Changed: the fields that differ. Added / Removed: the fields the row fills (the other
    /// side empty), so a reader sees what appeared or went.
    std::vector<SoaFieldChange> fields;
};

struct SoaComparison
{
    std::string oldEdition;      ///< SoaTable::edition of the earlier SoA
    std::string newEdition;      ///< SoaTable::edition of the later SoA
    bool throughMapping = false; ///< compared through the 2013 → 2022 mapping
    int compared = 0;            ///< controls in both SoAs
    int changed = 0;             ///< compared controls with at least one field changed
    int added = 0;               ///< controls in the later SoA only
    int removed = 0;             ///< controls in the earlier SoA only
    int unchanged = 0;           ///< compared controls with no change
    /// Changed and added controls in the later SoA's row order, then removed controls in the
    /// earlier SoA's row order.
    std::vector<SoaRowChange> rows;
    /// What a reader needs to trust the result: the mapping was used, fields that could not be
    /// compared, rows without a control id, ids that appear twice. Parallel lists.
    std::vector<std::string> notesEn;
    std::vector<std::string> notesJa;
};

/// Compares two SoAs. Fields compared: Applicability (the decision as classifyApplicability
/// reads it — "Yes" and "Applicable", "○" and 適用 are the same decision; when neither side
/// decides, the texts), OtherReasons, ExclusionJustification, Status, Owner, Evidence (texts
/// trimmed, white space collapsed, placeholders such as "-", "N/A", 未記入 equal to empty).
/// Only columns both tables have are compared. Rows are matched by control id; rows without
/// one are left out, and of an id that appears twice the first row counts (both said in the
/// notes). CLD ids match themselves in every numbering.
[[nodiscard]] SoaComparison compareSoa(const Catalog& cat, const SoaTable& before,
                                       const SoaTable& after);

/// The comparison as JSON: {oldEdition, newEdition, throughMapping, counts:{compared, changed,
/// added, removed, unchanged}, rows:[{kind ("changed"/"added"/"removed"), control,
/// oldControls:[…], oldRow, newRow (1-based or null), oldSheet, newSheet (null for the SoA's
/// own sheet), fields:[{field (the ISMS.SoaMap key),
/// label:{en,ja}, before, after}]}], notes:{en:[…], ja:[…]}}.
[[nodiscard]] std::string soaComparisonToJson(const SoaComparison& cmp);

/// The comparison as CSV (header line, then one line per field change; an added or removed
/// control that fills no field gets one line of its own; CRLF line ends): change, control,
/// earlier controls, earlier row, later row (1-based; "sheet!row" on another sheet than the
/// SoA's), field, before, after, headings in the
/// given language. Every field goes through csvField.
[[nodiscard]] std::string soaComparisonToCsv(const SoaComparison& cmp, Lang lang);

/// "Changed" / 変更, "Added" / 追加, "Removed" / 削除.
[[nodiscard]] const Text& soaChangeKindLabel(SoaChangeKind kind);

} // namespace isms
