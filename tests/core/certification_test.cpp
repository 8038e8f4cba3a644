// The 27017 add-on certificate ends with the 27001 certificate, at most three years after issue.

#include "isms/certification.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace
{

using isms::CivilDate;
using isms::serialFromCivil;

double serial(int y, int m, int d)
{
    return double(serialFromCivil({y, m, d}));
}

TEST(CivilDates, KnownSerials)
{
    EXPECT_EQ(serialFromCivil({1970, 1, 1}), 25569);
    EXPECT_EQ(serialFromCivil({2026, 11, 27}), 46353); // as Calc numbers it
    const CivilDate d = isms::civilFromSerial(46353);
    EXPECT_EQ(d.year, 2026);
    EXPECT_EQ(d.month, 11);
    EXPECT_EQ(d.day, 27);
    for (long s = 1; s < 2958465; s += 997)
    {
        const CivilDate c = isms::civilFromSerial(s);
        ASSERT_EQ(serialFromCivil(c), s) << s;
    }
}

TEST(CloudCertificateExpiry, ThreeYearsAfterIssueWhenThe27001CertificateLastsLonger)
{
    auto r = isms::cloudCertificateExpiry(serial(2026, 4, 1), serial(2030, 1, 1));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, serial(2029, 4, 1));
}

TEST(CloudCertificateExpiry, EndsWithThe27001Certificate)
{
    auto r = isms::cloudCertificateExpiry(serial(2026, 4, 1), serial(2027, 9, 30));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, serial(2027, 9, 30));
}

TEST(CloudCertificateExpiry, LeapDay)
{
    auto r = isms::cloudCertificateExpiry(serial(2028, 2, 29), serial(2040, 1, 1));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, serial(2031, 2, 28));
}

TEST(CloudCertificateExpiry, TimeOfDayIsIgnored)
{
    auto r = isms::cloudCertificateExpiry(serial(2026, 4, 1) + 0.75, serial(2030, 1, 1) + 0.2);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, serial(2029, 4, 1));
}

TEST(CloudCertificateExpiry, RefusesWhatCannotBe)
{
    auto expired = isms::cloudCertificateExpiry(serial(2026, 4, 1), serial(2026, 3, 31));
    ASSERT_FALSE(expired.ok());
    EXPECT_EQ(expired.error().argIndex, 1);
    EXPECT_FALSE(isms::cloudCertificateExpiry(serial(2026, 4, 1), serial(2026, 4, 1)).ok())
        << "same day";
    auto bad = isms::cloudCertificateExpiry(0, serial(2030, 1, 1));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().argIndex, 0);
    EXPECT_FALSE(isms::cloudCertificateExpiry(serial(2026, 4, 1), 1e9).ok());
    EXPECT_FALSE(isms::cloudCertificateExpiry(std::nan(""), serial(2030, 1, 1)).ok());
}

} // namespace
