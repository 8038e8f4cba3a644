// Hostile input in a real Calc: every ISMS.* function gets over a thousand generated hostile
// argument combinations, then hostile ISMS.* document properties are read by the functions and
// the commands. Every cell must end as a value, a text or an error code, the office must stay
// alive, and no recalculation may hang.

#include "office_suite.hxx"
#include "functions/function_table.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/util/Date.hpp>

#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace isms::office;

namespace
{

constexpr int kFormulasPerFunction = 1200;

/// Argument expressions a hostile or careless workbook can hand a function. "Data" is a sheet
/// with an empty cell (A1), an error (A2), a long text (A3) and a mixed block (B1:C3).
const std::vector<std::string>& hostileArguments()
{
    static const std::vector<std::string> pool = {
        "\"\"",
        "\" \"",
        "\"A.9.2.3\"",
        "\"5.15\"",
        "\"CLD.6.3.1\"",
        "\"A.9.2.3;A.9.2.4\"",
        "\"A.9.2.3🙂\"",
        "\"5.15%\"",
        "\"5.015\"",
        "REPT(\"A\";60000)",
        "REPT(\"A.9.2.3 \";9000)",
        "CHAR(1)&\"A.9.2.3\"",
        "\"A.9.2.3\"&CHAR(10)&\"5.1\"",
        "UNICHAR(8238)&\"5.15\"",
        "UNICHAR(128578)",
        "UNICHAR(769)&\"5.1\"",
        "UNICHAR(65279)",
        "\"Ａ．９．２．３\"",
        "\"５．１５\"",
        "\"ＣＬＤ．６．３．１\"",
        "1E308",
        "-1E308",
        "1E-308",
        "0",
        "-1",
        "4294967301",
        "9007199254740993",
        "PI()",
        "5.15",
        "9.2",
        "3",
        "27",
        "1/0",
        "NA()",
        "$Data.A1",
        "$Data.A2",
        "$Data.A3",
        "$Data.B1:C3",
        "{1;2;3}",
        "{\"5.15\";\"x\"}",
        "{\"A.9.2.3\"|\"5.1\"}",
        "TRUE()",
        "FALSE()",
        "REPT(\"[\";10000)",
        "REPT(\"{\"\"a\"\":\";10000)",
        "\"{\"\"id\"\":\"\"x\"\",\"\"id\"\":\"\"y\"\"}\"",
        "\"{\"\"id\"\":\"\"x\"\",\"\"kind\"\":\"\"matrix\"\",\"\"value\"\":\"\"product\"\","
        "\"\"scales\"\":{\"\"likelihood\"\":{\"\"levels\"\":4294967301},\"\"impact\"\":{"
        "\"\"levels\"\":5}}}\"",
        "\"customer\"",
        "\"provider\"",
        "\"both\"",
        "\"vendor\"",
        "\"ja\"",
        "\"en\"",
        "\"fr\"",
        "\"2022\"",
        "\"2013\"",
        "\"27017\"",
        "\"new\"",
        "\"title\"",
        "\"objective\"",
        "\"5x5\"",
        "\"avt\"",
        "\"3x3\"",
        "DATE(9999;12;31)",
        "DATE(1900;1;1)",
        "\"2026-04-01\"",
        "\"令和8年4月1日\"",
        "\"9\"",
        "\"高\"",
        "\"High\"",
        "\"３\"",
        "-0",
        "1E15+0.5"};
    return pool;
}

/// Plausible values for a parameter (by its IDL name), so that about half the arguments are
/// valid and the function really runs on the hostile ones next to them.
const std::vector<std::string>& plausibleArguments(std::string_view param)
{
    static const std::map<std::string_view, std::vector<std::string>> byName = {
        {"id", {"\"A.9.2.3\"", "\"5.15\"", "\"CLD.6.3.1\"", "\"A.12.1.3\"", "8.1"}},
        {"field", {"\"title\"", "\"edition\"", "\"clause\"", "\"objective\"", "\"id\""}},
        {"lang", {"\"en\"", "\"ja\""}},
        {"target", {"\"2022\"", "\"2013\""}},
        {"edition", {"\"2022\"", "\"2013\"", "\"27017\""}},
        {"filter", {"\"customer\"", "\"provider\"", "\"new\""}},
        {"role", {"\"customer\"", "\"provider\"", "\"both\""}},
        {"method", {"\"5x5\"", "\"3x3\"", "\"avt\"", "\"iso27005\""}},
        {"value", {"1", "4", "12", "25"}},
        {"issued27017", {"DATE(2024;6;1)", "45444"}},
        {"expiry27001", {"DATE(2027;3;31)", "46477"}}};
    static const std::vector<std::string> levels = {"1", "2", "3"};
    const auto it = byName.find(param);
    return it != byName.end() ? it->second : levels;
}

/// Generated formulas for one function: deterministic, every argument count from the required
/// ones to all, each argument hostile or plausible at even odds.
std::vector<std::string> hostileFormulas(const isms::addin::FunctionInfo& f, std::mt19937& random)
{
    const auto& pool = hostileArguments();
    std::size_t required = 0;
    while (required < f.params.size() && !f.params[required].optional)
        ++required;
    std::vector<std::string> out;
    for (int i = 0; i < kFormulasPerFunction; ++i)
    {
        const std::size_t count =
            std::uniform_int_distribution<std::size_t>(required, f.params.size())(random);
        std::string formula = "=" + std::string(f.displayName) + "(";
        for (std::size_t a = 0; a < count; ++a)
        {
            if (a)
                formula += ";";
            // Now and then an argument left out in the middle: Calc passes it as empty.
            if (a + 1 < count && std::uniform_int_distribution<int>(0, 15)(random) == 0)
                continue;
            const auto& from = std::uniform_int_distribution<int>(0, 1)(random)
                                   ? pool
                                   : plausibleArguments(f.params[a].name);
            formula += from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
        }
        out.push_back(formula + ")");
    }
    return out;
}

css::uno::Reference<css::sheet::XSpreadsheet>
addSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& name)
{
    auto sheets = doc->getSheets();
    const rtl::OUString n = rtl::OUString::fromUtf8(name.c_str());
    if (!sheets->hasByName(n))
        sheets->insertNewByName(n, sal_Int16(css::uno::Reference<css::container::XIndexAccess>(
                                                 sheets, css::uno::UNO_QUERY_THROW)
                                                 ->getCount()));
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(n),
                                                         css::uno::UNO_QUERY_THROW);
}

/// What a column of results holds: counts of texts, numbers and each error code, read through
/// a second column of classifying formulas (getDataArray cannot show error codes).
struct Outcome
{
    int texts = 0, numbers = 0, empty = 0;
    std::map<int, int> errors; // error code → count
};

Outcome classify(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int rows)
{
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>> probes(rows);
    for (int r = 0; r < rows; ++r)
    {
        const std::string a = "A" + std::to_string(r + 1);
        probes.getArray()[r] = css::uno::Sequence<rtl::OUString>(1);
        probes.getArray()[r].getArray()[0] =
            rtl::OUString::fromUtf8(("=IF(ISERROR(" + a + ");1000+ERRORTYPE(" + a + ");IF(ISTEXT(" +
                                     a + ");IF(" + a + "=\"\";3;1);IF(ISNUMBER(" + a + ");2;4)))")
                                        .c_str());
    }
    auto range =
        sheet->getCellRangeByName(rtl::OUString::fromUtf8(("B1:B" + std::to_string(rows)).c_str()));
    css::uno::Reference<css::sheet::XCellRangeFormula>(range, css::uno::UNO_QUERY_THROW)
        ->setFormulaArray(probes);
    Outcome o;
    for (const auto& row :
         css::uno::Reference<css::sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
             ->getDataArray())
    {
        double v = 0;
        row[0] >>= v;
        const int kind = int(v);
        if (kind == 1)
            ++o.texts;
        else if (kind == 2)
            ++o.numbers;
        else if (kind == 3)
            ++o.empty;
        else if (kind >= 1000)
            ++o.errors[kind - 1000];
        else
            ++o.errors[-kind]; // neither a value, a text nor an error: counted as a failure
    }
    return o;
}

std::string describe(const Outcome& o)
{
    std::string s = std::to_string(o.texts) + " texts, " + std::to_string(o.numbers) +
                    " numbers, " + std::to_string(o.empty) + " empty";
    for (const auto& [code, n] : o.errors)
        s += ", Err:" + std::to_string(code) + " ×" + std::to_string(n);
    return s;
}

/// A sheet "Data" with an empty cell (A1), an error (A2), a long text (A3) and a mixed block.
void addDataSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

void addTypedProperty(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                      const char* name, const css::uno::Any& value)
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> s(doc,
                                                                      css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertyContainer> c(
        s->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY_THROW);
    const rtl::OUString n = rtl::OUString::createFromAscii(name);
    css::uno::Reference<css::beans::XPropertySet> set(c, css::uno::UNO_QUERY_THROW);
    if (set->getPropertySetInfo()->hasPropertyByName(n))
        c->removeProperty(n);
    c->addProperty(n, css::beans::PropertyAttribute::REMOVABLE, value);
}

void addDataSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    (void)addSheet(doc, "Data");
    setFormula(doc, "Data", "A2", "=1/0");
    setFormula(doc, "Data", "A3", "=REPT(\"CLD.6.3.1 \";3000)");
    setFormula(doc, "Data", "B1", "A.9.2.3");
    setFormula(doc, "Data", "C1", "5");
    setFormula(doc, "Data", "B2", "=NA()");
    setFormula(doc, "Data", "C3", "CLD.9.5.1");
}

class HostileInput : public OfficeSuite<EnglishOfficeWithExtension>
{
protected:
    /// Every function's formulas on a sheet of its own, results classified; the slowest
    /// recalculation in seconds.
    double evaluateAll(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                       const char* phase)
    {
        std::mt19937 random(20261201);
        double slowest = 0;
        for (const auto& f : isms::addin::functionTable())
        {
            SCOPED_TRACE(std::string(phase) + " " + std::string(f.displayName));
            const auto formulas = hostileFormulas(f, random);
            auto sheet = addSheet(doc, std::string(f.displayName));
            css::uno::Sequence<css::uno::Sequence<rtl::OUString>> cells(sal_Int32(formulas.size()));
            for (std::size_t r = 0; r < formulas.size(); ++r)
            {
                cells.getArray()[r] = css::uno::Sequence<rtl::OUString>(1);
                cells.getArray()[r].getArray()[0] = rtl::OUString::fromUtf8(formulas[r].c_str());
            }
            auto column = sheet->getCellRangeByName(
                rtl::OUString::fromUtf8(("A1:A" + std::to_string(formulas.size())).c_str()));
            // Entering the formulas calculates them (automatic calculation is on).
            const auto t0 = std::chrono::steady_clock::now();
            css::uno::Reference<css::sheet::XCellRangeFormula>(column, css::uno::UNO_QUERY_THROW)
                ->setFormulaArray(cells);
            css::uno::Reference<css::sheet::XCalculatable>(doc, css::uno::UNO_QUERY_THROW)
                ->calculate();
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            slowest = std::max(slowest, seconds);
            // A hang guard, not a benchmark: a thousand cells normally take well under a second.
            EXPECT_LT(seconds, 20.0) << "recalculating " << formulas.size() << " formulas";
            if (!office().alive())
            {
                ADD_FAILURE() << "the office died";
                return slowest;
            }
            const Outcome o = classify(sheet, int(formulas.size()));
            std::cout << phase << " " << f.displayName << ": " << seconds << " s; " << describe(o)
                      << "\n";
            EXPECT_EQ(o.errors.count(525), 0u)
                << "#NAME?: the function was not found; " << describe(o);
            for (const auto& [code, n] : o.errors)
                EXPECT_GT(code, 0)
                    << "a cell is neither a value, a text nor an error: " << describe(o);
            // Not all errors: the generator also produces valid calls, so the function ran.
            if (f.displayName != "ISMS.OVERLAY")
            {
                EXPECT_GT(o.texts + o.numbers + o.empty, 0) << describe(o);
            }
            // Each function on its own: the next batch does not recalculate this one.
            doc->getSheets()->removeByName(
                rtl::OUString::fromUtf8(std::string(f.displayName).c_str()));
        }
        return slowest;
    }
};

} // namespace

TEST_F(HostileInput, EveryFunctionAnswersThousandsOfHostileArgumentsWithAValueOrAnErrorCode)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        addDataSheet(doc);
        const double slowest = evaluateAll(doc, "plain");
        std::cout << "slowest recalculation: " << slowest << " s\n";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(HostileInput, HostileDocumentPropertiesAreReadByFunctionsAndCommandsWithoutHarm)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        std::string services;
        for (int i = 0; i < 100000; ++i)
            services += "Service " + std::to_string(i) + ", ";
        setDocumentPropertyText(doc, "ISMS.CloudServices", services);
        setDocumentPropertyText(doc, "ISMS.Scope", std::string(1000000, 'x'));
        setDocumentPropertyText(doc, "ISMS.CloudScope", std::string(1000000, 'y'));
        setDocumentPropertyText(doc, "ISMS.Role", "provider\x01\x1b[31m" + std::string(5000, 'p'));
        setDocumentPropertyText(doc, "ISMS.RiskMethod", std::string(10000, '['));
        setDocumentPropertyText(doc, "ISMS.RegisterMap",
                                "{\"sheet\":\"Risks\",\"headerRow\":4294967299,\"headerRow\":1}");
        setDocumentPropertyText(doc, "ISMS.SoaMap", std::string(10000, '{'));
        setDocumentPropertyText(doc, "ISMS.Language", "xx");
        addTypedProperty(doc, "ISMS.ServiceModels", css::uno::Any(1e308));
        addTypedProperty(doc, "ISMS.Cert27001Expiry", css::uno::Any(true));
        addTypedProperty(doc, "ISMS.Cert27017Issued", css::uno::Any(css::util::Date(1, 1, 1)));
        setDocumentPropertyText(doc, "ISMS.SoaDecisions", std::string(100000, '"'));

        for (const char* command : {"DetectRegister", "GenerateSoA", "Review", "Migrate2022"})
        {
            SCOPED_TRACE(command);
            const auto t0 = std::chrono::steady_clock::now();
            const CommandResult r = runCommand(office(), doc, command);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            std::cout << command << ": " << seconds << " s, " << (r.success ? "done" : "refused")
                      << ": " << r.message.substr(0, 300) << "\n";
            EXPECT_TRUE(r.dispatched);
            EXPECT_FALSE(r.message.empty()) << "a command always says what it did or why not";
            EXPECT_EQ(r.message.find("cellsuno"), std::string::npos) << r.message;
            EXPECT_LT(seconds, 60.0) << "a hang guard";
            ASSERT_TRUE(office().alive());
        }
        addDataSheet(doc);
        evaluateAll(doc, "hostile properties");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}
