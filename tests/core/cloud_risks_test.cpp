// Cloud risk factors (JIP-ISMS517 risk assessment): the built-in list covers the cloud-specific
// risks by meaning, each factor is treated by real 27017 entries and 27001:2022 controls, and
// forRole picks the factors of the organisation's role.

#include "isms/catalog.hpp"
#include "isms/cloud_risks.hpp"
#include "catalog_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms::test;

using isms::CloudRiskCatalog;
using isms::CloudRiskFactor;
using isms::Control;
using isms::Edition;
using isms::ErrorKind;
using isms::Role;

const CloudRiskCatalog& risks()
{
    return CloudRiskCatalog::builtin();
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// ------------------------------------------------------------------ built-in factors

TEST(CloudRisks, LoadsWithoutThrowing)
{
    EXPECT_NO_THROW((void)CloudRiskCatalog::builtin());
}

TEST(CloudRisks, AtLeastTwelveSequentialIds)
{
    const auto& all = risks().all();
    ASSERT_GE(all.size(), 12u);
    for (std::size_t i = 0; i < all.size(); ++i)
    {
        const std::string n = std::to_string(i + 1);
        const std::string want = "CRF-" + std::string(n.size() < 2 ? "0" : "") + n;
        EXPECT_EQ(all[i].id, want);
    }
}

TEST(CloudRisks, EveryFactorIsComplete)
{
    std::set<std::string> titles;
    for (const CloudRiskFactor& f : risks().all())
    {
        SCOPED_TRACE(f.id);
        EXPECT_FALSE(f.title.en.empty());
        EXPECT_TRUE(hasJapanese(f.title.ja)) << f.title.ja;
        EXPECT_FALSE(hasJapanese(f.title.en)) << f.title.en;
        EXPECT_FALSE(f.description.en.empty());
        EXPECT_TRUE(hasJapanese(f.description.ja)) << f.description.ja;
        EXPECT_NE(f.title.en, f.description.en);
        EXPECT_TRUE(titles.insert(f.title.en).second) << "title repeated";
        EXPECT_NE(f.roles, Role::None);
        ASSERT_FALSE(f.cloudEntries.empty());
        ASSERT_FALSE(f.controls2022.empty());
        for (const Control* c : f.cloudEntries)
        {
            ASSERT_NE(c, nullptr);
            const bool cld = c->edition == Edition::Iso27017_2015;
            const bool roleBearing2013 = c->edition == Edition::Iso27001_2013 &&
                                         c->extendedBy27017 && !c->otherInformationOnly;
            EXPECT_TRUE(cld || roleBearing2013) << c->canonical << " is not a 27017 entry";
            EXPECT_NE(c->cloudRoles, Role::None) << c->canonical;
        }
        for (const Control* c : f.controls2022)
        {
            ASSERT_NE(c, nullptr);
            EXPECT_EQ(c->edition, Edition::Iso27001_2022) << c->canonical;
        }
        // No entry listed twice in one factor.
        EXPECT_EQ(std::set<const Control*>(f.cloudEntries.begin(), f.cloudEntries.end()).size(),
                  f.cloudEntries.size());
        EXPECT_EQ(std::set<const Control*>(f.controls2022.begin(), f.controls2022.end()).size(),
                  f.controls2022.size());
    }
}

/// A risk the issue asks for, recognised by words of its English title, with a 27017 entry
/// that must treat it (chosen here from what 27017 says, not from the data file).
struct ExpectedRisk
{
    const char* what;
    std::vector<std::vector<std::string>> anyOfAllWords; // one group must match entirely
    std::vector<std::string> anyCloudEntry;              // one of these must be listed
};

const std::vector<ExpectedRisk> kExpectedRisks = {
    {"multi-tenancy isolation", {{"tenant", "isolation"}, {"tenant", "separation"}}, {"CLD.9.5.1"}},
    {"lock-in / exit", {{"lock-in"}, {"lock in"}, {"exit"}}, {"A.15.1.1", "CLD.8.1.5", "A.15.1.2"}},
    {"data location / jurisdiction", {{"location"}, {"jurisdiction"}}, {"A.18.1.1", "A.6.1.3"}},
    {"assets left at contract end", {{"contract end"}, {"termination"}}, {"CLD.8.1.5"}},
    {"responsibility split", {{"responsibilit"}}, {"CLD.6.3.1"}},
    {"privileged provider operations",
     {{"privileged"}, {"administrator"}},
     {"CLD.12.1.5", "A.9.2.3"}},
    {"virtual network misconfiguration", {{"virtual network"}}, {"CLD.13.1.4"}},
    {"monitoring / logging visibility", {{"monitoring"}, {"visibility"}}, {"CLD.12.4.5"}},
    {"clock / log correlation", {{"clock"}, {"time sync"}}, {"A.12.4.4"}},
    {"provider's own suppliers", {{"supplier"}, {"supply chain"}}, {"A.15.1.3"}},
    // what a JIP-ISMS517 4.2.1 assessment also considers (issue 15)
    {"personal data and its secondary use", {{"personal data"}}, {"A.18.1.1", "A.15.1.2"}},
    {"unapproved cloud use (shadow IT)", {{"unapproved"}, {"shadow it"}}, {"A.15.1.1", "A.5.1.1"}},
    {"abuse of the service / denial of service",
     {{"abuse"}, {"denial of service"}},
     {"A.12.4.1", "A.16.1.1", "CLD.12.4.5"}},
    {"runaway usage cost", {{"charges"}, {"cost"}}, {"A.12.1.3"}},
};

TEST(CloudRisks, TheRisksOfTheIssueAreThere)
{
    for (const ExpectedRisk& want : kExpectedRisks)
    {
        SCOPED_TRACE(want.what);
        const CloudRiskFactor* hit = nullptr;
        for (const CloudRiskFactor& f : risks().all())
        {
            const std::string title = lower(f.title.en);
            for (const auto& group : want.anyOfAllWords)
            {
                bool all = true;
                for (const std::string& w : group)
                    all = all && contains(title, w);
                if (all && !hit)
                    hit = &f;
            }
        }
        ASSERT_NE(hit, nullptr) << "no factor title about " << want.what;
        bool treated = false;
        for (const Control* c : hit->cloudEntries)
            for (const std::string& id : want.anyCloudEntry)
                treated = treated || c->canonical == id;
        EXPECT_TRUE(treated) << hit->id << " (" << hit->title.en
                             << ") is not treated by the expected 27017 entry";
    }
}

TEST(CloudRisks, ProviderPrivilegedAccessCitesAccessRestrictionAndCloudMonitoring)
{
    // Misuse by provider administrators is also treated by restricting access to information
    // (A.9.4.1, whose 27017 guidance covers the provider's own staff) and by the customer's
    // monitoring of the service (CLD.12.4.5).
    const CloudRiskFactor* f = nullptr;
    for (const CloudRiskFactor& each : risks().all())
        if (each.id == "CRF-06")
            f = &each;
    ASSERT_NE(f, nullptr);
    const auto cited = ids(f->cloudEntries);
    for (const char* want : {"A.9.2.3", "CLD.12.1.5", "A.9.4.1", "CLD.12.4.5"})
        EXPECT_EQ(std::count(cited.begin(), cited.end(), want), 1) << want;
}

TEST(CloudRisks, TheRisksOfTheIssueAreDistinctFactors)
{
    // Fourteen different concerns need (at least) fourteen different factors.
    std::set<std::string> ids;
    for (const ExpectedRisk& want : kExpectedRisks)
        for (const CloudRiskFactor& f : risks().all())
        {
            const std::string title = lower(f.title.en);
            bool match = false;
            for (const auto& group : want.anyOfAllWords)
            {
                bool all = true;
                for (const std::string& w : group)
                    all = all && contains(title, w);
                match = match || all;
            }
            if (match)
            {
                ids.insert(f.id);
                break;
            }
        }
    EXPECT_EQ(ids.size(), kExpectedRisks.size());
}

// ------------------------------------------------------------------ forRole

/// Ids of the factors whose "roles" include `single`, read from the data file with
/// nlohmann::json (independently of CloudRiskCatalog).
std::vector<std::string> idsFromFileFor(std::string_view single)
{
    const std::string text = readDataFile("cloud-risk-factors.json");
    const auto j = nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/true);
    std::vector<std::string> out;
    for (const auto& f : j.at("factors"))
    {
        const std::string roles = f.at("roles").get<std::string>();
        if (single.empty() || roles == "both" || roles == single)
            out.push_back(f.at("id").get<std::string>());
    }
    return out;
}

std::vector<std::string> idsOf(const std::vector<const CloudRiskFactor*>& fs)
{
    std::vector<std::string> out;
    for (const CloudRiskFactor* f : fs)
        out.push_back(f->id);
    return out;
}

TEST(CloudRisksForRole, BothReturnsAll)
{
    const auto both = risks().forRole(Role::Both);
    ASSERT_EQ(both.size(), risks().all().size());
    for (std::size_t i = 0; i < both.size(); ++i)
        EXPECT_EQ(both[i], &risks().all()[i]);
    EXPECT_EQ(idsOf(both), idsFromFileFor(""));
}

TEST(CloudRisksForRole, CustomerGetsTheFactorsThatConcernCustomers)
{
    EXPECT_EQ(idsOf(risks().forRole(Role::Customer)), idsFromFileFor("customer"));
}

TEST(CloudRisksForRole, ProviderGetsTheFactorsThatConcernProviders)
{
    const auto provider = idsOf(risks().forRole(Role::Provider));
    EXPECT_EQ(provider, idsFromFileFor("provider"));
    // Lock-in is the customer's risk: a provider's assessment need not list it.
    for (const CloudRiskFactor& f : risks().all())
        if (contains(lower(f.title.en), "lock-in"))
        {
            EXPECT_EQ(std::count(provider.begin(), provider.end(), f.id), 0) << f.id;
        }
}

TEST(CloudRisksForRole, FactorsMatchTheirRolesField)
{
    for (Role r : {Role::Customer, Role::Provider})
        for (const CloudRiskFactor* f : risks().forRole(r))
            EXPECT_TRUE(isms::has(f->roles, r)) << f->id;
}

// ------------------------------------------------------------------ fromJson

struct RiskData
{
    std::string text = readDataFile("cloud-risk-factors.json");
    isms::Result<CloudRiskCatalog> build() const { return CloudRiskCatalog::fromJson(text, cat()); }
};

void expectInternalError(const isms::Result<CloudRiskCatalog>& r,
                         std::initializer_list<std::string_view> mentions)
{
    ASSERT_FALSE(r.ok()) << "broken risk data was accepted";
    EXPECT_EQ(r.error().kind, ErrorKind::Internal);
    for (std::string_view m : mentions)
        EXPECT_TRUE(contains(r.error().message, m))
            << "message does not mention '" << m << "': " << r.error().message;
}

/// The lines of one factor (from its "id" line up to the next factor).
std::string factorBlock(const std::string& text, std::string_view id)
{
    const auto begin = text.find(std::string(R"({"id": ")") + std::string(id) + "\"");
    if (begin == std::string::npos)
        return {};
    const auto next = text.find(R"({"id": ")", begin + 1);
    return text.substr(begin, next == std::string::npos ? std::string::npos : next - begin);
}

/// Replaces `from` by `to` inside the block of one factor.
::testing::AssertionResult editFactor(std::string& text, std::string_view id, std::string_view from,
                                      std::string_view to)
{
    const std::string block = factorBlock(text, id);
    if (block.empty())
        return ::testing::AssertionFailure() << id << " not found";
    std::string edited = block;
    auto r = replaceOnce(edited, from, to);
    if (!r)
        return r;
    return replaceOnce(text, block, edited);
}

TEST(CloudRisksFromJson, RealDataBuilds)
{
    const RiskData d;
    auto r = d.build();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->all().size(), risks().all().size());
}

TEST(CloudRisksFromJson, UnknownCloudEntry)
{
    RiskData d;
    ASSERT_TRUE(editFactor(d.text, "CRF-01", R"("CLD.9.5.1", )", R"("CLD.9.5.9", )"));
    expectInternalError(d.build(), {"CRF-01", "CLD.9.5.9"});
}

TEST(CloudRisksFromJson, UnknownControl2022)
{
    RiskData d;
    ASSERT_TRUE(
        editFactor(d.text, "CRF-01", R"("controls2022": [")", R"("controls2022": ["8.35", ")"));
    expectInternalError(d.build(), {"CRF-01", "8.35"});
}

TEST(CloudRisksFromJson, A2013IdInControls2022)
{
    RiskData d;
    ASSERT_TRUE(
        editFactor(d.text, "CRF-05", R"("controls2022": [")", R"("controls2022": ["A.6.1.1", ")"));
    expectInternalError(d.build(), {"CRF-05", "A.6.1.1"});
}

TEST(CloudRisksFromJson, A2022IdInCloud)
{
    RiskData d;
    ASSERT_TRUE(editFactor(d.text, "CRF-05", R"("cloud": [")", R"("cloud": ["5.23", ")"));
    expectInternalError(d.build(), {"CRF-05", "5.23"});
}

TEST(CloudRisksFromJson, NoteOnlyEntryInCloud)
{
    RiskData d;
    ASSERT_TRUE(editFactor(d.text, "CRF-02", R"("cloud": [")", R"("cloud": ["A.14.2.9", ")"));
    expectInternalError(d.build(), {"CRF-02", "A.14.2.9"});
}

TEST(CloudRisksFromJson, Non27017ControlInCloud)
{
    RiskData d;
    ASSERT_TRUE(editFactor(d.text, "CRF-02", R"("cloud": [")", R"("cloud": ["A.5.1.2", ")"));
    expectInternalError(d.build(), {"CRF-02", "A.5.1.2"});
}

TEST(CloudRisksFromJson, DuplicateId)
{
    RiskData d;
    ASSERT_TRUE(replaceOnce(d.text, R"({"id": "CRF-03")", R"({"id": "CRF-02")"));
    expectInternalError(d.build(), {"CRF-02", "duplicate"});
}

TEST(CloudRisksFromJson, MissingJapaneseTitle)
{
    RiskData d;
    const std::string block = factorBlock(d.text, "CRF-04");
    const std::string titleLine = lineWith(block, R"("title": )");
    ASSERT_FALSE(titleLine.empty());
    const auto ja = titleLine.find(R"(, "ja": ")");
    ASSERT_NE(ja, std::string::npos);
    const auto close = titleLine.find('"', ja + 9);
    std::string broken = titleLine;
    broken.erase(ja, close + 1 - ja);
    ASSERT_TRUE(replaceOnce(d.text, titleLine, broken));
    expectInternalError(d.build(), {"CRF-04", "title"});
}

TEST(CloudRisksFromJson, MissingDescription)
{
    RiskData d;
    ASSERT_TRUE(editFactor(d.text, "CRF-06", R"("description": )", R"("descriptionx": )"));
    expectInternalError(d.build(), {"CRF-06", "description"});
}

TEST(CloudRisksFromJson, UnknownRoles)
{
    RiskData d;
    ASSERT_TRUE(editFactor(d.text, "CRF-02", R"("roles": "customer")", R"("roles": "auditor")"));
    expectInternalError(d.build(), {"CRF-02", "auditor"});
}

TEST(CloudRisksFromJson, EmptyTreatmentLists)
{
    {
        RiskData d;
        const std::string block = factorBlock(d.text, "CRF-09");
        const std::string line = lineWith(block, R"("cloud": [)");
        ASSERT_FALSE(line.empty());
        std::string broken = line;
        broken.replace(broken.find('['), broken.find(']') - broken.find('[') + 1, "[]");
        ASSERT_TRUE(replaceOnce(d.text, line, broken));
        expectInternalError(d.build(), {"CRF-09"});
    }
    {
        RiskData d;
        const std::string block = factorBlock(d.text, "CRF-09");
        const std::string line = lineWith(block, R"("controls2022": [)");
        ASSERT_FALSE(line.empty());
        std::string broken = line;
        broken.replace(broken.find('['), broken.find(']') - broken.find('[') + 1, "[]");
        ASSERT_TRUE(replaceOnce(d.text, line, broken));
        expectInternalError(d.build(), {"CRF-09"});
    }
}

TEST(CloudRisksFromJson, InvalidJsonAndEmptyList)
{
    {
        RiskData d;
        d.text.resize(d.text.size() / 2);
        expectInternalError(d.build(), {"cloud risk factors"});
    }
    expectInternalError(CloudRiskCatalog::fromJson(R"({"factors": []})", cat()), {"no risk"});
    expectInternalError(CloudRiskCatalog::fromJson("{}", cat()), {"factors"});
}

} // namespace
