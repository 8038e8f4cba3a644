#include "functions.hxx"

#include "conversions.hxx"
#include "function_table.hxx"
#include "isms/control_functions.hpp"

#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace isms::addin
{
namespace
{

/// Runs one function body; turns a core Error or a stray C++ exception into the UNO exception
/// Calc understands. UNO exceptions pass through unchanged.
template <typename F> auto guarded(const css::uno::Reference<css::uno::XInterface>& self, F&& body)
{
    try
    {
        return body();
    }
    catch (const css::uno::Exception&)
    {
        throw;
    }
    catch (const std::exception& e)
    {
        throw css::uno::RuntimeException(toOUString(e.what()), self);
    }
}

template <typename T> T take(Result<T>&& r, const css::uno::Reference<css::uno::XInterface>& self)
{
    if (!r.ok())
        throwAsUno(r.error(), self);
    return std::move(r).value();
}

const FunctionInfo& infoOrThrow(const rtl::OUString& programmaticName,
                                const css::uno::Reference<css::uno::XInterface>& self)
{
    const FunctionInfo* f =
        findByMethod(rtl::OUStringToOString(programmaticName, RTL_TEXTENCODING_UTF8).getStr());
    if (!f)
        throw css::uno::RuntimeException("unknown function " + programmaticName, self);
    return *f;
}

} // namespace

IsmsFunctions::IsmsFunctions()
{
    m_locale.Language = "en";
}

const Catalog& IsmsFunctions::catalog()
{
    return Catalog::builtin(); // a build defect throws std::logic_error; guarded() maps it
}

const Control& IsmsFunctions::control(const rtl::OUString& id)
{
    return *take(catalog().lookup(view(id)), static_cast<cppu::OWeakObject*>(this));
}

rtl::OUString IsmsFunctions::control(const rtl::OUString& id, const css::uno::Any& field,
                                     const css::uno::Any& lang)
{
    css::uno::Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const Control& c = control(id);
                       const auto f = take(
                           parseControlField(view(take(optionalText(field, 1), self)), 1), self);
                       const auto l = take(
                           parseLang(view(take(optionalText(lang, 2), self)), m_lang, 2), self);
                       return toOUString(controlField(c, f, l));
                   });
}

rtl::OUString IsmsFunctions::normalize(const rtl::OUString& id)
{
    css::uno::Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self, [&] { return toOUString(control(id).canonical); });
}

rtl::OUString IsmsFunctions::map(const rtl::OUString& id, const css::uno::Any& target)
{
    css::uno::Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const Control& c = control(id);
                       const rtl::OUString t = take(optionalText(target, 1), self);
                       const Edition e = t.isEmpty() ? defaultMapTarget(c)
                                                     : take(parseMapTarget(view(t), 1), self);
                       return toOUString(joinIds(mapControl(c, e)));
                   });
}

rtl::OUString IsmsFunctions::cloudRole(const rtl::OUString& id)
{
    css::uno::Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self, [&] { return toOUString(cloudRolesName(control(id).cloudRoles)); });
}

css::uno::Sequence<css::uno::Sequence<rtl::OUString>>
IsmsFunctions::controls(const css::uno::Any& edition, const css::uno::Any& filter)
{
    css::uno::Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const Edition e =
                           take(parseEdition(view(take(optionalText(edition, 0), self)), 0), self);
                       const ControlFilter f = take(
                           parseControlFilter(view(take(optionalText(filter, 1), self)), 1), self);
                       const auto list = take(listControls(catalog(), e, f, 1), self);
                       css::uno::Sequence<css::uno::Sequence<rtl::OUString>> rows(
                           static_cast<sal_Int32>(list.size()));
                       auto* out = rows.getArray();
                       for (std::size_t i = 0; i < list.size(); ++i)
                       {
                           css::uno::Sequence<rtl::OUString> row(1);
                           row.getArray()[0] = toOUString(list[i]->canonical);
                           out[i] = row;
                       }
                       return rows;
                   });
}

// XAddIn: everything comes from function_table.

rtl::OUString IsmsFunctions::getProgrammaticFuntionName(const rtl::OUString& displayName)
{
    const FunctionInfo* f =
        findByDisplayName(rtl::OUStringToOString(displayName, RTL_TEXTENCODING_UTF8).getStr());
    return f ? toOUString(f->method) : rtl::OUString();
}

rtl::OUString IsmsFunctions::getDisplayFunctionName(const rtl::OUString& programmaticName)
{
    return toOUString(
        infoOrThrow(programmaticName, static_cast<cppu::OWeakObject*>(this)).displayName);
}

rtl::OUString IsmsFunctions::getFunctionDescription(const rtl::OUString& programmaticName)
{
    const FunctionInfo& f = infoOrThrow(programmaticName, static_cast<cppu::OWeakObject*>(this));
    return toOUString(m_lang == Lang::Ja ? f.descJa : f.descEn);
}

rtl::OUString IsmsFunctions::getDisplayArgumentName(const rtl::OUString& programmaticName,
                                                    sal_Int32 argument)
{
    const FunctionInfo& f = infoOrThrow(programmaticName, static_cast<cppu::OWeakObject*>(this));
    if (argument < 0 || std::size_t(argument) >= f.params.size())
        return rtl::OUString();
    const ParamInfo& p = f.params[std::size_t(argument)];
    return toOUString(m_lang == Lang::Ja ? p.displayJa : p.displayEn);
}

rtl::OUString IsmsFunctions::getArgumentDescription(const rtl::OUString& programmaticName,
                                                    sal_Int32 argument)
{
    const FunctionInfo& f = infoOrThrow(programmaticName, static_cast<cppu::OWeakObject*>(this));
    if (argument < 0 || std::size_t(argument) >= f.params.size())
        return rtl::OUString();
    const ParamInfo& p = f.params[std::size_t(argument)];
    return toOUString(m_lang == Lang::Ja ? p.descJa : p.descEn);
}

rtl::OUString IsmsFunctions::getProgrammaticCategoryName(const rtl::OUString&)
{
    return toOUString(kCategory);
}

rtl::OUString IsmsFunctions::getDisplayCategoryName(const rtl::OUString&)
{
    return m_lang == Lang::Ja ? toOUString("アドイン") : toOUString(kCategory);
}

void IsmsFunctions::setLocale(const css::lang::Locale& locale)
{
    m_locale = locale;
    m_lang = locale.Language == "ja" ? Lang::Ja : Lang::En;
}

css::lang::Locale IsmsFunctions::getLocale()
{
    return m_locale;
}

rtl::OUString IsmsFunctions::getServiceName()
{
    return toOUString(kServiceName);
}

rtl::OUString IsmsFunctions::getImplementationName()
{
    return toOUString(kImplementationName);
}

sal_Bool IsmsFunctions::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> IsmsFunctions::getSupportedServiceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = toOUString(kServiceName);
    return names;
}

} // namespace isms::addin
