#pragma once
// UNO ↔ core conversions for the cell functions, and the mapping of core errors to the
// exceptions Calc turns into error codes (IllegalArgumentException → Err:502, anything
// else → #VALUE!).

#include "isms/result.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
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

/// The id argument of the lookup functions: cells row by row. Calc passes one value (a text,
/// a number, a single cell) as a 1x1 array and a range or inline array whole.
using IdCells = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
/// The range form's result: one text per id cell, in the same shape.
using TextGrid = css::uno::Sequence<css::uno::Sequence<rtl::OUString>>;

/// True when the id argument is one value (scalar use: a text, a number, one cell).
[[nodiscard]] inline bool isSingle(const IdCells& ids) noexcept
{
    return ids.getLength() == 1 && ids.getConstArray()[0].getLength() == 1;
}

/// The text an id cell stands for, exactly as the scalar form has always read it (Calc turned
/// the cell into a text argument): a text as it is; a number as Calc writes it in its standard
/// format, with Calc's own rtl::math (5.15 → "5.15", 8.1 → "8.1", 8 → "8"), so a number keeps
/// reading as the same id; a boolean as 1 or 0; an empty cell (void) or anything else → empty.
[[nodiscard]] rtl::OUString idCellText(const css::uno::Any& cell);

/// The range form: answer(text) for every cell, in the same shape (rows of the lengths given).
/// answer returns the element's text; it decides what an empty or unknown id gives.
template <typename Answer> [[nodiscard]] TextGrid eachIdCell(const IdCells& ids, Answer&& answer)
{
    TextGrid out(ids.getLength());
    css::uno::Sequence<rtl::OUString>* rows = out.getArray();
    const css::uno::Sequence<css::uno::Any>* in = ids.getConstArray();
    for (sal_Int32 r = 0; r < ids.getLength(); ++r)
    {
        const sal_Int32 n = in[r].getLength();
        css::uno::Sequence<rtl::OUString> row(n);
        rtl::OUString* cells = row.getArray();
        const css::uno::Any* source = in[r].getConstArray();
        for (sal_Int32 c = 0; c < n; ++c)
            cells[c] = answer(idCellText(source[c]));
        rows[r] = row;
    }
    return out;
}

/// Throws the UNO exception Calc maps to the error's cell code. Never returns.
[[noreturn]] void throwAsUno(const Error& e, const css::uno::Reference<css::uno::XInterface>& ctx);

} // namespace isms::addin
