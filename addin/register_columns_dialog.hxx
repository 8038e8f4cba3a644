#pragma once
// The Register columns dialog (リスク台帳の列): the detected register table, each field with its
// column, editable — a person corrects what detection got wrong instead of editing JSON in a
// document property. Never shown headless or with Interactive=false.

#include "isms/register.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace isms::addin
{

/// The mapping the person confirmed (validated: every choice is a column, no column twice), or
/// nullopt when cancelled. A choice that is no column keeps the dialog open and says why.
[[nodiscard]] std::optional<RegisterMap>
askRegisterColumns(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame, const Grid& grid,
                   const RegisterMap& current, const std::string& sheet, Lang lang);

} // namespace isms::addin
