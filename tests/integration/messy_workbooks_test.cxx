// The commands in a real Calc on workbooks in the shapes people really use
// (sheets/fixtures/messy, with a person's reading of each in expected.json), as .ods and, for
// the fixtures marked so, saved as .xlsx and opened again: DetectRegister finds the right sheet,
// controls column and number of risks; GenerateSoA runs; Review finds the SoA and reports
// exactly the controls that have no row; Migrate2022 leaves no 2013 id behind (ids turned into
// dates included) and never rewrites a clause number.

#include "office_suite.hxx"
#include "sheet_checks.hxx"

#include "sheets/register_finder.hxx"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using namespace isms::office;

namespace
{

using json = nlohmann::json;

const json& expected()
{
    static const json j = []
    {
        std::ifstream in(sourcePath("sheets/fixtures/messy/expected.json"));
        return json::parse(in);
    }();
    return j;
}

std::multiset<std::string> rulesInReport(const std::string& report)
{
    std::multiset<std::string> rules;
    const json parsed = json::parse(report); // the range below must not refer to a temporary
    for (const auto& f : parsed.at("findings"))
        rules.insert(f.at("rule").get<std::string>());
    return rules;
}

/// How many controls the report's SOA-MISSING-CONTROL findings name: one each, or, when many
/// are missing, one finding that starts with their number ("34 of the 93 controls …").
std::size_t controlsReportedMissing(const std::string& report)
{
    std::size_t n = 0;
    const json parsed = json::parse(report);
    for (const auto& f : parsed.at("findings"))
    {
        if (f.at("rule") != "SOA-MISSING-CONTROL")
            continue;
        const std::string en = f.at("message").at("en").get<std::string>();
        n += !en.empty() && en[0] >= '0' && en[0] <= '9' ? std::stoul(en) : 1;
    }
    return n;
}

std::string describe(const std::multiset<std::string>& rules)
{
    std::string out;
    for (auto it = rules.begin(); it != rules.end(); it = rules.upper_bound(*it))
        out += *it + " ×" + std::to_string(rules.count(*it)) + " ";
    return out;
}

/// The copies to try: the .fods itself, and an .xlsx saved from it when the fixture asks.
class MessyWorkbooks : public OfficeSuite<EnglishOfficeWithExtension>
{
protected:
    static std::vector<std::string> variants(const json& fixture)
    {
        const std::string fods =
            sourcePath("sheets/fixtures/messy/" + fixture["file"].get<std::string>());
        std::vector<std::string> out{fods};
        if (fixture.value("xlsxRoundTrip", false))
        {
            const auto dir = std::filesystem::temp_directory_path() /
                             ("isms-messy-" + std::to_string(::getpid()));
            std::filesystem::create_directories(dir);
            const std::string xlsx =
                (dir / (std::filesystem::path(fods).stem().string() + ".xlsx")).string();
            if (!std::filesystem::exists(xlsx))
            {
                auto doc = office().load(fods);
                Office::storeTo(doc, xlsx, "Calc MS Excel 2007 XML");
                Office::close(doc);
            }
            out.push_back(xlsx);
        }
        return out;
    }
    static void TearDownTestSuite()
    {
        std::error_code ec;
        std::filesystem::remove_all(std::filesystem::temp_directory_path() /
                                        ("isms-messy-" + std::to_string(::getpid())),
                                    ec);
        OfficeSuite<EnglishOfficeWithExtension>::TearDownTestSuite();
    }
};

TEST_F(MessyWorkbooks, DetectRegisterFindsTheSheetTheControlsAndEveryRisk)
{
    int checked = 0;
    for (const json& f : expected()["fixtures"])
    {
        if (f["register"].is_null() || f.contains("knownGap"))
            continue;
        const json& want = f["register"];
        for (const std::string& path : variants(f))
        {
            SCOPED_TRACE(path);
            try
            {
                auto doc = office().load(path);
                const auto r = runCommand(office(), doc, "DetectRegister");
                EXPECT_TRUE(r.success) << r.message;
                EXPECT_NE(r.message.find(std::to_string(want["risks"].size()) + " risks read"),
                          std::string::npos)
                    << r.message;
                const std::string map = isms::office::documentPropertyText(doc, "ISMS.RegisterMap");
                const json stored = json::parse(map);
                EXPECT_EQ(stored["sheet"], want["sheet"]) << map;
                EXPECT_EQ(stored["headerRow"], want["headerRow"]) << map;
                EXPECT_EQ(stored["columns"].value("controls", ""),
                          want["columns"]["controls"].get<std::string>())
                    << map;
                // the SoA is generated from that register without an error
                const auto soa = runCommand(office(), doc, "GenerateSoA");
                EXPECT_TRUE(soa.success) << soa.message;
                EXPECT_EQ(soa.message.find("isms-calc error"), std::string::npos) << soa.message;
                Office::close(doc);
                ++checked;
            }
            catch (...)
            {
                ADD_FAILURE() << describeCurrentException();
            }
        }
    }
    EXPECT_GE(checked, 8);
}

TEST_F(MessyWorkbooks, ReviewFindsTheSoaAndOnlyTheControlsWithoutARow)
{
    int checked = 0;
    for (const json& f : expected()["fixtures"])
    {
        if (f["soa"].is_null() || f.contains("knownGap"))
            continue;
        const json& want = f["soa"];
        // what a person counts as missing: 2022 controls without a row, and CLD controls
        // without a row when the SoA has some
        std::set<std::string> listed;
        for (const char* k : {"applicable", "excluded", "undecided"})
            for (const auto& id : want[k])
                listed.insert(id.get<std::string>());
        int n2022 = 0, nCld = 0;
        for (const std::string& id : listed)
        {
            if (id.rfind("CLD.", 0) == 0)
                ++nCld;
            else if (id.rfind("A.", 0) != 0) // 2022 ids are written without "A."
                ++n2022;
        }
        const std::size_t missing =
            want["edition"] == "2022" ? std::size_t(93 - n2022 + (nCld > 0 ? 7 - nCld : 0)) : 0;
        for (const std::string& path : variants(f))
        {
            SCOPED_TRACE(path);
            try
            {
                auto doc = office().load(path);
                const auto r = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
                ASSERT_TRUE(r.success) << r.message;
                const auto rules = rulesInReport(r.message);
                EXPECT_EQ(rules.count("SOA-NOT-FOUND"), 0u) << r.message.substr(0, 600);
                if (want["edition"] == "2022")
                {
                    EXPECT_EQ(controlsReportedMissing(r.message), missing) << describe(rules);
                    // a partial SoA is one finding, not one per control
                    EXPECT_LE(rules.count("SOA-MISSING-CONTROL"), 5u + 7u) << describe(rules);
                }
                else if (want["edition"] == "2013")
                {
                    EXPECT_EQ(rules.count("SOA-2013-IDS"), 1u);
                }
                else if (want["edition"] == "2005")
                {
                    EXPECT_EQ(rules.count("SOA-2005-IDS"), 1u);
                    EXPECT_EQ(rules.count("SOA-UNKNOWN-CONTROL"), 0u);
                }
                Office::close(doc);
                ++checked;
            }
            catch (...)
            {
                ADD_FAILURE() << describeCurrentException();
            }
        }
    }
    EXPECT_GE(checked, 12);
}

TEST_F(MessyWorkbooks, MigrateLeavesNo2013IdBehindAndNoClauseRewritten)
{
    for (const char* name :
         {"en-register-2013-quoted", "en-register-list-forms", "en-soa-2013-objectives"})
    {
        SCOPED_TRACE(name);
        try
        {
            auto doc =
                office().load(sourcePath(std::string("sheets/fixtures/messy/") + name + ".fods"));
            const auto first = runCommand(office(), doc, "Migrate2022");
            EXPECT_TRUE(first.success) << first.message;
            // everything migratable was migrated: a second run finds nothing (ids that had
            // been turned into dates included)
            const auto again = runCommand(office(), doc, "Migrate2022");
            EXPECT_NE(again.message.find("Nothing to migrate"), std::string::npos) << again.message;
            if (std::string(name) == "en-register-2013-quoted")
            {
                EXPECT_NE(first.message.find("turned into dates"), std::string::npos)
                    << first.message;
            }
            if (std::string(name) == "en-register-list-forms")
            {
                bool clauseKept = false;
                for (const auto& row : usedAreaText(doc, "Risk assessment"))
                    for (const auto& cell : row)
                        clauseKept = clauseKept || cell.find("6.1.2") != std::string::npos;
                EXPECT_TRUE(clauseKept) << "the clause number 6.1.2 was rewritten";
            }
            Office::close(doc);
        }
        catch (...)
        {
            ADD_FAILURE() << describeCurrentException();
        }
    }
}

/// DetectRegister, GenerateSoA and Review on en-register-doc-control.fods read its 16 risks.
void expectTheRegisterReadByEveryCommand(
    const Office& office, const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    const auto detect = runCommand(office, doc, "DetectRegister");
    EXPECT_TRUE(detect.success) << detect.message;
    EXPECT_NE(detect.message.find("16 risks read"), std::string::npos) << detect.message;
    const auto soa = runCommand(office, doc, "GenerateSoA");
    EXPECT_TRUE(soa.success) << soa.message;
    const auto review = runCommand(office, doc, "Review", {{"ReportOnly", true}});
    EXPECT_TRUE(review.success) << review.message.substr(0, 300);
}

TEST_F(MessyWorkbooks, AStrayValueInTheFarCornerCostsNothing)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/messy/en-register-doc-control.fods"));
        setFormula(doc, "Risk Register", "XFD1048576", "stray");
        expectTheRegisterReadByEveryCommand(office(), doc);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(MessyWorkbooks, ASheetWhoseOnlyContentIsFarAwayCostsNothing)
{
    // Read from A1, one value in XFD1048576 was 17 billion cells (out of memory) and a note in
    // ZZ300000 210 million (gigabytes, then a hang): on any sheet, every command reads them.
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/messy/en-register-doc-control.fods"));
        doc->getSheets()->insertNewByName("Lists", 0);
        doc->getSheets()->insertNewByName("Scratch", 0);
        setFormula(doc, "Lists", "XFD1048576", "stray");
        setFormula(doc, "Scratch", "ZZ300000", "note to self");
        expectTheRegisterReadByEveryCommand(office(), doc);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace

namespace
{

TEST_F(MessyWorkbooks, ABrokenHandEditedMappingIsKeptAndExplained)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/register-layouts/en-basic.fods"));
        const std::string broken = R"({"sheet":"Risks","headerRow":"two","columns":{}})";
        isms::office::setDocumentPropertyText(doc, "ISMS.RegisterMap", broken);
        const auto r = runCommand(office(), doc, "DetectRegister");
        EXPECT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("kept as written"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("headerRow"), std::string::npos) << "says what is wrong";
        EXPECT_EQ(isms::office::documentPropertyText(doc, "ISMS.RegisterMap"), broken);
        const auto again = runCommand(office(), doc, "DetectRegister", {{"Redetect", true}});
        EXPECT_TRUE(again.success) << again.message;
        EXPECT_NE(isms::office::documentPropertyText(doc, "ISMS.RegisterMap").find("\"controls\""),
                  std::string::npos);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace

namespace
{

TEST_F(MessyWorkbooks, AStoredSoaMapIsWhatTheReviewReads)
{
    try
    {
        // the Czech SoA: its headings are Czech, so detection finds the control and
        // applicability columns by their values only; the person names the exclusion reasons
        auto doc = office().load(sourcePath("sheets/fixtures/messy/cs-soa.fods"));
        const auto detected = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
        ASSERT_TRUE(detected.success) << detected.message;
        isms::office::setDocumentPropertyText(
            doc, "ISMS.SoaMap",
            R"({"sheet":"Prohlášení o aplikovatelnosti","headerRow":4,"headerRows":1,)"
            R"("columns":{"control":"A","applicability":"C","otherReasons":"D",)"
            R"("exclusionJustification":"E","status":"F"}})");
        const auto mapped = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
        ASSERT_TRUE(mapped.success) << mapped.message;
        EXPECT_EQ(json::parse(mapped.message)["soa"], "Prohlášení o aplikovatelnosti");
        // with the justification column known, justified exclusions are no longer findings
        EXPECT_LT(rulesInReport(mapped.message).count("SOA-EXCLUSION-UNJUSTIFIED"),
                  rulesInReport(detected.message).count("SOA-EXCLUSION-UNJUSTIFIED"))
            << describe(rulesInReport(mapped.message));
        // a broken map is said, not ignored
        isms::office::setDocumentPropertyText(doc, "ISMS.SoaMap", R"({"sheet":"Nowhere"})");
        const auto broken = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
        EXPECT_EQ(rulesInReport(broken.message).count("SOA-MAP-INVALID"), 1u)
            << describe(rulesInReport(broken.message));
        EXPECT_EQ(rulesInReport(broken.message).count("SOA-NOT-FOUND"), 0u);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
