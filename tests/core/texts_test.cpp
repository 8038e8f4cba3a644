// Texts: the labels and ISMS.GUIDANCE texts a user sees, composed from the catalog, the
// guidance and an optional licensed-text overlay. The expected layout ("… Evidence: …",
// "Customer: …\nProvider: …", "<id>: …" per line on 2022 controls) is written out here.

#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/overlay.hpp"
#include "isms/texts.hpp"
#include "catalog_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Control;
using isms::Edition;
using isms::GuidanceCatalog;
using isms::Lang;
using isms::Role;
using isms::Texts;

constexpr Lang En = Lang::En;
constexpr Lang Ja = Lang::Ja;
constexpr Role kRoles[] = {Role::Customer, Role::Provider, Role::Both};

const Texts& plain()
{
    static const Texts t(cat(), GuidanceCatalog::builtin(), nullptr);
    return t;
}

const isms::RoleGuidance& side(std::string_view id, Role single)
{
    const isms::EntryGuidance* g = GuidanceCatalog::builtin().find(control(id));
    if (!g || !g->forRole(single))
        throw std::runtime_error(std::string(id) + " has no guidance for that role");
    return *g->forRole(single);
}

/// "<summary> Evidence: <evidence>" / "<summary> 証拠：<evidence>".
std::string roleLine(std::string_view id, Role single, Lang l)
{
    const auto& rg = side(id, single);
    return rg.summary.in(l) + (l == Ja ? " 証拠：" : " Evidence: ") + rg.evidence.in(l);
}

std::vector<std::string> lines(std::string_view s)
{
    std::vector<std::string> out;
    if (s.empty())
        return out;
    std::size_t start = 0;
    while (true)
    {
        const auto nl = s.find('\n', start);
        out.emplace_back(s.substr(start, nl == std::string_view::npos ? s.npos : nl - start));
        if (nl == std::string_view::npos)
            return out;
        start = nl + 1;
    }
}

// ------------------------------------------------------------------ titles

TEST(TextsTitle, EqualsTheCatalogLabelWithoutOverlay)
{
    for (Edition e : {Edition::Iso27001_2013, Edition::Iso27001_2022, Edition::Iso27017_2015})
        for (const Control* c : cat().controls(e))
        {
            EXPECT_EQ(plain().title(*c, En), c->title.en) << c->canonical;
            EXPECT_EQ(plain().title(*c, Ja), c->title.ja) << c->canonical;
            EXPECT_FALSE(plain().title(*c, En).empty()) << c->canonical;
            EXPECT_TRUE(hasJapanese(plain().title(*c, Ja))) << c->canonical;
        }
    // The two note-only controls are not in the 27017 list but are 2013 controls.
    EXPECT_EQ(plain().title(control("A.14.2.9"), En), control("A.14.2.9").title.en);
    EXPECT_EQ(plain().title(control("A.18.1.4"), Ja), control("A.18.1.4").title.ja);
}

// ------------------------------------------------------------------ 27017 entries

TEST(TextsGuidance, NoTextForARoleNotAddressed)
{
    EXPECT_EQ(plain().guidance(control("CLD.9.5.1"), Role::Customer, En), "");
    EXPECT_EQ(plain().guidance(control("CLD.9.5.1"), Role::Customer, Ja), "");
    EXPECT_EQ(plain().guidance(control("CLD.13.1.4"), Role::Customer, En), "");
    EXPECT_EQ(plain().guidance(control("A.12.4.3"), Role::Provider, En), "");
    EXPECT_EQ(plain().guidance(control("A.9.2.2"), Role::Customer, Ja), "");
}

TEST(TextsGuidance, SingleRoleIsSummaryPlusEvidence)
{
    const Control& c = control("CLD.9.5.1");
    const auto& p = side("CLD.9.5.1", Role::Provider);
    EXPECT_EQ(plain().guidance(c, Role::Provider, En),
              p.summary.en + " Evidence: " + p.evidence.en);
    EXPECT_EQ(plain().guidance(c, Role::Provider, Ja), p.summary.ja + " 証拠：" + p.evidence.ja);

    const auto& cu = side("A.12.4.3", Role::Customer);
    EXPECT_EQ(plain().guidance(control("A.12.4.3"), Role::Customer, En),
              cu.summary.en + " Evidence: " + cu.evidence.en);
}

TEST(TextsGuidance, CustomerAndProviderTextsOfOneEntryDiffer)
{
    const Control& c = control("A.9.2.3");
    EXPECT_NE(plain().guidance(c, Role::Customer, En), plain().guidance(c, Role::Provider, En));
    EXPECT_NE(plain().guidance(c, Role::Customer, Ja), plain().guidance(c, Role::Provider, Ja));
    EXPECT_NE(plain().guidance(c, Role::Customer, En), plain().guidance(c, Role::Customer, Ja));
}

TEST(TextsGuidance, BothLabelsTheTwoSides)
{
    const Control& c = control("A.9.2.3");
    EXPECT_EQ(plain().guidance(c, Role::Both, En),
              "Customer: " + roleLine("A.9.2.3", Role::Customer, En) +
                  "\nProvider: " + roleLine("A.9.2.3", Role::Provider, En));
    EXPECT_EQ(plain().guidance(c, Role::Both, Ja),
              "カスタマ：" + roleLine("A.9.2.3", Role::Customer, Ja) + "\nプロバイダ：" +
                  roleLine("A.9.2.3", Role::Provider, Ja));
}

TEST(TextsGuidance, BothOnAOneSidedEntryHasOnlyThatSide)
{
    EXPECT_EQ(plain().guidance(control("CLD.9.5.1"), Role::Both, En),
              "Provider: " + roleLine("CLD.9.5.1", Role::Provider, En));
    EXPECT_EQ(plain().guidance(control("CLD.9.5.1"), Role::Both, Ja),
              "プロバイダ：" + roleLine("CLD.9.5.1", Role::Provider, Ja));
    EXPECT_EQ(plain().guidance(control("A.15.1.1"), Role::Both, En),
              "Customer: " + roleLine("A.15.1.1", Role::Customer, En));
}

TEST(TextsGuidance, EveryEntryAndRoleHasTextExactlyWhenAddressed)
{
    for (const Control* c : cat().controls(Edition::Iso27017_2015))
        for (Lang l : {En, Ja})
        {
            const bool cu = isms::has(c->cloudRoles, Role::Customer);
            const bool pr = isms::has(c->cloudRoles, Role::Provider);
            EXPECT_EQ(plain().guidance(*c, Role::Customer, l).empty(), !cu) << c->canonical;
            EXPECT_EQ(plain().guidance(*c, Role::Provider, l).empty(), !pr) << c->canonical;
            EXPECT_FALSE(plain().guidance(*c, Role::Both, l).empty()) << c->canonical;
        }
}

TEST(TextsGuidance, NoteOnlyEntryGivesItsNoteForAnyRole)
{
    for (const char* id : {"A.14.2.9", "A.18.1.4"})
    {
        const isms::EntryGuidance* g = GuidanceCatalog::builtin().find(control(id));
        ASSERT_TRUE(g && g->note) << id;
        for (Role r : kRoles)
        {
            EXPECT_EQ(plain().guidance(control(id), r, En), "Other information: " + g->note->en)
                << id << " " << isms::roleName(r);
            EXPECT_EQ(plain().guidance(control(id), r, Ja), "その他の情報：" + g->note->ja)
                << id << " " << isms::roleName(r);
        }
    }
}

TEST(TextsGuidance, ControlsWithout27017GuidanceAreEmpty)
{
    for (const char* id : {"A.5.1.2", "A.8.1.4", "5.7", "7.4"})
        for (Role r : kRoles)
            for (Lang l : {En, Ja})
                EXPECT_EQ(plain().guidance(control(id), r, l), "")
                    << id << " " << isms::roleName(r);
}

// ------------------------------------------------------------------ 2022 controls

TEST(TextsGuidance2022, CloudServicesControlCarriesTheTwoCldControls)
{
    // 5.23 is new in 2022; 27017 places CLD.6.3.1 and CLD.8.1.5 beside it.
    const Control& c = control("5.23");
    const auto provider = lines(plain().guidance(c, Role::Provider, En));
    ASSERT_EQ(provider.size(), 2u) << plain().guidance(c, Role::Provider, En);
    EXPECT_EQ(provider[0], "CLD.6.3.1: " + roleLine("CLD.6.3.1", Role::Provider, En));
    EXPECT_EQ(provider[1], "CLD.8.1.5: " + roleLine("CLD.8.1.5", Role::Provider, En));

    const auto customerJa = lines(plain().guidance(c, Role::Customer, Ja));
    ASSERT_EQ(customerJa.size(), 2u);
    EXPECT_TRUE(startsWith(customerJa[0], "CLD.6.3.1")) << customerJa[0];
    EXPECT_TRUE(contains(customerJa[0], roleLine("CLD.6.3.1", Role::Customer, Ja)));
    EXPECT_TRUE(startsWith(customerJa[1], "CLD.8.1.5")) << customerJa[1];
}

TEST(TextsGuidance2022, SegregationInNetworksCarriesTenantIsolation)
{
    // 8.22 comes from A.13.1.3 and carries CLD.9.5.1 (provider only); by number 9.5.1 < 13.1.3.
    const Control& c = control("8.22");
    const auto provider = lines(plain().guidance(c, Role::Provider, En));
    ASSERT_EQ(provider.size(), 2u) << plain().guidance(c, Role::Provider, En);
    EXPECT_EQ(provider[0], "CLD.9.5.1: " + roleLine("CLD.9.5.1", Role::Provider, En));
    EXPECT_EQ(provider[1], "A.13.1.3: " + roleLine("A.13.1.3", Role::Provider, En));

    // The customer has no CLD.9.5.1 guidance: only the A.13.1.3 line.
    EXPECT_EQ(plain().guidance(c, Role::Customer, En),
              "A.13.1.3: " + roleLine("A.13.1.3", Role::Customer, En));

    const std::string both(plain().guidance(c, Role::Both, En));
    const auto cld = both.find("CLD.9.5.1");
    const auto a13 = both.find("A.13.1.3");
    ASSERT_NE(cld, std::string::npos) << both;
    ASSERT_NE(a13, std::string::npos) << both;
    EXPECT_LT(cld, a13);
    EXPECT_TRUE(contains(both, roleLine("CLD.9.5.1", Role::Provider, En)));
    EXPECT_TRUE(contains(both, roleLine("A.13.1.3", Role::Customer, En)));
    EXPECT_TRUE(contains(both, roleLine("A.13.1.3", Role::Provider, En)));
}

TEST(TextsGuidance2022, AccessControlCarriesOnlyTheCustomerGuidanceOfA912)
{
    // 5.15 comes from A.9.1.1 (no 27017 guidance) and A.9.1.2 (customer only).
    const Control& c = control("5.15");
    EXPECT_EQ(plain().guidance(c, Role::Customer, En),
              "A.9.1.2: " + roleLine("A.9.1.2", Role::Customer, En));
    EXPECT_EQ(plain().guidance(c, Role::Provider, En), "");
    EXPECT_EQ(plain().guidance(c, Role::Provider, Ja), "");
}

TEST(TextsGuidance2022, NoteOnlyEntryAppearsOnItsNewHome)
{
    // A.14.2.9 (acceptance testing) became part of 8.29.
    const std::string text(plain().guidance(control("8.29"), Role::Customer, En));
    bool found = false;
    for (const std::string& line : lines(text))
        found = found || startsWith(line, "A.14.2.9: Other information: ");
    EXPECT_TRUE(found) << text;
}

TEST(TextsGuidance2022, SingleRoleLinesArePrefixedAndOrderedByNumber)
{
    int nonEmpty = 0;
    for (const Control* c : cat().controls(Edition::Iso27001_2022))
        for (Role r : {Role::Customer, Role::Provider})
            for (Lang l : {En, Ja})
            {
                const std::string text(plain().guidance(*c, r, l));
                std::uint32_t last = 0;
                std::set<std::string> seen;
                for (const std::string& line : lines(text))
                {
                    const auto colon = line.find(": "); // the id prefix is ASCII in both languages
                    ASSERT_NE(colon, std::string::npos) << c->canonical << ": " << line;
                    const std::string id = line.substr(0, colon);
                    auto e = cat().lookup(std::string_view(id));
                    ASSERT_TRUE(e.ok()) << c->canonical << ": line starts '" << id << "'";
                    EXPECT_EQ((*e)->canonical, id);
                    EXPECT_NE((*e)->edition, Edition::Iso27001_2022) << c->canonical;
                    EXPECT_GT((*e)->id.numericKey(), last)
                        << c->canonical << ": " << id << " out of order";
                    last = (*e)->id.numericKey();
                    EXPECT_TRUE(seen.insert(id).second) << c->canonical << ": " << id << " twice";
                    // The entry belongs on this 2022 control.
                    bool placed = false;
                    for (const Control* m : (*e)->mapped)
                        placed = placed || m == c;
                    EXPECT_TRUE(placed) << id << " shown on " << c->canonical;
                }
                nonEmpty += text.empty() ? 0 : 1;
            }
    EXPECT_GT(nonEmpty, 40);
}

// ------------------------------------------------------------------ with an overlay

isms::Overlay overlay(std::string_view json)
{
    auto r = isms::parseOverlay(json, cat());
    if (!r.ok())
        throw std::runtime_error(r.error().message);
    return std::move(r).value();
}

TEST(TextsOverlay, TitleInOneLanguageKeepsTheOther)
{
    const isms::Overlay o = overlay(R"json({"format": "isms-calc-overlay/1",
        "controls": {"5.15": {"title": {"en": "Access control (licensed wording)"}},
                     "A.9.2.3": {"title": {"ja": "特権的アクセス権の管理(ライセンス版)"}}}})json");
    ASSERT_TRUE(o.rejected.empty()) << o.rejected.front();
    const Texts t(cat(), GuidanceCatalog::builtin(), &o);
    EXPECT_EQ(t.title(control("5.15"), En), "Access control (licensed wording)");
    EXPECT_EQ(t.title(control("5.15"), Ja), control("5.15").title.ja);
    EXPECT_EQ(t.title(control("A.9.2.3"), Ja), "特権的アクセス権の管理(ライセンス版)");
    EXPECT_EQ(t.title(control("A.9.2.3"), En), control("A.9.2.3").title.en);
    EXPECT_EQ(t.title(control("5.16"), En), control("5.16").title.en);
    // The overlay changes titles, not guidance.
    EXPECT_EQ(t.guidance(control("A.9.2.3"), Role::Both, En),
              plain().guidance(control("A.9.2.3"), Role::Both, En));
}

TEST(TextsOverlay, GuidanceReplacesTheSummaryAndKeepsTheEvidence)
{
    const isms::Overlay o = overlay(R"({"format": "isms-calc-overlay/1",
        "controls": {"CLD.9.5.1": {"guidance": {"provider": {"en": "Licensed provider text."}}}}})");
    ASSERT_TRUE(o.rejected.empty()) << o.rejected.front();
    const Texts t(cat(), GuidanceCatalog::builtin(), &o);
    const auto& p = side("CLD.9.5.1", Role::Provider);
    EXPECT_EQ(t.guidance(control("CLD.9.5.1"), Role::Provider, En),
              "Licensed provider text. Evidence: " + p.evidence.en);
    // Japanese was not given: built-in.
    EXPECT_EQ(t.guidance(control("CLD.9.5.1"), Role::Provider, Ja),
              roleLine("CLD.9.5.1", Role::Provider, Ja));
    EXPECT_EQ(t.guidance(control("CLD.9.5.1"), Role::Both, En),
              "Provider: Licensed provider text. Evidence: " + p.evidence.en);
    // The 2022 control carrying CLD.9.5.1 shows the licensed text too.
    EXPECT_TRUE(contains(t.guidance(control("8.22"), Role::Provider, En),
                         "CLD.9.5.1: Licensed provider text. Evidence: " + p.evidence.en))
        << t.guidance(control("8.22"), Role::Provider, En);
    // The title is untouched.
    EXPECT_EQ(t.title(control("CLD.9.5.1"), En), control("CLD.9.5.1").title.en);
}

TEST(TextsOverlay, CustomerGuidanceLeavesProviderSideAlone)
{
    const isms::Overlay o = overlay(R"({"format": "isms-calc-overlay/1",
        "controls": {"A.9.2.3": {"guidance": {"customer": {"ja": "ライセンス版の文言。"}}}}})");
    ASSERT_TRUE(o.rejected.empty()) << o.rejected.front();
    const Texts t(cat(), GuidanceCatalog::builtin(), &o);
    const auto& cu = side("A.9.2.3", Role::Customer);
    EXPECT_EQ(t.guidance(control("A.9.2.3"), Role::Customer, Ja),
              "ライセンス版の文言。 証拠：" + cu.evidence.ja);
    EXPECT_EQ(t.guidance(control("A.9.2.3"), Role::Provider, Ja),
              roleLine("A.9.2.3", Role::Provider, Ja));
    EXPECT_EQ(t.guidance(control("A.9.2.3"), Role::Customer, En),
              roleLine("A.9.2.3", Role::Customer, En));
}

TEST(TextsOverlay, EmptyOverlayChangesNothing)
{
    const isms::Overlay o = overlay(R"({"format": "isms-calc-overlay/1", "controls": {}})");
    const Texts t(cat(), GuidanceCatalog::builtin(), &o);
    for (const char* id : {"5.15", "A.9.2.3", "CLD.9.5.1", "8.22", "A.14.2.9"})
        for (Lang l : {En, Ja})
        {
            EXPECT_EQ(t.title(control(id), l), plain().title(control(id), l)) << id;
            for (Role r : kRoles)
                EXPECT_EQ(t.guidance(control(id), r, l), plain().guidance(control(id), r, l)) << id;
        }
}

} // namespace
