// ISO/IEC 27017 guidance, workbook settings and the licensed-text overlay in a real Calc.

#include "office_suite.hxx"
#include "sheets/register_finder.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <filesystem>
#include <fstream>

using namespace isms::office;

namespace
{

class Guidance : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(Guidance, FixtureSheetForAProviderWorkbookPassesEveryRow)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/guidance-provider.fods"));
        const CheckSheet checks = readChecks(doc);
        Office::close(doc);
        EXPECT_GE(checks.rows.size(), 20u);
        EXPECT_EQ(checks.failures(), "");
        EXPECT_EQ(checks.summary, 1.0);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Guidance, ChangingTheWorkbookRoleTakesEffectOnTheNextRecalculation)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        setFormula(doc, "Sheet1", "A1", "=ISMS.GUIDANCE(\"CLD.9.5.1\")");
        setFormula(doc, "Sheet1", "A2", "=ISMS.GUIDANCE(\"A.9.1.2\")");
        calculateAll(doc);
        EXPECT_EQ(cellError(doc, "Sheet1", "A1"), 502) << "no role stated yet";

        isms::office::setDocumentPropertyText(doc, "ISMS.Role", "customer");
        calculateAll(doc);
        EXPECT_EQ(cellText(doc, "Sheet1", "A1"), "") << "CLD.9.5.1 has no customer guidance";
        EXPECT_NE(cellText(doc, "Sheet1", "A2"), "");

        isms::office::setDocumentPropertyText(doc, "ISMS.Role", "プロバイダ");
        calculateAll(doc);
        EXPECT_NE(cellText(doc, "Sheet1", "A1"), "");
        EXPECT_EQ(cellText(doc, "Sheet1", "A2"), "") << "A.9.1.2 has no provider guidance";

        isms::office::setDocumentPropertyText(doc, "ISMS.Role", "nonsense");
        calculateAll(doc);
        EXPECT_EQ(cellError(doc, "Sheet1", "A1"), 502) << "an unreadable role is no role";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Guidance, SettingsTravelWithTheWorkbookAsOdsAndXlsx)
{
    try
    {
        const auto dir =
            std::filesystem::temp_directory_path() / ("isms-settings-" + std::to_string(getpid()));
        std::filesystem::create_directories(dir);
        auto doc = office().load("private:factory/scalc");
        isms::office::setDocumentPropertyText(doc, "ISMS.Role", "both");
        isms::office::setDocumentPropertyText(doc, "ISMS.ServiceModels", "IaaS, SaaS");
        isms::office::setDocumentPropertyText(doc, "ISMS.CloudServices",
                                              "Example Storage; Example Mail");
        isms::office::setDocumentPropertyText(doc, "ISMS.Language", "ja");
        setFormula(doc, "Sheet1", "A1", "=ISMS.GUIDANCE(\"CLD.9.5.2\")");
        calculateAll(doc);
        const std::string both = cellText(doc, "Sheet1", "A1");
        EXPECT_NE(both.find("Customer: "), std::string::npos) << both;
        EXPECT_NE(both.find("\nProvider: "), std::string::npos) << both;
        Office::storeTo(doc, (dir / "s.ods").string(), "calc8");
        Office::storeTo(doc, (dir / "s.xlsx").string(), "Calc MS Excel 2007 XML");
        Office::close(doc);
        for (const char* name : {"s.ods", "s.xlsx"})
        {
            SCOPED_TRACE(name);
            auto again = office().load((dir / name).string());
            EXPECT_EQ(isms::office::documentPropertyText(again, "ISMS.Role"), "both");
            EXPECT_EQ(isms::office::documentPropertyText(again, "ISMS.ServiceModels"),
                      "IaaS, SaaS");
            EXPECT_EQ(isms::office::documentPropertyText(again, "ISMS.CloudServices"),
                      "Example Storage; Example Mail");
            EXPECT_EQ(isms::office::documentPropertyText(again, "ISMS.Language"), "ja");
            calculateAll(again);
            EXPECT_EQ(cellText(again, "Sheet1", "A1"), both);
            Office::close(again);
        }
        std::filesystem::remove_all(dir);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

/// A fresh office: the overlay is read when the add-in first loads and on ISMS.OVERLAY().
class Overlay : public OfficeSuite<EnglishOfficeWithExtension>
{
protected:
    void setOverlayPath(const std::string& path)
    {
        isms::office::setOverlayPath(office().context(), path);
    }

    /// Reloads the overlay through ISMS.OVERLAY() and returns what it says.
    std::string reload(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
    {
        setFormula(doc, "Sheet1", "Z1", "=ISMS.OVERLAY()");
        calculateAll(doc);
        const std::string status = cellText(doc, "Sheet1", "Z1");
        setFormula(doc, "Sheet1", "Z1", "");
        calculateAll(doc); // the cells now see the reloaded texts
        return status;
    }
};

TEST_F(Overlay, LicensedTextsReplaceOursAndRejectedPartsAreListed)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        setFormula(doc, "Sheet1", "A1", "=ISMS.CONTROL(\"5.15\";\"title\";\"en\")");
        setFormula(doc, "Sheet1", "A2", "=ISMS.CONTROL(\"5.15\";\"title\";\"ja\")");
        setFormula(doc, "Sheet1", "A3", "=ISMS.CONTROL(\"A.9.2.3\";\"title\";\"ja\")");
        setFormula(doc, "Sheet1", "A4", "=ISMS.GUIDANCE(\"CLD.9.5.1\";\"provider\")");
        setFormula(doc, "Sheet1", "A5", "=ISMS.CONTROL(\"A.9.2.3\";\"title\";\"en\")");
        calculateAll(doc);
        const std::string builtIn15 = cellText(doc, "Sheet1", "A1");
        const std::string builtIn923ja = cellText(doc, "Sheet1", "A3");
        EXPECT_NE(reload(doc).find("No licensed-text overlay"), std::string::npos);

        setOverlayPath(sourcePath("sheets/fixtures/overlay-with-rejections.json"));
        const std::string status = reload(doc);
        EXPECT_NE(status.find("3 controls loaded, 5 rejected"), std::string::npos) << status;
        for (const char* why : {"5.99", "CLD.9.5.1.guidance.customer", "A.9.2.3.title.fr",
                                "8.1: expected an object", "8.2.title.en: expected text"})
            EXPECT_NE(status.find(why), std::string::npos) << why << " not in: " << status;
        EXPECT_EQ(cellText(doc, "Sheet1", "A1"), "OVERLAY TITLE 5.15");
        EXPECT_EQ(cellText(doc, "Sheet1", "A2"), "オーバーレイ名称 5.15");
        EXPECT_EQ(cellText(doc, "Sheet1", "A3"), builtIn923ja)
            << "a language the overlay leaves out stays ours";
        EXPECT_EQ(cellText(doc, "Sheet1", "A4").rfind("OVERLAY PROVIDER GUIDANCE Evidence: ", 0),
                  0u);
        EXPECT_EQ(cellText(doc, "Sheet1", "A5"), "OVERLAY TITLE A.9.2.3");

        setOverlayPath(sourcePath("sheets/fixtures/overlay-broken.json"));
        EXPECT_NE(reload(doc).find("is not used: the overlay file is not valid JSON"),
                  std::string::npos);
        EXPECT_EQ(cellText(doc, "Sheet1", "A1"), builtIn15) << "the built-in catalog stays usable";

        const auto big = std::filesystem::temp_directory_path() /
                         ("isms-big-overlay-" + std::to_string(getpid()) + ".json");
        {
            std::ofstream out(big);
            out << std::string(5 * 1024 * 1024, ' ');
        }
        setOverlayPath(big.string());
        EXPECT_NE(reload(doc).find("larger than 4 MiB"), std::string::npos);
        std::filesystem::remove(big);

        setOverlayPath("/nonexistent/overlay.json");
        EXPECT_NE(reload(doc).find("cannot read the overlay file"), std::string::npos);
        EXPECT_EQ(cellText(doc, "Sheet1", "A1"), builtIn15);
        setOverlayPath("");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
