#pragma once
// The short dialog Generate SoA shows a person when the workbook does not state the
// organisation's role or the register was not found with confidence: choose the role, see what
// was detected. Never shown headless or with Interactive=false.

#include "isms/guidance.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace isms::addin
{

/// The role the person chose (preselected: current, else both), or nullopt when cancelled.
[[nodiscard]] std::optional<Role>
askRole(const css::uno::Reference<css::uno::XComponentContext>& context,
        const css::uno::Reference<css::frame::XFrame>& frame, std::optional<Role> current,
        const std::string& detected, Lang lang);

} // namespace isms::addin
