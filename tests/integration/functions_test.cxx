// The cell functions in a real headless Calc with the built .oxt installed.

#include "office_suite.hxx"
#include "sheet_checks.hxx"

#include <filesystem>

using namespace isms::office;

namespace
{

class CellFunctions : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(CellFunctions, FixtureSheetPassesEveryRow)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/functions.fods"));
        const CheckSheet checks = readChecks(doc);
        Office::close(doc);
        EXPECT_GE(checks.rows.size(), 70u);
        EXPECT_EQ(checks.failures(), "");
        EXPECT_EQ(checks.summary, 1.0) << "the sheet's own summary cell disagrees";
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(CellFunctions, TypedFormulasAnswerAsDocumented)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        const std::string s = "Sheet1";
        setFormula(doc, s, "A1", "=ISMS.MAP(\"A.18.2.3\";\"2022\")");
        setFormula(doc, s, "A2", "=ROWS(ISMS.CONTROLS(\"2022\"))");
        setFormula(doc, s, "A3", "=ISMS.NORMALIZE(\"Ａ．９．２．３\")");
        setFormula(doc, s, "A4", "=ISMS.CONTROL(\"A.19.1.1\")");
        setFormula(doc, s, "A5", "=ISMS.CONTROL(\"A.9.2.3\";\"edition\")");
        calculateAll(doc);
        EXPECT_EQ(cellText(doc, s, "A1"), "5.36, 8.8");
        EXPECT_EQ(cellText(doc, s, "A2"), "93");
        EXPECT_EQ(cellText(doc, s, "A3"), "A.9.2.3");
        EXPECT_EQ(cellError(doc, s, "A4"), 502);
        EXPECT_EQ(cellText(doc, s, "A5"), "27001:2013");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(CellFunctions, ResultsSurviveSaveAndReloadAsOdsAndXlsx)
{
    try
    {
        const auto dir =
            std::filesystem::temp_directory_path() / ("isms-roundtrip-" + std::to_string(getpid()));
        std::filesystem::create_directories(dir);
        auto doc = office().load("private:factory/scalc");
        setFormula(doc, "Sheet1", "A1", "=ISMS.MAP(\"A.12.6.1\")");
        setFormula(doc, "Sheet1", "A2", "=ISMS.CONTROL(\"CLD.9.5.1\";\"objective\")");
        calculateAll(doc);
        Office::storeTo(doc, (dir / "r.ods").string(), "calc8");
        Office::storeTo(doc, (dir / "r.xlsx").string(), "Calc MS Excel 2007 XML");
        Office::close(doc);
        for (const char* name : {"r.ods", "r.xlsx"})
        {
            SCOPED_TRACE(name);
            auto again = office().load((dir / name).string());
            calculateAll(again);
            EXPECT_EQ(cellText(again, "Sheet1", "A1"), "8.8");
            EXPECT_EQ(cellText(again, "Sheet1", "A2"), "CLD.9.5");
            Office::close(again);
        }
        std::filesystem::remove_all(dir);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(CellFunctions, HostileInputsBecomeErrorCodesNeverACrash)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        const std::string s = "Sheet1";
        const std::vector<std::string> formulas = {
            "=ISMS.CONTROL(REPT(\"9.\";5000))",
            "=ISMS.CONTROL(CHAR(1)&\"A.9.2.3\")",
            "=ISMS.CONTROL(\"A.255.255.255\")",
            "=ISMS.CONTROL(\"A.999.1.1\")",
            "=ISMS.CONTROL(1/0)",
            "=ISMS.CONTROL(-5.15)",
            "=ISMS.CONTROL(1E308)",
            "=ISMS.CONTROL(B1:B3)",
            "=ISMS.CONTROL(\"5.15\";{1;2})",
            "=ISMS.MAP(\"5.15\";1E308)",
            "=ISMS.CONTROLS(-1;\"\")",
            "=ISMS.CONTROLS(\"2022\";NA())",
            "=ISMS.CLOUDROLE(UNICHAR(55357))",
            "=ISMS.NORMALIZE(\"CLD\")",
        };
        for (std::size_t i = 0; i < formulas.size(); ++i)
            setFormula(doc, s, "A" + std::to_string(i + 1), formulas[i]);
        calculateAll(doc);
        for (std::size_t i = 0; i < formulas.size(); ++i)
        {
            const std::string addr = "A" + std::to_string(i + 1);
            EXPECT_NE(cellError(doc, s, addr), 0)
                << formulas[i] << " gave '" << cellText(doc, s, addr) << "'";
        }
        EXPECT_TRUE(office().alive());
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
