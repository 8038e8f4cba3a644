// The 27017 add-on certificate ends with the 27001 certificate, at most three years after issue.

#include "isms/certification.hpp"
#include "isms/register.hpp"
#include "isms/utf.hpp"

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

// ------------------------------------------------------------------ dates given as text

double day(int y, int m, int d)
{
    return double(serialFromCivil({y, m, d}));
}

TEST(DateText, IsoAndJapaneseFormsAreRead)
{
    const double apr1 = day(2026, 4, 1);
    for (const char16_t* text :
         {u"2026-04-01", u"2026/4/1", u"2026.04.01", u"2026年4月1日", u" 2026-04-01 ",
          u"２０２６－０４－０１", u"令和8年4月1日", u"令和８年４月１日", u"R8.4.1", u"R8/4/1",
          u"Ｒ８．４．１", u"2026-04-01T10:00"})
    {
        const auto d = isms::parseDateText(text);
        ASSERT_TRUE(d.has_value()) << isms::toUtf8(text);
        EXPECT_EQ(*d, apr1) << isms::toUtf8(text);
    }
    EXPECT_EQ(*isms::parseDateText(u"令和元年5月1日"), day(2019, 5, 1));
    EXPECT_EQ(*isms::parseDateText(u"平成31年4月30日"), day(2019, 4, 30));
    EXPECT_EQ(*isms::parseDateText(u"H31.4.30"), day(2019, 4, 30));
    EXPECT_EQ(*isms::parseDateText(u"昭和64年1月7日"), day(1989, 1, 7));
}

TEST(DateText, NumbersAndImpossibleDaysAreNoDates)
{
    for (const char16_t* text :
         {u"9", u"46113", u"4.5", u"", u"2026-02-30", u"2026-13-01", u"26-04-01", u"令和元年4月1日",
          u"令和8.4.1", u"R8年4月1日", u"1899-12-31", u"2026-04-01x", u"April 1, 2026", u"令和"})
        EXPECT_FALSE(isms::parseDateText(text).has_value()) << isms::toUtf8(text);
}

TEST(DateArgument, NumbersAreSerialsTextsMustBeDates)
{
    isms::GridCell number;
    number.isNumber = true;
    number.number = 46113;
    EXPECT_EQ(*isms::dateArgument(number, 0, "the date"), 46113.0);

    isms::GridCell iso;
    iso.text = u"2026-04-01";
    EXPECT_EQ(*isms::dateArgument(iso, 0, "the date"), day(2026, 4, 1));

    isms::GridCell nine; // "9" was 1900-01-09
    nine.text = u"9";
    auto r = isms::dateArgument(nine, 1, "the 27001 expiry date");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, isms::ErrorKind::InvalidArgument);
    EXPECT_EQ(r.error().argIndex, 1);
    EXPECT_NE(r.error().message.find("the 27001 expiry date '9' is a number written as text"),
              std::string::npos)
        << r.error().message;

    isms::GridCell words;
    words.text = u"next year";
    auto w = isms::dateArgument(words, 0, "the date");
    ASSERT_FALSE(w.ok());
    EXPECT_NE(w.error().message.find("'next year' is not a date"), std::string::npos)
        << w.error().message;
}

TEST(DateArgument, CertExpiryTakesDateTexts)
{
    isms::GridCell issued, expiry;
    issued.text = u"2026-04-01";
    expiry.text = u"令和11年3月31日"; // 2029-03-31
    auto r = isms::cloudCertificateExpiry(issued, expiry);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(*r, day(2029, 3, 31));
    expiry.text = u"9";
    auto bad = isms::cloudCertificateExpiry(issued, expiry);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().argIndex, 1);
}

} // namespace
