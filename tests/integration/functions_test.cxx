// The cell functions in a real headless Calc with the built .oxt installed.

#include "office_suite.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <filesystem>

using namespace isms::office;

namespace
{

css::uno::Reference<css::sheet::XSpreadsheet>
firstSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(0),
                                                         css::uno::UNO_QUERY_THROW);
}

/// Enters formula as an array formula over range (as Ctrl+Shift+Enter does).
void setArrayFormula(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const std::string& range, const std::string& formula)
{
    css::uno::Reference<css::sheet::XArrayFormulaRange>(
        firstSheet(doc)->getCellRangeByName(rtl::OUString::fromUtf8(range.c_str())),
        css::uno::UNO_QUERY_THROW)
        ->setArrayFormula(rtl::OUString::fromUtf8(formula.c_str()));
}

css::uno::Reference<css::table::XCell>
cell(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& address)
{
    return firstSheet(doc)
        ->getCellRangeByName(rtl::OUString::fromUtf8(address.c_str()))
        ->getCellByPosition(0, 0);
}

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
            "=ISMS.CONTROL(B1:B3;\"colour\")",
            "=ISMS.MAP(B1:B3;\"2019\")",
            "=ISMS.GUIDANCE(B1:B3;\"auditor\")",
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

TEST_F(CellFunctions, RangeFormAnswersAColumnInOneArrayFormula)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        const std::string s = "Sheet1";
        // The id column: texts, an unknown id, an empty cell, numbers typed into cells, an id
        // followed by its title, a 27017 id.
        cell(doc, "A1")->setFormula("A.9.2.3");
        cell(doc, "A2")->setFormula("A.19.1.1");
        cell(doc, "A4")->setValue(5.15);
        cell(doc, "A5")->setFormula(rtl::OUString::fromUtf8("Ａ．９．２．３ User registration"));
        cell(doc, "A6")->setFormula("CLD.9.5.1");
        cell(doc, "A7")->setValue(8.1);
        const int rows = 7;
        // One array formula per function over the column; the same functions one cell at a
        // time (the scalar form) in columns J to O.
        const std::vector<std::pair<std::string, std::string>> functions = {
            {"NORMALIZE", ""}, {"CONTROL", ""},   {"CONTROL", ";\"edition\";\"ja\""},
            {"MAP", ";2022"},  {"CLOUDROLE", ""}, {"GUIDANCE", ";\"provider\""}};
        const std::string arrayCols = "BCDEFG", scalarCols = "JKLMNO";
        for (std::size_t f = 0; f < functions.size(); ++f)
        {
            const auto& [name, rest] = functions[f];
            setArrayFormula(
                doc, std::string(1, arrayCols[f]) + "1:" + arrayCols[f] + std::to_string(rows),
                "=ISMS." + name + "(A1:A" + std::to_string(rows) + rest + ")");
            for (int r = 1; r <= rows; ++r)
                setFormula(doc, s, scalarCols[f] + std::to_string(r),
                           "=ISMS." + name + "(A" + std::to_string(r) + rest + ")");
        }
        calculateAll(doc);

        const std::vector<std::string> normalized = {"A.9.2.3", "",          "",   "5.15",
                                                     "A.9.2.3", "CLD.9.5.1", "8.1"};
        for (int r = 1; r <= rows; ++r)
        {
            SCOPED_TRACE("row " + std::to_string(r));
            const std::string row = std::to_string(r);
            EXPECT_EQ(cellText(doc, s, "B" + row), normalized[r - 1]);
            const bool bad = normalized[r - 1].empty();
            for (std::size_t f = 0; f < functions.size(); ++f)
            {
                SCOPED_TRACE(functions[f].first + functions[f].second);
                const std::string arrayCell = arrayCols[f] + row, scalarCell = scalarCols[f] + row;
                // A bad or empty id: an empty string in that element only; the scalar form
                // keeps Err:502. A good id: exactly what the scalar form answers.
                EXPECT_EQ(cellError(doc, s, arrayCell), 0);
                if (bad)
                {
                    EXPECT_EQ(cellText(doc, s, arrayCell), "");
                    EXPECT_EQ(cellError(doc, s, scalarCell), 502);
                }
                else
                {
                    EXPECT_EQ(cellError(doc, s, scalarCell), 0);
                    EXPECT_EQ(cellText(doc, s, arrayCell), cellText(doc, s, scalarCell));
                }
            }
        }
        EXPECT_EQ(cellText(doc, s, "C1"), cellText(doc, s, "C5")) << "id followed by a title";
        EXPECT_EQ(cellText(doc, s, "D4"), "27001:2022");

        // An inline array and two columns give the same shape back.
        setArrayFormula(doc, "Q1:R2", "=ISMS.NORMALIZE({\"5.15\";\"A9.2.3\"|\"x\";\"CLD 6.3.1\"})");
        // An error cell in the range fails the whole call (Calc does not pass it on); IFERROR
        // inside the formula turns it into an empty element.
        cell(doc, "S1")->setFormula("5.15");
        cell(doc, "S2")->setFormula("=NA()");
        setArrayFormula(doc, "T1:T2", "=ISMS.NORMALIZE(S1:S2)");
        setArrayFormula(doc, "U1:U2", "=ISMS.NORMALIZE(IFERROR(S1:S2;\"\"))");
        // Entered as a normal formula, a range is no longer reduced to the formula's own row
        // (implicit intersection): the cell shows the first element.
        setFormula(doc, s, "W3", "=ISMS.NORMALIZE(A1:A7)");
        calculateAll(doc);
        EXPECT_EQ(cellText(doc, s, "W3"), "A.9.2.3");
        EXPECT_EQ(cellText(doc, s, "Q1"), "5.15");
        EXPECT_EQ(cellText(doc, s, "Q2"), "");
        EXPECT_EQ(cellText(doc, s, "R1"), "A.9.2.3");
        EXPECT_EQ(cellText(doc, s, "R2"), "CLD.6.3.1");
        EXPECT_NE(cellError(doc, s, "T1"), 0);
        EXPECT_EQ(cellText(doc, s, "U1"), "5.15");
        EXPECT_EQ(cellText(doc, s, "U2"), "");
        EXPECT_TRUE(office().alive());
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
