#include "sidebar/panel_factory.hxx"

#include "sidebar/control_panel.hxx"
#include "configuration.hxx"
#include "sidebar/panel_timings.hxx"
#include "functions/conversions.hxx"
#include "ui_language.hxx"
#include "sidebar/workbook_panel.hxx"
#include "sidebar/workbook_state.hxx"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace isms::addin::sidebar
{

css::uno::Reference<css::ui::XUIElement>
PanelFactory::createUIElement(const rtl::OUString& resourceUrl,
                              const css::uno::Sequence<css::beans::PropertyValue>& args)
{
    const css::uno::Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    const bool control = resourceUrl.equalsAscii(kControlPanelUrl);
    if (!control && !resourceUrl.equalsAscii(kWorkbookPanelUrl))
        throw css::container::NoSuchElementException("no ISMS panel " + resourceUrl, self);
    try
    {
        PanelArgs panel;
        panel.context = m_context;
        panel.resourceUrl = resourceUrl;
        for (const auto& a : args)
        {
            if (a.Name == "Frame")
                a.Value >>= panel.frame;
            else if (a.Name == "ParentWindow")
                a.Value >>= panel.parent;
            else if (a.Name == "Sidebar")
                a.Value >>= panel.sidebar;
        }
        if (!panel.frame.is() || !panel.parent.is())
            throw css::lang::IllegalArgumentException("ISMS panel needs a Frame and a ParentWindow",
                                                      self, 1);
        const auto controller = panel.frame->getController();
        const css::uno::Reference<css::frame::XModel> model(controller.is() ? controller->getModel()
                                                                            : nullptr);
        if (!css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY).is())
            throw css::lang::IllegalArgumentException("ISMS panels are for spreadsheets only", self,
                                                      1);
        panel.lang = uiLanguage(m_context);
        setTimingsRecorded(configurationBool(m_context, "/org.ismscalc.Settings/Diagnostics",
                                             "RecordSidebarTimings"));
        auto state = WorkbookState::forDocument(m_context, model);
        if (control)
        {
            rtl::Reference<ControlPanel> p(
                new ControlPanel(panel, state,
                                 css::uno::Reference<css::view::XSelectionSupplier>(
                                     controller, css::uno::UNO_QUERY)));
            p->start();
            return p.get();
        }
        rtl::Reference<WorkbookPanel> p(new WorkbookPanel(panel, state));
        p->start();
        return p.get();
    }
    catch (const css::uno::RuntimeException&)
    {
        // Includes IllegalArgumentException (a RuntimeException in UNO): it passes out as the
        // SDK's custompanel example passes it, for the sidebar to report.
        throw;
    }
    catch (const css::uno::Exception& e)
    {
        throw css::uno::RuntimeException("ISMS panel: " + e.Message, self);
    }
    catch (const std::exception& e)
    {
        throw css::uno::RuntimeException("ISMS panel: " + toOUString(std::string_view(e.what())),
                                         self);
    }
    catch (...)
    {
        throw css::uno::RuntimeException("ISMS panel: unexpected error", self);
    }
}

rtl::OUString PanelFactory::getImplementationName()
{
    return rtl::OUString::createFromAscii(kFactoryImplementation);
}

sal_Bool PanelFactory::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> PanelFactory::getSupportedServiceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = rtl::OUString::createFromAscii(kFactoryService);
    return names;
}

} // namespace isms::addin::sidebar
