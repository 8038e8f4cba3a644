// Fuzz target: reading cell formulas (formula_text.hpp). The input is a formula (UTF-8, or
// UTF-16 code units when the first byte is 0xFF); the same text is also put inside a string
// literal and a quoted sheet name, where it must be read back exactly and never count as a call.
#include "isms/formula_text.hpp"
#include "isms/utf.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace
{

std::u16string doubled(std::u16string_view s, char16_t quote)
{
    std::u16string out;
    for (char16_t c : s)
    {
        out += c;
        if (c == quote)
            out += c;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace isms;
    std::u16string f;
    if (size > 0 && data[0] == 0xFF)
        for (std::size_t i = 1; i + 1 < size; i += 2)
            f += char16_t(data[i] | (data[i + 1] << 8));
    else
        f = toUtf16(std::string_view(reinterpret_cast<const char*>(data), size));

    (void)callsIsmsFunction(f);
    std::size_t total = 0;
    for (const std::u16string& s : formulaStringLiterals(f))
        total += s.size();
    if (total > f.size())
        __builtin_trap();

    // the text as a string literal: read back as written, never a call
    const std::u16string literal = u"\"" + doubled(f, u'"') + u"\"";
    const std::pair<std::u16string, bool> formulas[] = {
        {u"=" + literal, false},
        {u"=" + literal + u"&\"\"", false},
        {u"=ISMS.CONTROL(" + literal + u")", true},
        {u"=org.ismscalc.functions.Control( " + literal + u";1)", true}};
    for (const auto& [formula, call] : formulas)
    {
        const std::vector<std::u16string> lits = formulaStringLiterals(formula);
        if (lits.empty() || lits[0] != f)
            __builtin_trap();
        if (callsIsmsFunction(formula) != call)
            __builtin_trap();
    }
    // the text as a quoted sheet name: no literal, no call
    const std::u16string sheetRef = u"='" + doubled(f, u'\'') + u"'.A1";
    if (!formulaStringLiterals(sheetRef).empty() || callsIsmsFunction(sheetRef))
        __builtin_trap();
    return 0;
}
