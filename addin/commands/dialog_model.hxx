#pragma once
// Building the small dialogs isms-calc shows (the role question, the register columns) from
// UNO control models in code: no .xdl file, texts in both languages from the caller.

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace isms::addin
{

/// A dialog model of this size (in dialog units) and title.
[[nodiscard]] css::uno::Reference<css::lang::XMultiServiceFactory>
newDialogModel(const css::uno::Reference<css::uno::XComponentContext>& ctx, sal_Int32 width,
               sal_Int32 height, const std::string& title);

/// Adds a control model ("com.sun.star.awt.UnoControlFixedTextModel" …) by name at a place.
css::uno::Reference<css::beans::XPropertySet>
addControl(const css::uno::Reference<css::lang::XMultiServiceFactory>& dialogModel,
           const char* type, const std::string& name, sal_Int32 x, sal_Int32 y, sal_Int32 w,
           sal_Int32 h);

/// The dialog control for the model, with a peer over the frame's window (not yet shown).
[[nodiscard]] css::uno::Reference<css::awt::XControl>
newDialog(const css::uno::Reference<css::uno::XComponentContext>& ctx,
          const css::uno::Reference<css::frame::XFrame>& frame,
          const css::uno::Reference<css::lang::XMultiServiceFactory>& model);

} // namespace isms::addin
