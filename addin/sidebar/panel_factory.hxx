#pragma once
// The sidebar's factory for the ISMS deck's panels (Factories.xcu names it for
// private:resource/toolpanel/IsmsPanelFactory/…). It accepts exactly the two panel URLs, and
// only for a spreadsheet document's frame.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace isms::addin::sidebar
{

inline constexpr const char* kFactoryImplementation = "org.ismscalc.SidebarPanelFactoryImpl";
inline constexpr const char* kFactoryService = "org.ismscalc.SidebarPanelFactory";
inline constexpr const char* kControlPanelUrl =
    "private:resource/toolpanel/IsmsPanelFactory/ControlPanel";
inline constexpr const char* kWorkbookPanelUrl =
    "private:resource/toolpanel/IsmsPanelFactory/WorkbookPanel";

class PanelFactory final
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo>
{
public:
    explicit PanelFactory(const css::uno::Reference<css::uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString& resourceUrl,
                    const css::uno::Sequence<css::beans::PropertyValue>& args) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace isms::addin::sidebar
