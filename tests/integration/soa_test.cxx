// The Generate / Update Statement of Applicability command in a real Calc.

#include "office_suite.hxx"
#include "isms/soa.hpp"
#include "sheets/register_finder.hxx"
#include "sheet_checks.hxx"
#include "sheet_picture.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <vector>
#include <cstdlib>
#include <cstdio>
#include <iterator>
#include <map>
#include <fstream>

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

/// Where a column (by its SoaColumn number) stands on the generated sheet: printed columns
/// first (isms::soaSheetColumns()).
sal_Int32 col(int soaColumn)
{
    return sal_Int32(isms::soaSheetIndex(isms::SoaColumn(soaColumn)));
}

/// The row of a control in the SoA table (header row first), or -1; column 0 holds the id.
int rowOf(const Table& t, const std::string& id)
{
    for (sal_Int32 r = 1; r < t.getLength(); ++r)
        if (text(t[r][col(0)]) == id)
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

/// The sheet a range address lies on.
css::uno::Reference<css::sheet::XSpreadsheet>
sheetOf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
        const css::table::CellRangeAddress& address)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(address.Sheet),
                                                         css::uno::UNO_QUERY_THROW);
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
        EXPECT_EQ(text(t[0][col(0)]), "管理策") << "the workbook's ISMS.Language is ja";
        const int cld = rowOf(t, "CLD.9.5.1");
        ASSERT_GT(cld, 0);
        EXPECT_EQ(text(t[cld][col(6)]), "適用");
        EXPECT_EQ(text(t[cld][col(7)]), "リスクアセスメント");
        EXPECT_NE(text(t[cld][col(8)]), "");
        EXPECT_NE(text(t[cld][col(5)]), "") << "provider guidance for a provider workbook";
        EXPECT_EQ(text(t[cld][col(4)]), "プロバイダ");
        EXPECT_EQ(text(t[cld][col(11)]), "適用") << "a new row starts from the derivation";
        auto gaps = namedRange(doc, "ISMS_SOA_GAPS");
        ASSERT_TRUE(gaps.is());
        bool unknownListed = false;
        for (const auto& row : data(gaps))
            unknownListed = unknownListed || text(row[1]) == "A.19.1.1";
        EXPECT_TRUE(unknownListed);
        // The Japanese 適用宣言書 and its gap sheet as printed, for the Japanese user guide.
        EXPECT_GT(sheetPicture(doc, sheetOfRange(doc, "ISMS_SOA"), "soa-page-1-ja"), 0u);
        EXPECT_GT(sheetPicture(doc, sheetOfRange(doc, "ISMS_SOA_GAPS"), "gaps-page-1-ja"), 0u);

        // A person fills cells and adds a row below; regeneration keeps all of it, also after
        // a round trip through .xlsx.
        const int r51 = rowOf(t, "5.1");
        auto sheetOfSoa = css::uno::Reference<css::sheet::XCellRangeAddressable>(
            range, css::uno::UNO_QUERY_THROW);
        (void)sheetOfSoa;
        auto cells = range;
        cells->getCellByPosition(col(14), r51)->setFormula("Implemented");
        cells->getCellByPosition(col(16), r51)->setFormula("ISMS policy v3, approved 2026-04-01");
        cells->getCellByPosition(col(17), r51)->setValue(46113); // a review date
        cells->getCellByPosition(col(11), rowOf(t, "5.7"))
            ->setFormula(rtl::OUString::fromUtf8("適用除外"));
        cells->getCellByPosition(col(13), rowOf(t, "5.7"))
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
            EXPECT_EQ(text(t[k][col(14)]), "Implemented");
            EXPECT_EQ(text(t[k][col(16)]), "ISMS policy v3, approved 2026-04-01");
            EXPECT_EQ(text(t[k][col(17)]), "46113");
            EXPECT_EQ(text(t[rowOf(t, "5.7")][col(11)]), "適用除外");
            EXPECT_EQ(text(t[rowOf(t, "5.7")][col(13)]), "No threat intelligence service in scope");
            Office::close(again);
        }
        std::filesystem::remove_all(dir);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Soa, TheFirstSoaStartsFromWhatPeopleWroteInTheirOwn)
{
    // The organisation's own SoA: Annex A on 「適用宣言書」, the 27017 controls on
    // 「適用宣言書(ISO27017)」. No SoA was generated before.
    auto doc = office().load(sourcePath("sheets/fixtures/review/cloud-part-ja.fods"));
    std::map<std::string, std::vector<std::vector<std::string>>> before;
    for (const auto& name : sheetNames(doc))
        before[name] = usedAreaText(doc, name);
    const auto r = runCommand(office(), doc, "GenerateSoA");
    ASSERT_TRUE(r.success) << r.message;
    EXPECT_NE(r.message.find("Carried over from your own SoA (sheet '適用宣言書', sheet "
                             "'適用宣言書(ISO27017)'): what was written for 100 controls"),
              std::string::npos)
        << r.message;
    for (const auto& [name, cells] : before)
        EXPECT_EQ(usedAreaText(doc, name), cells) << "sheet " << name << " changed";

    const Table t = data(namedRange(doc, "ISMS_SOA"));
    const int excluded = rowOf(t, "8.30");
    ASSERT_GT(excluded, 0);
    EXPECT_EQ(text(t[excluded][col(int(isms::SoaColumn::Applicability))]), "適用除外");
    EXPECT_EQ(text(t[excluded][col(int(isms::SoaColumn::ExclusionJustification))]),
              "ソフトウェア開発の外部委託はない。");
    const int cld = rowOf(t, "CLD.9.5.1");
    ASSERT_GT(cld, 0);
    EXPECT_EQ(text(t[cld][col(int(isms::SoaColumn::Evidence))]), "ISMS-CLD-CLD.9.5.1");
    EXPECT_EQ(text(t[cld][col(int(isms::SoaColumn::Status))]), "実施済み");
    Office::close(doc);
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

TEST_F(Soa, GeneratingAgainKeepsTheCommentsPeopleAdded)
{
    // Writing the table deleted every comment on it: reviewers' notes on a control's row, and
    // the one on the title.
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        auto table = namedRange(doc, "ISMS_SOA");
        const int row = rowOf(data(table), "5.15");
        ASSERT_GT(row, 0);
        const sal_Int32 status = col(int(isms::SoaColumn::Status));
        addComment(doc, table->getCellByPosition(status, row),
                   "Evidence: access review AR-2026-04");
        addComment(doc, table->getCellByPosition(col(0), row), "情報システム部が所管");
        const auto address =
            css::uno::Reference<css::sheet::XCellRangeAddressable>(table, css::uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        const auto soa = sheetOf(doc, address);
        addComment(doc, soa->getCellByPosition(0, 0), "Approved by the ISMS committee");

        const CommandResult again = runCommand(office(), doc, "GenerateSoA");
        ASSERT_TRUE(again.success) << again.message;
        table = namedRange(doc, "ISMS_SOA");
        const int now = rowOf(data(table), "5.15");
        ASSERT_GT(now, 0);
        EXPECT_EQ(commentOf(table->getCellByPosition(status, now)),
                  "Evidence: access review AR-2026-04");
        EXPECT_EQ(commentOf(table->getCellByPosition(col(0), now)), "情報システム部が所管");
        EXPECT_EQ(commentOf(soa->getCellByPosition(0, 0)), "Approved by the ISMS committee");
        EXPECT_EQ(css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(
                      soa, css::uno::UNO_QUERY_THROW)
                      ->getAnnotations()
                      ->getCount(),
                  3)
            << "each comment once";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Soa, ColumnsAddedRightOfTheTableStayWithTheirRows)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        auto table = namedRange(doc, "ISMS_SOA");
        const auto address =
            css::uno::Reference<css::sheet::XCellRangeAddressable>(table, css::uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        const auto soa = sheetOf(doc, address);
        const sal_Int32 remarks = sal_Int32(isms::kSoaColumnCount) + 1; // a column people added
        const auto put = [&](sal_Int32 c, sal_Int32 r, const char* v)
        {
            css::uno::Reference<css::text::XText>(soa->getCellByPosition(c, r),
                                                  css::uno::UNO_QUERY_THROW)
                ->setString(rtl::OUString::fromUtf8(v));
        };
        const sal_Int32 r515 = address.StartRow + rowOf(data(table), "5.15");
        put(remarks, r515 + 1, "remark on 5.16");
        // a row of the organisation's own control, inserted under 5.15
        css::uno::Reference<css::table::XColumnRowRange>(soa, css::uno::UNO_QUERY_THROW)
            ->getRows()
            ->insertByIndex(r515 + 1, 1);
        put(col(0), r515 + 1, "ORG-1");
        put(remarks, r515 + 1, "remark on ORG-1");

        const CommandResult again = runCommand(office(), doc, "GenerateSoA");
        ASSERT_TRUE(again.success) << again.message;
        table = namedRange(doc, "ISMS_SOA");
        const Table t = data(table);
        const auto remarkOf = [&](const char* id)
        {
            const int r = rowOf(t, id);
            return r < 0
                       ? std::string("(no row)")
                       : text(data(soa->getCellRangeByPosition(
                             remarks, address.StartRow + r, remarks, address.StartRow + r))[0][0]);
        };
        EXPECT_EQ(remarkOf("5.16"), "remark on 5.16");
        EXPECT_EQ(remarkOf("ORG-1"), "remark on ORG-1");
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
        ASSERT_EQ(sheetNames(doc).size(), names.size() + 3)
            << "the SoA, the gap sheet and the revision history";
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

TEST_F(Soa, UndoingAnUpdateEmptiesTheCellsItFilledAndRedoFillsThemAgain)
{
    // Calc 7.4's undo of a bulk write puts back only the cells that held something: undoing
    // the second generation left the risk ids it had written into empty cells.
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"), false, true);
        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        ASSERT_EQ(rowOf(data(namedRange(doc, "ISMS_SOA")), "5.7") > 0, true);
        const sal_Int32 risks = col(int(isms::SoaColumn::RiskIds));
        const auto riskIdsOf57 = [&]
        {
            const Table t = data(namedRange(doc, "ISMS_SOA"));
            return text(t[rowOf(t, "5.7")][risks]);
        };
        ASSERT_EQ(riskIdsOf57(), "") << "no risk cites 5.7 yet";

        // A treatment now cites 5.7 (R-001's controls cell).
        const auto reg = usedAreaText(doc, "Risk Register");
        int r001 = -1, controls = -1;
        for (std::size_t r = 0; r < reg.size(); ++r)
            for (std::size_t c = 0; c < reg[r].size(); ++c)
            {
                if (reg[r][c] == "R-001")
                    r001 = int(r);
                if (reg[r][c] == "Controls" && controls < 0)
                    controls = int(c);
            }
        ASSERT_GT(r001, 0);
        ASSERT_GT(controls, 0);
        css::uno::Reference<css::text::XText>(
            sheetNamed(doc, "Risk Register")->getCellByPosition(controls, r001),
            css::uno::UNO_QUERY_THROW)
            ->setString(rtl::OUString::fromUtf8(
                (reg[std::size_t(r001)][std::size_t(controls)] + ", 5.7").c_str()));
        std::map<std::string, std::vector<std::vector<std::string>>> before;
        for (const auto& name : sheetNames(doc))
            before[name] = usedAreaText(doc, name);

        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        ASSERT_EQ(riskIdsOf57(), "R-001");
        std::map<std::string, std::vector<std::vector<std::string>>> after;
        for (const auto& name : sheetNames(doc))
            after[name] = usedAreaText(doc, name);

        undo(doc);
        for (const auto& [name, cells] : before)
            EXPECT_EQ(usedAreaText(doc, name), cells) << "sheet " << name << " after undo";
        EXPECT_EQ(riskIdsOf57(), "");
        css::uno::Reference<css::document::XUndoManagerSupplier>(doc, css::uno::UNO_QUERY_THROW)
            ->getUndoManager()
            ->redo();
        for (const auto& [name, cells] : after)
            EXPECT_EQ(usedAreaText(doc, name), cells) << "sheet " << name << " after redo";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Soa, AProtectedSheetIsNamedAndNothingChanges)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        ASSERT_TRUE(runCommand(office(), doc, "Review").success);
        const auto names = sheetNames(doc);
        // An organisation locks its approved SoA and the findings it answered.
        for (const char* range : {"ISMS_SOA", "ISMS_FINDINGS"})
        {
            const int index = css::uno::Reference<css::sheet::XCellRangeAddressable>(
                                  namedRange(doc, range), css::uno::UNO_QUERY_THROW)
                                  ->getRangeAddress()
                                  .Sheet;
            css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                                     css::uno::UNO_QUERY_THROW);
            css::uno::Reference<css::util::XProtectable>(sheets->getByIndex(index),
                                                         css::uno::UNO_QUERY_THROW)
                ->protect("");
        }
        const int undoBefore = undoCount(doc);
        std::vector<std::vector<std::vector<std::string>>> before;
        for (const auto& n : names)
            before.push_back(usedAreaText(doc, n));

        const CommandResult soa = runCommand(office(), doc, "GenerateSoA");
        EXPECT_FALSE(soa.success);
        EXPECT_NE(soa.message.find("is protected: remove its protection first"), std::string::npos)
            << soa.message;
        EXPECT_EQ(soa.message.find("cellsuno"), std::string::npos) << soa.message;
        const CommandResult review = runCommand(office(), doc, "Review");
        EXPECT_FALSE(review.success);
        EXPECT_NE(review.message.find("Sheet '"), std::string::npos) << review.message;
        EXPECT_NE(review.message.find("is protected"), std::string::npos) << review.message;

        EXPECT_EQ(undoCount(doc), undoBefore) << "no undo step: nothing was done";
        ASSERT_EQ(sheetNames(doc), names);
        for (std::size_t i = 0; i < names.size(); ++i)
            EXPECT_EQ(usedAreaText(doc, names[i]), before[i]) << names[i] << " changed";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

/// The cover value beside a label in column A of the SoA sheet.
std::string coverValue(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                       const std::string& label)
{
    auto range = namedRange(doc, "ISMS_SOA");
    const int sheet =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(range, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress()
            .Sheet;
    const Table cover = sheetData(doc, sheet, "A1:B15");
    for (const auto& row : cover)
        if (text(row[0]) == label)
            return text(row[1]);
    return "<no " + label + ">";
}

TEST_F(Soa, TheRevisionHistoryGrowsWhenDecisionsChangeAndKeepsWhatPeopleWrote)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        CommandResult r = runCommand(office(), doc, "GenerateSoA");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("Revision history: version 1 added (First issue"),
                  std::string::npos)
            << r.message;
        auto history = namedRange(doc, "ISMS_SOA_HISTORY");
        ASSERT_TRUE(history.is());
        Table h = data(history);
        ASSERT_EQ(h.getLength(), 2);
        EXPECT_EQ(text(h[0][0]), "Version");
        EXPECT_EQ(text(h[1][0]), "1");
        EXPECT_EQ(text(h[1][2]).rfind("First issue (", 0), 0u) << text(h[1][2]);
        EXPECT_EQ(coverValue(doc, "Version"), "1") << "the cover follows the history";
        const std::string soaSheet =
            anyText(css::uno::Any(css::uno::Reference<css::container::XNamed>(
                                      sheetOfRange(doc, "ISMS_SOA"), css::uno::UNO_QUERY_THROW)
                                      ->getName()));
        EXPECT_EQ(pageLayout(doc, soaSheet).header[2], "Version 1") << "and so does the page";

        // The decision and reason columns offer fixed lists, and free text stays accepted.
        {
            auto soaRange = namedRange(doc, "ISMS_SOA");
            const Table soaT = data(soaRange);
            auto listOf = [&](int column)
            {
                css::uno::Reference<css::beans::XPropertySet> cell(
                    soaRange->getCellByPosition(col(column), rowOf(soaT, "5.7")),
                    css::uno::UNO_QUERY_THROW);
                css::uno::Reference<css::beans::XPropertySet> v(
                    cell->getPropertyValue("Validation"), css::uno::UNO_QUERY_THROW);
                css::sheet::ValidationType type{};
                v->getPropertyValue("Type") >>= type;
                bool strict = true;
                v->getPropertyValue("ShowErrorMessage") >>= strict;
                const std::string formula = anyText(css::uno::Any(
                    css::uno::Reference<css::sheet::XSheetCondition>(v, css::uno::UNO_QUERY_THROW)
                        ->getFormula1()));
                return std::make_tuple(type, strict, formula);
            };
            const auto [type, strict, decisions] = listOf(11);
            EXPECT_EQ(type, css::sheet::ValidationType_LIST);
            EXPECT_FALSE(strict) << "free text stays accepted";
            EXPECT_NE(decisions.find("\"Not applicable\""), std::string::npos) << decisions;
            EXPECT_NE(std::get<2>(listOf(12)).find("\"Contractual requirement\""),
                      std::string::npos);
        }

        // A person signs version 1 and writes a note below it, then excludes 5.7.
        history->getCellByPosition(3, 1)->setFormula("J. Approver");
        auto t = data(namedRange(doc, "ISMS_SOA"));
        namedRange(doc, "ISMS_SOA")
            ->getCellByPosition(col(11), rowOf(t, "5.7"))
            ->setFormula("Not applicable");
        const int historySheet = css::uno::Reference<css::sheet::XCellRangeAddressable>(
                                     history, css::uno::UNO_QUERY_THROW)
                                     ->getRangeAddress()
                                     .Sheet;
        css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                                 css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(historySheet),
                                                      css::uno::UNO_QUERY_THROW)
            ->getCellRangeByName("A3")
            ->getCellByPosition(0, 0)
            ->setFormula("Reviewed at the management review");

        r = runCommand(office(), doc, "GenerateSoA");
        ASSERT_TRUE(r.success) << r.message;
        const Table all = sheetData(doc, historySheet, "A1:D6");
        EXPECT_EQ(text(all[1][3]), "J. Approver") << "a person's cells are never rewritten";
        EXPECT_EQ(text(all[2][0]), "Reviewed at the management review");
        EXPECT_EQ(text(all[3][0]), "2") << "appended below everything on the sheet";
        EXPECT_EQ(text(all[3][2]).rfind("Decision changed: 1 (5.7)", 0), 0u) << text(all[3][2]);
        EXPECT_EQ(text(all[3][3]), "") << "the approver is left for a person";
        EXPECT_EQ(coverValue(doc, "Version"), "2");
        EXPECT_EQ(pageLayout(doc, soaSheet).header[2], "Version 2")
            << "a regenerated sheet's page header follows the new version";

        // Nothing decided differently: no new version. A person had turned the page upright;
        // the SoA prints landscape again (the print layout is the command's, the cells are
        // people's).
        css::uno::Reference<css::beans::XPropertySet> style(
            css::uno::Reference<css::container::XNameAccess>(
                css::uno::Reference<css::style::XStyleFamiliesSupplier>(doc,
                                                                        css::uno::UNO_QUERY_THROW)
                    ->getStyleFamilies()
                    ->getByName("PageStyles"),
                css::uno::UNO_QUERY_THROW)
                ->getByName("ISMS SoA"),
            css::uno::UNO_QUERY_THROW);
        style->setPropertyValue("IsLandscape", css::uno::Any(false));
        style->setPropertyValue("Width", css::uno::Any(sal_Int32(21000)));
        style->setPropertyValue("Height", css::uno::Any(sal_Int32(29700)));
        r = runCommand(office(), doc, "GenerateSoA");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_EQ(r.message.find("Revision history"), std::string::npos) << r.message;
        EXPECT_EQ(text(sheetData(doc, historySheet, "A5:A5")[0][0]), "");
        EXPECT_EQ(coverValue(doc, "Version"), "2");
        const PageLayout page = pageLayout(doc, soaSheet);
        EXPECT_TRUE(page.landscape);
        EXPECT_EQ(page.width, 29700);
        EXPECT_EQ(page.pagesWide, 1);
        EXPECT_EQ(page.titleRow, css::uno::Reference<css::sheet::XCellRangeAddressable>(
                                     namedRange(doc, "ISMS_SOA"), css::uno::UNO_QUERY_THROW)
                                     ->getRangeAddress()
                                     .StartRow)
            << "the table's header row repeats on every page";
        EXPECT_EQ(page.header[1], "Statement of Applicability");
        EXPECT_EQ(page.header[2], "Version 2");
        EXPECT_EQ(page.footer[2].rfind("Page ", 0), 0u) << page.footer[2];
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Soa, PrintsAsADocumentForTheCertificationBody)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/examples/risk-register-en.fods"));
        ASSERT_TRUE(runCommand(office(), doc, "GenerateSoA").success);
        auto range = namedRange(doc, "ISMS_SOA");
        ASSERT_TRUE(range.is());
        const int sheetIndex =
            css::uno::Reference<css::sheet::XCellRangeAddressable>(range, css::uno::UNO_QUERY_THROW)
                ->getRangeAddress()
                .Sheet;
        css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                                 css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XSpreadsheet> soa(sheets->getByIndex(sheetIndex),
                                                          css::uno::UNO_QUERY_THROW);
        const auto dir =
            std::filesystem::temp_directory_path() / ("isms-soa-pdf-" + std::to_string(getpid()));
        std::filesystem::create_directories(dir);
        const std::string pdf = (dir / "soa.pdf").string();
        // Page 1 as a picture, for people (the README and the user guides) to judge.
        EXPECT_GT(sheetPicture(doc, soa, "soa-page", pdf), 0u);
        const auto pages = pdfPages(pdf);
        ASSERT_FALSE(pages.empty()) << "no PDF text (is poppler-utils installed?)";
        // 100 controls with their decisions, reasons and evidence: a readable document, not a
        // stack of paper.
        EXPECT_LE(pages.size(), 12u);
        const std::string total = std::to_string(pages.size());
        for (std::size_t p = 0; p < pages.size(); ++p)
        {
            SCOPED_TRACE("page " + std::to_string(p + 1));
            const std::string& page = pages[p];
            EXPECT_NE(page.find("Statement of Applicability"), std::string::npos)
                << "the page header names the document";
            EXPECT_NE(page.find("Page " + std::to_string(p + 1) + " / " + total), std::string::npos)
                << page.substr(page.size() > 400 ? page.size() - 400 : 0);
            EXPECT_NE(page.find("Applicability"), std::string::npos)
                << "the table's header row repeats on every page";
            EXPECT_EQ(page.find("cloud guidance"), std::string::npos)
                << "the long guidance column stays on the sheet only";
        }
        EXPECT_NE(pages[0].find("Cloud service customer"), std::string::npos)
            << "the cover block opens the document: " << pages[0];
        EXPECT_NE(pages[0].find("ISO/IEC 27017:2015"), std::string::npos) << "the standards";
        std::printf("SoA PDF: %zu pages\n", pages.size());
        // The gap sheet (4.2.2 C: the comparison with Annex A and ISO/IEC 27017) as printed.
        EXPECT_GT(sheetPicture(doc, sheetOfRange(doc, "ISMS_SOA_GAPS"), "gaps-page-1-en"), 0u);
        Office::close(doc);
        std::filesystem::remove_all(dir);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
