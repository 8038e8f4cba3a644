// What the Function Wizard shows comes from the generated CalcAddIns.xcu without loading the
// extension; after first use it comes from the component. Both must match the function table.

#include "functions/function_table.hxx"
#include "office_suite.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>

#include <map>

using namespace isms::office;

namespace
{

struct WizardEntry
{
    std::string description;
    std::vector<std::pair<std::string, bool>> args; // display name, optional
};

std::string u8(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

std::map<std::string, WizardEntry> wizardEntries(Office& office)
{
    auto ctx = office.context();
    css::uno::Reference<css::container::XIndexAccess> fd(
        ctx->getServiceManager()->createInstanceWithContext(
            "com.sun.star.sheet.FunctionDescriptions", ctx),
        css::uno::UNO_QUERY_THROW);
    std::map<std::string, WizardEntry> out;
    for (sal_Int32 i = 0; i < fd->getCount(); ++i)
    {
        css::uno::Sequence<css::beans::PropertyValue> props;
        fd->getByIndex(i) >>= props;
        std::string name;
        WizardEntry e;
        for (const auto& p : props)
        {
            rtl::OUString s;
            if (p.Name == "Name" && (p.Value >>= s))
                name = u8(s);
            else if (p.Name == "Description" && (p.Value >>= s))
                e.description = u8(s);
            else if (p.Name == "Arguments")
            {
                css::uno::Sequence<css::sheet::FunctionArgument> args;
                p.Value >>= args;
                for (const auto& a : args)
                    e.args.emplace_back(u8(a.Name), bool(a.IsOptional));
            }
        }
        if (name.rfind("ISMS.", 0) == 0)
            out[name] = e;
    }
    return out;
}

void expectWizardMatchesTable(Office& office, bool japanese, bool loaded)
{
    const auto entries = wizardEntries(office);
    for (const auto& f : isms::addin::functionTable())
    {
        SCOPED_TRACE(std::string(f.displayName));
        auto it = entries.find(std::string(f.displayName));
        ASSERT_NE(it, entries.end()) << "not in the Function Wizard";
        EXPECT_EQ(it->second.description, japanese ? f.descJa : f.descEn);
        ASSERT_EQ(it->second.args.size(), f.params.size());
        for (std::size_t i = 0; i < f.params.size(); ++i)
        {
            EXPECT_EQ(it->second.args[i].first,
                      japanese ? f.params[i].displayJa : f.params[i].displayEn)
                << "argument " << i;
            if (loaded) // optional flags come from the component's parameter types
            {
                EXPECT_EQ(it->second.args[i].second, f.params[i].optional) << "argument " << i;
            }
        }
    }
}

class FunctionWizardEnglish : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(FunctionWizardEnglish, LoadsOnFirstUseAndListsEveryFunction)
{
    try
    {
        // Calc with a document open has not loaded the extension's library: start-up pays
        // nothing for it (Calc knows the functions from CalcAddIns.xcu).
        auto doc = office().load("private:factory/scalc");
        setFormula(doc, "Sheet1", "A1", "=SUM(1;2)");
        calculateAll(doc);
        EXPECT_FALSE(office().hasLoadedLibrary("isms-calc.uno.so")) << "loaded at start-up";
        {
            SCOPED_TRACE("from CalcAddIns.xcu");
            expectWizardMatchesTable(office(), false, false);
        }
        setFormula(doc, "Sheet1", "A1", "=ISMS.NORMALIZE(\"5.15\")");
        calculateAll(doc);
        EXPECT_EQ(cellText(doc, "Sheet1", "A1"), "5.15");
        EXPECT_TRUE(office().hasLoadedLibrary("isms-calc.uno.so")) << "first use must load it";
        Office::close(doc);
        {
            SCOPED_TRACE("after first use (from the component)");
            expectWizardMatchesTable(office(), false, true);
        }
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

class FunctionWizardJapanese : public OfficeSuite<JapaneseOfficeWithExtension>
{
};

TEST_F(FunctionWizardJapanese, ShowsJapaneseTextsAndLabels)
{
    try
    {
        expectWizardMatchesTable(office(), true, false);
        auto doc = office().load("private:factory/scalc");
        // Without a lang argument, labels follow the user interface language.
        setFormula(doc, "Sheet1", "A1", "=ISMS.CONTROL(\"8.8\";\"clause\")");
        setFormula(doc, "Sheet1", "A2", "=ISMS.CONTROL(\"8.8\";\"clause\";\"en\")");
        setFormula(doc, "Sheet1", "A3", "=ISMS.RISKLEVEL(13)");
        calculateAll(doc);
        EXPECT_EQ(cellText(doc, "Sheet1", "A3"), "高");
        EXPECT_EQ(cellText(doc, "Sheet1", "A1"), "技術的管理策");
        EXPECT_EQ(cellText(doc, "Sheet1", "A2"), "Technological controls");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
