#pragma once
// Reading sheets in bulk: one getDataArray per block of cells with content, never cell by cell.

#include "isms/register.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <string>
#include <vector>

namespace isms::addin
{

/// The cells with content of a sheet from A1, as a Grid (formula cells give their results);
/// stray content far from the rest (see contentRegion) is left out.
[[nodiscard]] Grid readUsedArea(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

/// The sheets of a document with their names, in order.
struct NamedSheet
{
    std::string name;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
};
[[nodiscard]] std::vector<NamedSheet>
sheetsOf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

/// The sheet the person is looking at in the frame, or nullopt (no view, headless, a chart).
[[nodiscard]] std::optional<NamedSheet>
activeSheet(const css::uno::Reference<css::frame::XFrame>& frame);

/// The index of the sheet a named range refers to, or -1 when there is no such range.
[[nodiscard]] int namedRangeSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                  const char* name);

} // namespace isms::addin
