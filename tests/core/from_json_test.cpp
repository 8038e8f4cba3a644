// Catalog::fromJson: the real data files build a catalog; broken copies of them are Internal
// errors that name the problem.

#include "isms/catalog.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#ifndef ISMS_DATA_DIR
#error "ISMS_DATA_DIR must name core/data"
#endif

namespace
{

using isms::Catalog;
using isms::Edition;
using isms::ErrorKind;

std::string readFile(const char* name)
{
    const std::string path = std::string(ISMS_DATA_DIR) + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Data
{
    std::string a2013 = readFile("iso27001-2013.json");
    std::string a2022 = readFile("iso27001-2022.json");
    std::string cloud = readFile("iso27017-2015.json");

    isms::Result<Catalog> build() const { return Catalog::fromJson(a2013, a2022, cloud); }
};

/// Replaces the one occurrence of `from` in `text`; fails the test if it is not there once.
::testing::AssertionResult replaceOnce(std::string& text, std::string_view from,
                                       std::string_view to)
{
    const auto pos = text.find(from);
    if (pos == std::string::npos)
        return ::testing::AssertionFailure() << "'" << from << "' not found";
    if (text.find(from, pos + 1) != std::string::npos)
        return ::testing::AssertionFailure() << "'" << from << "' found more than once";
    text.replace(pos, from.size(), to);
    return ::testing::AssertionSuccess();
}

/// The line (without its newline) holding `needle`.
std::string lineWith(const std::string& text, std::string_view needle)
{
    const auto pos = text.find(needle);
    if (pos == std::string::npos)
        return {};
    const auto begin = text.rfind('\n', pos) + 1;
    const auto end = text.find('\n', pos);
    return text.substr(begin, end - begin);
}

void expectInternalError(const isms::Result<Catalog>& r,
                         std::initializer_list<std::string_view> mentions)
{
    ASSERT_FALSE(r.ok()) << "broken data was accepted";
    EXPECT_EQ(r.error().kind, ErrorKind::Internal);
    for (std::string_view m : mentions)
        EXPECT_NE(r.error().message.find(m), std::string::npos)
            << "message does not mention '" << m << "': " << r.error().message;
}

TEST(FromJson, RealDataBuilds)
{
    const Data d;
    auto r = d.build();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->controls(Edition::Iso27001_2013).size(), 114u);
    EXPECT_EQ(r->controls(Edition::Iso27001_2022).size(), 93u);
    EXPECT_EQ(r->controls(Edition::Iso27017_2015).size(), 44u);
    auto c = r->lookup(std::string_view("CLD.9.5.1"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ((*c)->cloudRoles, isms::Role::Provider);
}

TEST(FromJson, BuiltinCatalogLoads)
{
    EXPECT_NO_THROW((void)Catalog::builtin());
}

TEST(FromJson, DuplicateControlId)
{
    Data d;
    const std::string row = lineWith(d.a2013, "{\"id\": \"A.9.2.3\"");
    ASSERT_FALSE(row.empty());
    ASSERT_TRUE(replaceOnce(d.a2013, row, row + "\n" + row));
    expectInternalError(d.build(), {"duplicate", "A.9.2.3"});
}

TEST(FromJson, DuplicateControlIdIn2022)
{
    Data d;
    // 8.34 written twice: the second copy replaces 8.33's id.
    const std::string row = lineWith(d.a2022, "{\"id\": \"8.33\"");
    ASSERT_FALSE(row.empty());
    std::string dup = row;
    ASSERT_TRUE(replaceOnce(dup, "\"id\": \"8.33\"", "\"id\": \"8.34\""));
    ASSERT_TRUE(replaceOnce(d.a2022, row, dup));
    expectInternalError(d.build(), {"duplicate", "8.34"});
}

TEST(FromJson, From2013PointsToUnknownControl)
{
    Data d;
    ASSERT_TRUE(replaceOnce(d.a2022, "\"from2013\": [\"A.9.1.1\", \"A.9.1.2\"]",
                            "\"from2013\": [\"A.9.1.1\", \"A.9.1.2\", \"A.19.1.1\"]"));
    expectInternalError(d.build(), {"unknown", "A.19.1.1", "5.15"});
}

TEST(FromJson, Related2022PointsToUnknownControl)
{
    Data d;
    ASSERT_TRUE(replaceOnce(d.cloud, "\"related2022\": [\"8.9\"]", "\"related2022\": [\"8.35\"]"));
    expectInternalError(d.build(), {"unknown", "8.35", "CLD.9.5.2"});
}

TEST(FromJson, ExtendedPointsToUnknownControl)
{
    Data d;
    ASSERT_TRUE(replaceOnce(d.cloud, "{\"id\": \"A.18.2.1\", \"roles\": \"both\"}",
                            "{\"id\": \"A.18.2.9\", \"roles\": \"both\"}"));
    expectInternalError(d.build(), {"unknown", "A.18.2.9"});
}

TEST(FromJson, MissingJapaneseTitle)
{
    Data d;
    std::string row = lineWith(d.a2013, "{\"id\": \"A.9.2.3\"");
    const auto ja = row.find(", \"ja\": ");
    ASSERT_NE(ja, std::string::npos);
    const auto close = row.find('"', row.find('"', ja + 8) + 1); // end of the ja string
    ASSERT_NE(close, std::string::npos);
    std::string broken = row;
    broken.erase(ja, close + 1 - ja);
    ASSERT_EQ(broken.find("\"ja\""), std::string::npos) << broken;
    ASSERT_TRUE(replaceOnce(d.a2013, row, broken));
    expectInternalError(d.build(), {"A.9.2.3", "ja"});
}

TEST(FromJson, EmptyJapaneseTitle)
{
    Data d;
    ASSERT_TRUE(
        replaceOnce(d.a2022, "\"ja\": \"脅威インテリジェンスの収集と分析\"", "\"ja\": \"\""));
    expectInternalError(d.build(), {"5.7", "title"});
}

TEST(FromJson, MissingCldTitle)
{
    Data d;
    const std::string row = lineWith(d.cloud, "{\"id\": \"CLD.13.1.4\"");
    const auto t = row.find(", \"title\"");
    ASSERT_NE(t, std::string::npos);
    const std::string broken = row.substr(0, t) + (row.back() == ',' ? "}," : "}");
    ASSERT_TRUE(replaceOnce(d.cloud, row, broken));
    expectInternalError(d.build(), {"CLD.13.1.4", "title"});
}

TEST(FromJson, A2013ControlLeftUnmapped)
{
    Data d;
    // 5.15 keeps A.9.1.1, so only A.9.1.2 loses its 2022 home.
    ASSERT_TRUE(replaceOnce(d.a2022, "\"from2013\": [\"A.9.1.1\", \"A.9.1.2\"]",
                            "\"from2013\": [\"A.9.1.1\"]"));
    expectInternalError(d.build(), {"A.9.1.2"});
}

TEST(FromJson, NewFlagContradictsMapping)
{
    Data d;
    const std::string row = lineWith(d.a2022, "{\"id\": \"5.7\"");
    std::string broken = row;
    ASSERT_TRUE(replaceOnce(broken, "\"new\": true", "\"new\": false"));
    ASSERT_TRUE(replaceOnce(d.a2022, row, broken));
    expectInternalError(d.build(), {"5.7", "new"});
}

TEST(FromJson, UnknownCloudRole)
{
    Data d;
    ASSERT_TRUE(replaceOnce(d.cloud, "{\"id\": \"A.15.1.3\", \"roles\": \"provider\"}",
                            "{\"id\": \"A.15.1.3\", \"roles\": \"everyone\"}"));
    expectInternalError(d.build(), {"everyone", "A.15.1.3"});
}

TEST(FromJson, ExtendedListedTwice)
{
    Data d;
    ASSERT_TRUE(replaceOnce(d.cloud, "{\"id\": \"A.18.2.1\", \"roles\": \"both\"}",
                            "{\"id\": \"A.18.2.1\", \"roles\": \"both\"},\n"
                            "    {\"id\": \"A.18.2.1\", \"roles\": \"customer\"}"));
    expectInternalError(d.build(), {"A.18.2.1", "twice"});
}

TEST(FromJson, NonCanonicalId)
{
    Data d;
    ASSERT_TRUE(replaceOnce(d.a2013, "{\"id\": \"A.9.2.3\"", "{\"id\": \"A.09.2.3\""));
    expectInternalError(d.build(), {"A.09.2.3"});
}

TEST(FromJson, InvalidJsonNamesTheFile)
{
    {
        Data d;
        d.a2013.resize(d.a2013.size() / 2);
        expectInternalError(d.build(), {"27001:2013"});
    }
    {
        Data d;
        d.a2022 += "\n}";
        expectInternalError(d.build(), {"27001:2022"});
    }
    {
        Data d;
        ASSERT_TRUE(replaceOnce(d.cloud, "\"base\": \"27001:2013\",", "\"base\": \"27001:2013\""));
        expectInternalError(d.build(), {"27017:2015"});
    }
    {
        Data d;
        d.cloud = "";
        expectInternalError(d.build(), {"27017:2015"});
    }
}

TEST(FromJson, MissingSectionIsAnErrorNotACrash)
{
    Data d;
    ASSERT_TRUE(replaceOnce(d.a2013, "\"objectives\":", "\"objectivez\":"));
    auto r = d.build();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Internal);
}

TEST(FromJson, MinimalHandWrittenCatalog)
{
    // A tiny but consistent catalog: one control per edition.
    const std::string a2013 = R"({
        "clauses": [{"id": "A.5", "title": {"en": "Policies", "ja": "方針"}}],
        "objectives": [{"id": "A.5.1", "title": {"en": "Direction", "ja": "方向付け"}}],
        "controls": [{"id": "A.5.1.1", "title": {"en": "Policy", "ja": "方針書"}}]
    })";
    const std::string a2022 = R"({
        "themes": [{"id": "5", "key": "organizational", "title": {"en": "Org", "ja": "組織"}}],
        "controls": [
            {"id": "5.1", "title": {"en": "Policy", "ja": "方針"}, "new": false,
             "from2013": ["A.5.1.1"]},
            {"id": "5.7", "title": {"en": "Threats", "ja": "脅威"}, "new": true, "from2013": []}
        ]
    })";
    const std::string cloud = R"(// a comment line
    {
        "objectives": [],
        "controls": [],
        "extended": [{"id": "A.5.1.1", "roles": "customer"}]
    })";
    auto r = Catalog::fromJson(a2013, a2022, cloud);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->controls(Edition::Iso27001_2013).size(), 1u);
    EXPECT_EQ(r->controls(Edition::Iso27001_2022).size(), 2u);
    ASSERT_EQ(r->controls(Edition::Iso27017_2015).size(), 1u);
    auto c = r->lookup(std::string_view("5.1"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ((*c)->cloudRoles, isms::Role::Customer);

    // The same with the 2013 control listed twice.
    std::string dup = a2013;
    ASSERT_TRUE(replaceOnce(dup, R"({"id": "A.5.1.1", "title": {"en": "Policy", "ja": "方針書"}})",
                            R"({"id": "A.5.1.1", "title": {"en": "Policy", "ja": "方針書"}},
                               {"id": "A.5.1.1", "title": {"en": "Policy 2", "ja": "方針2"}})"));
    expectInternalError(Catalog::fromJson(dup, a2022, cloud), {"duplicate", "A.5.1.1"});
}

} // namespace
