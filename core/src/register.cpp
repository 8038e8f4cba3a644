#include "isms/register.hpp"

#include "isms/tables/id_cell.hpp"
#include "isms/workbook_settings.hpp"
#include "json_read.hpp"
#include "keywords.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <map>
#include <unordered_map>

namespace isms
{
namespace
{

struct FieldInfo
{
    RegisterField field;
    const char* key;
    Text label;
    std::vector<const char*> synonyms;             // written naturally; normalised at start-up
    RegisterField residual = RegisterField::Count; // the field's after-treatment variant
};

using F = RegisterField;

const std::vector<FieldInfo>& fields()
{
    static const std::vector<FieldInfo> table = {
        {F::RiskId,
         "riskId",
         {"Risk ID", "リスクID"},
         {"risk id",
          "id",
          "no",
          "no.",
          "number",
          "ref",
          "risk no",
          "risk ref",
          "risk number",
          "risk #",
          "risk nr",
          "ref #",
          "risk reference",
          "リスクID",
          "リスク番号",
          "リスクNo",
          "番号",
          "管理番号",
          "項番",
          "通番",
          "#"}},
        {F::Asset,
         "asset",
         {"Asset", "資産"},
         {"asset", "asset name", "assets", "information asset", "資産", "資産名", "情報資産",
          "情報資産名", "対象資産"}},
        {F::Threat,
         "threat",
         {"Threat", "脅威"},
         {"threat", "threats", "threat description", "脅威", "脅威の内容", "想定される脅威"}},
        {F::Vulnerability,
         "vulnerability",
         {"Vulnerability", "脆弱性"},
         {"vulnerability", "vulnerabilities", "weakness", "脆弱性", "ぜい弱性", "脆弱性の内容"}},
        {F::Likelihood,
         "likelihood",
         {"Likelihood", "起こりやすさ"},
         {"likelihood", "probability", "likelihood rating", "発生可能性", "起こりやすさ",
          "発生頻度", "発生確率", "可能性"},
         F::ResidualLikelihood},
        {F::Impact,
         "impact",
         {"Impact", "影響度"},
         {"impact", "consequence", "severity", "impact rating", "影響度", "影響", "結果",
          "被害の大きさ"},
         F::ResidualImpact},
        {F::AssetValue,
         "assetValue",
         {"Asset value", "資産価値"},
         {"asset value", "資産価値", "資産の重要度", "重要度"}},
        {F::Confidentiality,
         "confidentiality",
         {"Confidentiality", "機密性"},
         {"confidentiality", "c", "機密性"}},
        {F::Integrity, "integrity", {"Integrity", "完全性"}, {"integrity", "i", "完全性"}},
        {F::Availability,
         "availability",
         {"Availability", "可用性"},
         {"availability", "a", "可用性"}},
        {F::ThreatLevel,
         "threatLevel",
         {"Threat level", "脅威レベル"},
         {"threat level", "threat rating", "脅威レベル", "脅威度", "脅威の大きさ", "脅威値"},
         F::ResidualThreat},
        {F::VulnerabilityLevel,
         "vulnerabilityLevel",
         {"Vulnerability level", "脆弱性レベル"},
         {"vulnerability level", "vulnerability rating", "脆弱性レベル", "脆弱性度", "脆弱性値",
          "ぜい弱性レベル"},
         F::ResidualVulnerability},
        {F::RiskValue,
         "riskValue",
         {"Risk value", "リスク値"},
         {"risk value", "risk score", "score", "risk rating", "inherent risk", "リスク値",
          "リスクの大きさ", "リスク評価値", "固有リスク", "リスク点数"},
         F::ResidualValue},
        {F::RiskLevel,
         "riskLevel",
         {"Risk level", "リスクレベル"},
         {"risk level", "level", "rating", "risk rank", "リスクレベル", "リスクランク", "評価",
          "リスク評価"},
         F::ResidualLevel},
        {F::Treatment,
         "treatment",
         {"Risk treatment", "リスク対応"},
         {"treatment", "treatment option", "risk treatment", "response", "decision", "リスク対応",
          "対応方針", "リスク対応方針", "対応", "リスク対応の選択肢", "処置"}},
        {F::Controls,
         "controls",
         {"Controls", "管理策"},
         {"controls", "control", "annex a controls", "applicable controls", "selected controls",
          "管理策", "管理策番号", "対応する管理策", "適用管理策", "選択した管理策", "附属書A"}},
        {F::Owner,
         "owner",
         {"Risk owner", "リスク所有者"},
         {"owner", "risk owner", "responsible", "リスク所有者", "リスクオーナー", "所有者",
          "責任者", "担当者", "管理責任者"}},
        {F::ResidualLikelihood,
         "residualLikelihood",
         {"Residual likelihood", "残留リスクの起こりやすさ"},
         {}},
        {F::ResidualImpact, "residualImpact", {"Residual impact", "残留リスクの影響度"}, {}},
        {F::ResidualThreat,
         "residualThreatLevel",
         {"Residual threat level", "対応後の脅威レベル"},
         {}},
        {F::ResidualVulnerability,
         "residualVulnerabilityLevel",
         {"Residual vulnerability level", "対応後の脆弱性レベル"},
         {}},
        {F::ResidualValue,
         "residualValue",
         {"Residual risk", "残留リスク"},
         {"residual risk", "residual score", "residual risk value", "残留リスク", "残留リスク値"}},
        {F::ResidualLevel,
         "residualLevel",
         {"Residual risk level", "残留リスクレベル"},
         {"residual level", "residual risk level", "残留リスクレベル"}},
    };
    return table;
}

const char* const kResidualMarkers[] = {
    "residual", "after treatment", "post treatment", "post-treatment", "target",
    "残留",     "対応後",          "処置後",         "低減後",         "対策後"};

struct Synonym
{
    std::u16string text;
    RegisterField field;
};

const std::vector<Synonym>& synonyms()
{
    static const std::vector<Synonym> list = []
    {
        std::vector<Synonym> out;
        for (const FieldInfo& f : fields())
            for (const char* s : f.synonyms)
                out.push_back({foldForMatching(toUtf16(s)), f.field});
        // Longest first: "threatlevel" before "threat", "資産価値" before "資産".
        std::stable_sort(out.begin(), out.end(),
                         [](const Synonym& a, const Synonym& b)
                         { return a.text.size() > b.text.size(); });
        return out;
    }();
    return list;
}

const std::vector<std::u16string>& markers()
{
    static const std::vector<std::u16string> list = []
    {
        std::vector<std::u16string> out;
        for (const char* m : kResidualMarkers)
            out.push_back(foldForMatching(toUtf16(m)));
        return out;
    }();
    return list;
}

bool isAscii(const std::u16string& s)
{
    return std::all_of(s.begin(), s.end(), [](char16_t c) { return c < 0x80; });
}

struct Match
{
    RegisterField field = RegisterField::Count;
    int score = 0; // exact matches outrank contained ones; longer outranks shorter
};

/// Which field a header text names. residualContext: the header sits under a residual group.
Match matchHeaderUncached(std::u16string_view header, bool residualContext)
{
    std::u16string n = foldForMatching(header);
    if (n.empty())
        return {};
    for (const Synonym& s : synonyms())
        if (n == s.text && (s.field == F::ResidualValue || s.field == F::ResidualLevel))
            return {s.field, 1000 + int(s.text.size())};
    bool residual = false; // the header itself says "residual"
    for (const std::u16string& m : markers())
        for (std::size_t p; (p = n.find(m)) != std::u16string::npos;)
        {
            n.erase(p, m.size());
            residual = true;
        }
    Match best;
    for (const Synonym& s : synonyms())
    {
        int score = 0;
        if (n == s.text)
            score = 1000 + int(s.text.size());
        else if (s.text.size() >= (isAscii(s.text) ? 4u : 2u) &&
                 n.find(s.text) != std::u16string::npos)
            score = int(s.text.size());
        if (score > best.score)
            best = {s.field, score};
    }
    if (best.field != RegisterField::Count && (residual || residualContext))
    {
        const FieldInfo& f = fields()[std::size_t(best.field)];
        if (f.residual != RegisterField::Count)
            best.field = f.residual;
        else if (residual && best.field != F::ResidualValue && best.field != F::ResidualLevel)
            best = {}; // "residual owner" is not a register field we know
        // under a residual group heading that may extend too far right (merged cells are not
        // visible in the values), a field without a residual variant keeps its meaning
    }
    return best;
}

/// matchHeaderUncached() remembered per text: detection asks about the same cells for every
/// candidate header row (one, two and three rows deep) and again for sub-headings. The memo is
/// per thread, holds short texts only (headings are a few words; a long text is no heading and
/// would only take memory) and is emptied when it grows past a few thousand texts.
Match matchHeader(std::u16string_view header, bool residualContext)
{
    if (header.size() > 200)
        return matchHeaderUncached(header, residualContext);
    thread_local std::unordered_map<std::u16string, Match> memo;
    std::u16string key;
    key.reserve(header.size() + 1);
    key += residualContext ? u'R' : u'-';
    key += header;
    if (auto it = memo.find(key); it != memo.end())
        return it->second;
    if (memo.size() > 4096)
        memo.clear();
    const Match m = matchHeaderUncached(header, residualContext);
    memo.emplace(std::move(key), m);
    return m;
}

struct Candidate
{
    RegisterMap map;
    int fieldsFound = 0;
};

/// Maps the header texts of one candidate header (one text per column).
Candidate mapHeader(const std::vector<std::u16string>& texts,
                    const std::vector<bool>& residualContext)
{
    Candidate c;
    std::array<int, kRegisterFieldCount> bestScore{};
    std::vector<Match> matches(texts.size());
    for (std::size_t col = 0; col < texts.size(); ++col)
    {
        matches[col] = matchHeader(texts[col], residualContext[col]);
        const Match& m = matches[col];
        if (m.field == RegisterField::Count)
            continue;
        const auto f = std::size_t(m.field);
        if (m.score > bestScore[f]) // ties: the leftmost column keeps the field
        {
            bestScore[f] = m.score;
            c.map.column[f] = int(col);
        }
    }
    for (std::size_t col = 0; col < texts.size(); ++col)
    {
        const Match& m = matches[col];
        const bool used =
            m.field != RegisterField::Count && c.map.column[std::size_t(m.field)] == int(col);
        if (!used && !texts[col].empty())
            c.map.unrecognised.push_back(texts[col]);
    }
    for (int col : c.map.column)
        c.fieldsFound += col >= 0 ? 1 : 0;
    return c;
}

double confidenceOf(const RegisterMap& m)
{
    const bool scoring = (m.has(F::Likelihood) && m.has(F::Impact)) ||
                         (m.has(F::ThreatLevel) && m.has(F::VulnerabilityLevel)) ||
                         m.has(F::RiskValue);
    const bool parts[] = {m.has(F::RiskId),        m.has(F::Asset), m.has(F::Threat),
                          m.has(F::Vulnerability), scoring,         m.has(F::Controls),
                          m.has(F::Treatment),     m.has(F::Owner)};
    int n = 0;
    for (bool p : parts)
        n += p ? 1 : 0;
    return double(n) / double(std::size(parts));
}

std::u16string cellText(const Grid& g, int r, int c)
{
    if (r < 0 || r >= g.rows() || c < 0 || c >= g.cols())
        return {};
    const GridCell& cell = g.at(r, c);
    return cell.isNumber ? std::u16string() : cell.text; // headers are text
}

/// How the cells of a column below the header read as control ids.
struct IdContent
{
    int filled = 0;  ///< non-empty cells
    int withIds = 0; ///< cells naming at least one control
    int written = 0; ///< of those, cells whose ids are text or numbers (not restored dates)
    [[nodiscard]] double share() const noexcept { return filled ? double(withIds) / filled : 0; }
};

IdContent idContent(const Grid& grid, int col, int firstRow)
{
    const Catalog& cat = Catalog::builtin();
    IdContent out;
    for (int r = firstRow; r < grid.rows() && r < firstRow + 300; ++r)
    {
        const GridCell& cell = grid.at(r, col);
        if (cell.isNumber ? cell.number == 0 : trimmed(cell.text).empty())
            continue;
        ++out.filled;
        const IdCellReading ids = readIdCell(cell, cat);
        if (ids.controls.empty())
            continue;
        ++out.withIds;
        if (!ids.fromDate)
            ++out.written;
    }
    return out;
}

/// Content first: the controls column is the one whose cells name controls. A heading such as
/// "Current controls" over free text loses to "Reference to ISO 27001 control" over ids; a
/// column of ids with a heading in another language is found by its values alone.
void chooseControlsColumnByContent(const Grid& grid, RegisterMap& map)
{
    const int firstRow = map.firstDataRow();
    const int current = map.col(F::Controls);
    const IdContent now = current >= 0 ? idContent(grid, current, firstRow) : IdContent{};
    int bestCol = -1;
    IdContent best;
    for (int c = 0; c < grid.cols(); ++c)
    {
        if (c == current)
            continue;
        bool taken = false; // a column another field has by its heading keeps it, unless…
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
            taken = taken || (map.column[f] == c && RegisterField(f) != F::Controls &&
                              RegisterField(f) != F::Treatment);
        if (taken)
            continue;
        const IdContent k = idContent(grid, c, firstRow);
        if (k.written < 2 || k.share() < 0.6)
            continue;
        if (bestCol < 0 || k.share() > best.share() ||
            (k.share() == best.share() && k.withIds > best.withIds))
        {
            bestCol = c;
            best = k;
        }
    }
    if (bestCol < 0)
        return;
    if (current < 0 || best.share() >= now.share() + 0.25 || now.withIds < 2)
    {
        // a treatment heading over ids ("Treatment (Annex A)") was a controls column
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
            if (map.column[f] == bestCol)
                map.column[f] = -1;
        map.column[std::size_t(F::Controls)] = bestCol;
    }
}

} // namespace

std::string_view fieldKey(RegisterField f) noexcept
{
    return f < RegisterField::Count ? fields()[std::size_t(f)].key : "";
}

const Text& fieldLabel(RegisterField f)
{
    return fields().at(std::size_t(f)).label;
}

std::optional<RegisterField> fieldFromKey(std::string_view key) noexcept
{
    for (const FieldInfo& f : fields())
        if (key == f.key)
            return f.field;
    return std::nullopt;
}

Result<RegisterMap> detectRegister(const Grid& grid)
{
    const int last = std::min(grid.rows(), 30);
    Candidate best;
    // The most fields wins; on a tie one header row beats two (a title line above a one-row
    // header is not a group row), and the upper row beats the lower.
    // A row of sub-headings under a group row ("脅威 / 脆弱性 / リスク値" under 「リスク値」):
    // no numbers, and at least two texts that name register fields.
    auto subHeadings = [&](int r)
    {
        if (r >= grid.rows())
            return false;
        int named = 0;
        for (int c = 0; c < grid.cols(); ++c)
        {
            const GridCell& cell = grid.at(r, c);
            if (cell.isNumber)
                return false;
            named +=
                !cell.text.empty() && matchHeader(cell.text, false).field != RegisterField::Count;
        }
        return named >= 2;
    };
    // A group row: each of its texts stands over a heading in the row below ("Risk" over
    // "Risk ID", "Evaluation" over "Before treatment"); a title line stands over nothing.
    auto groupRowOver = [&](int r)
    {
        int texts = 0;
        for (int c = 0; c < grid.cols(); ++c)
        {
            if (cellText(grid, r, c).empty())
                continue;
            ++texts;
            if (r + 1 >= grid.rows() || cellText(grid, r + 1, c).empty())
                return false;
        }
        return texts >= 2; // a title line is one text
    };
    auto consider = [&](Candidate&& c)
    {
        const bool moreRowsNamed =
            c.map.headerRows >= 2 &&
            ((c.map.headerRows == 2 && subHeadings(c.map.headerRow + 1) &&
              best.map.headerRows == 1 && best.map.headerRow == c.map.headerRow) ||
             (groupRowOver(c.map.headerRow) && best.map.headerRow == c.map.headerRow + 1 &&
              best.map.headerRows == c.map.headerRows - 1));
        if (c.fieldsFound > best.fieldsFound ||
            (c.fieldsFound == best.fieldsFound &&
             (moreRowsNamed ||
              (c.map.headerRows < best.map.headerRows &&
               !(best.map.headerRow + 1 == c.map.headerRow && groupRowOver(best.map.headerRow))))))
            best = std::move(c);
    };
    // A heading row holds no control id (that is a data row) and no long text (a heading is
    // a few words; a title or a description that happens to contain 資産 or "impact" is not).
    auto couldBeHeadings = [&](int r)
    {
        const Catalog& cat = Catalog::builtin();
        for (int c = 0; c < grid.cols(); ++c)
        {
            const GridCell& cell = grid.at(r, c);
            if (cell.isNumber
                    ? !readIdCell(cell, cat).controls.empty()
                    : cell.text.size() > 60 || !readIdText(cell.text, cat).controls.empty())
                return false;
        }
        return true;
    };
    for (int r = 0; r < last; ++r)
    {
        if (!couldBeHeadings(r))
            continue;
        // One header row.
        std::vector<std::u16string> texts(std::size_t(grid.cols()));
        std::vector<bool> noContext(std::size_t(grid.cols()), false);
        for (int c = 0; c < grid.cols(); ++c)
            texts[std::size_t(c)] = cellText(grid, r, c);
        Candidate one = mapHeader(texts, noContext);
        one.map.headerRow = r;
        one.map.headerRows = 1;
        consider(std::move(one));

        // Two or three header rows: group rows (merged cells carry their text to the right)
        // over column names; a column takes its lowest text, and a group heading such as
        // "After treatment" / 対応後 over it makes its field the residual one.
        for (int rows = 2; rows <= 3; ++rows)
        {
            if (r + rows > last || !couldBeHeadings(r + rows - 1))
                break;
            std::vector<std::u16string> names(std::size_t(grid.cols()));
            std::vector<bool> residual(std::size_t(grid.cols()), false);
            std::vector<std::u16string> group(std::size_t(rows - 1));
            for (int c = 0; c < grid.cols(); ++c)
            {
                for (int k = rows - 1; k >= 0 && names[std::size_t(c)].empty(); --k)
                    names[std::size_t(c)] = cellText(grid, r + k, c);
                for (int k = 0; k + 1 < rows; ++k)
                {
                    const std::u16string top = cellText(grid, r + k, c);
                    bool belowFilled = false;
                    for (int j = k + 1; j < rows; ++j)
                        belowFilled = belowFilled || !cellText(grid, r + j, c).empty();
                    if (!top.empty())
                        group[std::size_t(k)] = top;
                    else if (!belowFilled)
                        group[std::size_t(k)].clear();
                    if (!belowFilled || group[std::size_t(k)].empty())
                        continue;
                    const std::u16string g = foldForMatching(group[std::size_t(k)]);
                    for (const std::u16string& m : markers())
                        residual[std::size_t(c)] =
                            residual[std::size_t(c)] || g.find(m) != std::u16string::npos;
                }
            }
            Candidate multi = mapHeader(names, residual);
            multi.map.headerRow = r;
            multi.map.headerRows = rows;
            consider(std::move(multi));
        }
    }
    if (best.fieldsFound < 3)
        return Error{
            ErrorKind::NotFound, -1,
            "no risk register header found in the first 30 rows (looked for columns such as Risk "
            "ID, "
            "Threat, Likelihood, Impact, Controls; リスクID、脅威、起こりやすさ、影響度、管理策)"};
    // A register describes risks: an SoA ("Control", "Owner", "Risk IDs") is none.
    const RegisterMap& m = best.map;
    if (!m.has(F::Threat) && !m.has(F::Vulnerability) && !m.has(F::Asset) &&
        !m.has(F::Likelihood) && !m.has(F::Impact) && !m.has(F::RiskValue) &&
        !m.has(F::RiskLevel) && !m.has(F::ThreatLevel) && !m.has(F::VulnerabilityLevel))
        return Error{ErrorKind::NotFound, -1,
                     "the table found names no risk (no asset, threat, vulnerability, likelihood, "
                     "impact or risk value column): not a risk register"};
    chooseControlsColumnByContent(grid, best.map);
    best.map.confidence = confidenceOf(best.map);
    return best.map;
}

void parseControlsCell(std::u16string_view text, const Catalog& cat,
                       std::vector<CitedControl>& found, std::vector<std::u16string>& unknown)
{
    IdCellReading r = readIdText(text, cat);
    for (const IdMention& m : r.controls)
    {
        const bool dup = std::any_of(found.begin(), found.end(),
                                     [&](const CitedControl& c) { return c.control == m.control; });
        if (!dup)
            found.push_back({m.control, std::u16string(text.substr(m.begin, m.textEnd - m.begin))});
    }
    for (std::u16string& u : r.unknown)
        unknown.push_back(std::move(u));
}

namespace
{

/// A total row: its first text says so ("Total", "合計", "小計" …).
bool isTotalRow(const Grid& grid, int r, int firstCol, int lastCol)
{
    for (int c = firstCol; c <= lastCol; ++c)
    {
        const GridCell& cell = grid.at(r, c);
        if (cell.empty())
            continue;
        if (cell.isNumber)
            continue;
        const std::u16string f = foldForMatching(std::u16string_view(cell.text));
        return f == u"total" || f == u"totals" || f == u"sum" || f == u"grandtotal" ||
               f == u"合計" || f == u"小計" || f == u"総計" || f == u"計";
    }
    return false;
}

/// Template padding: every cell in the band is empty, a formula's "" or a 0.
bool isPadding(const Grid& grid, int r, int firstCol, int lastCol)
{
    for (int c = firstCol; c <= lastCol; ++c)
    {
        const GridCell& cell = grid.at(r, c);
        if (cell.isNumber ? cell.number != 0 : !trimmed(cell.text).empty())
            return false;
    }
    return true;
}

/// Whether the column's control cells write their Annex A ids with "A." (then a bare clause
/// number among them is a clause).
bool writesPrefixedIds(const Grid& grid, int col, int firstRow, const Catalog& cat)
{
    int prefixed = 0, bare = 0;
    for (int r = firstRow; r < grid.rows() && r < firstRow + 500; ++r)
    {
        const GridCell& cell = grid.at(r, col);
        if (cell.isNumber || cell.text.empty())
            continue;
        IdCellContext ctx;
        ctx.prefixedColumn = true; // count what is written, whatever it turns out to be
        for (const IdMention& m : readIdText(cell.text, cat, ctx).controls)
        {
            prefixed += m.prefixed && m.id.scheme != IdScheme::Cloud ? 1 : 0;
            bare += !m.prefixed && m.id.scheme == IdScheme::Annex2022 ? 1 : 0;
        }
    }
    // Annex A ids written "A.…", or a 2022 column: a bare 6.1.2 there is clause 6.1.2
    return prefixed > 0 || bare > 0;
}

} // namespace

Register readRegister(const Grid& grid, const RegisterMap& map)
{
    Register out;
    out.map = map;
    const Catalog& cat = Catalog::builtin();
    std::unordered_map<std::u16string, int> seenIds;
    // The table's band of columns: side tables next to it are not the register.
    int firstCol = grid.cols(), lastCol = -1;
    for (int c : map.column)
        if (c >= 0 && c < grid.cols())
        {
            firstCol = std::min(firstCol, c);
            lastCol = std::max(lastCol, c);
        }
    if (lastCol < 0)
        return out;
    IdCellContext idContext;
    if (map.has(F::Controls) && map.col(F::Controls) < grid.cols())
        idContext.prefixedColumn =
            writesPrefixedIds(grid, map.col(F::Controls), map.firstDataRow(), cat);
    // A row repeating a header row (a printed page heading): all its cells equal that header
    // row's, at least two of them (or at least three equal cells in a longer row).
    auto repeatsHeaderRow = [&](int r, int headerRow)
    {
        int filled = 0, equal = 0;
        for (int c = firstCol; c <= lastCol; ++c)
        {
            const GridCell& cell = grid.at(r, c);
            if (cell.empty())
                continue;
            ++filled;
            if (!cell.isNumber && cell.text == cellText(grid, headerRow, c))
                ++equal;
        }
        return equal >= 3 || (equal >= 2 && equal == filled);
    };

    // After a blank row, a row of headings ("リスク値 / 判定 / 対応") starts another table: an
    // acceptance-criteria legend, a risk-owner list. The register ends above it.
    auto startsAnotherTable = [&](int r)
    {
        int texts = 0, named = 0;
        for (int c = 0; c < grid.cols(); ++c)
        {
            const GridCell& cell = grid.at(r, c);
            if (cell.isNumber)
                return false;
            if (trimmed(cell.text).empty())
                continue;
            if (!readIdText(cell.text, cat).controls.empty())
                return false;
            ++texts;
            named += matchHeader(cell.text, false).field != RegisterField::Count ? 1 : 0;
        }
        return texts >= 2 && named >= 1;
    };
    bool afterBlank = false;
    std::vector<RowNote> pendingPadding; // "only an id" rows, until a risk follows them
    for (int r = map.firstDataRow(); r < grid.rows(); ++r)
    {
        if (afterBlank && !out.risks.empty() && startsAnotherTable(r))
        {
            out.skipped.push_back({r, RowNoteKind::AnotherTable, {}, -1});
            break;
        }
        // blank, or a title alone under a blank row ("リスク受容基準")
        int filledCells = 0;
        for (int c = 0; c < grid.cols(); ++c)
            filledCells += isPadding(grid, r, c, c) ? 0 : 1;
        afterBlank = filledCells == 0 || (afterBlank && filledCells == 1);
        if (isPadding(grid, r, firstCol, lastCol))
        {
            // blank rows and formula-padded template rows are layout, not data
            if (filledCells > 0)
                out.outsideColumns.push_back(r);
            continue;
        }
        bool repeats = false;
        for (int h = map.headerRow; h < map.firstDataRow() && !repeats; ++h)
            repeats = repeatsHeaderRow(r, h);
        if (repeats)
        {
            out.skipped.push_back({r, RowNoteKind::RepeatsHeader, {}, -1});
            continue;
        }
        if (isTotalRow(grid, r, firstCol, lastCol))
        {
            out.skipped.push_back({r, RowNoteKind::TotalRow, {}, -1});
            continue;
        }
        RiskRow risk;
        risk.row = r;
        int filled = 0; // fields other than the id and the controls, with more than a 0
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
        {
            const int c = map.column[f];
            if (c < 0 || c >= grid.cols() || grid.at(r, c).empty())
                continue;
            const GridCell& cell = grid.at(r, c);
            if (!cell.isNumber && trimmed(cell.text).empty())
                continue;
            risk.cell[f] = &cell;
            if (RegisterField(f) != F::RiskId && RegisterField(f) != F::Controls &&
                !(cell.isNumber && cell.number == 0))
                ++filled;
        }
        std::vector<RowNote> rowIssues;
        if (const GridCell* c = risk.get(F::Controls))
        {
            const IdCellReading ids = readIdCell(*c, cat, idContext);
            for (const IdMention& m : ids.controls)
            {
                risk.controls.push_back(
                    {m.control,
                     c->isNumber ? m.written : c->text.substr(m.begin, m.textEnd - m.begin)});
                if (m.source == IdSource::Date)
                    rowIssues.push_back(
                        {r, RowNoteKind::RestoredFromDate, m.control->canonical, -1});
            }
            for (const std::u16string& u : ids.unknown)
                rowIssues.push_back(
                    {r, c->isNumber ? RowNoteKind::NumberNotControl : RowNoteKind::UnknownControl,
                     toUtf8(u), -1});
            for (const std::string& clause : ids.clauses)
                rowIssues.push_back({r, RowNoteKind::ClauseNotControl, clause, -1});
            if (!ids.ambiguousWith.empty())
                rowIssues.push_back({r, RowNoteKind::AmbiguousNumber,
                                     ids.controls[0].control->canonical + " / " + ids.ambiguousWith,
                                     -1});
            if (c->isNumber && ids.empty() && c->number != 0)
                rowIssues.push_back({r, RowNoteKind::NumberNotControl, {}, -1});
        }
        // A row is a risk when it says something about one: more than an id, and more than a
        // note that happens to stand in the controls column.
        if (filled == 0 && risk.controls.empty() && rowIssues.empty())
        {
            const RowNote note{r,
                               risk.get(F::RiskId) ? RowNoteKind::OnlyRiskId
                                                   : RowNoteKind::NoRegisterData,
                               {},
                               -1};
            (note.kind == RowNoteKind::OnlyRiskId ? pendingPadding : out.skipped).push_back(note);
            continue;
        }
        // "only an id" rows between risks are notes a person wrote; after the last risk they
        // are a pre-numbered template
        out.skipped.insert(out.skipped.end(), pendingPadding.begin(), pendingPadding.end());
        pendingPadding.clear();
        out.issues.insert(out.issues.end(), rowIssues.begin(), rowIssues.end());
        if (const GridCell* id = risk.get(F::RiskId))
        {
            const std::u16string key = id->isNumber ? toUtf16(cellUtf8(*id)) : id->text;
            auto [it, inserted] = seenIds.emplace(key, r);
            if (!inserted)
                out.issues.push_back({r, RowNoteKind::DuplicateId, cellUtf8(*id), it->second});
        }
        out.risks.push_back(std::move(risk));
    }
    // A few "only an id" rows at the end are notes; many are a pre-numbered template.
    if (pendingPadding.size() <= 3)
        out.skipped.insert(out.skipped.end(), pendingPadding.begin(), pendingPadding.end());
    else
        out.paddingRows = int(pendingPadding.size());
    if (out.outsideColumns.size() <= 3)
        for (int r : out.outsideColumns)
            out.skipped.push_back({r, RowNoteKind::OutsideColumns, {}, -1});
    std::sort(out.skipped.begin(), out.skipped.end(),
              [](const RowNote& a, const RowNote& b) { return a.row < b.row; });
    return out;
}

std::string rowNoteText(const RowNote& n, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    switch (n.kind)
    {
    case RowNoteKind::RepeatsHeader:
        return ja ? "見出しの繰り返し(印刷用の見出し?)のため読み込みませんでした"
                  : "not read: it repeats the header (a printed page heading?)";
    case RowNoteKind::OnlyRiskId:
        return ja ? "リスクIDの列にしか記入がないため読み込みませんでした(合計行又は注記?)"
                  : "not read: only the risk id column is filled (a total or a note?)";
    case RowNoteKind::NoRegisterData:
        return ja ? "台帳の列に記入がないため読み込みませんでした(注記?)"
                  : "not read: nothing in the register's columns (a note?)";
    case RowNoteKind::UnknownControl:
        return ja ? "「" + n.detail + "」は ISO/IEC 27001・27017 の管理策ではありません"
                  : "'" + n.detail + "' is not an ISO/IEC 27001 or 27017 control";
    case RowNoteKind::NumberNotControl:
        return ja ? "管理策の列の数値は管理策番号ではありません"
                  : "the controls cell holds a number that is no control id";
    case RowNoteKind::AnotherTable:
        return ja ? "別の表の見出しのため、この行以降は台帳として読み込みませんでした"
                  : "another table's headings: this row and those below it are not read as the "
                    "register";
    case RowNoteKind::OutsideColumns:
        return ja ? "台帳の列の外にしか記入がないため読み込みませんでした(注記?)"
                  : "not read: it holds something only beside the register's columns (a note?)";
    case RowNoteKind::TotalRow:
        return ja ? "合計行のため読み込みませんでした" : "not read: a total row";
    case RowNoteKind::ClauseNotControl:
        return ja ? "「" + n.detail +
                        "」は ISO/IEC 27001 "
                        "の箇条番号であり、附属書Aの管理策ではないため読み込みませんでした"
                  : "'" + n.detail +
                        "' is an ISO/IEC 27001 clause, not an Annex A control: not read as a "
                        "control";
    case RowNoteKind::RestoredFromDate:
        return ja ? "日付に変換されていた管理策番号を「" + n.detail + "」として読み込みました"
                  : "a control id the spreadsheet had turned into a date was read as '" + n.detail +
                        "'";
    case RowNoteKind::AmbiguousNumber:
        return ja ? "数値として入力された管理策番号はどちらとも読めます(" + n.detail +
                        ")。前者として読み込みました。文字列で入力してください"
                  : "a control id typed as a number can be read either way (" + n.detail +
                        "): read as the first; type it as text";
    case RowNoteKind::DuplicateId:
        return ja ? "リスクID「" + n.detail + "」は " + std::to_string(n.otherRow + 1) +
                        " 行目でも使われています"
                  : "risk id '" + n.detail + "' is also used in row " +
                        std::to_string(n.otherRow + 1);
    }
    return {};
}

std::string cellUtf8(const GridCell& c)
{
    if (c.isNumber)
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.15g", c.number);
        return buf;
    }
    return toUtf8(c.text);
}

std::string columnName(int col)
{
    std::string s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.insert(s.begin(), char('A' + (c - 1) % 26));
    return s;
}

int columnIndex(std::string_view name) noexcept
{
    if (name.empty() || name.size() > 3)
        return -1;
    int v = 0;
    for (char ch : name)
    {
        const char u = (ch >= 'a' && ch <= 'z') ? char(ch - 32) : ch;
        if (u < 'A' || u > 'Z')
            return -1;
        v = v * 26 + (u - 'A' + 1);
    }
    return v - 1;
}

std::string registerMapToJson(const RegisterMap& map, std::string_view sheetName)
{
    nlohmann::ordered_json j;
    j["sheet"] = std::string(sheetName);
    j["headerRow"] = map.headerRow + 1;
    j["headerRows"] = map.headerRows;
    j["firstDataRow"] = map.firstDataRow() + 1;
    nlohmann::ordered_json cols = nlohmann::ordered_json::object();
    for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
        if (map.column[f] >= 0)
            cols[std::string(fieldKey(RegisterField(f)))] = columnName(map.column[f]);
    j["columns"] = cols;
    j["confidence"] = std::round(map.confidence * 100) / 100;
    return j.dump();
}

Result<StoredRegisterMap> registerMapFromJson(std::string_view text)
try
{
    auto bad = [](const std::string& why)
    { return invalidArgument(0, "ISMS.RegisterMap: " + why); };
    nlohmann::json j;
    if (auto problem = json_read::parseUserJson(text, j); problem && !problem->syntax)
        return bad(problem->text);
    if (j.is_discarded() || !j.is_object())
        return bad("not a JSON object");
    StoredRegisterMap s;
    if (!j.contains("sheet") || !j["sheet"].is_string())
        return bad("missing \"sheet\"");
    s.sheet = j["sheet"].get<std::string>();
    // Integers range-checked as written: 4294967299 must not wrap to row 3.
    const auto headerRow = json_read::storedHeaderRow(j);
    if (!headerRow)
        return bad(json_read::storedHeaderRowProblem());
    s.map.headerRow = *headerRow;
    if (j.contains("headerRows"))
    {
        const auto rows = json_read::integerIn(j["headerRows"], 1, 3);
        if (!rows)
            return bad("\"headerRows\" must be 1, 2 or 3");
        s.map.headerRows = int(*rows);
    }
    if (!j.contains("columns") || !j["columns"].is_object())
        return bad("missing \"columns\"");
    for (const auto& [key, value] : j["columns"].items())
    {
        const auto f = fieldFromKey(key);
        if (!f)
            return bad("unknown field \"" + key + "\"");
        const int c = value.is_string() ? columnIndex(value.get<std::string>()) : -1;
        if (c < 0)
            return bad("column of \"" + key + "\" must be a column letter such as \"C\"");
        s.map.column[std::size_t(*f)] = c;
    }
    s.map.confidence = confidenceOf(s.map);
    return s;
}
catch (const std::exception& e) // a hand-edited property never escapes as an exception
{
    return invalidArgument(0, std::string("ISMS.RegisterMap: ") + e.what());
}

} // namespace isms
