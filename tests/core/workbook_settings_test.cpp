// Workbook settings: the ISMS.Role, ISMS.ServiceModels, ISMS.CloudServices and ISMS.Language
// document properties as users type them, and splitList for multi-valued cells.

#include "isms/register_scoring.hpp"
#include "isms/workbook_settings.hpp"
#include "text_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace
{

using namespace isms::test;

using isms::Lang;
using isms::Role;
using isms::WorkbookSettings;
using isms::WorkbookSettingsText;

using Strings = std::vector<std::string>;
using U16Strings = std::vector<std::u16string>;

WorkbookSettings withRole(std::u16string role)
{
    WorkbookSettingsText raw;
    raw.role = std::move(role);
    return isms::parseWorkbookSettings(raw);
}
WorkbookSettings withModels(std::u16string models)
{
    WorkbookSettingsText raw;
    raw.serviceModels = std::move(models);
    return isms::parseWorkbookSettings(raw);
}
WorkbookSettings withServices(std::u16string services)
{
    WorkbookSettingsText raw;
    raw.cloudServices = std::move(services);
    return isms::parseWorkbookSettings(raw);
}
WorkbookSettings withLanguage(std::u16string language)
{
    WorkbookSettingsText raw;
    raw.language = std::move(language);
    return isms::parseWorkbookSettings(raw);
}

std::string joined(const Strings& v)
{
    std::string out;
    for (const auto& s : v)
        out += "[" + s + "] ";
    return out;
}

TEST(WorkbookSettings, PropertyNames)
{
    EXPECT_EQ(isms::kPropRole, "ISMS.Role");
    EXPECT_EQ(isms::kPropServiceModels, "ISMS.ServiceModels");
    EXPECT_EQ(isms::kPropCloudServices, "ISMS.CloudServices");
    EXPECT_EQ(isms::kPropLanguage, "ISMS.Language");
}

TEST(WorkbookSettings, AllEmptySetsNothing)
{
    const WorkbookSettings s = isms::parseWorkbookSettings({});
    EXPECT_FALSE(s.role.has_value());
    EXPECT_TRUE(s.serviceModels.empty());
    EXPECT_TRUE(s.cloudServices.empty());
    EXPECT_FALSE(s.language.has_value());
    EXPECT_TRUE(s.problems.empty()) << joined(s.problems);
}

TEST(WorkbookSettings, BlankValuesSetNothing)
{
    const WorkbookSettings s =
        isms::parseWorkbookSettings({u"  ", u" \u3000", u" , ; ", u"\u3000", u""});
    EXPECT_FALSE(s.role.has_value());
    EXPECT_TRUE(s.serviceModels.empty());
    EXPECT_TRUE(s.cloudServices.empty());
    EXPECT_FALSE(s.language.has_value());
    EXPECT_TRUE(s.problems.empty()) << joined(s.problems);
}

TEST(WorkbookSettings, RoleInEnglishAndJapanese)
{
    EXPECT_EQ(withRole(u"customer").role, Role::Customer);
    EXPECT_EQ(withRole(u"Provider").role, Role::Provider);
    EXPECT_EQ(withRole(u" both ").role, Role::Both);
    EXPECT_EQ(withRole(u"カスタマ").role, Role::Customer);
    EXPECT_EQ(withRole(u"クラウドサービスプロバイダ").role, Role::Provider);
    EXPECT_EQ(withRole(u"両方").role, Role::Both);
    EXPECT_TRUE(withRole(u"両方").problems.empty());
}

TEST(WorkbookSettings, InvalidRoleIsUnsetAndReported)
{
    const WorkbookSettings s = withRole(u"reseller");
    EXPECT_FALSE(s.role.has_value());
    ASSERT_EQ(s.problems.size(), 1u) << joined(s.problems);
    EXPECT_TRUE(contains(s.problems[0], "ISMS.Role")) << s.problems[0];
    EXPECT_TRUE(contains(s.problems[0], "reseller")) << s.problems[0];
}

TEST(WorkbookSettings, ServiceModelsInCanonicalOrder)
{
    EXPECT_EQ(withModels(u"iaas, SaaS").serviceModels, (Strings{"IaaS", "SaaS"}));
    EXPECT_EQ(withModels(u"SaaS, iaas").serviceModels, (Strings{"IaaS", "SaaS"}));
    EXPECT_EQ(withModels(u"SAAS; PaaS、IaaS").serviceModels, (Strings{"IaaS", "PaaS", "SaaS"}));
    EXPECT_EQ(withModels(u"saas/saas/SaaS").serviceModels, (Strings{"SaaS"}));
    EXPECT_EQ(withModels(u"paas\nIaaS\niaas").serviceModels, (Strings{"IaaS", "PaaS"}));
    EXPECT_TRUE(withModels(u"SaaS, IaaS, SaaS").problems.empty());
}

TEST(WorkbookSettings, UnknownServiceModelIsReported)
{
    const WorkbookSettings s = withModels(u"SaaS, FaaS");
    EXPECT_EQ(s.serviceModels, (Strings{"SaaS"}));
    ASSERT_EQ(s.problems.size(), 1u) << joined(s.problems);
    EXPECT_TRUE(contains(s.problems[0], "ISMS.ServiceModels")) << s.problems[0];
    EXPECT_TRUE(contains(s.problems[0], "FaaS")) << s.problems[0];
}

TEST(WorkbookSettings, CloudServicesSplitAndTrimmed)
{
    EXPECT_EQ(withServices(u"AWS, Microsoft 365、Google Workspace;Salesforce；kintone/Box\nSlack")
                  .cloudServices,
              (Strings{"AWS", "Microsoft 365", "Google Workspace", "Salesforce", "kintone", "Box",
                       "Slack"}));
    EXPECT_EQ(withServices(u"\u3000さくらのクラウド\u3000、 AWS  ").cloudServices,
              (Strings{"さくらのクラウド", "AWS"}));
    EXPECT_EQ(withServices(u"AWS,, ,\n\nAzure,").cloudServices, (Strings{"AWS", "Azure"}));
    EXPECT_TRUE(withServices(u"AWS, Azure").problems.empty());
}

TEST(WorkbookSettings, LanguageSetting)
{
    EXPECT_EQ(withLanguage(u"en").language, Lang::En);
    EXPECT_EQ(withLanguage(u"ja").language, Lang::Ja);
    EXPECT_EQ(withLanguage(u"JA").language, Lang::Ja);
    EXPECT_EQ(withLanguage(u"日本語").language, Lang::Ja);
    EXPECT_EQ(withLanguage(u" English ").language, Lang::En);
    EXPECT_TRUE(withLanguage(u"日本語").problems.empty());
}

TEST(WorkbookSettings, InvalidLanguageIsUnsetAndReported)
{
    const WorkbookSettings s = withLanguage(u"fr");
    EXPECT_FALSE(s.language.has_value());
    ASSERT_EQ(s.problems.size(), 1u) << joined(s.problems);
    EXPECT_TRUE(contains(s.problems[0], "ISMS.Language")) << s.problems[0];
    EXPECT_TRUE(contains(s.problems[0], "fr")) << s.problems[0];
}

TEST(WorkbookSettings, ProblemsDoNotAffectOtherSettings)
{
    const WorkbookSettings s =
        isms::parseWorkbookSettings({u"vendor", u"SaaS, XaaS", u"AWS", u"klingon", u""});
    EXPECT_FALSE(s.role.has_value());
    EXPECT_EQ(s.serviceModels, (Strings{"SaaS"}));
    EXPECT_EQ(s.cloudServices, (Strings{"AWS"}));
    EXPECT_FALSE(s.language.has_value());
    EXPECT_EQ(s.problems.size(), 3u) << joined(s.problems);
}

TEST(SplitList, EverySeparator)
{
    EXPECT_EQ(isms::splitList(u"a,b、c;d；e/f\ng"),
              (U16Strings{u"a", u"b", u"c", u"d", u"e", u"f", u"g"}));
}

TEST(SplitList, TrimsAsciiAndIdeographicSpaces)
{
    EXPECT_EQ(isms::splitList(u"  a b  ,\u3000c\u3000 , d\u3000"),
              (U16Strings{u"a b", u"c", u"d"}));
    EXPECT_EQ(isms::splitList(u"x\r\ny"), (U16Strings{u"x", u"y"}));
}

TEST(SplitList, EmptyPartsAreDropped)
{
    EXPECT_TRUE(isms::splitList(u"").empty());
    EXPECT_TRUE(isms::splitList(u" , ;\n\u3000、").empty());
    EXPECT_EQ(isms::splitList(u",,a,,"), (U16Strings{u"a"}));
    EXPECT_EQ(isms::splitList(u"single"), (U16Strings{u"single"}));
}

// ------------------------------------------------------------------ wrong types (issue 14)

WorkbookSettings withMistyped(const char* name, isms::PropertyType type, const char* shown)
{
    const isms::MistypedProperty m{name, type, shown};
    return isms::parseWorkbookSettings({}, {&m, 1});
}

TEST(WorkbookSettings, AMethodOfTheWrongTypeIsAProblemNotAnAbsence)
{
    const WorkbookSettings s = withMistyped("ISMS.RiskMethod", isms::PropertyType::Number, "5");
    EXPECT_FALSE(s.riskMethod);
    EXPECT_EQ(s.riskMethodProblem,
              "ISMS.RiskMethod holds a number (5), not text; it must be text: a preset name "
              "(3x3, 4x4, 5x5, iso27005, avt) or a method definition (JSON)");
    EXPECT_TRUE(contains(s.riskMethodProblemJa, "ISMS.RiskMethod にはテキストではなく数値(5)"))
        << s.riskMethodProblemJa;
    ASSERT_EQ(s.problems.size(), 1u) << joined(s.problems);
    // The cell functions say so too (ISMS.RISK without a method argument).
    auto m = isms::resolveRiskMethod(u"", s, std::nullopt, "5x5", 2);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(contains(m.error().message, "ISMS.RiskMethod holds a number")) << m.error().message;
    EXPECT_EQ(m.error().argIndex, 2);
}

TEST(WorkbookSettings, ARoleOfTheWrongTypeOrValueIsAProblem)
{
    const WorkbookSettings n = withMistyped("ISMS.Role", isms::PropertyType::Date, "2026-04-01");
    EXPECT_FALSE(n.role);
    EXPECT_TRUE(contains(n.roleProblem.en, "ISMS.Role holds a date (2026-04-01), not text"))
        << n.roleProblem.en;
    EXPECT_TRUE(contains(n.roleProblem.ja, "日付(2026-04-01)")) << n.roleProblem.ja;

    const WorkbookSettings v = withRole(u"vendor");
    EXPECT_TRUE(contains(v.roleProblem.en, "ISMS.Role is 'vendor', which is no role"))
        << v.roleProblem.en;
    EXPECT_TRUE(contains(v.roleProblem.ja, "ISMS.Role の「vendor」は立場ではありません"))
        << v.roleProblem.ja;

    EXPECT_TRUE(withRole(u"provider").roleProblem.en.empty());
    EXPECT_TRUE(withRole(u"").roleProblem.en.empty());
}

TEST(WorkbookSettings, WorkbookRoleNeverTakesAWrongRoleForNone)
{
    EXPECT_EQ(*isms::workbookRole(withRole(u"customer"), std::nullopt, 1), Role::Customer);
    EXPECT_EQ(*isms::workbookRole(withRole(u""), Role::Both, 0), Role::Both);
    auto none = isms::workbookRole(withRole(u""), std::nullopt, 1);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(contains(none.error().message, "states none")) << none.error().message;
    EXPECT_EQ(none.error().argIndex, 1);
    // Set but wrong: an error naming it, even where "not set" has a fallback.
    auto wrong = isms::workbookRole(withRole(u"vendor"), Role::Both, 0);
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(contains(wrong.error().message, "vendor")) << wrong.error().message;
    auto typed = isms::workbookRole(withMistyped("ISMS.Role", isms::PropertyType::Number, "1"),
                                    Role::Both, 0);
    ASSERT_FALSE(typed.ok());
    EXPECT_TRUE(contains(typed.error().message, "ISMS.Role holds a number"))
        << typed.error().message;
}

TEST(WorkbookSettings, MistypedPropertyMessagesNameWhatMustBeThere)
{
    using isms::PropertyType;
    const auto map = isms::mistypedPropertyProblem({"ISMS.RegisterMap", PropertyType::Number, "3"});
    EXPECT_EQ(map.en, "ISMS.RegisterMap holds a number (3), not text; it must be text: the risk "
                      "register's columns as ISMS ▸ Risk Register Columns… stores them (JSON)");
    EXPECT_TRUE(contains(map.ja, "リスク台帳の列")) << map.ja;
    const auto flag =
        isms::mistypedPropertyProblem({"ISMS.Language", PropertyType::Boolean, "TRUE"});
    EXPECT_TRUE(contains(flag.en, "holds a yes/no value (TRUE)")) << flag.en;
    EXPECT_TRUE(contains(flag.en, "en or ja")) << flag.en;
    const auto noValue = isms::mistypedPropertyProblem({"ISMS.Role", PropertyType::Duration, ""});
    EXPECT_TRUE(contains(noValue.en, "ISMS.Role holds a duration, not text")) << noValue.en;
    EXPECT_TRUE(contains(noValue.ja, "期間が入っています")) << noValue.ja;
}

} // namespace
