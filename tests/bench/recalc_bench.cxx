// Benchmark (not a test). First, in one office, the lookups against VLOOKUP: calculateAll() over
// N cells of ISMS.CONTROL and of VLOOKUP over the 93-row 27001:2022 control table (the common
// case), then over the 214-row table of both editions and the CLD controls; the range form (one
// array formula over the whole column) per id; ISMS.GUIDANCE with the role as an argument and
// with the workbook's role, against ISMS.CONTROL. Each case is its own document; every round
// recalculates each case once, in turn (interleaved), and medians over >= 5 rounds are
// compared. Then the extension's cold-start cost, Detect Risk Register and Generate SoA.
// Usage: isms_recalc_bench [cells=100000] [repeats=5]
// ISMS_BENCH_PROFILE=<seconds>: after the lookups, recalculates one case's document again and
// again for that long (to attach `perf record -g -p <soffice.bin pid>`) and says so;
// ISMS_BENCH_PROFILE_CASE=<index> picks the case (default 1, ISMS.CONTROL on 2022 ids);
// ISMS_BENCH_LOOKUPS_ONLY=1 stops after the lookups; ISMS_BENCH_COMMANDS_ONLY=1 skips the
// lookups and the cold start. ISMS_BENCH_PROFILE_SOA=<seconds>: after Generate SoA is timed,
// runs it again and again for that long (to attach perf to the office) and says so.

#include "isms/catalog.hpp"
#include "office.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <utility>
#include <functional>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace isms::office;

namespace
{

rtl::OUString ou(const std::string& s)
{
    return rtl::OUString::fromUtf8(s.c_str());
}

double seconds(const std::function<void()>& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// For a profiler to attach to the office: does `what` again and again for `until` seconds,
/// saying so before and after (`done` names one run in the closing line).
void repeatForProfiling(double until, const std::string& what, const char* done,
                        const std::function<void()>& f)
{
    std::printf("profiling: %s for %.0f s (bench pid %d)\n", what.c_str(), until, int(getpid()));
    std::fflush(stdout);
    int loops = 0;
    const auto t0 = std::chrono::steady_clock::now();
    while (std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() < until)
    {
        f();
        ++loops;
    }
    std::printf("profiling: %d %s done\n", loops, done);
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, int i)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i),
                                                         css::uno::UNO_QUERY_THROW);
}

void setData(const css::uno::Reference<css::sheet::XSpreadsheet>& sh, const std::string& range,
             const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& data)
{
    css::uno::Reference<css::sheet::XCellRangeData>(sh->getCellRangeByName(ou(range)),
                                                    css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
}

/// Puts one formula in the first cell of the column range and fills it down.
void fillFormula(const css::uno::Reference<css::sheet::XSpreadsheet>& sh, const std::string& column,
                 int rows, const std::string& formula)
{
    sh->getCellRangeByName(ou(column + "1"))->getCellByPosition(0, 0)->setFormula(ou(formula));
    css::uno::Reference<css::sheet::XCellSeries> series(
        sh->getCellRangeByName(ou(column + "1:" + column + std::to_string(rows))),
        css::uno::UNO_QUERY_THROW);
    series->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
}

/// Enters array formulas (as Ctrl+Shift+Enter does) down the column in blocks of `block` rows:
/// `formula` with {first} and {last} replaced by each block's first and last row.
void arrayFormulas(const css::uno::Reference<css::sheet::XSpreadsheet>& sh,
                   const std::string& column, int rows, int block, const std::string& formula)
{
    for (int first = 1; first <= rows; first += block)
    {
        const std::string a = std::to_string(first),
                          b = std::to_string(std::min(rows, first + block - 1));
        std::string f = formula;
        for (auto [key, value] :
             {std::pair{std::string("{first}"), a}, std::pair{std::string("{last}"), b}})
            for (std::size_t at; (at = f.find(key)) != std::string::npos;)
                f.replace(at, key.size(), value);
        css::uno::Reference<css::sheet::XArrayFormulaRange>(
            sh->getCellRangeByName(ou(column + a + ":" + column + b)), css::uno::UNO_QUERY_THROW)
            ->setArrayFormula(ou(f));
    }
}

/// One lookup case: its own document with an id column (A), a control table (sheet "Table")
/// and the formulas (B).
struct LookupCase
{
    std::string label;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc;
    std::vector<double> times;
    [[nodiscard]] double median() const { return ::median(times); }
};

LookupCase makeCase(const Office& office, const std::string& label,
                    const std::vector<const isms::Control*>& table, int cells,
                    const std::string& formula, int arrayBlock = 0,
                    const char* workbookRole = nullptr)
{
    LookupCase c{label, office.load("private:factory/scalc"), {}};
    c.doc->getSheets()->insertNewByName("Table", 1);
    auto data = sheet(c.doc, 0);
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> rows(sal_Int32(table.size()));
    for (std::size_t i = 0; i < table.size(); ++i)
    {
        css::uno::Sequence<css::uno::Any> row(2);
        row.getArray()[0] <<= ou(table[i]->canonical);
        row.getArray()[1] <<= ou(table[i]->title.en);
        rows.getArray()[i] = row;
    }
    setData(sheet(c.doc, 1), "A1:B" + std::to_string(table.size()), rows);
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> ids(cells);
    for (int i = 0; i < cells; ++i)
    {
        css::uno::Sequence<css::uno::Any> row(1);
        row.getArray()[0] <<= ou(table[std::size_t(i) % table.size()]->canonical);
        ids.getArray()[i] = row;
    }
    setData(data, "A1:A" + std::to_string(cells), ids);
    if (workbookRole)
        css::uno::Reference<css::document::XDocumentPropertiesSupplier>(c.doc,
                                                                        css::uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties()
            ->addProperty("ISMS.Role", css::beans::PropertyAttribute::REMOVABLE,
                          css::uno::Any(ou(workbookRole)));
    if (arrayBlock > 0)
        arrayFormulas(data, "B", cells, arrayBlock, formula);
    else
        fillFormula(data, "B", cells, formula);
    calculateAll(c.doc); // warm-up: loads the add-in, builds caches
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    const int cells = argc > 1 ? std::max(1000, std::atoi(argv[1])) : 100000;
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const int rounds = std::max(5, repeats); // medians need >= 5 interleaved rounds
    try
    {
        OfficeOptions opt;
        opt.oxt = builtOxt();
        opt.pipePrefix = "isms_bench_";
        const bool commandsOnly = std::getenv("ISMS_BENCH_COMMANDS_ONLY") != nullptr;
        if (!commandsOnly)
        {
            Office office(opt);
            const auto& cat = isms::Catalog::builtin();
            // The common case: the 93 controls of 27001:2022. Then every control of both
            // editions and the CLD controls: 214 rows.
            std::vector<const isms::Control*> t2022, all;
            for (const auto* c : cat.controls(isms::Edition::Iso27001_2022))
                t2022.push_back(c);
            for (auto e : {isms::Edition::Iso27001_2013, isms::Edition::Iso27001_2022})
                for (const auto* c : cat.controls(e))
                    all.push_back(c);
            for (const auto* c : cat.controls(isms::Edition::Iso27017_2015))
                if (c->edition == isms::Edition::Iso27017_2015)
                    all.push_back(c);
            const std::string n = std::to_string(cells);
            auto vlookup = [](std::size_t rows)
            { return "=VLOOKUP(A1;$Table.$A$1:$B$" + std::to_string(rows) + ";2;0)"; };
            std::vector<LookupCase> cases;
            cases.push_back(makeCase(office, "VLOOKUP, 93-row 2022 table", t2022, cells,
                                     vlookup(t2022.size())));
            cases.push_back(
                makeCase(office, "ISMS.CONTROL(A1), 2022 ids", t2022, cells, "=ISMS.CONTROL(A1)"));
            cases.push_back(
                makeCase(office, "VLOOKUP, 214-row table", all, cells, vlookup(all.size())));
            cases.push_back(
                makeCase(office, "ISMS.CONTROL(A1), all 214 ids", all, cells, "=ISMS.CONTROL(A1)"));
            // The range form as a register uses it: one array formula per 1,000 ids.
            cases.push_back(makeCase(office, "{ISMS.CONTROL(A1:A1000)}, blocks of 1000", t2022,
                                     cells, "=ISMS.CONTROL(A{first}:A{last})", 1000));
            cases.push_back(makeCase(office, "ISMS.GUIDANCE(A1;\"provider\")", t2022, cells,
                                     "=ISMS.GUIDANCE(A1;\"provider\")"));
            cases.push_back(makeCase(office, "ISMS.GUIDANCE(A1), workbook role", t2022, cells,
                                     "=ISMS.GUIDANCE(A1)", 0, "provider"));
            // One array formula over all the ids: Calc 7.4 stores an add-in's array result
            // element by element into a matrix that starts numeric, and each text moves the
            // rest of the matrix (mdds 2.0): the cost grows with the square of the rows.
            cases.push_back(makeCase(office, "{ISMS.CONTROL(A1:A" + n + ")}, one formula", t2022,
                                     cells, "=ISMS.CONTROL(A{first}:A{last})", cells));
            // Smaller blocks: less of that square, more formulas.
            for (int block : {100, 250})
                cases.push_back(makeCase(office,
                                         "{ISMS.CONTROL(A1:A" + std::to_string(block) +
                                             ")}, blocks of " + std::to_string(block),
                                         t2022, cells, "=ISMS.CONTROL(A{first}:A{last})", block));
            // The lookups agree before anything is timed.
            for (const auto& [a, b] :
                 {std::pair{0, 1}, std::pair{2, 3}, std::pair{0, 4}, std::pair{5, 6},
                  std::pair{0, 7}, std::pair{0, 8}, std::pair{0, 9}})
                for (const char* cell : {"B2", "B77"})
                {
                    const std::string x = cellText(cases[a].doc, "Sheet1", cell),
                                      y = cellText(cases[b].doc, "Sheet1", cell);
                    if (x != y || x.rfind("Err:", 0) == 0)
                    {
                        std::fprintf(stderr, "results differ at %s: %s '%s' vs %s '%s'\n", cell,
                                     cases[a].label.c_str(), x.c_str(), cases[b].label.c_str(),
                                     y.c_str());
                        return 1;
                    }
                }
            for (int r = 0; r < rounds; ++r)
                for (auto& c : cases)
                    c.times.push_back(seconds([&] { calculateAll(c.doc); }));

            std::printf(
                "lookups: %d cells per case, %d interleaved rounds in one office, medians\n", cells,
                rounds);
            for (const auto& c : cases)
            {
                std::string spread;
                for (double t : c.times)
                    spread += (spread.empty() ? "" : " ") + std::to_string(int(t * 1000 + 0.5));
                std::printf("  %-42s %7.3f s  %6.2f us/id   (ms per round: %s)\n", c.label.c_str(),
                            c.median(), c.median() * 1e6 / cells, spread.c_str());
            }
            const double v93 = cases[0].median(), control = cases[1].median();
            std::printf("ratio ISMS.CONTROL / VLOOKUP, 93-row 2022 table : %.2f (target <= 1.00)\n",
                        control / v93);
            std::printf("ratio ISMS.CONTROL / VLOOKUP, 214-row table     : %.2f\n",
                        cases[3].median() / cases[2].median());
            std::printf("ratio range form / VLOOKUP (93) per id          : %.2f (target <= 0.10; "
                        "1000-id blocks)\n",
                        cases[4].median() / v93);
            std::printf("ratio range form, one %d-row formula / VLOOKUP   : %.2f (Calc's quadratic "
                        "array result)\n",
                        cells, cases[7].median() / v93);
            std::printf("ratio range form / VLOOKUP (93) per id          : %.2f (100-id blocks), "
                        "%.2f (250-id blocks)\n",
                        cases[8].median() / v93, cases[9].median() / v93);
            std::printf("ratio ISMS.GUIDANCE(role given) / ISMS.CONTROL  : %.2f (target <= 1.10)\n",
                        cases[5].median() / control);
            std::printf("ratio ISMS.GUIDANCE(workbook role) / ISMS.CONTROL: %.2f\n",
                        cases[6].median() / control);
            std::fflush(stdout);

            if (const char* p = std::getenv("ISMS_BENCH_PROFILE"))
            {
                const char* which = std::getenv("ISMS_BENCH_PROFILE_CASE"); // index, default 1
                LookupCase& profiled =
                    cases.at(which ? std::size_t(std::atoi(which)) : std::size_t(1));
                repeatForProfiling(std::atof(p), "recalculating '" + profiled.label + "'",
                                   "recalculations", [&] { calculateAll(profiled.doc); });
            }
            for (auto& c : cases)
                Office::close(c.doc);
        }
        if (std::getenv("ISMS_BENCH_LOOKUPS_ONLY"))
            return 0;

        // Start-up cost of the extension: fresh profiles, with and without it (the add-in
        // must load lazily, so the difference is noise).
        double plain = 0, with = 0;
        for (int r = 0; r < (commandsOnly ? 0 : repeats); ++r)
        {
            OfficeOptions none;
            none.pipePrefix = "isms_bench_";
            plain += Office(none).startupTime().count() / 1000.0;
            OfficeOptions ext = none;
            ext.oxt = builtOxt();
            with += Office(ext).startupTime().count() / 1000.0;
        }
        if (!commandsOnly)
            std::printf("office cold start: %.2f s without, %.2f s with the extension; ratio "
                        "%.2f (target <= 1.05)\n",
                        plain / repeats, with / repeats, with / plain);

        Office office(opt);

        // The Detect Risk Register command on a 10,000-row register, as a user runs it: the
        // sheet is read with one getDataArray, detected, read and the mapping stored.
        auto reg = office.load("private:factory/scalc");
        const int risks = 10000;
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> rows(risks + 1);
        const char* head[] = {"Risk ID", "Asset",     "Threat",   "Vulnerability", "Likelihood",
                              "Impact",  "Treatment", "Controls", "Owner"};
        css::uno::Sequence<css::uno::Any> h(9);
        for (int c = 0; c < 9; ++c)
            h.getArray()[c] <<= rtl::OUString::createFromAscii(head[c]);
        rows.getArray()[0] = h;
        for (int i = 1; i <= risks; ++i)
        {
            css::uno::Sequence<css::uno::Any> row(9);
            auto* a = row.getArray();
            a[0] <<= ou("R-" + std::to_string(i));
            a[1] <<= ou("Customer database");
            a[2] <<= ou("Unauthorised access");
            a[3] <<= ou("Weak authentication");
            a[4] <<= double(1 + i % 5);
            a[5] <<= double(1 + (i / 5) % 5);
            a[6] <<= ou("Reduce");
            a[7] <<= ou(i % 2 ? "A.9.2.3, 8.16" : "CLD.9.5.1; 5.23 cloud services");
            a[8] <<= ou("CISO");
            rows.getArray()[i] = row;
        }
        setData(sheet(reg, 0), "A1:I" + std::to_string(risks + 1), rows);
        std::vector<double> t;
        std::string message;
        for (int r = 0; r < repeats; ++r)
            t.push_back(
                seconds([&] { message = runCommand(office, reg, "DetectRegister").message; }));
        std::printf("Detect Risk Register command, %d-row register: %.3f s (%s)\n", risks,
                    median(t), message.substr(0, message.find(" (")).c_str());

        // Generate SoA on the same register (read, score, derive, merge with the previous run's
        // sheet, write cover, table and gaps in bulk) against a raw setDataArray of as many cells.
        // The first run makes and formats the sheets; then regenerations and raw writes take
        // turns (interleaved, so that a busy machine weighs on both alike), medians compared.
        const double first =
            seconds([&] { message = runCommand(office, reg, "GenerateSoA").message; });
        // The floor: the same table (read back from the SoA) written with one setDataArray into
        // a sheet formatted the same way (column widths, wrapped text).
        css::uno::Reference<css::beans::XPropertySet> props(reg, css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::container::XNameAccess> names(
            props->getPropertyValue("NamedRanges"), css::uno::UNO_QUERY_THROW);
        auto soaRange = css::uno::Reference<css::sheet::XCellRangeReferrer>(
                            names->getByName("ISMS_SOA"), css::uno::UNO_QUERY_THROW)
                            ->getReferredCells();
        const auto cells =
            css::uno::Reference<css::sheet::XCellRangeData>(soaRange, css::uno::UNO_QUERY_THROW)
                ->getDataArray();
        const int soaRows = cells.getLength(), soaCols = cells[0].getLength();
        const std::string area = "A1:U" + std::to_string(soaRows);
        std::vector<double> soa, raw;
        for (int r = 0; r < rounds; ++r)
        {
            soa.push_back(
                seconds([&] { message = runCommand(office, reg, "GenerateSoA").message; }));
            const std::string name = "Raw" + std::to_string(r);
            css::uno::Reference<css::sheet::XSpreadsheets>(reg->getSheets())
                ->insertNewByName(ou(name), 0);
            auto target = sheet(reg, 0);
            auto columns =
                css::uno::Reference<css::table::XColumnRowRange>(target, css::uno::UNO_QUERY_THROW)
                    ->getColumns();
            for (int c = 0; c < soaCols; ++c)
                css::uno::Reference<css::beans::XPropertySet>(columns->getByIndex(c),
                                                              css::uno::UNO_QUERY_THROW)
                    ->setPropertyValue("Width", css::uno::Any(sal_Int32(c == 5 ? 9000 : 3000)));
            css::uno::Reference<css::beans::XPropertySet>(target->getCellRangeByName(ou(area)),
                                                          css::uno::UNO_QUERY_THROW)
                ->setPropertyValue("IsTextWrapped", css::uno::Any(true));
            raw.push_back(seconds([&] { setData(target, area, cells); }));
        }
        std::printf("Generate SoA command, %d-risk register: first %.3f s, regeneration (median "
                    "of %d) %.3f s; raw setDataArray of the same %d cells (same widths, wrapped, "
                    "interleaved): %.3f s; ratio %.2f (target <= 1.50)\n",
                    risks, first, rounds, median(soa), soaRows * soaCols, median(raw),
                    median(soa) / median(raw));
        if (const char* p = std::getenv("ISMS_BENCH_PROFILE_SOA"))
            repeatForProfiling(std::atof(p), "Generate SoA again and again", "runs",
                               [&] { (void)runCommand(office, reg, "GenerateSoA"); });
        Office::close(reg);
    }
    catch (...)
    {
        std::fprintf(stderr, "benchmark failed: %s\n", describeCurrentException().c_str());
        return 1;
    }
    return 0;
}
