// The "ISMS workbook" template shipped in the .oxt: File ▸ New ▸ Templates offers it in English
// and Japanese, and a workbook made from it gets its Statement of Applicability at once.

#include "office_suite.hxx"
#include "isms/soa.hpp"
#include "sheet_checks.hxx"
#include "sheet_picture.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DocumentTemplates.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sdbc/XResultSet.hpp>
#include <com/sun/star/sdbc/XRow.hpp>
#include <com/sun/star/ucb/Command.hpp>
#include <com/sun/star/ucb/OpenCommandArgument2.hpp>
#include <com/sun/star/ucb/OpenMode.hpp>
#include <com/sun/star/ucb/XCommandProcessor.hpp>
#include <com/sun/star/ucb/XContentAccess.hpp>
#include <com/sun/star/ucb/UniversalContentBroker.hpp>
#include <com/sun/star/ucb/XDynamicResultSet.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>
#include <unistd.h>

using namespace isms::office;

namespace
{

using Table = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

/// The children of a template-hierarchy content (groups, or the templates of a group):
/// title, TargetURL (templates) and the child's own hierarchy URL, as the dialog lists them.
struct Child
{
    std::string title, target, url;
};
std::vector<Child> children(const css::uno::Reference<css::ucb::XContent>& parent)
{
    css::uno::Sequence<css::beans::Property> props(2);
    props.getArray()[0].Name = "Title";
    props.getArray()[1].Name = "TargetURL";
    css::ucb::OpenCommandArgument2 arg;
    arg.Mode = css::ucb::OpenMode::ALL;
    arg.Properties = props;
    css::ucb::Command command;
    command.Name = "open";
    command.Argument <<= arg;
    css::uno::Reference<css::ucb::XCommandProcessor> processor(parent, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::ucb::XDynamicResultSet> dynamic(processor->execute(command, 0, {}),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sdbc::XResultSet> rows = dynamic->getStaticResultSet();
    css::uno::Reference<css::sdbc::XRow> row(rows, css::uno::UNO_QUERY_THROW);
    // (XContentAccess::queryContent() from a remote client deadlocks the 7.4 office: the
    // child is opened again by its URL instead.)
    css::uno::Reference<css::ucb::XContentAccess> access(rows, css::uno::UNO_QUERY_THROW);
    std::vector<Child> out;
    while (rows->next())
        out.push_back({row->getString(1).toUtf8().getStr(), row->getString(2).toUtf8().getStr(),
                       access->queryContentIdentifierString().toUtf8().getStr()});
    return out;
}

/// Every template File ▸ New ▸ Templates offers: title → URL.
std::map<std::string, std::string>
offeredTemplates(const css::uno::Reference<css::uno::XComponentContext>& ctx)
{
    auto templates = css::frame::DocumentTemplates::create(ctx);
    templates->update(); // reads the template path, as the dialog does on opening
    auto ucb = css::ucb::UniversalContentBroker::create(ctx);
    std::map<std::string, std::string> out;
    for (const Child& group : children(templates->getContent()))
        for (const Child& item : children(ucb->queryContent(
                 ucb->createContentIdentifier(rtl::OUString::fromUtf8(group.url.c_str())))))
            out[item.title] = item.target;
    return out;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
newFromTemplate(const css::uno::Reference<css::uno::XComponentContext>& ctx, const std::string& url)
{
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0].Name = "AsTemplate";
    args.getArray()[0].Value <<= true;
    args.getArray()[1].Name = "Hidden";
    args.getArray()[1].Value <<= true;
    auto desktop = css::frame::Desktop::create(ctx);
    return css::uno::Reference<css::sheet::XSpreadsheetDocument>(
        desktop->loadComponentFromURL(rtl::OUString::fromUtf8(url.c_str()), "_blank", 0, args),
        css::uno::UNO_QUERY_THROW);
}

bool hasDocumentProperty(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                         const char* name)
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> s(doc,
                                                                      css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> props(
        s->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY_THROW);
    return props->getPropertySetInfo()->hasPropertyByName(rtl::OUString::createFromAscii(name));
}

void setRow(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
            const std::string& sheet, const std::string& firstCell,
            const std::vector<std::string>& values)
{
    char column = firstCell[0];
    const std::string row = firstCell.substr(1);
    for (const std::string& v : values)
    {
        if (!v.empty())
            setFormula(doc, sheet, std::string(1, column) + row, v);
        ++column;
    }
}

Table soaTable(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XCellRangeReferrer> ref(ranges->getByName("ISMS_SOA"),
                                                            css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XCellRangeData>(ref->getReferredCells(),
                                                           css::uno::UNO_QUERY_THROW)
        ->getDataArray();
}

struct Case
{
    const char* title;
    const char* assetSheet;
    const char* registerSheet;
    const char* factorSheet;
    const char* auditSheet;
    const char* level;      // ISMS.RISKLEVEL of 3 × 2 × 2 = 12 with the avt method
    const char* acceptable; // … and whether 12 is acceptable
    const char* treatment;
};

const Case kEnglish{"ISMS workbook (isms-calc)",
                    "Asset inventory",
                    "Risk register",
                    "Cloud risk factors",
                    "Internal audit",
                    "Medium",
                    "No",
                    "Reduce"};
const Case kJapanese{"ISMSワークブック (isms-calc)",
                     "情報資産台帳",
                     "リスク台帳",
                     "クラウド固有のリスク要因",
                     "内部監査",
                     "Medium", // the level follows the office's UI language (English here)
                     "受容不可",
                     "低減"};

class Template : public OfficeSuite<EnglishOfficeWithExtension>
{
};

} // namespace

TEST_F(Template, FileNewOffersTheIsmsWorkbookInEnglishAndJapanese)
{
    try
    {
        const auto offered = offeredTemplates(office().context());
        for (const Case* c : {&kEnglish, &kJapanese})
        {
            const auto it = offered.find(c->title);
            ASSERT_NE(it, offered.end())
                << c->title << " is not among " << offered.size() << " templates offered";
            EXPECT_NE(it->second.find(".ots"), std::string::npos) << it->second;
        }
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Template, ANewWorkbookFromTheTemplateScoresRisksAndGetsItsSoaAtOnce)
{
    try
    {
        const auto offered = offeredTemplates(office().context());
        for (const Case* c : {&kEnglish, &kJapanese})
        {
            SCOPED_TRACE(c->title);
            ASSERT_TRUE(offered.count(c->title));
            auto doc = newFromTemplate(office().context(), offered.at(c->title));
            // A new, untitled document: saving it never overwrites the template.
            EXPECT_TRUE(css::uno::Reference<css::frame::XModel>(doc, css::uno::UNO_QUERY_THROW)
                            ->getURL()
                            .isEmpty());
            const auto names = sheetNames(doc);
            for (const char* sheet :
                 {c->assetSheet, c->registerSheet, c->factorSheet, c->auditSheet})
                EXPECT_NE(std::find(names.begin(), names.end(), sheet), names.end()) << sheet;
            for (const char* p :
                 {"ISMS.Role", "ISMS.ServiceModels", "ISMS.CloudServices", "ISMS.Language"})
            {
                EXPECT_TRUE(hasDocumentProperty(doc, p)) << p << " is there to fill in";
                EXPECT_EQ(documentPropertyText(doc, p), "") << p;
            }
            EXPECT_EQ(documentPropertyText(doc, "ISMS.RiskMethod"), "avt");
            // The cloud risk factors for the (not yet stated) role: all of them.
            EXPECT_EQ(cellText(doc, c->factorSheet, "A4"), "CRF-01");
            EXPECT_EQ(cellText(doc, c->factorSheet, "A30"), "") << "no #N/A below the list";
            // Nothing recorded yet: no risk values, no error codes in the padded rows.
            EXPECT_EQ(cellText(doc, c->registerSheet, "H4"), "");
            EXPECT_EQ(cellText(doc, c->assetSheet, "I4"), "");

            // Three assets and three risks, as a new organisation would start.
            setRow(doc, c->assetSheet, "A4",
                   {"AS-01", "Customer database", "Data", "CTO", "", "3", "3", "2"});
            setRow(doc, c->assetSheet, "A5",
                   {"AS-02", "Payroll SaaS", "Service", "HR", "", "2", "2", "1"});
            setRow(doc, c->assetSheet, "A6",
                   {"AS-03", "Laptops", "Hardware", "IT", "", "2", "1", "2"});
            setRow(doc, c->registerSheet, "A4",
                   {"R-001", "Customer database", "", "Data leak to another tenant",
                    "Tenant isolation not tested", "2", "2"});
            setRow(doc, c->registerSheet, "K4", {c->treatment, "5.15, 8.3, CLD.9.5.1", "CTO"});
            setRow(doc, c->registerSheet, "A5",
                   {"R-002", "Payroll SaaS", "", "Provider outage", "No exit plan", "2", "3"});
            setRow(doc, c->registerSheet, "K5", {c->treatment, "5.23, 5.30", "HR"});
            setRow(doc, c->registerSheet, "A6",
                   {"R-003", "Laptops", "", "Theft", "Disk not encrypted", "1", "2"});
            setRow(doc, c->registerSheet, "K6", {c->treatment, "8.1", "IT"});
            calculateAll(doc);
            EXPECT_EQ(cellText(doc, c->assetSheet, "I4"), "3") << "ISMS.CIA: the highest of C/I/A";
            EXPECT_EQ(cellText(doc, c->registerSheet, "C4"), "3")
                << "asset value from the inventory";
            EXPECT_EQ(cellText(doc, c->registerSheet, "H4"), "12") << "ISMS.RISK3: 3 × 2 × 2";
            EXPECT_EQ(cellText(doc, c->registerSheet, "I4"), c->level);
            EXPECT_EQ(cellText(doc, c->registerSheet, "J4"), c->acceptable);
            EXPECT_EQ(cellText(doc, c->registerSheet, "H7"), "") << "an empty row stays empty";
            // Printed: every sheet on landscape paper one page wide, the headings repeated on
            // every page; the register on A3 (18 columns).
            for (const char* sheet :
                 {c->assetSheet, c->registerSheet, c->factorSheet, c->auditSheet})
            {
                const PageLayout page = pageLayout(doc, sheet);
                EXPECT_TRUE(page.landscape) << sheet;
                EXPECT_EQ(page.width, sheet == c->registerSheet ? 42000 : 29700) << sheet;
                EXPECT_EQ(page.pagesWide, 1) << sheet << ": one page wide";
                EXPECT_EQ(page.pagesHigh, 0) << sheet << ": as many pages down as it takes";
                EXPECT_EQ(page.titleRow, sheet == c->auditSheet ? 0 : 2)
                    << sheet << ": the heading row repeats on every page";
            }
            // The register of a new workbook as printed, for the user guides: page 1 holds all
            // 18 columns, up to the last heading.
            const auto dir = std::filesystem::temp_directory_path() /
                             ("isms-template-pdf-" + std::to_string(getpid()));
            std::filesystem::create_directories(dir);
            const std::string pdf = (dir / "register.pdf").string();
            EXPECT_GT(sheetPicture(doc, sheetNamed(doc, c->registerSheet),
                                   c == &kEnglish ? "template-register-en" : "template-register-ja",
                                   pdf),
                      0u);
            const auto pages = pdfPages(pdf);
            std::filesystem::remove_all(dir);
            ASSERT_FALSE(pages.empty()) << "no PDF text (is poppler-utils installed?)";
            const std::string& page1 = pages[0];
            for (const char* heading :
                 c == &kEnglish ? std::vector<const char*>{"Risk ID", "Controls", "Notes"}
                                : std::vector<const char*>{"リスクID", "管理策", "備考"})
                EXPECT_NE(page1.find(heading), std::string::npos)
                    << heading << " is not on page 1:\n"
                    << page1;

            const CommandResult r = runCommand(office(), doc, "GenerateSoA");
            ASSERT_TRUE(r.success) << r.message;
            EXPECT_NE(r.message.find(c->registerSheet), std::string::npos)
                << "the register was found on its sheet: " << r.message;
            const Table t = soaTable(doc);
            ASSERT_EQ(t.getLength(), 101) << "the 93 Annex A controls and the 7 CLD controls";
            bool linked = false;
            for (const auto& row : t)
                for (const auto& cell : row)
                    linked = linked || anyText(cell).find("R-001") != std::string::npos;
            EXPECT_TRUE(linked) << "the SoA cites the risks that chose a control";
            Office::close(doc);
        }
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}
