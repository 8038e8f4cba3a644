#include "strings.hxx"

namespace isms::addin
{

std::string fill(const UiText& text, Lang l, std::initializer_list<std::string_view> values)
{
    const std::string_view pattern = text.in(l);
    std::string out;
    out.reserve(pattern.size() + 16 * values.size());
    for (std::size_t i = 0; i < pattern.size(); ++i)
    {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' &&
            pattern[i + 1] <= '9' && pattern[i + 2] == '}')
        {
            const std::size_t n = std::size_t(pattern[i + 1] - '1');
            if (n < values.size())
            {
                out += *(values.begin() + n);
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string listed(const std::vector<std::string>& items, Lang l)
{
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : str::kListSeparator.str(l)) + item;
    return out;
}

std::string namedSheets(const std::vector<std::string>& sheets, Lang l)
{
    std::vector<std::string> named;
    for (const std::string& sheet : sheets)
        named.push_back(fill(str::kSheetNamed, l, {sheet}));
    return listed(named, l);
}

} // namespace isms::addin
