#include "commands/role_dialog.hxx"

#include "functions/conversions.hxx"
#include "commands/dialog_model.hxx"
#include "strings.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace isms::addin
{

std::optional<Role> askRole(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                            const css::uno::Reference<css::frame::XFrame>& frame,
                            std::optional<Role> current, const std::string& detected, Lang lang)
{
    auto model = newDialogModel(ctx, 300, 190, str::kRoleDialogTitle.str(lang));
    auto intro =
        addControl(model, "com.sun.star.awt.UnoControlFixedTextModel", "intro", 8, 6, 284, 22);
    intro->setPropertyValue("MultiLine", css::uno::Any(true));
    intro->setPropertyValue("Label", css::uno::Any(toOUString(str::kRoleDialogIntro.in(lang))));
    auto list =
        addControl(model, "com.sun.star.awt.UnoControlListBoxModel", "role", 8, 30, 284, 34);
    css::uno::Sequence<rtl::OUString> items(3);
    for (Role r : kStatedRoles)
        items.getArray()[sal_Int32(roleIndex(r))] = toOUString(roleLabel(r, lang));
    list->setPropertyValue("StringItemList", css::uno::Any(items));
    css::uno::Sequence<sal_Int16> selected(1);
    selected.getArray()[0] = sal_Int16(roleIndex(current.value_or(Role::Both)));
    list->setPropertyValue("SelectedItems", css::uno::Any(selected));
    auto found =
        addControl(model, "com.sun.star.awt.UnoControlFixedTextModel", "detected", 8, 70, 284, 96);
    found->setPropertyValue("MultiLine", css::uno::Any(true));
    found->setPropertyValue("Label", css::uno::Any(toOUString(detected)));
    auto ok = addControl(model, "com.sun.star.awt.UnoControlButtonModel", "ok", 182, 170, 52, 14);
    ok->setPropertyValue("PushButtonType", css::uno::Any(sal_Int16(css::awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", css::uno::Any(true));
    ok->setPropertyValue("Label", css::uno::Any(toOUString(str::kRoleDialogGenerate.in(lang))));
    auto cancel =
        addControl(model, "com.sun.star.awt.UnoControlButtonModel", "cancel", 240, 170, 52, 14);
    cancel->setPropertyValue("PushButtonType",
                             css::uno::Any(sal_Int16(css::awt::PushButtonType_CANCEL)));
    cancel->setPropertyValue("Label", css::uno::Any(toOUString(str::kCancel.in(lang))));

    auto dialog = newDialog(ctx, frame, model);
    const sal_Int16 result =
        css::uno::Reference<css::awt::XDialog>(dialog, css::uno::UNO_QUERY_THROW)->execute();
    css::uno::Reference<css::awt::XListBox> box(
        css::uno::Reference<css::awt::XControlContainer>(dialog, css::uno::UNO_QUERY_THROW)
            ->getControl("role"),
        css::uno::UNO_QUERY_THROW);
    const sal_Int16 pos = box->getSelectedItemPos();
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    if (result != 1 || pos < 0 || pos > 2)
        return std::nullopt;
    return kStatedRoles[std::size_t(pos)];
}

} // namespace isms::addin
