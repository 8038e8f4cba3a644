#include "ui_language.hxx"

#include "configuration.hxx"

#include <cstdlib>
#include <string>

namespace isms::addin
{

Lang uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    const rtl::OUString locale =
        configurationString(context, "/org.openoffice.Setup/L10N", "ooLocale");
    if (!locale.isEmpty())
        return locale.startsWith("ja") ? Lang::Ja : Lang::En;
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v)
            return std::string(v).rfind("ja", 0) == 0 ? Lang::Ja : Lang::En;
    return Lang::En;
}

} // namespace isms::addin
