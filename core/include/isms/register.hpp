#pragma once
/// @file register.hpp
/// The user's risk register as isms-calc understands it: finding the header (English or
/// Japanese, one or two rows, anywhere in the first 30 rows), mapping columns to fields, and
/// reading every row — each row is either read as a risk or listed with the reason it was not.

#include "isms/catalog.hpp"
#include "isms/result.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// The fields a register column can hold.
enum class RegisterField : std::uint8_t
{
    RiskId,
    Asset,
    Threat,
    Vulnerability,
    Likelihood,
    Impact,
    AssetValue,
    Confidentiality,
    Integrity,
    Availability,
    ThreatLevel,
    VulnerabilityLevel,
    RiskValue,
    RiskLevel,
    Treatment,
    Controls,
    Owner,
    ResidualLikelihood,
    ResidualImpact,
    ResidualThreat,
    ResidualVulnerability,
    ResidualValue,
    ResidualLevel,
    Count
};
inline constexpr std::size_t kRegisterFieldCount = std::size_t(RegisterField::Count);

/// Stable key used in ISMS.RegisterMap ("riskId", "controls", …).
[[nodiscard]] std::string_view fieldKey(RegisterField f) noexcept;
/// The field's name for people, in English and Japanese (JIS terms).
[[nodiscard]] const Text& fieldLabel(RegisterField f);
[[nodiscard]] std::optional<RegisterField> fieldFromKey(std::string_view key) noexcept;

/// One cell of a sheet as read in bulk: a number, a text, or empty.
struct GridCell
{
    std::u16string text; ///< the text, or the number's display text
    double number = 0;
    bool isNumber = false;
    [[nodiscard]] bool empty() const noexcept { return !isNumber && text.empty(); }
};

/// The cell as people read it, in UTF-8: its text, or the number (up to 15 significant digits).
[[nodiscard]] std::string cellUtf8(const GridCell& c);

/// A rectangular block of cells (row-major), 0-based.
class Grid
{
public:
    Grid() = default;
    Grid(int rows, int cols)
        : m_rows(rows), m_cols(cols), m_cells(std::size_t(rows) * std::size_t(cols))
    {
    }
    [[nodiscard]] int rows() const noexcept { return m_rows; }
    [[nodiscard]] int cols() const noexcept { return m_cols; }
    [[nodiscard]] GridCell& at(int r, int c)
    {
        return m_cells[std::size_t(r) * std::size_t(m_cols) + std::size_t(c)];
    }
    [[nodiscard]] const GridCell& at(int r, int c) const
    {
        return m_cells[std::size_t(r) * std::size_t(m_cols) + std::size_t(c)];
    }

private:
    int m_rows = 0, m_cols = 0;
    std::vector<GridCell> m_cells;
};

/// Where the register is: header row(s), first data row and the column of each field.
struct RegisterMap
{
    int headerRow = 0;                           ///< 0-based; with two header rows, the upper one
    int headerRows = 1;                          ///< 1, 2 or 3 (group rows over the names)
    std::array<int, kRegisterFieldCount> column; ///< 0-based column, -1: not present
    double confidence = 0;                       ///< 0 … 1
    std::vector<std::u16string> unrecognised;    ///< header texts matched to no field

    RegisterMap() { column.fill(-1); }
    [[nodiscard]] int firstDataRow() const noexcept { return headerRow + headerRows; }
    [[nodiscard]] int col(RegisterField f) const noexcept { return column[std::size_t(f)]; }
    [[nodiscard]] bool has(RegisterField f) const noexcept { return col(f) >= 0; }
};

/// Finds the register's header in the first 30 rows. NotFound when no row names at least three
/// register fields.
[[nodiscard]] Result<RegisterMap> detectRegister(const Grid& grid);

/// A control cited in a register cell.
struct CitedControl
{
    const Control* control = nullptr;
    std::u16string written; ///< as written (id and any title)
};

/// One risk row.
struct RiskRow
{
    int row = 0; ///< 0-based sheet row
    std::array<const GridCell*, kRegisterFieldCount> cell{};
    std::vector<CitedControl> controls;
    [[nodiscard]] const GridCell* get(RegisterField f) const noexcept
    {
        return cell[std::size_t(f)];
    }
};

/// Why a row was not read as a risk, or what is wrong inside a risk row.
enum class RowNoteKind : std::uint8_t
{
    RepeatsHeader,    ///< skipped: the header again (a printed page heading)
    OnlyRiskId,       ///< skipped: only the risk id column is filled (a total or a note)
    NoRegisterData,   ///< skipped: nothing in the register's columns (a note)
    UnknownControl,   ///< issue: detail = the text that is not a control
    NumberNotControl, ///< issue: the controls cell holds a number that is no control id
    DuplicateId,      ///< issue: detail = the id; otherRow = where it was first used
    TotalRow,         ///< skipped: a total / 合計 row
    ClauseNotControl, ///< issue: detail = an ISO/IEC 27001 clause number ("6.1.2"), not read
    RestoredFromDate, ///< issue: detail = the 2013 id a spreadsheet had turned into a date
    AmbiguousNumber,  ///< issue: detail = "5.1 / 5.10": a number that may stand for either
    OutsideColumns,   ///< skipped: content only beside the register's columns (a note)
    AnotherTable      ///< skipped: headings of another table below the register; reading
                      ///< stops here (this row and those below it are not the register)
};

struct RowNote
{
    int row = 0; ///< 0-based sheet row
    RowNoteKind kind = RowNoteKind::NoRegisterData;
    std::string detail;
    int otherRow = -1;
};

/// The note as a sentence in English or Japanese (without the row number).
[[nodiscard]] std::string rowNoteText(const RowNote& note, Lang lang);

struct Register
{
    RegisterMap map;
    std::vector<RiskRow> risks;
    std::vector<RowNote> skipped; ///< non-empty rows that are not risks, with the reason
    std::vector<RowNote> issues;  ///< problems in risk rows (unknown control ids, duplicate ids)
    /// Rows below the last risk that hold only template padding (formulas showing "" or 0, a
    /// pre-numbered id column): not listed one by one.
    int paddingRows = 0;
    /// Rows (0-based) with content only outside the register's columns (a side table, a note
    /// beside the table): not the register. Up to three are also listed in skipped (a note);
    /// more are a side table, reported as a count.
    std::vector<int> outsideColumns;
};

/// Reads every row below the header. Cells are referenced, not copied: the grid must outlive
/// the Register.
[[nodiscard]] Register readRegister(const Grid& grid, const RegisterMap& map);

/// Finds every control id a controls cell names (see tables/id_cell.hpp: lists in any form,
/// titles after ids, ids without separators). Ids that are not controls go to unknown;
/// ISO/IEC 27001 clause numbers are neither.
void parseControlsCell(std::u16string_view text, const Catalog& cat,
                       std::vector<CitedControl>& found, std::vector<std::u16string>& unknown);

/// "A" for 0, "AA" for 26 …; and back (-1 when not a column name).
[[nodiscard]] std::string columnName(int col);
[[nodiscard]] int columnIndex(std::string_view name) noexcept;

/// The map as the JSON stored in ISMS.RegisterMap (1-based rows, column letters), and back.
[[nodiscard]] std::string registerMapToJson(const RegisterMap& map, std::string_view sheetName);
struct StoredRegisterMap
{
    std::string sheet;
    RegisterMap map;
};
/// InvalidArgument naming what is wrong: rows not integers in range as written (headerRow
/// 1–1000000, headerRows 1–3; 4294967299 does not wrap to 3), a key given twice in one
/// object, nesting deeper than 64 levels, an unknown field or a column that is not a letter.
[[nodiscard]] Result<StoredRegisterMap> registerMapFromJson(std::string_view json);

} // namespace isms
