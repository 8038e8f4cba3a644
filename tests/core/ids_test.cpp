// Control identifier parsing (isms::parseControlId, both overloads) and numberAsIdText.

#include "isms/utf.hpp"
#include "isms/ids.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using isms::ErrorKind;
using isms::IdScheme;
using isms::parseControlId;

std::u16string utf16(std::string_view s)
{
    return isms::toUtf16(s);
}

/// A readable gtest parameter name from arbitrary input text.
std::string paramName(std::size_t index, std::string_view input)
{
    std::string name = "i" + std::to_string(index) + "_";
    for (char c : input)
    {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
            name += c;
        else if (u < 0x80)
            name += "_";
        else if ((u & 0xC0) != 0x80)
            name += "U"; // one mark per non-ASCII code point
    }
    return name;
}

// ------------------------------------------------------------------ accepted forms

struct Accepted
{
    const char* input;
    const char* canonical;
    IdScheme scheme;
    int n0, n1, n2;
};

std::ostream& operator<<(std::ostream& os, const Accepted& a)
{
    return os << '"' << a.input << "\" -> " << a.canonical;
}

const Accepted kAccepted[] = {
    {"A.9.2.3", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"A9.2.3", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"a.9.2.3", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"9.2.3", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"Ａ．９．２．３", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"A.9.2.3 Title text", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"A.9.2.3\u3000利用者", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"A.9.2.3利用者", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"A.9.2.3.", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"CLD 6.3.1", "CLD.6.3.1", IdScheme::Cloud, 6, 3, 1},
    {"CLD6.3.1", "CLD.6.3.1", IdScheme::Cloud, 6, 3, 1},
    {"cld.6.3.1", "CLD.6.3.1", IdScheme::Cloud, 6, 3, 1},
    {"5.15", "5.15", IdScheme::Annex2022, 5, 15, 0},
    {"A.5.15", "5.15", IdScheme::Annex2022, 5, 15, 0},
    {"  5.15  ", "5.15", IdScheme::Annex2022, 5, 15, 0},
    // More of the same forms, with two-digit levels and the other end of the ranges.
    {"A.18.2.3", "A.18.2.3", IdScheme::Annex2013, 18, 2, 3},
    {"A.10.1.2 Key management", "A.10.1.2", IdScheme::Annex2013, 10, 1, 2},
    {"CLD.13.1.4", "CLD.13.1.4", IdScheme::Cloud, 13, 1, 4},
    {"ＣＬＤ．９．５．１", "CLD.9.5.1", IdScheme::Cloud, 9, 5, 1},
    {"８．３４", "8.34", IdScheme::Annex2022, 8, 34, 0},
    {"8.8 Management of technical vulnerabilities", "8.8", IdScheme::Annex2022, 8, 8, 0},
    {"5.15\t", "5.15", IdScheme::Annex2022, 5, 15, 0},
    {"5.15。", "5.15", IdScheme::Annex2022, 5, 15, 0},
    // A title after a title separator, a note in brackets, a Japanese title glued on.
    {"A.9.2.3: User registration", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"A.9.2.3 - User registration", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"5.15（アクセス制御）", "5.15", IdScheme::Annex2022, 5, 15, 0},
    {"5.15「アクセス制御」", "5.15", IdScheme::Annex2022, 5, 15, 0},
    {"5.15：アクセス制御", "5.15", IdScheme::Annex2022, 5, 15, 0},
    {"5.15 (A.9.1.1, A.9.1.2)", "5.15", IdScheme::Annex2022, 5, 15, 0},
    {"A.9.2.3.利用者登録", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"A.9.2.3 ! title", "A.9.2.3", IdScheme::Annex2013, 9, 2, 3},
    {"5.10", "5.10", IdScheme::Annex2022, 5, 10, 0},
};

class ParseAccepted : public ::testing::TestWithParam<Accepted>
{
};

void expectParsed(const isms::Result<isms::ControlId>& r, const Accepted& a)
{
    ASSERT_TRUE(r.ok()) << "rejected: " << r.error().message;
    EXPECT_EQ(r->canonical(), a.canonical);
    EXPECT_EQ(r->scheme, a.scheme);
    EXPECT_EQ(r->n[0], a.n0);
    EXPECT_EQ(r->n[1], a.n1);
    EXPECT_EQ(r->n[2], a.n2);
}

TEST_P(ParseAccepted, Utf8)
{
    expectParsed(parseControlId(std::string_view(GetParam().input)), GetParam());
}

TEST_P(ParseAccepted, Utf16)
{
    const std::u16string text = utf16(GetParam().input);
    expectParsed(parseControlId(std::u16string_view(text)), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Ids, ParseAccepted, ::testing::ValuesIn(kAccepted),
                         [](const ::testing::TestParamInfo<Accepted>& info)
                         { return paramName(info.index, info.param.input); });

// ------------------------------------------------------------------ rejected forms

const char* const kRejected[] = {
    "", "   ", "9", "A", "A.9", "A.9.2.3.4", "5.15a", "CLD.6.3", "x5.15", "5..15", "1234.1", "0.1",
    // More malformed text: no digits, a letter glued to the id, a zero level, a level > 255,
    // a lone prefix, four levels after CLD, a leading dot.
    "CLD", "CLD.", "A.", "A.9.2.3x", "A.0.1.1", "5.0", "5.256", "CLD.6.3.1.2", ".5.15", "A..9.2.3",
    "abc", "title 5.15", "\u3000", "－５．１５",
    // Punctuation or a symbol glued to the id: no id as typed (issue 14).
    "A.9.2.3!", "A.9.2.3\U0001F642", "5.15%", "5.15?", "A.9.2.3#", "5.15！", "A.9.2.3\u00E9",
    // Leading zeros: 5.015 is no 5.15, 5.01 neither 5.1 nor 5.10.
    "5.015", "5.01", "A.09.2.3", "05.15", "CLD.06.3.1",
    // Lists and ranges are not one id.
    "A.9.2.3;A.9.2.4", "A.9.2.3; A.9.2.4", "A.9.2.3, A.9.2.4", "A.9.2.3、A.9.2.4",
    "A.9.2.3 A.9.2.4", "5.15/8.2", "A.9.2.1-3", "5.1 - 5.3", "5.15\n5.16", "A.9.2.3,"};

class ParseRejected : public ::testing::TestWithParam<const char*>
{
};

void expectRejected(const isms::Result<isms::ControlId>& r)
{
    ASSERT_FALSE(r.ok()) << "accepted as " << r->canonical();
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(r.error().argIndex, 0);
    EXPECT_FALSE(r.error().message.empty());
}

TEST_P(ParseRejected, Utf8)
{
    expectRejected(parseControlId(std::string_view(GetParam())));
}

TEST_P(ParseRejected, Utf16)
{
    const std::u16string text = utf16(GetParam());
    expectRejected(parseControlId(std::u16string_view(text)));
}

INSTANTIATE_TEST_SUITE_P(Ids, ParseRejected, ::testing::ValuesIn(kRejected),
                         [](const ::testing::TestParamInfo<const char*>& info)
                         { return paramName(info.index, info.param); });

TEST(ParseControlId, AListIsSaidToBeOne)
{
    for (const char* input : {"A.9.2.3;A.9.2.4", "5.15 5.16", "A.9.2.1-3"})
    {
        auto r = parseControlId(std::string_view(input));
        ASSERT_FALSE(r.ok()) << input;
        EXPECT_NE(r.error().message.find("more than one control id"), std::string::npos)
            << r.error().message;
    }
    auto glued = parseControlId(std::string_view("A.9.2.3!"));
    ASSERT_FALSE(glued.ok());
    EXPECT_NE(glued.error().message.find("is not a control id"), std::string::npos)
        << glued.error().message;
}

TEST(ParseControlId, ErrorMessageQuotesTheInput)
{
    auto r8 = parseControlId(std::string_view("x5.15"));
    ASSERT_FALSE(r8.ok());
    EXPECT_NE(r8.error().message.find("x5.15"), std::string::npos) << r8.error().message;
    auto r16 = parseControlId(std::u16string_view(u"x5.15"));
    ASSERT_FALSE(r16.ok());
    EXPECT_NE(r16.error().message.find("x5.15"), std::string::npos) << r16.error().message;
}

// ------------------------------------------------------------------ broken encodings

/// Broken input must not crash; it may give an error, or the id typed before the broken part,
/// never some other id.
void expectErrorOr(const isms::Result<isms::ControlId>& r, const char* allowedCanonical)
{
    if (!r.ok())
    {
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(r.error().argIndex, 0);
        return;
    }
    ASSERT_NE(allowedCanonical, nullptr) << "accepted as " << r->canonical();
    EXPECT_EQ(r->canonical(), allowedCanonical);
}

TEST(ParseControlId, InvalidUtf8DoesNotCrash)
{
    struct Case
    {
        std::string input;
        const char* allowed;
    };
    const Case cases[] = {
        {"\xFF", nullptr},
        {"\xFF\xFE", nullptr},
        {"\x80"
         "5.15",
         nullptr},
        {"\xC3", nullptr},         // truncated 2-byte sequence
        {"\xE3\x81", nullptr},     // truncated 3-byte sequence
        {"\xF0\x9F\x98", nullptr}, // truncated 4-byte sequence
        {"\xED\xA0\x80"
         "5.15",
         nullptr}, // an encoded surrogate
        {"\xC0\xAE"
         "5.15",
         nullptr}, // overlong '.'
        {"5\xC0\xAE"
         "15",
         nullptr},                          // an overlong '.' is not a full stop
        {"5.15\xC3", "5.15"},               // truncated after the id
        {"A.9.2.3\x80", "A.9.2.3"},         // stray continuation after the id
        {"A.9.2.3\xFF\xFF\xFF", "A.9.2.3"}, // invalid bytes after the id
    };
    for (const Case& c : cases)
    {
        SCOPED_TRACE(::testing::PrintToString(c.input));
        expectErrorOr(parseControlId(std::string_view(c.input)), c.allowed);
    }
}

TEST(ParseControlId, LoneSurrogatesDoNotCrash)
{
    struct Case
    {
        std::u16string input;
        const char* allowed;
    };
    const Case cases[] = {
        {std::u16string(1, char16_t(0xD800)), nullptr},
        {std::u16string(1, char16_t(0xDC00)), nullptr},
        {std::u16string(1, char16_t(0xD83D)) + u"5.15", nullptr},
        {u"5.15" + std::u16string(1, char16_t(0xD800)), "5.15"},
        {u"A.9.2.3" + std::u16string(1, char16_t(0xDFFF)), "A.9.2.3"},
    };
    for (const Case& c : cases)
    {
        SCOPED_TRACE(c.input.size());
        expectErrorOr(parseControlId(std::u16string_view(c.input)), c.allowed);
    }
}

// ------------------------------------------------------------------ never a guess

// Surrounding white space is allowed ("  5.15  "), so however much of it precedes an id the
// parser reads the id that was typed — never a different control.
TEST(ParseControlId, LongLeadingWhitespaceNeverGivesAnotherId)
{
    for (const char* id : {"5.15", "A.9.2.3", "CLD.6.3.1", "8.34"})
    {
        for (std::size_t pad = 0; pad <= 64; ++pad)
        {
            const std::string input = std::string(pad, ' ') + id;
            SCOPED_TRACE(std::to_string(pad) + " spaces before " + id);
            auto r8 = parseControlId(std::string_view(input));
            ASSERT_TRUE(r8.ok()) << "UTF-8 overload: " << r8.error().message;
            EXPECT_EQ(r8->canonical(), id) << "UTF-8 overload";
            const std::u16string text = utf16(input);
            auto r16 = parseControlId(std::u16string_view(text));
            ASSERT_TRUE(r16.ok()) << "UTF-16 overload: " << r16.error().message;
            EXPECT_EQ(r16->canonical(), id) << "UTF-16 overload";
        }
    }
}

// A long title after the id does not matter.
TEST(ParseControlId, LongTitleAfterIdIsIgnored)
{
    const std::string input = "A.12.6.1 " + std::string(200, 'x');
    auto r = parseControlId(std::string_view(input));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->canonical(), "A.12.6.1");
}

// ------------------------------------------------------------------ ControlId helpers

TEST(ControlId, CanonicalAndKeyOrdering)
{
    auto a = parseControlId(std::string_view("A.8.1.4"));
    auto cld = parseControlId(std::string_view("CLD.8.1.5"));
    auto b = parseControlId(std::string_view("A.8.2.1"));
    auto x = parseControlId(std::string_view("5.15"));
    ASSERT_TRUE(a.ok() && cld.ok() && b.ok() && x.ok());
    EXPECT_EQ(a->levels(), 3);
    EXPECT_EQ(x->levels(), 2);
    // Natural order within a scheme; different schemes never share a key.
    EXPECT_LT(a->key(), b->key());
    EXPECT_NE(cld->key(), a->key());
    // Numeric order ignoring the scheme puts CLD.8.1.5 between A.8.1.4 and A.8.2.1.
    EXPECT_LT(a->numericKey(), cld->numericKey());
    EXPECT_LT(cld->numericKey(), b->numericKey());
    // 5.9 before 5.10 (numbers, not text).
    auto n9 = parseControlId(std::string_view("5.9"));
    auto n10 = parseControlId(std::string_view("5.10"));
    ASSERT_TRUE(n9.ok() && n10.ok());
    EXPECT_LT(n9->key(), n10->key());
    EXPECT_NE(*n9, *n10);
}

// ------------------------------------------------------------------ numberAsIdText

TEST(NumberAsIdText, DecimalsGiveTheIdText)
{
    EXPECT_EQ(isms::numberAsIdText(5.15), "5.15");
    EXPECT_EQ(isms::numberAsIdText(8.1), "8.1");
    EXPECT_EQ(isms::numberAsIdText(5.37), "5.37");
    EXPECT_EQ(isms::numberAsIdText(8.34), "8.34");
    EXPECT_EQ(isms::numberAsIdText(6.8), "6.8");
    EXPECT_EQ(isms::numberAsIdText(7.14), "7.14");
}

TEST(NumberAsIdText, IntegersAndNonFiniteGiveEmpty)
{
    EXPECT_EQ(isms::numberAsIdText(5.0), "");
    EXPECT_EQ(isms::numberAsIdText(0.0), "");
    EXPECT_EQ(isms::numberAsIdText(std::numeric_limits<double>::quiet_NaN()), "");
    EXPECT_EQ(isms::numberAsIdText(std::numeric_limits<double>::infinity()), "");
    EXPECT_EQ(isms::numberAsIdText(-std::numeric_limits<double>::infinity()), "");
}

TEST(NumberAsIdText, ResultParsesAsThe2022Id)
{
    for (double v : {5.15, 8.1, 5.37, 8.34, 6.8, 7.14})
    {
        const std::string text = isms::numberAsIdText(v);
        auto r = parseControlId(std::string_view(text));
        ASSERT_TRUE(r.ok()) << v;
        EXPECT_EQ(r->scheme, IdScheme::Annex2022);
        EXPECT_EQ(r->canonical(), text);
    }
}

} // namespace
