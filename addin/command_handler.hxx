#pragma once
// The protocol handler behind the ISMS menu and toolbar: org.ismscalc:<Command>. It accepts
// commands only for spreadsheet frames, reports each result in a short message (a dialog when a
// person is looking; none headless or with Interactive=false) and as the dispatch result.

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace isms::addin
{

inline constexpr const char* kCommandHandlerImplementation = "org.ismscalc.CommandHandler";

class CommandHandler final
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo>
{
public:
    explicit CommandHandler(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XInitialization: the frame
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch / XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) override;
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override
    {
    }
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override
    {
    }

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::WeakReference<css::frame::XFrame> m_frame;
};

} // namespace isms::addin
