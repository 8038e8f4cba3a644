#pragma once
// Finding the risk register in a workbook: the mapping stored in ISMS.RegisterMap when it is
// valid, else the sheet where detection is most confident. Stores a detected mapping back.

#include "isms/register.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <memory>
#include <string>

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
};

/// Reads the register; NotFound when no sheet has one. redetect: ignore a stored mapping.
[[nodiscard]] Result<FoundRegister>
findRegister(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, bool redetect);

} // namespace isms::addin
