// The risk register rules (REG-*): values against the workbook's method, the acceptance
// criterion, treatment citing controls that do not exist, residual against inherent risk.

#include "isms/register_scoring.hpp"
#include "isms/review.hpp"
#include "isms/soa_table.hpp"

#include "isms/utf.hpp"
#include "keywords.hpp"
#include "review_internal.hpp"

#include <map>

#include <cmath>
#include <cstdio>

namespace isms::review_detail
{
namespace
{

using F = RegisterField;

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string riskName(const RiskRow& r)
{
    const GridCell* id = r.get(F::RiskId);
    if (id && !id->empty())
        return cellUtf8(*id);
    return "row " + std::to_string(r.row + 1);
}

/// The index of the method's level a cell names (a label in either language, or 1 … n).
std::optional<std::size_t> levelIndexOf(const RiskMethod& m, const GridCell& cell)
{
    if (cell.isNumber)
    {
        if (cell.number >= 1 && cell.number <= double(m.levels.size()) &&
            cell.number == std::floor(cell.number))
            return std::size_t(cell.number) - 1;
        return std::nullopt;
    }
    const std::u16string f = foldForMatching(std::u16string_view(cell.text));
    for (std::size_t i = 0; i < m.levels.size(); ++i)
        if (f == foldForMatching(toUtf16(m.levels[i].label.en)) ||
            f == foldForMatching(toUtf16(m.levels[i].label.ja)))
            return i;
    return std::nullopt;
}

std::optional<std::size_t> levelIndexOfValue(const RiskMethod& m, double v)
{
    auto l = m.levelOf(v, 0);
    if (!l.ok())
        return std::nullopt;
    return std::size_t(*l - m.levels.data());
}

const GridCell* filled(const RiskRow& r, F f)
{
    const GridCell* c = r.get(f);
    return c && !isPlaceholder(*c) ? c : nullptr;
}

struct Side
{
    F valueField, levelField;
    const char* en; ///< "risk value" / "residual risk value"
    const char* ja;
};

/// One side's findings over the whole register, and how often its stated value differs from
/// the computed one: when most rows differ, the register follows another method.
struct SideTally
{
    std::vector<Finding> findings;
    int compared = 0; ///< rows with a stated and a computed value
    struct Difference
    {
        int row;
        double stated, computed;
    };
    std::vector<Difference> differing;
};

/// Checks the stated value and level of one side (inherent or residual) against the computed
/// value; returns the value the rest of the review uses (computed, else stated).
std::optional<double> checkSide(const ReviewInput& in, const RiskMethod& m, const RiskRow& r,
                                std::optional<double> computed, const Side& side, SideTally& tally)
{
    std::vector<Finding>& out = tally.findings;
    const std::string& sheet = in.registerSheet;
    const RegisterMap& map = in.reg->map;
    std::optional<double> stated;
    if (const GridCell* c = filled(r, side.valueField))
        stated = cellNumber(*c);
    const Text fix{"Recompute the value with the workbook's method (=ISMS.RISK or "
                   "=ISMS.RISK3), or correct the inputs it was computed from.",
                   "ブックの方法(=ISMS.RISK 又は =ISMS.RISK3)で値を計算し直すか、計算のもとに"
                   "なった入力を訂正してください。"};
    if (computed && stated)
    {
        ++tally.compared;
        if (std::fabs(*computed - *stated) > 1e-9)
            tally.differing.push_back({r.row, *stated, *computed});
    }
    if (computed && stated && std::fabs(*computed - *stated) > 1e-9)
        out.push_back(make(
            "REG-VALUE-INCONSISTENT", Severity::Minor, {sheet, r.row, map.col(side.valueField)},
            {"Risk " + riskName(r) + ": the " + side.en + " is " + num(*stated) + ", but the " +
                 m.id + " method gives " + num(*computed) + " from the row's levels.",
             "リスク " + riskName(r) + ": " + side.ja + "は " + num(*stated) + " ですが、" + m.id +
                 " の方法で行の各レベルから計算すると " + num(*computed) + " です。"},
            fix));
    const std::optional<double> value = computed ? computed : stated;
    const bool inRange =
        stated && *stated >= m.levels.front().min && *stated <= m.levels.back().max;
    if (stated && !computed && inRange && !m.producible(*stated))
        out.push_back(make(
            "REG-VALUE-INCONSISTENT", Severity::Minor, {sheet, r.row, map.col(side.valueField)},
            {"Risk " + riskName(r) + ": the " + side.en + " " + num(*stated) + " is no value the " +
                 m.id + " method can produce (it gives whole numbers" +
                 (m.combine == Combine::Grid ? " or a value of its grid" : "") + ").",
             "リスク " + riskName(r) + ": " + side.ja + " " + num(*stated) + " は " + m.id +
                 " の方法で算出され得る値ではありません(整数" +
                 (m.combine == Combine::Grid ? "又はマトリクスの値" : "") + "になります)。"},
            fix));
    else if (stated && !computed && !m.levelOf(*stated, 0).ok())
        out.push_back(make(
            "REG-VALUE-INCONSISTENT", Severity::Minor, {sheet, r.row, map.col(side.valueField)},
            {"Risk " + riskName(r) + ": the " + side.en + " " + num(*stated) +
                 " lies outside the range of the " + m.id + " method (" + num(m.minValue) + "–" +
                 num(m.maxValue) + ").",
             "リスク " + riskName(r) + ": " + side.ja + " " + num(*stated) + " は " + m.id +
                 " の方法の範囲(" + num(m.minValue) + "〜" + num(m.maxValue) + ")の外です。"},
            fix));
    if (const GridCell* lc = filled(r, side.levelField); lc && value)
        if (auto expected = levelIndexOfValue(m, *value))
        {
            const auto statedLevel = levelIndexOf(m, *lc);
            if (!statedLevel || *statedLevel != *expected)
            {
                const RiskLevel& e = m.levels[*expected];
                out.push_back(make(
                    "REG-VALUE-INCONSISTENT", Severity::Minor,
                    {sheet, r.row, map.col(side.levelField)},
                    {"Risk " + riskName(r) + ": the level is '" + cellUtf8(*lc) + "', but " +
                         num(*value) + " is " + e.label.en + " in the " + m.id + " method.",
                     "リスク " + riskName(r) + ": レベルは「" + cellUtf8(*lc) + "」ですが、" +
                         m.id + " の方法では " + num(*value) + " は「" + e.label.ja + "」です。"},
                    fix));
            }
        }
    return value;
}

/// A side's findings; when most of its stated values differ from what the method computes (a
/// register that multiplies by the asset value too, a 1–25 scale), one observation for the
/// column instead: every row's value and level would be "wrong" by the same misreading.
void valueFindings(const ReviewInput& in, const RiskMethod& m, const Side& side,
                   const SideTally& tally, std::vector<Finding>& out)
{
    const std::size_t n = tally.differing.size();
    if (n <= 3 || n * 2 <= std::size_t(tally.compared))
    {
        out.insert(out.end(), tally.findings.begin(), tally.findings.end());
        return;
    }
    std::string examples, examplesJa;
    for (std::size_t i = 0; i < n && i < 3; ++i)
    {
        const auto& d = tally.differing[i];
        const std::string row = std::to_string(d.row + 1);
        examples += (i ? ", " : "") + num(d.stated) + " where it gives " + num(d.computed) +
                    " (row " + row + ")";
        examplesJa += (i ? "、" : "") + num(d.stated) + "(計算では " + num(d.computed) + "、" +
                      row + " 行目)";
    }
    const std::string of = std::to_string(n) + " of " + std::to_string(tally.compared);
    out.push_back(make(
        "REG-METHOD-MISMATCH", Severity::Observation,
        {in.registerSheet, -1, in.reg->map.col(side.valueField)},
        {"The " + std::string(side.en) + "s do not follow the " + m.id + " method: " + of +
             " differ from what it computes from their rows' levels (" + examples +
             "). The register seems to use another method (for example, times an asset value), "
             "so its values and levels were not checked row by row.",
         std::string(side.ja) + "は " + m.id + " の方法に従っていません。" +
             std::to_string(tally.compared) + " 件中 " + std::to_string(n) +
             " 件が行の各レベルから計算した値と異なります(" + examplesJa +
             ")。台帳は別の方法(例えば資産価値も掛ける方法)を使っているようなので、値と"
             "レベルを行ごとには確認していません。"},
        {"Set ISMS.RiskMethod (ISMS sidebar ▸ Workbook) to the method your register follows "
         "(a preset or a method definition), or correct the values.",
         "ISMS サイドバーの「ワークブック」パネルで ISMS.RiskMethod を台帳が従う方法(プリセット"
         "又は方法の定義)にするか、値を訂正してください。"}));
}

bool hasScoring(const RegisterMap& map)
{
    for (F f : {F::Likelihood, F::Impact, F::ThreatLevel, F::VulnerabilityLevel, F::RiskValue,
                F::RiskLevel, F::ResidualValue, F::ResidualLevel})
        if (map.has(f))
            return true;
    return false;
}

} // namespace

void reviewRegister(const Catalog& /*cat*/, const ReviewInput& in, std::vector<Finding>& out)
{
    if (!in.registerMapProblem.en.empty()) // a person's map is never ignored silently
        out.push_back(make("REG-MAP-INVALID", Severity::Minor, {},
                           {"The stored risk register mapping (ISMS.RegisterMap) cannot be used: " +
                                in.registerMapProblem.en +
                                ". The risk register was looked for by its headings instead.",
                            "保存されているリスク台帳の対応付け(ISMS.RegisterMap)を使えません: " +
                                (in.registerMapProblem.ja.empty() ? in.registerMapProblem.en
                                                                  : in.registerMapProblem.ja) +
                                "。見出しからリスク台帳を探しました。"},
                           {"Correct the columns in ISMS ▸ Risk Register Columns….",
                            "ISMS ▸ リスク台帳の列… で列を直してください。"}));
    if (!in.reg)
    {
        out.push_back(make(
            "REG-NOT-FOUND", Severity::Major, {},
            {"No risk register was found, so the risk assessment behind the SoA cannot be "
             "checked.",
             "リスク台帳が見つからないため、適用宣言書の根拠となるリスクアセスメントを確認できま"
             "せん。"},
            {"Keep the risk register in the workbook with headings such as Risk ID, Threat, "
             "Likelihood, Impact, Treatment and Controls.",
             "「リスクID」「脅威」「起こりやすさ」「影響度」「リスク対応」「管理策」などの見出しを"
             "もつリスク台帳をブックに含めてください。"}));
        return;
    }
    const Register& reg = *in.reg;
    const RegisterMap& map = reg.map;
    const std::string& sheet = in.registerSheet;
    const RiskMethod& m = methodForRegister(in.settings, in.reg);
    if (!in.registerFromStoredMap && map.confidence < 0.5)
    {
        const std::string pct = std::to_string(int(std::lround(map.confidence * 100))) + "%";
        const std::string row = std::to_string(map.headerRow + 1);
        out.push_back(
            make("REG-LOW-CONFIDENCE", Severity::Observation, {sheet, map.headerRow, -1},
                 {"No risk register was found with confidence; best guess: sheet '" + sheet +
                      "', header row " + row + " (" + pct +
                      " of a register's parts). The findings below read it that way.",
                  "確からしさの十分なリスク台帳は見つかりませんでした。最も近いもの: シート「" +
                      sheet + "」、見出し " + row + " 行目(台帳の要素の " + pct +
                      ")。以下の指摘はこの読み方によります。"},
                 {"Confirm or correct the columns in ISMS ▸ Risk Register Columns….",
                  "ISMS ▸ リスク台帳の列… で列を確認・修正してください。"}));
    }

    if (!in.settings.riskMethodProblem.empty())
        out.push_back(
            make("REG-METHOD-INVALID", Severity::Minor, {},
                 {"The workbook's risk method (ISMS.RiskMethod) cannot be used: " +
                      in.settings.riskMethodProblem + ". The review scored with " + m.id + ".",
                  "ブックのリスク算定方法(ISMS.RiskMethod)を使えません: " +
                      (in.settings.riskMethodProblemJa.empty() ? in.settings.riskMethodProblem
                                                               : in.settings.riskMethodProblemJa) +
                      "。確認では " + m.id + " で算定しました。"},
                 {"Correct ISMS.RiskMethod in the ISMS sidebar's Workbook panel (a preset name or "
                  "a method definition).",
                  "ISMS サイドバーの「ワークブック」パネルで "
                  "ISMS.RiskMethod(プリセット名又は方法の定義)を訂正してください。"}));
    else if (!in.settings.riskMethod && hasScoring(map))
        out.push_back(make(
            "REG-METHOD-ASSUMED", Severity::Observation, {},
            {"The workbook does not state its risk method (ISMS.RiskMethod); the review assumed " +
                 m.id + ". The documented method must be the one the register follows.",
             "ブックにリスク算定方法(ISMS.RiskMethod)が記載されていないため、確認では " + m.id +
                 " を仮定しました。台帳は文書化した方法に従っている必要があります。"},
            {"State the method of your risk assessment process in the ISMS sidebar's Workbook "
             "panel.",
             "ISMS "
             "サイドバーの「ワークブック」パネルで、リスクアセスメントの手順で定めた方法を記載して"
             "ください。"}));

    for (const RowNote& n : reg.issues)
    {
        if (n.kind != RowNoteKind::UnknownControl && n.kind != RowNoteKind::NumberNotControl)
            continue;
        out.push_back(make("REG-UNKNOWN-CONTROL", Severity::Minor,
                           {sheet, n.row, map.col(F::Controls)},
                           {"The risk treatment on row " + std::to_string(n.row + 1) + " cites '" +
                                n.detail + "', which is no control of 27001 Annex A or 27017.",
                            std::to_string(n.row + 1) + " 行目のリスク対応で挙げられた「" +
                                n.detail + "」は、27001 附属書A・27017 の管理策ではありません。"},
                           {"Correct the control number (e.g. 5.15, A.9.2.3 or CLD.6.3.1).",
                            "管理策番号を訂正してください(例: 5.15、A.9.2.3、CLD.6.3.1)。"}));
    }

    // Inputs that are no level of the method: one finding per row when a few rows are off, one
    // observation for the column when most of it is (the column follows another method — a
    // likelihood that is itself a product, a 1–25 scale — not a hundred mistakes).
    std::map<std::string, std::vector<std::pair<const RiskRow*, std::string>>> offByField;
    std::map<std::string, int> filledByField;
    for (const RiskRow& r : reg.risks)
    {
        for (const std::string& p : scoreRisk(r, m).problems)
            offByField[p.substr(0, p.find(':'))].emplace_back(&r, p);
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
            if (r.cell[f])
                ++filledByField[std::string(fieldKey(RegisterField(f)))];
    }
    for (const auto& [field, rows] : offByField)
    {
        const auto key = fieldFromKey(field);
        const int col = key ? map.col(*key) : -1;
        const bool wholeColumn =
            rows.size() > 3 && rows.size() * 2 > std::size_t(filledByField[field]);
        if (wholeColumn)
        {
            std::string examples, examplesJa;
            for (std::size_t i = 0; i < rows.size() && i < 3; ++i)
            {
                const GridCell* c = key ? rows[i].first->get(*key) : nullptr;
                const std::string v = c ? cellUtf8(*c) : "?";
                examples +=
                    (i ? ", " : "") + v + " (row " + std::to_string(rows[i].first->row + 1) + ")";
                examplesJa +=
                    (i ? "、" : "") + v + "(" + std::to_string(rows[i].first->row + 1) + " 行目)";
            }
            const std::string label = key ? fieldLabel(*key).en : field;
            const std::string labelJa = key ? fieldLabel(*key).ja : field;
            out.push_back(
                make("REG-METHOD-MISMATCH", Severity::Observation, {sheet, -1, col},
                     {"The " + label + " column does not follow the " + m.id + " method: " +
                          std::to_string(rows.size()) + " of its values are no level of it (" +
                          examples + "). The register seems to use another method.",
                      "「" + labelJa + "」の列は " + m.id + " の方法に従っていません。" +
                          std::to_string(rows.size()) + " 件の値がその方法のレベルにありません(" +
                          examplesJa + ")。台帳は別の方法を使っているようです。"},
                     {"Set ISMS.RiskMethod (ISMS sidebar ▸ Workbook) to the method your register "
                      "follows, or "
                      "map the column in Risk Register Columns.",
                      "ISMS サイドバーの「ワークブック」パネルで ISMS.RiskMethod "
                      "を台帳が従う方法にするか、リスク台帳の列で列の"
                      "対応付けを見直してください。"}));
            continue;
        }
        for (const auto& [r, p] : rows)
            out.push_back(
                make("REG-INPUT-NOT-A-LEVEL", Severity::Minor, {sheet, r->row, col},
                     {"Risk " + riskName(*r) + ": a level is not one of the " + m.id +
                          " method's levels (" + p + ").",
                      "リスク " + riskName(*r) + ": " + m.id +
                          " の方法のレベルにない値があります(" + p + ")。"},
                     {"Use the levels of the documented method (a number 1 … n or its label).",
                      "文書化した方法のレベル(1〜n の数値又はそのラベル)を使ってください。"}));
    }

    const Side inherentSide{F::RiskValue, F::RiskLevel, "risk value", "リスク値"};
    const Side residualSide{F::ResidualValue, F::ResidualLevel, "residual risk value",
                            "残留リスク値"};
    SideTally inherentTally, residualTally;
    for (const RiskRow& r : reg.risks)
    {
        const RowScore s = scoreRisk(r, m);
        const auto inherent = checkSide(in, m, r, s.inherent, inherentSide, inherentTally);
        const auto residual = checkSide(in, m, r, s.residual, residualSide, residualTally);

        // Residual against inherent: by value, else by the stated levels.
        bool residualHigher = false;
        if (inherent && residual)
            residualHigher = *residual > *inherent + 1e-9;
        else if (const GridCell* li = filled(r, F::RiskLevel), *lr = filled(r, F::ResidualLevel);
                 li && lr)
        {
            const auto a = levelIndexOf(m, *li), b = levelIndexOf(m, *lr);
            residualHigher = a && b && *b > *a;
        }
        if (residualHigher)
            out.push_back(make(
                "REG-RESIDUAL-ABOVE-INHERENT", Severity::Minor,
                {sheet, r.row,
                 map.has(F::ResidualValue) ? map.col(F::ResidualValue) : map.col(F::ResidualLevel)},
                {"Risk " + riskName(r) +
                     ": the residual risk is higher than the risk before treatment. Treatment "
                     "should not raise a risk.",
                 "リスク " + riskName(r) +
                     ": 残留リスクがリスク対応前のリスクより高くなっています。リスク対応でリスク"
                     "が高くなることは想定されません。"},
                {"Check the after-treatment likelihood and impact, or the treatment itself.",
                 "対応後の起こりやすさ・影響度、又はリスク対応そのものを見直してください。"}));

        // The acceptance criterion.
        bool above = false;
        std::string how, howJa; // why it is above, in numbers that agree with each other
        if (inherent)
        {
            above = *inherent > m.acceptMax + 1e-9;
            how = howJa = num(*inherent) + " > " + num(m.acceptMax);
        }
        else if (const GridCell* li = filled(r, F::RiskLevel))
            if (auto i = levelIndexOf(m, *li))
            {
                above = m.levels[*i].min > m.acceptMax + 1e-9;
                how = "level " + m.levels[*i].label.en + " starts at " + num(m.levels[*i].min) +
                      " > " + num(m.acceptMax);
                howJa = "レベル「" + m.levels[*i].label.ja + "」は " + num(m.levels[*i].min) +
                        " から > " + num(m.acceptMax);
            }
        if (!above)
            continue;
        const GridCell* treatment = filled(r, F::Treatment);
        const int where = map.has(F::Treatment) ? map.col(F::Treatment) : -1;
        if (treatment && treatmentAccepts(*treatment))
        {
            out.push_back(
                make("REG-ACCEPTED-ABOVE-CRITERION", Severity::Observation, {sheet, r.row, where},
                     {"Risk " + riskName(r) +
                          " is above the acceptance criterion and is accepted as it is.",
                      "リスク " + riskName(r) +
                          " はリスク受容基準を超えていますが、そのまま受容されて"
                          "います。"},
                     {"Make sure the risk owner's approval of this residual risk is on record.",
                      "この残留リスクをリスク所有者が承認した記録があることを確認してください。"}));
            continue;
        }
        if (!treatment && r.controls.empty())
            out.push_back(make(
                "REG-UNTREATED-ABOVE-CRITERION", Severity::Major, {sheet, r.row, where},
                {"Risk " + riskName(r) + " is above the acceptance criterion (" + how +
                     ") but has neither a treatment nor an acceptance.",
                 "リスク " + riskName(r) + " はリスク受容基準を超えています(" + howJa +
                     ")が、リスク対応も受容の決定もありません。"},
                {"Choose a treatment (reduce, avoid, transfer) with its controls, or record the "
                 "risk owner's acceptance.",
                 "リスク対応(低減・回避・移転)と管理策を選ぶか、リスク所有者による受容を記録して"
                 "ください。"}));
    }
    valueFindings(in, m, inherentSide, inherentTally, out);
    valueFindings(in, m, residualSide, residualTally, out);
}

} // namespace isms::review_detail
