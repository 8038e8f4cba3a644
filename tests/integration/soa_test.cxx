// The Generate / Update Statement of Applicability command in a real Calc.

#include "office_suite.hxx"
#include "sheets/register_finder.hxx"
#include "sheet_checks.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <filesystem>

using namespace isms::office;

namespace
{

using Table = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

std::string text(const css::uno::Any& a)
{
    return anyText(a);
}

/// The cells of a named range, extended down by `extra` rows.
css::uno::Reference<css::table::XCellRange>
namedRange(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const char* name)
{
    css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
    if (!ranges->hasByName(rtl::OUString::createFromAscii(name)))
        return {};
    css::uno::Reference<css::sheet::XCellRangeReferrer> ref(
        ranges->getByName(rtl::OUString::createFromAscii(name)), css::uno::UNO_QUERY_THROW);
    return ref->getReferredCells();
}

Table data(const css::uno::Reference<css::table::XCellRange>& range)
{
    return css::uno::Reference<css::sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
        ->getDataArray();
}

Table sheetData(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, int index,
                const char* area)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> s(sheets->getByIndex(index),
                                                    css::uno::UNO_QUERY_THROW);
    return data(s->getCellRangeByName(rtl::OUString::createFromAscii(area)));
}

/// The row of a control in the SoA table (header row first), or -1; column 0 holds the id.
int rowOf(const Table& t, const std::string& id)
{
    for (sal_Int32 r = 1; r < t.getLength(); ++r)
        if (text(t[r][0]) == id)
            return r;
    return -1;
}

int undoCount(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    return css::uno::Reference<css::document::XUndoManagerSupplier>(doc, css::uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->getAllUndoActionTitles()
        .getLength();
}

class Soa : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(Soa, GeneratesFromTheJapaneseRegisterAndKeepsEveryTypedCell)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-ja.fods"));
        const Table registerBefore = sheetData(doc, 0, "A1:T40");
        const int undoBefore = undoCount(doc);
        const CommandResult r = runCommand(office(), doc, "GenerateSoA");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("100 rows"), std::string::npos) << r.message;
        EXPECT_EQ(undoCount(doc), undoBefore + 1) << "one undo step";
        const Table registerAfter = sheetData(doc, 0, "A1:T40");
        EXPECT_TRUE(registerAfter == registerBefore) << "the register is unchanged";

        auto range = namedRange(doc, "ISMS_SOA");
        ASSERT_TRUE(range.is());
        Table t = data(range);
        ASSERT_EQ(t.getLength(), 101);
        EXPECT_EQ(text(t[0][0]), "管理策") << "the workbook's ISMS.Language is ja";
        const int cld = rowOf(t, "CLD.9.5.1");
        ASSERT_GT(cld, 0);
        EXPECT_EQ(text(t[cld][6]), "適用");
        EXPECT_EQ(text(t[cld][7]), "リスクアセスメント");
        EXPECT_NE(text(t[cld][8]), "");
        EXPECT_NE(text(t[cld][5]), "") << "provider guidance for a provider workbook";
        EXPECT_EQ(text(t[cld][4]), "プロバイダ");
        EXPECT_EQ(text(t[cld][11]), "適用") << "a new row starts from the derivation";
        auto gaps = namedRange(doc, "ISMS_SOA_GAPS");
        ASSERT_TRUE(gaps.is());
        bool unknownListed = false;
        for (const auto& row : data(gaps))
            unknownListed = unknownListed || text(row[1]) == "A.19.1.1";
        EXPECT_TRUE(unknownListed);

        // A person fills cells and adds a row below; regeneration keeps all of it, also after
        // a round trip through .xlsx.
        const int r51 = rowOf(t, "5.1");
        auto sheetOfSoa = css::uno::Reference<css::sheet::XCellRangeAddressable>(
            range, css::uno::UNO_QUERY_THROW);
        (void)sheetOfSoa;
        auto cells = range;
        cells->getCellByPosition(14, r51)->setFormula("Implemented");
        cells->getCellByPosition(16, r51)->setFormula("ISMS policy v3, approved 2026-04-01");
        cells->getCellByPosition(17, r51)->setValue(46113); // a review date
        cells->getCellByPosition(11, rowOf(t, "5.7"))
            ->setFormula(rtl::OUString::fromUtf8("適用除外"));
        cells->getCellByPosition(13, rowOf(t, "5.7"))
            ->setFormula("No threat intelligence service in scope");
        const auto dir =
            std::filesystem::temp_directory_path() / ("isms-soa-" + std::to_string(getpid()));
        std::filesystem::create_directories(dir);
        Office::storeTo(doc, (dir / "soa.ods").string(), "calc8");
        Office::storeTo(doc, (dir / "soa.xlsx").string(), "Calc MS Excel 2007 XML");
        Office::close(doc);

        for (const char* name : {"soa.ods", "soa.xlsx"})
        {
            SCOPED_TRACE(name);
            auto again = office().load((dir / name).string());
            const CommandResult r2 = runCommand(office(), again, "GenerateSoA");
            ASSERT_TRUE(r2.success) << r2.message;
            EXPECT_NE(r2.message.find("100 kept"), std::string::npos) << r2.message;
            t = data(namedRange(again, "ISMS_SOA"));
            ASSERT_EQ(t.getLength(), 101);
            const int k = rowOf(t, "5.1");
            EXPECT_EQ(text(t[k][14]), "Implemented");
            EXPECT_EQ(text(t[k][16]), "ISMS policy v3, approved 2026-04-01");
            EXPECT_EQ(text(t[k][17]), "46113");
            EXPECT_EQ(text(t[rowOf(t, "5.7")][11]), "適用除外");
            EXPECT_EQ(text(t[rowOf(t, "5.7")][13]), "No threat intelligence service in scope");
            Office::close(again);
        }
        std::filesystem::remove_all(dir);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Soa, FindsItsSheetAfterTheUserRenamedIt)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                                 css::uno::UNO_QUERY_THROW);
        const int count = sheets->getCount();
        css::uno::Reference<css::container::XNamed>(sheets->getByIndex(1),
                                                    css::uno::UNO_QUERY_THROW)
            ->setName("SoA 2026");
        // Even with the stored mapping gone, the generated sheets are never taken for the register.
        isms::office::setDocumentPropertyText(doc, "ISMS.RegisterMap", "");
        const CommandResult r = runCommand(office(), doc, "GenerateSoA");
        EXPECT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("'SoA 2026'"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("Risk register: sheet 'Risk Register'"), std::string::npos)
            << r.message;
        EXPECT_EQ(sheets->getCount(), count) << "no second SoA sheet";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Soa, OneUndoTakesTheWholeGenerationBack)
{
    try
    {
        // In a window: LibreOffice 7.4 cannot undo a sheet insertion in a hidden document.
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"), false, true);
        const auto names = sheetNames(doc);
        const auto before = usedAreaText(doc, names.front());
        const std::string mapBefore = isms::office::documentPropertyText(doc, "ISMS.RegisterMap");
        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        ASSERT_EQ(sheetNames(doc).size(), names.size() + 2) << "the SoA and the gap sheet";
        undo(doc);
        EXPECT_EQ(sheetNames(doc), names);
        EXPECT_EQ(usedAreaText(doc, names.front()), before);
        EXPECT_FALSE(namedRange(doc, "ISMS_SOA").is());
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
