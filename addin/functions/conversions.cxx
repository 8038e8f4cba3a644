#include "functions/conversions.hxx"

#include "isms/ids.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/math.hxx>

#include <cmath>

namespace isms::addin
{

Result<rtl::OUString> optionalText(const css::uno::Any& arg, int argIndex)
{
    switch (arg.getValueTypeClass())
    {
    case css::uno::TypeClass_VOID:
        return rtl::OUString();
    case css::uno::TypeClass_STRING:
        return *static_cast<const rtl::OUString*>(arg.getValue());
    case css::uno::TypeClass_DOUBLE:
    {
        const double d = *static_cast<const double*>(arg.getValue());
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e9)
            return rtl::OUString::number(static_cast<sal_Int64>(d));
        const std::string s = numberAsIdText(d);
        if (!s.empty())
            return toOUString(s);
        return invalidArgument(argIndex, "a number that is not valid here");
    }
    default:
        return invalidArgument(argIndex, "expected text or a number");
    }
}

rtl::OUString idCellText(const css::uno::Any& cell)
{
    switch (cell.getValueTypeClass())
    {
    case css::uno::TypeClass_STRING:
        return *static_cast<const rtl::OUString*>(cell.getValue());
    case css::uno::TypeClass_DOUBLE:
        // What Calc's interpreter writes for a number given to a text parameter (its standard
        // number format): the scalar form always received this text.
        return rtl::math::doubleToUString(*static_cast<const double*>(cell.getValue()),
                                          rtl_math_StringFormat_Automatic,
                                          rtl_math_DecimalPlaces_Max, '.', true);
    case css::uno::TypeClass_BOOLEAN:
        return rtl::OUString::number(*static_cast<const sal_Bool*>(cell.getValue()) ? 1 : 0);
    default:
        return rtl::OUString();
    }
}

void throwAsUno(const Error& e, const css::uno::Reference<css::uno::XInterface>& ctx)
{
    const rtl::OUString msg = toOUString(e.message);
    if (e.kind == ErrorKind::Internal)
        throw css::uno::RuntimeException(msg, ctx);
    throw css::lang::IllegalArgumentException(msg, ctx, static_cast<sal_Int16>(e.argIndex));
}

} // namespace isms::addin
