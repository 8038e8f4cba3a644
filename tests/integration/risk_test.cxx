// Risk scoring functions and the risk register command in a real Calc.

#include "office_suite.hxx"
#include "sheets/register_finder.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

using namespace isms::office;

namespace
{

class RiskFunctions : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(RiskFunctions, FixtureSheetPassesEveryRow)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/risk-functions.fods"));
        const CheckSheet checks = readChecks(doc);
        Office::close(doc);
        EXPECT_GE(checks.rows.size(), 30u);
        EXPECT_EQ(checks.failures(), "");
        EXPECT_EQ(checks.summary, 1.0);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(RiskFunctions, TheWorkbookMethodChangesTheResults)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        const std::string s = "Sheet1";
        setFormula(doc, s, "A1", "=ISMS.RISK(4;3)");
        setFormula(doc, s, "A2", "=ISMS.RISKLEVEL(9)");
        setFormula(doc, s, "A3", "=ISMS.RISK3(2;2;2)");
        calculateAll(doc);
        EXPECT_EQ(cellText(doc, s, "A1"), "12");
        EXPECT_EQ(cellText(doc, s, "A2"), "Medium");
        EXPECT_EQ(cellText(doc, s, "A3"), "8") << "RISK3 defaults to avt";

        isms::office::setDocumentPropertyText(doc, "ISMS.RiskMethod", "3x3");
        calculateAll(doc);
        EXPECT_EQ(cellError(doc, s, "A1"), 502) << "4 is not a level of a 3×3 method";
        EXPECT_EQ(cellText(doc, s, "A2"), "High");
        EXPECT_EQ(cellError(doc, s, "A3"), 502)
            << "the workbook's method is a matrix: RISK3 refuses";

        isms::office::setDocumentPropertyText(
            doc, "ISMS.RiskMethod",
            R"({"id": "ours", "kind": "matrix", "value": "sum", "title": {"en": "Ours", "ja": "独自"},
                        "scales": {"likelihood": {"levels": 4}, "impact": {"levels": 5}},
                        "levels": [{"min": 2, "max": 5, "label": {"en": "Low", "ja": "低"}},
                                   {"min": 6, "max": 9, "label": {"en": "High", "ja": "高"}}],
                        "acceptance": {"maxValue": 5}})");
        setFormula(doc, s, "A4", "=ISMS.RISK(4;3;\"ours\")");
        calculateAll(doc);
        EXPECT_EQ(cellText(doc, s, "A1"), "7") << "likelihood + impact";
        EXPECT_EQ(cellText(doc, s, "A2"), "High");
        EXPECT_EQ(cellText(doc, s, "A4"), "7") << "the workbook's method by its id";

        isms::office::setDocumentPropertyText(doc, "ISMS.RiskMethod",
                                              R"({"id": "broken", "kind": "matrix"})");
        calculateAll(doc);
        EXPECT_EQ(cellError(doc, s, "A1"), 502)
            << "an invalid workbook method is never replaced silently";

        isms::office::setDocumentPropertyText(doc, "ISMS.RiskMethod", "avt");
        calculateAll(doc);
        EXPECT_EQ(cellError(doc, s, "A1"), 502);
        EXPECT_EQ(cellText(doc, s, "A3"), "8");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

class RegisterCommand : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(RegisterCommand, FindsTheJapaneseAvtRegisterAndStoresTheMapping)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-ja.fods"));
        const CommandResult r = runCommand(office(), doc, "DetectRegister");
        ASSERT_TRUE(r.dispatched);
        EXPECT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("25 risks read"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("row 31"), std::string::npos)
            << "the total line is reported: " << r.message;
        EXPECT_NE(r.message.find("'A.19.1.1' is not an ISO/IEC 27001 or 27017 control"),
                  std::string::npos)
            << r.message;
        const std::string map = isms::office::documentPropertyText(doc, "ISMS.RegisterMap");
        for (const char* part : {"\"headerRow\":4", "\"controls\":\"O\"", "\"threatLevel\":\"J\"",
                                 "\"residualThreatLevel\":\"Q\"", "\"asset\":\"B\""})
            EXPECT_NE(map.find(part), std::string::npos) << part << " not in " << map;
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(RegisterCommand, ReadsTheTwoRowHeaderOfTheEnglishRegister)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        const CommandResult r = runCommand(office(), doc, "DetectRegister");
        EXPECT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("20 risks read"), std::string::npos) << r.message;
        const std::string map = isms::office::documentPropertyText(doc, "ISMS.RegisterMap");
        for (const char* part :
             {"\"headerRows\":2", "\"likelihood\":\"E\"", "\"residualLikelihood\":\"K\"",
              "\"residualValue\":\"M\"", "\"controls\":\"I\""})
            EXPECT_NE(map.find(part), std::string::npos) << part << " not in " << map;
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(RegisterCommand, DetectsEveryFixtureLayoutAndNamesTheNoteRow)
{
    struct Layout
    {
        const char* file;
        const char* controls;
        const char* riskId;
        int risks;
    };
    const Layout layouts[] = {{"en-basic", "I", "A", 5}, {"ja-basic", "I", "A", 5},
                              {"mixed", "I", "A", 4},    {"two-row", "I", "A", 5},
                              {"offset", "K", "C", 4},   {"extra-columns", "A", "D", 5}};
    for (const Layout& l : layouts)
    {
        SCOPED_TRACE(l.file);
        try
        {
            auto doc = office().load(
                sourcePath(std::string("sheets/fixtures/register-layouts/") + l.file + ".fods"));
            const CommandResult r = runCommand(office(), doc, "DetectRegister");
            EXPECT_TRUE(r.success) << r.message;
            EXPECT_NE(r.message.find(std::to_string(l.risks) + " risks read"), std::string::npos)
                << r.message;
            EXPECT_NE(r.message.find("Rows not read (1)"), std::string::npos) << r.message;
            const std::string map = isms::office::documentPropertyText(doc, "ISMS.RegisterMap");
            EXPECT_NE(map.find(std::string("\"controls\":\"") + l.controls + "\""),
                      std::string::npos)
                << map;
            EXPECT_NE(map.find(std::string("\"riskId\":\"") + l.riskId + "\""), std::string::npos)
                << map;
            Office::close(doc);
        }
        catch (...)
        {
            ADD_FAILURE() << describeCurrentException();
        }
    }
}

TEST_F(RegisterCommand, KeepsAMappingTheUserCorrected)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/register-layouts/en-basic.fods"));
        const std::string corrected =
            R"({"sheet":"Risks","headerRow":1,"headerRows":1,"columns":{"riskId":"A","threat":"C","controls":"I"}})";
        // the fixture's sheet name
        const CommandResult first = runCommand(office(), doc, "DetectRegister");
        ASSERT_TRUE(first.success) << first.message;
        const std::string detected = isms::office::documentPropertyText(doc, "ISMS.RegisterMap");
        const auto sheetAt = detected.find("\"sheet\":\"");
        ASSERT_NE(sheetAt, std::string::npos);
        const std::string sheet =
            detected.substr(sheetAt + 9, detected.find('"', sheetAt + 9) - sheetAt - 9);
        std::string mine = corrected;
        mine.replace(mine.find("Risks"), 5, sheet);
        isms::office::setDocumentPropertyText(doc, "ISMS.RegisterMap", mine);
        const CommandResult again = runCommand(office(), doc, "DetectRegister");
        EXPECT_TRUE(again.success) << again.message;
        EXPECT_NE(again.message.find("stored mapping ISMS.RegisterMap"), std::string::npos)
            << again.message;
        EXPECT_EQ(isms::office::documentPropertyText(doc, "ISMS.RegisterMap"), mine)
            << "a corrected mapping is never overwritten";
        const CommandResult fresh =
            runCommand(office(), doc, "DetectRegister", {{"Redetect", true}});
        EXPECT_EQ(isms::office::documentPropertyText(doc, "ISMS.RegisterMap"), detected);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(RegisterCommand, SaysSoWhenThereIsNoRegister)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        setFormula(doc, "Sheet1", "A1", "Shopping list");
        const CommandResult r = runCommand(office(), doc, "DetectRegister");
        ASSERT_TRUE(r.dispatched);
        EXPECT_FALSE(r.success);
        EXPECT_NE(r.message.find("No risk register found"), std::string::npos) << r.message;
        EXPECT_EQ(isms::office::documentPropertyText(doc, "ISMS.RegisterMap"), "");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
