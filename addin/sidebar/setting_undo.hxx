#pragma once
// Editing a workbook setting from the Workbook panel is one undo step: the document property
// is written, then an undo action that restores the old text is added to the document's undo
// manager (document properties are not undoable by themselves).
#include "sidebar/workbook_state.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <memory>
#include <string>

namespace isms::addin::sidebar
{

/// Writes the property when its text changes, with an undo step titled title. Returns whether
/// the value changed.
bool writeSetting(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                  const std::shared_ptr<WorkbookState>& state, std::string_view name,
                  const rtl::OUString& value, const rtl::OUString& title);

} // namespace isms::addin::sidebar
