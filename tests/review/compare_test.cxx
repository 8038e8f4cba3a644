// isms-review --compare as an auditor runs it before a surveillance audit: the SoA submitted
// last time (saved as .ods) against the one submitted now (.xlsx). The JSON carries the same
// counts as the CompareSoA command, text and CSV are readable, both files stay byte-identical,
// and a workbook without an SoA exits with 2.

#include "office.hxx"
#include "sheet_checks.hxx"
#include "sha256.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace isms::office;

namespace
{

struct CliRun
{
    int exitCode = -1;
    std::string out, err;
    double seconds = 0;
};

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

class ReviewCompare : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_work = fs::temp_directory_path() / ("isms-compare-cli-" + std::to_string(::getpid()));
        fs::remove_all(s_work);
        fs::create_directories(s_work);
        try
        {
            OfficeOptions o; // no extension needed to make the files
            Office office(o);
            const auto save =
                [&](const std::string& name, const std::string& file, const std::string& filter)
            {
                auto doc = office.load(sourcePath("sheets/fixtures/compare/" + name + ".fods"));
                Office::storeTo(doc, (s_work / file).string(), filter);
                Office::close(doc);
            };
            save("soa-v1", "soa-v1.ods", "calc8");
            save("soa-v2", "soa-v2.xlsx", "Calc MS Excel 2007 XML");
            save("no-soa", "no-soa.ods", "calc8");
            // An SoA with its 27017 controls on a sheet of their own; a year later one CLD
            // decision on that sheet changed.
            auto doc = office.load(sourcePath("sheets/fixtures/review/cloud-part-ja.fods"));
            Office::storeTo(doc, (s_work / "cloud-v1.ods").string(), "calc8");
            const auto rows = usedAreaText(doc, kCloudSheet);
            for (std::size_t r = 0; r < rows.size(); ++r)
                if (rows[r].size() > 1 && rows[r][1] == "CLD.9.5.2")
                    s_cld952Row = int(r) + 1;
            setFormula(doc, kCloudSheet, "D" + std::to_string(s_cld952Row), "適用除外");
            setFormula(doc, kCloudSheet, "G" + std::to_string(s_cld952Row),
                       "仮想マシンを提供していない。");
            Office::storeTo(doc, (s_work / "cloud-v2.xlsx").string(), "Calc MS Excel 2007 XML");
            Office::close(doc);
        }
        catch (...)
        {
            s_setupError = describeCurrentException();
        }
    }
    static void TearDownTestSuite() { fs::remove_all(s_work); }
    void SetUp() override
    {
        if (!s_setupError.empty())
            GTEST_FAIL() << "could not make the files: " << s_setupError;
    }

    static CliRun reviewer(const std::string& args)
    {
        const fs::path out = s_work / "stdout.txt", err = s_work / "stderr.txt";
        const std::string cmd = "timeout 300 '" + std::string(ISMS_REVIEW_EXE) + "' " + args +
                                " >'" + out.string() + "' 2>'" + err.string() + "'";
        const auto t0 = std::chrono::steady_clock::now();
        const int status = std::system(cmd.c_str());
        CliRun r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::cout << "[ timing   ] isms-review " << args.substr(0, 20) << "… " << r.seconds
                  << " s\n";
        return r;
    }
    static std::string file(const std::string& name)
    {
        return "'" + (s_work / name).string() + "'";
    }

    static inline fs::path s_work;
    static inline std::string s_setupError;
    static inline const std::string kCloudSheet = "適用宣言書(ISO27017)";
    static inline int s_cld952Row = -1; ///< 1-based row of CLD.9.5.2 on kCloudSheet
};

TEST_F(ReviewCompare, JsonHasTheCountsAndBothFilesStayByteIdentical)
{
    const auto oldDigest = isms::reviewer::sha256File((s_work / "soa-v1.ods").string());
    const auto newDigest = isms::reviewer::sha256File((s_work / "soa-v2.xlsx").string());
    const CliRun r =
        reviewer("--compare " + file("soa-v1.ods") + " " + file("soa-v2.xlsx") + " --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << r.out;
    const auto& n = j.at("counts");
    EXPECT_EQ(n.at("compared"), 99);
    EXPECT_EQ(n.at("changed"), 4);
    EXPECT_EQ(n.at("added"), 0);
    EXPECT_EQ(n.at("removed"), 1);
    EXPECT_EQ(n.at("unchanged"), 95);
    EXPECT_EQ(j.at("throughMapping"), false);
    EXPECT_EQ(j.at("earlier").at("file"), "soa-v1.ods");
    EXPECT_EQ(j.at("current").at("sha256"), *newDigest);
    EXPECT_EQ(isms::reviewer::sha256File((s_work / "soa-v1.ods").string()), oldDigest);
    EXPECT_EQ(isms::reviewer::sha256File((s_work / "soa-v2.xlsx").string()), newDigest);
    for (const auto& e : fs::directory_iterator(s_work))
        EXPECT_NE(e.path().filename().string().rfind(".~lock", 0), 0u) << e.path();
}

TEST_F(ReviewCompare, TextAndCsvAreReadable)
{
    const CliRun text = reviewer("--compare " + file("soa-v1.ods") + " " + file("soa-v2.xlsx"));
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("99 controls compared: 4 changed, 0 added, 1 removed, 95 unchanged"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("7.4  Changed"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Implementation status: \"Planned\" -> \"Implemented\""),
              std::string::npos)
        << text.out;
    const CliRun ja =
        reviewer("--compare " + file("soa-v1.ods") + " " + file("soa-v2.xlsx") + " --lang ja");
    ASSERT_EQ(ja.exitCode, 0) << ja.err;
    EXPECT_NE(ja.out.find("管理策 99 件を比較: 変更 4、追加 0、削除 1、変更なし 95"),
              std::string::npos)
        << ja.out;
    const CliRun csv =
        reviewer("--compare " + file("soa-v1.ods") + " " + file("soa-v2.xlsx") + " --csv");
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    // header + 4 changed fields + 4 fields of the removed 6.7
    std::size_t lines = 0;
    for (std::size_t p = csv.out.find("\r\n"); p != std::string::npos;
         p = csv.out.find("\r\n", p + 2))
        ++lines;
    EXPECT_EQ(lines, 9u) << csv.out;
    EXPECT_NE(csv.out.find("Removable media are blocked on every device"), std::string::npos);
}

TEST_F(ReviewCompare, ACldDecisionChangedOnTheSeparate27017SheetIsListed)
{
    ASSERT_GT(s_cld952Row, 0);
    const CliRun text = reviewer("--compare " + file("cloud-v1.ods") + " " + file("cloud-v2.xlsx"));
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(
        text.out.find("sheet '適用宣言書' (its 27017 controls on sheet '" + kCloudSheet + "')"),
        std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("100 controls compared: 1 changed, 0 added, 0 removed, 99 unchanged"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("CLD.9.5.2  Changed"), std::string::npos) << text.out;
    const CliRun csv =
        reviewer("--compare " + file("cloud-v1.ods") + " " + file("cloud-v2.xlsx") + " --csv");
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_NE(csv.out.find(kCloudSheet + "!" + std::to_string(s_cld952Row)), std::string::npos)
        << csv.out;
}

TEST_F(ReviewCompare, AWorkbookWithoutAnSoaOrMissingExitsWith2)
{
    const CliRun noSoa = reviewer("--compare " + file("no-soa.ods") + " " + file("soa-v2.xlsx"));
    EXPECT_EQ(noSoa.exitCode, 2);
    EXPECT_NE(noSoa.err.find("no-soa.ods"), std::string::npos) << noSoa.err;
    const CliRun missing =
        reviewer("--compare " + file("not-there.ods") + " " + file("soa-v2.xlsx"));
    EXPECT_EQ(missing.exitCode, 2);
    const CliRun usage = reviewer("--compare " + file("soa-v1.ods"));
    EXPECT_EQ(usage.exitCode, 2);
}

} // namespace
