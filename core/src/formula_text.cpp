#include "isms/formula_text.hpp"

namespace isms
{
namespace
{

char16_t upper(char16_t c) noexcept
{
    return (c >= u'a' && c <= u'z') ? char16_t(c - u'a' + u'A') : c;
}

bool isNameChar(char16_t c) noexcept
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'.';
}

/// Whether the name starting at i (not preceded by a name character) begins with prefix,
/// case-insensitively, and the name ends in an opening parenthesis (a function call).
bool callWithPrefix(std::u16string_view f, std::size_t i, std::u16string_view prefix) noexcept
{
    if (f.size() - i < prefix.size())
        return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if (upper(f[i + k]) != prefix[k])
            return false;
    std::size_t j = i + prefix.size();
    if (j >= f.size() || !isNameChar(f[j]) || f[j] == u'.')
        return false; // "ISMS." must be followed by a function name
    while (j < f.size() && isNameChar(f[j]))
        ++j;
    while (j < f.size() && f[j] == u' ')
        ++j;
    return j < f.size() && f[j] == u'(';
}

} // namespace

bool callsIsmsFunction(std::u16string_view f) noexcept
{
    char16_t quote = 0; // inside "…" or '…'
    for (std::size_t i = 0; i < f.size(); ++i)
    {
        const char16_t c = f[i];
        if (quote)
        {
            if (c == quote)
            {
                if (i + 1 < f.size() && f[i + 1] == quote)
                    ++i; // doubled quote: still inside
                else
                    quote = 0;
            }
            continue;
        }
        if (c == u'"' || c == u'\'')
        {
            quote = c;
            continue;
        }
        if (i > 0 && isNameChar(f[i - 1]))
            continue; // only at the start of a name
        if (callWithPrefix(f, i, u"ORG.ISMSCALC.") || callWithPrefix(f, i, u"ISMS."))
            return true;
    }
    return false;
}

std::vector<std::u16string> formulaStringLiterals(std::u16string_view f)
{
    std::vector<std::u16string> out;
    char16_t quote = 0;
    std::u16string current;
    for (std::size_t i = 0; i < f.size(); ++i)
    {
        const char16_t c = f[i];
        if (quote)
        {
            if (c == quote && i + 1 < f.size() && f[i + 1] == quote)
            {
                if (quote == u'"')
                    current += c;
                ++i;
            }
            else if (c == quote)
            {
                if (quote == u'"')
                    out.push_back(std::move(current));
                current.clear();
                quote = 0;
            }
            else if (quote == u'"')
                current += c;
            continue;
        }
        if (c == u'"' || c == u'\'')
            quote = c;
    }
    return out;
}

} // namespace isms
