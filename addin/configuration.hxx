#pragma once
// Reading one value of the office configuration (read-only).

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace isms::addin
{

/// The string at nodePath/name ("" when absent, unreadable or not a string).
[[nodiscard]] rtl::OUString
configurationString(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const char* nodePath, const char* name);
/// The boolean at nodePath/name (false when absent, unreadable or not a boolean).
[[nodiscard]] bool
configurationBool(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const char* nodePath, const char* name);

} // namespace isms::addin
