#include "isms/sheet_year.hpp"

#include <limits>
#include <string>

namespace isms
{
namespace
{

/// The name with full-width digits as ASCII digits.
std::u16string narrowDigits(std::u16string_view name)
{
    std::u16string out(name);
    for (char16_t& c : out)
        if (c >= u'０' && c <= u'９')
            c = char16_t(u'0' + (c - u'０'));
    return out;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

/// The era year after position i ("7", "元", " 7"), or 0.
int eraYear(const std::u16string& s, std::size_t i)
{
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i < s.size() && s[i] == u'元')
        return 1;
    int n = 0, digits = 0;
    while (i < s.size() && isDigit(s[i]) && digits < 3)
    {
        n = n * 10 + (s[i] - u'0');
        ++i;
        ++digits;
    }
    return digits > 0 && !(i < s.size() && isDigit(s[i])) ? n : 0;
}

} // namespace

std::optional<int> yearOfSheetName(std::u16string_view name)
{
    const std::u16string s = narrowDigits(name);
    std::optional<int> best;
    auto take = [&](int y)
    {
        if (!best || y > *best)
            best = y;
    };
    for (std::size_t i = 0; i < s.size(); ++i)
    {
        if (isDigit(s[i]) && (i == 0 || !isDigit(s[i - 1])))
        {
            std::size_t j = i;
            while (j < s.size() && isDigit(s[j]))
                ++j;
            if (j - i == 4)
            {
                const int y = std::stoi(std::string(s.begin() + long(i), s.begin() + long(j)));
                if (y >= 1990 && y <= 2099)
                    take(y);
            }
            i = j - 1;
            continue;
        }
        const std::u16string_view rest(s.data() + i, s.size() - i);
        if (rest.starts_with(u"令和"))
        {
            if (const int n = eraYear(s, i + 2); n > 0)
                take(2018 + n);
        }
        else if (rest.starts_with(u"平成"))
        {
            if (const int n = eraYear(s, i + 2); n > 0)
                take(1988 + n);
        }
    }
    return best;
}

int currentnessOfSheetName(std::u16string_view name)
{
    const auto year = yearOfSheetName(name);
    return year ? *year : std::numeric_limits<int>::max();
}

} // namespace isms
