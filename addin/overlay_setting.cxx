#include "overlay_setting.hxx"

#include "configuration.hxx"

#include <osl/file.hxx>

#include <cstdlib>

namespace isms::addin
{

std::string configuredOverlayPath(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    rtl::OUString value =
        configurationString(context, "/org.ismscalc.Settings/Catalog", "OverlayPath");
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
