#pragma once
// Where the user keeps the licensed-text overlay: the extension setting
// org.ismscalc.Settings/Catalog/OverlayPath in the user profile (never in a workbook).

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace isms::addin
{

/// The configured overlay as a system path ("" when none is configured or no context). A
/// file: URL is converted; a leading "~/" means the home directory.
[[nodiscard]] std::string
configuredOverlayPath(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace isms::addin
