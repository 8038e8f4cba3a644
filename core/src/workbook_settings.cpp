#include "isms/workbook_settings.hpp"

#include "keywords.hpp"
#include "isms/utf.hpp"

#include <algorithm>

namespace isms
{
namespace
{

bool isSeparator(char16_t c)
{
    return c == u',' || c == u'、' || c == u';' || c == u'；' || c == u'/' || c == u'\n' ||
           c == u'\r' || c == u'，';
}

/// What a property must hold, for the messages about it.
Text expected(std::string_view name)
{
    if (name == kPropRole)
        return {"customer, provider or both",
                "customer、provider 又は both(カスタマ / プロバイダ / 両方)"};
    if (name == kPropServiceModels)
        return {"the service models IaaS, PaaS and SaaS in scope",
                "対象のサービスモデル(IaaS、PaaS、SaaS)"};
    if (name == kPropCloudServices)
        return {"the names of the cloud services in scope", "対象のクラウドサービスの名称"};
    if (name == kPropLanguage)
        return {"en or ja", "en 又は ja"};
    if (name == kPropRiskMethod)
        return {"a preset name (3x3, 4x4, 5x5, iso27005, avt) or a method definition (JSON)",
                "プリセット名(3x3、4x4、5x5、iso27005、avt)又は方法の定義(JSON)"};
    if (name == kPropRegisterMap)
        return {"the risk register's columns as ISMS ▸ Risk Register Columns… stores them (JSON)",
                "ISMS ▸ リスク台帳の列… が保存するリスク台帳の列の対応付け(JSON)"};
    if (name == kPropSoaMap)
        return {"the SoA's columns as ISMS ▸ SoA Columns… stores them (JSON)",
                "ISMS ▸ 適用宣言書の列… が保存する適用宣言書の列の対応付け(JSON)"};
    return {"text", "テキスト"};
}

} // namespace

Text mistypedPropertyProblem(const MistypedProperty& p)
{
    Text type;
    switch (p.type)
    {
    case PropertyType::Number:
        type = {"a number", "数値"};
        break;
    case PropertyType::Date:
        type = {"a date", "日付"};
        break;
    case PropertyType::DateTime:
        type = {"a date and time", "日時"};
        break;
    case PropertyType::Duration:
        type = {"a duration", "期間"};
        break;
    case PropertyType::Boolean:
        type = {"a yes/no value", "はい/いいえの値"};
        break;
    case PropertyType::Text:
    case PropertyType::Other:
        type = {"a value that is not text", "テキストでない値"};
        break;
    }
    const std::string shown = p.shown.empty() ? "" : " (" + p.shown + ")";
    const std::string shownJa = p.shown.empty() ? "" : "(" + p.shown + ")";
    const Text want = expected(p.name);
    return {p.name + " holds " + type.en + shown + ", not text; it must be text: " + want.en,
            p.name + " にはテキストではなく" + type.ja + shownJa + "が入っています。" + want.ja +
                "をテキストで記載してください"};
}

Result<Role> workbookRole(const WorkbookSettings& s, std::optional<Role> fallback, int argIndex)
{
    if (s.role)
        return *s.role;
    if (!s.roleProblem.en.empty())
        return invalidArgument(argIndex, "no role given and the workbook's " + s.roleProblem.en);
    if (fallback)
        return *fallback;
    return invalidArgument(argIndex, "no role given and the workbook states none (document "
                                     "property ISMS.Role)");
}

std::vector<std::u16string> splitList(std::u16string_view s)
{
    std::vector<std::u16string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
    {
        if (i < s.size() && !isSeparator(s[i]))
            continue;
        const std::u16string_view part = trimmed(s.substr(start, i - start));
        if (!part.empty())
            out.emplace_back(part);
        start = i + 1;
    }
    return out;
}

WorkbookSettings parseWorkbookSettings(const WorkbookSettingsText& raw,
                                       std::span<const MistypedProperty> mistyped)
{
    WorkbookSettings s;
    s.mistyped.assign(mistyped.begin(), mistyped.end());
    for (const MistypedProperty& m : mistyped)
    {
        const Text problem = mistypedPropertyProblem(m);
        s.problems.push_back(problem.en);
        if (m.name == kPropRole)
            s.roleProblem = problem;
        else if (m.name == kPropRiskMethod)
        {
            s.riskMethodProblem = problem.en;
            s.riskMethodProblemJa = problem.ja;
        }
    }
    if (!isBlank(raw.role))
    {
        auto r = parseRole(raw.role, 0);
        if (r.ok())
            s.role = *r;
        else
        {
            const std::string shown = toUtf8(trimmed(raw.role).substr(0, 40));
            s.problems.push_back("ISMS.Role: " + r.error().message);
            s.roleProblem = {"ISMS.Role is '" + shown +
                                 "', which is no role: it must be customer, provider or both",
                             "ISMS.Role の「" + shown +
                                 "」は立場ではありません。customer、provider 又は both(カスタマ / "
                                 "プロバイダ / 両方)のいずれかを記載してください"};
        }
    }
    bool models[3] = {false, false, false};
    for (const auto& part : splitList(raw.serviceModels))
    {
        if (isKeyword(part, {u"iaas"}))
            models[0] = true;
        else if (isKeyword(part, {u"paas"}))
            models[1] = true;
        else if (isKeyword(part, {u"saas"}))
            models[2] = true;
        else
            s.problems.push_back("ISMS.ServiceModels: '" + toUtf8(part) +
                                 "' is not IaaS, PaaS or SaaS");
    }
    const char* names[3] = {"IaaS", "PaaS", "SaaS"};
    for (int i = 0; i < 3; ++i)
        if (models[i])
            s.serviceModels.emplace_back(names[i]);
    for (const auto& part : splitList(raw.cloudServices))
        s.cloudServices.push_back(toUtf8(part));
    if (!isBlank(raw.language))
    {
        if (isKeyword(raw.language, {u"en", u"en-us", u"english", u"英語"}))
            s.language = Lang::En;
        else if (isKeyword(raw.language, {u"ja", u"ja-jp", u"japanese", u"日本語"}))
            s.language = Lang::Ja;
        else
            s.problems.push_back("ISMS.Language: '" + toUtf8(raw.language) + "' is not en or ja");
    }
    if (!isBlank(raw.riskMethod))
    {
        const std::string text = toUtf8(raw.riskMethod);
        if (const RiskMethod* preset = findPreset(text))
            s.riskMethod = std::shared_ptr<const RiskMethod>(std::shared_ptr<void>(),
                                                             preset); // static: not owned
        else if (auto parsed = parseRiskMethod(text); parsed.ok())
            s.riskMethod = std::make_shared<const RiskMethod>(std::move(parsed).value());
        else
        {
            s.riskMethodProblem = "ISMS.RiskMethod: " + parsed.error().message;
            s.problems.push_back(s.riskMethodProblem);
        }
    }
    return s;
}

} // namespace isms
