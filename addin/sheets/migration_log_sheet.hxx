#pragma once
// The migration log sheet (migrationLogSheetName() of the core) the Migrate2022 command writes: one
// row per rewritten cell or listed formula (sheet, cell, before, after, note). Found again by the
// named range ISMS_MIGRATION_LOG (people may rename the sheet); a later migration appends its
// rows, so the log keeps the whole history.

#include "isms/catalog.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace isms::addin
{

inline constexpr const char* kMigrationLogRange = "ISMS_MIGRATION_LOG";

struct MigrationLogRow
{
    std::string sheet;
    std::string cell; ///< "C5"
    std::u16string before;
    std::u16string after;
    std::string note;
};

/// Why `rows` more log rows cannot be written, in the UI language (the log's sheet is
/// protected, or the sheet ends too soon below it); empty when they can. Asked before anything
/// is migrated: a log that fails after the cells are rewritten would leave them unlisted.
std::string migrationLogProblem(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                std::size_t rows, Lang ui);

/// Appends the rows to the log (creating the sheet, in `lang`, when there is none yet) and
/// returns the log sheet's name.
std::string writeMigrationLog(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                              const std::vector<MigrationLogRow>& rows, Lang lang);

} // namespace isms::addin
