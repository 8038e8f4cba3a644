// The register map stored in the ISMS.RegisterMap document property: column letters, JSON
// round trip, and rejection of hand-edited maps that cannot be used.

#include "isms/register.hpp"
#include "isms/workbook_settings.hpp"
#include "register_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace
{

using namespace isms::test;

using isms::ErrorKind;
using isms::RegisterMap;
using F = isms::RegisterField;

// ------------------------------------------------------------------ column letters

TEST(ColumnName, Letters)
{
    EXPECT_EQ(isms::columnName(0), "A");
    EXPECT_EQ(isms::columnName(1), "B");
    EXPECT_EQ(isms::columnName(25), "Z");
    EXPECT_EQ(isms::columnName(26), "AA");
    EXPECT_EQ(isms::columnName(27), "AB");
    EXPECT_EQ(isms::columnName(51), "AZ");
    EXPECT_EQ(isms::columnName(52), "BA");
    EXPECT_EQ(isms::columnName(701), "ZZ");
    EXPECT_EQ(isms::columnName(702), "AAA");
    EXPECT_EQ(isms::columnName(16383), "XFD"); // Calc's and Excel's last column
}

TEST(ColumnIndex, Letters)
{
    EXPECT_EQ(isms::columnIndex("A"), 0);
    EXPECT_EQ(isms::columnIndex("Z"), 25);
    EXPECT_EQ(isms::columnIndex("AA"), 26);
    EXPECT_EQ(isms::columnIndex("aa"), 26);
    EXPECT_EQ(isms::columnIndex("Ab"), 27);
    EXPECT_EQ(isms::columnIndex("ZZ"), 701);
    EXPECT_EQ(isms::columnIndex("AAA"), 702);
    EXPECT_EQ(isms::columnIndex("XFD"), 16383);
}

TEST(ColumnIndex, NotAColumnName)
{
    EXPECT_EQ(isms::columnIndex("A1"), -1);
    EXPECT_EQ(isms::columnIndex(""), -1);
    EXPECT_EQ(isms::columnIndex("ABCD"), -1);
    EXPECT_EQ(isms::columnIndex("1"), -1);
    EXPECT_EQ(isms::columnIndex(" A"), -1);
    EXPECT_EQ(isms::columnIndex("A-"), -1);
    EXPECT_EQ(isms::columnIndex("$A"), -1);
}

TEST(ColumnName, RoundTripsThroughColumnIndex)
{
    for (int c = 0; c < 18278; ++c) // A … ZZZ
    {
        const std::string name = isms::columnName(c);
        ASSERT_EQ(isms::columnIndex(name), c) << name;
        ASSERT_EQ(col(name), c) << name; // agrees with the test's own conversion
    }
}

// ------------------------------------------------------------------ JSON

RegisterMap sampleMap()
{
    RegisterMap m;
    m.headerRow = 3; // sheet row 4
    m.headerRows = 2;
    m.column[std::size_t(F::RiskId)] = 0;
    m.column[std::size_t(F::Threat)] = 2;
    m.column[std::size_t(F::Likelihood)] = 4;
    m.column[std::size_t(F::Impact)] = 5;
    m.column[std::size_t(F::Controls)] = 27;       // AB
    m.column[std::size_t(F::ResidualValue)] = 702; // AAA
    m.confidence = 0.5;
    return m;
}

TEST(RegisterMapJson, PropertyName)
{
    EXPECT_EQ(isms::kPropRegisterMap, "ISMS.RegisterMap");
}

TEST(RegisterMapJson, WrittenWithLettersAndOneBasedRows)
{
    const std::string json = isms::registerMapToJson(sampleMap(), "リスク台帳 2024");
    EXPECT_TRUE(isValidUtf8(json)) << json;
    EXPECT_TRUE(contains(json, "リスク台帳 2024")) << json;
    EXPECT_TRUE(contains(json, R"("headerRow":4)")) << json;
    EXPECT_TRUE(contains(json, R"("headerRows":2)")) << json;
    EXPECT_TRUE(contains(json, R"("firstDataRow":6)")) << json;
    EXPECT_TRUE(contains(json, R"("riskId":"A")")) << json;
    EXPECT_TRUE(contains(json, R"("threat":"C")")) << json;
    EXPECT_TRUE(contains(json, R"("controls":"AB")")) << json;
    EXPECT_TRUE(contains(json, R"("residualValue":"AAA")")) << json;
    // Fields not present are left out.
    EXPECT_FALSE(contains(json, "owner")) << json;
    EXPECT_FALSE(contains(json, "asset")) << json;
}

TEST(RegisterMapJson, RoundTrip)
{
    const RegisterMap m = sampleMap();
    const std::string json = isms::registerMapToJson(m, "リスク台帳 2024");
    auto back = isms::registerMapFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message << "\n" << json;
    EXPECT_EQ(back->sheet, "リスク台帳 2024");
    EXPECT_EQ(back->map.headerRow, 3);
    EXPECT_EQ(back->map.headerRows, 2);
    EXPECT_EQ(back->map.firstDataRow(), 5);
    for (std::size_t f = 0; f < isms::kRegisterFieldCount; ++f)
        EXPECT_EQ(back->map.column[f], m.column[f]) << fieldName(F(f));
    EXPECT_GE(back->map.confidence, 0.0);
    EXPECT_LE(back->map.confidence, 1.0);
}

TEST(RegisterMapJson, RoundTripOfADetectedMap)
{
    const isms::Grid g = makeGrid({
        {u"管理表"},
        {},
        {u"リスクID", u"資産", u"脅威", u"脆弱性", u"発生可能性", u"影響度", u"リスク値",
         u"リスク対応", u"管理策", u"リスク所有者"},
    });
    auto detected = isms::detectRegister(g);
    ASSERT_TRUE(detected.ok()) << detected.error().message;
    const std::string json = isms::registerMapToJson(*detected, "Sheet1");
    auto back = isms::registerMapFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->sheet, "Sheet1");
    EXPECT_EQ(back->map.headerRow, detected->headerRow);
    EXPECT_EQ(back->map.headerRows, detected->headerRows);
    EXPECT_EQ(back->map.column, detected->column);
    EXPECT_DOUBLE_EQ(back->map.confidence, detected->confidence);
}

TEST(RegisterMapJson, HandWrittenMap)
{
    auto r = isms::registerMapFromJson(
        R"({"sheet": "Risks", "headerRow": 2, "columns": {"riskId": "b", "controls": "AA", "owner": "c"}})");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->sheet, "Risks");
    EXPECT_EQ(r->map.headerRow, 1);
    EXPECT_EQ(r->map.headerRows, 1); // the default
    EXPECT_EQ(r->map.firstDataRow(), 2);
    EXPECT_EQ(r->map.col(F::RiskId), 1);
    EXPECT_EQ(r->map.col(F::Controls), 26);
    EXPECT_EQ(r->map.col(F::Owner), 2);
    EXPECT_EQ(r->map.col(F::Threat), -1);
}

void expectRejected(std::string_view json, std::string_view keyword)
{
    auto r = isms::registerMapFromJson(json);
    ASSERT_FALSE(r.ok()) << "accepted: " << json;
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    EXPECT_TRUE(contains(r.error().message, "ISMS.RegisterMap")) << r.error().message;
    EXPECT_TRUE(contains(r.error().message, keyword))
        << "message '" << r.error().message << "' does not mention '" << keyword << "'";
}

TEST(RegisterMapJson, Rejections)
{
    expectRejected("{", "JSON");
    expectRejected("", "JSON");
    expectRejected("[1, 2]", "JSON");
    expectRejected(R"({"headerRow": 1, "columns": {"riskId": "A"}})", "sheet");
    expectRejected(R"({"sheet": 5, "headerRow": 1, "columns": {"riskId": "A"}})", "sheet");
    expectRejected(R"({"sheet": "R", "headerRow": 0, "columns": {"riskId": "A"}})", "headerRow");
    expectRejected(R"({"sheet": "R", "headerRow": -2, "columns": {"riskId": "A"}})", "headerRow");
    expectRejected(R"({"sheet": "R", "headerRow": "4", "columns": {"riskId": "A"}})", "headerRow");
    expectRejected(R"({"sheet": "R", "columns": {"riskId": "A"}})", "headerRow");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "headerRows": 4, "columns": {"riskId": "A"}})",
                   "headerRows");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "headerRows": 0, "columns": {"riskId": "A"}})",
                   "headerRows");
    expectRejected(R"({"sheet": "R", "headerRow": 1})", "columns");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "columns": {"colour": "A"}})", "colour");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "columns": {"riskId": "A1"}})", "riskId");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "columns": {"riskId": ""}})", "riskId");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "columns": {"riskId": 1}})", "riskId");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "columns": {"threat": "ABCD"}})", "threat");
}

TEST(RegisterMapJson, RejectsNonIntegerHeaderRows)
{
    // A hand-edited property must give an error, not throw out of the core.
    for (const char* json :
         {R"({"sheet": "R", "headerRow": 1, "headerRows": "2", "columns": {"riskId": "A"}})",
          R"({"sheet": "R", "headerRow": 1, "headerRows": null, "columns": {"riskId": "A"}})"})
    {
        SCOPED_TRACE(json);
        EXPECT_NO_THROW({
            auto r = isms::registerMapFromJson(json);
            EXPECT_FALSE(r.ok());
            if (!r.ok())
            {
                EXPECT_TRUE(contains(r.error().message, "headerRows")) << r.error().message;
            }
        });
    }
}

// ------------------------------------------------------------------ hostile maps

TEST(RegisterMapJson, DuplicateKeysAreRejected)
{
    expectRejected(R"({"sheet": "R", "headerRow": 1, "headerRow": 3, "columns": {"riskId": "A"}})",
                   "the key \"headerRow\" is given twice in one object");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "columns": {"riskId": "A", "riskId": "B"}})",
                   "the key \"riskId\" is given twice in one object");
    expectRejected(R"({"sheet": "A", "sheet": "B", "headerRow": 1, "columns": {"riskId": "A"}})",
                   "the key \"sheet\" is given twice in one object");
}

TEST(RegisterMapJson, RowsBeyondIntegerRangeDoNotWrap)
{
    // 4294967299 = 2^32 + 3 was read as row 3.
    for (const char* row :
         {"4294967299", "-4294967293", "18446744073709551619", "1000001", "3.5", "3.0", "1e0"})
    {
        SCOPED_TRACE(row);
        auto r = isms::registerMapFromJson(std::string(R"({"sheet": "R", "headerRow": )") + row +
                                           R"(, "columns": {"riskId": "A"}})");
        ASSERT_FALSE(r.ok()) << "accepted headerRow " << row;
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(r.error().message,
                  "ISMS.RegisterMap: \"headerRow\" must be a row number from 1 to 1000000");
    }
    for (const char* rows : {"4294967298", "-4294967294", "18446744073709551617", "2.5"})
    {
        SCOPED_TRACE(rows);
        auto r = isms::registerMapFromJson(
            std::string(R"({"sheet": "R", "headerRow": 1, "headerRows": )") + rows +
            R"(, "columns": {"riskId": "A"}})");
        ASSERT_FALSE(r.ok()) << "accepted headerRows " << rows;
        EXPECT_EQ(r.error().message, "ISMS.RegisterMap: \"headerRows\" must be 1, 2 or 3");
    }
    auto last = isms::registerMapFromJson(
        R"({"sheet": "R", "headerRow": 1000000, "headerRows": 3, "columns": {"riskId": "A"}})");
    ASSERT_TRUE(last.ok()) << last.error().message;
    EXPECT_EQ(last->map.headerRow, 999999);
    EXPECT_EQ(last->map.headerRows, 3);
}

TEST(RegisterMapJson, DeepNestingIsRejectedWithoutOverflowingTheStack)
{
    expectRejected(deepArrays(10000), "nested deeper than 64 levels");
    expectRejected(deepObjects(10000), "nested deeper than 64 levels");
    expectRejected(R"({"sheet": "R", "headerRow": 1, "columns": {"riskId": "A"}, "note": )" +
                       deepObjects(10000) + "}",
                   "nested deeper than 64 levels");
}

} // namespace
