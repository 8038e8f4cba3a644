// Big and phantom ranges in one office with isms-calc installed (issue targets in brackets):
// - DetectRegister on a 10,000-row register whose used range reaches XFD1048576 (one stray
//   value in the far corner) [< 1 s], then GenerateSoA and Review on that workbook [no error];
// - Migrate2022 on a 100,000-row sheet holding 50,000 id cells [< 5 s], against writing the
//   same cells with one setDataArray (the ratio); then Migrate2022 once more on the same ids
//   pasted again, which appends as many rows to the log (against the first run).
// Prints the median of the rounds. Usage: isms_big_workbook_bench [rounds]

#include "office.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

using namespace isms::office;
using Clock = std::chrono::steady_clock;
using Doc = css::uno::Reference<css::sheet::XSpreadsheetDocument>;

namespace
{

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double seconds(const std::function<void()>& f)
{
    const auto t0 = Clock::now();
    f();
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

css::uno::Reference<css::sheet::XSpreadsheet> firstSheet(const Doc& doc)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(0),
                                                         css::uno::UNO_QUERY_THROW);
}

using Rows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

void write(const Doc& doc, const Rows& rows)
{
    const sal_Int32 cols = rows[0].getLength();
    css::uno::Reference<css::sheet::XCellRangeData>(
        firstSheet(doc)->getCellRangeByPosition(0, 0, cols - 1, rows.getLength() - 1),
        css::uno::UNO_QUERY_THROW)
        ->setDataArray(rows);
}

css::uno::Any text(const std::string& s)
{
    return css::uno::Any(rtl::OUString::fromUtf8(s.c_str()));
}

/// A 10,000-row register: id, asset, threat, vulnerability, likelihood, impact, treatment,
/// controls, owner.
Rows registerRows(int risks)
{
    Rows rows(risks + 1);
    const char* heads[] = {"Risk ID", "Asset",     "Threat",   "Vulnerability", "Likelihood",
                           "Impact",  "Treatment", "Controls", "Risk owner"};
    css::uno::Sequence<css::uno::Any> head(9);
    for (int c = 0; c < 9; ++c)
        head.getArray()[c] = text(heads[c]);
    rows.getArray()[0] = head;
    const char* controls[] = {"5.15, 8.5", "A.9.2.3", "8.24", "5.23; CLD.6.3.1", "7.4"};
    for (int r = 1; r <= risks; ++r)
    {
        css::uno::Sequence<css::uno::Any> row(9);
        auto* a = row.getArray();
        a[0] = text("R-" + std::to_string(r));
        a[1] = text("Asset " + std::to_string(r % 97));
        a[2] = text("Threat " + std::to_string(r % 31));
        a[3] = text("Weakness " + std::to_string(r % 17));
        a[4] = css::uno::Any(double(1 + r % 5));
        a[5] = css::uno::Any(double(1 + (r / 5) % 5));
        a[6] = text("Reduce");
        a[7] = text(controls[r % 5]);
        a[8] = text("Owner " + std::to_string(r % 7));
        rows.getArray()[r] = row;
    }
    return rows;
}

/// 100,000 rows: a note column and, in every other row, a cell with 2013 ids.
Rows migrationRows(int count)
{
    Rows rows(count);
    for (int r = 0; r < count; ++r)
    {
        css::uno::Sequence<css::uno::Any> row(2);
        row.getArray()[0] = text("Note " + std::to_string(r));
        row.getArray()[1] = r % 2 ? text("") : text(r % 4 ? "A.9.2.3, A.12.4.1" : "A.18.2.3");
        rows.getArray()[r] = row;
    }
    return rows;
}

} // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    try
    {
        OfficeOptions o;
        o.oxt = builtOxt();
        o.pipePrefix = "isms_bench_";
        Office office(o);
        const Rows reg = registerRows(10000);
        std::vector<double> detect, soa, review;
        bool ok = true;
        for (int round = 0; round < rounds; ++round)
        {
            auto doc = office.load("private:factory/scalc");
            write(doc, reg);
            setFormula(doc, "Sheet1", "XFD1048576", "stray");
            CommandResult r;
            detect.push_back(seconds([&] { r = runCommand(office, doc, "DetectRegister"); }));
            ok = ok && r.success && r.message.find("10000 risks read") != std::string::npos;
            if (!r.success || round == 0)
                std::printf("DetectRegister: %s\n", r.message.substr(0, 200).c_str());
            soa.push_back(seconds([&] { r = runCommand(office, doc, "GenerateSoA"); }));
            ok = ok && r.success;
            if (!r.success)
                std::printf("GenerateSoA failed: %s\n", r.message.substr(0, 300).c_str());
            review.push_back(seconds(
                [&] {
                    r = runCommand(office, doc, "Review", {{"ReportOnly", true}});
                }));
            ok = ok && r.success;
            if (!r.success)
                std::printf("Review failed: %s\n", r.message.substr(0, 300).c_str());
            Office::close(doc);
        }
        std::printf("10,000-row register, used range to XFD1048576: DetectRegister %.3f s "
                    "(target < 1 s), GenerateSoA %.3f s, Review %.3f s%s\n",
                    median(detect), median(soa), median(review), ok ? "" : " — FAILED");

        const Rows mig = migrationRows(100000);
        std::vector<double> migrate, baseline, again;
        for (int round = 0; round < rounds; ++round)
        {
            auto doc = office.load("private:factory/scalc");
            baseline.push_back(seconds([&] { write(doc, mig); }));
            CommandResult r;
            migrate.push_back(seconds([&] { r = runCommand(office, doc, "Migrate2022"); }));
            if (!r.success || round == 0)
                std::printf("Migrate2022: %s\n", r.message.substr(0, 200).c_str());
            // The same ids once more (another sheet pasted in): the log grows by as many rows.
            write(doc, mig);
            again.push_back(seconds([&] { r = runCommand(office, doc, "Migrate2022"); }));
            if (!r.success || round == 0)
                std::printf("Migrate2022 again: %s\n", r.message.substr(0, 200).c_str());
            Office::close(doc);
        }
        std::printf("Migrate2022 on 100,000 rows (50,000 id cells): %.3f s (target < 5 s); "
                    "setDataArray of the same cells %.3f s; ratio %.2f\n",
                    median(migrate), median(baseline), median(migrate) / median(baseline));
        std::printf("Migrate2022 again, appending as many rows to the log: %.3f s; ratio %.2f to "
                    "the first\n",
                    median(again), median(again) / median(migrate));
        return ok ? 0 : 1;
    }
    catch (...)
    {
        std::fprintf(stderr, "%s\n", describeCurrentException().c_str());
        return 2;
    }
}
