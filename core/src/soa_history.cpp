#include "isms/soa_history.hpp"
#include "isms/text_list.hpp"

#include "isms/soa_table.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

namespace isms
{
namespace
{

using C = SoaColumn;

/// Decision per control id (rows without a control id are people's notes: not counted).
std::map<std::string, Applicability> decisions(const std::vector<SoaRow>& rows)
{
    std::map<std::string, Applicability> out;
    for (const SoaRow& r : rows)
        if (const std::string id = soaRowControlId(r.at(C::Control)); !id.empty())
            out.emplace(id, classifyApplicability(r.at(C::Applicability)));
    return out;
}

std::string idList(const std::vector<std::string>& ids)
{
    return joinList(ids, 12);
}

std::string nextVersion(const std::vector<std::string>& versions)
{
    double highest = 0;
    for (const std::string& v : versions)
    {
        const char* s = v.c_str();
        while (*s && !(*s >= '0' && *s <= '9'))
            ++s; // "v2", "第2版"
        char* end = nullptr;
        const double n = std::strtod(s, &end);
        if (end != s && std::isfinite(n) && n > highest && n < 1e6)
            highest = n;
    }
    return std::to_string(long(std::floor(highest)) + 1);
}

} // namespace

const Text& soaHistorySheetTitle()
{
    static const Text t{"Revision history", "改訂履歴"};
    return t;
}

const std::array<Text, 4>& soaHistoryColumnLabels()
{
    static const std::array<Text, 4> labels = {Text{"Version", "版数"}, Text{"Date", "日付"},
                                               Text{"Changes", "改訂内容"},
                                               Text{"Approved by", "承認者"}};
    return labels;
}

std::optional<SoaRevision> soaRevision(const std::vector<SoaRow>& before,
                                       const std::vector<SoaRow>& after,
                                       const std::vector<std::string>& versionsSoFar,
                                       const std::string& date, Lang lang)
{
    const auto was = decisions(before);
    const auto now = decisions(after);
    int applicable = 0, excluded = 0, undecided = 0;
    for (const auto& [id, d] : now)
        (d == Applicability::Applicable ? applicable
         : d == Applicability::Excluded ? excluded
                                        : undecided)++;
    const bool ja = lang == Lang::Ja;
    const std::string counts =
        ja ? "適用 " + std::to_string(applicable) + "、適用除外 " + std::to_string(excluded) +
                 "、未決定 " + std::to_string(undecided)
           : std::to_string(applicable) + " applicable, " + std::to_string(excluded) +
                 " excluded, " + std::to_string(undecided) + " not decided";
    SoaRevision rev;
    rev.version = nextVersion(versionsSoFar);
    rev.date = date;
    if (before.empty() || was.empty())
    {
        rev.changes = ja ? "初版(" + counts + ")" : "First issue (" + counts + ")";
        return rev;
    }
    std::vector<std::string> changed, added, removed;
    for (const auto& [id, d] : now)
    {
        const auto it = was.find(id);
        if (it == was.end())
            added.push_back(id);
        else if (it->second != d)
            changed.push_back(id);
    }
    for (const auto& [id, d] : was)
        if (!now.count(id))
            removed.push_back(id);
    if (changed.empty() && added.empty() && removed.empty())
        return std::nullopt;
    std::string text;
    const auto part = [&](const std::vector<std::string>& ids, const char* en, const char* jaText)
    {
        if (ids.empty())
            return;
        if (!text.empty())
            text += ja ? "。" : "; ";
        text +=
            ja ? std::string(jaText) + " " + std::to_string(ids.size()) + " 件(" + idList(ids) + ")"
               : std::string(en) + " " + std::to_string(ids.size()) + " (" + idList(ids) + ")";
    };
    part(changed, "Decision changed:", "適用可否の変更");
    part(added, "Controls added:", "追加した管理策");
    part(removed, "Controls removed:", "削除した管理策");
    rev.changes = text + (ja ? "。現在: " + counts : ". Now " + counts);
    return rev;
}

std::string soaDecisionSnapshot(const std::vector<SoaRow>& rows)
{
    std::string out;
    for (const auto& [id, d] : decisions(rows))
        out += (out.empty() ? "" : ";") + id + "=" +
               (d == Applicability::Applicable ? "A"
                : d == Applicability::Excluded ? "E"
                                               : "U");
    return out;
}

std::vector<SoaRow> soaRowsFromSnapshot(std::string_view snapshot)
{
    std::vector<SoaRow> out;
    while (!snapshot.empty())
    {
        const std::size_t end = std::min(snapshot.find(';'), snapshot.size());
        const std::string_view part = snapshot.substr(0, end);
        snapshot.remove_prefix(std::min(end + 1, snapshot.size()));
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos || eq == 0 || part.size() != eq + 2)
            continue;
        const char d = part[eq + 1];
        if (d != 'A' && d != 'E' && d != 'U')
            continue;
        SoaRow r;
        r.at(C::Control).text = toUtf16(part.substr(0, eq));
        r.at(C::Applicability).text = d == 'A' ? u"Applicable" : d == 'E' ? u"Not applicable" : u"";
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace isms
