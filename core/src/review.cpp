#include "isms/review.hpp"

#include "keywords.hpp"
#include "review_internal.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace isms
{

namespace review_detail
{

Finding make(std::string_view rule, Severity s, Location where, Text message, Text fix)
{
    return Finding{std::string(rule), s, std::move(where), std::move(message), std::move(fix)};
}

bool treatmentAccepts(const GridCell& c)
{
    if (c.isNumber)
        return false;
    const std::u16string f = foldForMatching(std::u16string_view(c.text));
    for (std::u16string_view w :
         {u"accept", u"accepted", u"acceptance", u"retain", u"retained", u"retention", u"tolerate",
          u"tolerated", u"acceptrisk", u"riskacceptance", u"受容", u"保有", u"リスク受容",
          u"リスク保有", u"受容する", u"保有する", u"許容", u"リスクの受容", u"リスクの保有"})
        if (f == w)
            return true;
    return false;
}

} // namespace review_detail

std::string_view severityName(Severity s) noexcept
{
    switch (s)
    {
    case Severity::Major:
        return "major";
    case Severity::Minor:
        return "minor";
    case Severity::Observation:
        return "observation";
    }
    return "minor";
}

const Text& severityLabel(Severity s) noexcept
{
    static const Text major{"Major nonconformity", "重大な不適合"};
    static const Text minor{"Minor nonconformity", "軽微な不適合"};
    static const Text observation{"Observation", "観察事項"};
    return s == Severity::Major ? major : s == Severity::Minor ? minor : observation;
}

std::string cellRef(const Location& where)
{
    if (where.row < 0)
        return {};
    if (where.col < 0)
        return std::to_string(where.row + 1);
    return columnName(where.col) + std::to_string(where.row + 1);
}

namespace
{

/// Settings properties holding a number, date … where text belongs, other than ISMS.Role and
/// ISMS.RiskMethod (SOA-ROLE-INVALID, REG-METHOD-INVALID say those): never taken silently for
/// "not set".
void settingsNotText(const ReviewInput& in, std::vector<Finding>& out)
{
    for (const MistypedProperty& m : in.settings.mistyped)
    {
        if (m.name == kPropRole || m.name == kPropRiskMethod)
            continue;
        const Text problem = mistypedPropertyProblem(m);
        out.push_back(review_detail::make(
            "SETTINGS-NOT-TEXT", Severity::Minor, {},
            {"A workbook setting cannot be used: " + problem.en + ".",
             "ブックの設定を使えません: " + problem.ja + "。"},
            {"Delete the property in File ▸ Properties ▸ Custom Properties and state the setting "
             "again in the ISMS sidebar's Workbook panel (it is stored as text).",
             "ファイル ▸ プロパティ ▸ ユーザー定義 でそのプロパティを削除し、ISMS ▸ "
             "設定で設定し直して"
             "ください(テキストで保存されます)。"}));
    }
}

} // namespace

std::vector<Finding> review(const Catalog& cat, const ReviewInput& in)
{
    std::vector<Finding> out;
    settingsNotText(in, out);
    review_detail::reviewSoa(cat, in, out);
    review_detail::reviewRegister(cat, in, out);
    review_detail::reviewCertification(in, out);
    sortFindings(out);
    return out;
}

void sortFindings(std::vector<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b)
                     {
                         return std::tie(a.severity, a.where.sheet, a.where.row, a.where.col,
                                         a.rule) < std::tie(b.severity, b.where.sheet, b.where.row,
                                                            b.where.col, b.rule);
                     });
}

std::string findingsToJson(const std::vector<Finding>& findings)
{
    nlohmann::json arr = nlohmann::json::array();
    for (const Finding& f : findings)
    {
        nlohmann::json o;
        o["rule"] = f.rule;
        o["severity"] = std::string(severityName(f.severity));
        o["sheet"] = f.where.sheet;
        o["cell"] = cellRef(f.where);
        o["row"] = f.where.row >= 0 ? nlohmann::json(f.where.row + 1) : nlohmann::json(nullptr);
        o["message"] = {{"en", f.message.en}, {"ja", f.message.ja}};
        o["fix"] = {{"en", f.fix.en}, {"ja", f.fix.ja}};
        arr.push_back(std::move(o));
    }
    // Invalid UTF-8 (never produced by the rules, but sheet names come from outside) is
    // replaced rather than thrown on.
    return arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string csvField(std::string_view field)
{
    std::string out;
    if (!field.empty() && (field.front() == '=' || field.front() == '+' || field.front() == '-' ||
                           field.front() == '@' || field.front() == '\t' || field.front() == '\r'))
        out += '\'';
    bool quote = false;
    for (char c : field)
    {
        if (c == '"')
        {
            out += "\"\"";
            quote = true;
            continue;
        }
        quote = quote || c == ',' || c == '\r' || c == '\n';
        out += c;
    }
    return quote ? "\"" + out + "\"" : out;
}

std::string findingsToCsv(const std::vector<Finding>& findings, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    std::string out;
    const char* head[] = {ja ? "重大度" : "Severity",  ja ? "規則" : "Rule",
                          ja ? "シート" : "Sheet",     ja ? "セル" : "Cell",
                          ja ? "指摘事項" : "Finding", ja ? "是正の提案" : "Suggested fix"};
    for (std::size_t i = 0; i < 6; ++i)
        out += (i ? "," : "") + csvField(head[i]);
    out += "\r\n";
    for (const Finding& f : findings)
    {
        const std::string fields[] = {severityLabel(f.severity).in(lang),
                                      f.rule,
                                      f.where.sheet,
                                      cellRef(f.where),
                                      f.message.in(lang),
                                      f.fix.in(lang)};
        for (std::size_t i = 0; i < 6; ++i)
            out += (i ? "," : "") + csvField(fields[i]);
        out += "\r\n";
    }
    return out;
}

} // namespace isms
