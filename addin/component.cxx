// Component registration: the constructor function named in isms-calc.components.
#include "commands/command_runner.hxx"
#include "functions/functions.hxx"
#include "sidebar/panel_factory.hxx"
#include "sidebar/panel_timings.hxx"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <sal/types.h>

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_ismscalc_FunctionsImpl_get_implementation(css::uno::XComponentContext* context,
                                              css::uno::Sequence<css::uno::Any> const&)
{
    return cppu::acquire(new isms::addin::IsmsFunctions(context));
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_ismscalc_CommandRunnerImpl_get_implementation(css::uno::XComponentContext* context,
                                                  css::uno::Sequence<css::uno::Any> const&)
{
    return cppu::acquire(new isms::addin::CommandRunner(context));
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_ismscalc_SidebarPanelFactoryImpl_get_implementation(css::uno::XComponentContext* context,
                                                        css::uno::Sequence<css::uno::Any> const&)
{
    return cppu::acquire(new isms::addin::sidebar::PanelFactory(context));
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_ismscalc_SidebarTimingsImpl_get_implementation(css::uno::XComponentContext*,
                                                   css::uno::Sequence<css::uno::Any> const&)
{
    return cppu::acquire(new isms::addin::sidebar::PanelTimings());
}
