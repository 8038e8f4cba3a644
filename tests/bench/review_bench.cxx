// What the review costs on top of opening a workbook: in one office with isms-calc installed,
// each review fixture (as .ods and .xlsx) is opened read-only and closed (the baseline), then
// opened, reviewed with org.ismscalc:Review (ReportOnly, as isms-review does) and closed.
// Prints the median time per workbook of both and their ratio.
// Usage: isms_review_bench [rounds]

#include "office.hxx"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace isms::office;
using Clock = std::chrono::steady_clock;

namespace
{

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const fs::path dir =
        fs::temp_directory_path() / ("isms-review-bench-" + std::to_string(::getpid()));
    try
    {
        OfficeOptions o;
        o.oxt = builtOxt();
        o.pipePrefix = "isms_bench_";
        Office office(o);
        fs::create_directories(dir);
        std::vector<std::string> files;
        for (const auto& f : fs::directory_iterator(sourcePath("sheets/fixtures/review")))
        {
            auto doc = office.load(f.path().string());
            for (const auto& [ext, filter] : {std::pair<const char*, const char*>{".ods", "calc8"},
                                              {".xlsx", "Calc MS Excel 2007 XML"}})
            {
                files.push_back((dir / (f.path().stem().string() + ext)).string());
                Office::storeTo(doc, files.back(), filter);
            }
            Office::close(doc);
        }
        std::sort(files.begin(), files.end());
        std::vector<double> open, review;
        for (int round = 0; round < rounds; ++round)
            for (const auto& file : files)
            {
                auto t0 = Clock::now();
                Office::close(office.openReadOnly(file));
                open.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                t0 = Clock::now();
                auto doc = office.openReadOnly(file);
                const auto r = runCommand(office, doc, "Review", {{"ReportOnly", true}});
                Office::close(doc);
                review.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (!r.success)
                    std::fprintf(stderr, "review failed on %s: %s\n", file.c_str(),
                                 r.message.c_str());
            }
        const double o50 = median(open), r50 = median(review);
        std::printf("isms-review cost per workbook (%zu workbooks x %d rounds, medians):\n"
                    "  open read-only + close:            %7.1f ms\n"
                    "  open + Review (ReportOnly) + close: %7.1f ms\n"
                    "  ratio review/open: %.2f\n",
                    files.size(), rounds, o50, r50, o50 > 0 ? r50 / o50 : 0.0);
    }
    catch (...)
    {
        std::fprintf(stderr, "benchmark failed: %s\n", describeCurrentException().c_str());
        fs::remove_all(dir);
        return 1;
    }
    fs::remove_all(dir);
    return 0;
}
