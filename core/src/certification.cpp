#include "isms/certification.hpp"

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

} // namespace

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
