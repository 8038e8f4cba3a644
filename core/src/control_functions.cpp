#include "isms/control_functions.hpp"

#include "keywords.hpp"

namespace isms
{

Result<ControlField> parseControlField(std::u16string_view s, int argIndex)
{
    if (isBlank(s) || isKeyword(s, {u"title", u"label", u"名称", u"タイトル"}))
        return ControlField::Title;
    if (isKeyword(s, {u"edition", u"版", u"規格"}))
        return ControlField::Edition;
    if (isKeyword(s, {u"clause", u"theme", u"箇条", u"テーマ"}))
        return ControlField::Clause;
    if (isKeyword(s, {u"objective", u"管理目的"}))
        return ControlField::Objective;
    if (isKeyword(s, {u"id", u"番号"}))
        return ControlField::Id;
    return invalidArgument(argIndex, "field '" + keywordForMessage(s) +
                                         "' is not one of title, edition, clause, objective, id");
}

Result<Lang> parseLang(std::u16string_view s, Lang fallback, int argIndex)
{
    if (isBlank(s))
        return fallback;
    if (isKeyword(s, {u"en", u"en-us", u"en-gb", u"english", u"英語"}))
        return Lang::En;
    if (isKeyword(s, {u"ja", u"ja-jp", u"jp", u"japanese", u"日本語"}))
        return Lang::Ja;
    return invalidArgument(argIndex, "language '" + keywordForMessage(s) + "' is not en or ja");
}

Result<Edition> parseEdition(std::u16string_view s, int argIndex)
{
    if (isBlank(s) || isKeyword(s, {u"2022", u"27001:2022", u"27002:2022"}))
        return Edition::Iso27001_2022;
    if (isKeyword(s, {u"2013", u"27001:2013", u"27002:2013"}))
        return Edition::Iso27001_2013;
    if (isKeyword(s, {u"27017", u"27017:2015", u"2015", u"cld"}))
        return Edition::Iso27017_2015;
    return invalidArgument(argIndex,
                           "edition '" + keywordForMessage(s) + "' is not 2022, 2013 or 27017");
}

Result<Edition> parseMapTarget(std::u16string_view s, int argIndex)
{
    if (isKeyword(s, {u"2022", u"27001:2022", u"27002:2022"}))
        return Edition::Iso27001_2022;
    if (isKeyword(s, {u"2013", u"27001:2013", u"27002:2013"}))
        return Edition::Iso27001_2013;
    return invalidArgument(argIndex,
                           "target edition '" + keywordForMessage(s) + "' is not 2022 or 2013");
}

Result<ControlFilter> parseControlFilter(std::u16string_view s, int argIndex)
{
    if (isBlank(s) || isKeyword(s, {u"all", u"すべて"}))
        return ControlFilter::All;
    if (isKeyword(s, {u"customer", u"カスタマ", u"クラウドサービスカスタマ"}))
        return ControlFilter::Customer;
    if (isKeyword(s, {u"provider", u"プロバイダ", u"クラウドサービスプロバイダ"}))
        return ControlFilter::Provider;
    if (isKeyword(s, {u"cloud", u"クラウド"}))
        return ControlFilter::Cloud;
    if (isKeyword(s, {u"new", u"新規"}))
        return ControlFilter::New;
    return invalidArgument(argIndex, "filter '" + keywordForMessage(s) +
                                         "' is not customer, provider, cloud or new");
}

std::string_view controlField(const Control& c, ControlField f, Lang lang) noexcept
{
    switch (f)
    {
    case ControlField::Title:
        return c.title.in(lang);
    case ControlField::Edition:
        return editionName(c.edition);
    case ControlField::Clause:
        if (!c.clause)
            return {};
        return c.edition == Edition::Iso27001_2022 ? std::string_view(c.clause->title.in(lang))
                                                   : std::string_view(c.clause->id);
    case ControlField::Objective:
        return c.objective ? std::string_view(c.objective->id) : std::string_view();
    case ControlField::Id:
        return c.canonical;
    }
    return {};
}

Edition defaultMapTarget(const Control& c) noexcept
{
    return c.edition == Edition::Iso27001_2022 ? Edition::Iso27001_2013 : Edition::Iso27001_2022;
}

std::vector<const Control*> mapControl(const Control& c, Edition target)
{
    if (c.edition == target)
        return {&c};
    if (c.edition == Edition::Iso27017_2015 && target == Edition::Iso27001_2013)
        return {};
    return c.mapped;
}

std::string joinIds(const std::vector<const Control*>& cs)
{
    std::string out;
    for (const Control* c : cs)
    {
        if (!out.empty())
            out += ", ";
        out += c->canonical;
    }
    return out;
}

Result<std::vector<const Control*>> listControls(const Catalog& cat, Edition e, ControlFilter f,
                                                 int filterArgIndex)
{
    if (f == ControlFilter::New && e == Edition::Iso27001_2013)
        return invalidArgument(filterArgIndex, "no 27001:2013 control is new; filter 'new' "
                                               "applies to 2022 and 27017");
    std::vector<const Control*> out;
    for (const Control* c : cat.controls(e))
    {
        bool keep = true;
        switch (f)
        {
        case ControlFilter::All:
            break;
        case ControlFilter::Customer:
            keep = has(c->cloudRoles, Role::Customer);
            break;
        case ControlFilter::Provider:
            keep = has(c->cloudRoles, Role::Provider);
            break;
        case ControlFilter::Cloud:
            keep = c->cloudRoles != Role::None;
            break;
        case ControlFilter::New:
            keep = c->isNew;
            break;
        }
        if (keep)
            out.push_back(c);
    }
    return out;
}

} // namespace isms
