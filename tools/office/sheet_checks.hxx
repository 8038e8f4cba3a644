#pragma once
// Reading acceptance sheets: a "Checks" table (case | actual | expected | ok) whose summary
// cell F1 is 1 only when every row passes.

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <string>
#include <vector>

namespace isms::office
{

struct CheckRow
{
    std::string name;
    std::string actual;
    std::string expected;
    bool ok = false;
};

struct CheckSheet
{
    double summary = 0; ///< the sheet's own verdict (F1)
    std::vector<CheckRow> rows;
    /// The failing rows, one per line, for a test message.
    [[nodiscard]] std::string failures() const;
};

/// Recalculates the document and reads the named checks sheet in one getDataArray.
[[nodiscard]] CheckSheet
readChecks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
           const std::string& sheetName = "Checks");

/// A cell's formula result as text ("Err:502" style for errors), by A1 address on a sheet.
[[nodiscard]] std::string cellText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                   const std::string& sheet, const std::string& address);
/// A cell's error code (0 when none).
[[nodiscard]] int cellError(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                            const std::string& sheet, const std::string& address);
/// Sets a formula (display names such as ISMS.CONTROL work) in a cell.
void setFormula(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                const std::string& sheet, const std::string& address, const std::string& formula);
/// A value from getDataArray as text (a number in its shortest form; "" for anything else).
[[nodiscard]] std::string anyText(const css::uno::Any& value);
/// Every sheet's name, in order.
[[nodiscard]] std::vector<std::string>
sheetNames(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
/// A sheet's used area from A1 as text, row by row (numbers in their shortest form).
[[nodiscard]] std::vector<std::vector<std::string>>
usedAreaText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
             const std::string& sheet);
/// The number of steps the user can undo.
[[nodiscard]] int undoCount(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
/// Undoes the last step.
void undo(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
/// Recalculates everything.
void calculateAll(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
/// Adds a comment to a cell, as Insert ▸ Comment does.
void addComment(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                const css::uno::Reference<css::table::XCell>& cell, const std::string& text);
/// A cell's comment ("" when it has none).
[[nodiscard]] std::string commentOf(const css::uno::Reference<css::table::XCell>& cell);

/// A user-defined document property as UTF-8 text ("" when absent), read independently of the
/// extension.
[[nodiscard]] std::string
documentPropertyText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const std::string& name);
/// Writes (or adds) a user-defined text property, as a person would in File ▸ Properties.
void setDocumentPropertyText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                             const std::string& name, const std::string& value);

} // namespace isms::office
