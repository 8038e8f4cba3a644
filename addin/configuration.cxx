#include "configuration.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace isms::addin
{

namespace
{
css::uno::Any configurationValue(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const char* nodePath, const char* name)
{
    if (!context.is())
        return {};
    try
    {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> args(1);
        args.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", css::uno::Any(rtl::OUString::createFromAscii(nodePath)));
        css::uno::Reference<css::container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            css::uno::UNO_QUERY_THROW);
        return access->getByName(rtl::OUString::createFromAscii(name));
    }
    catch (const css::uno::Exception&)
    {
        return {}; // no such node
    }
}
} // namespace

rtl::OUString configurationString(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const char* nodePath, const char* name)
{
    rtl::OUString value;
    configurationValue(context, nodePath, name) >>= value;
    return value;
}

bool configurationBool(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const char* nodePath, const char* name)
{
    bool value = false;
    configurationValue(context, nodePath, name) >>= value;
    return value;
}

} // namespace isms::addin
