// The meaning of the control cell functions: argument keywords, ISMS.CONTROL fields,
// ISMS.MAP, and ISMS.CONTROLS listing.

#include "isms/control_functions.hpp"
#include "catalog_support.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Catalog;
using isms::Control;
using isms::ControlField;
using isms::ControlFilter;
using isms::Edition;
using isms::ErrorKind;
using isms::Lang;

std::string show(std::u16string_view s)
{
    std::string out;
    for (char16_t c : s)
        out += c < 0x80 ? char(c) : '?';
    return "'" + out + "' (" + std::to_string(s.size()) + " units)";
}

template <typename T> void expectInvalidAt(const isms::Result<T>& r, int argIndex)
{
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(r.error().argIndex, argIndex);
    EXPECT_FALSE(r.error().message.empty());
}

// ------------------------------------------------------------------ parseControlField

TEST(ParseControlField, Keywords)
{
    struct Case
    {
        std::u16string_view text;
        ControlField field;
    };
    const Case cases[] = {
        {u"", ControlField::Title},
        {u"title", ControlField::Title},
        {u"Title", ControlField::Title},
        {u"TITLE", ControlField::Title},
        {u" title ", ControlField::Title},
        {u"名称", ControlField::Title},
        {u"edition", ControlField::Edition},
        {u"EDITION", ControlField::Edition},
        {u"版", ControlField::Edition},
        {u"clause", ControlField::Clause},
        {u"Clause", ControlField::Clause},
        {u"箇条", ControlField::Clause},
        {u"objective", ControlField::Objective},
        {u"OBJECTIVE", ControlField::Objective},
        {u"管理目的", ControlField::Objective},
        {u"id", ControlField::Id},
        {u"ID", ControlField::Id},
        {u"Id", ControlField::Id},
        {u"\u3000id\u3000", ControlField::Id},
    };
    for (const Case& c : cases)
    {
        SCOPED_TRACE(show(c.text));
        auto r = isms::parseControlField(c.text, 1);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(*r, c.field);
    }
}

TEST(ParseControlField, RejectsOthersAtTheGivenArgument)
{
    for (std::u16string_view s : {u"name", u"titles", u"x", u"title2", u"ti tle", u"objectives",
                                  u"identifier", u"名前", u"2022"})
    {
        SCOPED_TRACE(show(s));
        expectInvalidAt(isms::parseControlField(s, 1), 1);
        expectInvalidAt(isms::parseControlField(s, 3), 3);
    }
}

// ------------------------------------------------------------------ parseLang

TEST(ParseLang, Keywords)
{
    for (std::u16string_view s :
         {u"en", u"EN", u"En", u"en-US", u"EN-us", u"en-GB", u"english", u"English", u"英語"})
    {
        SCOPED_TRACE(show(s));
        auto r = isms::parseLang(s, Lang::Ja, 2);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(*r, Lang::En);
    }
    for (std::u16string_view s :
         {u"ja", u"JA", u"Ja", u"ja-JP", u"JA-jp", u"jp", u"japanese", u"Japanese", u"日本語"})
    {
        SCOPED_TRACE(show(s));
        auto r = isms::parseLang(s, Lang::En, 2);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(*r, Lang::Ja);
    }
}

TEST(ParseLang, EmptyGivesTheFallback)
{
    for (Lang fallback : {Lang::En, Lang::Ja})
    {
        auto r = isms::parseLang(u"", fallback, 2);
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(*r, fallback);
        auto blank = isms::parseLang(u"  ", fallback, 2);
        ASSERT_TRUE(blank.ok());
        EXPECT_EQ(*blank, fallback);
    }
}

TEST(ParseLang, RejectsOthersAtTheGivenArgument)
{
    for (std::u16string_view s :
         {u"fr", u"de", u"e", u"eng", u"jpn", u"ja_JP", u"english!", u"中文"})
    {
        SCOPED_TRACE(show(s));
        expectInvalidAt(isms::parseLang(s, Lang::En, 2), 2);
        expectInvalidAt(isms::parseLang(s, Lang::Ja, 0), 0);
    }
}

// ------------------------------------------------------------------ parseEdition

TEST(ParseEdition, Keywords)
{
    struct Case
    {
        std::u16string_view text;
        Edition edition;
    };
    const Case cases[] = {
        {u"", Edition::Iso27001_2022},           {u"2022", Edition::Iso27001_2022},
        {u"27001:2022", Edition::Iso27001_2022}, {u" 2022 ", Edition::Iso27001_2022},
        {u"2013", Edition::Iso27001_2013},       {u"27001:2013", Edition::Iso27001_2013},
        {u"27017", Edition::Iso27017_2015},      {u"27017:2015", Edition::Iso27017_2015},
    };
    for (const Case& c : cases)
    {
        SCOPED_TRACE(show(c.text));
        auto r = isms::parseEdition(c.text, 0);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(*r, c.edition);
    }
}

TEST(ParseEdition, RejectsOthersAtTheGivenArgument)
{
    for (std::u16string_view s :
         {u"2019", u"27001", u"27001:2015", u"27017:2013", u"x", u"20222", u"2022x", u"27002"})
    {
        SCOPED_TRACE(show(s));
        expectInvalidAt(isms::parseEdition(s, 0), 0);
        expectInvalidAt(isms::parseEdition(s, 4), 4);
    }
}

// ------------------------------------------------------------------ parseMapTarget

TEST(ParseMapTarget, Keywords)
{
    struct Case
    {
        std::u16string_view text;
        Edition edition;
    };
    const Case cases[] = {
        {u"2022", Edition::Iso27001_2022},   {u"27001:2022", Edition::Iso27001_2022},
        {u"2013", Edition::Iso27001_2013},   {u"27001:2013", Edition::Iso27001_2013},
        {u" 2013 ", Edition::Iso27001_2013},
    };
    for (const Case& c : cases)
    {
        SCOPED_TRACE(show(c.text));
        auto r = isms::parseMapTarget(c.text, 1);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(*r, c.edition);
    }
}

TEST(ParseMapTarget, Rejects27017AndOthersAtTheGivenArgument)
{
    for (std::u16string_view s : {u"27017", u"27017:2015", u"cld", u"2015", u"2019", u"x"})
    {
        SCOPED_TRACE(show(s));
        expectInvalidAt(isms::parseMapTarget(s, 1), 1);
    }
}

// ------------------------------------------------------------------ parseControlFilter

TEST(ParseControlFilter, Keywords)
{
    struct Case
    {
        std::u16string_view text;
        ControlFilter filter;
    };
    const Case cases[] = {
        {u"", ControlFilter::All},
        {u"customer", ControlFilter::Customer},
        {u"Customer", ControlFilter::Customer},
        {u"CUSTOMER", ControlFilter::Customer},
        {u"カスタマ", ControlFilter::Customer},
        {u"provider", ControlFilter::Provider},
        {u"Provider", ControlFilter::Provider},
        {u"プロバイダ", ControlFilter::Provider},
        {u"cloud", ControlFilter::Cloud},
        {u"CLOUD", ControlFilter::Cloud},
        {u"クラウド", ControlFilter::Cloud},
        {u"new", ControlFilter::New},
        {u"New", ControlFilter::New},
        {u"新規", ControlFilter::New},
        {u" new ", ControlFilter::New},
    };
    for (const Case& c : cases)
    {
        SCOPED_TRACE(show(c.text));
        auto r = isms::parseControlFilter(c.text, 1);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(*r, c.filter);
    }
}

TEST(ParseControlFilter, RejectsOthersAtTheGivenArgument)
{
    for (std::u16string_view s :
         {u"customers", u"both", u"old", u"x", u"clouds", u"provider,customer", u"新"})
    {
        SCOPED_TRACE(show(s));
        expectInvalidAt(isms::parseControlFilter(s, 1), 1);
        expectInvalidAt(isms::parseControlFilter(s, 2), 2);
    }
}

// ------------------------------------------------------------------ controlField

TEST(ControlField, Of2013Control)
{
    const Control& c = control("A.9.2.3");
    EXPECT_EQ(isms::controlField(c, ControlField::Id, Lang::En), "A.9.2.3");
    EXPECT_EQ(isms::controlField(c, ControlField::Edition, Lang::En), "27001:2013");
    EXPECT_EQ(isms::controlField(c, ControlField::Edition, Lang::Ja), "27001:2013");
    EXPECT_EQ(isms::controlField(c, ControlField::Clause, Lang::En), "A.9");
    EXPECT_EQ(isms::controlField(c, ControlField::Clause, Lang::Ja), "A.9");
    EXPECT_EQ(isms::controlField(c, ControlField::Objective, Lang::En), "A.9.2");
    EXPECT_EQ(isms::controlField(c, ControlField::Objective, Lang::Ja), "A.9.2");
    const std::string_view en = isms::controlField(c, ControlField::Title, Lang::En);
    const std::string_view ja = isms::controlField(c, ControlField::Title, Lang::Ja);
    EXPECT_FALSE(en.empty());
    EXPECT_FALSE(ja.empty());
    EXPECT_NE(en, ja);
    EXPECT_EQ(en, c.title.en);
    EXPECT_EQ(ja, c.title.ja);
}

TEST(ControlField, Of2022Control)
{
    const Control& c = control("8.8");
    EXPECT_EQ(isms::controlField(c, ControlField::Id, Lang::Ja), "8.8");
    EXPECT_EQ(isms::controlField(c, ControlField::Edition, Lang::En), "27001:2022");
    EXPECT_EQ(isms::controlField(c, ControlField::Clause, Lang::Ja), "技術的管理策");
    EXPECT_EQ(isms::controlField(c, ControlField::Clause, Lang::En), "Technological controls");
    EXPECT_EQ(isms::controlField(c, ControlField::Objective, Lang::En), "");

    const Control& ac = control("5.15");
    EXPECT_EQ(isms::controlField(ac, ControlField::Objective, Lang::En), "");
    EXPECT_EQ(isms::controlField(ac, ControlField::Objective, Lang::Ja), "");
    EXPECT_EQ(isms::controlField(ac, ControlField::Clause, Lang::Ja), "組織的管理策");
    EXPECT_EQ(isms::controlField(control("6.3"), ControlField::Clause, Lang::Ja), "人的管理策");
    EXPECT_EQ(isms::controlField(control("7.4"), ControlField::Clause, Lang::Ja), "物理的管理策");
    EXPECT_EQ(isms::controlField(ac, ControlField::Title, Lang::En), ac.title.en);
    EXPECT_EQ(isms::controlField(ac, ControlField::Title, Lang::Ja), ac.title.ja);
}

TEST(ControlField, OfCldControl)
{
    const Control& c = control("CLD.9.5.1");
    EXPECT_EQ(isms::controlField(c, ControlField::Id, Lang::En), "CLD.9.5.1");
    EXPECT_EQ(isms::controlField(c, ControlField::Edition, Lang::En), "27017:2015");
    EXPECT_EQ(isms::controlField(c, ControlField::Clause, Lang::En), "A.9");
    EXPECT_EQ(isms::controlField(c, ControlField::Objective, Lang::En), "CLD.9.5");
    EXPECT_FALSE(isms::controlField(c, ControlField::Title, Lang::En).empty());
    EXPECT_FALSE(isms::controlField(c, ControlField::Title, Lang::Ja).empty());

    const Control& c815 = control("CLD.8.1.5");
    EXPECT_EQ(isms::controlField(c815, ControlField::Clause, Lang::Ja), "A.8");
    EXPECT_EQ(isms::controlField(c815, ControlField::Objective, Lang::Ja), "A.8.1");
}

// ------------------------------------------------------------------ mapControl / joinIds

std::string mapped(const char* id, Edition target)
{
    return isms::joinIds(isms::mapControl(control(id), target));
}

TEST(MapControl, AcrossEditions)
{
    EXPECT_EQ(mapped("A.18.2.3", Edition::Iso27001_2022), "5.36, 8.8");
    EXPECT_EQ(mapped("5.15", Edition::Iso27001_2013), "A.9.1.1, A.9.1.2");
    EXPECT_EQ(mapped("8.8", Edition::Iso27001_2013), "A.12.6.1, A.18.2.3");
    EXPECT_EQ(mapped("A.9.2.3", Edition::Iso27001_2022), "8.2");
    EXPECT_EQ(mapped("A.8.1.3", Edition::Iso27001_2022), "5.10");
    EXPECT_EQ(mapped("5.10", Edition::Iso27001_2013), "A.8.1.3, A.8.2.3");
}

TEST(MapControl, ToItsOwnEditionIsItself)
{
    EXPECT_EQ(mapped("A.9.2.3", Edition::Iso27001_2013), "A.9.2.3");
    EXPECT_EQ(mapped("A.18.2.3", Edition::Iso27001_2013), "A.18.2.3");
    EXPECT_EQ(mapped("5.15", Edition::Iso27001_2022), "5.15");
    EXPECT_EQ(mapped("5.7", Edition::Iso27001_2022), "5.7");
}

TEST(MapControl, CldControls)
{
    EXPECT_EQ(mapped("CLD.9.5.1", Edition::Iso27001_2022), "8.3, 8.22");
    EXPECT_EQ(mapped("CLD.9.5.1", Edition::Iso27001_2013), "");
    EXPECT_EQ(mapped("CLD.6.3.1", Edition::Iso27001_2022), "5.2, 5.23");
    EXPECT_EQ(mapped("CLD.8.1.5", Edition::Iso27001_2013), "");
}

TEST(MapControl, NewControlHasNo2013Counterpart)
{
    for (const char* id : {"5.7", "5.23", "8.28"})
        EXPECT_EQ(mapped(id, Edition::Iso27001_2013), "") << id;
}

TEST(JoinIds, Separator)
{
    EXPECT_EQ(isms::joinIds({}), "");
    EXPECT_EQ(isms::joinIds({&control("5.1")}), "5.1");
    EXPECT_EQ(isms::joinIds({&control("5.1"), &control("A.5.1.1"), &control("CLD.6.3.1")}),
              "5.1, A.5.1.1, CLD.6.3.1");
}

TEST(DefaultMapTarget, IsTheOther27001Edition)
{
    EXPECT_EQ(isms::defaultMapTarget(control("A.9.2.3")), Edition::Iso27001_2022);
    EXPECT_EQ(isms::defaultMapTarget(control("5.15")), Edition::Iso27001_2013);
    EXPECT_EQ(isms::defaultMapTarget(control("CLD.9.5.1")), Edition::Iso27001_2022);
}

// ------------------------------------------------------------------ listControls

std::vector<std::string> list(Edition e, ControlFilter f)
{
    auto r = isms::listControls(cat(), e, f, 1);
    if (!r.ok())
        throw std::runtime_error(r.error().message);
    std::vector<std::string> out;
    for (const Control* c : *r)
        out.push_back(c->canonical);
    return out;
}

TEST(ListControls, AllAndNew)
{
    EXPECT_EQ(list(Edition::Iso27001_2022, ControlFilter::All).size(), 93u);
    EXPECT_EQ(list(Edition::Iso27001_2013, ControlFilter::All).size(), 114u);
    EXPECT_EQ(list(Edition::Iso27017_2015, ControlFilter::All).size(), 44u);
    EXPECT_EQ(list(Edition::Iso27001_2022, ControlFilter::New),
              (std::vector<std::string>{"5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12",
                                        "8.16", "8.23", "8.28"}));
    EXPECT_EQ(list(Edition::Iso27017_2015, ControlFilter::New),
              (std::vector<std::string>{"CLD.6.3.1", "CLD.8.1.5", "CLD.9.5.1", "CLD.9.5.2",
                                        "CLD.12.1.5", "CLD.12.4.5", "CLD.13.1.4"}));
}

TEST(ListControls, AllStartsAndEndsWhereTheStandardDoes)
{
    const auto l22 = list(Edition::Iso27001_2022, ControlFilter::All);
    ASSERT_FALSE(l22.empty());
    EXPECT_EQ(l22.front(), "5.1");
    EXPECT_EQ(l22.back(), "8.34");
    const auto l13 = list(Edition::Iso27001_2013, ControlFilter::All);
    ASSERT_FALSE(l13.empty());
    EXPECT_EQ(l13.front(), "A.5.1.1");
    EXPECT_EQ(l13.back(), "A.18.2.3");
}

TEST(ListControls, NewWith2013IsAnErrorAtTheFilterArgument)
{
    for (int argIndex : {0, 1, 2})
    {
        auto r = isms::listControls(cat(), Edition::Iso27001_2013, ControlFilter::New, argIndex);
        expectInvalidAt(r, argIndex);
    }
}

} // namespace
