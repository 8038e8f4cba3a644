#include "keywords.hpp"

namespace isms
{

bool isKeyword(std::u16string_view s, std::initializer_list<std::u16string_view> words) noexcept
{
    s = trimmed(s);
    for (std::u16string_view w : words)
    {
        if (w.size() != s.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < w.size() && same; ++i)
        {
            char16_t c = s[i];
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c - u'A' + u'a');
            same = c == w[i];
        }
        if (same)
            return true;
    }
    return false;
}

std::string keywordForMessage(std::u16string_view s)
{
    std::string out;
    for (char16_t c : s.substr(0, 40))
        out += c < 0x80 ? char(c) : '?';
    return out;
}

} // namespace isms
