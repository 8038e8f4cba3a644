// The catalog's controls: which exist, their structure (clause, objective, theme), and their
// labels. Expectations are written here independently of core/data.

#include "isms/catalog.hpp"
#include "catalog_support.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Catalog;
using isms::Control;
using isms::Edition;
using isms::ErrorKind;

// ------------------------------------------------------------------ expected structure

/// ISO/IEC 27001:2013 Annex A: each control objective and how many controls it has.
struct Objective2013
{
    int clause, objective, controls;
};
constexpr Objective2013 kObjectives2013[] = {
    {5, 1, 2},  {6, 1, 5},  {6, 2, 2},  {7, 1, 2},  {7, 2, 3},  {7, 3, 1},  {8, 1, 4},
    {8, 2, 3},  {8, 3, 3},  {9, 1, 2},  {9, 2, 6},  {9, 3, 1},  {9, 4, 5},  {10, 1, 2},
    {11, 1, 6}, {11, 2, 9}, {12, 1, 4}, {12, 2, 1}, {12, 3, 1}, {12, 4, 4}, {12, 5, 1},
    {12, 6, 2}, {12, 7, 1}, {13, 1, 3}, {13, 2, 4}, {14, 1, 3}, {14, 2, 9}, {14, 3, 1},
    {15, 1, 3}, {15, 2, 2}, {16, 1, 7}, {17, 1, 3}, {17, 2, 1}, {18, 1, 5}, {18, 2, 3},
};

std::vector<std::string> expected2013Ids()
{
    std::vector<std::string> out;
    for (const Objective2013& o : kObjectives2013)
        for (int k = 1; k <= o.controls; ++k)
            out.push_back("A." + std::to_string(o.clause) + "." + std::to_string(o.objective) +
                          "." + std::to_string(k));
    return out;
}

/// ISO/IEC 27001:2022 Annex A: theme number, its key, and how many controls it has.
struct Theme2022
{
    int theme;
    const char* key;
    int controls;
};
constexpr Theme2022 kThemes2022[] = {
    {5, "organizational", 37}, {6, "people", 8}, {7, "physical", 14}, {8, "technological", 34}};

std::vector<std::string> expected2022Ids()
{
    std::vector<std::string> out;
    for (const Theme2022& t : kThemes2022)
        for (int k = 1; k <= t.controls; ++k)
            out.push_back(std::to_string(t.theme) + "." + std::to_string(k));
    return out;
}

const std::set<std::string> kNew2022 = {"5.7",  "5.23", "5.30", "7.4",  "8.9", "8.10",
                                        "8.11", "8.12", "8.16", "8.23", "8.28"};

TEST(ExpectedTables, AddUp)
{
    // The tables above are hand-written: check them against the well-known totals.
    int controls = 0;
    std::set<int> clauses;
    for (const Objective2013& o : kObjectives2013)
    {
        controls += o.controls;
        clauses.insert(o.clause);
    }
    EXPECT_EQ(controls, 114);
    EXPECT_EQ(std::size(kObjectives2013), 35u);
    EXPECT_EQ(clauses.size(), 14u);
    EXPECT_EQ(*clauses.begin(), 5);
    EXPECT_EQ(*clauses.rbegin(), 18);
    EXPECT_EQ(expected2022Ids().size(), 93u);
    EXPECT_EQ(kNew2022.size(), 11u);
}

// ------------------------------------------------------------------ lookup

TEST(CatalogLookup, UnknownIdsAreInvalidArguments)
{
    for (const char* id :
         {"A.19.1.1", "A.5.1.3", "5.38", "8.35", "CLD.6.3.2", "6.9", "7.15", "A.4.1.1", "A.9.2.7",
          "A.12.8.1", "4.1", "9.1", "CLD.6.4.1", "CLD.8.1.4", "CLD.9.5.3", "CLD.14.1.1"})
    {
        SCOPED_TRACE(id);
        auto r = cat().lookup(std::string_view(id));
        ASSERT_FALSE(r.ok()) << "found " << (*r)->canonical;
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(r.error().argIndex, 0);
        EXPECT_NE(r.error().message.find(id), std::string::npos) << r.error().message;

        std::u16string text(id, id + std::char_traits<char>::length(id));
        auto r16 = cat().lookup(std::u16string_view(text));
        ASSERT_FALSE(r16.ok());
        EXPECT_EQ(r16.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(r16.error().argIndex, 0);
    }
}

TEST(CatalogLookup, MalformedIdsAreInvalidArguments)
{
    for (const char* id : {"", "A.9", "hello", "5.15a"})
    {
        SCOPED_TRACE(id);
        auto r = cat().lookup(std::string_view(id));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(r.error().argIndex, 0);
    }
}

TEST(CatalogLookup, FindsWrittenVariants)
{
    struct Case
    {
        std::u16string text;
        const char* canonical;
        Edition edition;
    };
    const Case cases[] = {
        {u"A.9.2.3", "A.9.2.3", Edition::Iso27001_2013},
        {u"Ａ．９．２．３", "A.9.2.3", Edition::Iso27001_2013},
        {u"9.2.3 特権", "A.9.2.3", Edition::Iso27001_2013},
        {u"5.15", "5.15", Edition::Iso27001_2022},
        {u"A.5.15", "5.15", Edition::Iso27001_2022},
        {u"8.34", "8.34", Edition::Iso27001_2022},
        {u"cld 9.5.1", "CLD.9.5.1", Edition::Iso27017_2015},
        {u"A.18.2.3", "A.18.2.3", Edition::Iso27001_2013},
    };
    for (const Case& c : cases)
    {
        SCOPED_TRACE(c.canonical);
        auto r = cat().lookup(std::u16string_view(c.text));
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ((*r)->canonical, c.canonical);
        EXPECT_EQ((*r)->edition, c.edition);
        auto id = isms::parseControlId(std::string_view(c.canonical));
        ASSERT_TRUE(id.ok());
        EXPECT_EQ(cat().find(*id), *r);
    }
}

// ------------------------------------------------------------------ 27001:2013

TEST(Catalog2013, ExactlyTheAnnexAControlsInOrder)
{
    EXPECT_EQ(ids(cat().controls(Edition::Iso27001_2013)), expected2013Ids());
}

TEST(Catalog2013, EveryExpectedControlIsFoundWithItsClauseAndObjective)
{
    for (const Objective2013& o : kObjectives2013)
    {
        const std::string clause = "A." + std::to_string(o.clause);
        const std::string objective = clause + "." + std::to_string(o.objective);
        for (int k = 1; k <= o.controls + 1; ++k)
        {
            const std::string id = objective + "." + std::to_string(k);
            SCOPED_TRACE(id);
            auto r = cat().lookup(std::string_view(id));
            if (k > o.controls)
            {
                EXPECT_FALSE(r.ok()) << "one control too many in " << objective;
                continue;
            }
            ASSERT_TRUE(r.ok()) << r.error().message;
            const Control& c = **r;
            EXPECT_EQ(c.canonical, id);
            EXPECT_EQ(c.edition, Edition::Iso27001_2013);
            EXPECT_FALSE(c.isNew);
            ASSERT_NE(c.clause, nullptr);
            EXPECT_EQ(c.clause->id, clause);
            ASSERT_NE(c.objective, nullptr);
            EXPECT_EQ(c.objective->id, objective);
        }
    }
}

TEST(Catalog2013, ClausesAndObjectives)
{
    std::vector<std::string> clauses;
    for (const isms::Group& g : cat().clauses2013())
        clauses.push_back(g.id);
    std::vector<std::string> expectedClauses;
    for (int k = 5; k <= 18; ++k)
        expectedClauses.push_back("A." + std::to_string(k));
    EXPECT_EQ(clauses, expectedClauses);

    std::set<std::string> objectives;
    for (const isms::Group& g : cat().objectives())
        objectives.insert(g.id);
    std::set<std::string> expectedObjectives = {"CLD.6.3", "CLD.9.5"};
    for (const Objective2013& o : kObjectives2013)
        expectedObjectives.insert("A." + std::to_string(o.clause) + "." +
                                  std::to_string(o.objective));
    EXPECT_EQ(objectives, expectedObjectives);
    EXPECT_EQ(cat().objectives().size(), 37u) << "an objective is listed twice";
}

// ------------------------------------------------------------------ 27001:2022

TEST(Catalog2022, ExactlyTheAnnexAControlsInOrder)
{
    EXPECT_EQ(ids(cat().controls(Edition::Iso27001_2022)), expected2022Ids());
}

TEST(Catalog2022, ThemeOfEveryControl)
{
    for (const Theme2022& t : kThemes2022)
    {
        for (int k = 1; k <= t.controls + 1; ++k)
        {
            const std::string id = std::to_string(t.theme) + "." + std::to_string(k);
            SCOPED_TRACE(id);
            auto r = cat().lookup(std::string_view(id));
            if (k > t.controls)
            {
                EXPECT_FALSE(r.ok()) << "one control too many in theme " << t.theme;
                continue;
            }
            ASSERT_TRUE(r.ok()) << r.error().message;
            const Control& c = **r;
            EXPECT_EQ(c.edition, Edition::Iso27001_2022);
            ASSERT_NE(c.clause, nullptr);
            EXPECT_EQ(c.clause->id, std::to_string(t.theme));
            EXPECT_EQ(c.clause->key, t.key);
            EXPECT_EQ(c.objective, nullptr);
        }
    }
}

TEST(Catalog2022, Themes)
{
    ASSERT_EQ(cat().themes2022().size(), 4u);
    for (std::size_t k = 0; k < 4; ++k)
    {
        EXPECT_EQ(cat().themes2022()[k].id, std::to_string(kThemes2022[k].theme));
        EXPECT_EQ(cat().themes2022()[k].key, kThemes2022[k].key);
    }
}

TEST(Catalog2022, ExactlyTheElevenNewControlsAreNew)
{
    std::set<std::string> flagged;
    for (const Control* c : cat().controls(Edition::Iso27001_2022))
        if (c->isNew)
            flagged.insert(c->canonical);
    EXPECT_EQ(flagged, kNew2022);
}

// ------------------------------------------------------------------ labels

/// Decodes UTF-8; false on malformed input.
bool decodeUtf8(std::string_view s, std::u32string& out)
{
    out.clear();
    for (std::size_t i = 0; i < s.size();)
    {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
        if ((b & 0xC0) == 0x80 || b >= 0xF8 || i + len > s.size())
            return false;
        char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < len; ++k)
        {
            const auto cb = static_cast<unsigned char>(s[i + k]);
            if ((cb & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cb & 0x3F);
        }
        out += cp;
        i += len;
    }
    return true;
}

bool isJapanese(char32_t c)
{
    return (c >= 0x3040 && c <= 0x309F) || // hiragana
           (c >= 0x30A0 && c <= 0x30FF) || // katakana
           (c >= 0x3400 && c <= 0x4DBF) || // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) || // CJK unified ideographs
           (c >= 0xF900 && c <= 0xFAFF) || // CJK compatibility ideographs
           (c >= 0xFF66 && c <= 0xFF9F);   // half-width katakana
}

/// Printable ASCII, no control characters, no leading or trailing space.
bool isPlainEnglish(std::string_view s)
{
    for (char ch : s)
    {
        const auto u = static_cast<unsigned char>(ch);
        if (u < 0x20 || u > 0x7E)
            return false;
    }
    return !s.empty() && s.front() != ' ' && s.back() != ' ';
}

void checkLabels(const Control& c)
{
    SCOPED_TRACE(c.canonical);
    const std::string& en = c.title.en;
    EXPECT_FALSE(en.empty());
    EXPECT_LE(en.size(), 60u) << en;
    EXPECT_TRUE(isPlainEnglish(en)) << "'" << en << "'";

    const std::string& ja = c.title.ja;
    EXPECT_FALSE(ja.empty());
    std::u32string cps;
    ASSERT_TRUE(decodeUtf8(ja, cps)) << "ja label is not valid UTF-8";
    EXPECT_LE(cps.size(), 30u) << ja;
    bool japanese = false;
    for (char32_t cp : cps)
        japanese = japanese || isJapanese(cp);
    EXPECT_TRUE(japanese) << "no Japanese character in '" << ja << "'";
    EXPECT_NE(ja, en);
}

TEST(Labels, EveryControlHasUsableEnglishAndJapaneseLabels)
{
    std::size_t checked = 0;
    for (Edition e : {Edition::Iso27001_2013, Edition::Iso27001_2022, Edition::Iso27017_2015})
        for (const Control* c : cat().controls(e))
        {
            checkLabels(*c);
            ++checked;
        }
    EXPECT_EQ(checked, 114u + 93u + 44u);
}

void expectUniqueLabels(Edition e)
{
    for (isms::Lang lang : {isms::Lang::En, isms::Lang::Ja})
    {
        std::map<std::string, std::vector<std::string>> byLabel;
        for (const Control* c : cat().controls(e))
            byLabel[c->title.in(lang)].push_back(c->canonical);
        for (const auto& [label, who] : byLabel)
        {
            if (who.size() < 2)
                continue;
            std::string list;
            for (const std::string& id : who)
                list += (list.empty() ? "" : ", ") + id;
            ADD_FAILURE() << isms::editionName(e) << (lang == isms::Lang::En ? " en" : " ja")
                          << " label '" << label << "' is shared by " << list;
        }
    }
}

TEST(Labels, UniqueWithin2013)
{
    expectUniqueLabels(Edition::Iso27001_2013);
}
TEST(Labels, UniqueWithin2022)
{
    expectUniqueLabels(Edition::Iso27001_2022);
}
TEST(Labels, UniqueWithin27017List)
{
    expectUniqueLabels(Edition::Iso27017_2015);
}

TEST(Labels, GroupsHaveLabelsInBothLanguages)
{
    std::vector<const isms::Group*> groups;
    for (const auto* list : {&cat().clauses2013(), &cat().objectives(), &cat().themes2022()})
        for (const isms::Group& g : *list)
            groups.push_back(&g);
    EXPECT_EQ(groups.size(), 14u + 37u + 4u);
    for (const isms::Group* g : groups)
    {
        SCOPED_TRACE(g->id);
        EXPECT_TRUE(isPlainEnglish(g->title.en)) << "'" << g->title.en << "'";
        std::u32string cps;
        ASSERT_TRUE(decodeUtf8(g->title.ja, cps));
        bool japanese = false;
        for (char32_t cp : cps)
            japanese = japanese || isJapanese(cp);
        EXPECT_TRUE(japanese) << g->title.ja;
    }
}

TEST(Names, EditionAndRoleNames)
{
    EXPECT_EQ(isms::editionName(Edition::Iso27001_2013), "27001:2013");
    EXPECT_EQ(isms::editionName(Edition::Iso27001_2022), "27001:2022");
    EXPECT_EQ(isms::editionName(Edition::Iso27017_2015), "27017:2015");
    EXPECT_EQ(isms::roleName(isms::Role::None), "");
    EXPECT_EQ(isms::roleName(isms::Role::Customer), "customer");
    EXPECT_EQ(isms::roleName(isms::Role::Provider), "provider");
    EXPECT_EQ(isms::roleName(isms::Role::Both), "both");
    using isms::Role;
    EXPECT_EQ(Role::Customer | Role::Provider, Role::Both);
    EXPECT_TRUE(isms::has(Role::Both, Role::Customer));
    EXPECT_TRUE(isms::has(Role::Both, Role::Provider));
    EXPECT_FALSE(isms::has(Role::Customer, Role::Provider));
    EXPECT_FALSE(isms::has(Role::None, Role::None));
    EXPECT_FALSE(isms::has(Role::Both, Role::None));
}

} // namespace
