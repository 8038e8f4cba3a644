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

} // namespace

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

WorkbookSettings parseWorkbookSettings(const WorkbookSettingsText& raw)
{
    WorkbookSettings s;
    if (!isBlank(raw.role))
    {
        auto r = parseRole(raw.role, 0);
        if (r.ok())
            s.role = *r;
        else
            s.problems.push_back("ISMS.Role: " + r.error().message);
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
