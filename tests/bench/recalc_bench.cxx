// Benchmark (not a test): in one office, times calculateAll() over N cells of ISMS.CONTROL and
// over the same lookups done with VLOOKUP against a control table, and prints the ratio.
// Usage: isms_recalc_bench [cells=100000] [repeats=3]

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
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>

#include <algorithm>
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

} // namespace

int main(int argc, char** argv)
{
    const int cells = argc > 1 ? std::max(1000, std::atoi(argv[1])) : 100000;
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    try
    {
        // Start-up cost of the extension: fresh profiles, with and without it (the add-in
        // must load lazily, so the difference is noise).
        double plain = 0, with = 0;
        for (int r = 0; r < repeats; ++r)
        {
            OfficeOptions none;
            none.pipePrefix = "isms_bench_";
            plain += Office(none).startupTime().count() / 1000.0;
            OfficeOptions ext = none;
            ext.oxt = builtOxt();
            with += Office(ext).startupTime().count() / 1000.0;
        }
        std::printf("office cold start: %.2f s without, %.2f s with the extension; ratio %.2f "
                    "(target <= 1.05)\n",
                    plain / repeats, with / repeats, with / plain);

        OfficeOptions opt;
        opt.oxt = builtOxt();
        opt.pipePrefix = "isms_bench_";
        Office office(opt);

        // The control table: every control of every edition, id → English label.
        const auto& cat = isms::Catalog::builtin();
        std::vector<const isms::Control*> all;
        for (auto e : {isms::Edition::Iso27001_2013, isms::Edition::Iso27001_2022})
            for (const auto* c : cat.controls(e))
                all.push_back(c);
        for (const auto* c : cat.controls(isms::Edition::Iso27017_2015))
            if (c->edition == isms::Edition::Iso27017_2015)
                all.push_back(c);

        auto doc = office.load("private:factory/scalc");
        css::uno::Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
        sheets->insertNewByName("Table", 1);
        auto data = sheet(doc, 0);
        auto table = sheet(doc, 1);

        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> tableRows(sal_Int32(all.size()));
        for (std::size_t i = 0; i < all.size(); ++i)
        {
            css::uno::Sequence<css::uno::Any> row(2);
            row.getArray()[0] <<= ou(all[i]->canonical);
            row.getArray()[1] <<= ou(all[i]->title.en);
            tableRows.getArray()[i] = row;
        }
        setData(table, "A1:B" + std::to_string(all.size()), tableRows);

        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> ids(cells);
        for (int i = 0; i < cells; ++i)
        {
            css::uno::Sequence<css::uno::Any> row(1);
            row.getArray()[0] <<= ou(all[std::size_t(i) % all.size()]->canonical);
            ids.getArray()[i] = row;
        }
        setData(data, "A1:A" + std::to_string(cells), ids);

        auto run = [&](const std::string& formula)
        {
            fillFormula(data, "B", cells, formula);
            calculateAll(doc); // warm-up: loads the add-in, builds caches
            std::vector<double> t;
            for (int r = 0; r < repeats; ++r)
                t.push_back(seconds([&] { calculateAll(doc); }));
            return median(t);
        };
        const double vlookup =
            run("=VLOOKUP(A1;$Table.$A$1:$B$" + std::to_string(all.size()) + ";2;0)");
        const std::string sample = cellText(doc, "Sheet1", "B2");
        const double control = run("=ISMS.CONTROL(A1)");
        const std::string sampleIsms = cellText(doc, "Sheet1", "B2");
        if (sample != sampleIsms)
        {
            std::fprintf(stderr, "results differ: VLOOKUP '%s' vs ISMS.CONTROL '%s'\n",
                         sample.c_str(), sampleIsms.c_str());
            return 1;
        }
        // ISMS.GUIDANCE with the role taken from the workbook (ISMS.Role): the settings are read
        // once per document, not per cell.
        css::uno::Reference<css::document::XDocumentPropertiesSupplier>(doc,
                                                                        css::uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties()
            ->addProperty("ISMS.Role", css::beans::PropertyAttribute::REMOVABLE,
                          css::uno::Any(ou("provider")));
        const double guidance = run("=ISMS.GUIDANCE(A1)");
        const double guidanceExplicit = run("=ISMS.GUIDANCE(A1;\"provider\")");
        if (cellError(doc, "Sheet1", "B1") != 0)
        {
            std::fprintf(stderr, "ISMS.GUIDANCE failed: %s\n",
                         cellText(doc, "Sheet1", "B1").c_str());
            return 1;
        }
        std::printf("cells: %d, control table rows: %zu, repeats: %d (median)\n", cells, all.size(),
                    repeats);
        std::printf("calculateAll VLOOKUP      : %.3f s (%.2f us/cell)\n", vlookup,
                    vlookup * 1e6 / cells);
        std::printf("calculateAll ISMS.CONTROL : %.3f s (%.2f us/cell)\n", control,
                    control * 1e6 / cells);
        std::printf("calculateAll ISMS.GUIDANCE: %.3f s (%.2f us/cell)\n", guidance,
                    guidance * 1e6 / cells);
        std::printf("calculateAll ISMS.GUIDANCE(A1;\"provider\"): %.3f s (role given: the workbook "
                    "settings are not consulted)\n",
                    guidanceExplicit);
        std::printf("ratio ISMS.CONTROL / VLOOKUP: %.2f (target <= 1.00)\n", control / vlookup);
        std::printf("ratio ISMS.GUIDANCE / ISMS.CONTROL: %.2f (target <= 1.20)\n",
                    guidance / control);
        Office::close(doc);

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
        std::vector<double> soa, raw;
        for (int r = 0; r < repeats; ++r)
            soa.push_back(
                seconds([&] { message = runCommand(office, reg, "GenerateSoA").message; }));
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
        for (int r = 0; r < repeats; ++r)
        {
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
        std::printf("Generate SoA command, %d-risk register: first %.3f s, regeneration (median) "
                    "%.3f s; raw "
                    "setDataArray of the same %d cells (same widths, wrapped): %.3f s; ratio %.2f "
                    "(target <= 2.00)\n",
                    risks, soa.front(), median(soa), soaRows * soaCols, median(raw),
                    median(soa) / median(raw));
        Office::close(reg);
    }
    catch (...)
    {
        std::fprintf(stderr, "benchmark failed: %s\n", describeCurrentException().c_str());
        return 1;
    }
    return 0;
}
