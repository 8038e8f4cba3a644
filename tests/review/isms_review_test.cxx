// isms-review as an auditor runs it: one folder of client submissions (the review fixtures as
// .ods and .xlsx, English and Japanese, plus a damaged and a password-protected file).

#include "office.hxx"
#include "sha256.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>
#include <fcntl.h>
#include <spawn.h>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace isms::office;

extern char** environ;

namespace
{

/// The rules each fixture must raise (any severity), and whether it has a major finding.
struct Expectation
{
    std::set<std::string> rules;
    bool major;
};
const std::map<std::string, Expectation>& expectations()
{
    static const std::map<std::string, Expectation> e = {
        {"clean-en", {{}, false}},
        {"clean-ja", {{}, false}},
        {"cloud-part-ja", {{}, false}},      // the 27017 controls on a sheet of their own
        {"superseded-2013-en", {{}, false}}, // the 2013 SoA kept beside the current one
        {"two-years-ja", {{}, false}},       // last year's register kept beside this year's
        {"missing-controls-en", {{"SOA-MISSING-CONTROL"}, true}},
        {"no-role-ja", {{"SOA-NO-ROLE"}, true}},
        {"cert-outlives-en", {{"CERT-27017-OUTLIVES-27001"}, true}},
        {"cloud-scope-ja", {{"CERT-CLOUD-SCOPE-NOT-NAMED"}, true}},
        {"cited-excluded-en", {{"SOA-CITED-BUT-EXCLUDED"}, true}},
        {"unjustified-ja", {{"SOA-EXCLUSION-UNJUSTIFIED", "SOA-IMPLEMENTED-NO-EVIDENCE"}, false}},
        {"soa-2013-en", {{"SOA-2013-IDS", "SOA-MISSING-AFTER-MIGRATION"}, true}},
        {"untreated-en", {{"REG-UNTREATED-ABOVE-CRITERION"}, true}},
        {"residual-ja", {{"REG-RESIDUAL-ABOVE-INHERENT"}, false}},
        {"no-cld-ja", {{"SOA-CLOUD-ROWS-MISSING"}, true}},
    };
    return e;
}

struct ReviewerRun
{
    int exitCode = -1;
    std::string out, err;
};

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Runs isms-review (bounded by timeout) with the arguments, capturing its output.
ReviewerRun reviewer(const std::string& args, const fs::path& work)
{
    const fs::path out = work / "stdout.txt", err = work / "stderr.txt";
    const std::string cmd = "timeout 600 '" + std::string(ISMS_REVIEW_EXE) + "' " + args + " >'" +
                            out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

css::beans::PropertyValue prop(const char* name, const css::uno::Any& v)
{
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = v;
    return p;
}

class IsmsReview : public ::testing::Test
{
protected:
    /// The submissions folder, made once: every fixture as .ods and .xlsx, a password-protected
    /// .ods and .xlsx, a truncated .ods and an .xlsx that is no workbook at all.
    static void SetUpTestSuite()
    {
        s_work = fs::temp_directory_path() / ("isms-review-test-" + std::to_string(::getpid()));
        fs::remove_all(s_work);
        s_corpus = s_work / "submissions";
        fs::create_directories(s_corpus);
        try
        {
            OfficeOptions o; // no extension needed to make the files
            Office office(o);
            for (const auto& [name, e] : expectations())
            {
                auto doc = office.load(sourcePath("sheets/fixtures/review/" + name + ".fods"));
                Office::storeTo(doc, (s_corpus / (name + ".ods")).string(), "calc8");
                Office::storeTo(doc, (s_corpus / (name + ".xlsx")).string(),
                                "Calc MS Excel 2007 XML");
                if (name == "clean-ja" || name == "missing-controls-en") // old clients send .xls
                    Office::storeTo(doc, (s_corpus / (name + ".xls")).string(), "MS Excel 97");
                if (name == "clean-en" || name == "clean-ja")
                {
                    // Encrypted with a password nobody gives the reviewer. (LibreOffice 7.4
                    // writes .xlsx unencrypted through this API, so both are .ods.)
                    css::uno::Sequence<css::beans::PropertyValue> args(2);
                    args.getArray()[0] = prop("FilterName", css::uno::Any(rtl::OUString("calc8")));
                    args.getArray()[1] = prop("Password", css::uno::Any(rtl::OUString("secret")));
                    css::uno::Reference<css::frame::XStorable>(doc, css::uno::UNO_QUERY_THROW)
                        ->storeToURL(
                            rtl::OUString::fromUtf8(fileUrl((s_corpus / ("password-protected-" +
                                                                         name.substr(6) + ".ods"))
                                                                .string())
                                                        .c_str()),
                            args);
                }
                Office::close(doc);
            }
        }
        catch (...)
        {
            s_setupError = describeCurrentException();
            return;
        }
        const std::string good = slurp(s_corpus / "clean-en.ods");
        std::ofstream(s_corpus / "damaged.ods", std::ios::binary)
            << good.substr(0, good.size() / 3);
        std::ofstream(s_corpus / "not-a-workbook.xlsx", std::ios::binary)
            << "PK\x03\x04 this is not a workbook \x01\x02\x03\xff\xfe"
            << std::string(4000, '\x07');
        for (const auto& f : fs::directory_iterator(s_corpus))
            s_digests[f.path().string()] = *isms::reviewer::sha256File(f.path().string());
        s_full = reviewer("--json --out '" + (s_work / "report.json").string() + "' '" +
                              s_corpus.string() + "'",
                          s_work);
        s_report = nlohmann::json::parse(slurp(s_work / "report.json"), nullptr, false);
    }
    static void TearDownTestSuite()
    {
        if (!std::getenv("ISMS_KEEP_TEST_FILES"))
            fs::remove_all(s_work);
    }
    void SetUp() override
    {
        if (!s_setupError.empty())
            GTEST_FAIL() << "could not make the submissions: " << s_setupError;
    }

    static const nlohmann::json* workbook(const std::string& fileName)
    {
        for (const auto& w : s_report.at("workbooks"))
            if (fs::path(w.at("file").get<std::string>()).filename() == fileName)
                return &w;
        return nullptr;
    }

    static inline fs::path s_work, s_corpus;
    static inline std::string s_setupError;
    static inline std::map<std::string, std::string> s_digests;
    static inline ReviewerRun s_full;
    static inline nlohmann::json s_report;
};

TEST_F(IsmsReview, AFolderWithAnUnreadableFileExitsWith2AndReviewsTheRest)
{
    EXPECT_EQ(s_full.exitCode, 2) << s_full.err;
    ASSERT_FALSE(s_report.is_discarded()) << "no JSON report; stderr: " << s_full.err;
    EXPECT_GE(s_report.at("workbooks").size(), 20u);
    for (const char* bad : {"damaged.ods", "not-a-workbook.xlsx", "password-protected-en.ods",
                            "password-protected-ja.ods"})
    {
        const auto* w = workbook(bad);
        ASSERT_NE(w, nullptr) << bad;
        EXPECT_EQ(w->at("status"), "unreadable") << bad;
        EXPECT_FALSE(w->at("error").get<std::string>().empty()) << bad;
    }
    EXPECT_EQ(s_report.at("summary").at("unreadable"), 4);
    EXPECT_EQ(s_report.at("summary").at("exitCode"), 2);
}

TEST_F(IsmsReview, EverySubmissionGetsTheFindingsItDeserves)
{
    ASSERT_FALSE(s_report.is_discarded());
    for (const auto& [name, e] : expectations())
        for (const char* ext : {".ods", ".xlsx", ".xls"})
        {
            const auto* w = workbook(name + ext);
            if (std::string(ext) == ".xls" && name != "clean-ja" && name != "missing-controls-en")
                continue;
            ASSERT_NE(w, nullptr) << name << ext;
            ASSERT_EQ(w->at("status"), "reviewed") << name << ext << ": " << w->dump();
            std::set<std::string> rules;
            for (const auto& f : w->at("findings"))
                rules.insert(f.at("rule").get<std::string>());
            for (const auto& r : e.rules)
                EXPECT_TRUE(rules.count(r)) << name << ext << " lacks " << r << ": " << w->dump();
            EXPECT_EQ(w->at("counts").at("major").get<int>() > 0, e.major)
                << name << ext << ": " << w->dump(1);
        }
}

TEST_F(IsmsReview, TheJsonReportMatchesItsSchema)
{
    const std::string cmd =
        "/usr/bin/python3 -c 'import json,sys,jsonschema; "
        "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' '" +
        (s_work / "report.json").string() + "' '" + sourcePath("docs/isms-review.schema.json") +
        "' 2>'" + (s_work / "schema.txt").string() + "'";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << slurp(s_work / "schema.txt");
}

TEST_F(IsmsReview, NoFileChangesAndNoLockFileIsLeft)
{
    std::size_t files = 0;
    for (const auto& f : fs::directory_iterator(s_corpus))
    {
        ++files;
        const std::string path = f.path().string();
        ASSERT_TRUE(s_digests.count(path)) << "new file in the submissions folder: " << path;
        EXPECT_EQ(*isms::reviewer::sha256File(path), s_digests.at(path)) << path << " changed";
    }
    EXPECT_EQ(files, s_digests.size());
    for (const auto& w : s_report.at("workbooks"))
        if (w.at("status") == "reviewed")
        {
            EXPECT_TRUE(w.at("unchanged").get<bool>());
            EXPECT_EQ(w.at("sha256"), s_digests.at(w.at("file").get<std::string>()));
        }
}

TEST_F(IsmsReview, ExitCodeZeroForCleanSubmissionsAndOneForAMajorFinding)
{
    const std::string clean = "'" + (s_corpus / "clean-en.xlsx").string() + "' '" +
                              (s_corpus / "clean-ja.ods").string() + "'";
    const ReviewerRun ok = reviewer(clean, s_work);
    EXPECT_EQ(ok.exitCode, 0) << ok.out << ok.err;
    EXPECT_NE(ok.out.find("Summary: 2 workbooks (2 reviewed, 0 unreadable); 0 major"),
              std::string::npos)
        << ok.out;

    const ReviewerRun major = reviewer("--lang ja --csv " + clean + " '" +
                                           (s_corpus / "cert-outlives-en.ods").string() + "'",
                                       s_work);
    EXPECT_EQ(major.exitCode, 1) << major.out << major.err;
    EXPECT_EQ(major.out.rfind("file,status,rule,severity,sheet,cell,message,fix\r\n", 0), 0u);
    EXPECT_NE(major.out.find("CERT-27017-OUTLIVES-27001"), std::string::npos) << major.out;
}

TEST_F(IsmsReview, TheReportNamesTheSheetsItReadAndTheTablesItDidNotReview)
{
    // An auditor must know which table was judged: the SoA with its 27017 controls apart, and
    // the current SoA with the superseded 2013 one kept beside it.
    const auto* apart = workbook("cloud-part-ja.xlsx");
    ASSERT_NE(apart, nullptr);
    EXPECT_EQ(apart->at("sheets"), nlohmann::json({{"register", "リスク台帳"},
                                                   {"registerNotReviewed", nlohmann::json::array()},
                                                   {"registerDatedLater", nlohmann::json::array()},
                                                   {"soa", "適用宣言書"},
                                                   {"soaCloudPart", "適用宣言書(ISO27017)"},
                                                   {"soaNotReviewed", nlohmann::json::array()}}));
    const auto* superseded = workbook("superseded-2013-en.ods");
    ASSERT_NE(superseded, nullptr);
    EXPECT_EQ(superseded->at("sheets").at("soa"), "SoA");
    const auto& notReviewed = superseded->at("sheets").at("soaNotReviewed");
    ASSERT_EQ(notReviewed.size(), 1u) << notReviewed.dump();
    EXPECT_EQ(notReviewed[0].at("sheet"), "SoA (2013, superseded)");
    EXPECT_EQ(notReviewed[0].at("edition"), "2013");
    // 「リスク台帳(2025年度)」 comes first and is detected as confidently as 「…(2026年度)」.
    const auto* years = workbook("two-years-ja.xlsx");
    ASSERT_NE(years, nullptr);
    EXPECT_EQ(years->at("sheets").at("register"), "リスク台帳(2026年度)");
    EXPECT_EQ(years->at("sheets").at("registerNotReviewed"),
              nlohmann::json::array({"リスク台帳(2025年度)"}));
    EXPECT_EQ(years->at("sheets").at("soaNotReviewed"), nlohmann::json::array())
        << "last year's register is no SoA either";
    EXPECT_EQ(workbook("damaged.ods")->at("sheets"), nlohmann::json()) << "not reviewed: null";

    const ReviewerRun ja = reviewer("--lang ja '" + (s_corpus / "superseded-2013-en.ods").string() +
                                        "' '" + (s_corpus / "cloud-part-ja.ods").string() + "' '" +
                                        (s_corpus / "two-years-ja.ods").string() + "'",
                                    s_work);
    EXPECT_EQ(ja.exitCode, 0) << ja.out << ja.err;
    for (const char* line :
         {"   読んだシート: リスク台帳「Risk Register」、適用宣言書「SoA」\n",
          "   レビューしなかった表(適用宣言書に似た表): 「SoA (2013, superseded)」(27001:2013 "
          "の番号)\n",
          "   読んだシート: リスク台帳「リスク台帳」、適用宣言書「適用宣言書」(27017 "
          "の管理策「適用宣言書(ISO27017)」)\n",
          "   レビューしなかった表(リスク台帳に似た表): 「リスク台帳(2025年度)」\n"})
        EXPECT_NE(ja.out.find(line), std::string::npos) << line << "\n" << ja.out;
}

TEST_F(IsmsReview, AFolderOfCsvAndOtherFilesReviewsTheCsvAndNamesTheRest)
{
    const fs::path dir = s_work / "csv-folder";
    fs::create_directories(dir);
    {
        // an SoA exported as CSV: 5.1 and 5.2 only, so 91 Annex A controls have no row
        std::ofstream csv(dir / "soa.csv", std::ios::binary);
        csv << "Control,Title,Applicable,Justification\r\n"
               "5.1,Policies,Yes,\r\n"
               "5.2,\"Roles, responsibilities\",No,Covered by the group\r\n";
        std::ofstream(dir / "minutes.pdf", std::ios::binary) << "%PDF-1.4\n";
    }
    const ReviewerRun r = reviewer("--json '" + dir.string() + "'", s_work);
    ASSERT_EQ(r.exitCode, 1) << r.err << r.out; // the CSV has major findings; the PDF is no error
    const auto report = nlohmann::json::parse(r.out);
    ASSERT_EQ(report["workbooks"].size(), 2u);
    int missing = 0;
    for (const auto& w : report["workbooks"])
    {
        const std::string file = w["file"];
        if (file.find("minutes.pdf") != std::string::npos)
        {
            EXPECT_EQ(w["status"], "skipped");
            EXPECT_NE(w["error"].get<std::string>().find("not a workbook (.pdf)"),
                      std::string::npos);
            continue;
        }
        EXPECT_EQ(w["status"], "reviewed");
        for (const auto& f : w["findings"])
        {
            EXPECT_NE(f["rule"], "SOA-NOT-FOUND");
            if (f["rule"] == "SOA-MISSING-CONTROL")
            {
                ++missing;
                EXPECT_EQ(f["message"]["en"].get<std::string>().rfind(
                              "91 of the 93 controls of 27001:2022 Annex A have no row", 0),
                          0u)
                    << f["message"]["en"];
            }
        }
    }
    EXPECT_EQ(missing, 1) << "a partial SoA is one finding naming the controls";
    EXPECT_EQ(report["summary"]["skipped"], 1);
}

TEST_F(IsmsReview, AMissingPathIsNamedAndExitsWith2)
{
    const ReviewerRun r = reviewer("'" + (s_work / "no-such-folder").string() + "'", s_work);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("no such file or folder"), std::string::npos) << r.out;
}

TEST_F(IsmsReview, HostilePathsAreNamedOneByOneAndTheRunGoesOn)
{
    // A symlink loop, a FIFO, an empty .ods and a name with a newline next to a real workbook.
    const fs::path d = s_work / "hostile";
    fs::remove_all(d);
    fs::create_directories(d);
    fs::create_symlink("self.xlsx", d / "self.xlsx");
    ASSERT_EQ(::mkfifo((d / "pipe.ods").c_str(), 0600), 0);
    {
        std::ofstream(d / "empty.ods");
    }
    fs::copy_file(s_corpus / "clean-en.ods", d / "evil\n== name.ods");
    fs::copy_file(s_corpus / "clean-en.ods", d / "clean.ods");
    const ReviewerRun r = reviewer("'" + d.string() + "'", s_work);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.out.find("self.xlsx"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("pipe.ods"), std::string::npos);
    EXPECT_NE(r.out.find("the file is empty (0 bytes)"), std::string::npos);
    EXPECT_NE(r.out.find("== " + d.string() + "/evil\\n== name.ods"), std::string::npos)
        << "a newline in a name is written as \\n: " << r.out;
    EXPECT_EQ(r.out.find("\n== name.ods"), std::string::npos) << "no line can pass for a file";
    EXPECT_NE(r.out.find("== " + (d / "clean.ods").string()), std::string::npos)
        << "the workbook next to them is reviewed";
    fs::remove_all(d);
}

/// A flat ODF spreadsheet with one sheet of the given rows (XML of <table:table-row> elements).
std::string flatOds(const std::string& rows, const std::string& extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
           "xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\" "
           "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
           "xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\" office:version=\"1.3\" "
           "office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">" +
           extra + "<office:body><office:spreadsheet><table:table table:name=\"Sheet1\">" + rows +
           "</table:table></office:spreadsheet></office:body></office:document>\n";
}

/// Thousands of formulas over whole columns: minutes to calculate.
std::string slowWorkbook()
{
    std::string slow;
    for (int r = 0; r < 400; ++r)
    {
        slow += "<table:table-row>";
        for (int c = 0; c < 10; ++c)
            slow += "<table:table-cell table:formula=\"of:=SUMPRODUCT(ROW([.$Z$1:.$Z$1048576])*" +
                    std::to_string(r * 10 + c + 1) + ")\"/>";
        slow += "</table:table-row>";
    }
    return flatOds(slow);
}

/// The processes whose command line contains `part`.
std::vector<pid_t> processesWith(const std::string& part)
{
    std::vector<pid_t> found;
    for (const auto& entry : fs::directory_iterator("/proc"))
    {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::string cmdline = slurp(entry.path() / "cmdline");
        std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
        if (cmdline.find(part) != std::string::npos)
            found.push_back(pid_t(std::stol(name)));
    }
    return found;
}

// `timeout 600 isms-review …` in an auditor's script, Ctrl+C, a cancelled CI job: the office
// that isms-review started goes with it, not left running as an orphan.
TEST_F(IsmsReview, StoppedFromOutsideItLeavesNoOfficeRunning)
{
    const fs::path d = s_work / "stopped-from-outside";
    fs::remove_all(d);
    fs::create_directories(d);
    std::ofstream(d / "slow.fods", std::ios::binary) << slowWorkbook();
    const std::string out = (d.parent_path() / "stopped-stdout.txt").string();
    const std::string exe = ISMS_REVIEW_EXE;
    const std::string folder = d.string();
    std::vector<char*> argv{const_cast<char*>(exe.c_str()), const_cast<char*>("--timeout"),
                            const_cast<char*>("300"), const_cast<char*>(folder.c_str()), nullptr};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    pid_t reviewer = -1;
    ASSERT_EQ(posix_spawn(&reviewer, exe.c_str(), &fa, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&fa);
    // Its office runs with the profile isms-office-<pid>_<n>.
    const std::string tag = "isms-office-" + std::to_string(reviewer) + "_";
    bool started = false;
    for (int i = 0; i < 600 && !started; ++i)
    {
        started = !processesWith(tag).empty();
        if (!started)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::this_thread::sleep_for(std::chrono::seconds(2)); // well into the slow workbook
    ASSERT_EQ(kill(reviewer, SIGTERM), 0);
    int status = 0;
    ASSERT_EQ(waitpid(reviewer, &status, 0), reviewer);
    EXPECT_TRUE(started) << "isms-review started no office within 60 s:\n" << slurp(out);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM)
        << "isms-review ended by SIGTERM as any program does (status " << status << ")";
    std::vector<pid_t> left;
    for (int i = 0; i < 100; ++i)
    {
        left = processesWith(tag);
        if (left.empty())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(left.empty()) << left.size() << " office process(es) left running";
    for (pid_t p : left)
        kill(p, SIGKILL); // ours: started by the reviewer this test started
}

TEST_F(IsmsReview, HostileFilesStayUnchangedAndASlowOneIsStoppedByTheTimeLimit)
{
    const fs::path d = s_work / "hostile-files";
    fs::remove_all(d);
    fs::create_directories(d);
    // A PDF renamed .ods.
    std::ofstream(d / "report.pdf.ods", std::ios::binary)
        << "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    // A link to a file outside, and a macro bound to opening the document.
    std::ofstream(d / "links-and-macro.fods", std::ios::binary) << flatOds(
        "<table:table-row><table:table-cell "
        "table:formula=\"of:=['file:///etc/hostname'#$Sheet1.A1]\"/>"
        "<table:table-cell table:formula=\"of:=WEBSERVICE(&quot;http://192.0.2.1/x&quot;)\"/>"
        "</table:table-row>",
        "<office:scripts><office:event-listeners><script:event-listener "
        "script:language=\"ooo:script\" script:event-name=\"dom:load\" "
        "xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location="
        "document\" xlink:type=\"simple\"/></office:event-listeners></office:scripts>");
    // A million rows from a few bytes of sheet XML.
    std::ofstream(d / "huge.fods", std::ios::binary) << flatOds(
        "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell "
        "office:value-type=\"string\" table:number-columns-repeated=\"8\"><text:p>A.9.2.3 "
        "x</text:p></table:table-cell></table:table-row>");
    std::ofstream(d / "slow.fods", std::ios::binary) << slowWorkbook();
    fs::copy_file(s_corpus / "clean-en.ods", d / "clean.ods");
    std::map<std::string, std::string> before;
    for (const auto& f : fs::directory_iterator(d))
        before[f.path().filename().string()] = slurp(f.path());

    const ReviewerRun r = reviewer("--json --timeout 20 '" + d.string() + "'", d.parent_path());
    EXPECT_EQ(r.exitCode, 2) << r.err;
    const auto report = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_FALSE(report.is_discarded()) << r.out;
    std::map<std::string, nlohmann::json> byName;
    for (const auto& w : report.at("workbooks"))
        byName[fs::path(w.at("file").get<std::string>()).filename().string()] = w;
    ASSERT_EQ(byName.size(), before.size()) << r.out;
    auto status = [&](const char* name) { return byName.at(name).at("status").get<std::string>(); };
    EXPECT_EQ(status("report.pdf.ods"), "unreadable");
    EXPECT_EQ(status("slow.fods"), "unreadable");
    EXPECT_NE(byName.at("slow.fods").dump().find("stopped after 20 s"), std::string::npos)
        << byName.at("slow.fods").dump();
    EXPECT_EQ(status("clean.ods"), "reviewed")
        << "the workbook after the stopped one is reviewed in a fresh office";
    EXPECT_EQ(status("links-and-macro.fods"), "reviewed") << byName.at("links-and-macro.fods");
    for (const auto& [name, w] : byName)
        std::cout << name << ": " << w.at("status") << " " << w.at("seconds") << " s "
                  << w.at("error") << "\n";
    for (const auto& [name, bytes] : before)
        EXPECT_TRUE(slurp(d / name) == bytes) << name << " changed";
    EXPECT_FALSE(fs::exists(d.parent_path() / "hostile-files" / ".~lock.slow.fods#"));
    fs::remove_all(d);
}

TEST_F(IsmsReview, TheReportIsNeverWrittenOverAnInput)
{
    const fs::path copy = s_work / "submitted.ods";
    fs::copy_file(s_corpus / "clean-en.ods", copy, fs::copy_options::overwrite_existing);
    const std::string before = slurp(copy);
    const ReviewerRun r = reviewer("--out '" + copy.string() + "' '" + copy.string() + "'", s_work);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("never writes to its inputs"), std::string::npos) << r.err;
    EXPECT_TRUE(slurp(copy) == before) << "the submitted workbook is unchanged";
}

} // namespace
