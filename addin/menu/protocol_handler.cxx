#include "menu/protocol_handler.hxx"

#include "commands/command_table.hxx"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace isms::addin
{

void ProtocolHandler::initialize(const css::uno::Sequence<css::uno::Any>& arguments)
{
    css::uno::Reference<css::frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame))
        m_frame = frame;
}

css::uno::Reference<css::frame::XDispatch>
ProtocolHandler::queryDispatch(const css::util::URL& url, const rtl::OUString&, sal_Int32)
{
    if (!url.Protocol.equalsAscii(kProtocol))
        return {};
    const css::uno::Reference<css::frame::XFrame> frame(m_frame);
    if (!frame.is() || !frame->getController().is() ||
        !css::uno::Reference<css::sheet::XSpreadsheetDocument>(frame->getController()->getModel(),
                                                               css::uno::UNO_QUERY)
             .is())
        return {}; // only for spreadsheets
    for (std::string_view c : kCommandNames)
        if (url.Path.equalsAsciiL(c.data(), sal_Int32(c.size())))
            return this;
    return {};
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
ProtocolHandler::queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests)
{
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out.getArray()[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

void ProtocolHandler::dispatch(const css::util::URL& url,
                               const css::uno::Sequence<css::beans::PropertyValue>& args)
{
    dispatchWithNotification(url, args, {});
}

void ProtocolHandler::dispatchWithNotification(
    const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener)
{
    css::uno::Reference<css::frame::XNotifyingDispatch> keepAlive(this);
    css::uno::Sequence<css::uno::Any> init(1);
    init.getArray()[0] <<= css::uno::Reference<css::frame::XFrame>(m_frame);
    // Loads the main library now, on the first command, not when the menu appeared.
    css::uno::Reference<css::frame::XNotifyingDispatch> runner;
    try
    {
        runner.set(m_context->getServiceManager()->createInstanceWithArgumentsAndContext(
                       rtl::OUString::createFromAscii(kCommandRunnerService), init, m_context),
                   css::uno::UNO_QUERY_THROW);
    }
    catch (const css::uno::Exception& e)
    {
        // The main library did not load (a broken installation, an office older than the
        // build): the command fails. No exception may reach the caller: XDispatch declares
        // none, and a menu entry or Help > Search Commands would not catch it.
        try
        {
            if (listener.is())
                listener->dispatchFinished(css::frame::DispatchResultEvent(
                    keepAlive, css::frame::DispatchResultState::FAILURE, css::uno::Any(e.Message)));
        }
        catch (...)
        {
        }
        return;
    }
    runner->dispatchWithNotification(url, args, listener);
}

rtl::OUString ProtocolHandler::getImplementationName()
{
    return rtl::OUString::createFromAscii(kProtocolHandlerImplementation);
}

sal_Bool ProtocolHandler::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> ProtocolHandler::getSupportedServiceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

} // namespace isms::addin

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_ismscalc_CommandHandler_get_implementation(css::uno::XComponentContext* context,
                                               css::uno::Sequence<css::uno::Any> const&)
{
    return cppu::acquire(new isms::addin::ProtocolHandler(context));
}
