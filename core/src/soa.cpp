#include "isms/soa.hpp"

#include "isms/control_functions.hpp"
#include "isms/register_scoring.hpp"
#include "keywords.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace isms
{
namespace
{

using C = SoaColumn;

const std::array<Text, kSoaColumnCount>& labels()
{
    static const std::array<Text, kSoaColumnCount> l = {{
        {"Control", "管理策"},
        {"Title", "名称"},
        {"Theme", "分類"},
        {"27001:2013 reference", "2013年版の対応"},
        {"27017 roles", "27017 の立場"},
        {"27017 cloud guidance (our role)", "27017 クラウド指針(自組織の立場)"},
        {"Applicability from risk assessment", "リスクアセスメントによる適用"},
        {"Reason from risk assessment", "適用理由(リスクアセスメント)"},
        {"Risk IDs", "リスクID"},
        {"Risk treatment", "リスク対応"},
        {"Residual risk level", "残留リスクレベル"},
        {"Applicability", "適用可否"},
        {"Other reasons for inclusion", "その他の適用理由"},
        {"Justification for exclusion", "除外理由"},
        {"Implementation status", "実施状況"},
        {"Control owner", "管理策の責任者"},
        {"Evidence", "証拠"},
        {"Last review", "前回レビュー"},
        {"Next review", "次回レビュー"},
        {"Notes", "備考"},
        {"isms-calc note", "isms-calc の注記"},
    }};
    return l;
}

GridCell textCell(std::string_view utf8)
{
    GridCell c;
    c.text = toUtf16(utf8);
    return c;
}

/// The 2022 (or CLD) rows a cited control counts for.
std::vector<const Control*> soaTargets(const Control& c)
{
    if (c.edition == Edition::Iso27001_2013)
        return c.mapped;
    return {&c};
}

/// The key of a sheet row: the canonical id when its control cell holds one.
std::u16string rowKey(const SoaRow& r)
{
    const GridCell& c = r.at(C::Control);
    const std::u16string text = c.isNumber ? toUtf16(numberAsIdText(c.number)) : c.text;
    auto id = parseControlId(std::u16string_view(text));
    return id.ok() ? toUtf16(id->canonical()) : std::u16string();
}

} // namespace

bool isComputed(SoaColumn c) noexcept
{
    return c < C::Applicability || c == C::RowNote;
}

const Text& soaColumnLabel(SoaColumn c)
{
    return labels().at(std::size_t(c));
}

SoaColumn soaColumnFromLabel(std::u16string_view heading)
{
    // every heading of a sheet searched for an SoA comes here: the labels in UTF-16 once
    static const std::array<std::array<std::u16string, 2>, kSoaColumnCount> utf16 = []
    {
        std::array<std::array<std::u16string, 2>, kSoaColumnCount> out;
        for (std::size_t i = 0; i < kSoaColumnCount; ++i)
            out[i] = {toUtf16(labels()[i].en), toUtf16(labels()[i].ja)};
        return out;
    }();
    for (std::size_t i = 0; i < kSoaColumnCount; ++i)
        if (heading == utf16[i][0] || heading == utf16[i][1])
            return SoaColumn(i);
    return C::Count;
}

std::vector<SoaRow> computeSoaRows(const Catalog& cat, const Texts& texts, const SoaInput& in)
{
    const bool ja = in.lang == Lang::Ja;
    struct Citations
    {
        std::vector<std::string> riskIds;
        std::set<std::string> treatments;
        std::optional<double> residual;
    };
    std::map<const Control*, Citations> cited;
    if (in.reg)
        for (const RiskRow& r : in.reg->risks)
        {
            const GridCell* id = r.get(RegisterField::RiskId);
            const std::string rid = id ? cellUtf8(*id) : "row " + std::to_string(r.row + 1);
            const GridCell* t = r.get(RegisterField::Treatment);
            std::optional<double> residual;
            if (in.method)
                residual = scoreRisk(r, *in.method).residual;
            for (const CitedControl& cc : r.controls)
                for (const Control* target : soaTargets(*cc.control))
                {
                    Citations& c = cited[target];
                    // risks arrive one by one: a repeat can only be this risk citing the
                    // control twice (A.9.2.3 and 8.2 both land on 8.2)
                    if (c.riskIds.empty() || c.riskIds.back() != rid)
                        c.riskIds.push_back(rid);
                    if (t)
                        c.treatments.insert(cellUtf8(*t));
                    if (residual)
                        c.residual = std::max(c.residual.value_or(*residual), *residual);
                }
        }

    std::vector<const Control*> order = cat.controls(Edition::Iso27001_2022);
    for (const Control* c : cat.controls(Edition::Iso27017_2015))
        if (c->edition == Edition::Iso27017_2015)
            order.push_back(c);

    std::vector<SoaRow> rows;
    rows.reserve(order.size());
    for (const Control* c : order)
    {
        SoaRow row;
        row.at(C::Control) = textCell(c->canonical);
        row.at(C::Title) = textCell(texts.title(*c, in.lang));
        row.at(C::Theme) =
            textCell(c->edition == Edition::Iso27017_2015
                         ? std::string(ja ? "27017 クラウド管理策" : "27017 cloud control")
                         : c->clause->title.in(in.lang));
        row.at(C::Ref2013) =
            textCell(c->edition == Edition::Iso27001_2022 ? joinIds(c->mapped) : "");
        row.at(C::CloudRole) = textCell(!ja ? std::string(roleName(c->cloudRoles))
                                        : c->cloudRoles == Role::Both     ? "両方"
                                        : c->cloudRoles == Role::Customer ? "カスタマ"
                                        : c->cloudRoles == Role::Provider ? "プロバイダ"
                                                                          : "");
        row.at(C::CloudGuidance) = textCell(texts.guidance(*c, in.role, in.lang));
        if (auto it = cited.find(c); it != cited.end())
        {
            const Citations& ci = it->second;
            row.at(C::DerivedApplicability) = textCell(ja ? "適用" : "Applicable");
            row.at(C::RiskReason) = textCell(ja ? "リスクアセスメント" : "Risk assessment");
            // A cell lists at most kMaxRiskIds ids (a cell of thousands helps nobody and costs
            // Calc seconds to lay out); the count of the rest follows.
            constexpr std::size_t kMaxRiskIds = 30;
            std::string ids, treatments;
            for (std::size_t i = 0; i < ci.riskIds.size() && i < kMaxRiskIds; ++i)
                ids += (ids.empty() ? "" : ", ") + ci.riskIds[i];
            if (ci.riskIds.size() > kMaxRiskIds)
                ids += ja ? " ほか " + std::to_string(ci.riskIds.size() - kMaxRiskIds) + " 件"
                          : " and " + std::to_string(ci.riskIds.size() - kMaxRiskIds) + " more";
            for (const auto& s : ci.treatments)
                treatments += (treatments.empty() ? "" : ", ") + s;
            row.at(C::RiskIds) = textCell(ids);
            row.at(C::Treatment) = textCell(treatments);
            if (ci.residual && in.method)
                if (auto l = in.method->levelOf(*ci.residual, 0); l.ok())
                    row.at(C::ResidualLevel) = textCell((*l)->label.in(in.lang));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

SoaMerge mergeSoa(const std::vector<SoaRow>& computed, const std::vector<SoaRow>& existing,
                  Lang lang)
{
    SoaMerge out;
    std::map<std::u16string, std::size_t> byKey; // first existing row per control
    std::vector<bool> used(existing.size(), false);
    for (std::size_t i = 0; i < existing.size(); ++i)
    {
        const std::u16string k = rowKey(existing[i]);
        if (!k.empty())
            byKey.emplace(k, i);
    }
    for (const SoaRow& fresh : computed)
    {
        SoaRow row = fresh;
        auto it = byKey.find(rowKey(fresh));
        if (it != byKey.end() && !used[it->second])
        {
            used[it->second] = true;
            for (std::size_t c = 0; c < kSoaColumnCount; ++c)
                if (!isComputed(SoaColumn(c)))
                    row.cells[c] = existing[it->second].cells[c];
            ++out.kept;
            out.source.push_back(int(it->second));
        }
        else
        {
            row.at(C::Applicability) =
                row.at(C::DerivedApplicability); // a new row starts from the derivation
            ++out.added;
            out.source.push_back(-1);
        }
        out.rows.push_back(std::move(row));
    }
    const std::string flag = lang == Lang::Ja
                                 ? "この管理策は適用宣言書の対象外になりました。確認してください。"
                                 : "This control no longer belongs to the SoA: review the row.";
    const std::string dup = lang == Lang::Ja
                                ? "同じ管理策の行が重複しています。確認してください。"
                                : "Another row holds the same control: review the row.";
    std::vector<SoaRow> flagged, user;
    std::vector<int> flaggedFrom, userFrom;
    for (std::size_t i = 0; i < existing.size(); ++i)
    {
        if (used[i])
            continue;
        SoaRow row = existing[i];
        const std::u16string k = rowKey(row);
        if (k.empty())
        {
            user.push_back(std::move(row));
            userFrom.push_back(int(i));
            continue;
        }
        const bool isDuplicate = byKey.at(k) != i;
        row.at(C::RowNote) = textCell(isDuplicate ? dup : flag);
        flagged.push_back(std::move(row));
        flaggedFrom.push_back(int(i));
    }
    out.flagged = int(flagged.size());
    out.userRows = int(user.size());
    for (auto& r : flagged)
        out.rows.push_back(std::move(r));
    for (auto& r : user)
        out.rows.push_back(std::move(r));
    out.source.insert(out.source.end(), flaggedFrom.begin(), flaggedFrom.end());
    out.source.insert(out.source.end(), userFrom.begin(), userFrom.end());
    return out;
}

std::vector<Gap> findGaps(const Catalog& cat, const SoaInput& in, const std::vector<SoaRow>& rows)
{
    std::vector<Gap> gaps;
    std::set<const Control*> citedEntries;
    if (in.reg)
    {
        for (const RowNote& n : in.reg->issues)
            if (n.kind == RowNoteKind::UnknownControl)
                gaps.push_back(
                    {GapKind::UnknownControl, n.detail, "row " + std::to_string(n.row + 1)});
        std::map<const Control*, std::vector<int>> ambiguous;
        for (const RiskRow& r : in.reg->risks)
            for (const CitedControl& cc : r.controls)
            {
                citedEntries.insert(cc.control);
                for (const Control* m : soaTargets(*cc.control))
                    for (const Control* e : m->cloudEntries)
                        if (e->edition == Edition::Iso27017_2015 || e == cc.control)
                            citedEntries.insert(e);
                if (cc.control->edition == Edition::Iso27001_2013 && cc.control->mapped.size() > 1)
                    ambiguous[cc.control].push_back(r.row + 1);
            }
        for (const auto& [c, rowsCiting] : ambiguous)
        {
            std::string detail = joinIds(c->mapped) + "; rows";
            for (int r : rowsCiting)
                detail += " " + std::to_string(r);
            gaps.push_back({GapKind::AmbiguousMapping, c->canonical, detail});
        }
    }
    // 27017 entries for the stated role that no treatment considers (directly, through their
    // 2022 control, or through the CLD control placed on it).
    for (const Control* e : cat.controls(Edition::Iso27017_2015))
    {
        if (!(e->cloudRoles == Role::Both || has(e->cloudRoles, in.role) ||
              (in.role == Role::Both && e->cloudRoles != Role::None)))
            continue;
        bool considered = citedEntries.count(e) > 0;
        for (const Control* m : e->mapped)
            considered = considered || citedEntries.count(m) > 0;
        if (!considered)
            gaps.push_back(
                {GapKind::CloudNotConsidered, e->canonical, std::string(roleName(e->cloudRoles))});
    }
    for (const SoaRow& r : rows)
    {
        const std::u16string& a = r.at(C::Applicability).text;
        if ((isKeyword(a, {u"not applicable", u"excluded"}) || utf8Equals(a, "適用除外")) &&
            r.at(C::ExclusionJustification).empty())
            gaps.push_back({GapKind::ExclusionUnjustified, cellUtf8(r.at(C::Control)), {}});
    }
    return gaps;
}

std::string gapText(const Gap& g, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    switch (g.kind)
    {
    case GapKind::UnknownControl:
        return ja ? "リスク対応で挙げられた「" + g.control +
                        "」は附属書A・27017 の管理策ではありません(" + g.detail + ")"
                  : "Risk treatment cites '" + g.control +
                        "', which is no Annex A or 27017 control (" + g.detail + ")";
    case GapKind::AmbiguousMapping:
        return ja ? g.control + " は 2022 年版の複数の管理策に対応します(" + g.detail +
                        ")。どれを選んだか確認してください"
                  : g.control + " maps to several 2022 controls (" + g.detail +
                        "): confirm which were chosen";
    case GapKind::CloudNotConsidered:
        return ja ? "27017 の " + g.control + "(" + g.detail + ")を挙げたリスク対応がありません"
                  : "No risk treatment considers 27017 " + g.control + " (" + g.detail + ")";
    case GapKind::ExclusionUnjustified:
        return ja ? g.control + " は適用除外ですが除外理由がありません"
                  : g.control + " is excluded without a justification";
    }
    return {};
}

std::string_view gapKindLabel(GapKind k, Lang lang) noexcept
{
    const bool ja = lang == Lang::Ja;
    switch (k)
    {
    case GapKind::UnknownControl:
        return ja ? "附属書A・27017 にない管理策" : "Not an Annex A / 27017 control";
    case GapKind::AmbiguousMapping:
        return ja ? "2022 年版への対応が複数" : "Maps to several 2022 controls";
    case GapKind::CloudNotConsidered:
        return ja ? "検討されていない 27017 の管理策" : "27017 control not considered";
    case GapKind::ExclusionUnjustified:
        return ja ? "除外理由のない適用除外" : "Exclusion without justification";
    }
    return {};
}

const std::array<SoaColumn, kSoaColumnCount>& soaSheetColumns() noexcept
{
    using C = SoaColumn;
    static constexpr std::array<SoaColumn, kSoaColumnCount> order = {
        C::Control,       C::Title,
        C::Applicability, C::RiskReason,
        C::OtherReasons,  C::ExclusionJustification,
        C::Status,        C::Owner,
        C::Evidence,      C::RiskIds,
        C::CloudRole, // printed above, working columns below
        C::Theme,         C::Ref2013,
        C::CloudGuidance, C::DerivedApplicability,
        C::Treatment,     C::ResidualLevel,
        C::LastReview,    C::NextReview,
        C::Notes,         C::RowNote};
    return order;
}

int soaSheetIndex(SoaColumn c) noexcept
{
    const auto& order = soaSheetColumns();
    return int(std::find(order.begin(), order.end(), c) - order.begin());
}

const std::vector<std::string>& soaDecisionChoices(Lang lang)
{
    static const std::vector<std::string> en = {
        "Applicable", "Not applicable", "Applicable (inherited from the cloud service provider)"};
    static const std::vector<std::string> ja = {"適用", "適用除外",
                                                "適用(クラウドサービスプロバイダから継承)"};
    return lang == Lang::Ja ? ja : en;
}

const std::vector<std::string>& soaReasonChoices(Lang lang)
{
    static const std::vector<std::string> en = {"Legal or regulatory requirement",
                                                "Contractual requirement", "Business requirement",
                                                "Best practice"};
    static const std::vector<std::string> ja = {"法令・規制要求", "契約上の要求", "事業上の要求",
                                                "ベストプラクティス"};
    return lang == Lang::Ja ? ja : en;
}

const Text& soaSheetTitle()
{
    static const Text t{"Statement of Applicability", "適用宣言書"};
    return t;
}

const Text& soaGapsSheetTitle()
{
    static const Text t{"SoA gaps", "ギャップ"};
    return t;
}

const std::array<Text, 3>& gapColumnLabels()
{
    static const std::array<Text, 3> labels = {Text{"Gap", "種類"}, Text{"Control", "管理策"},
                                               Text{"Finding", "内容"}};
    return labels;
}

} // namespace isms
