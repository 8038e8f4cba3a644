// The Statement of Applicability rules (SOA-*): completeness against 27001:2022 Annex A and
// 27017, editions, decisions, justifications, evidence, consistency with risk treatment and
// with the cover block.

#include "isms/control_functions.hpp"
#include "isms/text_list.hpp"
#include "isms/review.hpp"
#include "isms/soa_table.hpp"

#include "keywords.hpp"
#include "review_internal.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace isms::review_detail
{
namespace
{

using C = SoaColumn;

Location at(const SoaTable& t, int row, SoaColumn c)
{
    return {t.sheet, row, t.col(c)};
}

/// The column to point at: the first of the given ones the table has.
int firstColumn(const SoaTable& t, std::initializer_list<SoaColumn> cols)
{
    for (SoaColumn c : cols)
        if (t.has(c))
            return t.col(c);
    return -1;
}

/// The risk's id for messages: its id cell, else "row N".
std::string riskName(const RiskRow& r)
{
    const GridCell* id = r.get(RegisterField::RiskId);
    if (id && !id->empty())
        return cellUtf8(*id);
    return "row " + std::to_string(r.row + 1);
}

/// Up to this many controls without a row are named one finding each (with their titles); more
/// are one finding naming them all: a partial SoA is one fault, not sixty lines on the
/// Findings sheet.
constexpr std::size_t kMissingOneByOne = 5;

/// SOA-MISSING-CONTROL for many controls at once; `ofWhat` reads "of the 93 controls of …".
Finding missingTogether(const SoaTable& t, const std::vector<const Control*>& missing,
                        const Text& ofWhat)
{
    const std::string n = std::to_string(missing.size());
    return make("SOA-MISSING-CONTROL", Severity::Major, {t.sheet, -1, -1},
                {n + " " + ofWhat.en + " have no row in the SoA: " + joinIds(missing) + ".",
                 ofWhat.ja + " " + n + " の行が適用宣言書にありません: " + joinIds(missing) + "。"},
                {"Add a row for each, stating whether it applies, with the reason (ISMS ▸ "
                 "Generate SoA lists them all).",
                 "それぞれの行を追加し、適用するかどうかとその理由を記載してください(ISMS ▸ "
                 "適用宣言書の作成ですべて列挙されます)。"});
}

/// A role as written on an SoA cover, perhaps with the service models after it in brackets
/// ("クラウドサービスプロバイダ(SaaS)", "Cloud service provider (IaaS, PaaS)").
std::optional<Role> coverRole(std::u16string_view text)
{
    if (auto r = parseRole(text, 0); r.ok())
        return *r;
    const std::size_t open = text.find_first_of(u"(（");
    if (open != std::u16string_view::npos && open > 0)
        if (auto r = parseRole(trimmed(text.substr(0, open)), 0); r.ok())
            return *r;
    return std::nullopt;
}

void noRole(const ReviewInput& in, std::vector<Finding>& out)
{
    if (in.settings.role)
        return;
    if (!in.settings.roleProblem.en.empty()) // set, but wrong: never reported as "not set"
    {
        out.push_back(
            make("SOA-ROLE-INVALID", Severity::Major, {},
                 {"The workbook's cloud role cannot be used: " + in.settings.roleProblem.en +
                      ". Which 27017 guidance applies depends on it.",
                  "ブックのクラウドの立場を使えません: " + in.settings.roleProblem.ja +
                      "。どの 27017 の指針が適用されるかは立場で決まります。"},
                 {"Set the role again in the ISMS sidebar's Workbook panel (customer, provider or "
                  "both); it is stored "
                  "as text in ISMS.Role.",
                  "ISMS サイドバーの「ワークブック」パネルで立場(カスタマ / プロバイダ / "
                  "両方)を設定し直してください。ISMS.Role "
                  "にテキストで保存されます。"}));
        return;
    }
    // A role written on the SoA cover is a statement, but not one the tools or the auditor's
    // other checks can rely on.
    std::optional<Role> onCover;
    Location where{"", -1, -1};
    if (in.soa)
        for (std::size_t i = 0; i < in.soa->cover.size(); ++i)
        {
            const std::u16string label =
                foldForMatching(std::u16string_view(in.soa->cover[i].first));
            if (label != u"role" && label != u"立場" && label != u"cloudrole" &&
                label != u"クラウドの立場" && label != u"役割" && label != u"cloudservicerole")
                continue;
            if (auto r = coverRole(in.soa->cover[i].second.text))
            {
                onCover = *r;
                where = {in.soa->sheet, in.soa->coverRow[i], in.soa->coverCol[i]};
            }
        }
    if (onCover)
        out.push_back(
            make("SOA-NO-ROLE", Severity::Minor, where,
                 {"The SoA cover names the cloud role (" + std::string(roleName(*onCover)) +
                      "), but the workbook does not state it in the document property ISMS.Role.",
                  "適用宣言書の表紙には立場(" + std::string(roleName(*onCover)) +
                      ")が書かれていますが、文書のプロパティ ISMS.Role に記載がありません。"},
                 {"Set ISMS.Role (ISMS sidebar ▸ Workbook) to the same role, so every sheet and "
                  "check uses it.",
                  "ISMS サイドバーの「ワークブック」パネルで ISMS.Role "
                  "に同じ立場を設定し、すべてのシートと確認で使われるようにして"
                  "ください。"}));
    else
        out.push_back(make(
            "SOA-NO-ROLE", Severity::Major, where,
            {"The workbook does not say whether the organisation is a cloud service customer, a "
             "provider or both (ISMS.Role is not set). Which 27017 guidance applies depends on it.",
             "組織がクラウドサービスカスタマ、プロバイダ、又はその両方のいずれであるかが記載されて"
             "いません(ISMS.Role が未設定)。どの 27017 の指針が適用されるかは立場で決まります。"},
            {"State the role in the ISMS sidebar's Workbook panel (customer, provider or both) and "
             "regenerate the "
             "SoA.",
             "ISMS サイドバーの「ワークブック」パネルで立場(カスタマ / プロバイダ / "
             "両方)を記載し、適用宣言書を再作成して"
             "ください。"}));
}

struct RowInfo
{
    int sheetRow;
    const SoaRow* row;
    const Control* control;
};

/// Undecided rows one by one while there are few; a whole SoA still waiting for decisions (as
/// freshly generated) is one finding that names the controls, not one per row.
void reportUndecided(const SoaTable& t, SoaColumn decisionCol,
                     const std::vector<const RowInfo*>& undecided, std::vector<Finding>& out)
{
    constexpr std::size_t kOneByOne = 5, kNamed = 10;
    const Text fix{"Decide whether the control applies: write Applicable or Not applicable (with a "
                   "justification).",
                   "管理策を適用するかどうかを決定し、「適用」又は「適用除外」(除外理由を添えて)と"
                   "記入してください。"};
    if (undecided.size() <= kOneByOne)
    {
        for (const RowInfo* ri : undecided)
        {
            const std::string& id = ri->control->canonical;
            const std::string v = cellUtf8(ri->row->at(decisionCol));
            out.push_back(make(
                "SOA-APPLICABILITY-MISSING", Severity::Minor, at(t, ri->sheetRow, decisionCol),
                {v.empty() ? id + " has no applicability decision."
                           : id + " has no applicability decision that can be read ('" + v + "').",
                 v.empty() ? id + " の適用可否が決定されていません。"
                           : id + " の適用可否が読み取れません(「" + v + "」)。"},
                fix));
        }
        return;
    }
    std::string ids;
    for (std::size_t i = 0; i < undecided.size() && i < kNamed; ++i)
        ids += (i ? ", " : "") + undecided[i]->control->canonical;
    if (undecided.size() > kNamed)
        ids += ", …";
    const std::string n = std::to_string(undecided.size());
    out.push_back(
        make("SOA-APPLICABILITY-MISSING", Severity::Minor,
             at(t, undecided.front()->sheetRow, decisionCol),
             {n + " controls have no applicability decision that can be read: " + ids + ".",
              n + " 件の管理策の適用可否が決定されていないか、読み取れません: " + ids + "。"},
             fix));
}

/// Applicable controls with no reason for inclusion (ISO/IEC 27001 6.1.3 d): neither the risk
/// assessment nor another reason — chosen from the list (legal or regulatory, contractual,
/// business requirement, best practice; several per cell) or written freely. Only for SoAs that
/// have a reason column at all; an inherited control carries its reason in the decision.
void reportUnreasoned(const SoaTable& t, SoaColumn decisionCol,
                      const std::vector<const RowInfo*>& unreasoned, std::vector<Finding>& out)
{
    if (unreasoned.empty())
        return;
    constexpr std::size_t kNamed = 10;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < unreasoned.size() && i <= kNamed; ++i)
        ids.push_back(unreasoned[i]->control->canonical);
    const std::string list = joinList(ids, kNamed), n = std::to_string(unreasoned.size());
    const int col = firstColumn(t, {C::OtherReasons, C::RiskReason, decisionCol});
    out.push_back(make(
        "SOA-INCLUSION-NO-REASON", Severity::Observation,
        {t.sheet, unreasoned.front()->sheetRow, col},
        {n + " applicable controls give no reason for their inclusion: " + list + ".",
         n + " 件の適用する管理策に、適用の理由が記載されていません: " + list + "。"},
        {"Cite the control in the risk treatment of a risk, or give the reason: legal or "
         "regulatory requirement, contractual requirement, business requirement, best practice.",
         "リスク対応で管理策を選ぶか、理由 (法令・規制要求、契約上の要求、事業上の要求、"
         "ベストプラクティス) を記載してください。"}));
}

bool inherited(const GridCell& decision)
{
    const std::u16string f = foldForMatching(decision.text);
    return f.find(u"inherit") != std::u16string::npos || f.find(u"継承") != std::u16string::npos;
}

void decisions(const SoaTable& t, const std::vector<RowInfo>& rows, std::vector<Finding>& out)
{
    const bool hasDecision = t.has(C::Applicability) || t.has(C::DerivedApplicability);
    const SoaColumn decisionCol = t.decisionColumn();
    const bool hasReasons = t.has(C::RiskReason) || t.has(C::OtherReasons);
    auto reasoned = [&](const SoaRow& row, SoaColumn c)
    { return t.has(c) && !isPlaceholder(row.at(c)); };
    std::vector<const RowInfo*> undecided, unreasoned, implementedWithoutColumn;
    for (const RowInfo& ri : rows)
    {
        const std::string& id = ri.control->canonical;
        const Applicability a = classifyApplicability(ri.row->at(decisionCol));
        if (hasDecision && a == Applicability::Undecided)
            undecided.push_back(&ri);
        if (a == Applicability::Applicable && hasReasons && !reasoned(*ri.row, C::RiskReason) &&
            !reasoned(*ri.row, C::OtherReasons) && !inherited(ri.row->at(decisionCol)))
            unreasoned.push_back(&ri);
        if (a == Applicability::Excluded)
        {
            const int jcol = firstColumn(t, {C::ExclusionJustification, C::OtherReasons});
            const bool justified =
                jcol >= 0 && !isPlaceholder(ri.row->at(t.has(C::ExclusionJustification)
                                                           ? C::ExclusionJustification
                                                           : C::OtherReasons));
            if (!justified)
                out.push_back(make(
                    "SOA-EXCLUSION-UNJUSTIFIED", Severity::Minor,
                    {t.sheet, ri.sheetRow, jcol >= 0 ? jcol : t.col(decisionCol)},
                    {id + " is excluded, but the SoA gives no justification for leaving it out.",
                     id + " は適用除外とされていますが、除外理由(正当化の理由)が記載されていま"
                          "せん。"},
                    {"Write why the control is not needed, e.g. the activity does not exist in "
                     "the scope or the risk does not arise.",
                     "この管理策が不要な理由を記載してください(例: 適用範囲にその活動がない、"
                     "該当するリスクがない)。"}));
        }
        if (t.has(C::Status) && statusSaysImplemented(ri.row->at(C::Status)))
        {
            if (!t.has(C::Evidence))
                implementedWithoutColumn.push_back(&ri);
            else if (isPlaceholder(ri.row->at(C::Evidence)))
                out.push_back(make(
                    "SOA-IMPLEMENTED-NO-EVIDENCE", Severity::Minor,
                    {t.sheet, ri.sheetRow, t.col(C::Evidence)},
                    {id + " is reported as implemented, but no evidence is referenced.",
                     id + " は実施済みとされていますが、証拠(エビデンス)が示されていません。"},
                    {"Name the record that shows the control operating (procedure, log, report, "
                     "ticket) in the evidence column.",
                     "管理策が運用されていることを示す記録(手順書、ログ、報告書、チケット等)を"
                     "証拠の列に記載してください。"}));
        }
    }
    reportUndecided(t, decisionCol, undecided, out);
    reportUnreasoned(t, decisionCol, unreasoned, out);
    // No evidence column at all: one finding about the table, not one per implemented row.
    if (!implementedWithoutColumn.empty())
    {
        std::vector<const Control*> ids;
        for (const RowInfo* ri : implementedWithoutColumn)
            ids.push_back(ri->control);
        const std::string n = std::to_string(ids.size());
        out.push_back(make(
            "SOA-IMPLEMENTED-NO-EVIDENCE", Severity::Minor,
            {t.sheet, t.headerRow, t.col(C::Status)},
            {"The SoA has no evidence column: none of the " + n +
                 " controls reported as implemented names its evidence (" + joinIds(ids) + ").",
             "適用宣言書に証拠(エビデンス)の列がありません。実施済みとされている " + n +
                 " の管理策のいずれも証拠を示していません(" + joinIds(ids) + ")。"},
            {"Add an evidence column and name, per control, the record that shows it operating "
             "(procedure, log, report, ticket).",
             "証拠の列を設け、管理策ごとに運用を示す記録(手順書、ログ、報告書、チケット等)を"
             "記載してください。"}));
    }
}

void citedButExcluded(const SoaTable& t, const Register& reg,
                      const std::map<std::string, std::size_t>& byId,
                      const std::vector<RowInfo>& rows, std::vector<Finding>& out)
{
    const SoaColumn decisionCol = t.decisionColumn();
    if (!t.has(decisionCol))
        return;
    std::map<std::size_t, std::vector<std::string>> citing; // SoA row index → risk names
    for (const RiskRow& r : reg.risks)
    {
        const GridCell* treatment = r.get(RegisterField::Treatment);
        if (treatment && treatmentAccepts(*treatment))
            continue;
        std::set<std::size_t> seen;
        for (const CitedControl& cc : r.controls)
        {
            auto it = byId.find(cc.control->canonical);
            // A 2013 id counts for its 2022 control only when the mapping is one to one; a
            // control split in 2022 leaves the choice to a person (the SoA gap list asks).
            if (it == byId.end() && cc.control->edition == Edition::Iso27001_2013 &&
                cc.control->mapped.size() == 1)
                it = byId.find(cc.control->mapped.front()->canonical);
            if (it == byId.end() || !seen.insert(it->second).second)
                continue;
            if (classifyApplicability(rows[it->second].row->at(decisionCol)) ==
                Applicability::Excluded)
                citing[it->second].push_back(riskName(r));
        }
    }
    for (const auto& [i, risks] : citing)
    {
        const std::string& id = rows[i].control->canonical;
        out.push_back(
            make("SOA-CITED-BUT-EXCLUDED", Severity::Major, at(t, rows[i].sheetRow, decisionCol),
                 {id + " is excluded in the SoA, yet the risk treatment of " + joinList(risks, 20) +
                      " relies on it.",
                  id + " は適用宣言書で適用除外とされていますが、リスク対応(" +
                      joinList(risks, 20) + ")ではこの管理策を選んでいます。"},
                 {"Either mark the control applicable with the risk treatment as its reason, or "
                  "change the risk treatment plan so it no longer depends on the control.",
                  "リスク対応を理由として管理策を「適用」にするか、この管理策に依存しないように"
                  "リスク対応計画を見直してください。"}));
    }
}

void coverCounts(const SoaTable& t, std::vector<Finding>& out)
{
    const SoaColumn decisionCol = t.decisionColumn();
    int applicable = 0, excluded = 0, undecided = 0, flagged = 0, total = 0;
    // the same counted over another standard's rows (27018): a cover may count them or not
    int oApplicable = 0, oExcluded = 0, oUndecided = 0, oFlagged = 0, oTotal = 0;
    for (std::size_t i = 0; i < t.rows.size(); ++i)
    {
        const SoaRow& row = t.rows[i].second;
        const GridCell& ctl = row.at(C::Control);
        if (std::binary_search(t.sectionRows.begin(), t.sectionRows.end(), t.rows[i].first))
            continue;
        if (isPlaceholder(ctl) && !ctl.isNumber)
            continue;
        const Applicability a = classifyApplicability(row.at(decisionCol));
        if (t.ids[i].empty() && row.at(decisionCol).empty())
            continue; // a heading or note row in a person's own layout
        if (std::binary_search(t.otherStandardRows.begin(), t.otherStandardRows.end(),
                               t.rows[i].first))
        {
            ++oTotal;
            oApplicable += a == Applicability::Applicable;
            oExcluded += a == Applicability::Excluded;
            oUndecided += a == Applicability::Undecided;
            oFlagged += t.has(C::RowNote) && !row.at(C::RowNote).empty();
        }
        ++total;
        applicable += a == Applicability::Applicable;
        excluded += a == Applicability::Excluded;
        undecided += a == Applicability::Undecided;
        flagged += t.has(C::RowNote) && !row.at(C::RowNote).empty();
    }
    struct Check
    {
        std::initializer_list<std::u16string_view> labels;
        int actual;
        int others; ///< of actual, rows of another standard: actual - others is right too
        bool enabled;
        Text what;
    };
    const Check checks[] = {
        {{u"controlsapplicable", u"適用する管理策", u"applicablecontrols",
          u"numberofapplicablecontrols", u"applicable", u"適用管理策数", u"適用数",
          u"適用する管理策の数", u"適用件数", u"適用管理策"},
         applicable,
         oApplicable,
         true,
         {"applicable controls", "適用する管理策"}},
        {{u"controlsexcluded", u"適用除外の管理策", u"excludedcontrols",
          u"numberofexcludedcontrols", u"notapplicable", u"excluded", u"除外数", u"適用除外数",
          u"適用除外の管理策の数", u"除外件数", u"適用除外件数", u"適用除外"},
         excluded,
         oExcluded,
         true,
         {"excluded controls", "適用除外の管理策"}},
        {{u"controlsnotyetdecided", u"未決定の管理策", u"undecided", u"未決定", u"未決定数",
          u"undecidedcontrols"},
         undecided,
         oUndecided,
         true,
         {"undecided controls", "未決定の管理策"}},
        {{u"rowsflaggedforreview", u"確認が必要な行"},
         flagged,
         oFlagged,
         t.has(C::RowNote),
         {"rows flagged for review", "確認が必要な行"}},
        {{u"totalcontrols", u"numberofcontrols", u"controlstotal", u"管理策数", u"管理策の総数",
          u"管理策の数", u"合計", u"total"},
         total,
         oTotal,
         true,
         {"controls in total", "管理策の総数"}},
    };
    for (std::size_t i = 0; i < t.cover.size(); ++i)
    {
        const std::u16string label = foldForMatching(std::u16string_view(t.cover[i].first));
        for (const Check& c : checks)
        {
            if (!c.enabled)
                continue;
            bool match = false;
            for (auto l : c.labels)
                match = match || label == l;
            if (!match)
                continue;
            const auto stated = cellNumber(t.cover[i].second);
            if (!stated || long(*stated) == c.actual || long(*stated) == c.actual - c.others)
                break;
            const std::string s = cellUtf8(t.cover[i].second), n = std::to_string(c.actual);
            out.push_back(make(
                "SOA-COVER-COUNTS", Severity::Minor, {t.sheet, t.coverRow[i], t.coverCol[i]},
                {"The cover gives " + s + " " + c.what.en + ", but the table has " + n + ".",
                 "表紙では" + c.what.ja + "が " + s + " 件ですが、表の行では " + n + " 件です。"},
                {"Update the cover from the rows (regenerating the SoA recomputes it).",
                 "表の行に合わせて表紙を更新してください(適用宣言書を再作成すると再計算されま"
                 "す)。"}));
            break;
        }
    }
}

} // namespace

void reviewSoa(const Catalog& cat, const ReviewInput& in, std::vector<Finding>& out)
{
    if (!in.soaMapProblem.empty()) // a person's map is never ignored silently
        out.push_back(make(
            "SOA-MAP-INVALID", Severity::Minor, {},
            {"The stored SoA mapping (ISMS.SoaMap) cannot be used: " + in.soaMapProblem +
                 ". The SoA was looked for by its headings instead.",
             "保存されている適用宣言書の対応付け(ISMS.SoaMap)を使えません: " + in.soaMapProblem +
                 "。見出しから適用宣言書を探しました。"},
            {"Correct the columns in ISMS ▸ SoA Columns….",
             "ISMS ▸ 適用宣言書の列… で列を直してください。"}));

    noRole(in, out);
    if (!in.soa)
    {
        out.push_back(make(
            "SOA-NOT-FOUND", Severity::Major, {},
            {"No Statement of Applicability was found: no sheet has a table with a control "
             "column and an applicability column.",
             "適用宣言書が見つかりません。管理策の列と適用可否の列をもつ表がどのシートにもありま"
             "せん。"},
            {"Generate the SoA (ISMS ▸ Generate SoA), or give your own SoA headings such as "
             "Control and Applicable.",
             "ISMS ▸ 適用宣言書の作成で作成するか、独自の適用宣言書に「管理策」「適用可否」など"
             "の見出しを付けてください。"}));
        return;
    }
    const SoaTable& t = *in.soa;
    std::vector<RowInfo> rows;
    std::map<std::string, std::size_t> byId;
    int n2022 = 0, n2013 = 0, nCloud = 0;
    std::vector<std::pair<int, const Control*>> rows2013;
    for (std::size_t i = 0; i < t.rows.size(); ++i)
    {
        const auto& [sheetRow, row] = t.rows[i];
        const std::string& id = t.ids[i];
        if (id.empty())
            continue; // a heading, a note or a row a person added
        const Control* c = nullptr;
        if (auto r = cat.lookup(std::string_view(id)); r.ok())
            c = *r;
        if (!c && t.edition == "2005")
            continue; // named once below: the whole SoA is numbered by 2005
        if (!c)
        {
            out.push_back(make(
                "SOA-UNKNOWN-CONTROL", Severity::Minor, at(t, sheetRow, C::Control),
                {"'" + cellUtf8(row.at(C::Control)) +
                     "' is not a control of 27001:2022 Annex A, 27001:2013 Annex A or 27017.",
                 "「" + cellUtf8(row.at(C::Control)) +
                     "」は 27001:2022 附属書A、27001:2013 附属書A、27017 のいずれの管理策でもあり"
                     "ません。"},
                {"Correct the control number, or move the row out of the SoA table.",
                 "管理策番号を訂正するか、この行を適用宣言書の表の外へ移してください。"}));
            continue;
        }
        if (auto it = byId.find(c->canonical); it != byId.end())
        {
            const int first = rows[it->second].sheetRow + 1;
            out.push_back(make(
                "SOA-DUPLICATE", Severity::Minor, at(t, sheetRow, C::Control),
                {c->canonical + " appears again; its first row is row " + std::to_string(first) +
                     ". Two rows can state different decisions for one control.",
                 c->canonical + " の行が重複しています(最初の行は " + std::to_string(first) +
                     " 行目)。一つの管理策に異なる決定が書かれるおそれがあります。"},
                {"Keep one row per control: merge the two rows and delete the other.",
                 "管理策ごとに一行にしてください。二つの行の内容をまとめ、もう一方を削除してくだ"
                 "さい。"}));
            continue;
        }
        byId.emplace(c->canonical, rows.size());
        rows.push_back({sheetRow, &row, c});
        switch (c->edition)
        {
        case Edition::Iso27001_2022:
            ++n2022;
            break;
        case Edition::Iso27001_2013:
            ++n2013;
            rows2013.emplace_back(sheetRow, c);
            break;
        case Edition::Iso27017_2015:
            ++nCloud;
            break;
        }
    }

    // Editions.
    if (t.edition == "2005")
    {
        out.push_back(make(
            "SOA-2005-IDS", Severity::Major, {t.sheet, t.headerRow, t.col(C::Control)},
            {"The SoA is numbered by ISO/IEC 27001:2005 (133 controls, A.5 … A.15.3.2), two "
             "editions before the 27001:2022 Annex A that certification is against; its numbers "
             "are not read as 2013 controls.",
             "適用宣言書が ISO/IEC 27001:2005(133 の管理策、A.5〜A.15.3.2)の番号で書かれています。"
             "認証の基準である 27001:2022 附属書A の二つ前の版であり、2013 年版の管理策としては"
             "読み込んでいません。"},
            {"Rebuild the SoA on 27001:2022 Annex A (ISMS ▸ Generate SoA lists every control).",
             "27001:2022 附属書A に基づいて適用宣言書を作り直してください(ISMS ▸ "
             "適用宣言書の作成ですべての管理策が列挙されます)。"}));
        return;
    }
    if (n2022 == 0 && n2013 > 0)
    {
        out.push_back(make(
            "SOA-2013-IDS", Severity::Major, {t.sheet, t.headerRow, t.col(C::Control)},
            {"The SoA is numbered by the withdrawn 27001:2013 Annex A (" + std::to_string(n2013) +
                 " rows); the transition to 27001:2022 ended on 31 October 2025 and "
                 "certification is now against 27001:2022.",
             "適用宣言書が廃止された 27001:2013 附属書A の番号で書かれています(" +
                 std::to_string(n2013) +
                 " 行)。27001:2022 への移行期限は 2025 年 10 月 31 日に終了しており、"
                 "認証の基準は 27001:2022 です。"},
            {"Migrate the workbook (ISMS ▸ Migrate to 27001:2022) and regenerate the SoA.",
             "ISMS ▸ 27001:2022 への移行でブックを移行し、適用宣言書を再作成してください。"}));
        // Against the 114 it claims to cover, and what migrating it would leave out.
        std::string missing2013;
        int nMissing2013 = 0;
        std::set<const Control*> reached;
        for (const Control* c : cat.controls(Edition::Iso27001_2013))
        {
            if (!byId.count(c->canonical))
            {
                missing2013 += (nMissing2013++ ? ", " : "") + c->canonical;
                continue;
            }
            reached.insert(c->mapped.begin(), c->mapped.end());
        }
        if (nMissing2013 > 0)
            out.push_back(make(
                "SOA-MISSING-CONTROL-2013", Severity::Major, {t.sheet, -1, -1},
                {std::to_string(nMissing2013) +
                     " of the 114 controls of 27001:2013 Annex A have "
                     "no row in this 2013-numbered SoA: " +
                     missing2013 + ".",
                 "この 27001:2013 の番号の適用宣言書には、27001:2013 附属書A の 114 "
                 "の管理策のうち " +
                     std::to_string(nMissing2013) + " の行がありません: " + missing2013 + "。"},
                {"Add the missing rows, or migrate and regenerate the SoA on 27001:2022.",
                 "不足している行を追加するか、移行して 27001:2022 "
                 "で適用宣言書を再作成してください。"}));
        std::string after;
        int nAfter = 0;
        for (const Control* c : cat.controls(Edition::Iso27001_2022))
            if (!reached.count(c))
                after += (nAfter++ ? ", " : "") + c->canonical;
        if (nAfter > 0)
            out.push_back(make(
                "SOA-MISSING-AFTER-MIGRATION", Severity::Major, {t.sheet, -1, -1},
                {"After migration to 27001:2022, " + std::to_string(nAfter) +
                     " of its 93 controls would have no row: " + after +
                     " (controls new in 2022, and those of missing 2013 rows).",
                 "27001:2022 へ移行すると、93 の管理策のうち " + std::to_string(nAfter) +
                     " の行がなくなります: " + after +
                     "(2022 年版で新設された管理策と、行のない 2013 年版の管理策の移行先)。"},
                {"Decide these controls when you migrate (ISMS ▸ Generate SoA adds their rows).",
                 "移行の際にこれらの管理策の適用可否を決定してください(ISMS ▸ "
                 "適用宣言書の作成で行が追加されます)。"}));
    }
    else if (n2022 > 0)
        for (const auto& [sheetRow, c] : rows2013)
            out.push_back(make(
                "SOA-MIXED-EDITIONS", Severity::Minor, at(t, sheetRow, C::Control),
                {c->canonical +
                     " is a 27001:2013 number in an SoA numbered by 27001:2022; in 2022 "
                     "it corresponds to " +
                     joinIds(c->mapped) + ".",
                 c->canonical +
                     " は 27001:2022 の番号で書かれた適用宣言書の中の 27001:2013 の"
                     "番号です。2022 年版では " +
                     joinIds(c->mapped) + " に対応します。"},
                {"Replace the row by the 2022 control(s) it became, or fold it into their rows.",
                 "この行を対応する 2022 年版の管理策に置き換えるか、その行にまとめてください。"}));

    // Completeness: Annex A 2022.
    const auto& annex = cat.controls(Edition::Iso27001_2022);
    if (n2022 == 0 && n2013 > 0)
        ; // a 2013-numbered SoA was checked against 2013 above
    else if (n2022 == 0)
        out.push_back(make(
            "SOA-MISSING-CONTROL", Severity::Major, {t.sheet, -1, -1},
            {"None of the " + std::to_string(annex.size()) +
                 " controls of 27001:2022 Annex A has a row in the SoA.",
             "27001:2022 附属書A の " + std::to_string(annex.size()) +
                 " の管理策のいずれも適用宣言書に行がありません。"},
            {"Give every Annex A control a row with its applicability decision (ISMS ▸ Generate "
             "SoA lists them all).",
             "附属書A のすべての管理策について行を設け、適用可否を記載してください(ISMS ▸ "
             "適用宣言書の作成ですべて列挙されます)。"}));
    else
    {
        std::vector<const Control*> missing;
        for (const Control* c : annex)
            if (!byId.count(c->canonical))
                missing.push_back(c);
        if (missing.size() > kMissingOneByOne)
            out.push_back(missingTogether(
                t, missing,
                {"of the " + std::to_string(annex.size()) + " controls of 27001:2022 Annex A",
                 "27001:2022 附属書A の " + std::to_string(annex.size()) + " の管理策のうち"}));
        else
            for (const Control* c : missing)
                out.push_back(
                    make("SOA-MISSING-CONTROL", Severity::Major, {t.sheet, -1, -1},
                         {"Annex A control " + c->canonical + " (" + c->title.en +
                              ") has no row in the SoA.",
                          "附属書A の管理策 " + c->canonical + "(" + c->title.ja +
                              ")の行が適用宣言書にありません。"},
                         {"Add a row for " + c->canonical +
                              " stating whether it applies, with the reason.",
                          c->canonical +
                              " の行を追加し、適用するかどうかとその理由を記載してください。"}));
    }

    // Completeness: 27017 CLD controls.
    const bool cloudInScope = in.settings.role || !in.settings.cloudServices.empty();
    std::vector<const Control*> cld;
    for (const Control* c : cat.controls(Edition::Iso27017_2015))
        if (c->edition == Edition::Iso27017_2015)
            cld.push_back(c);
    if (nCloud == 0 && cloudInScope)
        out.push_back(make(
            "SOA-CLOUD-ROWS-MISSING", Severity::Major, {t.sheet, -1, -1},
            {"Cloud services are in scope, but the SoA has none of the " +
                 std::to_string(cld.size()) +
                 " ISO/IEC 27017 cloud controls (CLD.6.3.1 … CLD.13.1.4).",
             "クラウドサービスが適用範囲に含まれていますが、適用宣言書に ISO/IEC 27017 の"
             "クラウド管理策(CLD.6.3.1〜CLD.13.1.4、" +
                 std::to_string(cld.size()) + " 件)の行がありません。"},
            {"Add the 27017 rows (regenerating the SoA adds them) and decide each for your role.",
             "27017 の行を追加し(適用宣言書を再作成すると追加されます)、自組織の立場に応じて"
             "それぞれ決定してください。"}));
    else if (nCloud > 0)
        for (const Control* c : cld)
            if (!byId.count(c->canonical)) // at most 6: named one by one
                out.push_back(
                    make("SOA-MISSING-CONTROL", Severity::Major, {t.sheet, -1, -1},
                         {"27017 cloud control " + c->canonical + " (" + c->title.en +
                              ") has no row, while other 27017 controls do.",
                          "27017 のクラウド管理策 " + c->canonical + "(" + c->title.ja +
                              ")の行がありません(他の 27017 の管理策の行はあります)。"},
                         {"Add a row for " + c->canonical + " stating whether it applies.",
                          c->canonical + " の行を追加し、適用するかどうかを記載してください。"}));

    decisions(t, rows, out);
    if (in.reg)
        citedButExcluded(t, *in.reg, byId, rows, out);
    coverCounts(t, out);
}

} // namespace isms::review_detail
