#include "functions/functions.hxx"

#include "functions/conversions.hxx"
#include "functions/function_table.hxx"
#include "overlay_texts.hxx"
#include "isms/certification.hpp"
#include "isms/cloud_risks.hpp"
#include "isms/control_functions.hpp"
#include "isms/guidance.hpp"
#include "isms/overlay.hpp"
#include "isms/register_scoring.hpp"

#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>
#include <algorithm>
#include <cmath>
#include <rtl/math.hxx>

namespace isms::addin
{
namespace
{

/// The component as the context of the exceptions it throws. A plain pointer: a Reference
/// would acquire and release the component on every call (profiled: atomic reference counting
/// was most of this library's own time per cell); one is made only when an exception is thrown.
using Self = cppu::OWeakObject*;

/// Runs one function body; turns a stray C++ exception into the UNO exception Calc shows as
/// #VALUE!. UNO exceptions (IllegalArgumentException → Err:502) pass through unchanged.
template <typename F> auto guarded(const Self& self, F&& body)
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

/// The value of a Result, or the UNO exception for its error.
template <typename T> T take(Result<T>&& r, const Self& self)
{
    if (!r.ok())
        throwAsUno(r.error(), self);
    return std::move(r).value();
}

const FunctionInfo& infoOrThrow(const rtl::OUString& programmaticName, const Self& self)
{
    const FunctionInfo* f =
        findByMethod(rtl::OUStringToOString(programmaticName, RTL_TEXTENCODING_UTF8).getStr());
    if (!f)
        throw css::uno::RuntimeException("unknown function " + programmaticName, self);
    return *f;
}

/// The visible parameter behind XAddIn's argument index (which counts the hidden caller).
const ParamInfo* paramAt(const FunctionInfo& f, sal_Int32 argument)
{
    const sal_Int32 visible = argument - (f.hasCaller ? 1 : 0);
    if (visible < 0 || std::size_t(visible) >= f.params.size())
        return nullptr;
    return &f.params[std::size_t(visible)];
}

css::uno::Sequence<css::uno::Sequence<rtl::OUString>>
column(const std::vector<const Control*>& list)
{
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>> rows(static_cast<sal_Int32>(list.size()));
    auto* out = rows.getArray();
    for (std::size_t i = 0; i < list.size(); ++i)
    {
        css::uno::Sequence<rtl::OUString> row(1);
        row.getArray()[0] = toOUString(list[i]->canonical);
        out[i] = row;
    }
    return rows;
}

/// A level of a scale from a cell: a whole number, a numeric text or one of the scale's labels.
Result<int> levelArg(const css::uno::Any& arg, const Scale& scale, int argIndex)
{
    switch (arg.getValueTypeClass())
    {
    case css::uno::TypeClass_DOUBLE:
        return parseLevelNumber(scale, *static_cast<const double*>(arg.getValue()), argIndex);
    case css::uno::TypeClass_STRING:
        return parseLevelText(scale, view(*static_cast<const rtl::OUString*>(arg.getValue())),
                              argIndex);
    case css::uno::TypeClass_VOID:
        return invalidArgument(argIndex, scale.key + " is empty");
    default:
        return invalidArgument(argIndex, scale.key + " must be a number or a level label");
    }
}

/// A cell's value as the core reads cells: a number or a text; anything else is an error.
Result<GridCell> cellArg(const css::uno::Any& arg, int argIndex, const char* what)
{
    GridCell c;
    if (arg.getValueTypeClass() == css::uno::TypeClass_DOUBLE)
    {
        c.number = *static_cast<const double*>(arg.getValue());
        c.isNumber = true;
        return c;
    }
    if (arg.getValueTypeClass() == css::uno::TypeClass_STRING)
    {
        c.text = std::u16string(view(*static_cast<const rtl::OUString*>(arg.getValue())));
        return c;
    }
    return invalidArgument(argIndex, std::string(what) + " must be a number");
}

/// A number from a cell: a number, or a text holding one; empty and anything else are errors.
Result<double> numberArg(const css::uno::Any& arg, int argIndex, const char* what)
{
    if (arg.getValueTypeClass() == css::uno::TypeClass_DOUBLE)
        return *static_cast<const double*>(arg.getValue());
    if (arg.getValueTypeClass() == css::uno::TypeClass_STRING)
    {
        const rtl::OUString t = static_cast<const rtl::OUString*>(arg.getValue())->trim();
        rtl_math_ConversionStatus status = rtl_math_ConversionStatus_Ok;
        sal_Int32 end = 0;
        const double d = rtl::math::stringToDouble(t, '.', 0, &status, &end);
        if (!t.isEmpty() && end == t.getLength() && status == rtl_math_ConversionStatus_Ok)
            return d;
    }
    return invalidArgument(argIndex, std::string(what) + " must be a number");
}

} // namespace

IsmsFunctions::IsmsFunctions(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
    m_locale.Language = "en";
}

const Catalog& IsmsFunctions::catalog()
{
    return Catalog::builtin(); // a build defect throws std::logic_error; guarded() maps it
}

const UnoTexts& IsmsFunctions::texts()
{
    // One atomic read per call: refreshed only after ISMS.OVERLAY() composed new texts.
    if (!m_texts || m_texts->generation != overlayTextsGeneration())
        m_texts = overlayTexts(m_context);
    return m_texts->uno;
}

const Control& IsmsFunctions::control(const rtl::OUString& id)
{
    return *take(catalog().lookup(view(id)), static_cast<cppu::OWeakObject*>(this));
}

Lang IsmsFunctions::language(const css::uno::Any& arg, int argIndex)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return take(parseLang(view(take(optionalText(arg, argIndex), self)), m_lang, argIndex), self);
}

const Control* IsmsFunctions::singleControl(const IdCells& ids)
{
    if (isSingle(ids))
        return &control(idCellText(ids.getConstArray()[0].getConstArray()[0]));
    if (ids.getLength() == 0 || ids.getConstArray()[0].getLength() == 0)
        throwAsUno(invalidArgument(0, "no id given"), static_cast<cppu::OWeakObject*>(this));
    return nullptr;
}

template <typename Answer>
css::uno::Any IsmsFunctions::answerIds(const IdCells& ids, const Control* single, Answer&& answer)
{
    if (single)
        return css::uno::Any(rtl::OUString(answer(*single)));
    const Catalog& cat = catalog();
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return css::uno::Any(eachIdCell(ids,
                                    [&](const rtl::OUString& text) -> rtl::OUString
                                    {
                                        if (text.isEmpty())
                                            return rtl::OUString(); // an empty cell
                                        const auto found = cat.lookup(view(text));
                                        if (found.ok())
                                            return answer(*found.value());
                                        if (found.error().kind == ErrorKind::Internal)
                                            throwAsUno(found.error(), self); // #VALUE!: a defect
                                        return rtl::OUString(); // not a known id: empty
                                    }));
}

css::uno::Any IsmsFunctions::control(const IdCells& id, const css::uno::Any& field,
                                     const css::uno::Any& lang)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const Control* single = singleControl(id);
                       const auto f = take(
                           parseControlField(view(take(optionalText(field, 1), self)), 1), self);
                       const Lang l = language(lang, 2);
                       const UnoTexts& t = texts();
                       return answerIds(id, single,
                                        [&](const Control& c) -> rtl::OUString {
                                            return f == ControlField::Title
                                                       ? t.title(c, l)
                                                       : toOUString(controlField(c, f, l));
                                        });
                   });
}

css::uno::Any IsmsFunctions::normalize(const IdCells& id)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       return answerIds(id, singleControl(id),
                                        [](const Control& c) { return toOUString(c.canonical); });
                   });
}

css::uno::Any IsmsFunctions::map(const IdCells& id, const css::uno::Any& target)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const Control* single = singleControl(id);
                       const rtl::OUString t = take(optionalText(target, 1), self);
                       std::optional<Edition> e;
                       if (!t.isEmpty())
                           e = take(parseMapTarget(view(t), 1), self);
                       return answerIds(id, single,
                                        [&](const Control& c) {
                                            return toOUString(joinIds(
                                                mapControl(c, e ? *e : defaultMapTarget(c))));
                                        });
                   });
}

css::uno::Any IsmsFunctions::cloudRole(const IdCells& id)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       return answerIds(id, singleControl(id),
                                        [](const Control& c)
                                        { return toOUString(roleName(c.cloudRoles)); });
                   });
}

css::uno::Sequence<css::uno::Sequence<rtl::OUString>>
IsmsFunctions::controls(const css::uno::Any& edition, const css::uno::Any& filter)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const Edition e =
                           take(parseEdition(view(take(optionalText(edition, 0), self)), 0), self);
                       const ControlFilter f = take(
                           parseControlFilter(view(take(optionalText(filter, 1), self)), 1), self);
                       return column(take(listControls(catalog(), e, f, 1), self));
                   });
}

css::uno::Any IsmsFunctions::guidance(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                      const IdCells& id, const css::uno::Any& role,
                                      const css::uno::Any& lang)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const Control* single = singleControl(id);
                       const rtl::OUString roleText = take(optionalText(role, 1), self);
                       // The workbook is consulted only without a role; a wrong ISMS.Role is an
                       // error, never taken for none.
                       const Role r =
                           !roleText.isEmpty()
                               ? take(parseRole(view(roleText), 1), self)
                               : take(workbookRole(*m_settings.get(caller), std::nullopt, 1), self);
                       const Lang l = language(lang, 2);
                       const UnoTexts& t = texts();
                       return answerIds(id, single,
                                        [&](const Control& c) -> rtl::OUString
                                        { return t.guidance(c, r, l); });
                   });
}

css::uno::Sequence<css::uno::Sequence<rtl::OUString>>
IsmsFunctions::cloudRisks(const css::uno::Reference<css::beans::XPropertySet>& caller,
                          const css::uno::Any& role, const css::uno::Any& lang)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const auto settings = m_settings.get(caller);
                       const rtl::OUString roleText = take(optionalText(role, 0), self);
                       auto stated = workbookRole(*settings, Role::Both, 0); // not a wrong one
                       const Role r = !roleText.isEmpty() ? take(parseRole(view(roleText), 0), self)
                                                          : take(std::move(stated), self);
                       const Lang l = language(lang, 1);
                       const auto factors = CloudRiskCatalog::builtin().forRole(r);
                       css::uno::Sequence<css::uno::Sequence<rtl::OUString>> rows(
                           sal_Int32(factors.size()));
                       for (std::size_t i = 0; i < factors.size(); ++i)
                       {
                           css::uno::Sequence<rtl::OUString> row(4);
                           row.getArray()[0] = toOUString(factors[i]->id);
                           row.getArray()[1] = toOUString(factors[i]->title.in(l));
                           row.getArray()[2] = toOUString(joinIds(factors[i]->controls2022));
                           row.getArray()[3] = toOUString(joinIds(factors[i]->cloudEntries));
                           rows.getArray()[i] = row;
                       }
                       return rows;
                   });
}

rtl::OUString IsmsFunctions::overlay()
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       // Picks up a changed setting or file for cells, commands and the
                       // sidebar; recalculate to apply.
                       m_texts = reloadOverlayTexts(m_context);
                       return toOUString(m_texts->status[std::size_t(m_lang)]);
                   });
}

std::shared_ptr<const RiskMethod>
IsmsFunctions::method(const css::uno::Any& arg, int argIndex,
                      const css::uno::Reference<css::beans::XPropertySet>& caller,
                      std::optional<MethodKind> wanted, std::string_view fallback)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    const rtl::OUString name = take(optionalText(arg, argIndex), self);
    return take(resolveRiskMethod(view(name), *m_settings.get(caller), wanted, fallback, argIndex),
                self);
}

double IsmsFunctions::risk(const css::uno::Reference<css::beans::XPropertySet>& caller,
                           const css::uno::Any& likelihood, const css::uno::Any& impact,
                           const css::uno::Any& method)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const auto m = this->method(method, 2, caller, MethodKind::Matrix, "5x5");
                       const int in[] = {take(levelArg(likelihood, m->scales[0], 0), self),
                                         take(levelArg(impact, m->scales[1], 1), self)};
                       return m->value(in);
                   });
}

double IsmsFunctions::risk3(const css::uno::Reference<css::beans::XPropertySet>& caller,
                            const css::uno::Any& assetValue, const css::uno::Any& threat,
                            const css::uno::Any& vulnerability, const css::uno::Any& method)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const auto m = this->method(method, 3, caller, MethodKind::Avt, "avt");
                       const int in[] = {take(levelArg(assetValue, m->scales[0], 0), self),
                                         take(levelArg(threat, m->scales[1], 1), self),
                                         take(levelArg(vulnerability, m->scales[2], 2), self)};
                       return m->value(in);
                   });
}

std::pair<std::shared_ptr<const RiskMethod>, double>
IsmsFunctions::valueAndMethod(const css::uno::Reference<css::beans::XPropertySet>& caller,
                              const css::uno::Any& value, const css::uno::Any& method)
{
    auto m = this->method(method, 1, caller, std::nullopt, "5x5");
    const double v =
        take(numberArg(value, 0, "the risk value"), static_cast<cppu::OWeakObject*>(this));
    return {std::move(m), v};
}

rtl::OUString IsmsFunctions::riskLevel(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                       const css::uno::Any& value, const css::uno::Any& method)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const auto [m, v] = valueAndMethod(caller, value, method);
                       return toOUString(take(m->levelOf(v, 0), self)->label.in(m_lang));
                   });
}

double IsmsFunctions::acceptable(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                 const css::uno::Any& value, const css::uno::Any& method)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       const auto [m, v] = valueAndMethod(caller, value, method);
                       return take(m->acceptable(v, 0), self) ? 1.0 : 0.0;
                   });
}

double IsmsFunctions::certExpiry(const css::uno::Any& issued27017, const css::uno::Any& expiry27001)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       // Dates as cells or date texts (core dateArgument): "9" is no date.
                       const GridCell issued = take(cellArg(issued27017, 0, "a date"), self);
                       const GridCell expiry = take(cellArg(expiry27001, 1, "a date"), self);
                       return take(cloudCertificateExpiry(issued, expiry), self);
                   });
}

double IsmsFunctions::cia(const css::uno::Any& confidentiality, const css::uno::Any& integrity,
                          const css::uno::Any& availability)
{
    const Self self(static_cast<cppu::OWeakObject*>(this));
    return guarded(self,
                   [&]
                   {
                       GridCell cells[3];
                       const GridCell* ratings[3];
                       int index = 0;
                       for (const css::uno::Any* a : {&confidentiality, &integrity, &availability})
                       {
                           cells[index] = take(cellArg(*a, index, "a C/I/A rating"), self);
                           ratings[index] = &cells[index];
                           ++index;
                       }
                       // Calc passes an empty cell as 0, which is no rating (ratings start at 1).
                       return double(*take(ciaAssetValue(ratings, ciaRatingScale()), self));
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
    const ParamInfo* p =
        paramAt(infoOrThrow(programmaticName, static_cast<cppu::OWeakObject*>(this)), argument);
    return p ? toOUString(m_lang == Lang::Ja ? p->displayJa : p->displayEn) : rtl::OUString();
}

rtl::OUString IsmsFunctions::getArgumentDescription(const rtl::OUString& programmaticName,
                                                    sal_Int32 argument)
{
    const ParamInfo* p =
        paramAt(infoOrThrow(programmaticName, static_cast<cppu::OWeakObject*>(this)), argument);
    return p ? toOUString(m_lang == Lang::Ja ? p->descJa : p->descEn) : rtl::OUString();
}

rtl::OUString IsmsFunctions::getProgrammaticCategoryName(const rtl::OUString&)
{
    return toOUString(kCategory);
}

rtl::OUString IsmsFunctions::getDisplayCategoryName(const rtl::OUString&)
{
    return toOUString(m_lang == Lang::Ja ? kCategoryJa : kCategory);
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
