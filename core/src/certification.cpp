#include "isms/certification.hpp"

#include "keywords.hpp"
#include "isms/register.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <cmath>

namespace isms
{
namespace
{

// Days from 1970-01-01 (H. Hinnant's algorithm); spreadsheet serial 25569 is 1970-01-01.
constexpr long kSerialOf1970 = 25569;

long daysFromCivil(int y, int m, int d) noexcept
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool leap(int y) noexcept
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool validSerial(double v) noexcept
{
    return std::isfinite(v) && v >= 1 && v <= 2958465;
} // 1900-01-01 … 9999-12-31

/// Full-width digits and date punctuation to ASCII; anything else kept.
std::u16string asciiDigits(std::u16string_view s)
{
    std::u16string out(s);
    for (char16_t& c : out)
        if (c >= 0xFF10 && c <= 0xFF19)
            c = char16_t(c - 0xFF10 + u'0');
        else if (c == 0xFF0D)
            c = u'-';
        else if (c == 0xFF0F)
            c = u'/';
        else if (c == 0xFF0E)
            c = u'.';
        else if (c >= 0xFF21 && c <= 0xFF3A) // full-width capital letters (Ｒ８．４．１)
            c = char16_t(c - 0xFF21 + u'A');
    return out;
}

/// The Japanese eras a date may be written in: the first year (元年) and first day of each.
struct Era
{
    std::u16string_view name;
    char16_t letter; ///< the one-letter abbreviation (R8.4.1)
    int firstYear, firstMonth, firstDay;
};
constexpr Era kEras[] = {{u"令和", u'R', 2019, 5, 1},
                         {u"平成", u'H', 1989, 1, 8},
                         {u"昭和", u'S', 1926, 12, 25},
                         {u"大正", u'T', 1912, 7, 30}};

} // namespace

std::optional<double> parseDateText(std::u16string_view raw)
{
    const std::u16string s = asciiDigits(trimmed(raw));
    std::size_t i = 0;
    auto number = [&](int maxDigits) -> int
    {
        int v = 0, n = 0;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9' && n < maxDigits)
        {
            v = v * 10 + (s[i++] - u'0');
            ++n;
        }
        return n ? v : -1;
    };
    // An era: 令和8年4月1日, 令和元年5月1日, R8.4.1, R8/4/1.
    const Era* era = nullptr;
    for (const Era& e : kEras)
        if (std::u16string_view(s).substr(0, e.name.size()) == e.name)
        {
            era = &e;
            i = e.name.size();
            break;
        }
        else if (!s.empty() && s[0] == e.letter && s.size() > 1 && s[1] >= u'0' && s[1] <= u'9')
        {
            era = &e;
            i = 1;
            break;
        }
    int y;
    if (era)
    {
        while (i < s.size() && s[i] == u' ')
            ++i;
        int n;
        if (std::u16string_view(s).substr(i, 1) == u"元")
        {
            n = 1;
            ++i;
        }
        else
            n = number(2);
        if (n < 1)
            return std::nullopt;
        y = era->firstYear + n - 1;
    }
    else
    {
        const std::size_t start = i;
        y = number(4);
        if (i - start != 4)
            return std::nullopt;
    }
    if (y < 1900 || i >= s.size())
        return std::nullopt;
    const char16_t sep = s[i];
    if (sep != u'-' && sep != u'/' && sep != u'.' && sep != u'年')
        return std::nullopt;
    if (era && (sep == u'年') != (s[0] != era->letter))
        return std::nullopt; // 令和8年…, R8.… — not 令和8.4.1 or R8年4月1日
    ++i;
    const int m = number(2);
    if (m < 1 || m > 12 || i >= s.size())
        return std::nullopt;
    const char16_t sep2 = s[i];
    if ((sep == u'年' && sep2 != u'月') || (sep != u'年' && sep2 != sep))
        return std::nullopt;
    ++i;
    const int d = number(2);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d < 1 || d > days[m - 1] + (m == 2 && leap(y) ? 1 : 0))
        return std::nullopt;
    if (sep == u'年')
    {
        if (i >= s.size() || s[i] != u'日')
            return std::nullopt;
        ++i;
    }
    // Accept a time part ("T10:00", " 00:00:00"), nothing else.
    if (i < s.size() && s[i] != u'T' && s[i] != u' ')
        return std::nullopt;
    const long serial = serialFromCivil({y, m, d});
    if (era && serial < serialFromCivil({era->firstYear, era->firstMonth, era->firstDay}))
        return std::nullopt; // 令和元年4月1日 was 平成31年: no such day
    if (serial > 2958465)
        return std::nullopt;
    return double(serial);
}

Result<double> dateArgument(const GridCell& cell, int argIndex, std::string_view what)
{
    if (cell.isNumber)
        return cell.number; // a date cell arrives as its serial number
    if (auto d = parseDateText(cell.text))
        return *d;
    const std::u16string_view t = trimmed(cell.text);
    const bool digitsOnly = !t.empty() && std::all_of(t.begin(), t.end(),
                                                      [](char16_t c) {
                                                          return (c >= u'0' && c <= u'9') ||
                                                                 (c >= 0xFF10 && c <= 0xFF19) ||
                                                                 c == u'.' || c == u' ';
                                                      });
    return invalidArgument(argIndex,
                           std::string(what) +
                               (t.empty() ? " is empty" : " '" + toUtf8(t.substr(0, 40)) + "'") +
                               (digitsOnly  ? " is a number written as text, not a date"
                                : t.empty() ? ""
                                            : " is not a date") +
                               " (give a date cell, or a date text such as 2026-04-01, "
                               "2026年4月1日 or 令和8年4月1日)");
}

Result<double> cloudCertificateExpiry(const GridCell& issued27017, const GridCell& expiry27001)
{
    auto issued = dateArgument(issued27017, 0, "the 27017 issue date");
    if (!issued.ok())
        return issued.error();
    auto expiry = dateArgument(expiry27001, 1, "the 27001 expiry date");
    if (!expiry.ok())
        return expiry.error();
    return cloudCertificateExpiry(*issued, *expiry);
}

CivilDate civilFromSerial(long serial) noexcept
{
    long z = serial - kSerialOf1970 + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2));
    return {y, m, d};
}

long serialFromCivil(CivilDate d) noexcept
{
    return daysFromCivil(d.year, d.month, d.day) + kSerialOf1970;
}

Result<double> cloudCertificateExpiry(double issued27017, double expiry27001)
{
    if (!validSerial(issued27017))
        return invalidArgument(0, "the 27017 issue date is not a date between 1900 and 9999");
    if (!validSerial(expiry27001))
        return invalidArgument(1, "the 27001 expiry date is not a date between 1900 and 9999");
    const long issued = long(std::floor(issued27017));
    const long expiry = long(std::floor(expiry27001));
    if (expiry <= issued)
        return invalidArgument(
            1, "the 27001 certificate expires before the 27017 certificate is issued: an add-on "
               "certificate cannot exist without the 27001 certificate");
    CivilDate d = civilFromSerial(issued);
    d.year += 3;
    if (d.month == 2 && d.day == 29 && !leap(d.year))
        d.day = 28;
    return double(std::min(serialFromCivil(d), expiry));
}

} // namespace isms
