#include "configuration.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace isms::addin
{

rtl::OUString configurationString(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const char* nodePath, const char* name)
{
    rtl::OUString value;
    if (!context.is())
        return value;
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
        access->getByName(rtl::OUString::createFromAscii(name)) >>= value;
    }
    catch (const css::uno::Exception&)
    {
        // no such node: ""
    }
    return value;
}

} // namespace isms::addin
