#include "isms/soa_table.hpp"

#include "isms/ids.hpp"
#include "keywords.hpp"
#include "review_internal.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace isms
{

namespace review_detail
{

std::optional<double> cellNumber(const GridCell& c)
{
    if (c.isNumber)
        return std::isfinite(c.number) ? std::optional<double>(c.number) : std::nullopt;
    std::string ascii;
    bool started = false;
    for (char16_t ch : c.text)
    {
        if (ch >= 0xFF10 && ch <= 0xFF19)
            ch = char16_t(ch - 0xFF10 + u'0');
        else if (ch == 0xFF0E)
            ch = u'.';
        else if (ch == 0xFF0D)
            ch = u'-';
        if (!started && (ch == u' ' || ch == u'\u3000'))
            continue;
        if ((ch >= u'0' && ch <= u'9') || ch == u'.' || (!started && ch == u'-'))
        {
            ascii += char(ch);
            started = true;
            continue;
        }
        break;
    }
    if (ascii.empty() || ascii == "-" || ascii == ".")
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(ascii.c_str(), &end);
    if (end == ascii.c_str() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace review_detail

namespace
{

using C = SoaColumn;

/// How sure a heading is about the column it names.
enum Strength : int
{
    Generic = 1, ///< "No.", "番号", "Control": could be a sequence number or a title
    Clear = 2
};

struct Synonym
{
    std::u16string folded;
    SoaColumn column;
    int strength;
};

/// A heading that names a justification without saying for which side.
constexpr SoaColumn kGenericReason = SoaColumn::Count;

const std::vector<Synonym>& synonyms()
{
    struct Spec
    {
        SoaColumn column;
        int strength;
        std::vector<const char*> words;
    };
    static const std::vector<Synonym> list = []
    {
        const std::vector<Spec> specs = {
            {C::Control,
             Clear,
             {"control id",
              "control no",
              "control number",
              "control ref",
              "control reference",
              "ref",
              "reference",
              "annex a",
              "annex a control",
              "annex a ref",
              "id",
              "clause",
              "管理策番号",
              "管理策no",
              "管理策id",
              "管理策の番号",
              "附属書a",
              "附属書aの番号",
              "項番",
              "条項",
              "条項番号",
              "番号 管理策"}},
            {C::Control,
             Generic,
             {"control", "controls", "no", "number", "#", "管理策", "番号", "項目"}},
            {C::Title,
             Clear,
             {"title", "control title", "control name", "name", "control description", "管理策名",
              "名称", "管理策の名称", "タイトル", "管理策の内容", "管理策の概要"}},
            {C::Theme,
             Clear,
             {"theme", "category", "domain", "分類", "カテゴリ", "区分", "テーマ"}},
            {C::Ref2013,
             Clear,
             {"2013", "27001:2013", "iso 27001:2013", "2013 reference", "2013 ref", "2013 control",
              "2013年版", "旧番号", "旧管理策番号", "2013年版の管理策"}},
            {C::Applicability,
             Clear,
             {"applicable", "applicability", "applicable?", "included",  "include",    "included?",
              "in scope",   "selected",      "apply",       "applies",   "適用",       "適用可否",
              "採否",       "適用有無",      "適用の有無",  "適用/除外", "適用・除外", "適用要否",
              "要否",       "採用",          "適用区分",    "適用状況",  "適用判断"}},
            {C::ExclusionJustification,
             Clear,
             {"justification for exclusion", "reason for exclusion", "exclusion reason",
              "exclusion justification", "reason for non-applicability",
              "justification for non-applicability", "reason for not applicable", "除外理由",
              "適用除外の理由", "除外の理由", "非適用理由", "非適用の理由", "不採用理由",
              "適用除外理由", "適用除外の正当化の理由", "除外の正当化の理由"}},
            {C::OtherReasons,
             Clear,
             {"reason for inclusion", "justification for inclusion", "inclusion reason",
              "reason for selection", "適用理由", "採用理由", "選択理由", "適用の理由",
              "包含の理由"}},
            {kGenericReason,
             Clear,
             {"justification", "reason", "reasons", "rationale", "理由", "根拠", "正当化の理由",
              "適用理由除外理由", "適用除外理由", "採否理由", "適用可否の理由"}},
            {C::Status,
             Clear,
             {"implementation status", "status", "implemented", "implemented?", "state",
              "implementation", "実施状況", "導入状況", "状況", "実装状況", "対応状況", "実施状態",
              "ステータス", "実施有無", "導入有無"}},
            {C::Evidence,
             Clear,
             {"evidence", "evidence reference", "evidences", "reference document",
              "reference documents", "documents", "records", "証跡", "証拠", "エビデンス",
              "根拠文書", "関連文書", "記録", "証拠書類", "関連規程", "文書"}},
            {C::Owner,
             Clear,
             {"owner", "control owner", "responsible", "responsibility", "responsible person",
              "担当者", "責任者", "担当", "管理責任者", "担当部署", "主管部署", "所管部署",
              "管理策の責任者"}},
            {C::Notes,
             Clear,
             {"notes", "note", "comment", "comments", "remarks", "備考", "コメント", "特記事項"}},
            {C::RiskIds,
             Clear,
             {"risk ids", "risk id", "risks", "related risks", "risk reference", "関連リスク",
              "リスクid", "リスク番号"}},
            {C::Treatment, Clear, {"risk treatment", "リスク対応"}},
            {C::LastReview,
             Clear,
             {"last review", "last reviewed", "reviewed", "前回レビュー", "最終レビュー日",
              "レビュー日"}},
            {C::NextReview,
             Clear,
             {"next review", "next review date", "次回レビュー", "次回レビュー日"}},
        };
        std::vector<Synonym> out;
        for (const Spec& s : specs)
            for (const char* w : s.words)
                out.push_back({foldForMatching(toUtf16(w)), s.column, s.strength});
        return out;
    }();
    return list;
}

struct Candidate
{
    int col;
    SoaColumn column; ///< kGenericReason for a justification of either side
    int strength;
};

/// What a heading names: isms-calc's own label first, then the synonyms.
std::optional<Candidate> classifyHeading(const GridCell& cell, int col)
{
    if (cell.isNumber || cell.text.empty())
        return std::nullopt;
    if (SoaColumn own = soaColumnFromLabel(cell.text); own != C::Count)
        return Candidate{col, own, Clear + 1};
    const std::u16string f = foldForMatching(std::u16string_view(cell.text));
    if (f.empty())
        return std::nullopt;
    for (const Synonym& s : synonyms())
        if (s.folded == f)
            return Candidate{col, s.column, s.strength};
    return std::nullopt;
}

/// How many of the cells below the header in this column hold control ids (up to 200 rows).
int idCount(const Grid& grid, int headerRow, int col)
{
    int n = 0;
    for (int r = headerRow + 1; r < grid.rows() && r <= headerRow + 200; ++r)
        n += soaRowControlId(grid.at(r, col)).empty() ? 0 : 1;
    return n;
}

struct HeaderGuess
{
    std::array<int, kSoaColumnCount> column;
    int recognised = 0;
};

std::optional<HeaderGuess> guessHeader(const Grid& grid, int row)
{
    std::vector<Candidate> cands;
    for (int c = 0; c < grid.cols(); ++c)
        if (auto k = classifyHeading(grid.at(row, c), c))
            cands.push_back(*k);
    HeaderGuess g;
    g.column.fill(-1);
    // The control column: the candidate with the most ids below it, then the clearest
    // heading, then the leftmost.
    const Candidate* control = nullptr;
    int bestIds = -1;
    for (const Candidate& k : cands)
    {
        if (k.column != C::Control)
            continue;
        const int ids = idCount(grid, row, k.col);
        if (!control || ids > bestIds || (ids == bestIds && k.strength > control->strength))
        {
            control = &k;
            bestIds = ids;
        }
    }
    if (!control)
        return std::nullopt;
    g.column[std::size_t(C::Control)] = control->col;
    int strength[kSoaColumnCount] = {};
    std::vector<int> genericReasons;
    for (const Candidate& k : cands)
    {
        if (&k == control)
            continue;
        if (k.column == kGenericReason)
        {
            genericReasons.push_back(k.col);
            continue;
        }
        SoaColumn target = k.column;
        int st = k.strength;
        if (target == C::Control)
        {
            st = Generic;
            // A losing "Control" / 管理策 heading is most often the title; a losing "No." or
            // 項番 is a sequence number.
            const std::u16string f = foldForMatching(std::u16string_view(grid.at(row, k.col).text));
            if (f != u"control" && f != u"controls" && f != u"管理策" && f != u"項目")
                continue;
            target = C::Title;
        }
        const std::size_t i = std::size_t(target);
        if (g.column[i] < 0 || st > strength[i])
        {
            g.column[i] = k.col;
            strength[i] = st;
        }
    }
    // "Justification" alone is the exclusion's justification (what auditors look for); with a
    // separate exclusion column it gives the reasons for inclusion.
    for (int c : genericReasons)
    {
        if (g.column[std::size_t(C::ExclusionJustification)] < 0)
            g.column[std::size_t(C::ExclusionJustification)] = c;
        else if (g.column[std::size_t(C::OtherReasons)] < 0)
            g.column[std::size_t(C::OtherReasons)] = c;
    }
    if (g.column[std::size_t(C::Applicability)] < 0 &&
        g.column[std::size_t(C::DerivedApplicability)] < 0)
        return std::nullopt;
    for (int c : g.column)
        g.recognised += c >= 0 ? 1 : 0;
    return g;
}

/// Splits "ラベル:値" written in one cell.
bool splitLabelValue(std::u16string_view text, std::u16string& label, std::u16string& value)
{
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == u':' || text[i] == u'：')
        {
            label = std::u16string(text.substr(0, i));
            value = std::u16string(text.substr(i + 1));
            return true;
        }
    return false;
}

std::u16string trimLabel(std::u16string_view s)
{
    auto isSpace = [](char16_t c) { return c == u' ' || c == u'\t' || c == u'\u3000'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && (isSpace(s.back()) || s.back() == u':' || s.back() == u'：'))
        s.remove_suffix(1);
    return std::u16string(s);
}

bool anyOf(std::u16string_view folded, std::initializer_list<std::u16string_view> words)
{
    for (auto w : words)
        if (folded == w)
            return true;
    return false;
}

bool startsWithAny(std::u16string_view folded, std::initializer_list<std::u16string_view> words)
{
    for (auto w : words)
        if (folded.substr(0, w.size()) == w)
            return true;
    return false;
}

} // namespace

std::string soaRowControlId(const GridCell& cell)
{
    if (cell.isNumber)
    {
        const std::string t = numberAsIdText(cell.number);
        if (t.empty())
            return {};
        auto id = parseControlId(std::string_view(t));
        return id.ok() ? id->canonical() : std::string();
    }
    if (cell.text.empty())
        return {};
    auto id = parseControlId(std::u16string_view(cell.text));
    return id.ok() ? id->canonical() : std::string();
}

Applicability classifyApplicability(const GridCell& cell)
{
    if (cell.isNumber)
        return cell.number == 1   ? Applicability::Applicable
               : cell.number == 0 ? Applicability::Excluded
                                  : Applicability::Undecided;
    const std::u16string f = foldForMatching(std::u16string_view(cell.text));
    if (f.empty())
        return Applicability::Undecided;
    // Exclusions first: "not applicable" contains "applicable", 適用除外 starts with 適用.
    if (anyOf(f, {u"notapplicable",
                  u"na",
                  u"no",
                  u"n",
                  u"excluded",
                  u"exclude",
                  u"notincluded",
                  u"outofscope",
                  u"false",
                  u"notselected",
                  u"notapply",
                  u"適用除外",
                  u"非適用",
                  u"除外",
                  u"不適用",
                  u"適用外",
                  u"対象外",
                  u"×",
                  u"✕",
                  u"✖",
                  u"無",
                  u"なし",
                  u"不採用",
                  u"否",
                  u"不要",
                  u"いいえ",
                  u"適用しない",
                  u"非該当"}) ||
        startsWithAny(f, {u"notapplicable", u"excluded", u"適用除外", u"非適用", u"除外"}))
        return Applicability::Excluded;
    if (anyOf(f, {u"applicable", u"yes",      u"y",     u"included", u"include", u"inscope",
                  u"true",       u"selected", u"apply", u"適用",     u"該当",    u"○",
                  u"〇",         u"◯",        u"●",     u"◎",        u"有",      u"あり",
                  u"採用",       u"要",       u"はい",  u"適用する", u"✓",       u"✔"}) ||
        startsWithAny(f, {u"inheritedfrom", u"inherited", u"applicable", u"継承", u"適用"}))
        return Applicability::Applicable;
    return Applicability::Undecided;
}

bool statusSaysImplemented(const GridCell& cell)
{
    if (cell.isNumber)
        return false;
    const std::u16string f = foldForMatching(std::u16string_view(cell.text));
    if (f.empty() || startsWithAny(f, {u"not", u"un", u"partial", u"未", u"一部", u"非"}))
        return false;
    return anyOf(f, {u"yes", u"done", u"complete", u"completed", u"inplace", u"operational",
                     u"operating", u"effective", u"済", u"済み", u"完了", u"運用中"}) ||
           startsWithAny(f, {u"implemented", u"fullyimplemented", u"inplace", u"operational",
                             u"実施済", u"導入済", u"対応済", u"実装済", u"運用中", u"整備済",
                             u"完了"});
}

bool isPlaceholder(const GridCell& cell)
{
    if (cell.isNumber)
        return false;
    const std::u16string f = foldForMatching(std::u16string_view(cell.text));
    // foldForMatching() drops "-" and "…" stays: what remains of a dash-only cell is empty.
    return f.empty() ||
           anyOf(f, {u"na",   u"tbd",  u"tba",    u"none",   u"nil",    u"pending", u"todo",
                     u"ー",   u"―",    u"—",      u"–",      u"－",     u"…",       u"なし",
                     u"無し", u"未定", u"未記入", u"未記載", u"検討中", u"同上",    u"無"});
}

Result<SoaTable> detectSoaTable(const Grid& grid, std::string sheet)
{
    int bestRow = -1;
    HeaderGuess best;
    for (int r = 0; r < grid.rows() && r < 30; ++r)
        if (auto g = guessHeader(grid, r); g && g->recognised > best.recognised)
        {
            best = *g;
            bestRow = r;
        }
    if (bestRow < 0)
        return Error{ErrorKind::NotFound, -1,
                     "no row in the first 30 names a control column and an applicability column"};
    SoaTable t;
    t.sheet = std::move(sheet);
    t.headerRow = bestRow;
    t.column = best.column;
    const int controlCol = t.col(C::Control);
    const GridCell& controlHeading = grid.at(bestRow, controlCol);
    for (int r = bestRow + 1; r < grid.rows(); ++r)
    {
        SoaRow row;
        bool any = false;
        for (std::size_t c = 0; c < kSoaColumnCount; ++c)
            if (t.column[c] >= 0)
            {
                row.cells[c] = grid.at(r, t.column[c]);
                any = any || !row.cells[c].empty();
            }
        if (!any)
            continue;
        const GridCell& ctl = row.at(C::Control);
        if (!ctl.isNumber && !ctl.text.empty() && ctl.text == controlHeading.text)
            continue; // the heading again (a printed page heading)
        t.rows.emplace_back(r, std::move(row));
    }
    for (int r = 0; r < bestRow; ++r)
    {
        int first = -1;
        for (int c = 0; c < grid.cols() && first < 0; ++c)
            if (!grid.at(r, c).empty())
                first = c;
        if (first < 0 || grid.at(r, first).isNumber)
            continue;
        int value = -1;
        for (int c = first + 1; c < grid.cols() && value < 0; ++c)
            if (!grid.at(r, c).empty())
                value = c;
        if (value >= 0)
        {
            t.cover.emplace_back(trimLabel(grid.at(r, first).text), grid.at(r, value));
            t.coverRow.push_back(r);
            t.coverCol.push_back(value);
            continue;
        }
        std::u16string label, text;
        if (splitLabelValue(grid.at(r, first).text, label, text))
        {
            GridCell v;
            v.text = trimLabel(text);
            t.cover.emplace_back(trimLabel(label), std::move(v));
            t.coverRow.push_back(r);
            t.coverCol.push_back(first);
        }
    }
    return t;
}

} // namespace isms
