#include "isms/soa_cover.hpp"

#include "isms/soa_table.hpp"
#include "isms/utf.hpp"

#include <functional>

namespace isms
{
namespace
{

using C = SoaColumn;

/// What the computed rows are made of.
struct CoverFacts
{
    const WorkbookSettings& settings;
    Lang lang;
    int applicable = 0, excluded = 0, undecided = 0, flagged = 0;
};

GridCell textCell(std::string_view utf8)
{
    GridCell c;
    c.text = toUtf16(utf8);
    return c;
}

GridCell numberCell(int n)
{
    GridCell c;
    c.number = n;
    c.isNumber = true;
    c.text = toUtf16(std::to_string(n));
    return c;
}

/// The names joined by ", "; a list too long for a printed cover (and for a cell Calc lays out
/// in reasonable time: 100,000 services took two minutes) is cut, saying how many there are.
std::string listText(const std::vector<std::string>& v, Lang lang)
{
    constexpr std::size_t kShown = 50;
    std::string out;
    for (std::size_t i = 0; i < v.size() && i < kShown; ++i)
        out += (out.empty() ? "" : ", ") + v[i];
    if (v.size() > kShown)
        out += lang == Lang::Ja ? "、…(全 " + std::to_string(v.size()) + " 件)"
                                : ", … (" + std::to_string(v.size()) + " in all)";
    return out;
}

/// A cover item: its label, and what it computes (none: a person fills it).
struct CoverItem
{
    std::string_view key;
    Text label;
    std::function<GridCell(const CoverFacts&)> compute;
};

const std::vector<CoverItem>& coverItems()
{
    static const std::vector<CoverItem> items = {
        {"organisation", {"Organisation", "組織名"}, nullptr},
        {"scope", {"ISMS scope", "ISMS の適用範囲"}, nullptr},
        {"cloudServices",
         {"Cloud services in scope", "対象のクラウドサービス"},
         [](const CoverFacts& f) { return textCell(listText(f.settings.cloudServices, f.lang)); }},
        {"role",
         {"Role", "立場"},
         [](const CoverFacts& f)
         {
             return textCell(f.settings.role ? roleLabel(*f.settings.role, f.lang)
                                             : roleNotStatedLabel(f.lang));
         }},
        {"models",
         {"Cloud service models", "サービス形態"},
         [](const CoverFacts& f) { return textCell(listText(f.settings.serviceModels, f.lang)); }},
        {"standards",
         {"Standards", "規格"},
         [](const CoverFacts& f)
         {
             return textCell(f.lang == Lang::Ja
                                 ? "JIS Q 27001:2023(ISO/IEC 27001:2022)附属書A、JIS Q "
                                   "27017:2016(ISO/IEC 27017:2015)"
                                 : "ISO/IEC 27001:2022 Annex A, ISO/IEC 27017:2015");
         }},
        {"version", {"Version", "版数"}, nullptr},
        {"date", {"Date", "日付"}, nullptr},
        {"approvedBy", {"Approved by", "承認者"}, nullptr},
        {"applicable",
         {"Controls applicable", "適用する管理策"},
         [](const CoverFacts& f) { return numberCell(f.applicable); }},
        {"excluded",
         {"Controls excluded", "適用除外の管理策"},
         [](const CoverFacts& f) { return numberCell(f.excluded); }},
        {"undecided",
         {"Controls not yet decided", "未決定の管理策"},
         [](const CoverFacts& f) { return numberCell(f.undecided); }},
        {"flagged",
         {"Rows flagged for review", "確認が必要な行"},
         [](const CoverFacts& f) { return numberCell(f.flagged); }},
    };
    return items;
}

/// The cell a person typed beside this label (either language), or an empty cell.
GridCell kept(const Text& label, const SoaCoverCells& existing)
{
    GridCell out;
    for (const auto& [typed, cell] : existing)
        if (utf8Equals(typed, label.en) || utf8Equals(typed, label.ja))
            out = cell; // the last one wins, as a later row overrides an earlier one
    return out;
}

} // namespace

std::vector<SoaCoverRow> soaCover(const SoaMerge& merged, const WorkbookSettings& settings,
                                  const SoaCoverCells& existing, Lang lang)
{
    CoverFacts facts{settings, lang};
    facts.flagged = merged.flagged;
    for (const SoaRow& r : merged.rows)
    {
        if (r.at(C::Control).empty())
            continue;
        // Counted as the review reads them, so "Inherited from …", "N/A" or ○ agree too.
        switch (classifyApplicability(r.at(C::Applicability)))
        {
        case Applicability::Applicable:
            ++facts.applicable;
            break;
        case Applicability::Excluded:
            ++facts.excluded;
            break;
        case Applicability::Undecided:
            ++facts.undecided;
            break;
        }
    }
    std::vector<SoaCoverRow> out;
    for (const CoverItem& item : coverItems())
        out.push_back({item.key, item.label.in(lang),
                       item.compute ? item.compute(facts) : kept(item.label, existing)});
    return out;
}

} // namespace isms
