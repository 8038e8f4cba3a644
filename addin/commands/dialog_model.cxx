#include "commands/dialog_model.hxx"

#include "functions/conversions.hxx"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/container/XNameContainer.hpp>

namespace isms::addin
{

css::uno::Reference<css::lang::XMultiServiceFactory>
newDialogModel(const css::uno::Reference<css::uno::XComponentContext>& ctx, sal_Int32 width,
               sal_Int32 height, const std::string& title)
{
    css::uno::Reference<css::lang::XMultiServiceFactory> model(
        ctx->getServiceManager()->createInstanceWithContext(
            "com.sun.star.awt.UnoControlDialogModel", ctx),
        css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> props(model, css::uno::UNO_QUERY_THROW);
    props->setPropertyValue("PositionX", css::uno::Any(sal_Int32(60)));
    props->setPropertyValue("PositionY", css::uno::Any(sal_Int32(40)));
    props->setPropertyValue("Width", css::uno::Any(width));
    props->setPropertyValue("Height", css::uno::Any(height));
    props->setPropertyValue("Title", css::uno::Any(toOUString(title)));
    return model;
}

css::uno::Reference<css::beans::XPropertySet>
addControl(const css::uno::Reference<css::lang::XMultiServiceFactory>& dialogModel,
           const char* type, const std::string& name, sal_Int32 x, sal_Int32 y, sal_Int32 w,
           sal_Int32 h)
{
    css::uno::Reference<css::beans::XPropertySet> m(
        dialogModel->createInstance(rtl::OUString::createFromAscii(type)),
        css::uno::UNO_QUERY_THROW);
    m->setPropertyValue("PositionX", css::uno::Any(x));
    m->setPropertyValue("PositionY", css::uno::Any(y));
    m->setPropertyValue("Width", css::uno::Any(w));
    m->setPropertyValue("Height", css::uno::Any(h));
    css::uno::Reference<css::container::XNameContainer>(dialogModel, css::uno::UNO_QUERY_THROW)
        ->insertByName(toOUString(name), css::uno::Any(m));
    return m;
}

css::uno::Reference<css::awt::XControl>
newDialog(const css::uno::Reference<css::uno::XComponentContext>& ctx,
          const css::uno::Reference<css::frame::XFrame>& frame,
          const css::uno::Reference<css::lang::XMultiServiceFactory>& model)
{
    css::uno::Reference<css::awt::XControl> dialog(
        ctx->getServiceManager()->createInstanceWithContext("com.sun.star.awt.UnoControlDialog",
                                                            ctx),
        css::uno::UNO_QUERY_THROW);
    dialog->setModel(
        css::uno::Reference<css::awt::XControlModel>(model, css::uno::UNO_QUERY_THROW));
    css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(),
                                                      css::uno::UNO_QUERY);
    dialog->createPeer(css::uno::Reference<css::awt::XToolkit>(css::awt::Toolkit::create(ctx),
                                                               css::uno::UNO_QUERY_THROW),
                       parent);
    return dialog;
}

} // namespace isms::addin
