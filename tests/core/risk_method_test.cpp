// Risk methods: the shipped presets (values, ranges, levels, acceptance), custom definitions
// and the reasons they are rejected, input levels typed as numbers or labels, and the
// ISMS.RiskMethod document property.

#include "isms/register_scoring.hpp"
#include "isms/risk_method.hpp"
#include "isms/utf.hpp"
#include "isms/workbook_settings.hpp"
#include "register_support.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Combine;
using isms::ErrorKind;
using isms::MethodKind;
using isms::RiskMethod;
using isms::Scale;

// ------------------------------------------------------------------ presets

struct LevelSpec
{
    double min, max;
    std::string en, ja;
};

struct PresetSpec
{
    std::string id;
    MethodKind kind;
    Combine combine;
    std::vector<std::string> scaleKeys;
    std::vector<int> scaleLevels;
    double minValue, maxValue;
    std::vector<LevelSpec> levels;
    double acceptMax;
    std::function<double(const std::vector<int>&)> expected;
};

double product(const std::vector<int>& in)
{
    double p = 1;
    for (int v : in)
        p *= v;
    return p;
}

std::vector<LevelSpec> lowMediumHigh(double lowMax, double mediumMax, double highMax,
                                     double lowMin = 1)
{
    return {{lowMin, lowMax, "Low", "低"},
            {lowMax + 1, mediumMax, "Medium", "中"},
            {mediumMax + 1, highMax, "High", "高"}};
}

// Written from the documented method definitions, not from core/data.
const std::vector<PresetSpec>& expectedPresets()
{
    static const std::vector<PresetSpec> specs = {
        {"3x3",
         MethodKind::Matrix,
         Combine::Product,
         {"likelihood", "impact"},
         {3, 3},
         1,
         9,
         lowMediumHigh(2, 4, 9),
         2,
         product},
        {"4x4",
         MethodKind::Matrix,
         Combine::Product,
         {"likelihood", "impact"},
         {4, 4},
         1,
         16,
         lowMediumHigh(3, 8, 16),
         3,
         product},
        {"5x5",
         MethodKind::Matrix,
         Combine::Product,
         {"likelihood", "impact"},
         {5, 5},
         1,
         25,
         lowMediumHigh(4, 12, 25),
         4,
         product},
        {"iso27005",
         MethodKind::Matrix,
         Combine::Grid,
         {"likelihood", "impact"},
         {5, 5},
         0,
         8,
         lowMediumHigh(2, 5, 8, 0),
         2,
         [](const std::vector<int>& in) { return double((in[0] - 1) + (in[1] - 1)); }},
        {"avt",
         MethodKind::Avt,
         Combine::Product,
         {"assetValue", "threat", "vulnerability"},
         {3, 3, 3},
         1,
         27,
         lowMediumHigh(4, 12, 27),
         4,
         product},
    };
    return specs;
}

/// Every combination of input levels of a method.
std::vector<std::vector<int>> allInputs(const std::vector<int>& levels)
{
    std::vector<std::vector<int>> out;
    std::vector<int> in(levels.size(), 1);
    for (;;)
    {
        out.push_back(in);
        std::size_t k = 0;
        while (k < in.size() && ++in[k] > levels[k])
            in[k++] = 1;
        if (k == in.size())
            return out;
    }
}

std::string show(const std::vector<int>& in)
{
    std::string s;
    for (int v : in)
        s += (s.empty() ? "" : ",") + std::to_string(v);
    return "(" + s + ")";
}

TEST(RiskMethodPresets, AllFiveInDocumentedOrder)
{
    const auto& presets = isms::presetMethods();
    ASSERT_EQ(presets.size(), 5u);
    const char* ids[] = {"3x3", "4x4", "5x5", "iso27005", "avt"};
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(presets[i].id, ids[i]);
}

TEST(RiskMethodPresets, DefaultIsFiveByFive)
{
    const RiskMethod& m = isms::defaultMethod();
    EXPECT_EQ(m.id, "5x5");
    EXPECT_EQ(&m, isms::findPreset("5x5"));
}

TEST(RiskMethodPresets, EachMatchesItsDocumentedDefinition)
{
    for (const PresetSpec& spec : expectedPresets())
    {
        SCOPED_TRACE("preset " + spec.id);
        const RiskMethod* m = isms::findPreset(spec.id);
        ASSERT_NE(m, nullptr);
        EXPECT_EQ(m->kind, spec.kind);
        EXPECT_EQ(m->combine, spec.combine);
        EXPECT_FALSE(m->title.en.empty());
        EXPECT_TRUE(hasJapanese(m->title.ja)) << m->title.ja;
        ASSERT_EQ(m->scales.size(), spec.scaleKeys.size());
        for (std::size_t i = 0; i < spec.scaleKeys.size(); ++i)
        {
            EXPECT_EQ(m->scales[i].key, spec.scaleKeys[i]);
            EXPECT_EQ(m->scales[i].levels, spec.scaleLevels[i]);
            // The presets label every level of every scale, in both languages.
            ASSERT_EQ(int(m->scales[i].labels.size()), spec.scaleLevels[i]) << spec.scaleKeys[i];
            for (const auto& l : m->scales[i].labels)
            {
                EXPECT_FALSE(l.en.empty());
                EXPECT_TRUE(hasJapanese(l.ja)) << l.ja;
            }
        }
        EXPECT_EQ(m->minValue, spec.minValue);
        EXPECT_EQ(m->maxValue, spec.maxValue);
        ASSERT_EQ(m->levels.size(), spec.levels.size());
        for (std::size_t i = 0; i < spec.levels.size(); ++i)
        {
            SCOPED_TRACE("level " + spec.levels[i].en);
            EXPECT_EQ(m->levels[i].min, spec.levels[i].min);
            EXPECT_EQ(m->levels[i].max, spec.levels[i].max);
            EXPECT_EQ(m->levels[i].label.en, spec.levels[i].en);
            EXPECT_EQ(m->levels[i].label.ja, spec.levels[i].ja);
            const std::string& c = m->levels[i].color;
            EXPECT_EQ(c.size(), 7u) << c;
            EXPECT_EQ(c.substr(0, 1), "#") << c;
        }
        EXPECT_EQ(m->acceptMax, spec.acceptMax);
    }
}

TEST(RiskMethodPresets, EveryInputCombinationGivesTheDocumentedValueLevelAndAcceptance)
{
    for (const PresetSpec& spec : expectedPresets())
    {
        SCOPED_TRACE("preset " + spec.id);
        const RiskMethod* m = isms::findPreset(spec.id);
        ASSERT_NE(m, nullptr);
        for (const auto& in : allInputs(spec.scaleLevels))
        {
            const double want = spec.expected(in);
            const double got = m->value(in);
            EXPECT_EQ(got, want) << show(in);
            EXPECT_GE(got, spec.minValue) << show(in);
            EXPECT_LE(got, spec.maxValue) << show(in);
            auto level = m->levelOf(got, 0);
            ASSERT_TRUE(level.ok()) << show(in) << " " << level.error().message;
            const LevelSpec* wantLevel = nullptr;
            for (const LevelSpec& l : spec.levels)
                if (want >= l.min && want <= l.max)
                    wantLevel = &l;
            ASSERT_NE(wantLevel, nullptr) << show(in);
            EXPECT_EQ((*level)->label.en, wantLevel->en) << show(in) << " value " << got;
            auto ok = m->acceptable(got, 0);
            ASSERT_TRUE(ok.ok());
            EXPECT_EQ(*ok, want <= spec.acceptMax) << show(in) << " value " << got;
        }
    }
}

TEST(RiskMethodPresets, FiveByFiveExamples)
{
    const RiskMethod& m = isms::defaultMethod();
    const int in43[] = {4, 3};
    EXPECT_EQ(m.value(in43), 12);
    const int in55[] = {5, 5};
    EXPECT_EQ(m.value(in55), 25);
    const int in11[] = {1, 1};
    EXPECT_EQ(m.value(in11), 1);
    const int in25[] = {2, 5};
    EXPECT_EQ(m.value(in25), 10);
}

TEST(RiskMethodPresets, FiveByFiveLabels)
{
    const RiskMethod& m = isms::defaultMethod();
    ASSERT_EQ(m.scales.size(), 2u);
    ASSERT_EQ(m.scales[0].labels.size(), 5u);
    EXPECT_EQ(m.scales[0].labels[0].ja, "まれ");
    EXPECT_EQ(m.scales[0].labels[0].en, "Rare");
    EXPECT_EQ(m.scales[0].labels[4].en, "Almost certain");
}

TEST(RiskMethodPresets, AvtIsProductOfThree)
{
    const RiskMethod* m = isms::findPreset("avt");
    ASSERT_NE(m, nullptr);
    const int in[] = {3, 2, 1};
    EXPECT_EQ(m->value(in), 6);
    const int top[] = {3, 3, 3};
    EXPECT_EQ(m->value(top), 27);
    const int low[] = {2, 2, 1};
    EXPECT_EQ(m->value(low), 4);
    EXPECT_TRUE(*m->acceptable(4, 0));
    EXPECT_FALSE(*m->acceptable(6, 0));
}

TEST(RiskMethodPresets, Iso27005GridCorners)
{
    const RiskMethod* m = isms::findPreset("iso27005");
    ASSERT_NE(m, nullptr);
    const int low[] = {1, 1};
    const int high[] = {5, 5};
    const int mixed[] = {2, 4};
    EXPECT_EQ(m->value(low), 0);
    EXPECT_EQ(m->value(high), 8);
    EXPECT_EQ(m->value(mixed), 4);
    EXPECT_EQ((*m->levelOf(0, 0))->label.en, "Low");
    EXPECT_TRUE(*m->acceptable(2, 0));
    EXPECT_FALSE(*m->acceptable(3, 0));
}

TEST(RiskMethodPresets, LevelOfBoundaries)
{
    const RiskMethod& m = isms::defaultMethod();
    struct Case
    {
        double value;
        const char* en;
        const char* ja;
    };
    const Case cases[] = {
        {1, "Low", "低"},     {4, "Low", "低"},   {5, "Medium", "中"},
        {12, "Medium", "中"}, {13, "High", "高"}, {25, "High", "高"},
    };
    for (const Case& c : cases)
    {
        auto l = m.levelOf(c.value, 0);
        ASSERT_TRUE(l.ok()) << c.value;
        EXPECT_EQ((*l)->label.en, c.en) << c.value;
        EXPECT_EQ((*l)->label.ja, c.ja) << c.value;
    }
}

TEST(RiskMethodPresets, LevelOfOutsideRangeIsInvalidArgumentAtIndex)
{
    const RiskMethod& m = isms::defaultMethod();
    for (double v : {0.0, 26.0, -1.0, 100.0, std::numeric_limits<double>::quiet_NaN(),
                     std::numeric_limits<double>::infinity()})
    {
        auto l = m.levelOf(v, 3);
        ASSERT_FALSE(l.ok()) << v;
        EXPECT_EQ(l.error().kind, ErrorKind::InvalidArgument) << v;
        EXPECT_EQ(l.error().argIndex, 3) << v;
        EXPECT_FALSE(l.error().message.empty());
        auto a = m.acceptable(v, 2);
        ASSERT_FALSE(a.ok()) << v;
        EXPECT_EQ(a.error().kind, ErrorKind::InvalidArgument) << v;
        EXPECT_EQ(a.error().argIndex, 2) << v;
    }
    // 0 is inside iso27005's range, 9 is not.
    const RiskMethod* iso = isms::findPreset("iso27005");
    ASSERT_NE(iso, nullptr);
    EXPECT_TRUE(iso->levelOf(0, 1).ok());
    EXPECT_FALSE(iso->levelOf(9, 1).ok());
}

TEST(RiskMethodPresets, Acceptable)
{
    const RiskMethod& m = isms::defaultMethod();
    for (double v = 1; v <= 25; ++v)
    {
        auto a = m.acceptable(v, 0);
        ASSERT_TRUE(a.ok()) << v;
        EXPECT_EQ(*a, v <= 4) << v;
    }
}

TEST(RiskMethodPresets, FindPresetIsCaseInsensitive)
{
    EXPECT_EQ(isms::findPreset("5X5"), isms::findPreset("5x5"));
    EXPECT_NE(isms::findPreset("5X5"), nullptr);
    ASSERT_NE(isms::findPreset("ISO27005"), nullptr);
    EXPECT_EQ(isms::findPreset("ISO27005")->id, "iso27005");
    ASSERT_NE(isms::findPreset("AVT"), nullptr);
    EXPECT_EQ(isms::findPreset("AVT")->id, "avt");
    ASSERT_NE(isms::findPreset("3X3"), nullptr);
    EXPECT_EQ(isms::findPreset("3X3")->id, "3x3");
}

TEST(RiskMethodPresets, UnknownPresetIsNull)
{
    EXPECT_EQ(isms::findPreset("6x6"), nullptr);
    EXPECT_EQ(isms::findPreset(""), nullptr);
    EXPECT_EQ(isms::findPreset("5x"), nullptr);
    EXPECT_EQ(isms::findPreset("iso27001"), nullptr);
    EXPECT_EQ(isms::findPreset("5x5x5"), nullptr);
}

// ------------------------------------------------------------------ parseRiskMethod

// A valid 5x5 product method; each rejection case changes one thing in it.
const std::string kMatrix = R"({
  "id": "custom", "kind": "matrix", "value": "product",
  "title": {"en": "Custom 5x5", "ja": "独自の 5×5"},
  "scales": {
    "likelihood": {"levels": 5},
    "impact": {"levels": 5}
  },
  "levels": [
    {"min": 1, "max": 4, "label": {"en": "Low", "ja": "低"}, "color": "#8BC34A"},
    {"min": 5, "max": 12, "label": {"en": "Medium", "ja": "中"}, "color": "#FFC107"},
    {"min": 13, "max": 25, "label": {"en": "High", "ja": "高"}, "color": "#F44336"}
  ],
  "acceptance": {"maxLevel": "Low"}
})";

// A valid 3x3 lookup-grid method.
const std::string kGrid = R"({
  "id": "custom-grid", "kind": "matrix", "value": "grid",
  "title": {"en": "Custom grid", "ja": "独自の参照表"},
  "scales": {
    "likelihood": {"levels": 3},
    "impact": {"levels": 3}
  },
  "grid": [
    [1, 2, 3],
    [2, 4, 6],
    [3, 6, 9]
  ],
  "levels": [
    {"min": 1, "max": 2, "label": {"en": "Low", "ja": "低"}, "color": "#8BC34A"},
    {"min": 3, "max": 4, "label": {"en": "Medium", "ja": "中"}, "color": "#FFC107"},
    {"min": 5, "max": 9, "label": {"en": "High", "ja": "高"}, "color": "#F44336"}
  ],
  "acceptance": {"maxValue": 2}
})";

// A valid asset value × threat × vulnerability method.
const std::string kAvt = R"({
  "id": "custom-avt", "kind": "avt", "value": "product",
  "title": {"en": "Custom AVT", "ja": "独自の資産価値×脅威×脆弱性"},
  "scales": {
    "assetValue": {"levels": 3},
    "threat": {"levels": 3},
    "vulnerability": {"levels": 3}
  },
  "levels": [
    {"min": 1, "max": 4, "label": {"en": "Low", "ja": "低"}, "color": "#8BC34A"},
    {"min": 5, "max": 12, "label": {"en": "Medium", "ja": "中"}, "color": "#FFC107"},
    {"min": 13, "max": 27, "label": {"en": "High", "ja": "高"}, "color": "#F44336"}
  ],
  "acceptance": {"maxValue": 4}
})";

std::string changed(std::string base, std::string_view from, std::string_view to)
{
    EXPECT_TRUE(replaceOnce(base, from, to));
    return base;
}

void expectRejected(const std::string& json, std::initializer_list<std::string_view> keywords)
{
    auto r = isms::parseRiskMethod(json);
    ASSERT_FALSE(r.ok()) << "accepted:\n" << json;
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    for (std::string_view k : keywords)
        EXPECT_TRUE(contains(r.error().message, k))
            << "message '" << r.error().message << "' does not mention '" << k << "'";
}

TEST(ParseRiskMethod, BaseDefinitionsAreAccepted)
{
    for (const std::string* json : {&kMatrix, &kGrid, &kAvt})
    {
        auto r = isms::parseRiskMethod(*json);
        ASSERT_TRUE(r.ok()) << r.error().message;
    }
    auto m = isms::parseRiskMethod(kMatrix);
    EXPECT_EQ(m->id, "custom");
    EXPECT_EQ(m->minValue, 1);
    EXPECT_EQ(m->maxValue, 25);
    EXPECT_EQ(m->acceptMax, 4);
    auto g = isms::parseRiskMethod(kGrid);
    const int in23[] = {2, 3};
    EXPECT_EQ(g->value(in23), 6);
    EXPECT_EQ(g->acceptMax, 2);
    auto a = isms::parseRiskMethod(kAvt);
    EXPECT_EQ(a->kind, MethodKind::Avt);
    EXPECT_EQ(a->maxValue, 27);
}

TEST(ParseRiskMethod, NotJson)
{
    expectRejected("{", {"JSON"});
    expectRejected("5x5 please", {"JSON"});
    expectRejected("", {"JSON"});
}

TEST(ParseRiskMethod, UnknownKind)
{
    expectRejected(changed(kMatrix, R"("kind": "matrix")", R"("kind": "cube")"), {"kind", "cube"});
}

TEST(ParseRiskMethod, UnknownValueRule)
{
    expectRejected(changed(kMatrix, R"("value": "product")", R"("value": "maximum")"),
                   {"value", "maximum"});
}

TEST(ParseRiskMethod, GridWithAvtIsRejected)
{
    std::string json = changed(kAvt, R"("value": "product")", R"("value": "grid")");
    expectRejected(json, {"grid"});
}

TEST(ParseRiskMethod, ScaleWithTwoOrEightLevels)
{
    expectRejected(
        changed(kMatrix, R"("likelihood": {"levels": 5})", R"("likelihood": {"levels": 2})"),
        {"likelihood", "3 to 7"});
    expectRejected(changed(kMatrix, R"("impact": {"levels": 5})", R"("impact": {"levels": 8})"),
                   {"impact", "3 to 7"});
    expectRejected(changed(kAvt, R"("threat": {"levels": 3})", R"("threat": {"levels": 8})"),
                   {"threat", "3 to 7"});
}

TEST(ParseRiskMethod, LabelsCountDiffersFromLevels)
{
    expectRejected(
        changed(
            kMatrix, R"("likelihood": {"levels": 5})",
            R"("likelihood": {"levels": 5, "labels": [{"en": "A", "ja": "あ"}, {"en": "B", "ja": "い"}, {"en": "C", "ja": "う"}, {"en": "D", "ja": "え"}]})"),
        {"likelihood", "label"});
}

TEST(ParseRiskMethod, MissingScale)
{
    expectRejected(changed(kMatrix, R"("impact": {"levels": 5})", R"("severity": {"levels": 5})"),
                   {"missing", "impact"});
    expectRejected(changed(kAvt, R"("assetValue": {"levels": 3},)", ""), {"missing", "assetValue"});
    expectRejected(changed(kMatrix,
                           R"("scales": {
    "likelihood": {"levels": 5},
    "impact": {"levels": 5}
  },)",
                           ""),
                   {"scales"});
}

TEST(ParseRiskMethod, ExtraScale)
{
    expectRejected(changed(kMatrix, R"("impact": {"levels": 5})",
                           R"("impact": {"levels": 5}, "threat": {"levels": 3})"),
                   {"scale"});
}

TEST(ParseRiskMethod, GridWithWrongRowCount)
{
    expectRejected(changed(kGrid, R"(,
    [3, 6, 9])",
                           ""),
                   {"grid", "3 rows"});
    expectRejected(changed(kGrid, R"([3, 6, 9])", R"([3, 6, 9], [4, 8, 12])"), {"grid", "rows"});
}

TEST(ParseRiskMethod, GridWithWrongColumnCount)
{
    expectRejected(changed(kGrid, R"([2, 4, 6])", R"([2, 4])"), {"grid", "3 values"});
    expectRejected(changed(kGrid, R"([2, 4, 6])", R"([2, 4, 6, 8])"), {"grid"});
}

TEST(ParseRiskMethod, GridWithNegativeOrNonNumberCell)
{
    expectRejected(changed(kGrid, R"([2, 4, 6])", R"([2, -4, 6])"), {"grid", "non-negative"});
    expectRejected(changed(kGrid, R"([2, 4, 6])", R"([2, "4", 6])"), {"grid", "number"});
    expectRejected(changed(kGrid, R"([2, 4, 6])", R"([2, null, 6])"), {"grid", "number"});
}

TEST(ParseRiskMethod, GridOnlyWithGridRule)
{
    expectRejected(changed(kMatrix, R"("acceptance")", R"("grid": [[1]], "acceptance")"), {"grid"});
}

TEST(ParseRiskMethod, LevelsThatOverlap)
{
    expectRejected(changed(kMatrix, R"({"min": 5, "max": 12)", R"({"min": 4, "max": 12)"),
                   {"overlap", "Low", "Medium"});
    expectRejected(changed(kMatrix, R"({"min": 5, "max": 12)", R"({"min": 3, "max": 12)"),
                   {"overlap"});
}

TEST(ParseRiskMethod, LevelsWithAGap)
{
    expectRejected(changed(kMatrix, R"({"min": 5, "max": 12)", R"({"min": 6, "max": 12)"),
                   {"gap", "Low", "Medium"});
    // High from 16 leaves 15 (3 × 5) and 16 − 12 > 1 in no level.
    expectRejected(changed(kMatrix, R"({"min": 13, "max": 25)", R"({"min": 16, "max": 25)"),
                   {"gap"});
}

TEST(ParseRiskMethod, LevelsNotCoveringTheRange)
{
    expectRejected(changed(kMatrix, R"({"min": 13, "max": 25)", R"({"min": 13, "max": 20)"),
                   {"cover", "25"});
    expectRejected(changed(kMatrix, R"({"min": 1, "max": 4)", R"({"min": 2, "max": 4)"), {"cover"});
    expectRejected(changed(kAvt, R"({"min": 13, "max": 27)", R"({"min": 13, "max": 25)"),
                   {"cover", "27"});
}

TEST(ParseRiskMethod, LevelWithMinAboveMax)
{
    expectRejected(changed(kMatrix, R"({"min": 13, "max": 25)", R"({"min": 26, "max": 25)"),
                   {"High", "min"});
}

TEST(ParseRiskMethod, BadColour)
{
    expectRejected(changed(kMatrix, R"("#F44336")", R"("red")"), {"High", "#RRGGBB"});
    expectRejected(changed(kMatrix, R"("#F44336")", R"("#F4433")"), {"#RRGGBB"});
    expectRejected(changed(kMatrix, R"("#F44336")", R"("#G44336")"), {"#RRGGBB"});
}

TEST(ParseRiskMethod, AcceptanceMissing)
{
    expectRejected(changed(kMatrix, R"("acceptance": {"maxLevel": "Low"})",
                           R"("accept": {"maxLevel": "Low"})"),
                   {"acceptance"});
    expectRejected(changed(kMatrix, R"({"maxLevel": "Low"})", R"({})"), {"acceptance"});
}

TEST(ParseRiskMethod, AcceptanceMaxLevelNotALevel)
{
    expectRejected(changed(kMatrix, R"("maxLevel": "Low")", R"("maxLevel": "Negligible")"),
                   {"Negligible"});
}

TEST(ParseRiskMethod, AcceptanceMaxValueOutsideRange)
{
    expectRejected(changed(kMatrix, R"({"maxLevel": "Low"})", R"({"maxValue": 30})"),
                   {"acceptance", "30"});
    expectRejected(changed(kMatrix, R"({"maxLevel": "Low"})", R"({"maxValue": 0})"),
                   {"acceptance"});
}

TEST(ParseRiskMethod, AcceptanceByMaxLevelUsesTheLevelsTop)
{
    auto m =
        isms::parseRiskMethod(changed(kMatrix, R"("maxLevel": "Low")", R"("maxLevel": "Medium")"));
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->acceptMax, 12);
    EXPECT_TRUE(*m->acceptable(12, 0));
    EXPECT_FALSE(*m->acceptable(13, 0));
}

TEST(ParseRiskMethod, ValidCustomSumMethodWithLabels)
{
    const std::string json = R"({
      "id": "sum-4x5", "kind": "matrix", "value": "sum",
      "title": {"en": "4 + 5 sum", "ja": "4+5 の和"},
      "scales": {
        "likelihood": {"levels": 4, "labels": [
          {"en": "Rare", "ja": "まれ"}, {"en": "Occasional", "ja": "時々"},
          {"en": "Frequent", "ja": "頻繁"}, {"en": "Constant", "ja": "常時"}]},
        "impact": {"levels": 5, "labels": [
          {"en": "Trivial", "ja": "軽微"}, {"en": "Minor", "ja": "小"}, {"en": "Moderate", "ja": "中"},
          {"en": "Major", "ja": "大"}, {"en": "Critical", "ja": "致命的"}]}
      },
      "levels": [
        {"min": 2, "max": 4, "label": {"en": "Low", "ja": "低"}, "color": "#00aa00"},
        {"min": 5, "max": 6, "label": {"en": "Medium", "ja": "中"}, "color": "#FFAA00"},
        {"min": 7, "max": 9, "label": {"en": "High", "ja": "高"}, "color": "#FF0000"}
      ],
      "acceptance": {"maxValue": 4}
    })";
    auto r = isms::parseRiskMethod(json);
    ASSERT_TRUE(r.ok()) << r.error().message;
    const RiskMethod& m = *r;
    EXPECT_EQ(m.id, "sum-4x5");
    EXPECT_EQ(m.kind, MethodKind::Matrix);
    EXPECT_EQ(m.combine, Combine::Sum);
    ASSERT_EQ(m.scales.size(), 2u);
    EXPECT_EQ(m.scales[0].levels, 4);
    EXPECT_EQ(m.scales[1].levels, 5);
    EXPECT_EQ(m.minValue, 2);
    EXPECT_EQ(m.maxValue, 9);
    for (int l = 1; l <= 4; ++l)
        for (int i = 1; i <= 5; ++i)
        {
            const int in[] = {l, i};
            EXPECT_EQ(m.value(in), l + i) << l << "," << i;
        }
    EXPECT_EQ((*m.levelOf(2, 0))->label.en, "Low");
    EXPECT_EQ((*m.levelOf(5, 0))->label.en, "Medium");
    EXPECT_EQ((*m.levelOf(9, 0))->label.en, "High");
    EXPECT_FALSE(m.levelOf(1, 0).ok());
    EXPECT_TRUE(*m.acceptable(4, 0));
    EXPECT_FALSE(*m.acceptable(5, 0));
    // Its own labels are levels.
    EXPECT_EQ(*isms::parseLevelText(m.scales[0], u"頻繁", 0), 3);
    EXPECT_EQ(*isms::parseLevelText(m.scales[1], u"致命的", 0), 5);
}

TEST(ParseRiskMethod, GridWithDecimalsAndAGapContainingAProducedValue)
{
    const std::string grid = R"({
      "id": "decimal", "kind": "matrix", "value": "grid",
      "title": {"en": "Decimal grid", "ja": "小数の参照表"},
      "scales": {"likelihood": {"levels": 3}, "impact": {"levels": 3}},
      "grid": [[1, 1.5, 2], [1.5, 2, 2.5], [2, 2.5, 3]],
      "levels": [
        {"min": 1, "max": 1, "label": {"en": "Low", "ja": "低"}},
        {"min": 2, "max": 3, "label": {"en": "High", "ja": "高"}}
      ],
      "acceptance": {"maxValue": 1}
    })";
    // 1.5 lies between Low (up to 1) and High (from 2): no level for it.
    expectRejected(grid, {"gap"});

    // The same grid with levels that leave no produced value out is fine.
    std::string ok = grid;
    ASSERT_TRUE(replaceOnce(ok, R"({"min": 1, "max": 1,)", R"({"min": 1, "max": 1.5,)"));
    auto r = isms::parseRiskMethod(ok);
    ASSERT_TRUE(r.ok()) << r.error().message;
    const int in[] = {2, 3};
    EXPECT_EQ(r->value(in), 2.5);
    EXPECT_EQ((*r->levelOf(1.5, 0))->label.en, "Low");
    EXPECT_EQ((*r->levelOf(2.5, 0))->label.en, "High");
}

// ------------------------------------------------------------------ parseLevel

const Scale& likelihood5x5()
{
    return isms::defaultMethod().scales.at(0);
}
const Scale& impact5x5()
{
    return isms::defaultMethod().scales.at(1);
}
const Scale& likelihood3x3()
{
    return isms::findPreset("3x3")->scales.at(0);
}

template <typename T> void expectInvalidAt(const isms::Result<T>& r, int argIndex)
{
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(r.error().argIndex, argIndex);
    EXPECT_FALSE(r.error().message.empty());
}

// ------------------------------------------------------------------ hostile definitions

TEST(ParseRiskMethod, CustomMethodMayNotTakeAPresetsId)
{
    // {"id": "5x5", other levels} made ISMS.RISKLEVEL(12) (the workbook's method) and
    // ISMS.RISKLEVEL(12; "5x5") (the preset) disagree while the SoA said "method 5x5".
    // As a method argument names a preset: ASCII case, and spaces around it, ignored.
    for (const char* id : {R"("5x5")", R"("5X5")", R"(" 5x5 ")", R"("AVT")", R"("\tiso27005")",
                           R"("3x3\n")", R"("4x4\u3000")"})
    {
        SCOPED_TRACE(id);
        const auto r = isms::parseRiskMethod(
            changed(kMatrix, R"("id": "custom")", std::string(R"("id": )") + id));
        ASSERT_FALSE(r.ok()) << "a custom method took a preset's id";
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_TRUE(contains(r.error().message, "is already the name of the preset method"))
            << r.error().message;
        EXPECT_TRUE(contains(r.error().message, "give your own method a different id"))
            << r.error().message;
    }
    const auto named5x5 =
        isms::parseRiskMethod(changed(kMatrix, R"("id": "custom")", R"("id": "5x5")"));
    ASSERT_FALSE(named5x5.ok());
    EXPECT_EQ(named5x5.error().message,
              "method id '5x5' is already the name of the preset method '5x5'; give your own "
              "method a different id");
    // Names that only resemble a preset are the method's own.
    for (const char* id : {"5x5-ours", "5 x 5", "6x6", "avt2"})
    {
        SCOPED_TRACE(id);
        const auto r = isms::parseRiskMethod(
            changed(kMatrix, R"("id": "custom")", std::string(R"("id": ")") + id + "\""));
        EXPECT_TRUE(r.ok()) << r.error().message;
    }
}

TEST(ParseRiskMethod, DuplicateKeysAreRejectedAtAnyDepth)
{
    expectRejected(changed(kMatrix, R"("id": "custom",)", R"("id": "custom", "id": "other",)"),
                   {"key \"id\" is given twice"});
    expectRejected(changed(kMatrix, R"("likelihood": {"levels": 5})",
                           R"("likelihood": {"levels": 5, "levels": 3})"),
                   {"key \"levels\" is given twice"});
    expectRejected(changed(kMatrix, R"("impact": {"levels": 5})",
                           R"("impact": {"levels": 5}, "impact": {"levels": 3})"),
                   {"key \"impact\" is given twice"});
    expectRejected(changed(kMatrix, R"("acceptance": {"maxLevel": "Low"})",
                           R"("acceptance": {"maxLevel": "Low", "maxLevel": "High"})"),
                   {"key \"maxLevel\" is given twice"});
    // The same key in different objects is fine.
    EXPECT_TRUE(isms::parseRiskMethod(kMatrix).ok());
}

TEST(ParseRiskMethod, LevelsBeyondIntegerRangeDoNotWrap)
{
    // 4294967301 = 2^32 + 5 was read as 5.
    for (const char* levels : {"4294967301", "4294967299", "-4294967291", "9223372036854775813",
                               "-9223372036854775803", "18446744073709551615"})
    {
        SCOPED_TRACE(levels);
        expectRejected(changed(kMatrix, R"("likelihood": {"levels": 5})",
                               std::string(R"("likelihood": {"levels": )") + levels + "}"),
                       {"likelihood", levels, "3 to 7"});
    }
    // Fractions, and integers beyond 64 bits (read as fractions), are not integers.
    for (const char* levels :
         {"3.5", "5.0", "5e0", "18446744073709551621", "\"5\"", "true", "null"})
    {
        SCOPED_TRACE(levels);
        expectRejected(changed(kMatrix, R"("impact": {"levels": 5})",
                               std::string(R"("impact": {"levels": )") + levels + "}"),
                       {"impact", "integer 'levels'"});
    }
}

TEST(ParseRiskMethod, DeepNestingIsRejectedWithoutOverflowingTheStack)
{
    expectRejected(deepArrays(10000), {"nested deeper than 64 levels"});
    expectRejected(deepObjects(10000), {"nested deeper than 64 levels"});
    // inside an otherwise valid method
    expectRejected(changed(kMatrix, R"("acceptance": {"maxLevel": "Low"})",
                           R"("acceptance": {"maxLevel": "Low"}, "note": )" + deepObjects(200)),
                   {"nested deeper than 64 levels"});
    // 64 levels are still read (and then rejected for what they are).
    expectRejected(deepArrays(64) + std::string(64, ']'), {"a method must be a JSON object"});
    expectRejected(deepArrays(65) + std::string(65, ']'), {"nested deeper than 64 levels"});
}

TEST(ParseLevelNumber, OneToLevelsAccepted)
{
    for (int n = 1; n <= 5; ++n)
    {
        auto r = isms::parseLevelNumber(likelihood5x5(), n, 1);
        ASSERT_TRUE(r.ok()) << n << ": " << r.error().message;
        EXPECT_EQ(*r, n);
    }
    EXPECT_EQ(*isms::parseLevelNumber(likelihood3x3(), 3, 0), 3);
}

TEST(ParseLevelNumber, OutsideOrFractionalRejectedWithArgIndex)
{
    for (double n : {0.0, 6.0, 2.5, -1.0, 4.999, std::numeric_limits<double>::quiet_NaN(),
                     std::numeric_limits<double>::infinity()})
    {
        SCOPED_TRACE(n);
        auto r = isms::parseLevelNumber(likelihood5x5(), n, 2);
        expectInvalidAt(r, 2);
        if (!r.ok())
        {
            EXPECT_TRUE(contains(r.error().message, "likelihood")) << r.error().message;
        }
    }
    // 4 is a level on 5x5 but not on 3x3.
    expectInvalidAt(isms::parseLevelNumber(likelihood3x3(), 4, 1), 1);
}

TEST(ParseLevelText, NumericTexts)
{
    EXPECT_EQ(*isms::parseLevelText(likelihood5x5(), u"3", 0), 3);
    EXPECT_EQ(*isms::parseLevelText(likelihood5x5(), u"３", 0), 3);
    EXPECT_EQ(*isms::parseLevelText(likelihood5x5(), u" 2 ", 0), 2);
    EXPECT_EQ(*isms::parseLevelText(likelihood5x5(), u"\u30005\u3000", 0), 5);
    EXPECT_EQ(*isms::parseLevelText(likelihood5x5(), u"1", 0), 1);
}

TEST(ParseLevelText, NumericTextsOutsideScaleRejected)
{
    for (std::u16string_view t : {u"0", u"6", u"2.5", u"-1", u"６", u"10"})
    {
        SCOPED_TRACE(utf8(t));
        expectInvalidAt(isms::parseLevelText(likelihood5x5(), t, 4), 4);
    }
}

TEST(ParseLevelText, EnglishLabelsCaseInsensitive)
{
    EXPECT_EQ(isms::parseLevelText(likelihood3x3(), u"high", 0).value(), 3);
    EXPECT_EQ(isms::parseLevelText(likelihood3x3(), u"High", 0).value(), 3);
    EXPECT_EQ(isms::parseLevelText(likelihood3x3(), u"HIGH", 0).value(), 3);
    EXPECT_EQ(isms::parseLevelText(likelihood3x3(), u" Medium ", 0).value(), 2);
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"Rare", 0).value(), 1);
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"almost certain", 0).value(), 5);
    EXPECT_EQ(isms::parseLevelText(impact5x5(), u"Severe", 0).value(), 5);
}

TEST(ParseLevelText, JapaneseLabels)
{
    auto high = isms::parseLevelText(likelihood3x3(), u"高", 0);
    ASSERT_TRUE(high.ok()) << high.error().message;
    EXPECT_EQ(*high, 3);
    EXPECT_EQ(isms::parseLevelText(likelihood3x3(), u"低", 0).value(), 1);
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"まれ", 0).value(), 1);
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"ほぼ確実", 0).value(), 5);
    EXPECT_EQ(isms::parseLevelText(impact5x5(), u"深刻", 0).value(), 5);
    EXPECT_EQ(isms::parseLevelText(impact5x5(), u" 軽微 ", 0).value(), 2);
}

TEST(ParseLevelText, LikelihoodLabelsSayHowLikelyAndFormerLabelsStillRead)
{
    // 4x4 and 5x5 likelihood levels read as likelihood (起こりにくい / 起こりやすい), not as a
    // bare 低い / 高い; a sheet typed with the former labels still scores.
    const Scale& four = isms::findPreset("4x4")->scales.at(0);
    EXPECT_EQ(four.labels[1].ja, "起こりにくい");
    EXPECT_EQ(four.labels[2].ja, "起こりやすい");
    EXPECT_EQ(isms::parseLevelText(four, u"起こりにくい", 0).value(), 2);
    EXPECT_EQ(isms::parseLevelText(four, u"起こりやすい", 0).value(), 3);
    EXPECT_EQ(isms::parseLevelText(four, u"低い", 0).value(), 2);
    EXPECT_EQ(isms::parseLevelText(four, u" 高い ", 0).value(), 3);
    EXPECT_EQ(likelihood5x5().labels[2].ja, "起こり得る");
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"起こり得る", 0).value(), 3);
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"中程度", 0).value(), 3);
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"高い", 0).value(), 4);
    EXPECT_EQ(isms::parseLevelText(likelihood5x5(), u"Possible", 0).value(), 3);
    // The 5x5 impact scale keeps its own 中程度 (Moderate).
    EXPECT_EQ(isms::parseLevelText(impact5x5(), u"中程度", 0).value(), 3);
    // A former label is accepted only where it was a label: not on the 3x3 scale.
    expectInvalidAt(isms::parseLevelText(likelihood3x3(), u"高い", 1), 1);
}

TEST(ParseLevelText, FormerLabelsInAMethodDefinition)
{
    auto r = isms::parseRiskMethod(R"({"id": "mine", "kind": "matrix", "value": "product",
        "title": {"en": "Mine", "ja": "独自"},
        "scales": {
          "likelihood": {"levels": 3, "labels": [{"en": "Low", "ja": "低", "formerly": ["小"]},
                                                 {"en": "Mid", "ja": "中"}, {"en": "Top", "ja": "高"}]},
          "impact": {"levels": 3}},
        "levels": [{"min": 1, "max": 4, "label": {"en": "Low", "ja": "低"}, "color": "#8BC34A"},
                   {"min": 5, "max": 9, "label": {"en": "High", "ja": "高"}, "color": "#F44336"}],
        "acceptance": {"maxValue": 4}})");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(isms::parseLevelText(r->scales.at(0), u"小", 0).value(), 1);
    auto bad = isms::parseRiskMethod(R"({"id": "mine", "kind": "matrix", "value": "product",
        "title": {"en": "Mine", "ja": "独自"},
        "scales": {
          "likelihood": {"levels": 3, "labels": [{"en": "Low", "ja": "低", "formerly": "小"},
                                                 {"en": "Mid", "ja": "中"}, {"en": "Top", "ja": "高"}]},
          "impact": {"levels": 3}},
        "levels": [{"min": 1, "max": 4, "label": {"en": "Low", "ja": "低"}, "color": "#8BC34A"},
                   {"min": 5, "max": 9, "label": {"en": "High", "ja": "高"}, "color": "#F44336"}],
        "acceptance": {"maxValue": 4}})");
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(contains(bad.error().message, "formerly")) << bad.error().message;
}

TEST(ParseLevelText, EmptyAndUnknownLabelsRejected)
{
    for (std::u16string_view t : {u"", u"   ", u"Extreme", u"最大", u"Hi", u"Highest", u"高い!"})
    {
        SCOPED_TRACE(utf8(t));
        auto r = isms::parseLevelText(likelihood3x3(), t, 1);
        expectInvalidAt(r, 1);
        if (!r.ok())
        {
            EXPECT_TRUE(contains(r.error().message, "likelihood")) << r.error().message;
        }
    }
    // A 3x3 label is no level of the 5x5 likelihood scale.
    expectInvalidAt(isms::parseLevelText(likelihood5x5(), u"High", 2), 2);
}

// ------------------------------------------------------------------ ISMS.RiskMethod

isms::WorkbookSettings withRiskMethod(std::u16string text)
{
    isms::WorkbookSettingsText raw;
    raw.riskMethod = std::move(text);
    return isms::parseWorkbookSettings(raw);
}

isms::WorkbookSettings withRiskMethodUtf8(const std::string& text)
{
    return withRiskMethod(isms::toUtf16(text));
}

TEST(WorkbookRiskMethod, PropertyName)
{
    EXPECT_EQ(isms::kPropRiskMethod, "ISMS.RiskMethod");
}

TEST(WorkbookRiskMethod, AbsentMeansNoMethodNoProblem)
{
    const auto s = withRiskMethod(u"");
    EXPECT_EQ(s.riskMethod, nullptr);
    EXPECT_TRUE(s.riskMethodProblem.empty());
    EXPECT_TRUE(s.problems.empty());
}

TEST(WorkbookRiskMethod, PresetNames)
{
    const auto avt = withRiskMethod(u"avt");
    ASSERT_NE(avt.riskMethod, nullptr) << avt.riskMethodProblem;
    EXPECT_EQ(avt.riskMethod.get(), isms::findPreset("avt"));
    EXPECT_TRUE(avt.riskMethodProblem.empty());
    EXPECT_TRUE(avt.problems.empty());

    const auto upper = withRiskMethod(u"5X5");
    ASSERT_NE(upper.riskMethod, nullptr) << upper.riskMethodProblem;
    EXPECT_EQ(upper.riskMethod.get(), &isms::defaultMethod());

    const auto iso = withRiskMethod(u"iso27005");
    ASSERT_NE(iso.riskMethod, nullptr);
    EXPECT_EQ(iso.riskMethod->id, "iso27005");
}

TEST(WorkbookRiskMethod, JsonDefinition)
{
    const auto s = withRiskMethod(uR"({"id": "ours", "kind": "matrix", "value": "sum",
             "title": {"en": "Ours", "ja": "当社"},
             "scales": {"likelihood": {"levels": 3}, "impact": {"levels": 3}},
             "levels": [{"min": 2, "max": 3, "label": {"en": "Low", "ja": "低"}},
                        {"min": 4, "max": 6, "label": {"en": "High", "ja": "高"}}],
             "acceptance": {"maxLevel": "Low"}})");
    ASSERT_NE(s.riskMethod, nullptr) << s.riskMethodProblem;
    EXPECT_EQ(s.riskMethod->id, "ours");
    EXPECT_EQ(s.riskMethod->title.ja, "当社");
    EXPECT_EQ(s.riskMethod->combine, Combine::Sum);
    const int in[] = {3, 2};
    EXPECT_EQ(s.riskMethod->value(in), 5);
    EXPECT_EQ(s.riskMethod->acceptMax, 3);
    EXPECT_TRUE(s.riskMethodProblem.empty());
    EXPECT_TRUE(s.problems.empty());
}

TEST(WorkbookRiskMethod, InvalidJsonGivesAProblem)
{
    for (std::u16string text : {std::u16string(u"{\"id\": "), std::u16string(u"6x6")})
    {
        const auto s = withRiskMethod(text);
        EXPECT_EQ(s.riskMethod, nullptr);
        EXPECT_TRUE(contains(s.riskMethodProblem, "ISMS.RiskMethod")) << s.riskMethodProblem;
        ASSERT_EQ(s.problems.size(), 1u);
        EXPECT_TRUE(contains(s.problems[0], "ISMS.RiskMethod")) << s.problems[0];
    }
}

TEST(WorkbookRiskMethod, InconsistentMethodGivesAProblem)
{
    const auto s = withRiskMethod(uR"({"id": "gappy", "kind": "matrix", "value": "product",
             "title": {"en": "Gappy", "ja": "隙間あり"},
             "scales": {"likelihood": {"levels": 5}, "impact": {"levels": 5}},
             "levels": [{"min": 1, "max": 4, "label": {"en": "Low", "ja": "低"}},
                        {"min": 6, "max": 25, "label": {"en": "High", "ja": "高"}}],
             "acceptance": {"maxLevel": "Low"}})");
    EXPECT_EQ(s.riskMethod, nullptr);
    EXPECT_TRUE(contains(s.riskMethodProblem, "ISMS.RiskMethod")) << s.riskMethodProblem;
    EXPECT_TRUE(contains(s.riskMethodProblem, "gap")) << s.riskMethodProblem;
}

TEST(WorkbookRiskMethod, CustomMethodWithAPresetsIdIsAProblemNotThePreset)
{
    const auto s = withRiskMethodUtf8(changed(kMatrix, R"("id": "custom")", R"("id": "5x5")"));
    EXPECT_EQ(s.riskMethod, nullptr);
    EXPECT_EQ(s.riskMethodProblem,
              "ISMS.RiskMethod: method id '5x5' is already the name of the preset method '5x5'; "
              "give your own method a different id");
    // The cell functions report it instead of scoring with either method.
    auto r = isms::resolveRiskMethod(u"", s, isms::MethodKind::Matrix, "5x5", 1);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(contains(r.error().message, "already the name of the preset method '5x5'"))
        << r.error().message;
    // The preset itself stays reachable by name.
    auto preset = isms::resolveRiskMethod(u"5x5", s, isms::MethodKind::Matrix, "5x5", 1);
    ASSERT_TRUE(preset.ok());
    EXPECT_EQ(preset->get(), &isms::defaultMethod());
}

// ------------------------------------------------------------------ values no method produces

// Product and sum methods combine whole levels into whole numbers: π or 4.9999999999 is no
// risk value of theirs (ISMS.RISKLEVEL(PI()) was Low, ISMS.ACCEPTABLE(4.9999999999) FALSE).
TEST(RiskMethodValues, AValueNoMethodCanProduceIsAnError)
{
    const RiskMethod& m = isms::defaultMethod();
    for (double v : {3.141592653589793, 4.9999999999, 4.5, 1.0000001, 24.999})
    {
        auto l = m.levelOf(v, 0);
        ASSERT_FALSE(l.ok()) << v << " gave " << (*l)->label.en;
        EXPECT_EQ(l.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(l.error().argIndex, 0);
        EXPECT_TRUE(contains(l.error().message, "no value method '5x5' can produce"))
            << l.error().message;
        auto a = m.acceptable(v, 0);
        ASSERT_FALSE(a.ok()) << v;
        EXPECT_EQ(a.error().kind, ErrorKind::InvalidArgument);
        EXPECT_FALSE(m.producible(v)) << v;
    }
}

TEST(RiskMethodValues, WholeNumbersWithinARoundingErrorCount)
{
    const RiskMethod& m = isms::defaultMethod();
    // A whole number off by a rounding error, as a formula may produce it.
    const double three = std::nextafter(3.0, 4.0);
    ASSERT_NE(three, 3.0);
    ASSERT_TRUE(m.levelOf(three, 0).ok());
    EXPECT_EQ((*m.levelOf(three, 0))->label.en, "Low");
    EXPECT_EQ(*m.producible(three), 3.0);
    // TRUE arrives from Calc as the number 1: level 1 (documented; it cannot be told apart).
    EXPECT_EQ((*m.levelOf(1.0, 0))->label.en, "Low");
    EXPECT_TRUE(*m.acceptable(1.0, 0));
    // A whole number in range that 5x5 happens not to produce (7) still has its level.
    EXPECT_EQ((*m.levelOf(7, 0))->label.en, "Medium");
}

TEST(RiskMethodValues, AGridMayHoldOtherValues)
{
    std::string json = kGrid;
    const std::string from = "[3, 6, 9]";
    json.replace(json.find(from), from.size(), "[3, 6, 8.5]");
    auto g = isms::parseRiskMethod(json);
    ASSERT_TRUE(g.ok()) << g.error().message;
    EXPECT_EQ((*g->levelOf(8.5, 0))->label.en, "High");
    EXPECT_FALSE(*g->acceptable(8.5, 0));
    EXPECT_EQ(*g->producible(8.5), 8.5);
    auto no = g->levelOf(8.25, 0);
    ASSERT_FALSE(no.ok());
    EXPECT_TRUE(contains(no.error().message, "a value of its grid")) << no.error().message;
}

} // namespace
