// ISO/IEC 27017 cloud guidance: every 27017 entry has isms-calc's own summary and evidence text
// for exactly the roles 27017 addresses, in English and Japanese; the loader rejects data that
// breaks this; parseRole reads the role keywords users type.
//
// The role table below is written here independently of core/data (same research as
// cloud_test.cpp: the role columns of the ISO/IEC 27017 / ITU-T X.1631 tables).

#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/utf.hpp"
#include "catalog_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace
{

using namespace isms::test;

using isms::Control;
using isms::Edition;
using isms::EntryGuidance;
using isms::ErrorKind;
using isms::GuidanceCatalog;
using isms::Role;

constexpr Role Both = Role::Both;
constexpr Role Customer = Role::Customer;
constexpr Role Provider = Role::Provider;

/// The 44 27017 entries with role guidance and the roles each addresses.
const std::map<std::string, Role>& expectedRoles()
{
    static const std::map<std::string, Role> m = []
    {
        std::map<std::string, Role> r;
        for (const char* id :
             {"5.1.1",  "6.1.1",  "6.1.3",  "7.2.2",  "8.1.1",  "8.2.2",  "9.2.3",  "9.2.4",
              "9.4.1",  "9.4.4",  "10.1.1", "11.2.7", "12.1.2", "12.1.3", "12.3.1", "12.4.1",
              "12.4.4", "12.6.1", "13.1.3", "14.1.1", "14.2.1", "15.1.2", "16.1.1", "16.1.2",
              "16.1.7", "18.1.1", "18.1.2", "18.1.3", "18.1.5", "18.2.1"})
            r[std::string("A.") + id] = Both;
        for (const char* id : {"9.1.2", "10.1.2", "12.4.3", "15.1.1"})
            r[std::string("A.") + id] = Customer;
        for (const char* id : {"9.2.1", "9.2.2", "15.1.3"})
            r[std::string("A.") + id] = Provider;
        r["CLD.6.3.1"] = Both;
        r["CLD.8.1.5"] = Both;
        r["CLD.9.5.1"] = Provider;
        r["CLD.9.5.2"] = Both;
        r["CLD.12.1.5"] = Both;
        r["CLD.12.4.5"] = Both;
        r["CLD.13.1.4"] = Provider;
        return r;
    }();
    return m;
}

/// 2013 controls 27017 gives only an "other information for cloud services" note.
const std::set<std::string> kNoteOnly = {"A.14.2.9", "A.18.1.4"};

const GuidanceCatalog& guidance()
{
    return GuidanceCatalog::builtin();
}

// ------------------------------------------------------------------ built-in guidance

TEST(ExpectedGuidanceTable, Has44EntriesOf37And7)
{
    int cld = 0;
    for (const auto& [id, roles] : expectedRoles())
        cld += startsWith(id, "CLD.") ? 1 : 0;
    EXPECT_EQ(expectedRoles().size(), 44u);
    EXPECT_EQ(cld, 7);
}

TEST(GuidanceBuiltin, LoadsWithoutThrowing)
{
    EXPECT_NO_THROW((void)GuidanceCatalog::builtin());
}

TEST(GuidanceBuiltin, EveryEntryHasTextForExactlyItsRoles)
{
    for (const auto& [id, roles] : expectedRoles())
    {
        SCOPED_TRACE(id);
        const Control& c = control(id);
        const EntryGuidance* g = guidance().find(c);
        ASSERT_NE(g, nullptr) << id << " has no guidance";
        EXPECT_EQ(g->entry, &c);
        EXPECT_EQ(g->customer.has_value(), roles != Provider) << "customer text";
        EXPECT_EQ(g->provider.has_value(), roles != Customer) << "provider text";
        EXPECT_FALSE(g->note.has_value()) << "a role-bearing entry has no note";
    }
}

TEST(GuidanceBuiltin, RoleTextsAreBilingualAndComplete)
{
    for (const auto& [id, roles] : expectedRoles())
    {
        const EntryGuidance* g = guidance().find(control(id));
        ASSERT_NE(g, nullptr) << id;
        for (Role single : {Customer, Provider})
        {
            const auto& rg = g->forRole(single);
            if (!rg)
                continue;
            SCOPED_TRACE(id + " " + std::string(isms::roleName(single)));
            for (const isms::Text* t : {&rg->summary, &rg->evidence})
            {
                EXPECT_FALSE(t->en.empty());
                EXPECT_FALSE(t->ja.empty());
                EXPECT_TRUE(hasJapanese(t->ja)) << "ja is not Japanese: " << t->ja;
                EXPECT_FALSE(hasJapanese(t->en)) << "en contains Japanese: " << t->en;
                EXPECT_NE(t->en, t->ja);
            }
            EXPECT_NE(rg->summary.en, rg->evidence.en) << "summary repeated as evidence";
        }
    }
}

TEST(GuidanceBuiltin, CustomerAndProviderTextsDiffer)
{
    int compared = 0;
    for (const auto& [id, roles] : expectedRoles())
    {
        if (roles != Both)
            continue;
        const EntryGuidance* g = guidance().find(control(id));
        ASSERT_NE(g, nullptr) << id;
        ASSERT_TRUE(g->customer && g->provider) << id;
        EXPECT_NE(g->customer->summary.en, g->provider->summary.en) << id;
        EXPECT_NE(g->customer->summary.ja, g->provider->summary.ja) << id;
        EXPECT_NE(g->customer->evidence.en, g->provider->evidence.en) << id;
        EXPECT_NE(g->customer->evidence.ja, g->provider->evidence.ja) << id;
        ++compared;
    }
    EXPECT_EQ(compared, 35); // 30 extended + 5 CLD controls address both roles
}

TEST(GuidanceBuiltin, ForRolePicksTheRightSide)
{
    const EntryGuidance* g = guidance().find(control("A.9.2.3"));
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(&g->forRole(Customer), &g->customer);
    EXPECT_EQ(&g->forRole(Provider), &g->provider);
}

TEST(GuidanceBuiltin, NoteOnlyEntriesHaveANoteAndNoRoleText)
{
    for (const std::string& id : kNoteOnly)
    {
        SCOPED_TRACE(id);
        const EntryGuidance* g = guidance().find(control(id));
        ASSERT_NE(g, nullptr);
        EXPECT_FALSE(g->customer.has_value());
        EXPECT_FALSE(g->provider.has_value());
        ASSERT_TRUE(g->note.has_value());
        EXPECT_FALSE(g->note->en.empty());
        EXPECT_TRUE(hasJapanese(g->note->ja)) << g->note->ja;
        EXPECT_FALSE(hasJapanese(g->note->en)) << g->note->en;
    }
}

TEST(GuidanceBuiltin, NonCloudControlsHaveNoEntry)
{
    EXPECT_EQ(guidance().find(control("A.5.1.2")), nullptr);
    EXPECT_EQ(guidance().find(control("5.15")), nullptr);
    EXPECT_EQ(guidance().find(control("5.23")), nullptr) << "2022 controls carry no own entry";
    EXPECT_EQ(guidance().find(control("A.8.1.4")), nullptr);
}

TEST(GuidanceBuiltin, OnlyThe46CloudEntriesHaveGuidance)
{
    int found = 0;
    for (Edition e : {Edition::Iso27001_2013, Edition::Iso27001_2022, Edition::Iso27017_2015})
        for (const Control* c : cat().controls(e))
        {
            const bool expected =
                expectedRoles().count(c->canonical) || kNoteOnly.count(c->canonical);
            const bool has = guidance().find(*c) != nullptr;
            EXPECT_EQ(has, expected) << c->canonical;
            // The 2013 extended controls are listed under 2013 and 27017; count them once.
            if (has && e != Edition::Iso27017_2015)
                ++found;
            if (has && e == Edition::Iso27017_2015 && c->edition == Edition::Iso27017_2015)
                ++found;
        }
    EXPECT_EQ(found, 46);
}

// ------------------------------------------------------------------ fromJson

struct GuidanceData
{
    std::string text = readDataFile("cloud-guidance.json");
    isms::Result<GuidanceCatalog> build() const { return GuidanceCatalog::fromJson(text, cat()); }
};

void expectInternalError(const isms::Result<GuidanceCatalog>& r,
                         std::initializer_list<std::string_view> mentions)
{
    ASSERT_FALSE(r.ok()) << "broken guidance data was accepted";
    EXPECT_EQ(r.error().kind, ErrorKind::Internal);
    for (std::string_view m : mentions)
        EXPECT_TRUE(contains(r.error().message, m))
            << "message does not mention '" << m << "': " << r.error().message;
}

const char* kSomeRole = R"({"summary": {"en": "Do it.", "ja": "実施する。"}, )"
                        R"("evidence": {"en": "Records.", "ja": "記録。"}})";

TEST(GuidanceFromJson, RealDataBuilds)
{
    const GuidanceData d;
    auto r = d.build();
    ASSERT_TRUE(r.ok()) << r.error().message;
    const EntryGuidance* g = r->find(control("CLD.9.5.1"));
    ASSERT_NE(g, nullptr);
    EXPECT_FALSE(g->customer.has_value());
    EXPECT_TRUE(g->provider.has_value());
}

TEST(GuidanceFromJson, TextForARoleNotAddressed)
{
    GuidanceData d;
    ASSERT_TRUE(replaceOnce(d.text, R"({"id": "CLD.9.5.1", )",
                            std::string(R"({"id": "CLD.9.5.1", "customer": )") + kSomeRole + ", "));
    expectInternalError(d.build(), {"CLD.9.5.1"});
}

TEST(GuidanceFromJson, CustomerTextOnAProviderOnlyExtendedControl)
{
    GuidanceData d;
    ASSERT_TRUE(replaceOnce(d.text, R"({"id": "A.15.1.3", )",
                            std::string(R"({"id": "A.15.1.3", "customer": )") + kSomeRole + ", "));
    expectInternalError(d.build(), {"A.15.1.3"});
}

TEST(GuidanceFromJson, MissingTextForAnAddressedRole)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "A.9.2.3", )");
    ASSERT_FALSE(row.empty());
    std::string broken = row;
    ASSERT_TRUE(replaceOnce(broken, R"("customer": )", R"("customer_removed": )"));
    ASSERT_TRUE(replaceOnce(d.text, row, broken));
    expectInternalError(d.build(), {"A.9.2.3"});
}

TEST(GuidanceFromJson, RoleGivenForTheWrongSide)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "A.15.1.1", )");
    ASSERT_FALSE(row.empty());
    std::string broken = row;
    ASSERT_TRUE(replaceOnce(broken, R"("customer": )", R"("provider": )"));
    ASSERT_TRUE(replaceOnce(d.text, row, broken));
    expectInternalError(d.build(), {"A.15.1.1"});
}

TEST(GuidanceFromJson, MissingEvidence)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "A.12.4.3", )");
    ASSERT_FALSE(row.empty());
    std::string broken = row;
    ASSERT_TRUE(replaceOnce(broken, R"("evidence": )", R"("evidencx": )"));
    ASSERT_TRUE(replaceOnce(d.text, row, broken));
    expectInternalError(d.build(), {"A.12.4.3", "evidence"});
}

TEST(GuidanceFromJson, EmptyJapaneseSummary)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "CLD.13.1.4", )");
    ASSERT_FALSE(row.empty());
    const auto ja = row.find(R"("ja": ")");
    ASSERT_NE(ja, std::string::npos);
    const auto close = row.find('"', ja + 7);
    ASSERT_NE(close, std::string::npos);
    std::string broken = row;
    broken.erase(ja + 7, close - (ja + 7));
    ASSERT_TRUE(replaceOnce(d.text, row, broken));
    expectInternalError(d.build(), {"CLD.13.1.4"});
}

TEST(GuidanceFromJson, MissingEntry)
{
    for (const char* id : {"A.12.4.3", "CLD.13.1.4", "A.18.1.4"})
    {
        SCOPED_TRACE(id);
        GuidanceData d;
        const std::string row = lineWith(d.text, std::string(R"({"id": ")") + id + "\"");
        ASSERT_FALSE(row.empty());
        ASSERT_EQ(row.back(), ',') << "the test removes a line in the middle of the list";
        ASSERT_TRUE(replaceOnce(d.text, row + "\n", ""));
        expectInternalError(d.build(), {id});
    }
}

TEST(GuidanceFromJson, EntryListedTwice)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "A.9.2.3", )");
    ASSERT_FALSE(row.empty());
    ASSERT_TRUE(replaceOnce(d.text, row, row + "\n" + row));
    expectInternalError(d.build(), {"A.9.2.3", "twice"});
}

TEST(GuidanceFromJson, NoteOnARoleBearingEntry)
{
    GuidanceData d;
    ASSERT_TRUE(replaceOnce(d.text, R"({"id": "A.9.2.3", )",
                            R"({"id": "A.9.2.3", "note": {"en": "A note.", "ja": "注記。"}, )"));
    expectInternalError(d.build(), {"A.9.2.3", "note"});
}

TEST(GuidanceFromJson, NoteMissingOnANoteOnlyEntry)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "A.14.2.9", )");
    ASSERT_FALSE(row.empty());
    std::string broken = row;
    ASSERT_TRUE(replaceOnce(broken, R"("note": )", R"("notx": )"));
    ASSERT_TRUE(replaceOnce(d.text, row, broken));
    expectInternalError(d.build(), {"A.14.2.9"});
}

TEST(GuidanceFromJson, RoleTextOnANoteOnlyEntry)
{
    GuidanceData d;
    ASSERT_TRUE(replaceOnce(d.text, R"({"id": "A.18.1.4", )",
                            std::string(R"({"id": "A.18.1.4", "provider": )") + kSomeRole + ", "));
    expectInternalError(d.build(), {"A.18.1.4"});
}

TEST(GuidanceFromJson, UnknownId)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "A.9.2.3", )");
    ASSERT_FALSE(row.empty());
    std::string extra = row;
    ASSERT_TRUE(replaceOnce(extra, R"({"id": "A.9.2.3", )", R"({"id": "A.19.2.3", )"));
    ASSERT_TRUE(replaceOnce(d.text, row, row + "\n" + extra));
    expectInternalError(d.build(), {"A.19.2.3"});
}

TEST(GuidanceFromJson, ControlWithout27017Guidance)
{
    GuidanceData d;
    const std::string row = lineWith(d.text, R"({"id": "A.9.2.3", )");
    ASSERT_FALSE(row.empty());
    std::string extra = row;
    ASSERT_TRUE(replaceOnce(extra, R"({"id": "A.9.2.3", )", R"({"id": "A.5.1.2", )"));
    ASSERT_TRUE(replaceOnce(d.text, row, row + "\n" + extra));
    expectInternalError(d.build(), {"A.5.1.2"});
}

TEST(GuidanceFromJson, NonCanonicalId)
{
    GuidanceData d;
    ASSERT_TRUE(replaceOnce(d.text, R"({"id": "A.9.2.3", )", R"({"id": "A9.2.3", )"));
    expectInternalError(d.build(), {"A9.2.3"});
}

TEST(GuidanceFromJson, InvalidJson)
{
    {
        GuidanceData d;
        d.text.resize(d.text.size() / 2);
        expectInternalError(d.build(), {"cloud guidance"});
    }
    {
        GuidanceData d;
        d.text += "\n}";
        expectInternalError(d.build(), {"cloud guidance"});
    }
    {
        GuidanceData d;
        d.text = "";
        expectInternalError(d.build(), {"cloud guidance"});
    }
    {
        GuidanceData d;
        d.text = "{}";
        expectInternalError(d.build(), {"entries"});
    }
}

// ------------------------------------------------------------------ parseRole

void expectRole(std::u16string_view text, Role expected)
{
    auto r = isms::parseRole(text, 1);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(*r, expected);
}

TEST(ParseRole, EnglishKeywords)
{
    expectRole(u"customer", Role::Customer);
    expectRole(u"provider", Role::Provider);
    expectRole(u"both", Role::Both);
    expectRole(u"cloud service customer", Role::Customer);
    expectRole(u"cloud service provider", Role::Provider);
}

TEST(ParseRole, JapaneseKeywords)
{
    expectRole(u"カスタマ", Role::Customer);
    expectRole(u"プロバイダ", Role::Provider);
    expectRole(u"両方", Role::Both);
    expectRole(u"クラウドサービスカスタマ", Role::Customer);
    expectRole(u"クラウドサービスプロバイダ", Role::Provider);
}

TEST(ParseRole, CaseAndSurroundingSpacesAreIgnored)
{
    expectRole(u"Customer", Role::Customer);
    expectRole(u"PROVIDER", Role::Provider);
    expectRole(u"BoTh", Role::Both);
    expectRole(u"  provider  ", Role::Provider);
    expectRole(u"\u3000両方\u3000", Role::Both);
    expectRole(u" カスタマ", Role::Customer);
}

TEST(ParseRole, RejectsOtherTextWithTheGivenArgIndex)
{
    {
        auto r = isms::parseRole(u"", 2);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(r.error().argIndex, 2);
    }
    {
        auto r = isms::parseRole(u"vendor", 3);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(r.error().argIndex, 3);
        EXPECT_TRUE(contains(r.error().message, "vendor")) << r.error().message;
    }
    for (std::u16string_view bad : {u"   ", u"customers", u"cust", u"provider customer", u"全部"})
    {
        auto r = isms::parseRole(bad, 0);
        EXPECT_FALSE(r.ok());
        if (!r.ok())
        {
            EXPECT_EQ(r.error().argIndex, 0);
        }
    }
}

TEST(RoleName, Names)
{
    EXPECT_EQ(isms::roleName(Role::Customer), "customer");
    EXPECT_EQ(isms::roleName(Role::Provider), "provider");
    EXPECT_EQ(isms::roleName(Role::Both), "both");
}

TEST(RoleBits, AStatedRoleIsItsOwnSetOfRoles)
{
    static_assert((Role::Customer | Role::Provider) == Role::Both);
    EXPECT_TRUE(isms::has(Role::Both, Role::Customer));
    EXPECT_TRUE(isms::has(Role::Both, Role::Provider));
    EXPECT_FALSE(isms::has(Role::Customer, Role::Provider));
    EXPECT_FALSE(isms::has(Role::Both, Role::None));
    // Every stated role parses back to itself and is never None; tables index them 0 … 2.
    for (std::size_t i = 0; i < isms::kStatedRoles.size(); ++i)
    {
        const Role r = isms::kStatedRoles[i];
        EXPECT_NE(r, Role::None);
        EXPECT_EQ(isms::roleIndex(r), i);
        auto parsed = isms::parseRole(isms::toUtf16(isms::roleName(r)), 0);
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(*parsed, r);
    }
    EXPECT_EQ(isms::roleName(Role::None), "");
}

} // namespace
