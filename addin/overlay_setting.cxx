#include "overlay_setting.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <osl/file.hxx>

#include <cstdlib>

namespace isms::addin
{

std::string configuredOverlayPath(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    if (!context.is())
        return {};
    rtl::OUString value;
    try
    {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> args(1);
        args.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", css::uno::Any(rtl::OUString("/org.ismscalc.Settings/Catalog")));
        css::uno::Reference<css::container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            css::uno::UNO_QUERY_THROW);
        access->getByName("OverlayPath") >>= value;
    }
    catch (const css::uno::Exception&)
    {
        return {}; // no such setting: no overlay
    }
    value = value.trim();
    if (value.isEmpty())
        return {};
    if (value.startsWithIgnoreAsciiCase("file:"))
    {
        rtl::OUString sys;
        if (osl::FileBase::getSystemPathFromFileURL(value, sys) == osl::FileBase::E_None)
            value = sys;
    }
    std::string path = rtl::OUStringToOString(value, RTL_TEXTENCODING_UTF8).getStr();
    if (path.rfind("~/", 0) == 0)
        if (const char* home = std::getenv("HOME"))
            path = std::string(home) + path.substr(1);
    return path;
}

} // namespace isms::addin
