#pragma once
/// @file soa_table.hpp
/// Recognising a Statement of Applicability (適用宣言書) on a sheet, whoever made it: the sheet
/// isms-calc generates, or an organisation's own layout with headings such as "Control ID",
/// "Applicable?", "Justification", 管理策番号, 適用可否, 除外理由, 実施状況, 証跡. Also the cover
/// block above the table (label / value pairs such as "Controls applicable" / 適用する管理策),
/// and reading the values people type into the applicability and status columns.

#include "isms/register.hpp"
#include "isms/result.hpp"
#include "isms/soa.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace isms
{

/// A Statement of Applicability found on a sheet.
struct SoaTable
{
    std::string sheet;  ///< the sheet's name
    int headerRow = 0;  ///< 0-based sheet row of the column headings
    int headerRows = 1; ///< 1, or 2: group headings merged over the headings below them
    std::array<int, kSoaColumnCount> column; ///< 0-based sheet column per SoaColumn, -1: absent
    /// The table's rows below the header (0-based sheet row, cells by SoaColumn). Rows that are
    /// empty in every recognised column, and repeated headings, are left out.
    std::vector<std::pair<int, SoaRow>> rows;
    /// The canonical control id of each row (parallel to rows): ids typed as numbers are read
    /// by their neighbours (5.1 after 5.9 is 5.10), ids a spreadsheet turned into dates are
    /// restored; "" for rows that name no single control (section and objective rows, notes).
    std::vector<std::string> ids;
    /// Sheet rows (0-based) that head a section: a 2022 theme ("5 Organizational controls",
    /// 「5 組織的管理策」) or a 2013 clause or objective ("A.5.1 …", or the number 5.1).
    std::vector<int> sectionRows;
    /// The numbering the control column uses: "2022", "2013", "2005" (133 controls, up to
    /// A.15.3.2: ids that 2013 does not have), or "" when it names no control.
    std::string edition;
    /// Sheet rows (0-based) of another standard's controls kept in the table: ISO/IEC 27018's
    /// A.1.1 … A.11.x below a section row that names 27018. Their ids are "" (27018's A.5.1 is
    /// not 27001's): no rule reads them as Annex A controls.
    std::vector<int> otherStandardRows;
    std::vector<int> restoredFromDate; ///< sheet rows whose id had been turned into a date
    std::vector<int> ambiguousNumber;  ///< sheet rows whose number could be either of two ids
    /// Label / value pairs above the header (label trimmed, without a trailing colon), in sheet
    /// order. For isms-calc's own sheet these are the 13 cover rows (組織名, 適用する管理策 …).
    std::vector<std::pair<std::u16string, GridCell>> cover;
    /// 0-based sheet row of each cover entry (parallel to cover).
    std::vector<int> coverRow;
    /// 0-based sheet column of each cover entry's value (parallel to cover).
    std::vector<int> coverCol;

    SoaTable() { column.fill(-1); }
    [[nodiscard]] int col(SoaColumn c) const noexcept { return column[std::size_t(c)]; }
    [[nodiscard]] bool has(SoaColumn c) const noexcept { return col(c) >= 0; }
    /// The column that holds the decision: Applicability, else DerivedApplicability.
    [[nodiscard]] SoaColumn decisionColumn() const noexcept
    {
        return has(SoaColumn::Applicability) ? SoaColumn::Applicability
                                             : SoaColumn::DerivedApplicability;
    }
};

/// Finds the SoA's header in the first 30 rows of the grid (row 0 = sheet row 1). A header row
/// must name at least the control column and an applicability column, by isms-calc's own
/// headings (soaColumnFromLabel) or by the synonyms people use in their own SoAs, in English
/// or Japanese. When several headings could be the control column ("No." and "Control"), the
/// one whose cells hold control ids wins; the other becomes the title column. NotFound when no
/// row qualifies.
[[nodiscard]] Result<SoaTable> detectSoaTable(const Grid& grid, std::string sheet);

/// The key of an SoA column in ISMS.SoaMap ("control", "applicability", "evidence" …), and
/// back (nullopt for an unknown key).
[[nodiscard]] std::string_view soaColumnKey(SoaColumn c) noexcept;
[[nodiscard]] std::optional<SoaColumn> soaColumnFromKey(std::string_view key) noexcept;

/// Where a person says the SoA is (ISMS.SoaMap): sheet, header row(s), the column of each
/// field. A stored map is used as it is, never replaced by detection.
struct SoaMap
{
    std::string sheet;
    int headerRow = 0;  ///< 0-based
    int headerRows = 1; ///< 1 or 2
    std::array<int, kSoaColumnCount> column;
    SoaMap() { column.fill(-1); }
};

/// The map of a table (detected or read), as the JSON stored in ISMS.SoaMap (1-based rows,
/// column letters): {"sheet":…,"headerRow":…,"headerRows":…,"columns":{"control":"A",…}}.
[[nodiscard]] std::string soaMapToJson(const SoaMap& map);
/// Reads ISMS.SoaMap; InvalidArgument naming what is wrong (it must name the control column
/// and an applicability column; rows are integers 1–1000000 as written; no key given twice,
/// no nesting deeper than 64 levels).
[[nodiscard]] Result<SoaMap> soaMapFromJson(std::string_view json);
/// The SoA read with a person's map: rows, ids, sections and cover as detectSoaTable gives.
[[nodiscard]] SoaTable readSoaTable(const Grid& grid, const SoaMap& map);

/// What an applicability cell decides.
enum class Applicability : std::uint8_t
{
    Undecided,  ///< empty, or a value isms-calc does not know
    Applicable, ///< Applicable, Yes, Included, Inherited from …, 適用, ○, 採用 …
    Excluded ///< Not applicable, No, Excluded, N/A, 適用除外, 非適用, 除外, ×, 不採用 …
};

/// Reads an applicability cell (English or Japanese, case and width insensitive).
[[nodiscard]] Applicability classifyApplicability(const GridCell& cell);

/// True when an implementation status says the control is in place: Implemented, In place,
/// Done, Operational, 実施済み, 導入済み, 運用中, 対応済み, 完了 … (also with text after it,
/// "Implemented (2025-04)"); false for Not implemented, Planned, 未実施, 計画中 and the like.
[[nodiscard]] bool statusSaysImplemented(const GridCell& cell);

/// True when a cell holds nothing a reader could rely on: empty, blanks, or a placeholder
/// such as "-", "N/A", "TBD", "なし", "未定", "未記入".
[[nodiscard]] bool isPlaceholder(const GridCell& cell);

/// The control id a cell of the control column holds (a number such as 5.15 typed into the
/// cell counts), in canonical form; empty when the cell holds none.
[[nodiscard]] std::string soaRowControlId(const GridCell& cell);

} // namespace isms
