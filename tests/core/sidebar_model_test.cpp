// What the sidebar shows, computed in the core: the controls a selected cell holds, the risks
// citing a control across editions, its SoA row, the JIP-ISMS517 readiness checklist and the
// likelihood × impact heat map.

#include "isms/cell_controls.hpp"
#include "isms/cloud_risks.hpp"
#include "isms/heat_map.hpp"
#include "isms/readiness.hpp"
#include "isms/utf.hpp"
#include "register_support.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace
{

using namespace isms;
using namespace isms::test;

const Catalog& cat()
{
    return Catalog::builtin();
}

const Control* ctl(const char* id)
{
    auto r = cat().lookup(std::string_view(id));
    EXPECT_TRUE(r.ok()) << id;
    return r.ok() ? *r : nullptr;
}

std::vector<std::string> ids(const std::vector<const Control*>& list)
{
    std::vector<std::string> out;
    for (const Control* c : list)
        out.push_back(c->canonical);
    return out;
}

using Ids = std::vector<std::string>;

// A register of three risks: R-1 cites A.9.2.3 (2013), R-2 cites 8.2 (2022) and CLD.6.3.1,
// R-3 cites nothing and is unscored.
Grid registerGrid()
{
    return makeGrid({{u"Risk ID", u"Asset", u"Threat", u"Likelihood", u"Impact", u"Controls"},
                     {u"R-1", u"Admin accounts", u"Misuse", 4, 5, u"A.9.2.3"},
                     {u"R-2", u"Cloud tenant", u"CRF-01 shared roles", 2, 1, u"8.2; CLD.6.3.1"},
                     {u"R-3", u"Laptops", u"Theft", u"", u"", u""}});
}

TEST(CellControls, OneIdInAnyAcceptedForm)
{
    EXPECT_EQ(ids(controlsInCell(u"A.9.2.3", cat())), Ids{"A.9.2.3"});
    EXPECT_EQ(ids(controlsInCell(u"Ａ．９．２．３", cat())), Ids{"A.9.2.3"});
    EXPECT_EQ(ids(controlsInCell(u"9.2.3 Management of privileged access", cat())), Ids{"A.9.2.3"});
    EXPECT_EQ(ids(controlsInCell(u"CLD 6.3.1", cat())), Ids{"CLD.6.3.1"});
    EXPECT_EQ(ids(controlsInCell(u"5.15", cat())), Ids{"5.15"});
}

TEST(CellControls, SeveralInAControlsCellInOrderWithoutDuplicates)
{
    EXPECT_EQ(ids(controlsInCell(u"A.5.23; 8.2、A.5.23 / CLD.9.5.1", cat())),
              (Ids{"5.23", "8.2", "CLD.9.5.1"}));
}

TEST(CellControls, NothingRecognisable)
{
    EXPECT_TRUE(controlsInCell(u"", cat()).empty());
    EXPECT_TRUE(controlsInCell(u"Head of Platform", cat()).empty());
    EXPECT_TRUE(controlsInCell(u"12", cat()).empty());
    EXPECT_TRUE(controlsInCell(u"A.99.1.1", cat()).empty());
}

TEST(CitationIndex, RisksCiteAControlThroughEitherEdition)
{
    const Grid g = registerGrid();
    const auto map = detectRegister(g);
    ASSERT_TRUE(map.ok());
    const Register reg = readRegister(g, *map);
    const CitationIndex index(reg, cat());
    EXPECT_EQ(index.risksCiting(*ctl("A.9.2.3")), (Ids{"R-1", "R-2"}));
    EXPECT_EQ(index.risksCiting(*ctl("8.2")), (Ids{"R-1", "R-2"}));
    EXPECT_EQ(index.risksCiting(*ctl("CLD.6.3.1")), Ids{"R-2"});
    EXPECT_TRUE(index.risksCiting(*ctl("5.1")).empty());
    ASSERT_NE(index.controlsOfRow(2), nullptr);
    EXPECT_EQ(ids(*index.controlsOfRow(2)), (Ids{"8.2", "CLD.6.3.1"}));
    EXPECT_EQ(index.controlsOfRow(0), nullptr); // the header
}

TEST(DescribeControl, A923ShowsIts2022NumberGuidanceForBothRolesRisksAndSoa)
{
    const Grid g = registerGrid();
    const Register reg = readRegister(g, *detectRegister(g));
    const CitationIndex risks(reg, cat());
    std::vector<SoaRow> soaRows(1);
    soaRows[0].at(SoaColumn::Control).text = u"8.2";
    soaRows[0].at(SoaColumn::Applicability).text = u"Applicable";
    soaRows[0].at(SoaColumn::Status).text = u"Implemented";
    const SoaIndex soa(soaRows, cat());
    const Texts texts(cat(), GuidanceCatalog::builtin(), nullptr);

    const ControlView v =
        describeControl(*ctl("A.9.2.3"), texts, {Role::Both, true, &risks, &soa}, Lang::En);
    EXPECT_EQ(v.heading.rfind("A.9.2.3  ", 0), 0u) << v.heading;
    EXPECT_NE(v.edition.find("27001:2013"), std::string::npos);
    EXPECT_NE(v.mapping.find("\n8.2  "), std::string::npos) << v.mapping;
    EXPECT_EQ(v.customer.rfind("Cloud service customer:\n", 0), 0u) << v.customer;
    EXPECT_EQ(v.provider.rfind("Cloud service provider:\n", 0), 0u) << v.provider;
    EXPECT_GT(v.customer.size(), 40u);
    EXPECT_NE(v.risks.find("R-1, R-2"), std::string::npos) << v.risks;
    EXPECT_EQ(v.soa, "SoA 8.2: Applicable · Implemented");

    const ControlView customerOnly =
        describeControl(*ctl("A.9.2.3"), texts, {Role::Customer, true, nullptr, nullptr}, Lang::Ja);
    EXPECT_EQ(customerOnly.customer.rfind("クラウドサービスカスタマ:", 0), 0u);
    EXPECT_TRUE(customerOnly.provider.empty());
    EXPECT_EQ(customerOnly.risks, "リスク台帳が見つかりません。");
    EXPECT_NE(customerOnly.soa.find("適用宣言書"), std::string::npos);
}

TEST(DescribeControl, NoCloudGuidanceIsSaidOnce)
{
    const Texts texts(cat(), GuidanceCatalog::builtin(), nullptr);
    const ControlView v = describeControl(*ctl("A.11.2.9"), texts, {}, Lang::En);
    EXPECT_EQ(v.customer, "ISO/IEC 27017 adds no cloud guidance to this control.");
    EXPECT_TRUE(v.provider.empty());
}

TEST(Readiness, EachItemFromTheWorkbookState)
{
    WorkbookSettings settings;
    ReadinessFacts facts;
    facts.settings = &settings;
    auto checks = evaluateReadiness(facts, cat(), CloudRiskCatalog::builtin());
    ASSERT_EQ(checks.size(), std::size_t(ReadinessItem::Count));
    for (const auto& c : checks)
        EXPECT_FALSE(c.met) << c.label.en;

    settings.role = Role::Customer;
    settings.cloudServices = {"Example Compute", "Office Suite"};
    facts.ismsScope = u"Head office, the web shop on example compute";
    const Grid g = registerGrid();
    const Register reg = readRegister(g, *detectRegister(g));
    facts.reg = &reg;
    std::vector<SoaRow> rows;
    for (const Control* c : cat().controls(Edition::Iso27017_2015))
        if (c->id.scheme == IdScheme::Cloud)
        {
            rows.emplace_back();
            rows.back().at(SoaColumn::Control).text =
                std::u16string(c->canonical.begin(), c->canonical.end());
        }
    facts.soaRows = &rows;
    facts.sheets = {{u"Risks", 4}, {u"内部監査 2026", 3}};
    checks = evaluateReadiness(facts, cat(), CloudRiskCatalog::builtin());
    EXPECT_FALSE(checks[0].met); // "Office Suite" is not in the scope text
    EXPECT_NE(checks[0].detail.en.find("Office Suite"), std::string::npos) << checks[0].detail.en;
    EXPECT_TRUE(checks[1].met);
    EXPECT_EQ(checks[1].detail.ja, "クラウドサービスカスタマ");
    EXPECT_FALSE(checks[2].met); // one or two factors covered, not all
    EXPECT_NE(checks[2].detail.en.find("missing: "), std::string::npos) << checks[2].detail.en;
    EXPECT_EQ(checks[2].detail.en.find("CRF-01,"), std::string::npos) << checks[2].detail.en;
    EXPECT_TRUE(checks[3].met) << checks[3].detail.en;
    EXPECT_TRUE(checks[4].met) << checks[4].detail.en;

    facts.ismsScope += u" and the office suite";
    rows.pop_back();
    checks = evaluateReadiness(facts, cat(), CloudRiskCatalog::builtin());
    EXPECT_TRUE(checks[0].met) << checks[0].detail.en;
    EXPECT_FALSE(checks[3].met);
    EXPECT_EQ(checks[3].detail.en, "6 of 7 CLD controls in the SoA");
}

TEST(Readiness, ACloudRiskFactorIsCoveredByItsIdInAnyCaseOrByCitingItsEntry)
{
    const auto factors = CloudRiskCatalog::builtin().forRole(Role::Both);
    ASSERT_GE(factors.size(), 4u);
    const CloudRiskFactor* byEntry = nullptr;
    for (std::size_t i = 2; i < factors.size() && !byEntry; ++i)
        if (!factors[i]->cloudEntries.empty())
            byEntry = factors[i];
    ASSERT_NE(byEntry, nullptr);
    const Control* entry = byEntry->cloudEntries[0];
    std::u16string lowerId = toUtf16(factors[0]->id);
    for (char16_t& c : lowerId)
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
    const Grid g =
        makeGrid({{u"Risk ID", u"Asset", u"Threat", u"Likelihood", u"Impact", u"Controls"},
                  {u"R-1", u"Tenant", u"see " + lowerId + u" (shared roles)", 2, 2, u""},
                  {u"R-2", toUtf16(factors[1]->id) + u" notes", u"Outage", 3, 3, u""},
                  {u"R-3", u"Exit", u"Lock-in", 3, 3, toUtf16(entry->canonical)},
                  {u"R-4", u"Laptops", u"Theft", 2, 2, u"8.1"}});
    const Register reg = readRegister(g, *detectRegister(g));
    WorkbookSettings settings;
    settings.role = Role::Both;
    ReadinessFacts facts;
    facts.settings = &settings;
    facts.reg = &reg;
    const ReadinessCheck check = evaluateReadiness(facts, cat(), CloudRiskCatalog::builtin())[2];

    // expected: the two named ones and every factor the cited entry treats
    std::size_t covered = 0;
    for (std::size_t i = 0; i < factors.size(); ++i)
    {
        const auto& e = factors[i]->cloudEntries;
        const bool expected = i < 2 || std::find(e.begin(), e.end(), entry) != e.end();
        covered += expected ? 1 : 0;
        if (expected) // the missing list may be cut: only the covered ones are certain
        {
            EXPECT_EQ(check.detail.en.find(factors[i]->id), std::string::npos)
                << factors[i]->id << " is covered, yet listed: " << check.detail.en;
        }
    }
    EXPECT_EQ(check.detail.en.rfind(std::to_string(covered) + " of " +
                                        std::to_string(factors.size()) + " cloud risk factors",
                                    0),
              0u)
        << check.detail.en;
    EXPECT_FALSE(check.met);
}

TEST(Readiness, AHundredThousandServicesAgainstAMegabyteScope)
{
    // The sidebar evaluates this on every change: one pass, not one search per name.
    WorkbookSettings settings;
    for (int i = 0; i < 100000; ++i)
        settings.cloudServices.push_back("Service " + std::to_string(i));
    ReadinessFacts facts;
    facts.settings = &settings;
    facts.ismsScope = std::u16string(1000000, u'x') + u" service 99999";
    const auto checks = evaluateReadiness(facts, cat(), CloudRiskCatalog::builtin());
    EXPECT_FALSE(checks[0].met);
    EXPECT_NE(checks[0].detail.en.find("Service 0, Service 1, Service 2"), std::string::npos)
        << checks[0].detail.en;
    EXPECT_EQ(checks[0].detail.en.find("Service 9,"), std::string::npos)
        << "'Service 9' is inside 'service 99999' (case does not matter)";
}

TEST(Readiness, ScopeFromTheSoaCoverInEitherLanguage)
{
    GridCell v;
    v.text = u"All cloud services";
    EXPECT_EQ(ismsScopeFromCover({{u"Organisation", {}}, {u"ISMS scope", v}}), v.text);
    EXPECT_EQ(ismsScopeFromCover({{u"ISMS の適用範囲", v}}), v.text);
    EXPECT_EQ(ismsScopeFromCover({{u"Organisation", v}}), u"");
}

TEST(HeatMap, CountsLikelihoodByImpactColouredByLevel)
{
    const Grid g = registerGrid();
    const Register reg = readRegister(g, *detectRegister(g));
    const RiskMethod& m = *findPreset("5x5");
    const auto map = countHeatMap(reg, m);
    ASSERT_TRUE(map.ok()) << map.error().message;
    EXPECT_EQ(map->likelihoodLevels, 5);
    EXPECT_EQ(map->impactLevels, 5);
    EXPECT_EQ(map->count(4, 5), 1);
    EXPECT_EQ(map->count(2, 1), 1);
    EXPECT_EQ(map->placed, 2);
    EXPECT_EQ(map->unscored, 1);
    // The highest cell takes the top level's colour, the lowest the bottom one's.
    EXPECT_EQ(map->color(5, 5), m.levels.back().color);
    EXPECT_EQ(map->color(1, 1), m.levels.front().color);
    EXPECT_FALSE(countHeatMap(reg, *findPreset("avt")).ok());
    EXPECT_EQ(colorValue("#FF8000"), 0xFF8000u);
    EXPECT_EQ(colorValue("red"), 0xC0C0C0u);
}

} // namespace
