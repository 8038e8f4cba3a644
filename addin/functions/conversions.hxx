#pragma once
// UNO ↔ core conversions for the cell functions, and the mapping of core errors to the
// exceptions Calc turns into error codes (IllegalArgumentException → Err:502, anything
// else → #VALUE!).

#include "isms/result.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

#include <string_view>

namespace isms::addin
{

/// A view of an OUString's UTF-16 text (valid while the OUString lives).
[[nodiscard]] inline std::u16string_view view(const rtl::OUString& s) noexcept
{
    static_assert(sizeof(sal_Unicode) == sizeof(char16_t));
    return std::u16string_view(reinterpret_cast<const char16_t*>(s.getStr()),
                               static_cast<std::size_t>(s.getLength()));
}

/// UTF-8 text from the core as an OUString.
[[nodiscard]] inline rtl::OUString toOUString(std::string_view utf8)
{
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

/// UTF-16 text from the core (grid cells) as an OUString.
[[nodiscard]] inline rtl::OUString toOUString(std::u16string_view text)
{
    return rtl::OUString(reinterpret_cast<const sal_Unicode*>(text.data()),
                         static_cast<sal_Int32>(text.size()));
}

/// An optional argument as text: omitted (void) → empty; a string as it is; a number as the
/// text it stands for (2022 → "2022", 5.15 → "5.15"). Anything else (a boolean, an array) is
/// an InvalidArgument error at argIndex.
[[nodiscard]] Result<rtl::OUString> optionalText(const css::uno::Any& arg, int argIndex);

/// Throws the UNO exception Calc maps to the error's cell code. Never returns.
[[noreturn]] void throwAsUno(const Error& e, const css::uno::Reference<css::uno::XInterface>& ctx);

} // namespace isms::addin
