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

std::u16string foldForMatching(std::u16string_view s)
{
    static const std::u16string_view drop =
        u" \t\r\n\u3000\u00A0.,:;/\\()（）・_-[]「」『』'\"?？！!*※：；、。【】";
    std::u16string out;
    out.reserve(s.size());
    for (char16_t c : s)
    {
        if (c >= 0xFF01 && c <= 0xFF5E)
            c = char16_t(c - 0xFEE0);
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
        if (drop.find(c) != std::u16string_view::npos)
            continue;
        out += c;
    }
    return out;
}

} // namespace isms
