#pragma once
// The columns dialogs (str::kRegisterColumnsTitle, str::kSoaColumnsTitle): a
// table as isms-calc reads it — header row(s) and each field with its column, picked from the
// sheet's headings or typed as a letter — for a person to correct instead of editing JSON in
// a document property. Never shown headless or with Interactive=false.

#include "isms/register.hpp"
#include "isms/soa_table.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace isms::addin
{

/// The register mapping the person confirmed (validated), or nullopt when cancelled. A choice
/// that is no column keeps the dialog open and says why.
[[nodiscard]] std::optional<RegisterMap>
askRegisterColumns(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame, const Grid& grid,
                   const RegisterMap& current, const std::string& sheet, Lang lang);

/// The same for the SoA (the control and applicability columns are required).
[[nodiscard]] std::optional<SoaMap>
askSoaColumns(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const Grid& grid,
              const SoaMap& current, Lang lang);

} // namespace isms::addin
