#include "isms/readiness.hpp"
#include "isms/text_list.hpp"
#include "isms/text_search.hpp"

#include "isms/utf.hpp"

#include <algorithm>

namespace isms
{

namespace
{

std::u16string lower(std::u16string_view s)
{
    std::u16string out(s);
    for (char16_t& ch : out)
        if (ch >= u'A' && ch <= u'Z')
            ch = char16_t(ch - u'A' + u'a');
    return out;
}

bool contains(std::u16string_view haystack, std::u16string_view needle)
{
    return !needle.empty() && lower(haystack).find(lower(needle)) != std::u16string::npos;
}

ReadinessCheck scopeCheck(const ReadinessFacts& f)
{
    ReadinessCheck c{ReadinessItem::ScopeNamesCloudServices,
                     false,
                     {"Scope (4.1) names the cloud services, inside the ISMS scope",
                      "適用範囲(4.1)にクラウドサービスを記載し、ISMS の適用範囲内にある"},
                     {}};
    const auto& services = f.settings ? f.settings->cloudServices : std::vector<std::string>{};
    if (services.empty())
    {
        c.detail = {"No cloud service is named (ISMS.CloudServices).",
                    "対象のクラウドサービスが記載されていません(ISMS.CloudServices)。"};
        return c;
    }
    if (f.ismsScope.empty())
    {
        c.detail = {"The ISMS scope is stated neither in ISMS.Scope nor on the SoA cover.",
                    "ISMS の適用範囲が ISMS.Scope にも適用宣言書の表紙にも記載されていません。"};
        return c;
    }
    std::vector<std::u16string> names;
    names.reserve(services.size());
    for (const std::string& s : services)
        names.push_back(lower(toUtf16(s)));
    const std::vector<bool> named = occurringIn(lower(f.ismsScope), names);
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < services.size(); ++i)
        if (!named[i])
            missing.push_back(services[i]);
    if (!missing.empty())
    {
        const std::string list = joinList(missing, 5);
        c.detail = {"Not named in the ISMS scope: " + list,
                    "ISMS の適用範囲に記載のないクラウドサービス: " + list};
        return c;
    }
    c.met = true;
    const std::string n = std::to_string(services.size());
    c.detail = {n + " cloud service(s) named inside the ISMS scope.",
                "クラウドサービス " + n + " 件を ISMS の適用範囲内に記載。"};
    return c;
}

ReadinessCheck roleCheck(const ReadinessFacts& f)
{
    ReadinessCheck c{
        ReadinessItem::RoleStated,
        false,
        {"Role stated (customer / provider / both)", "立場(カスタマ / プロバイダ / 両方)を記載"},
        {}};
    if (!f.settings || !f.settings->role)
    {
        c.detail = {"ISMS.Role is not stated.", "立場(ISMS.Role)が記載されていません。"};
        return c;
    }
    c.met = true;
    switch (*f.settings->role)
    {
    case Role::Customer:
        c.detail = {"Cloud service customer", "クラウドサービスカスタマ"};
        break;
    case Role::Provider:
        c.detail = {"Cloud service provider", "クラウドサービスプロバイダ"};
        break;
    case Role::Both:
        c.detail = {"Cloud service customer and provider",
                    "クラウドサービスカスタマ及びクラウドサービスプロバイダ"};
        break;
    case Role::None: // a stated role is never None
        break;
    }
    return c;
}

/// Which factors some risk mentions: it cites one of the factor's 27017 entries, or a text cell
/// names the factor's id (any case). Each risk's texts are lower-cased once, and a factor found
/// is not looked for again: the sidebar evaluates this after every edit of the register.
std::vector<bool> mentionedFactors(const std::vector<RiskRow>& risks,
                                   const std::vector<const CloudRiskFactor*>& factors)
{
    std::vector<bool> found(factors.size(), false);
    std::vector<std::u16string> ids;
    ids.reserve(factors.size());
    for (const CloudRiskFactor* factor : factors)
        ids.push_back(lower(toUtf16(factor->id)));
    std::size_t left = factors.size();
    std::vector<std::u16string> texts;
    for (const RiskRow& risk : risks)
    {
        if (left == 0)
            break;
        texts.clear();
        for (const GridCell* cell : risk.cell)
            if (cell && !cell->isNumber)
                texts.push_back(lower(cell->text));
        for (std::size_t i = 0; i < factors.size(); ++i)
        {
            if (found[i])
                continue;
            const auto& entries = factors[i]->cloudEntries;
            found[i] =
                std::any_of(risk.controls.begin(), risk.controls.end(),
                            [&](const CitedControl& cited) {
                                return std::find(entries.begin(), entries.end(), cited.control) !=
                                       entries.end();
                            }) ||
                (!ids[i].empty() && std::any_of(texts.begin(), texts.end(),
                                                [&](const std::u16string& t) {
                                                    return t.find(ids[i]) != std::u16string::npos;
                                                }));
            left -= found[i] ? 1 : 0;
        }
    }
    return found;
}

ReadinessCheck cloudRiskCheck(const ReadinessFacts& f, const CloudRiskCatalog& catalog)
{
    ReadinessCheck c{ReadinessItem::CloudRisksAssessed,
                     false,
                     {"Cloud-specific risks assessed", "クラウド固有のリスクをアセスメント済み"},
                     {}};
    if (!f.reg)
    {
        c.detail = {"No risk register found.", "リスク台帳が見つかりません。"};
        return c;
    }
    const Role role = f.settings && f.settings->role ? *f.settings->role : Role::Both;
    const auto factors = catalog.forRole(role);
    const std::vector<bool> mentioned = mentionedFactors(f.reg->risks, factors);
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < factors.size(); ++i)
        if (!mentioned[i])
            missing.push_back(factors[i]->id);
    const std::string covered = std::to_string(factors.size() - missing.size());
    const std::string total = std::to_string(factors.size());
    c.met = missing.empty();
    c.detail = {covered + " of " + total + " cloud risk factors covered by the register",
                "クラウドのリスク要因 " + total + " 件中 " + covered + " 件をリスク台帳で対応"};
    if (!missing.empty())
    {
        const std::string list = joinList(missing, 6);
        c.detail.en += "; missing: " + list;
        c.detail.ja += "。未対応: " + list;
    }
    return c;
}

ReadinessCheck soaCheck(const ReadinessFacts& f, const Catalog& cat)
{
    ReadinessCheck c{
        ReadinessItem::SoaHas27017Rows,
        false,
        {"SoA includes the ISO/IEC 27017 controls", "適用宣言書に ISO/IEC 27017 の管理策を含む"},
        {}};
    if (!f.soaRows)
    {
        c.detail = {"No Statement of Applicability yet.", "適用宣言書がまだありません。"};
        return c;
    }
    int expected = 0, present = 0;
    for (const Control* entry : cat.controls(Edition::Iso27017_2015))
    {
        if (entry->id.scheme != IdScheme::Cloud)
            continue;
        ++expected;
        if (std::any_of(f.soaRows->begin(), f.soaRows->end(),
                        [&](const SoaRow& r)
                        {
                            auto found =
                                cat.lookup(std::u16string_view(r.at(SoaColumn::Control).text));
                            return found.ok() && *found == entry;
                        }))
            ++present;
    }
    c.met = expected > 0 && present == expected;
    const std::string n = std::to_string(present), total = std::to_string(expected);
    c.detail = {n + " of " + total + " CLD controls in the SoA",
                "適用宣言書の CLD 管理策 " + total + " 件中 " + n + " 件"};
    return c;
}

ReadinessCheck auditCheck(const ReadinessFacts& f)
{
    ReadinessCheck c{ReadinessItem::InternalAuditRecorded,
                     false,
                     {"Internal audit recorded", "内部監査の記録がある"},
                     {}};
    for (const SheetSummary& s : f.sheets)
        if ((contains(s.name, u"internal audit") || contains(s.name, u"内部監査")) &&
            s.usedRows >= 2)
        {
            c.met = true;
            const std::string name = toUtf8(s.name), rows = std::to_string(s.usedRows - 1);
            c.detail = {"Sheet '" + name + "': " + rows + " row(s) below the heading",
                        "シート「" + name + "」: 見出しの下に " + rows + " 行"};
            return c;
        }
    c.detail = {"No sheet named 'Internal audit' with entries.",
                "記入のある「内部監査」シートがありません。"};
    return c;
}

} // namespace

std::vector<ReadinessCheck> evaluateReadiness(const ReadinessFacts& facts, const Catalog& cat,
                                              const CloudRiskCatalog& factors)
{
    return {scopeCheck(facts), roleCheck(facts), cloudRiskCheck(facts, factors),
            soaCheck(facts, cat), auditCheck(facts)};
}

std::u16string ismsScopeFromCover(const std::vector<std::pair<std::u16string, GridCell>>& cover)
{
    for (const auto& [label, value] : cover)
        if (lower(label) == u"isms scope" || label == u"ISMS の適用範囲")
            return value.text;
    return {};
}

} // namespace isms
