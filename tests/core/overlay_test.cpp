// The licensed-text overlay: a file that is not an overlay is refused whole; inside a valid file
// each bad part is rejected on its own and the rest is kept; ISMS.OVERLAY() reports what happened.

#include "isms/catalog.hpp"
#include "isms/overlay.hpp"
#include "catalog_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace
{

using namespace isms::test;

using isms::ErrorKind;
using isms::Lang;
using isms::Overlay;
using isms::OverlayEntry;

/// An overlay file around a "controls" object body.
std::string file(std::string_view controls)
{
    return R"({"format": "isms-calc-overlay/1", "source": "Test publication", "controls": {)" +
           std::string(controls) + "}}";
}

Overlay parsed(std::string_view json)
{
    auto r = isms::parseOverlay(json, cat());
    if (!r.ok())
        throw std::runtime_error("overlay refused: " + r.error().message);
    return std::move(r).value();
}

const OverlayEntry* entryFor(const Overlay& o, std::string_view id)
{
    for (const OverlayEntry& e : o.entries)
        if (e.control == &control(id))
            return &e;
    return nullptr;
}

std::string joined(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v)
        out += "[" + s + "] ";
    return out;
}

void expectRefused(std::string_view json, std::string_view mention = {})
{
    auto r = isms::parseOverlay(json, cat());
    ASSERT_FALSE(r.ok()) << "accepted: " << json.substr(0, 200);
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument) << r.error().message;
    EXPECT_FALSE(r.error().message.empty());
    if (!mention.empty())
    {
        EXPECT_TRUE(contains(r.error().message, mention)) << r.error().message;
    }
}

// ------------------------------------------------------------------ whole file

TEST(ParseOverlay, ValidFileLoads)
{
    const Overlay o =
        parsed(file(R"("5.15": {"title": {"en": "Access control", "ja": "アクセス制御"}},
        "CLD.9.5.1": {"guidance": {"provider": {"en": "Isolate tenants.", "ja": "分離する。"}}})"));
    EXPECT_TRUE(o.rejected.empty()) << joined(o.rejected);
    EXPECT_EQ(o.source, "Test publication");
    ASSERT_EQ(o.entries.size(), 2u);
    const OverlayEntry* t = entryFor(o, "5.15");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->title.en, "Access control");
    EXPECT_EQ(t->title.ja, "アクセス制御");
    EXPECT_EQ(t->title.in(Lang::Ja), t->title.ja);
    EXPECT_FALSE(t->customer.en || t->customer.ja || t->provider.en || t->provider.ja);
    const OverlayEntry* g = entryFor(o, "CLD.9.5.1");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->provider.en, "Isolate tenants.");
    EXPECT_EQ(g->provider.ja, "分離する。");
    EXPECT_FALSE(g->title.en.has_value());
}

TEST(ParseOverlay, IdsAreReadAsUsersWriteThem)
{
    const Overlay o =
        parsed(file(R"("a9.2.3": {"title": {"en": "X"}}, "CLD 6.3.1": {"title": {"en": "Y"}})"));
    EXPECT_TRUE(o.rejected.empty()) << joined(o.rejected);
    EXPECT_NE(entryFor(o, "A.9.2.3"), nullptr);
    EXPECT_NE(entryFor(o, "CLD.6.3.1"), nullptr);
}

TEST(ParseOverlay, CommentsAreAllowed)
{
    const Overlay o = parsed("// licensed titles\n" +
                             file("/* the access control title */ \"5.15\": {\"title\": {\"en\": "
                                  "\"Access control\"}} // done\n"));
    EXPECT_TRUE(o.rejected.empty()) << joined(o.rejected);
    EXPECT_NE(entryFor(o, "5.15"), nullptr);
}

TEST(ParseOverlay, NotJsonIsRefused)
{
    expectRefused("this is not JSON", "JSON");
    expectRefused("");
    expectRefused(R"({"format": "isms-calc-overlay/1", "controls": {)", "JSON");
}

TEST(ParseOverlay, WrongOrMissingFormatIsRefused)
{
    expectRefused(R"({"format": "isms-calc-overlay/2", "controls": {}})", "format");
    expectRefused(R"({"controls": {"5.15": {"title": {"en": "X"}}}})", "format");
    expectRefused(R"({"format": 1, "controls": {}})", "format");
    expectRefused(R"(["isms-calc-overlay/1"])");
    expectRefused(R"("isms-calc-overlay/1")");
}

TEST(ParseOverlay, MissingControlsObjectIsRefused)
{
    expectRefused(R"({"format": "isms-calc-overlay/1"})", "controls");
    expectRefused(R"({"format": "isms-calc-overlay/1", "controls": []})", "controls");
    expectRefused(R"({"format": "isms-calc-overlay/1", "controls": "5.15"})", "controls");
}

TEST(ParseOverlay, LargerThanFourMiBIsRefused)
{
    const std::string body = file(R"("5.15": {"title": {"en": "X"}})");
    std::string big = body + std::string(isms::kMaxOverlayBytes + 1 - body.size(), ' ');
    ASSERT_EQ(big.size(), isms::kMaxOverlayBytes + 1);
    expectRefused(big, "MiB");

    // Exactly at the limit is still read.
    big.pop_back();
    auto r = isms::parseOverlay(big, cat());
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->entries.size(), 1u);
}

TEST(ParseOverlay, KeyGivenTwiceIsRefused)
{
    // nlohmann kept the last silently; the first of two spellings wins, one spelling twice is
    // refused naming the key.
    expectRefused(
        file(R"("5.15": {"title": {"en": "First"}}, "5.15": {"title": {"en": "Second"}})"),
        R"(the overlay file: the key "5.15" is given twice in one object)");
    expectRefused(file(R"("5.15": {"title": {"en": "First", "en": "Second"}})"),
                  R"(the key "en" is given twice)");
    expectRefused(R"({"format": "isms-calc-overlay/1", "controls": {}, "controls": {}})",
                  R"(the key "controls" is given twice)");
}

TEST(ParseOverlay, DeepNestingIsRefusedWithoutOverflowingTheStack)
{
    expectRefused(deepArrays(10000), "the overlay file: it is nested deeper than 64 levels");
    expectRefused(deepObjects(10000), "the overlay file: it is nested deeper than 64 levels");
    expectRefused(file(R"("5.15": {"title": )" + deepObjects(10000) + "}"),
                  "nested deeper than 64 levels");
}

TEST(ParseOverlay, KeyWithTitleAfterTheId)
{
    const Overlay o = parsed(file(R"("5.15 アクセス制御": {"title": {"en": "X"}})"));
    EXPECT_TRUE(o.rejected.empty()) << joined(o.rejected);
    EXPECT_NE(entryFor(o, "5.15"), nullptr);
}

TEST(ParseOverlay, LongSourceIsShortenedToWholeCharacters)
{
    // ISMS.OVERLAY() shows the source; a shortened Japanese source must stay valid UTF-8.
    std::string src;
    for (int i = 0; i < 100; ++i)
        src += "情報";
    const Overlay o =
        parsed(R"({"format": "isms-calc-overlay/1", "source": ")" + src + R"(", "controls": {}})");
    EXPECT_FALSE(o.source.empty());
    EXPECT_LT(o.source.size(), src.size());
    EXPECT_TRUE(startsWith(src, o.source));
    EXPECT_TRUE(isValidUtf8(o.source))
        << "source cut inside a character (" << o.source.size() << " bytes)";
    const isms::Result<Overlay> loaded(o);
    EXPECT_TRUE(isValidUtf8(isms::overlayStatus("o.json", &loaded, Lang::Ja)));

    const std::string ascii(300, 'a');
    const Overlay a = parsed(R"({"format": "isms-calc-overlay/1", "source": ")" + ascii +
                             R"(", "controls": {}})");
    EXPECT_FALSE(a.source.empty());
    EXPECT_LT(a.source.size(), ascii.size());
    EXPECT_TRUE(startsWith(ascii, a.source));
}

TEST(ParseOverlay, EmptyControlsIsValid)
{
    const Overlay o = parsed(file(""));
    EXPECT_TRUE(o.entries.empty());
    EXPECT_TRUE(o.rejected.empty());
}

// ------------------------------------------------------------------ parts rejected one by one

/// Parses a file holding one valid part (5.15's English title) plus `bad`; expects exactly
/// `rejections` rejected lines, each naming `id`, and the valid part kept.
Overlay withOneGoodPart(std::string_view bad, std::string_view id, std::size_t rejections = 1)
{
    const Overlay o =
        parsed(file(R"("5.15": {"title": {"en": "Good title"}}, )" + std::string(bad)));
    EXPECT_EQ(o.rejected.size(), rejections) << joined(o.rejected);
    for (const std::string& line : o.rejected)
        EXPECT_TRUE(contains(line, id)) << "rejection does not name " << id << ": " << line;
    const OverlayEntry* good = entryFor(o, "5.15");
    EXPECT_NE(good, nullptr) << "the valid part was dropped";
    if (good)
    {
        EXPECT_EQ(good->title.en, "Good title");
    }
    return o;
}

TEST(ParseOverlayParts, UnknownId)
{
    const Overlay o = withOneGoodPart(R"("A.19.1.1": {"title": {"en": "X"}})", "A.19.1.1");
    EXPECT_EQ(o.entries.size(), 1u);
    withOneGoodPart(R"("8.35": {"title": {"en": "X"}})", "8.35");
    withOneGoodPart(R"("CLD.9.5.9": {"title": {"en": "X"}})", "CLD.9.5.9");
    withOneGoodPart(R"("not an id": {"title": {"en": "X"}})", "not an id");
}

TEST(ParseOverlayParts, UnknownJapaneseKeyGivesValidUtf8)
{
    // A Japanese key that is not an id: the rejection (and ISMS.OVERLAY()) must stay valid
    // UTF-8 however the key is shortened.
    const std::string key = "アクセス制御の規則についての独自の管理策";
    const Overlay o = withOneGoodPart("\"" + key + R"(": {"title": {"en": "X"}})", "アクセス制御");
    ASSERT_EQ(o.rejected.size(), 1u);
    EXPECT_TRUE(isValidUtf8(o.rejected[0])) << "rejection cut inside a character";
    const isms::Result<Overlay> loaded(o);
    EXPECT_TRUE(isValidUtf8(isms::overlayStatus("o.json", &loaded, Lang::En)));
}

TEST(ParseOverlayParts, LongJapaneseKeyGivesValidUtf8)
{
    // Longer than 64 bytes: the id parser's own quote of the text is shortened too.
    const std::string key = "クラウドサービスカスタマとプロバイダの責任分担に関する独自の管理策";
    ASSERT_GT(key.size(), 64u);
    const Overlay o = withOneGoodPart("\"" + key + R"(": {"title": {"en": "X"}})", "クラウド");
    ASSERT_EQ(o.rejected.size(), 1u);
    const std::string& line = o.rejected[0];
    const auto quote = line.find('\'');
    ASSERT_NE(quote, std::string::npos) << line;
    EXPECT_TRUE(isValidUtf8(line.substr(0, quote))) << "the key prefix is cut inside a character";
    EXPECT_TRUE(isValidUtf8(line.substr(quote))) << "the quoted key is cut inside a character";
}

TEST(ParseOverlayParts, SameControlInTwoSpellings)
{
    const Overlay o = withOneGoodPart(
        R"("A.9.2.3": {"title": {"en": "First"}}, "A9.2.3": {"title": {"en": "Second"}})",
        "A.9.2.3");
    ASSERT_EQ(o.rejected.size(), 1u);
    EXPECT_TRUE(contains(o.rejected[0], "twice")) << o.rejected[0];
    EXPECT_EQ(o.entries.size(), 2u);
    int count = 0;
    for (const OverlayEntry& e : o.entries)
        count += e.control == &control("A.9.2.3") ? 1 : 0;
    EXPECT_EQ(count, 1);
    // The first spelling in the file wins, whatever the keys' sort order.
    const Overlay swapped = withOneGoodPart(
        R"("A9.2.3": {"title": {"en": "First"}}, "A.9.2.3": {"title": {"en": "Second"}})",
        "A.9.2.3");
    const OverlayEntry* first = entryFor(swapped, "A.9.2.3");
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->title.en.value_or(""), "First");
}

TEST(ParseOverlayParts, NonObjectEntry)
{
    const Overlay o = withOneGoodPart(R"("5.16": "Identity management")", "5.16");
    EXPECT_EQ(entryFor(o, "5.16"), nullptr);
    withOneGoodPart(R"("5.16": null)", "5.16");
    withOneGoodPart(R"("5.16": ["x"])", "5.16");
}

TEST(ParseOverlayParts, UnknownFieldKeepsTheKnownOnes)
{
    const Overlay o =
        withOneGoodPart(R"("5.17": {"titel": {"en": "X"}, "title": {"en": "Kept"}})", "titel");
    const OverlayEntry* e = entryFor(o, "5.17");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->title.en, "Kept");
    EXPECT_TRUE(contains(o.rejected[0], "5.17")) << o.rejected[0];
}

TEST(ParseOverlayParts, UnknownLanguage)
{
    const Overlay o = withOneGoodPart(R"("5.18": {"title": {"fr": "Droits", "ja": "権限"}})", "fr");
    const OverlayEntry* e = entryFor(o, "5.18");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->title.ja, "権限");
    EXPECT_FALSE(e->title.en.has_value());
    EXPECT_TRUE(contains(o.rejected[0], "5.18")) << o.rejected[0];
}

TEST(ParseOverlayParts, NonStringText)
{
    const Overlay o = withOneGoodPart(R"("5.19": {"title": {"en": 5, "ja": "供給者"}})", "5.19");
    const OverlayEntry* e = entryFor(o, "5.19");
    ASSERT_NE(e, nullptr);
    EXPECT_FALSE(e->title.en.has_value());
    EXPECT_EQ(e->title.ja, "供給者");
    withOneGoodPart(R"("5.19": {"title": "Supplier relationships"})", "5.19");
    withOneGoodPart(R"("5.19": {"title": {"en": null}})", "5.19");
}

TEST(ParseOverlayParts, EmptyText)
{
    const Overlay o = withOneGoodPart(R"("5.20": {"title": {"en": ""}})", "5.20");
    EXPECT_EQ(entryFor(o, "5.20"), nullptr) << "an entry with nothing accepted is not loaded";
    EXPECT_EQ(o.entries.size(), 1u);
}

TEST(ParseOverlayParts, TextLongerThanTheLimit)
{
    const std::string tooLong(isms::kMaxOverlayText + 1, 'x');
    const std::string atLimit(isms::kMaxOverlayText, 'y');
    const Overlay o = withOneGoodPart(
        R"("5.21": {"title": {"en": ")" + tooLong + R"(", "ja": ")" + atLimit + R"("}})", "5.21");
    const OverlayEntry* e = entryFor(o, "5.21");
    ASSERT_NE(e, nullptr);
    EXPECT_FALSE(e->title.en.has_value());
    EXPECT_EQ(e->title.ja, atLimit);
    // The rejection line does not repeat the text.
    EXPECT_LT(o.rejected[0].size(), 500u);
}

TEST(ParseOverlayParts, GuidanceForARoleNotAddressed)
{
    // CLD.9.5.1 addresses only the provider; A.12.4.3 only the customer.
    Overlay o = withOneGoodPart(
        R"("CLD.9.5.1": {"guidance": {"customer": {"en": "X"}, "provider": {"en": "Kept"}}})",
        "CLD.9.5.1");
    const OverlayEntry* e = entryFor(o, "CLD.9.5.1");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->provider.en, "Kept");
    EXPECT_FALSE(e->customer.en.has_value());
    EXPECT_TRUE(contains(o.rejected[0], "customer")) << o.rejected[0];

    o = withOneGoodPart(R"("A.12.4.3": {"guidance": {"provider": {"en": "X"}}})", "A.12.4.3");
    EXPECT_EQ(entryFor(o, "A.12.4.3"), nullptr);
    // Note-only and non-27017 controls have no role guidance at all.
    withOneGoodPart(R"("A.14.2.9": {"guidance": {"customer": {"en": "X"}}})", "A.14.2.9");
    withOneGoodPart(R"("A.5.1.2": {"guidance": {"customer": {"en": "X"}}})", "A.5.1.2");
}

TEST(ParseOverlayParts, GuidanceOnA2022Control)
{
    // 8.22 carries A.13.1.3 and CLD.9.5.1 (both roles between them), but guidance belongs to
    // the 27017 entries, not to the 2022 control.
    const Overlay o = withOneGoodPart(
        R"("8.22": {"guidance": {"provider": {"en": "X"}, "customer": {"en": "Y"}}})", "8.22", 2);
    EXPECT_EQ(entryFor(o, "8.22"), nullptr);
}

TEST(ParseOverlayParts, UnknownRole)
{
    const Overlay o = withOneGoodPart(
        R"("A.9.2.3": {"guidance": {"both": {"en": "X"}, "provider": {"en": "Kept"}}})", "both");
    const OverlayEntry* e = entryFor(o, "A.9.2.3");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->provider.en, "Kept");
    withOneGoodPart(R"("A.9.2.3": {"guidance": {"vendor": {"en": "X"}}})", "vendor");
}

TEST(ParseOverlayParts, EntryWithEveryPartRejectedIsNotLoaded)
{
    const Overlay o = withOneGoodPart(
        R"("A.9.2.3": {"title": {"en": ""}, "guidance": {"vendor": {"en": "X"}}, "x": 1})",
        "A.9.2.3", 3);
    EXPECT_EQ(entryFor(o, "A.9.2.3"), nullptr);
    EXPECT_EQ(o.entries.size(), 1u);
}

TEST(ParseOverlayParts, ManyProblemsInOneFile)
{
    const Overlay o = parsed(file(R"(
        "5.15": {"title": {"en": "Kept 1"}},
        "A.19.1.1": {"title": {"en": "X"}},
        "5.16": 7,
        "5.17": {"title": {"de": "X"}},
        "CLD.9.5.1": {"guidance": {"customer": {"en": "X"}}},
        "CLD.6.3.1": {"guidance": {"customer": {"ja": "保持"}}},
        "5.23": {"guidance": {"customer": {"en": "X"}}})"));
    EXPECT_EQ(o.rejected.size(), 5u) << joined(o.rejected);
    EXPECT_EQ(o.entries.size(), 2u);
    EXPECT_NE(entryFor(o, "5.15"), nullptr);
    ASSERT_NE(entryFor(o, "CLD.6.3.1"), nullptr);
    EXPECT_EQ(entryFor(o, "CLD.6.3.1")->customer.ja, "保持");
}

// ------------------------------------------------------------------ loadOverlayFile

class TempFile
{
public:
    explicit TempFile(std::string_view name)
        : m_path(::testing::TempDir() + "isms_overlay_" + std::to_string(::getpid()) + "_" +
                 std::string(name))
    {
    }
    ~TempFile() { std::remove(m_path.c_str()); }
    const std::string& path() const { return m_path; }
    void write(const std::string& content) const
    {
        std::ofstream out(m_path, std::ios::binary);
        out << content;
    }

private:
    std::string m_path;
};

TEST(LoadOverlayFile, ReadsAValidFile)
{
    TempFile f("valid.json");
    f.write(file(R"("5.15": {"title": {"ja": "アクセス制御"}}, "8.35": {"title": {"en": "X"}})"));
    auto r = isms::loadOverlayFile(f.path(), cat());
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->entries.size(), 1u);
    EXPECT_EQ(r->rejected.size(), 1u);
    ASSERT_NE(entryFor(*r, "5.15"), nullptr);
    EXPECT_EQ(entryFor(*r, "5.15")->title.ja, "アクセス制御");
}

TEST(LoadOverlayFile, MissingFile)
{
    TempFile f("does-not-exist.json");
    auto r = isms::loadOverlayFile(f.path(), cat());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    EXPECT_TRUE(contains(r.error().message, "No such file")) << r.error().message;
}

TEST(LoadOverlayFile, OversizedFile)
{
    TempFile f("big.json");
    const std::string body = file("");
    f.write(body + std::string(isms::kMaxOverlayBytes + 1 - body.size(), ' '));
    ASSERT_EQ(std::filesystem::file_size(f.path()), isms::kMaxOverlayBytes + 1);
    auto r = isms::loadOverlayFile(f.path(), cat());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    EXPECT_TRUE(contains(r.error().message, "larger than 4 MiB")) << r.error().message;
}

TEST(LoadOverlayFile, FileThatIsNotAnOverlay)
{
    TempFile f("notes.txt");
    f.write("shopping list: milk, eggs");
    auto r = isms::loadOverlayFile(f.path(), cat());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    EXPECT_TRUE(contains(r.error().message, "JSON")) << r.error().message;
}

TEST(LoadOverlayFile, DirectoryIsAnErrorNotACrash)
{
    auto r = isms::loadOverlayFile(::testing::TempDir(), cat());
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.empty());
}

// ------------------------------------------------------------------ overlayStatus

TEST(OverlayStatus, NotConfigured)
{
    const std::string en = isms::overlayStatus("", nullptr, Lang::En);
    EXPECT_TRUE(contains(en, "overlay")) << en;
    EXPECT_TRUE(contains(en, "configured")) << en;
    EXPECT_TRUE(contains(en, "built-in")) << en;
    EXPECT_FALSE(hasJapanese(en)) << en;
    const std::string ja = isms::overlayStatus("", nullptr, Lang::Ja);
    EXPECT_TRUE(contains(ja, "設定されていません")) << ja;
    EXPECT_TRUE(contains(ja, "組込み")) << ja;
}

TEST(OverlayStatus, NotUsedAndWhy)
{
    const isms::Result<Overlay> failed =
        isms::invalidArgument(0, "the overlay file is not valid JSON");
    const std::string path = "/home/user/licensed-overlay.json";
    const std::string en = isms::overlayStatus(path, &failed, Lang::En);
    EXPECT_TRUE(contains(en, path)) << en;
    EXPECT_TRUE(contains(en, "not used")) << en;
    EXPECT_TRUE(contains(en, "the overlay file is not valid JSON")) << en;
    EXPECT_TRUE(contains(en, "built-in")) << en;
    EXPECT_FALSE(contains(en, "loaded")) << en;
    const std::string ja = isms::overlayStatus(path, &failed, Lang::Ja);
    EXPECT_TRUE(contains(ja, path)) << ja;
    EXPECT_TRUE(contains(ja, "使用されていません")) << ja;
    EXPECT_TRUE(contains(ja, "the overlay file is not valid JSON")) << ja;
}

TEST(OverlayStatus, LoadedWithRejections)
{
    Overlay o = parsed(file(R"("5.15": {"title": {"en": "A"}}, "5.16": {"title": {"en": "B"}},
        "5.17": {"title": {"en": "C"}}, "A.19.1.1": {}, "5.18": {"title": {"xx": "D"}})"));
    ASSERT_EQ(o.entries.size(), 3u);
    ASSERT_EQ(o.rejected.size(), 2u);
    const isms::Result<Overlay> loaded(o);
    const std::string path = "C:\\Users\\me\\overlay.json";
    const std::string en = isms::overlayStatus(path, &loaded, Lang::En);
    EXPECT_TRUE(contains(en, path)) << en;
    EXPECT_TRUE(contains(en, "Test publication")) << en;
    EXPECT_TRUE(contains(en, "3 controls loaded, 2 rejected")) << en;
    EXPECT_TRUE(contains(en, o.rejected[0])) << en;
    EXPECT_TRUE(contains(en, o.rejected[1])) << en;
    EXPECT_FALSE(contains(en, "and more")) << en;
    const std::string ja = isms::overlayStatus(path, &loaded, Lang::Ja);
    EXPECT_TRUE(contains(ja, path)) << ja;
    EXPECT_TRUE(contains(ja, "3 件")) << ja;
    EXPECT_TRUE(contains(ja, "2 件")) << ja;
    EXPECT_TRUE(contains(ja, o.rejected[1])) << ja;
}

TEST(OverlayStatus, NothingRejected)
{
    const isms::Result<Overlay> loaded(parsed(file(R"("5.15": {"title": {"en": "A"}})")));
    const std::string en = isms::overlayStatus("o.json", &loaded, Lang::En);
    EXPECT_TRUE(contains(en, "1 control loaded, 0 rejected")) << en;
    EXPECT_FALSE(contains(en, "Rejected:")) << en;
}

std::string reason(int i)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "reason-%02d", i);
    return buf;
}

TEST(OverlayStatus, AtMostTwentyReasonsListed)
{
    Overlay o;
    for (int i = 1; i <= 25; ++i)
        o.rejected.push_back(reason(i));
    const isms::Result<Overlay> loaded(o);
    for (Lang l : {Lang::En, Lang::Ja})
    {
        const std::string s = isms::overlayStatus("o.json", &loaded, l);
        for (int i = 1; i <= 20; ++i)
            EXPECT_TRUE(contains(s, reason(i))) << reason(i) << " missing: " << s;
        for (int i = 21; i <= 25; ++i)
            EXPECT_FALSE(contains(s, reason(i))) << reason(i) << " listed: " << s;
        EXPECT_TRUE(contains(s, l == Lang::En ? "and more" : "ほか")) << s;
        EXPECT_TRUE(contains(s, "25")) << s;
    }
    o.rejected.resize(20);
    const isms::Result<Overlay> twenty(o);
    const std::string s = isms::overlayStatus("o.json", &twenty, Lang::En);
    EXPECT_TRUE(contains(s, reason(20))) << s;
    EXPECT_FALSE(contains(s, "and more")) << s;
}

} // namespace
