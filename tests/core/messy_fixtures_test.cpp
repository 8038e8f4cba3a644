// The table readers against workbooks in the shapes people really use
// (sheets/fixtures/messy/*.fods): each fixture's true reading is in expected.json, written by
// a person looking at the sheet, not by this code. Every field stated there is compared.

#include "isms/register.hpp"
#include "isms/review.hpp"
#include "isms/soa_table.hpp"
#include "isms/tables/id_cell.hpp"
#include "catalog_support.hpp"
#include "fods_grid.hpp"
#include "register_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace
{

using isms::Grid;
using isms::RegisterField;
using isms::SoaColumn;
using json = nlohmann::json;

const std::string kDir = std::string(ISMS_DATA_DIR) + "/../../sheets/fixtures/messy/";

const json& expected()
{
    static const json j = []
    {
        std::ifstream in(kDir + "expected.json");
        return json::parse(in);
    }();
    return j;
}

std::vector<std::string> fixtureFiles()
{
    std::vector<std::string> out;
    for (const json& f : expected()["fixtures"])
        out.push_back(f["file"].get<std::string>());
    return out;
}

const Grid* sheetNamed(const std::vector<isms::test::FodsSheet>& sheets, const std::string& name)
{
    for (const auto& s : sheets)
        if (s.name == name)
            return &s.grid;
    return nullptr;
}

std::string riskKey(const isms::GridCell& c)
{
    std::string s = isms::cellUtf8(c);
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

/// Reads the register as DetectRegister does and lists every difference from the truth.
void checkRegister(const json& want, const std::vector<isms::test::FodsSheet>& sheets)
{
    const Grid* g = sheetNamed(sheets, want["sheet"]);
    ASSERT_NE(g, nullptr) << "no sheet " << want["sheet"];
    auto map = isms::detectRegister(*g);
    ASSERT_TRUE(map.ok()) << map.error().message;
    EXPECT_EQ(map->headerRow + 1, want["headerRow"].get<int>()) << "header row";
    EXPECT_EQ(map->firstDataRow() + 1, want["firstDataRow"].get<int>()) << "first data row";
    for (const auto& [key, letter] : want["columns"].items())
    {
        const auto f = isms::fieldFromKey(key);
        ASSERT_TRUE(f) << key;
        // the fields a command relies on: the risk id and the controls
        if (*f != RegisterField::RiskId && *f != RegisterField::Controls)
            continue;
        EXPECT_EQ(isms::columnName(map->col(*f)), letter.get<std::string>()) << key;
    }
    const isms::Register reg = isms::readRegister(*g, *map);
    std::map<std::string, std::vector<std::string>> got;
    for (const auto& risk : reg.risks)
    {
        const isms::GridCell* id = risk.get(RegisterField::RiskId);
        std::vector<std::string> ids;
        for (const auto& c : risk.controls)
            ids.push_back(c.control->canonical);
        got[id ? riskKey(*id) : "row " + std::to_string(risk.row + 1)] = ids;
    }
    std::map<std::string, std::vector<std::string>> truth;
    for (const auto& [id, controls] : want["risks"].items())
        truth[id] = controls.get<std::vector<std::string>>();
    EXPECT_EQ(got.size(), truth.size()) << "number of risks";
    for (const auto& [id, controls] : truth)
    {
        auto it = got.find(id);
        if (it == got.end())
        {
            ADD_FAILURE() << "risk " << id << " not read";
            continue;
        }
        EXPECT_EQ(it->second, controls) << "controls of risk " << id;
    }
    for (const auto& [id, controls] : got)
        EXPECT_TRUE(truth.count(id)) << "read as a risk, but is none: " << id;
    if (want.contains("clauses"))
        for (const auto& [id, clauses] : want["clauses"].items())
            for (const auto& c : clauses)
            {
                const bool noted =
                    std::any_of(reg.issues.begin(), reg.issues.end(),
                                [&](const isms::RowNote& n) {
                                    return n.kind == isms::RowNoteKind::ClauseNotControl &&
                                           n.detail == c.get<std::string>();
                                });
                EXPECT_TRUE(noted) << "clause " << c << " of " << id << " not named";
            }
}

void checkSoa(const json& want, const std::vector<isms::test::FodsSheet>& sheets,
              const std::string& lang)
{
    const Grid* g = sheetNamed(sheets, want["sheet"]);
    ASSERT_NE(g, nullptr) << "no sheet " << want["sheet"];
    auto t = isms::detectSoaTable(*g, want["sheet"]);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->headerRow + 1, want["headerRow"].get<int>()) << "header row";
    EXPECT_EQ(t->edition, want["edition"].get<std::string>()) << "edition";
    const std::pair<const char*, SoaColumn> columns[] = {
        {"control", SoaColumn::Control},
        {"applicability", SoaColumn::Applicability},
        {"exclusionJustification", SoaColumn::ExclusionJustification},
        {"evidence", SoaColumn::Evidence},
        {"status", SoaColumn::Status}};
    // in other languages only the columns content shows (ids, decisions) are found: headings
    // are matched in English and Japanese
    const bool knownLanguage = lang == "en" || lang == "ja";
    for (const auto& [key, col] : columns)
    {
        if (want["columns"].contains(key) &&
            (knownLanguage || col == SoaColumn::Control || col == SoaColumn::Applicability))
        {
            EXPECT_EQ(isms::columnName(t->col(col)), want["columns"][key].get<std::string>())
                << key;
        }
    }
    if (t->edition == "2005")
        return; // named as such; its numbers are not read as 2013 controls
    std::set<std::string> applicable, excluded;
    for (std::size_t i = 0; i < t->rows.size(); ++i)
    {
        if (t->ids[i].empty() || !isms::Catalog::builtin().lookup(std::string_view(t->ids[i])).ok())
            continue;
        const auto a = isms::classifyApplicability(t->rows[i].second.at(SoaColumn::Applicability));
        if (a == isms::Applicability::Applicable)
            applicable.insert(t->ids[i]);
        else if (a == isms::Applicability::Excluded)
            excluded.insert(t->ids[i]);
    }
    auto set = [](const json& j)
    {
        std::set<std::string> s;
        for (const auto& v : j)
            s.insert(v.get<std::string>());
        return s;
    };
    // ids of other standards (27018's A.1.1) are not 27001/27017 controls
    std::set<std::string> wantApplicable = set(want["applicable"]);
    std::set<std::string> wantExcluded = set(want["excluded"]);
    EXPECT_EQ(applicable, wantApplicable) << "applicable controls";
    EXPECT_EQ(excluded, wantExcluded) << "excluded controls";
    std::set<int> sections(t->sectionRows.begin(), t->sectionRows.end());
    for (const auto& r : want["sectionRows"])
        EXPECT_TRUE(sections.count(r.get<int>() - 1)) << "section row " << r << " not seen";
}

class MessyFixture : public ::testing::TestWithParam<std::string>
{
};

TEST_P(MessyFixture, IsReadAsAPersonReadsIt)
{
    const std::string file = GetParam();
    const json* want = nullptr;
    for (const json& f : expected()["fixtures"])
        if (f["file"] == file)
            want = &f;
    ASSERT_NE(want, nullptr);
    // shapes not read yet are named in expected.json ("knownGap"), with what goes wrong
    if (want->contains("knownGap"))
        GTEST_SKIP() << "known gap: " << (*want)["knownGap"].get<std::string>();
    const auto sheets = isms::test::readFods(kDir + file);
    if (!(*want)["register"].is_null())
    {
        SCOPED_TRACE("register");
        checkRegister((*want)["register"], sheets);
    }
    if (!(*want)["soa"].is_null())
    {
        SCOPED_TRACE("SoA");
        checkSoa((*want)["soa"], sheets, (*want)["lang"].get<std::string>());
    }
}

std::string testName(const ::testing::TestParamInfo<std::string>& info)
{
    std::string n;
    for (char c : info.param.substr(0, info.param.find('.')))
        n += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return n;
}

INSTANTIATE_TEST_SUITE_P(Messy, MessyFixture, ::testing::ValuesIn(fixtureFiles()), testName);

} // namespace

namespace
{

/// The review of a fixture's register alone (no SoA), scored with the default method.
std::vector<isms::Finding> reviewRegisterOf(const std::string& file, const std::string& sheet,
                                            std::vector<isms::test::FodsSheet>& keep)
{
    keep = isms::test::readFods(kDir + file);
    const Grid* g = sheetNamed(keep, sheet);
    EXPECT_NE(g, nullptr);
    if (!g)
        return {};
    const isms::Register reg = isms::readRegister(*g, *isms::detectRegister(*g));
    isms::ReviewInput in;
    in.reg = &reg;
    in.registerSheet = sheet;
    return isms::review(isms::Catalog::builtin(), in);
}

std::size_t count(const std::vector<isms::Finding>& fs, std::string_view rule)
{
    return std::size_t(std::count_if(fs.begin(), fs.end(),
                                     [&](const isms::Finding& f) { return f.rule == rule; }));
}

TEST(MessyReview, ALikelihoodThatIsItselfAProductIsOneObservationNotAFindingPerRow)
{
    std::vector<isms::test::FodsSheet> sheets;
    const auto fs = reviewRegisterOf("en-register-likelihood-product.fods", "Register", sheets);
    EXPECT_EQ(count(fs, "REG-INPUT-NOT-A-LEVEL"), 0u);
    ASSERT_EQ(count(fs, "REG-METHOD-MISMATCH"), 1u);
    for (const auto& f : fs)
        if (f.rule == "REG-METHOD-MISMATCH")
        {
            EXPECT_NE(f.message.en.find("Likelihood"), std::string::npos) << f.message.en;
            EXPECT_EQ(f.severity, isms::Severity::Observation);
        }
}

TEST(MessyReview, AFindingNeverContradictsItself)
{
    // "above the acceptance criterion (a > b)" always has a > b
    for (const auto& [file, sheet] :
         {std::pair<std::string, std::string>{"en-register-doc-control.fods", "Risk Register"},
          {"ja-ipa-risk.fods", "リスク分析"},
          {"en-register-before-after.fods", "Risk Treatment"},
          {"ja-register-cia-group.fods", "リスクアセスメント"}})
    {
        std::vector<isms::test::FodsSheet> sheets;
        for (const auto& f : reviewRegisterOf(file, sheet, sheets))
        {
            const auto gt = f.message.en.find(" > ");
            if (gt == std::string::npos)
                continue;
            const auto open = f.message.en.rfind(' ', gt - 1);
            const auto close = f.message.en.find_first_of(")", gt);
            const double a = std::atof(f.message.en.substr(open + 1, gt - open - 1).c_str());
            const double b = std::atof(f.message.en.substr(gt + 3, close - gt - 3).c_str());
            EXPECT_GT(a, b) << file << ": " << f.message.en;
        }
    }
}

} // namespace

namespace
{

TEST(MessyReview, ARegisterFoundWithLowConfidenceIsNamedAsABestGuess)
{
    // three register parts of eight: found, but not with confidence
    const Grid g = isms::test::makeGrid({
        {u"Notes"},
        {u"Ref", u"Threat", u"Likelihood"},
        {u"N-1", u"Flood", 2},
        {u"N-2", u"Fire", 1},
    });
    auto map = isms::detectRegister(g);
    ASSERT_TRUE(map.ok()) << map.error().message;
    ASSERT_LT(map->confidence, 0.5);
    const isms::Register reg = isms::readRegister(g, *map);
    isms::ReviewInput in;
    in.reg = &reg;
    in.registerSheet = "Notes";
    const auto fs = isms::review(isms::Catalog::builtin(), in);
    ASSERT_EQ(count(fs, "REG-LOW-CONFIDENCE"), 1u);
    for (const auto& f : fs)
        if (f.rule == "REG-LOW-CONFIDENCE")
        {
            EXPECT_NE(f.message.en.find("best guess: sheet 'Notes', header row 2"),
                      std::string::npos)
                << f.message.en;
            EXPECT_NE(f.message.ja.find("最も近いもの"), std::string::npos);
        }
    in.registerFromStoredMap = true; // a person confirmed it
    EXPECT_EQ(count(isms::review(isms::Catalog::builtin(), in), "REG-LOW-CONFIDENCE"), 0u);
}

} // namespace
