#pragma once
// Finding the risk register in a workbook: the mapping stored in ISMS.RegisterMap when it is
// valid, else the sheet where detection is most confident (as confident: the sheet whose name
// looks current, undated or the later year). Stores a detected mapping back.

#include "isms/register.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <memory>
#include <string>
#include <vector>

namespace isms::addin
{

struct FoundRegister
{
    std::string sheet;
    std::unique_ptr<Grid> grid; ///< owns the cells the Register points into
    Register reg;
    bool fromStoredMap = false;
    std::string storedMapProblem;   ///< why a stored ISMS.RegisterMap was not used (English)
    std::string storedMapProblemJa; ///< the same in Japanese, when known (else empty)
    /// Other sheets detected as a register, not used (detection only).
    std::vector<std::string> notUsed;
};

/// Reads the register; NotFound when no sheet has one. redetect: ignore a stored mapping.
[[nodiscard]] Result<FoundRegister>
findRegister(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, bool redetect);

/// Sheets laid out like a register whose names are dated later than the sheet a stored
/// ISMS.RegisterMap names (both dated): a map stored before this year's register was added
/// beside last year's. Empty when the register was detected or its sheet is undated. Reads the
/// other sheets: for commands, not for the sidebar.
[[nodiscard]] std::vector<std::string>
newerRegisterSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const FoundRegister& found);

/// Every sheet laid out like a register: the one found, then the others (none when not found).
[[nodiscard]] std::vector<std::string> registerSheetsOf(const Result<FoundRegister>& found);

} // namespace isms::addin
