// The register's column mapping as a person edits it in the Register columns dialog.

#include "isms/register_form.hpp"
#include "register_support.hpp"

#include <gtest/gtest.h>

namespace
{

using namespace isms::test;
using isms::FieldChoice;
using isms::Lang;
using F = isms::RegisterField;

isms::Grid sample()
{
    return makeGrid({
        {u"Risk register"},
        {u"ID", u"Asset", u"Threat", u"Current controls", u"", u"Reference to ISO 27001 control"},
        {u"R-1", u"CRM", u"Phishing", u"MFA", u"note", u"5.17, 8.5"},
        {u"R-2", u"Laptops", u"Theft", u"Cable locks", u"", u"7.9"},
    });
}

TEST(RegisterForm, ChoicesNameEachColumnByItsHeading)
{
    const isms::Grid g = sample();
    auto map = isms::detectRegister(g);
    ASSERT_TRUE(map.ok()) << map.error().message;
    const auto en = isms::columnChoices(g, *map, Lang::En);
    ASSERT_EQ(en.size(), 7u);
    EXPECT_EQ(en[0], "(none)");
    EXPECT_EQ(en[1], "A — ID");
    EXPECT_EQ(en[5], "E — note") << "no heading: the first value below";
    EXPECT_EQ(en[6], "F — Reference to ISO 27001 control");
    EXPECT_EQ(isms::columnChoices(g, *map, Lang::Ja)[0], "(なし)");
    EXPECT_EQ(isms::choiceFor(g, *map, F::Controls, Lang::En),
              "F — Reference to ISO 27001 control");
    EXPECT_EQ(isms::choiceFor(g, *map, F::Owner, Lang::En), "");
}

TEST(RegisterForm, WhatAPersonTypesOrPicks)
{
    auto map = isms::mapFromChoices(2, 1,
                                    {{F::RiskId, "A — ID"},
                                     {F::Threat, "c"},
                                     {F::Controls, " D "},
                                     {F::Owner, "(none)"},
                                     {F::Asset, ""},
                                     {F::Treatment, "(なし)"}});
    ASSERT_TRUE(map.ok()) << map.error().message;
    EXPECT_EQ(map->headerRow, 1);
    EXPECT_EQ(map->col(F::RiskId), 0);
    EXPECT_EQ(map->col(F::Threat), 2);
    EXPECT_EQ(map->col(F::Controls), 3);
    EXPECT_EQ(map->col(F::Owner), -1);
    EXPECT_EQ(map->col(F::Asset), -1);
}

TEST(RegisterForm, MistakesNameTheField)
{
    auto notAColumn = isms::mapFromChoices(1, 1, {{F::Controls, "E5"}});
    ASSERT_FALSE(notAColumn.ok());
    EXPECT_NE(notAColumn.error().message.find("Controls"), std::string::npos)
        << notAColumn.error().message;
    EXPECT_NE(notAColumn.error().message.find("管理策"), std::string::npos);
    auto twice = isms::mapFromChoices(1, 1, {{F::Threat, "C"}, {F::Controls, "C"}});
    ASSERT_FALSE(twice.ok());
    EXPECT_NE(twice.error().message.find("column C"), std::string::npos) << twice.error().message;
    EXPECT_FALSE(isms::mapFromChoices(0, 1, {{F::Threat, "C"}}).ok());
    EXPECT_FALSE(isms::mapFromChoices(1, 4, {{F::Threat, "C"}}).ok());
    EXPECT_FALSE(isms::mapFromChoices(1, 1, {{F::Threat, ""}}).ok()) << "nothing chosen";
}

} // namespace
