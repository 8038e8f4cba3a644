#include "isms/soa_table.hpp"

#include "isms/ids.hpp"
#include "isms/tables/id_cell.hpp"
#include "json_read.hpp"
#include "keywords.hpp"
#include "review_internal.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <unordered_map>

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

bool isAsciiText(std::u16string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char16_t c) { return c < 0x80; });
}

/// Which of 64 classes of character (a code unit modulo 64) a text holds: a text that lacks a
/// class a word holds cannot contain the word, which rules most words out without a search.
std::uint64_t charClasses(std::u16string_view s)
{
    std::uint64_t classes = 0;
    for (char16_t ch : s)
        classes |= std::uint64_t(1) << (ch & 63u);
    return classes;
}

struct Synonym
{
    std::u16string folded;
    SoaColumn column;
    int strength;
    std::uint64_t classes = charClasses(folded);
    /// found inside a longer heading too (an ASCII word of 4 letters or more, else 2 or more)
    bool containable = folded.size() >= (isAsciiText(folded) ? 4u : 2u);
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

/// The heading without hints people add: "(1–5)", "(Y/N)", a trailing "y/n", line breaks.
/// `folded` is foldForMatching(text): the result itself when the text holds no opening bracket.
std::u16string withoutHints(std::u16string_view text, const std::u16string& folded)
{
    std::u16string f;
    if (text.find_first_of(u"(（[【") == std::u16string_view::npos)
        f = folded; // line breaks and closing brackets are dropped by the fold anyway
    else
    {
        std::u16string out;
        int depth = 0;
        for (char16_t ch : text)
        {
            if (ch == u'(' || ch == u'（' || ch == u'[' || ch == u'【')
                ++depth;
            else if ((ch == u')' || ch == u'）' || ch == u']' || ch == u'】') && depth > 0)
                --depth;
            else if (depth == 0)
                out += (ch == u'\n' || ch == u'\r') ? u' ' : ch;
        }
        f = foldForMatching(out);
    }
    for (std::u16string_view tail : {u"yesno", u"yn"})
        if (f.size() > tail.size() + 2 && f.compare(f.size() - tail.size(), tail.size(), tail) == 0)
            f.erase(f.size() - tail.size());
    return f;
}

/// The first synonym that is this whole folded heading, or null.
const Synonym* synonymNamed(const std::u16string& folded)
{
    static const std::unordered_map<std::u16string, const Synonym*> byText = []
    {
        std::unordered_map<std::u16string, const Synonym*> m;
        for (const Synonym& s : synonyms())
            m.try_emplace(s.folded, &s); // the first of a word listed twice, as the list reads
        return m;
    }();
    const auto it = byText.find(folded);
    return it == byText.end() ? nullptr : it->second;
}

/// What a heading names: isms-calc's own label first, then the synonyms — the whole heading
/// first, then (by words) the clearest and longest synonym it contains.
std::optional<Candidate> classifyHeading(const GridCell& cell, int col)
{
    if (cell.isNumber || cell.text.empty())
        return std::nullopt;
    if (SoaColumn own = soaColumnFromLabel(cell.text); own != C::Count)
        return Candidate{col, own, Clear + 1};
    const std::u16string whole = foldForMatching(std::u16string_view(cell.text));
    const std::u16string f = withoutHints(cell.text, whole);
    if (f.empty())
        return std::nullopt;
    // the heading as it stands, or without its hints: the one listed first
    const Synonym* a = synonymNamed(f);
    const Synonym* b = synonymNamed(whole);
    if (const Synonym* s = a && b ? std::min(a, b) : a ? a : b)
        return Candidate{col, s->column, s->strength};
    const Synonym* best = nullptr;
    const std::uint64_t classes = charClasses(f);
    for (const Synonym& s : synonyms())
    {
        if (!s.containable || (s.classes & ~classes) != 0 ||
            f.find(s.folded) == std::u16string::npos)
            continue;
        if (!best || s.strength > best->strength ||
            (s.strength == best->strength && s.folded.size() > best->folded.size()))
            best = &s;
    }
    if (!best)
        return std::nullopt;
    // a contained word is weaker evidence than the whole heading
    return Candidate{col, best->column, best->column == C::Control ? Generic : best->strength};
}

/// What each cell near the top of a sheet reads as — a control id, an applicability decision —
/// worked out once per sheet: every header candidate (40 rows, one or two header rows) looks at
/// the same 200 rows below it.
class CellSignals
{
public:
    static constexpr int kRows = 40 + 2 + 200;
    explicit CellSignals(const Grid& grid)
        : m_grid(grid), m_rows(std::min(grid.rows(), kRows)),
          m_id(std::size_t(m_rows) * std::size_t(grid.cols())), m_decided(m_id.size())
    {
        for (int r = 0; r < m_rows; ++r)
            for (int c = 0; c < grid.cols(); ++c)
            {
                const GridCell& cell = grid.at(r, c);
                if (cell.empty())
                    continue;
                m_id[index(r, c)] = !soaRowControlId(cell).empty();
                m_decided[index(r, c)] = classifyApplicability(cell) != Applicability::Undecided;
            }
    }
    [[nodiscard]] bool isId(int r, int c) const
    {
        return r < m_rows ? m_id[index(r, c)] : !soaRowControlId(m_grid.at(r, c)).empty();
    }
    /// classifyHeading(), once per distinct heading text: every header candidate (40 rows, one
    /// or two header rows) classifies the cells of its row again.
    [[nodiscard]] std::optional<Candidate> heading(const GridCell& cell, int col) const
    {
        if (cell.isNumber || cell.text.empty())
            return std::nullopt;
        auto [it, fresh] = m_headings.try_emplace(cell.text);
        if (fresh)
            it->second = classifyHeading(cell, -1);
        if (!it->second)
            return std::nullopt;
        Candidate k = *it->second;
        k.col = col;
        return k;
    }
    [[nodiscard]] bool isDecision(int r, int c) const
    {
        return r < m_rows ? m_decided[index(r, c)]
                          : classifyApplicability(m_grid.at(r, c)) != Applicability::Undecided;
    }

private:
    [[nodiscard]] std::size_t index(int r, int c) const
    {
        return std::size_t(r) * std::size_t(m_grid.cols()) + std::size_t(c);
    }
    const Grid& m_grid;
    int m_rows;
    std::vector<char> m_id, m_decided;
    mutable std::unordered_map<std::u16string, std::optional<Candidate>> m_headings;
};

/// How many of the cells below the header in this column hold control ids (up to 200 rows).
int idCount(const Grid& grid, const CellSignals& signals, int firstDataRow, int col)
{
    int n = 0;
    for (int r = firstDataRow; r < grid.rows() && r < firstDataRow + 200; ++r)
        n += signals.isId(r, col) ? 1 : 0;
    return n;
}

/// How many of the cells below the header in this column read as an applicability decision,
/// and how many are filled (up to 200 rows).
std::pair<int, int> decisionCount(const Grid& grid, const CellSignals& signals, int firstDataRow,
                                  int col)
{
    int decided = 0, filled = 0;
    for (int r = firstDataRow; r < grid.rows() && r < firstDataRow + 200; ++r)
    {
        if (grid.at(r, col).empty())
            continue;
        ++filled;
        decided += signals.isDecision(r, col) ? 1 : 0;
    }
    return {decided, filled};
}

struct HeaderGuess
{
    std::array<int, kSoaColumnCount> column;
    int recognised = 0;
    int headerRows = 1;
    int gap = 0; ///< rows between the header and the first id below it
    [[nodiscard]] bool betterThan(const HeaderGuess& o) const noexcept
    {
        if (recognised != o.recognised)
            return recognised > o.recognised;
        if (headerRows != o.headerRows) // a section row under the header is no sub-heading
            return headerRows < o.headerRows;
        return gap < o.gap;
    }
};

/// The heading of a column in a header of one or two rows: the lower row's text under a group
/// heading merged over several columns, else the upper row's (a heading merged down).
GridCell headingAt(const Grid& grid, int row, int headerRows, int col)
{
    if (row < 0 || row >= grid.rows() || col < 0 || col >= grid.cols())
        return {}; // a person's map may name a row or column the sheet does not reach
    if (headerRows == 2 && row + 1 < grid.rows() && !grid.at(row + 1, col).isNumber &&
        !grid.at(row + 1, col).text.empty())
        return grid.at(row + 1, col);
    return grid.at(row, col);
}

/// A group row over a row of headings: some group heading stands over a sub-heading.
bool isGroupRow(const Grid& grid, int row)
{
    if (row + 1 >= grid.rows())
        return false;
    // sub-headings are several texts (a section row such as "5 Organizational controls" is one)
    int below = 0;
    bool under = false;
    for (int c = 0; c < grid.cols(); ++c)
    {
        const GridCell& top = grid.at(row, c);
        const GridCell& sub = grid.at(row + 1, c);
        if (sub.isNumber)
            return false;
        if (trimmed(sub.text).empty())
            continue;
        ++below;
        under = under || (!top.isNumber && !trimmed(top.text).empty());
    }
    return under && below >= 2;
}

std::optional<HeaderGuess> guessHeader(const Grid& grid, const CellSignals& signals, int row,
                                       int headerRows)
{
    if (headerRows == 2 && !isGroupRow(grid, row))
        return std::nullopt;
    const int firstData = row + headerRows;
    std::vector<Candidate> cands;
    std::vector<GridCell> headings(std::size_t(grid.cols()));
    for (int c = 0; c < grid.cols(); ++c)
    {
        headings[std::size_t(c)] = headingAt(grid, row, headerRows, c);
        if (auto k = signals.heading(headings[std::size_t(c)], c))
            cands.push_back(*k);
    }
    // a header names several columns: a title or section row holds one text
    int texts = 0;
    for (const GridCell& h : headings)
        texts += !h.isNumber && !trimmed(h.text).empty() ? 1 : 0;
    if (texts < 2)
        return std::nullopt;
    HeaderGuess g;
    g.column.fill(-1);
    g.headerRows = headerRows;
    // The control column: the candidate with the most ids below it, then the clearest
    // heading, then the leftmost.
    const Candidate* control = nullptr;
    int bestIds = -1;
    for (const Candidate& k : cands)
    {
        if (k.column != C::Control)
            continue;
        const int ids = idCount(grid, signals, firstData, k.col);
        if (!control || ids > bestIds || (ids == bestIds && k.strength > control->strength))
        {
            control = &k;
            bestIds = ids;
        }
    }
    Candidate byContent{-1, C::Control, Generic};
    if (!control || bestIds == 0)
    {
        // Content first: a column of ids under a heading in any language.
        int most = 4; // at least five ids
        for (int c = 0; c < grid.cols(); ++c)
            if (const int ids = idCount(grid, signals, firstData, c); ids > most)
            {
                most = ids;
                byContent.col = c;
            }
        if (byContent.col >= 0)
            control = &byContent;
    }
    if (!control)
        return std::nullopt;
    // a header names its columns: a row whose control cell holds an id is data
    if (const GridCell& h = headings[std::size_t(control->col)];
        h.isNumber || !soaRowControlId(h).empty())
        return std::nullopt;
    g.column[std::size_t(C::Control)] = control->col;
    int strength[kSoaColumnCount] = {};
    std::vector<int> genericReasons;
    for (const Candidate& k : cands)
    {
        if (k.col == control->col)
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
            const std::u16string f =
                foldForMatching(std::u16string_view(headings[std::size_t(k.col)].text));
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
    {
        // Content first: the column whose values are applicability decisions (Ano/Ne,
        // Ναι/Όχι, ○/×, Yes/No …) under a heading in any language.
        int bestDecided = 0;
        for (int c = 0; c < grid.cols(); ++c)
        {
            bool used = false;
            for (int k : g.column)
                used = used || k == c;
            if (used)
                continue;
            const auto [decided, filled] = decisionCount(grid, signals, firstData, c);
            if (decided >= 5 && decided * 10 >= filled * 7 && decided > bestDecided)
            {
                bestDecided = decided;
                g.column[std::size_t(C::Applicability)] = c;
            }
        }
        if (bestDecided == 0)
            return std::nullopt;
    }
    for (int c : g.column)
        g.recognised += c >= 0 ? 1 : 0;
    // the header stands right above its table: a title far above the first id loses a tie
    for (int r = firstData; r < grid.rows() && !signals.isId(r, control->col); ++r)
        ++g.gap;
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

/// Whether text before an id leaves it the cell's id: nothing, a bracket or a number sign
/// ("【5.1】", "No. 5.1"), or a word for control ("管理策 5.1", "Control 5.1"). An id further
/// into a sentence ("Approved on 3 February — version 1.1") names no row.
bool leadsTheCell(std::u16string_view before)
{
    before = trimmed(before);
    if (before.size() <= 3)
        return true;
    const std::u16string f = foldForMatching(before);
    return f == u"control" || f == u"管理策" || f == u"controlno" || f == u"管理策番号";
}
/// Whether any cell of the row names ISO/IEC 27018 ("ISO/IEC 27018:2019 附属書A", "27018 追加
///管理策").
bool names27018(const SoaRow& row)
{
    for (const GridCell& c : row.cells)
        if (!c.isNumber && c.text.find(u"27018") != std::u16string::npos)
            return true;
    return false;
}

/// A cloud SoA often lists ISO/IEC 27018's controls (A.1.1 … A.11.x) after a section row that
/// names 27018: those numbers are not Annex A's (27018's A.5.1 is not 27001's A.5.1). Their
/// rows get no id and are listed in otherStandardRows, up to the next section row that does not
/// name 27018, or a CLD row.
void setAsideOtherStandards(SoaTable& t)
{
    bool in27018 = false;
    std::size_t section = 0; // index into the sorted sectionRows
    for (std::size_t i = 0; i < t.rows.size(); ++i)
    {
        const int sheetRow = t.rows[i].first;
        while (section < t.sectionRows.size() && t.sectionRows[section] < sheetRow)
            ++section;
        if (section < t.sectionRows.size() && t.sectionRows[section] == sheetRow)
        {
            in27018 = names27018(t.rows[i].second);
            continue;
        }
        if (!in27018 || t.ids[i].empty())
            continue;
        if (t.ids[i].rfind("CLD", 0) == 0)
        {
            in27018 = false; // the 27017 controls again, without a heading of their own
            continue;
        }
        t.ids[i].clear();
        t.otherStandardRows.push_back(sheetRow);
    }
}

/// The id of every row, the sections, the numbering (see SoaTable).
void identifyRows(SoaTable& t)
{
    const Catalog& cat = Catalog::builtin();
    std::vector<const GridCell*> cells;
    for (const auto& [sheetRow, row] : t.rows)
        cells.push_back(&row.at(C::Control));
    std::vector<std::size_t> unresolved;
    t.ids = disambiguateNumberIds(cells, cat, &unresolved);
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (t.ids[i].empty()) // several ids, or an id that is no control: still the row's id
            t.ids[i] = soaRowControlId(*cells[i]);
    int n2013 = 0, n2022 = 0, n2005 = 0;
    for (std::size_t i = 0; i < cells.size(); ++i)
    {
        const IdCellReading r = readIdCell(*cells[i], cat);
        if (!r.controls.empty() && r.controls[0].source == IdSource::Text &&
            !leadsTheCell(std::u16string_view(cells[i]->text).substr(0, r.controls[0].begin)))
            t.ids[i].clear(); // a note whose sentence holds a number ("… version 5.1")
        if (r.fromDate)
            t.restoredFromDate.push_back(t.rows[i].first);
        for (const IdMention& m : r.controls)
            (m.id.scheme == IdScheme::Annex2013 ? n2013 : n2022) +=
                m.id.scheme == IdScheme::Cloud ? 0 : 1;
        // 2005 numbering: A.10.10.x, A.11.7.x, A.13.x.x … that 2013 does not have
        for (const std::u16string& u : r.unknown)
            if (auto id = parseControlId(std::u16string_view(u));
                id.ok() && id->scheme == IdScheme::Annex2013 && id->n[0] >= 10 && id->n[0] <= 15)
                ++n2005;
    }
    for (std::size_t i : unresolved)
        t.ambiguousNumber.push_back(t.rows[i].first);
    t.edition = n2005 >= 3 && n2005 * 10 >= n2013 ? "2005"
                : n2013 > n2022                   ? "2013"
                : n2022 > 0                       ? "2022"
                                                  : "";
    for (std::size_t i = 0; i < cells.size(); ++i)
    {
        const GridCell& c = *cells[i];
        bool section = false;
        if (!t.ids[i].empty() && (t.edition == "2013" || t.edition == "2005") &&
            t.ids[i].find('.') == t.ids[i].rfind('.') && t.ids[i].rfind("A.", 0) != 0 &&
            t.ids[i].rfind("CLD", 0) != 0)
        {
            // "A.5.1 …" or 5.1 among 2013 controls: an objective, not 2022's control 5.1
            section = true;
            t.ids[i].clear();
        }
        else if (t.ids[i].empty())
        {
            // "5 Organizational controls", 「5 組織的管理策」, "A.5 Information security
            // policies", or the number 5 alone
            const std::u16string_view text = trimmed(c.text);
            auto digitAt = [&](std::size_t k)
            {
                return k < text.size() && ((text[k] >= u'0' && text[k] <= u'9') ||
                                           (text[k] >= u'０' && text[k] <= u'９'));
            };
            const SoaRow& row = t.rows[i].second;
            int filled = 0;
            for (const GridCell& k : row.cells)
                filled += k.isNumber || !trimmed(k.text).empty() ? 1 : 0;
            const bool undecided = row.at(C::Applicability).empty();
            section =
                c.isNumber
                    ? c.number >= 4 && c.number < 19 // a theme (5) or objective (9.2)
                    : (filled == 1 && undecided) || // 「【組織的管理策】」, "ISO/IEC 27018" alone
                          (!text.empty() &&
                           (digitAt(0) || ((text[0] == u'A' || text[0] == u'Ａ') &&
                                           (digitAt(1) || (text.size() > 1 && digitAt(2))))));
        }
        if (section)
            t.sectionRows.push_back(t.rows[i].first);
    }
    setAsideOtherStandards(t);
}

/// The rows below the header (blank and repeated-heading rows left out), their ids and
/// sections, and the cover block above the header.
void readSoaRows(const Grid& grid, SoaTable& t)
{
    const int controlCol = t.col(C::Control);
    const GridCell controlHeading = controlCol < grid.cols()
                                        ? headingAt(grid, t.headerRow, t.headerRows, controlCol)
                                        : GridCell{};
    t.rows.reserve(std::size_t(std::max(0, grid.rows() - t.headerRow - t.headerRows)));
    for (int r = t.headerRow + t.headerRows; r < grid.rows(); ++r)
    {
        SoaRow row;
        bool any = false;
        for (std::size_t c = 0; c < kSoaColumnCount; ++c)
            if (t.column[c] >= 0)
            {
                if (t.column[c] < grid.cols())
                    row.cells[c] = grid.at(r, t.column[c]);
                any = any || !(row.cells[c].isNumber ? row.cells[c].number == 0
                                                     : trimmed(row.cells[c].text).empty());
            }
        if (!any)
            continue; // blank, or a template row of formulas showing "" or 0
        const GridCell& ctl = row.at(C::Control);
        if (!ctl.isNumber && !ctl.text.empty() && ctl.text == controlHeading.text)
            continue; // the heading again (a printed page heading, a second table)
        t.rows.emplace_back(r, std::move(row));
    }
    identifyRows(t);
    for (int r = 0; r < t.headerRow && r < grid.rows(); ++r)
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
}

} // namespace

std::string soaRowControlId(const GridCell& cell)
{
    const IdCellReading r = readIdCell(cell, Catalog::builtin());
    const std::u16string_view text = cell.isNumber ? std::u16string_view() : cell.text;
    if (!r.controls.empty()) // the first id is the row's; a title may name others
    {
        const IdMention& m = r.controls[0];
        if (m.source != IdSource::Text || leadsTheCell(text.substr(0, m.begin)))
            return m.control->canonical;
        return {};
    }
    if (r.unknown.size() == 1) // an id that is no control: still an id, when it leads
        if (auto id = parseControlId(std::u16string_view(r.unknown[0])); id.ok())
        {
            const std::size_t at = text.find(r.unknown[0]);
            if (cell.isNumber ||
                (at != std::u16string_view::npos && leadsTheCell(text.substr(0, at))))
                return id->canonical();
        }
    return {};
}

Applicability classifyApplicability(const GridCell& cell)
{
    if (cell.isNumber)
        return cell.number == 1   ? Applicability::Applicable
               : cell.number == 0 ? Applicability::Excluded
                                  : Applicability::Undecided;
    const std::u16string f = foldForMatching(std::u16string_view(cell.text));
    if (f.empty())
    {
        // a lone dash in an applicability column (－, —, ‐) says "not applicable"
        const std::u16string_view t = trimmed(cell.text);
        return t.size() == 1 && (t[0] == u'－' || t[0] == u'-' || t[0] == u'—' || t[0] == u'‐' ||
                                 t[0] == u'–' || t[0] == u'―')
                   ? Applicability::Excluded
                   : Applicability::Undecided;
    }
    // Exclusions first: "not applicable" contains "applicable", 適用除外 starts with 適用.
    if (anyOf(f, {u"notapplicable", u"na", u"no", u"n", u"excluded", u"exclude", u"notincluded",
                  u"outofscope", u"false", u"notselected", u"notapply", u"適用除外", u"非適用",
                  u"除外", u"不適用", u"適用外", u"対象外", u"×", u"✕", u"✖", u"無", u"なし",
                  u"不採用", u"否", u"不要", u"いいえ", u"適用しない", u"非該当",
                  // Czech, Greek, French, Spanish, German
                  u"ne", u"nepoužitelné", u"nepouzitelne", u"όχι", u"οχι", u"Όχι", u"Οχι", u"ΌΧΙ",
                  u"ΟΧΙ", u"δενεφαρμόζεται", u"non", u"nonapplicable", u"noaplicable", u"noaplica",
                  u"nein", u"nichtanwendbar"}) ||
        startsWithAny(f, {u"notapplicable", u"excluded", u"適用除外", u"非適用", u"除外"}))
        return Applicability::Excluded;
    if (anyOf(f, {u"applicable", u"yes", u"y", u"included", u"include", u"inscope", u"true",
                  u"selected", u"apply", u"適用", u"該当", u"○", u"〇", u"◯", u"●", u"◎", u"有",
                  u"あり", u"採用", u"要", u"はい", u"適用する", u"✓", u"✔", u"▪", u"■", u"x",
                  // Czech, Greek, French, Spanish, German
                  u"ano", u"použitelné", u"pouzitelne", u"ναι", u"Ναι", u"ΝΑΙ", u"εφαρμόζεται",
                  u"oui", u"sí", u"si", u"aplicable", u"aplica", u"ja", u"anwendbar"}) ||
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
    const CellSignals signals(grid);
    std::optional<HeaderGuess> next =
        grid.rows() > 0 ? guessHeader(grid, signals, 0, 1) : std::nullopt;
    for (int r = 0; r < grid.rows() && r < 40; ++r)
    {
        const std::optional<HeaderGuess> one = next;
        next = r + 1 < grid.rows() ? guessHeader(grid, signals, r + 1, 1) : std::nullopt;
        std::optional<HeaderGuess> two = guessHeader(grid, signals, r, 2);
        // two rows only when the group row adds headings the lower row alone lacks
        if (two && next && two->recognised <= next->recognised)
            two.reset();
        for (const auto& g : {one, two})
            if (g && (bestRow < 0 || g->betterThan(best)))
            {
                best = *g;
                bestRow = r;
            }
    }
    if (bestRow < 0)
        return Error{ErrorKind::NotFound, -1,
                     "no row in the first 40 names a control column and an applicability column"};
    SoaTable t;
    t.sheet = std::move(sheet);
    t.headerRow = bestRow;
    t.headerRows = best.headerRows;
    t.column = best.column;
    readSoaRows(grid, t);
    return t;
}

namespace
{

constexpr std::pair<SoaColumn, std::string_view> kSoaKeys[] = {
    {C::Control, "control"},
    {C::Title, "title"},
    {C::Theme, "theme"},
    {C::Ref2013, "ref2013"},
    {C::CloudRole, "cloudRole"},
    {C::CloudGuidance, "cloudGuidance"},
    {C::DerivedApplicability, "derivedApplicability"},
    {C::RiskReason, "riskReason"},
    {C::RiskIds, "riskIds"},
    {C::Treatment, "treatment"},
    {C::ResidualLevel, "residualLevel"},
    {C::Applicability, "applicability"},
    {C::OtherReasons, "otherReasons"},
    {C::ExclusionJustification, "exclusionJustification"},
    {C::Status, "status"},
    {C::Owner, "owner"},
    {C::Evidence, "evidence"},
    {C::LastReview, "lastReview"},
    {C::NextReview, "nextReview"},
    {C::Notes, "notes"},
    {C::RowNote, "rowNote"},
};
static_assert(std::size(kSoaKeys) == kSoaColumnCount);

} // namespace

std::string_view soaColumnKey(SoaColumn c) noexcept
{
    for (const auto& [col, key] : kSoaKeys)
        if (col == c)
            return key;
    return {};
}

std::optional<SoaColumn> soaColumnFromKey(std::string_view key) noexcept
{
    for (const auto& [col, k] : kSoaKeys)
        if (k == key)
            return col;
    return std::nullopt;
}

std::string soaMapToJson(const SoaMap& map)
{
    nlohmann::ordered_json j;
    j["sheet"] = map.sheet;
    j["headerRow"] = map.headerRow + 1;
    j["headerRows"] = map.headerRows;
    nlohmann::ordered_json cols = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < kSoaColumnCount; ++c)
        if (map.column[c] >= 0)
            cols[std::string(soaColumnKey(SoaColumn(c)))] = columnName(map.column[c]);
    j["columns"] = cols;
    return j.dump();
}

Result<SoaMap> soaMapFromJson(std::string_view text)
try
{
    auto bad = [](const std::string& why) { return invalidArgument(0, "ISMS.SoaMap: " + why); };
    nlohmann::json j;
    if (auto problem = json_read::parseUserJson(text, j); problem && !problem->syntax)
        return bad(problem->text);
    if (j.is_discarded() || !j.is_object())
        return bad("not a JSON object");
    SoaMap m;
    if (!j.contains("sheet") || !j["sheet"].is_string() || j["sheet"].get<std::string>().empty())
        return bad("missing \"sheet\"");
    m.sheet = j["sheet"].get<std::string>();
    // Integers range-checked as written: 4294967299 must not wrap to row 3.
    const auto headerRow = json_read::storedHeaderRow(j);
    if (!headerRow)
        return bad(json_read::storedHeaderRowProblem());
    m.headerRow = *headerRow;
    if (j.contains("headerRows"))
    {
        const auto rows = json_read::integerIn(j["headerRows"], 1, 2);
        if (!rows)
            return bad("\"headerRows\" must be 1 or 2");
        m.headerRows = int(*rows);
    }
    if (!j.contains("columns") || !j["columns"].is_object())
        return bad("missing \"columns\"");
    for (const auto& [key, value] : j["columns"].items())
    {
        const auto c = soaColumnFromKey(key);
        if (!c)
            return bad("unknown field \"" + key + "\"");
        const int col = value.is_string() ? columnIndex(value.get<std::string>()) : -1;
        if (col < 0)
            return bad("column of \"" + key + "\" must be a column letter such as \"C\"");
        m.column[std::size_t(*c)] = col;
    }
    if (m.column[std::size_t(C::Control)] < 0)
        return bad("it must name the control column (\"control\")");
    if (m.column[std::size_t(C::Applicability)] < 0 &&
        m.column[std::size_t(C::DerivedApplicability)] < 0)
        return bad("it must name the applicability column (\"applicability\")");
    return m;
}
catch (const std::exception& e) // a hand-edited property never escapes as an exception
{
    return invalidArgument(0, std::string("ISMS.SoaMap: ") + e.what());
}

SoaTable readSoaTable(const Grid& grid, const SoaMap& map)
{
    SoaTable t;
    t.sheet = map.sheet;
    t.headerRow = map.headerRow;
    t.headerRows = map.headerRows;
    t.column = map.column;
    readSoaRows(grid, t);
    return t;
}

} // namespace isms
