// Scoring register rows with the organisation's method: likelihood × impact (numbers or
// labels), residual risk from the after-treatment columns, asset value × threat ×
// vulnerability with the asset value taken from C/I/A, and what happens to missing or bad
// inputs.

#include "isms/register_scoring.hpp"
#include "register_support.hpp"
#include "text_support.hpp"
#include "isms/utf.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Grid;
using isms::Register;
using isms::RiskMethod;
using isms::RiskRow;
using isms::RowScore;
using F = isms::RegisterField;

/// The register read from a grid (the grid must outlive it).
Register read(const Grid& g)
{
    auto m = isms::detectRegister(g);
    if (!m.ok())
    {
        ADD_FAILURE() << m.error().message;
        return {};
    }
    return isms::readRegister(g, *m);
}

const RiskMethod& preset(const char* id)
{
    const RiskMethod* m = isms::findPreset(id);
    if (!m)
        throw std::runtime_error(std::string("no preset ") + id);
    return *m;
}

std::string problems(const RowScore& s)
{
    std::string out;
    for (const auto& p : s.problems)
        out += "[" + p + "] ";
    return out;
}

bool anyProblemMentions(const RowScore& s, std::string_view word)
{
    for (const auto& p : s.problems)
        if (contains(p, word))
            return true;
    return false;
}

const RiskRow& riskRow(const Register& reg, std::size_t i)
{
    if (i >= reg.risks.size())
        throw std::runtime_error("only " + std::to_string(reg.risks.size()) + " risks read");
    return reg.risks[i];
}

// ------------------------------------------------------------------ likelihood × impact

// A 5x5 register with inherent and residual groups (two header rows).
Grid matrixRegister()
{
    return makeGrid({
        {{}, {}, u"Inherent risk", {}, {}, u"Residual risk", {}},
        {u"Risk ID", u"Threat", u"Likelihood", u"Impact", u"Controls", u"Likelihood", u"Impact"},
        {u"R-1", u"Ransomware", 4, 3, u"8.7", 2, 3},                             // 12, residual 6
        {u"R-2", u"Phishing", u"Likely", u"重大", u"6.3", u"Unlikely", u"軽微"}, // 16, 4
        {u"R-3", u"Fire", 4, {}, u"7.5", {}, {}},                                // incomplete
        {u"R-4", u"Flood", 6, 3, u"7.5", 2, 2},               // 6 is no level; residual 4
        {u"R-5", u"Theft", 2, 2, u"7.9", 1, u"x"},            // residual impact bad
        {u"R-6", u"Insider", u"3", u"２", u"8.2", u" 1 ", 5}, // numeric texts
    });
}

TEST(ScoreRisk, RegisterReadsAsExpected)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    ASSERT_EQ(reg.map.headerRows, 2);
    EXPECT_EQ(reg.map.col(F::Likelihood), 2);
    EXPECT_EQ(reg.map.col(F::Impact), 3);
    EXPECT_EQ(reg.map.col(F::ResidualLikelihood), 5);
    EXPECT_EQ(reg.map.col(F::ResidualImpact), 6);
    EXPECT_EQ(reg.risks.size(), 6u);
}

TEST(ScoreRisk, FiveByFiveNumbersWithResidual)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 0), isms::defaultMethod());
    ASSERT_TRUE(s.inherent.has_value()) << problems(s);
    EXPECT_EQ(*s.inherent, 12);
    ASSERT_TRUE(s.residual.has_value()) << problems(s);
    EXPECT_EQ(*s.residual, 6);
    EXPECT_TRUE(s.problems.empty()) << problems(s);
}

TEST(ScoreRisk, FiveByFiveLabelsInEnglishAndJapanese)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 1), isms::defaultMethod());
    EXPECT_TRUE(s.problems.empty()) << problems(s);
    ASSERT_TRUE(s.inherent.has_value()) << problems(s);
    EXPECT_EQ(*s.inherent, 16); // Likely (4) × 重大 (4)
    ASSERT_TRUE(s.residual.has_value()) << problems(s);
    EXPECT_EQ(*s.residual, 4); // Unlikely (2) × 軽微 (2)
}

TEST(ScoreRisk, MissingInputsGiveNoValueAndNoProblem)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 2), isms::defaultMethod());
    EXPECT_FALSE(s.inherent.has_value());
    EXPECT_FALSE(s.residual.has_value());
    EXPECT_TRUE(s.problems.empty()) << problems(s);
}

TEST(ScoreRisk, BadInputGivesNoValueAndAProblemNamingTheField)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 3), isms::defaultMethod());
    EXPECT_FALSE(s.inherent.has_value());
    ASSERT_EQ(s.problems.size(), 1u) << problems(s);
    EXPECT_TRUE(contains(s.problems[0], "likelihood")) << problems(s);
    EXPECT_TRUE(contains(s.problems[0], "6")) << problems(s);
    // The residual inputs are fine and still scored.
    ASSERT_TRUE(s.residual.has_value());
    EXPECT_EQ(*s.residual, 4);
}

TEST(ScoreRisk, BadResidualInputNamesTheResidualField)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 4), isms::defaultMethod());
    ASSERT_TRUE(s.inherent.has_value()) << problems(s);
    EXPECT_EQ(*s.inherent, 4);
    EXPECT_FALSE(s.residual.has_value());
    ASSERT_EQ(s.problems.size(), 1u) << problems(s);
    EXPECT_TRUE(contains(s.problems[0], "residualImpact")) << problems(s);
}

TEST(ScoreRisk, NumericTextsAreLevels)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 5), isms::defaultMethod());
    EXPECT_TRUE(s.problems.empty()) << problems(s);
    ASSERT_TRUE(s.inherent.has_value());
    EXPECT_EQ(*s.inherent, 6);
    ASSERT_TRUE(s.residual.has_value());
    EXPECT_EQ(*s.residual, 5);
}

TEST(ScoreRisk, ThreeByThreeLabelsHighAndKou)
{
    const Grid g = makeGrid({
        {u"Risk ID", u"Threat", u"Likelihood", u"Impact", u"Controls"},
        {u"R-1", u"Fire", u"High", u"高", u"7.5"},
        {u"R-2", u"Flood", u"low", u"中", u"7.5"},
        {u"R-3", u"Theft", u"Medium", u"Low", u"7.9"},
    });
    const Register reg = read(g);
    ASSERT_EQ(reg.risks.size(), 3u);
    const RiskMethod& m = preset("3x3");
    const int expected[] = {9, 2, 2};
    for (std::size_t i = 0; i < 3; ++i)
    {
        SCOPED_TRACE("row " + std::to_string(i));
        const RowScore s = isms::scoreRisk(reg.risks[i], m);
        EXPECT_TRUE(s.problems.empty()) << problems(s);
        ASSERT_TRUE(s.inherent.has_value());
        EXPECT_EQ(*s.inherent, expected[i]);
        EXPECT_FALSE(s.residual.has_value()); // no residual columns
    }
}

TEST(ScoreRisk, SameRowScoredByAnotherMethod)
{
    const Grid g = matrixRegister();
    const Register reg = read(g);
    // iso27005: (L-1)+(I-1) = 3+2 = 5; residual (2-1)+(3-1) = 3.
    const RowScore s = isms::scoreRisk(riskRow(reg, 0), preset("iso27005"));
    ASSERT_TRUE(s.inherent.has_value()) << problems(s);
    EXPECT_EQ(*s.inherent, 5);
    ASSERT_TRUE(s.residual.has_value());
    EXPECT_EQ(*s.residual, 3);
    // 4 is no level on a 3-level scale.
    const RowScore small = isms::scoreRisk(riskRow(reg, 0), preset("3x3"));
    EXPECT_FALSE(small.inherent.has_value());
    EXPECT_TRUE(anyProblemMentions(small, "likelihood")) << problems(small);
}

// ------------------------------------------------------------------ asset value × threat ×
// vulnerability

// No asset value column: the asset value is the largest of C, I and A.
Grid avtRegisterWithoutAssetValue()
{
    return makeGrid({
        {u"No.", u"資産", u"機密性", u"完全性", u"可用性", u"脅威", u"脆弱性", u"脅威レベル",
         u"脆弱性レベル", u"対応後の脅威レベル", u"対応後の脆弱性レベル"},
        {1, u"顧客名簿", 3, 2, 1, u"不正アクセス", u"設定不備", 2, 2, 1, 1}, // 3×2×2, 3×1×1
        {2, u"人事記録", u"高", u"中", u"低", u"漏えい", u"暗号化なし", u"中", u"高", {}, {}},
        {3, u"Web サイト", 1, {}, 2, u"改ざん", u"脆弱な CMS", 3, 3, 2, 1}, // 2×3×3, 2×2×1
        {4, u"バックアップ", 2, 2, 2, u"消失", u"単一拠点", 4, 2, {}, {}},  // threat 4 bad
        {5, u"会議室", {}, {}, {}, u"盗難", u"施錠なし", 2, 2, {}, {}},     // no C/I/A
    });
}

TEST(ScoreRisk, AvtLayoutDetected)
{
    const Grid g = avtRegisterWithoutAssetValue();
    const Register reg = read(g);
    EXPECT_EQ(reg.map.col(F::Confidentiality), 2);
    EXPECT_EQ(reg.map.col(F::Integrity), 3);
    EXPECT_EQ(reg.map.col(F::Availability), 4);
    EXPECT_EQ(reg.map.col(F::ThreatLevel), 7);
    EXPECT_EQ(reg.map.col(F::VulnerabilityLevel), 8);
    EXPECT_EQ(reg.map.col(F::ResidualThreat), 9);
    EXPECT_EQ(reg.map.col(F::ResidualVulnerability), 10);
    EXPECT_FALSE(reg.map.has(F::AssetValue));
    EXPECT_EQ(reg.risks.size(), 5u);
}

TEST(ScoreRisk, AvtAssetValueIsLargestOfCia)
{
    const Grid g = avtRegisterWithoutAssetValue();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 0), preset("avt"));
    EXPECT_TRUE(s.problems.empty()) << problems(s);
    ASSERT_TRUE(s.inherent.has_value());
    EXPECT_EQ(*s.inherent, 12); // 3 × 2 × 2
    ASSERT_TRUE(s.residual.has_value());
    EXPECT_EQ(*s.residual, 3); // 3 × 1 × 1
}

TEST(ScoreRisk, AvtWithJapaneseLabels)
{
    const Grid g = avtRegisterWithoutAssetValue();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 1), preset("avt"));
    EXPECT_TRUE(s.problems.empty()) << problems(s);
    ASSERT_TRUE(s.inherent.has_value());
    EXPECT_EQ(*s.inherent, 18); // 高 (3) × 中 (2) × 高 (3)
    EXPECT_FALSE(s.residual.has_value());
}

TEST(ScoreRisk, AvtAssetValueFromTheCiaColumnsPresent)
{
    const Grid g = avtRegisterWithoutAssetValue();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 2), preset("avt"));
    EXPECT_TRUE(s.problems.empty()) << problems(s);
    ASSERT_TRUE(s.inherent.has_value());
    EXPECT_EQ(*s.inherent, 18); // max(1, 2) × 3 × 3
    ASSERT_TRUE(s.residual.has_value());
    EXPECT_EQ(*s.residual, 4); // 2 × 2 × 1
}

TEST(ScoreRisk, AvtBadThreatLevelNamesTheField)
{
    const Grid g = avtRegisterWithoutAssetValue();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 3), preset("avt"));
    EXPECT_FALSE(s.inherent.has_value());
    EXPECT_FALSE(s.residual.has_value());
    ASSERT_EQ(s.problems.size(), 1u) << problems(s);
    EXPECT_TRUE(contains(s.problems[0], "threat")) << problems(s);
}

TEST(ScoreRisk, AvtWithoutAssetValueGivesNoValueAndNoProblem)
{
    const Grid g = avtRegisterWithoutAssetValue();
    const Register reg = read(g);
    const RowScore s = isms::scoreRisk(riskRow(reg, 4), preset("avt"));
    EXPECT_FALSE(s.inherent.has_value());
    EXPECT_FALSE(s.residual.has_value());
    EXPECT_TRUE(s.problems.empty()) << problems(s);
}

TEST(ScoreRisk, AvtAssetValueColumnWinsOverCia)
{
    const Grid g = makeGrid({
        {u"No.", u"資産", u"機密性", u"完全性", u"可用性", u"資産価値", u"脅威", u"脆弱性",
         u"脅威レベル", u"脆弱性レベル"},
        {1, u"顧客名簿", 3, 2, 1, 1, u"不正アクセス", u"設定不備", 2, 3}, // 1 × 2 × 3
        {2, u"人事記録", 3, 2, 1, {}, u"漏えい", u"暗号化なし", 2, 3},    // empty: max C/I/A
        {3, u"社内 Wiki", 1, 1, 1, u"高", u"改ざん", u"認証なし", 1, 1},  // label: 3 × 1 × 1
        {4, u"給与", 3, 3, 3, 5, u"不正", u"権限過多", 1, 1},             // 5 is no level
    });
    const Register reg = read(g);
    ASSERT_EQ(reg.map.col(F::AssetValue), 5);
    ASSERT_EQ(reg.risks.size(), 4u);
    const RiskMethod& m = preset("avt");

    const RowScore own = isms::scoreRisk(reg.risks[0], m);
    EXPECT_TRUE(own.problems.empty()) << problems(own);
    ASSERT_TRUE(own.inherent.has_value());
    EXPECT_EQ(*own.inherent, 6);

    const RowScore fallback = isms::scoreRisk(reg.risks[1], m);
    ASSERT_TRUE(fallback.inherent.has_value()) << problems(fallback);
    EXPECT_EQ(*fallback.inherent, 18);

    const RowScore label = isms::scoreRisk(reg.risks[2], m);
    ASSERT_TRUE(label.inherent.has_value()) << problems(label);
    EXPECT_EQ(*label.inherent, 3);

    const RowScore bad = isms::scoreRisk(reg.risks[3], m);
    EXPECT_FALSE(bad.inherent.has_value());
    EXPECT_TRUE(anyProblemMentions(bad, "assetValue")) << problems(bad);
}

// ------------------------------------------------------------------ cellLevel

TEST(CellLevel, NumbersAndTexts)
{
    const isms::Scale& likelihood = isms::defaultMethod().scales.at(0);
    isms::GridCell number;
    number.isNumber = true;
    number.number = 3;
    number.text = u"3";
    EXPECT_EQ(isms::cellLevel(number, likelihood).value(), 3);

    isms::GridCell label;
    label.text = u"まれ";
    EXPECT_EQ(isms::cellLevel(label, likelihood).value(), 1);

    isms::GridCell tooHigh;
    tooHigh.isNumber = true;
    tooHigh.number = 6;
    tooHigh.text = u"6";
    EXPECT_FALSE(isms::cellLevel(tooHigh, likelihood).ok());

    isms::GridCell fraction;
    fraction.isNumber = true;
    fraction.number = 2.5;
    fraction.text = u"2.5";
    EXPECT_FALSE(isms::cellLevel(fraction, likelihood).ok());
}

// One C/I/A rule for the register's columns and ISMS.CIA: the largest rating, every rating a
// level of the scale.

isms::GridCell ratingCell(double n)
{
    isms::GridCell c;
    c.number = n;
    c.isNumber = true;
    return c;
}

isms::GridCell ratingText(const char16_t* t)
{
    isms::GridCell c;
    c.text = t;
    return c;
}

TEST(CiaAssetValue, TheLargestRating)
{
    const auto c = ratingCell(1), i = ratingCell(3), a = ratingCell(2);
    const isms::GridCell* const all[] = {&c, &i, &a};
    auto v = isms::ciaAssetValue(all, isms::ciaRatingScale());
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_EQ(*v, std::optional<int>(3));
    const auto big = ratingCell(100);
    const isms::GridCell* const withBig[] = {&c, &big, &a};
    EXPECT_EQ(*isms::ciaAssetValue(withBig, isms::ciaRatingScale()), std::optional<int>(100));
}

TEST(CiaAssetValue, RatingsGivenAsTextsAndLabelsOfTheScale)
{
    const auto c = ratingText(u" 2 "), i = ratingText(u"４"), a = ratingCell(1);
    const isms::GridCell* const all[] = {&c, &i, &a};
    EXPECT_EQ(*isms::ciaAssetValue(all, isms::ciaRatingScale()), std::optional<int>(4));
    // On a method's asset-value scale, its labels count (avt: 低 / 中 / 高).
    const isms::Scale& scale = preset("avt").scales[0];
    const auto high = ratingText(u"高"), low = ratingCell(1);
    const isms::GridCell* const labels[] = {&low, &high, nullptr};
    EXPECT_EQ(*isms::ciaAssetValue(labels, scale), std::optional<int>(3));
}

TEST(CiaAssetValue, ABadRatingIsAnArgumentErrorAtItsPosition)
{
    const auto good = ratingCell(2);
    for (const isms::GridCell& bad :
         {ratingCell(0), ratingCell(2.5), ratingCell(-1), ratingCell(101), ratingText(u""),
          ratingText(u"high"), ratingText(u"2.5")})
    {
        const isms::GridCell* const ratings[] = {&good, &good, &bad};
        auto v = isms::ciaAssetValue(ratings, isms::ciaRatingScale());
        ASSERT_FALSE(v.ok()) << isms::toUtf8(bad.text) << " " << bad.number;
        EXPECT_EQ(v.error().kind, isms::ErrorKind::InvalidArgument);
        EXPECT_EQ(v.error().argIndex, 2);
    }
    const auto bad = ratingCell(0);
    const isms::GridCell* const first[] = {&bad, &good, &good};
    EXPECT_EQ(isms::ciaAssetValue(first, isms::ciaRatingScale()).error().argIndex, 0);
}

TEST(CiaAssetValue, NoRatingGivenIsNoValue)
{
    const isms::GridCell* const none[] = {nullptr, nullptr, nullptr};
    auto v = isms::ciaAssetValue(none, isms::ciaRatingScale());
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->has_value());
}

TEST(ScoreRisk, AvtBadCiaRatingNamesItsColumn)
{
    const Grid g = makeGrid({
        {u"Risk ID", u"Asset", u"Confidentiality", u"Integrity", u"Availability", u"Threat level",
         u"Vulnerability level"},
        {u"R1", u"Laptop", 1, 9, 2, 2, 2},
    });
    const Register reg = read(g);
    ASSERT_EQ(reg.risks.size(), 1u);
    const RowScore s = isms::scoreRisk(riskRow(reg, 0), preset("avt"));
    EXPECT_FALSE(s.inherent.has_value());
    ASSERT_EQ(s.problems.size(), 1u) << problems(s);
    EXPECT_TRUE(contains(s.problems[0], "integrity")) << problems(s);
}

// The method a cell function scores with.

isms::WorkbookSettings workbookWith(const char* id, isms::MethodKind kind)
{
    isms::WorkbookSettings s;
    auto m = std::make_shared<RiskMethod>(preset(kind == isms::MethodKind::Avt ? "avt" : "4x4"));
    m->id = id;
    s.riskMethod = m;
    return s;
}

TEST(ResolveRiskMethod, APresetByNameSpacesAndCaseIgnored)
{
    auto m = isms::resolveRiskMethod(u"  3X3 ", {}, isms::MethodKind::Matrix, "5x5", 2);
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ((*m)->id, "3x3");
}

TEST(ResolveRiskMethod, NoNameTheWorkbookMethodElseTheFallback)
{
    EXPECT_EQ((*isms::resolveRiskMethod(u"", {}, isms::MethodKind::Avt, "avt", 3))->id, "avt");
    EXPECT_EQ((*isms::resolveRiskMethod(u"", {}, std::nullopt, "5x5", 1))->id, "5x5");
    const auto ours = workbookWith("ours", isms::MethodKind::Matrix);
    EXPECT_EQ((*isms::resolveRiskMethod(u"", ours, isms::MethodKind::Matrix, "5x5", 2))->id,
              "ours");
    EXPECT_EQ((*isms::resolveRiskMethod(u"ours", ours, std::nullopt, "5x5", 1))->id, "ours");
    EXPECT_EQ((*isms::resolveRiskMethod(u"5x5", ours, std::nullopt, "5x5", 1))->id, "5x5")
        << "a named preset wins over the workbook's method";
}

TEST(ResolveRiskMethod, ErrorsAreArgumentErrorsAtTheMethodArgument)
{
    const auto expectError =
        [](const isms::Result<std::shared_ptr<const RiskMethod>>& r, std::string_view part)
    {
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, isms::ErrorKind::InvalidArgument);
        EXPECT_EQ(r.error().argIndex, 2);
        EXPECT_TRUE(contains(r.error().message, part)) << r.error().message;
    };
    expectError(isms::resolveRiskMethod(u"6x6", {}, std::nullopt, "5x5", 2), "neither a preset");
    expectError(isms::resolveRiskMethod(u"avt", {}, isms::MethodKind::Matrix, "5x5", 2),
                "use ISMS.RISK3");
    expectError(isms::resolveRiskMethod(u"5x5", {}, isms::MethodKind::Avt, "avt", 2),
                "use ISMS.RISK");
    // The workbook's method of the other kind is not silently replaced by the fallback.
    expectError(isms::resolveRiskMethod(u"", workbookWith("ours", isms::MethodKind::Avt),
                                        isms::MethodKind::Matrix, "5x5", 2),
                "'ours'");
    isms::WorkbookSettings broken;
    broken.riskMethodProblem = "ISMS.RiskMethod: levels leave a gap";
    expectError(isms::resolveRiskMethod(u"", broken, std::nullopt, "5x5", 2), "leave a gap");
    EXPECT_TRUE(isms::resolveRiskMethod(u"4x4", broken, std::nullopt, "5x5", 2).ok())
        << "a named preset does not need the workbook's method";
}

} // namespace
