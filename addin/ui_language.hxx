#pragma once
// The user interface language of the office (for messages of commands; cell functions get it
// from Calc through XLocalizable).

#include "isms/catalog.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace isms::addin
{

/// Japanese when the office's UI locale (or, without one configured, the environment's) is
/// Japanese; English otherwise.
[[nodiscard]] Lang uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace isms::addin
