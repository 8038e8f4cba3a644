#pragma once
// Finding the Statement of Applicability in a workbook: the map a person stored in
// ISMS.SoaMap when it is valid, else the sheet isms-calc generated (named range ISMS_SOA),
// else the sheet whose table looks most like an SoA, in whatever layout people made it; and
// beside it, the sheet that holds its 27017 controls when they are kept apart.

#include "isms/soa_table.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace isms::addin
{

struct FoundSoa
{
    std::optional<SoaTable> table;
    /// The SoA's 27017 controls on a sheet of their own (soa_parts.hpp), when table lacks them.
    std::optional<SoaTable> cloudPart;
    /// Other sheets with a table laid out like an SoA, not used: (sheet, edition as in
    /// SoaTable::edition). When several qualify, the SoA is the one numbered by the newest
    /// edition, then the one with the most rows.
    std::vector<std::pair<std::string, std::string>> notUsed;
    bool fromStoredMap = false;
    std::string storedMapProblem; ///< why a stored ISMS.SoaMap was not used (English)
};

/// The sheets in registerSheets (the register used, and others laid out like one) are never
/// taken for the SoA (detection only).
[[nodiscard]] FoundSoa findSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                               const std::vector<std::string>& registerSheets);

/// The map of a found table (for the SoA columns dialog and ISMS.SoaMap).
[[nodiscard]] SoaMap mapOf(const SoaTable& table);

} // namespace isms::addin
