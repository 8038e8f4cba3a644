// isms-review: the auditor's batch reviewer. Starts one headless LibreOffice with isms-calc
// installed in a throwaway profile, opens each workbook read-only (no macros, no link updates),
// runs the extension's Review rules through org.ismscalc:Review (ReportOnly, so nothing is
// written), and prints a report per workbook and a summary. Exit code 0: no major finding;
// 1: major findings; 2: a file could not be read (the others are still reviewed).
// With --compare OLD NEW: what changed in the SoA between two versions, through
// org.ismscalc:CompareSoA (ReportOnly); exit code 0: compared; 2: a file could not be read or
// has no SoA.

#include "office.hxx"
#include "sha256.hxx"
#include "workbook_report.hxx"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace isms;
using namespace isms::reviewer;

namespace
{

constexpr const char* kUsage =
    "usage: isms-review [--json|--csv] [--out FILE] [--lang en|ja] [--oxt FILE] [--timeout S]\n"
    "                   FILE_OR_DIR...\n"
    "       isms-review --compare OLD NEW [--json|--csv] [--out FILE] [--lang en|ja] [--oxt FILE]\n"
    "Reviews ISMS workbooks (.ods .xlsx .xlsm .xls .fods .csv; folders: every such file inside,\n"
    "sorted; other files there are listed as skipped with the reason)\n"
    "read-only with the isms-calc rules. Exit code 0: no major finding; 1: major findings;\n"
    "2: a file could not be read or a usage error.\n"
    "--timeout: seconds one workbook may take (default 300); a slower one is stopped, named and\n"
    "counted as not read, and the run goes on.\n"
    "--compare: what changed in the Statement of Applicability from OLD to NEW (both opened\n"
    "read-only, checked unchanged by SHA-256): counts, notes, then the changes per control.\n"
    "Exit code 0: compared; 2: a file could not be read, has no SoA, or a usage error.\n";

bool reviewable(const fs::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".ods" || ext == ".xlsx" || ext == ".xls" || ext == ".fods" || ext == ".xlsm" ||
           ext == ".csv";
}

/// Why a path cannot be reviewed, in English and Japanese.
struct Reason
{
    std::string en, ja;
    [[nodiscard]] bool empty() const { return en.empty(); }
};

/// Why a path that is not a regular, non-empty file cannot be reviewed (empty when it can).
Reason unreadableReason(const fs::path& p)
{
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec); // follows links: a loop is an error here
    if (ec)
    {
        const std::string why = ec.message();
        std::error_code linkEc;
        if (fs::is_symlink(fs::symlink_status(p, linkEc)))
            return {"a link that leads nowhere readable: " + why,
                    "読めるファイルを指していないリンクです: " + why};
        return {"cannot be read: " + why, "読み取れません: " + why};
    }
    if (!fs::is_regular_file(st))
        return {"not a regular file (a FIFO, device or socket)",
                "通常のファイルではありません(FIFO、デバイス又はソケット)"};
    const auto size = fs::file_size(p, ec);
    if (ec)
        return {"cannot be read: " + ec.message(), "読み取れません: " + ec.message()};
    if (size == 0)
        return {"the file is empty (0 bytes): not a workbook",
                "空のファイル(0 バイト)で、ブックではありません"};
    return {};
}

/// The workbooks to review, in order; every path that cannot be reviewed becomes one named
/// entry in `missing` (skipped, or unreadable: exit code 2), and the run goes on.
std::vector<std::string> collect(const std::vector<std::string>& args,
                                 std::vector<WorkbookReport>& missing)
{
    std::vector<std::string> files;
    const auto unreadable = [&](const std::string& file, Reason why)
    {
        WorkbookReport r;
        r.file = file;
        r.error = std::move(why.en);
        r.errorJa = std::move(why.ja);
        missing.push_back(std::move(r));
    };
    for (const auto& a : args)
    {
        std::error_code ec;
        if (fs::is_directory(a, ec))
        {
            std::vector<std::string> inDir;
            fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied,
                                                ec);
            for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            {
                const fs::path p = it->path();
                std::error_code sec;
                if (p.filename().string().rfind(".~lock", 0) == 0 || fs::is_directory(p, sec))
                    continue;
                if (!reviewable(p))
                {
                    WorkbookReport r;
                    r.file = p.string();
                    r.skipped = true;
                    const std::string ext = p.extension().string();
                    r.error = "not a workbook (" +
                              (ext.empty() ? std::string("no extension") : ext) +
                              "): isms-review reads .ods .xlsx .xlsm .xls .fods .csv";
                    missing.push_back(r);
                }
                else if (Reason why = unreadableReason(p); !why.empty())
                    unreadable(p.string(), std::move(why));
                else
                    inDir.push_back(p.string());
            }
            if (ec)
                unreadable(a, {"the folder could not be read completely: " + ec.message(),
                               "フォルダーを最後まで読み取れませんでした: " + ec.message()});
            std::sort(inDir.begin(), inDir.end());
            files.insert(files.end(), inDir.begin(), inDir.end());
        }
        else if (!fs::exists(fs::symlink_status(a, ec)))
            unreadable(a, {"no such file or folder", "ファイル又はフォルダーがありません"});
        else if (Reason why = unreadableReason(a); !why.empty())
            unreadable(a, std::move(why));
        else
            files.push_back(a);
    }
    return files;
}

/// True when writing the report to `out` would overwrite one of the inputs.
bool overwritesInput(const std::string& out, const std::vector<std::string>& inputs)
{
    std::error_code ec;
    if (out.empty() || !fs::exists(out, ec))
        return false;
    for (const auto& in : inputs)
        if (fs::equivalent(out, in, ec))
            return true;
    return false;
}

std::string defaultOxt()
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("isms-calc.oxt") : (self.parent_path() / "isms-calc.oxt").string();
}

Lang defaultLang()
{
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v)
            return std::string(v).rfind("ja", 0) == 0 ? Lang::Ja : Lang::En;
    return Lang::En;
}

/// Stops the office when one workbook takes longer than the limit: the call blocked on it then
/// fails, the file is named as not read, and the next one gets a fresh office.
class Watchdog
{
public:
    Watchdog(const office::Office& office, std::chrono::seconds limit)
        : m_thread(
              [this, &office, limit]
              {
                  std::unique_lock<std::mutex> lock(m_mutex);
                  if (!m_wake.wait_for(lock, limit, [this] { return m_done; }))
                  {
                      m_fired = true;
                      office.abort();
                  }
              })
    {
    }
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;
    ~Watchdog() { stop(); }

    /// Ends the watch; whether it had to stop the office.
    bool stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    bool m_fired = false;
    std::thread m_thread; // last: starts once the members above exist
};

/// Reviews one workbook in the running office.
void reviewOne(office::Office& office, WorkbookReport& r)
{
    const auto before = sha256File(r.file);
    if (!before)
    {
        r.error = "cannot read the file (permissions?)";
        return;
    }
    r.sha256 = *before;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc;
    try
    {
        doc = office.openReadOnly(r.file);
    }
    catch (...)
    {
        r.error = office::describeCurrentException();
        return;
    }
    try
    {
        const auto result = office::runCommand(office, doc, "Review", {{"ReportOnly", true}});
        if (!result.dispatched)
            r.error = "the isms-calc extension did not answer (is it installed?)";
        else if (!result.success)
            r.error = "the review failed: " + result.message;
        else
        {
            auto parsed = nlohmann::json::parse(result.message, nullptr, false);
            if (parsed.is_discarded() || !parsed.contains("findings"))
                r.error = "the extension's report could not be read";
            else
            {
                r.findings = parsed.at("findings");
                r.sheets = sheetsRead(parsed);
                r.reviewed = true;
                countFindings(r);
            }
        }
    }
    catch (...)
    {
        r.error = office::describeCurrentException();
    }
    try
    {
        office::Office::close(doc);
    }
    catch (...)
    {
    }
    const auto after = sha256File(r.file);
    r.unchanged = after && *after == r.sha256;
    if (!r.unchanged && r.reviewed)
        r.error = "the file changed while it was reviewed";
}

std::string jsonText(const nlohmann::json& j, const char* key)
{
    return j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : std::string();
}

/// One side of the comparison as a line: file, sheet (and the sheet of its 27017 controls when
/// they are kept apart), numbering.
std::string sideLine(const nlohmann::json& side, const std::string& edition, bool ja)
{
    std::string out = jsonText(side, "file");
    if (const std::string sheet = jsonText(side, "sheet"); !sheet.empty())
        out += ja ? "、シート「" + sheet + "」" : ", sheet '" + sheet + "'";
    if (const std::string part = jsonText(side, "cloudPartSheet"); !part.empty())
        out += ja ? "(27017 の管理策はシート「" + part + "」)"
                  : " (its 27017 controls on sheet '" + part + "')";
    if (!edition.empty())
        out += ja ? "、ISO/IEC 27001:" + edition + " の番号"
                  : ", ISO/IEC 27001:" + edition + " numbering";
    return out;
}

/// The comparison for a person: the two files, counts, notes, then per control its changes.
std::string comparisonText(const nlohmann::json& j, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    const char* l = ja ? "ja" : "en";
    std::ostringstream out;
    out << (ja ? "以前の版: " : "Earlier: ")
        << sideLine(j.value("earlier", nlohmann::json::object()), jsonText(j, "oldEdition"), ja)
        << "\n"
        << (ja ? "現在の版: " : "Current: ")
        << sideLine(j.value("current", nlohmann::json::object()), jsonText(j, "newEdition"), ja)
        << "\n";
    const auto& n = j.at("counts");
    const auto count = [&](const char* k) { return n.value(k, 0); };
    if (ja)
        out << "管理策 " << count("compared") << " 件を比較: 変更 " << count("changed") << "、追加 "
            << count("added") << "、削除 " << count("removed") << "、変更なし "
            << count("unchanged") << "\n";
    else
        out << count("compared") << " controls compared: " << count("changed") << " changed, "
            << count("added") << " added, " << count("removed") << " removed, "
            << count("unchanged") << " unchanged\n";
    if (j.contains("notes") && j.at("notes").contains(l) && !j.at("notes").at(l).empty())
    {
        out << (ja ? "\n注記:\n" : "\nNotes:\n");
        for (const auto& note : j.at("notes").at(l))
            out << "  - " << note.get<std::string>() << "\n";
    }
    const auto& rows = j.at("rows");
    if (rows.empty())
    {
        out << (ja ? "\n変更はありません。\n" : "\nNo change.\n");
        return out.str();
    }
    out << (ja ? "\n変更点:\n" : "\nChanges:\n");
    for (const auto& r : rows)
    {
        const std::string kind = jsonText(r, "kind");
        const std::string shown = !ja ? std::string(1, char(std::toupper(kind[0]))) + kind.substr(1)
                                  : kind == "added"   ? "追加"
                                  : kind == "removed" ? "削除"
                                                      : "変更";
        out << "  " << jsonText(r, "control") << "  " << shown;
        std::string old;
        for (const auto& id : r.value("oldControls", nlohmann::json::array()))
            old += (old.empty() ? "" : ", ") + id.get<std::string>();
        if (!old.empty() && old != jsonText(r, "control"))
            out << (ja ? "(以前の管理策: " : " (earlier: ") << old << (ja ? ")" : ")");
        out << "\n";
        for (const auto& f : r.value("fields", nlohmann::json::array()))
        {
            const std::string label =
                f.contains("label") ? jsonText(f.at("label"), l) : jsonText(f, "field");
            out << "      " << label << ": \"" << jsonText(f, "before") << "\" -> \""
                << jsonText(f, "after") << "\"\n";
        }
    }
    return out.str();
}

enum class Format
{
    Text,
    Json,
    Csv
};

/// isms-review --compare OLD NEW: 0 compared, 2 not.
int compareMain(const std::string& oldFile, const std::string& newFile, Format format, Lang lang,
                const std::string& oxt, const std::string& outFile)
{
    const auto fail = [](const std::string& why)
    {
        std::cerr << "isms-review: " << why << "\n";
        return 2;
    };
    std::optional<std::string> before[2];
    const std::string files[2] = {oldFile, newFile};
    for (int i = 0; i < 2; ++i)
    {
        std::error_code ec;
        if (!fs::is_regular_file(files[i], ec))
            return fail(files[i] + ": no such file");
        before[i] = sha256File(files[i]);
        if (!before[i])
            return fail(files[i] + ": cannot read the file (permissions?)");
    }
    office::OfficeOptions options;
    options.oxt = oxt;
    options.pipePrefix = "isms_review_";
    office::CommandResult result;
    std::string openError;
    try
    {
        office::Office office(options);
        css::uno::Reference<css::sheet::XSpreadsheetDocument> doc;
        try
        {
            doc = office.openReadOnly(newFile);
        }
        catch (...)
        {
            openError = newFile + ": " + office::describeCurrentException();
        }
        if (doc.is())
        {
            std::vector<std::pair<std::string, css::uno::Any>> args = {
                {"ReportOnly", css::uno::Any(true)},
                {"URL", css::uno::Any(rtl::OUString::fromUtf8(office::fileUrl(oldFile).c_str()))}};
            if (format == Format::Csv)
            {
                args.emplace_back("Format", css::uno::Any(rtl::OUString("csv")));
                args.emplace_back("Lang",
                                  css::uno::Any(rtl::OUString(lang == Lang::Ja ? "ja" : "en")));
            }
            try
            {
                result = office::runCommandWith(office, doc, "CompareSoA", args);
            }
            catch (...)
            {
                openError = "the comparison failed: " + office::describeCurrentException();
            }
            try
            {
                office::Office::close(doc);
            }
            catch (...)
            {
            }
        }
    }
    catch (...)
    {
        return fail("LibreOffice could not be started: " + office::describeCurrentException());
    }
    for (int i = 0; i < 2; ++i)
        if (const auto after = sha256File(files[i]); !after || *after != *before[i])
            return fail(files[i] + ": the file changed while it was compared");
    if (!openError.empty())
        return fail(openError);
    if (!result.dispatched)
        return fail("the isms-calc extension did not answer (is it installed?)");
    if (!result.success)
        return fail(result.message);

    std::string report;
    if (format == Format::Csv)
        report = result.message;
    else
    {
        auto parsed = nlohmann::json::parse(result.message, nullptr, false);
        if (parsed.is_discarded() || !parsed.contains("counts") || !parsed.contains("rows"))
            return fail("the extension's report could not be read");
        for (int i = 0; i < 2; ++i)
        {
            auto& side = parsed[i == 0 ? "earlier" : "current"];
            side["path"] = files[i];
            side["sha256"] = *before[i];
        }
        report = format == Format::Json
                     ? parsed.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"
                     : comparisonText(parsed, lang);
    }
    if (outFile.empty())
    {
        std::cout << report;
        return 0;
    }
    std::ofstream f(outFile, std::ios::binary);
    f << report;
    if (!f)
        return fail("cannot write " + outFile);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    isms::office::ignoreBrokenPipes(); // a closed office or output pipe is an error, not a death
    Format format = Format::Text;
    bool compare = false;
    std::string out, oxt = defaultOxt();
    Lang lang = defaultLang();
    std::chrono::seconds limit{300};
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i)
    {
        const std::string a = argv[i];
        const auto value = [&]() -> std::string
        {
            if (i + 1 >= argc)
            {
                std::cerr << "isms-review: " << a << " needs a value\n" << kUsage;
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--json")
            format = Format::Json;
        else if (a == "--compare")
            compare = true;
        else if (a == "--csv")
            format = Format::Csv;
        else if (a == "--out")
            out = value();
        else if (a == "--oxt")
            oxt = value();
        else if (a == "--lang")
            lang = value() == "ja" ? Lang::Ja : Lang::En;
        else if (a == "--timeout")
        {
            const std::string v = value();
            char* end = nullptr;
            const long seconds = std::strtol(v.c_str(), &end, 10);
            if (v.empty() || *end != '\0' || seconds < 1 || seconds > 86400)
            {
                std::cerr << "isms-review: --timeout takes whole seconds from 1 to 86400\n";
                return 2;
            }
            limit = std::chrono::seconds(seconds);
        }
        else if (a == "-h" || a == "--help")
        {
            std::cout << kUsage;
            return 0;
        }
        else if (a.rfind("--", 0) == 0)
        {
            std::cerr << "isms-review: unknown option " << a << "\n" << kUsage;
            return 2;
        }
        else
            inputs.push_back(a);
    }
    if (inputs.empty())
    {
        std::cerr << kUsage;
        return 2;
    }
    if (compare && inputs.size() != 2)
    {
        std::cerr << "isms-review: --compare needs two files, OLD and NEW\n" << kUsage;
        return 2;
    }
    if (!fs::is_regular_file(oxt))
    {
        std::cerr << "isms-review: the extension " << oxt << " is missing (use --oxt)\n";
        return 2;
    }
    if (compare && overwritesInput(out, inputs))
    {
        std::cerr << "isms-review: --out " << printableName(out)
                  << " is one of the workbooks: the reviewer never writes to its inputs\n";
        return 2;
    }
    if (compare)
        return compareMain(inputs[0], inputs[1], format, lang, oxt, out);

    std::vector<WorkbookReport> reports;
    const std::vector<std::string> files = collect(inputs, reports);
    if (overwritesInput(out, files) || overwritesInput(out, inputs))
    {
        std::cerr << "isms-review: --out " << printableName(out)
                  << " is one of the workbooks: the reviewer never writes to its inputs\n";
        return 2;
    }
    const bool terminal = isatty(STDERR_FILENO);
    office::OfficeOptions options;
    options.oxt = oxt;
    options.pipePrefix = "isms_review_";
    std::unique_ptr<office::Office> office;
    std::size_t n = 0;
    for (const auto& file : files)
    {
        ++n;
        if (terminal)
            std::cerr << "\r\033[K[" << n << "/" << files.size() << "] " << printableName(file)
                      << std::flush;
        WorkbookReport r;
        r.file = file;
        const auto t0 = std::chrono::steady_clock::now();
        try
        {
            if (!office || !office->alive()) // first file, or the last one took the office down
                office = std::make_unique<office::Office>(options);
            bool tooSlow = false;
            {
                Watchdog watchdog(*office, limit);
                reviewOne(*office, r);
                tooSlow = watchdog.stop();
            }
            if (tooSlow)
            {
                const std::string s = std::to_string(limit.count());
                r.reviewed = false;
                r.error =
                    "stopped after " + s + " s (--timeout): the workbook takes too long to read";
                r.errorJa =
                    s + " 秒で打ち切りました (--timeout): 読み込みに時間がかかりすぎるブックです";
            }
            else if (!office->alive())
            {
                r.reviewed = false;
                r.error = "LibreOffice stopped while reading it (the file is damaged)";
            }
        }
        catch (...)
        {
            r.error = "LibreOffice could not be started: " + office::describeCurrentException();
        }
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        reports.push_back(std::move(r));
    }
    if (terminal && !files.empty())
        std::cerr << "\r\033[K";
    office.reset();

    const std::string report = format == Format::Json  ? toJson(reports)
                               : format == Format::Csv ? toCsv(reports, lang)
                                                       : toText(reports, lang);
    if (out.empty())
        std::cout << report;
    else
    {
        std::ofstream f(out, std::ios::binary);
        f << report;
        if (!f)
        {
            std::cerr << "isms-review: cannot write " << out << "\n";
            return 2;
        }
        const int code = exitCode(reports);
        std::cerr << "isms-review: " << reports.size() << " workbooks, exit code " << code
                  << ", report in " << out << "\n";
        return code;
    }
    return exitCode(reports);
}
