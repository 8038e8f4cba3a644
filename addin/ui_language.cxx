#include "ui_language.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <cstdlib>
#include <string>

namespace isms::addin
{

Lang uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    rtl::OUString locale;
    try
    {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> args(1);
        args.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/L10N")));
        css::uno::Reference<css::container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            css::uno::UNO_QUERY_THROW);
        access->getByName("ooLocale") >>= locale;
    }
    catch (const css::uno::Exception&)
    {
    }
    if (!locale.isEmpty())
        return locale.startsWith("ja") ? Lang::Ja : Lang::En;
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v)
            return std::string(v).rfind("ja", 0) == 0 ? Lang::Ja : Lang::En;
    return Lang::En;
}

} // namespace isms::addin
