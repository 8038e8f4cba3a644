// The 2013 ↔ 2022 correspondence (ISO/IEC 27002:2022 Annex B), checked row by row against
// tests/core/expected_mapping_2013_to_2022.inc, which was compiled from public renditions of
// Annex B independently of core/data.

#include "isms/catalog.hpp"
#include "catalog_support.hpp"

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
using isms::Edition;

const auto& kExpected2013To2022 = isms::test::expected2013To2022();

/// Sorts ids in natural (numeric) order, as the catalog lists them.
std::vector<std::string> sortedIds(std::vector<std::string> v)
{
    auto key = [](const std::string& s)
    {
        auto r = isms::parseControlId(std::string_view(s));
        return r.ok() ? r->key() : 0xFFFFFFFFu;
    };
    std::sort(v.begin(), v.end(),
              [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
    return v;
}

Mapping expected2022To2013()
{
    Mapping inverse;
    for (const auto& [old, news] : kExpected2013To2022)
        for (const std::string& now : news)
            inverse[now].push_back(old);
    for (auto& [now, olds] : inverse)
        olds = sortedIds(olds);
    return inverse;
}

TEST(ExpectedMapping, HasOneRowPerAnnexA2013Control)
{
    EXPECT_EQ(kExpected2013To2022.size(), 114u);
    std::set<std::string> catalogIds;
    for (const Control* c : cat().controls(Edition::Iso27001_2013))
        catalogIds.insert(c->canonical);
    std::set<std::string> rowIds;
    for (const auto& [old, news] : kExpected2013To2022)
        rowIds.insert(old);
    EXPECT_EQ(rowIds, catalogIds);
}

TEST(Mapping2013To2022, MatchesAnnexBRowByRow)
{
    for (const Control* c : cat().controls(Edition::Iso27001_2013))
    {
        SCOPED_TRACE(c->canonical);
        auto it = kExpected2013To2022.find(c->canonical);
        ASSERT_NE(it, kExpected2013To2022.end()) << "not in the expected table";
        // Compared in order: Control::mapped is documented as ascending.
        EXPECT_EQ(ids(c->mapped), sortedIds(it->second));
        for (const Control* now : c->mapped)
            EXPECT_EQ(now->edition, Edition::Iso27001_2022) << now->canonical;
    }
}

TEST(Mapping2013To2022, EveryControlMapsToAtLeastOne)
{
    for (const Control* c : cat().controls(Edition::Iso27001_2013))
        EXPECT_FALSE(c->mapped.empty()) << c->canonical << " maps to nothing";
}

TEST(Mapping2013To2022, OnlyA_18_2_3MapsToTwo)
{
    std::vector<std::string> multi;
    for (const Control* c : cat().controls(Edition::Iso27001_2013))
        if (c->mapped.size() > 1)
            multi.push_back(c->canonical);
    EXPECT_EQ(multi, std::vector<std::string>{"A.18.2.3"});
    EXPECT_EQ(ids(control("A.18.2.3").mapped), (std::vector<std::string>{"5.36", "8.8"}));
}

TEST(Mapping2022To2013, IsTheExactInverse)
{
    const Mapping inverse = expected2022To2013();
    for (const Control* c : cat().controls(Edition::Iso27001_2022))
    {
        SCOPED_TRACE(c->canonical);
        auto it = inverse.find(c->canonical);
        const std::vector<std::string> want =
            it == inverse.end() ? std::vector<std::string>{} : it->second;
        EXPECT_EQ(ids(c->mapped), want);
        for (const Control* old : c->mapped)
        {
            EXPECT_EQ(old->edition, Edition::Iso27001_2013) << old->canonical;
            // And the catalog's own two directions agree.
            EXPECT_NE(std::find(old->mapped.begin(), old->mapped.end(), c), old->mapped.end())
                << old->canonical << " does not map back";
        }
    }
}

TEST(Mapping2022To2013, NewControlsHaveNoPredecessorAndOthersHaveOne)
{
    std::set<std::string> withoutPredecessor;
    for (const Control* c : cat().controls(Edition::Iso27001_2022))
    {
        if (c->mapped.empty())
            withoutPredecessor.insert(c->canonical);
        EXPECT_EQ(c->isNew, c->mapped.empty()) << c->canonical;
    }
    const std::set<std::string> kNew = {"5.7",  "5.23", "5.30", "7.4",  "8.9", "8.10",
                                        "8.11", "8.12", "8.16", "8.23", "8.28"};
    EXPECT_EQ(withoutPredecessor, kNew);
}

TEST(Mapping2022To2013, SpotChecks)
{
    using V = std::vector<std::string>;
    EXPECT_EQ(ids(control("5.15").mapped), (V{"A.9.1.1", "A.9.1.2"}));
    EXPECT_EQ(ids(control("5.10").mapped), (V{"A.8.1.3", "A.8.2.3"}));
    EXPECT_EQ(ids(control("8.8").mapped), (V{"A.12.6.1", "A.18.2.3"}));
    EXPECT_EQ(ids(control("5.1").mapped), (V{"A.5.1.1", "A.5.1.2"}));
    EXPECT_EQ(ids(control("7.10").mapped), (V{"A.8.3.1", "A.8.3.2", "A.8.3.3", "A.11.2.5"}));
    EXPECT_EQ(ids(control("5.36").mapped), (V{"A.18.2.2", "A.18.2.3"}));
    EXPECT_EQ(ids(control("8.1").mapped), (V{"A.6.2.1", "A.11.2.8"}));
    EXPECT_EQ(ids(control("5.7").mapped), V{});
    EXPECT_EQ(ids(control("A.9.2.3").mapped), V{"8.2"});
    EXPECT_EQ(ids(control("A.12.7.1").mapped), V{"8.34"});
}

TEST(Mapping2022To2013, CountsOfPredecessors)
{
    std::size_t mappedPairs = 0, withPredecessor = 0;
    for (const Control* c : cat().controls(Edition::Iso27001_2022))
    {
        mappedPairs += c->mapped.size();
        withPredecessor += c->mapped.empty() ? 0 : 1;
    }
    EXPECT_EQ(withPredecessor, 93u - 11u);
    EXPECT_EQ(mappedPairs, 115u); // 114 rows, one of them with two targets
}

} // namespace
