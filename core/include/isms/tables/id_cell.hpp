#pragma once
/// @file id_cell.hpp
/// Reading the control ids a spreadsheet cell holds, as people and Excel leave them:
/// - lists in any form: "A.5.17 Looking after passwords, A.8.5 Strong sign-in",
///   "Control 7.1, 7.2, 7.3 and 7.4", "Control 8.8 and Control 8.20", "A.12.1.1 A.18.1.1"
///   (no separator), quoted entries, 「5.15、8.5」, trailing spaces, full-width digits;
/// - ids typed as numbers (5.15 → 5.15; 5.20 arrives as 5.2: see disambiguateNumberIds);
/// - ids Excel turned into dates (10.1.1 → 2010-01-01, arriving as the date's serial number):
///   restored in a control column only, and said so;
/// - ISO/IEC 27001 clause numbers (4.1 … 10.2: "6.1.2", "7.5.1", "9.2") are not controls:
///   a bare (un-prefixed) number that is a clause is one when it is no control (9.2, 7.5.1),
///   or when it has three levels and the cell or its column writes 2013 Annex A ids with
///   "A." ("A.12.1.1, 6.1.2"); a two-level 2022 control (8.2) stays a control;
/// - every id-shaped part a cell names is either a control, a clause, or listed as unknown:
///   nothing is dropped silently.

#include "isms/catalog.hpp"
#include "isms/register.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// How an id reached the cell.
enum class IdSource : std::uint8_t
{
    Text,   ///< written as text
    Number, ///< typed as a number (5.15)
    Date    ///< turned into a date by a spreadsheet (10.1.1 → 2010-01-01) and restored
};

/// One id-shaped part of a cell.
struct IdMention
{
    ControlId id;
    const Control* control = nullptr; ///< the catalog's control, nullptr when there is none
    IdSource source = IdSource::Text;
    bool prefixed = false;   ///< written with "A." / "CLD" (text only)
    std::size_t begin = 0;   ///< UTF-16 offset of the id in the cell text (text only)
    std::size_t end = 0;     ///< one past the id
    std::size_t textEnd = 0; ///< one past the text that follows the id up to the next id or
                             ///< list separator (its title, if any), trailing blanks left out
    std::u16string written;  ///< the id as written ("A.9.2.3", "Ａ．９．２．３", "5.2")
};

/// What a cell names.
struct IdCellReading
{
    std::vector<IdMention>
        controls; ///< catalog controls, in cell order, each once (see keepRepeats)
    std::vector<std::u16string> unknown; ///< id-shaped parts that are no control (as written)
    std::vector<std::string> clauses;    ///< ISO/IEC 27001 clause numbers ("6.1.2")
    bool fromDate = false;               ///< the cell held a date that was a 2013 id
    /// The cell held a number with one decimal that may stand for two controls (5.1 / 5.10):
    /// the literal one was taken; ambiguousWith is the other ("5.10").
    std::string ambiguousWith;
    [[nodiscard]] bool empty() const noexcept
    {
        return controls.empty() && unknown.empty() && clauses.empty();
    }
};

/// Where the cell stands.
struct IdCellContext
{
    /// The cell is in a column of control ids: dates are restored as 2013 ids.
    bool controlColumn = true;
    /// The column writes its 2013 Annex A ids with "A.": a bare clause number in this cell is
    /// a clause.
    bool prefixedColumn = false;
    /// Keep every mention of a control, in order, instead of each control once (for rewriting
    /// the cell's text).
    bool keepRepeats = false;
};

/// Reads a text cell.
[[nodiscard]] IdCellReading readIdText(std::u16string_view text, const Catalog& cat,
                                       const IdCellContext& ctx = {});
/// Reads a cell as read in bulk (text or number).
[[nodiscard]] IdCellReading readIdCell(const GridCell& cell, const Catalog& cat,
                                       const IdCellContext& ctx = {});

/// True when the text is an ISO/IEC 27001 clause number (4 … 10 with their subclauses:
/// "4.1", "6.1.2", "7.5.3", "9.2", "10.2").
[[nodiscard]] bool isManagementClause(std::string_view number) noexcept;

/// The 2013 id a date serial (days since 1899-12-30) stands for when a spreadsheet turned
/// "10.1.1" into 2010-01-01: a control of the catalog, or nullptr.
[[nodiscard]] const Control* controlFromDateSerial(double serial, const Catalog& cat) noexcept;

/// "2010-01-01" for a date serial (days since 1899-12-30), for messages.
[[nodiscard]] std::string dateSerialText(double serial);

/// For a column of control ids in sheet order (a list such as an SoA): a number with one
/// decimal (5.1) may be 5.1 or 5.10 typed as a number. Resolves each such cell by its
/// neighbours' ids (the one that keeps the column in ascending order), returning per cell the
/// canonical id it stands for ("" for cells that hold no single id). Cells that cannot be
/// resolved keep the literal id and are listed in `unresolved` (indices into `cells`).
[[nodiscard]] std::vector<std::string>
disambiguateNumberIds(const std::vector<const GridCell*>& cells, const Catalog& cat,
                      std::vector<std::size_t>* unresolved = nullptr);

} // namespace isms
