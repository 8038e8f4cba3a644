// ISO/IEC 27017:2015: the 7 CLD controls, the 37 2013 controls it gives role guidance for, the
// 44-entry 27017 list, and the cloud roles carried over to 27001:2022. The role table is
// written here from the research recorded in the header comment of core/data/iso27017-2015.json
// (ITU-T X.1631 tables and the secondary sources listed there), not read from the catalog.

#include "isms/catalog.hpp"
#include "catalog_support.hpp"
#include "isms/control_functions.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Catalog;
using isms::Control;
using isms::ControlFilter;
using isms::Edition;
using isms::Role;

const auto& kExpected2013To2022 = isms::test::expected2013To2022();

std::string rolesText(Role r)
{
    const std::string_view n = isms::roleName(r);
    return n.empty() ? "none" : std::string(n);
}

// ------------------------------------------------------------------ expected tables

constexpr Role Both = Role::Both;
constexpr Role Customer = Role::Customer;
constexpr Role Provider = Role::Provider;

struct Cld
{
    const char* id;
    Role roles;
    const char* clause;
    const char* objective;
    std::vector<std::string> related2022;
};
const std::vector<Cld> kCld = {
    {"CLD.6.3.1", Both, "A.6", "CLD.6.3", {"5.2", "5.23"}},
    {"CLD.8.1.5", Both, "A.8", "A.8.1", {"5.11", "5.23"}},
    {"CLD.9.5.1", Provider, "A.9", "CLD.9.5", {"8.3", "8.22"}},
    {"CLD.9.5.2", Both, "A.9", "CLD.9.5", {"8.9"}},
    {"CLD.12.1.5", Both, "A.12", "A.12.1", {"5.37"}},
    {"CLD.12.4.5", Both, "A.12", "A.12.4", {"8.16"}},
    {"CLD.13.1.4", Provider, "A.13", "A.13.1", {"8.20"}},
};

/// The 37 ISO/IEC 27002:2013 controls with a 27017 role table, and which column has text.
std::map<std::string, Role> guidance2013()
{
    std::map<std::string, Role> m;
    for (const char* id :
         {"5.1.1",  "6.1.1",  "6.1.3",  "7.2.2",  "8.1.1",  "8.2.2",  "9.2.3",  "9.2.4",
          "9.4.1",  "9.4.4",  "10.1.1", "11.2.7", "12.1.2", "12.1.3", "12.3.1", "12.4.1",
          "12.4.4", "12.6.1", "13.1.3", "14.1.1", "14.2.1", "15.1.2", "16.1.1", "16.1.2",
          "16.1.7", "18.1.1", "18.1.2", "18.1.3", "18.1.5", "18.2.1"})
        m[std::string("A.") + id] = Both;
    for (const char* id : {"9.1.2", "10.1.2", "12.4.3", "15.1.1"})
        m[std::string("A.") + id] = Customer;
    for (const char* id : {"9.2.1", "9.2.2", "15.1.3"})
        m[std::string("A.") + id] = Provider;
    return m;
}

/// 2013 controls 27017 gives only an "other information for cloud services" note.
const std::set<std::string> kNoteOnly = {"A.14.2.9", "A.18.1.4"};

/// ISMS.CONTROLS("27017"): guidance entries and CLD controls in clause order.
const std::vector<std::string> k27017List = {
    "A.5.1.1",  "A.6.1.1",    "A.6.1.3",    "CLD.6.3.1", "A.7.2.2",  "A.8.1.1",  "CLD.8.1.5",
    "A.8.2.2",  "A.9.1.2",    "A.9.2.1",    "A.9.2.2",   "A.9.2.3",  "A.9.2.4",  "A.9.4.1",
    "A.9.4.4",  "CLD.9.5.1",  "CLD.9.5.2",  "A.10.1.1",  "A.10.1.2", "A.11.2.7", "A.12.1.2",
    "A.12.1.3", "CLD.12.1.5", "A.12.3.1",   "A.12.4.1",  "A.12.4.3", "A.12.4.4", "CLD.12.4.5",
    "A.12.6.1", "A.13.1.3",   "CLD.13.1.4", "A.14.1.1",  "A.14.2.1", "A.15.1.1", "A.15.1.2",
    "A.15.1.3", "A.16.1.1",   "A.16.1.2",   "A.16.1.7",  "A.18.1.1", "A.18.1.2", "A.18.1.3",
    "A.18.1.5", "A.18.2.1"};

struct Expected2022Cloud
{
    Role roles = Role::None;
    std::set<std::string> required; ///< predecessors with guidance and CLD controls beside it
    std::set<std::string> allowed;  ///< required plus note-only predecessors
};

/// Per 2022 control: the union of the roles of its 2013 predecessors (Annex B, from the .inc
/// table) and of the CLD controls placed beside it.
std::map<std::string, Expected2022Cloud> expected2022Cloud()
{
    const auto guidance = guidance2013();
    std::map<std::string, Expected2022Cloud> out;
    for (const auto& [old, news] : kExpected2013To2022)
        for (const std::string& now : news)
        {
            Expected2022Cloud& e = out[now];
            if (auto g = guidance.find(old); g != guidance.end())
            {
                e.roles = e.roles | g->second;
                e.required.insert(old);
                e.allowed.insert(old);
            }
            else if (kNoteOnly.count(old))
                e.allowed.insert(old);
        }
    for (const Cld& c : kCld)
        for (const std::string& now : c.related2022)
        {
            Expected2022Cloud& e = out[now];
            e.roles = e.roles | c.roles;
            e.required.insert(c.id);
            e.allowed.insert(c.id);
        }
    return out;
}

TEST(ExpectedCloudTables, AreConsistent)
{
    const auto guidance = guidance2013();
    EXPECT_EQ(guidance.size(), 37u);
    EXPECT_EQ(kCld.size(), 7u);
    ASSERT_EQ(k27017List.size(), 44u);
    std::set<std::string> fromTables;
    for (const auto& [id, roles] : guidance)
        fromTables.insert(id);
    for (const Cld& c : kCld)
        fromTables.insert(c.id);
    EXPECT_EQ(std::set<std::string>(k27017List.begin(), k27017List.end()), fromTables);
    for (const std::string& id : kNoteOnly)
        EXPECT_EQ(guidance.count(id), 0u) << id;
}

// ------------------------------------------------------------------ CLD controls

TEST(Cloud, ExactlySevenCldControls)
{
    std::vector<std::string> cld;
    for (const Control* c : cat().controls(Edition::Iso27017_2015))
        if (c->edition == Edition::Iso27017_2015)
            cld.push_back(c->canonical);
    std::vector<std::string> want;
    for (const Cld& c : kCld)
        want.push_back(c.id);
    EXPECT_EQ(cld, want);
}

TEST(Cloud, CldControlsRolesAndStructure)
{
    for (const Cld& e : kCld)
    {
        SCOPED_TRACE(e.id);
        const Control& c = control(e.id);
        EXPECT_EQ(c.canonical, e.id);
        EXPECT_EQ(c.edition, Edition::Iso27017_2015);
        EXPECT_EQ(rolesText(c.cloudRoles), rolesText(e.roles));
        EXPECT_TRUE(c.isNew);
        ASSERT_NE(c.clause, nullptr);
        EXPECT_EQ(c.clause->id, e.clause);
        ASSERT_NE(c.objective, nullptr);
        EXPECT_EQ(c.objective->id, e.objective);
        EXPECT_EQ(ids(c.mapped), e.related2022);
        for (const Control* now : c.mapped)
            EXPECT_EQ(now->edition, Edition::Iso27001_2022);
    }
}

// ------------------------------------------------------------------ 2013 guidance

TEST(Cloud, RoleGuidanceOfEvery2013Control)
{
    const auto guidance = guidance2013();
    int withGuidance = 0;
    for (const Control* c : cat().controls(Edition::Iso27001_2013))
    {
        SCOPED_TRACE(c->canonical);
        auto g = guidance.find(c->canonical);
        const bool noteOnly = kNoteOnly.count(c->canonical) > 0;
        const Role want = g == guidance.end() ? Role::None : g->second;
        EXPECT_EQ(rolesText(c->cloudRoles), rolesText(want));
        EXPECT_EQ(c->extendedBy27017, g != guidance.end() || noteOnly);
        EXPECT_EQ(c->otherInformationOnly, noteOnly);
        if (c->extendedBy27017 && !c->otherInformationOnly)
            ++withGuidance;
    }
    EXPECT_EQ(withGuidance, 37);
}

TEST(Cloud, NoteOnlyControlsHaveNoRoles)
{
    for (const char* id : {"A.14.2.9", "A.18.1.4"})
    {
        SCOPED_TRACE(id);
        const Control& c = control(id);
        EXPECT_TRUE(c.extendedBy27017);
        EXPECT_TRUE(c.otherInformationOnly);
        EXPECT_EQ(c.cloudRoles, Role::None);
    }
}

TEST(Cloud, The27017ListHas44EntriesInClauseOrder)
{
    EXPECT_EQ(ids(cat().controls(Edition::Iso27017_2015)), k27017List);
}

TEST(Cloud, Cld815SitsBetweenA811AndA822)
{
    const std::vector<std::string> list = ids(cat().controls(Edition::Iso27017_2015));
    auto pos = [&](const char* id)
    { return std::find(list.begin(), list.end(), id) - list.begin(); };
    ASSERT_LT(pos("A.8.1.1"), static_cast<long>(list.size()));
    ASSERT_LT(pos("CLD.8.1.5"), static_cast<long>(list.size()));
    ASSERT_LT(pos("A.8.2.2"), static_cast<long>(list.size()));
    EXPECT_EQ(pos("CLD.8.1.5"), pos("A.8.1.1") + 1);
    EXPECT_EQ(pos("A.8.2.2"), pos("CLD.8.1.5") + 1);
}

TEST(Cloud, NoteOnlyControlsAreNotIn27017List)
{
    const std::vector<std::string> list = ids(cat().controls(Edition::Iso27017_2015));
    for (const std::string& id : kNoteOnly)
        EXPECT_EQ(std::count(list.begin(), list.end(), id), 0) << id;
}

// ------------------------------------------------------------------ 2022 cloud roles

TEST(Cloud2022, RolesAreTheUnionOverPredecessorsAndCldControls)
{
    const auto expected = expected2022Cloud();
    for (const Control* c : cat().controls(Edition::Iso27001_2022))
    {
        SCOPED_TRACE(c->canonical);
        auto it = expected.find(c->canonical);
        const Role want = it == expected.end() ? Role::None : it->second.roles;
        EXPECT_EQ(rolesText(c->cloudRoles), rolesText(want));
    }
}

TEST(Cloud2022, CloudEntriesListPredecessorsWithGuidanceAndCldControls)
{
    const auto expected = expected2022Cloud();
    for (const Control* c : cat().controls(Edition::Iso27001_2022))
    {
        SCOPED_TRACE(c->canonical);
        const std::vector<std::string> entries = ids(c->cloudEntries);
        const std::set<std::string> got(entries.begin(), entries.end());
        EXPECT_EQ(got.size(), entries.size()) << "an entry is listed twice";
        auto it = expected.find(c->canonical);
        const Expected2022Cloud none;
        const Expected2022Cloud& want = it == expected.end() ? none : it->second;
        for (const std::string& id : want.required)
            EXPECT_EQ(got.count(id), 1u) << id << " missing from cloudEntries";
        for (const std::string& id : got)
            EXPECT_EQ(want.allowed.count(id), 1u) << id << " does not belong in cloudEntries";
        // Listed in numeric (clause) order, CLD entries among the 2013 ones.
        for (std::size_t k = 1; k < c->cloudEntries.size(); ++k)
            EXPECT_LT(c->cloudEntries[k - 1]->id.numericKey(), c->cloudEntries[k]->id.numericKey())
                << c->cloudEntries[k - 1]->canonical << " before " << c->cloudEntries[k]->canonical;
    }
}

TEST(Cloud2022, SpotChecks)
{
    auto entries = [](const char* id) { return ids(control(id).cloudEntries); };
    auto contains = [](const std::vector<std::string>& v, const char* id)
    { return std::find(v.begin(), v.end(), id) != v.end(); };

    // 5.23 is new in 2022: its cloud roles come only from CLD.6.3.1 and CLD.8.1.5.
    EXPECT_EQ(control("5.23").cloudRoles, Role::Both);
    EXPECT_EQ(entries("5.23"), (std::vector<std::string>{"CLD.6.3.1", "CLD.8.1.5"}));
    // 8.22 carries the provider guidance of CLD.9.5.1 and the both-roles guidance of A.13.1.3.
    EXPECT_TRUE(isms::has(control("8.22").cloudRoles, Role::Provider));
    EXPECT_TRUE(contains(entries("8.22"), "CLD.9.5.1"));
    EXPECT_TRUE(contains(entries("8.22"), "A.13.1.3"));
    // 5.15 ← A.9.1.1 (no cloud guidance), A.9.1.2 (customer only).
    EXPECT_EQ(control("5.15").cloudRoles, Role::Customer);
    EXPECT_EQ(entries("5.15"), std::vector<std::string>{"A.9.1.2"});
    // 5.18 ← A.9.2.2 (provider), A.9.2.5, A.9.2.6 (none).
    EXPECT_EQ(control("5.18").cloudRoles, Role::Provider);
    // 8.2 ← A.9.2.3 (both).
    EXPECT_EQ(control("8.2").cloudRoles, Role::Both);
    // New in 2022 and no 27017 entry.
    for (const char* id : {"5.7", "5.30", "7.4", "8.10", "8.11", "8.12", "8.23", "8.28"})
    {
        EXPECT_EQ(control(id).cloudRoles, Role::None) << id;
        EXPECT_TRUE(control(id).cloudEntries.empty()) << id;
    }
    // Old controls with no 27017 entry at all.
    EXPECT_EQ(control("7.1").cloudRoles, Role::None);
    EXPECT_TRUE(control("7.1").cloudEntries.empty());
}

// ------------------------------------------------------------------ ISMS.CONTROLS role filters

std::set<std::string> listed(Edition e, ControlFilter f)
{
    auto r = isms::listControls(cat(), e, f, 1);
    if (!r.ok())
        throw std::runtime_error(r.error().message);
    const std::vector<std::string> v = ids(*r);
    // In catalog order: a subsequence of the edition's list.
    const std::vector<std::string> all = ids(cat().controls(e));
    std::size_t k = 0;
    for (const std::string& id : v)
    {
        while (k < all.size() && all[k] != id)
            ++k;
        if (k == all.size())
            ADD_FAILURE() << id << " is out of catalog order";
    }
    return {v.begin(), v.end()};
}

/// Expected members of a role filter, from the independent tables.
struct ExpectedFilter
{
    std::set<std::string> customer, provider, cloud;
    void add(const std::string& id, Role r)
    {
        if (isms::has(r, Role::Customer))
            customer.insert(id);
        if (isms::has(r, Role::Provider))
            provider.insert(id);
        if (r != Role::None)
            cloud.insert(id);
    }
};

TEST(ListControlsRoles, Edition2013)
{
    ExpectedFilter want;
    for (const auto& [id, roles] : guidance2013())
        want.add(id, roles);
    EXPECT_EQ(want.customer.size(), 34u); // 30 both + 4 customer
    EXPECT_EQ(want.provider.size(), 33u); // 30 both + 3 provider
    EXPECT_EQ(listed(Edition::Iso27001_2013, ControlFilter::Customer), want.customer);
    EXPECT_EQ(listed(Edition::Iso27001_2013, ControlFilter::Provider), want.provider);
    EXPECT_EQ(listed(Edition::Iso27001_2013, ControlFilter::Cloud), want.cloud);
    EXPECT_EQ(want.cloud.size(), 37u);
}

TEST(ListControlsRoles, Edition27017)
{
    ExpectedFilter want;
    for (const auto& [id, roles] : guidance2013())
        want.add(id, roles);
    for (const Cld& c : kCld)
        want.add(c.id, c.roles);
    EXPECT_EQ(want.customer.size(), 39u); // + 5 CLD with customer guidance
    EXPECT_EQ(want.provider.size(), 40u); // + all 7 CLD
    EXPECT_EQ(listed(Edition::Iso27017_2015, ControlFilter::Customer), want.customer);
    EXPECT_EQ(listed(Edition::Iso27017_2015, ControlFilter::Provider), want.provider);
    EXPECT_EQ(listed(Edition::Iso27017_2015, ControlFilter::Cloud), want.cloud);
    EXPECT_EQ(want.cloud.size(), 44u);
}

TEST(ListControlsRoles, Edition2022)
{
    ExpectedFilter want;
    for (const auto& [id, e] : expected2022Cloud())
        want.add(id, e.roles);
    EXPECT_EQ(listed(Edition::Iso27001_2022, ControlFilter::Customer), want.customer);
    EXPECT_EQ(listed(Edition::Iso27001_2022, ControlFilter::Provider), want.provider);
    EXPECT_EQ(listed(Edition::Iso27001_2022, ControlFilter::Cloud), want.cloud);
}

} // namespace
