// The register's column mapping as a person edits it in the Register columns dialog.

#include "isms/column_form.hpp"
#include "register_support.hpp"
#include "text_support.hpp"

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

namespace
{

TEST(SoaForm, APersonsSoaMapRoundTripsAndReadsTheTable)
{
    using isms::SoaColumn;
    auto map = isms::soaMapFromChoices("Prohlášení", 4, 1,
                                       {{SoaColumn::Control, "A"},
                                        {SoaColumn::Applicability, "C — Použitelnost"},
                                        {SoaColumn::ExclusionJustification, "e"},
                                        {SoaColumn::Status, "F"},
                                        {SoaColumn::Evidence, ""}});
    ASSERT_TRUE(map.ok()) << map.error().message;
    const std::string json = isms::soaMapToJson(*map);
    EXPECT_EQ(
        json,
        R"({"sheet":"Prohlášení","headerRow":4,"headerRows":1,"columns":{"control":"A","applicability":"C","exclusionJustification":"E","status":"F"}})");
    auto back = isms::soaMapFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->column, map->column);
    const isms::Grid g = makeGrid({
        {u"Prohlášení o aplikovatelnosti"},
        {},
        {},
        {u"Opatření", u"Název", u"Použitelnost", u"Důvod", u"Důvod vyloučení", u"Stav"},
        {u"5 Organizační opatření"},
        {5.1, u"Politiky", u"Ano", u"", u"", u"Zavedeno"},
        {u"5.7", u"Zpravodajství o hrozbách", u"Ne", u"", u"Nepoužíváme", u""},
    });
    const isms::SoaTable t = isms::readSoaTable(g, *back);
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.ids, (std::vector<std::string>{"", "5.1", "5.7"}));
    EXPECT_EQ(t.sectionRows, (std::vector<int>{4}));
    EXPECT_EQ(isms::classifyApplicability(t.rows[2].second.at(SoaColumn::Applicability)),
              isms::Applicability::Excluded);
}

TEST(SoaForm, TheControlAndApplicabilityColumnsAreRequired)
{
    using isms::SoaColumn;
    auto noDecision = isms::soaMapFromChoices("S", 1, 1, {{SoaColumn::Control, "A"}});
    ASSERT_FALSE(noDecision.ok());
    EXPECT_NE(noDecision.error().message.find("Applicab"), std::string::npos)
        << noDecision.error().message;
    for (
        const char* bad :
        {"[]", R"({"sheet":"S","headerRow":1,"columns":{"control":"A"}})",
         R"({"sheet":"S","headerRow":0,"columns":{"control":"A","applicability":"B"}})",
         R"({"sheet":"S","headerRow":1,"headerRows":3,"columns":{"control":"A","applicability":"B"}})",
         R"({"sheet":"S","headerRow":1,"columns":{"control":"A","applicability":"B","x":"C"}})",
         R"({"sheet":"S","headerRow":1,"columns":{"control":"A1","applicability":"B"}})"})
        EXPECT_FALSE(isms::soaMapFromJson(bad).ok()) << bad;
}

} // namespace

namespace
{

TEST(SoaForm, AMapBeyondTheSheetReadsNothingAndNeverCrashes)
{
    const isms::Grid g = makeGrid({{u"Control", u"Applicable"}, {u"5.1", u"Yes"}});
    for (
        const char* json :
        {R"({"sheet":"S","headerRow":1000000,"columns":{"control":"A","applicability":"B"}})",
         R"({"sheet":"S","headerRow":1,"headerRows":2,"columns":{"control":"ZZ","applicability":"XFD"}})",
         R"({"sheet":"S","headerRow":2,"headerRows":2,"columns":{"control":"A","applicability":"B"}})"})
    {
        auto map = isms::soaMapFromJson(json);
        ASSERT_TRUE(map.ok()) << json << " " << map.error().message;
        const isms::SoaTable t = isms::readSoaTable(g, *map);
        EXPECT_TRUE(t.rows.size() <= 1u) << json;
    }
    // and an empty sheet
    auto map = isms::soaMapFromJson(
        R"({"sheet":"S","headerRow":3,"columns":{"control":"A","applicability":"B"}})");
    ASSERT_TRUE(map.ok());
    EXPECT_TRUE(isms::readSoaTable(isms::Grid(), *map).rows.empty());
}

// ------------------------------------------------------------------ hostile ISMS.SoaMap

void expectSoaMapRejected(const std::string& json, std::string_view message)
{
    auto r = isms::soaMapFromJson(json);
    ASSERT_FALSE(r.ok()) << "accepted: " << json.substr(0, 200);
    EXPECT_EQ(r.error().kind, isms::ErrorKind::InvalidArgument);
    EXPECT_EQ(r.error().message, message);
}

TEST(SoaMapJson, DuplicateKeysAreRejected)
{
    expectSoaMapRejected(
        R"({"sheet":"S","headerRow":1,"headerRow":2,"columns":{"control":"A","applicability":"B"}})",
        R"(ISMS.SoaMap: the key "headerRow" is given twice in one object)");
    expectSoaMapRejected(
        R"({"sheet":"S","headerRow":1,"columns":{"control":"A","applicability":"B","control":"C"}})",
        R"(ISMS.SoaMap: the key "control" is given twice in one object)");
}

TEST(SoaMapJson, RowsBeyondIntegerRangeAreRejected)
{
    for (const char* row : {"4294967299", "-4294967293", "18446744073709551619", "1000001", "3.5"})
        expectSoaMapRejected(std::string(R"({"sheet":"S","headerRow":)") + row +
                                 R"(,"columns":{"control":"A","applicability":"B"}})",
                             R"(ISMS.SoaMap: "headerRow" must be a row number from 1 to 1000000)");
    for (const char* rows : {"4294967298", "18446744073709551617", "1.5"})
        expectSoaMapRejected(std::string(R"({"sheet":"S","headerRow":1,"headerRows":)") + rows +
                                 R"(,"columns":{"control":"A","applicability":"B"}})",
                             R"(ISMS.SoaMap: "headerRows" must be 1 or 2)");
}

TEST(SoaMapJson, DeepNestingIsRejectedWithoutOverflowingTheStack)
{
    for (const std::string& json : {deepArrays(10000), deepObjects(10000)})
        expectSoaMapRejected(json, "ISMS.SoaMap: it is nested deeper than 64 levels");
}

} // namespace
