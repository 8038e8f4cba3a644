#pragma once
// Runs the ISMS commands (org.ismscalc:<Command>) for one spreadsheet frame. The protocol
// handler (addin/menu/) creates it only when a command is dispatched, so this library is not
// loaded while Calc merely shows the ISMS menu and toolbar. Each result is reported in a short
// message (a dialog when a person is looking; none headless or with Interactive=false) and as
// the dispatch result.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>

namespace isms::addin
{

class CommandRunner final
    : public cppu::WeakImplHelper3<css::frame::XNotifyingDispatch, css::lang::XInitialization,
                                   css::lang::XServiceInfo>
{
public:
    explicit CommandRunner(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XInitialization: the frame
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

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
