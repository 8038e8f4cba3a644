// The Migrate2022 and FreezeFormulas commands in a real Calc, on .ods and .xlsx copies of a
// 2013-numbered client workbook.

#include "office_suite.hxx"
#include "sheets/register_finder.hxx"
#include "sheet_checks.hxx"
#include "isms/catalog.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <chrono>
#include <filesystem>
#include <unistd.h>

using namespace isms::office;

namespace
{

using Table = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
using Formulas = css::uno::Sequence<css::uno::Sequence<rtl::OUString>>;
using Doc = css::uno::Reference<css::sheet::XSpreadsheetDocument>;

std::string u8(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

css::uno::Reference<css::sheet::XSpreadsheet> sheet(const Doc& doc, const std::string& name)
{
    return css::uno::Reference<css::sheet::XSpreadsheet>(
        doc->getSheets()->getByName(rtl::OUString::fromUtf8(name.c_str())),
        css::uno::UNO_QUERY_THROW);
}

bool hasSheet(const Doc& doc, const std::string& name)
{
    return doc->getSheets()->hasByName(rtl::OUString::fromUtf8(name.c_str()));
}

int sheetCount(const Doc& doc)
{
    return css::uno::Reference<css::container::XIndexAccess>(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW)
        ->getCount();
}

Table data(const Doc& doc, const std::string& s, const char* area)
{
    return css::uno::Reference<css::sheet::XCellRangeData>(
               sheet(doc, s)->getCellRangeByName(rtl::OUString::createFromAscii(area)),
               css::uno::UNO_QUERY_THROW)
        ->getDataArray();
}

Formulas formulas(const Doc& doc, const std::string& s, const char* area)
{
    return css::uno::Reference<css::sheet::XCellRangeFormula>(
               sheet(doc, s)->getCellRangeByName(rtl::OUString::createFromAscii(area)),
               css::uno::UNO_QUERY_THROW)
        ->getFormulaArray();
}

/// A formula cell's formula, else the cell's text as shown (a text "5.1" without the
/// apostrophe getFormula puts before text that reads as a number).
std::string text(const Doc& doc, const std::string& s, const char* address)
{
    const auto c = sheet(doc, s)
                       ->getCellRangeByName(rtl::OUString::createFromAscii(address))
                       ->getCellByPosition(0, 0);
    if (c->getType() == css::table::CellContentType_FORMULA)
        return u8(c->getFormula());
    return u8(css::uno::Reference<css::text::XText>(c, css::uno::UNO_QUERY_THROW)->getString());
}

css::uno::Reference<css::table::XCell> cell(const Doc& doc, const std::string& s,
                                            const char* address)
{
    return sheet(doc, s)
        ->getCellRangeByName(rtl::OUString::createFromAscii(address))
        ->getCellByPosition(0, 0);
}

css::uno::Reference<css::document::XUndoManager> undoManager(const Doc& doc)
{
    return css::uno::Reference<css::document::XUndoManagerSupplier>(doc, css::uno::UNO_QUERY_THROW)
        ->getUndoManager();
}

int undoCount(const Doc& doc)
{
    return undoManager(doc)->getAllUndoActionTitles().getLength();
}

css::uno::Reference<css::util::XModifiable> modifiable(const Doc& doc)
{
    return css::uno::Reference<css::util::XModifiable>(doc, css::uno::UNO_QUERY_THROW);
}

void select(const Doc& doc, const std::string& s, const char* area)
{
    css::uno::Reference<css::frame::XModel> model(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::view::XSelectionSupplier> sel(model->getCurrentController(),
                                                           css::uno::UNO_QUERY_THROW);
    sel->select(
        css::uno::Any(sheet(doc, s)->getCellRangeByName(rtl::OUString::createFromAscii(area))));
}

bool isEmpty(const Doc& doc, const std::string& s, const char* address)
{
    return cell(doc, s, address)->getType() == css::table::CellContentType_EMPTY;
}

const isms::Control& ctl(const char* id)
{
    return **isms::Catalog::builtin().lookup(std::string_view(id));
}
std::string title(const char* id, isms::Lang lang)
{
    return ctl(id).title.in(lang);
}
std::string mapped(const char* id13, const char* sep)
{
    std::string out;
    for (const isms::Control* c : ctl(id13).mapped)
        out += (out.empty() ? "" : sep) + c->canonical;
    return out;
}

/// A temporary directory removed at the end of the test.
struct TempDir
{
    std::filesystem::path path;
    explicit TempDir(const std::string& tag)
        : path(std::filesystem::temp_directory_path() /
               ("isms-" + tag + "-" + std::to_string(getpid())))
    {
        std::filesystem::create_directories(path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

/// The fixture, as the .ods copy or after a round trip through .xlsx.
Doc loadFixture(const Office& office, bool xlsx, const TempDir& dir)
{
    // In a window (headless, nobody sees it): LibreOffice 7.4 crashes when undoing a sheet
    // insertion in a hidden document, and these tests undo the migration (which adds the log).
    auto doc = office.load(sourcePath("sheets/fixtures/migration-2013.fods"), false, true);
    if (!xlsx)
        return doc;
    const std::string path = (dir.path / "migration-2013.xlsx").string();
    Office::storeTo(doc, path, "Calc MS Excel 2007 XML");
    Office::close(doc);
    return office.load(path, false, true);
}

const std::string kReg = "Risk Register";

class Migration : public OfficeSuite<EnglishOfficeWithExtension>
{
};

/// The same tests on the .ods copy and on an .xlsx round trip.
class MigrationFile : public OfficeSuite<EnglishOfficeWithExtension>,
                      public ::testing::WithParamInterface<bool>
{
};

TEST_P(MigrationFile, RewritesTheRegisterLogsEveryChangeAndUndoesInOneStep)
{
    try
    {
        using isms::Lang;
        TempDir dir("migration");
        auto doc = loadFixture(office(), GetParam(), dir);
        const Table regBefore = data(doc, kReg, "A1:H11");
        const Formulas regFormulasBefore = formulas(doc, kReg, "A1:H11");
        const Table assetsBefore = data(doc, "Assets", "A1:D5");
        const Formulas assetsFormulasBefore = formulas(doc, "Assets", "A1:D5");
        const Table findingsBefore = data(doc, "Findings", "A1:C2");
        const Table soaBefore = data(doc, "SoA", "A1:B2");
        const int sheetsBefore = sheetCount(doc);
        const int undoBefore = undoCount(doc);

        const CommandResult r = runCommand(office(), doc, "Migrate2022", {{"Selection", false}});
        ASSERT_TRUE(r.dispatched);
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("in 8 cell(s)"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("To decide: 1"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("2 formula(s) use 2013 control ids"), std::string::npos)
            << r.message;
        EXPECT_EQ(undoCount(doc), undoBefore + 1) << "one undo step";

        // the register's controls column
        EXPECT_EQ(text(doc, kReg, "G2"), "8.2 " + title("8.2", Lang::En));
        EXPECT_EQ(text(doc, kReg, "G3"), "8.2, 8.15");
        EXPECT_EQ(text(doc, kReg, "G4"), "8.2、8.15");
        EXPECT_EQ(text(doc, kReg, "G5"), mapped("A.18.2.3", ", "));
        EXPECT_EQ(text(doc, kReg, "G6"), "5.1");
        EXPECT_EQ(text(doc, kReg, "G7"), "8.2 " + title("8.2", Lang::Ja) + "※1")
            << "the footnote mark stays";
        EXPECT_EQ(text(doc, kReg, "G8"), mapped("A.13.1.3", ", ") + ", CLD.9.5.1");
        EXPECT_EQ(text(doc, kReg, "G9"),
                  mapped("A.12.6.1", ", ") + "\n" + mapped("A.14.2.1", ", "));
        EXPECT_EQ(text(doc, kReg, "G10"), "8.13") << "already 2022";
        // everything else on the register is as it was: notes, numbers, formulas
        const Table regAfter = data(doc, kReg, "A1:H11");
        const Formulas regFormulasAfter = formulas(doc, kReg, "A1:H11");
        for (int row = 0; row < 11; ++row)
            for (int col = 0; col < 8; ++col)
                if (col != 6 || row == 0 || row >= 9)
                {
                    EXPECT_EQ(regFormulasAfter[row][col], regFormulasBefore[row][col])
                        << "row " << row + 1 << " col " << col;
                    EXPECT_EQ(anyText(regAfter[row][col]), anyText(regBefore[row][col]))
                        << "row " << row + 1 << " col " << col;
                }
        EXPECT_TRUE(data(doc, "Assets", "A1:D5") == assetsBefore) << "a sheet without ids";
        EXPECT_TRUE(formulas(doc, "Assets", "A1:D5") == assetsFormulasBefore);
        EXPECT_TRUE(data(doc, "Findings", "A1:C2") == findingsBefore) << "generated sheet";
        EXPECT_TRUE(data(doc, "SoA", "A1:B2") == soaBefore) << "ISMS_SOA sheet";

        // the log: header, 8 rewritten cells, 2 formulas
        ASSERT_TRUE(hasSheet(doc, "Migration log"));
        EXPECT_EQ(sheetCount(doc), sheetsBefore + 1);
        const Table log = data(doc, "Migration log", "A1:E12");
        EXPECT_EQ(anyText(log[0][0]), "Sheet");
        EXPECT_EQ(anyText(log[0][4]), "Note");
        auto logRow = [&](const char* address) -> int
        {
            for (sal_Int32 i = 1; i < log.getLength(); ++i)
                if (anyText(log[i][1]) == address)
                    return i;
            return -1;
        };
        const int g5 = logRow("G5");
        ASSERT_GT(g5, 0);
        EXPECT_EQ(anyText(log[g5][0]), kReg);
        EXPECT_EQ(anyText(log[g5][2]), "A.18.2.3");
        EXPECT_EQ(anyText(log[g5][3]), mapped("A.18.2.3", ", "));
        EXPECT_NE(anyText(log[g5][4]).find("decide which applies"), std::string::npos);
        const int g6 = logRow("G6");
        ASSERT_GT(g6, 0);
        EXPECT_EQ(anyText(log[g6][2]), "A.5.1.1, A.5.1.2");
        EXPECT_NE(anyText(log[g6][4]).find("A.5.1.1 and A.5.1.2"), std::string::npos);
        const int g7 = logRow("G7");
        ASSERT_GT(g7, 0);
        EXPECT_EQ(anyText(log[g7][2]), "Ａ．９．２．３ 特権的アクセス権の管理※1");
        const int g11 = logRow("G11");
        ASSERT_GT(g11, 0) << "a formula with a 2013 id is listed";
        EXPECT_NE(anyText(log[g11][4]).find("formula not changed"), std::string::npos);
        EXPECT_GT(logRow("H11"), 0);
        EXPECT_EQ(logRow("H3"), -1) << "free text is not touched";
        EXPECT_EQ(logRow("H5"), -1);
        EXPECT_EQ(anyText(log[11][0]), "") << "exactly 10 rows";

        // a second run finds nothing left and leaves the document alone
        modifiable(doc)->setModified(false);
        const CommandResult again =
            runCommand(office(), doc, "Migrate2022", {{"Selection", false}});
        EXPECT_TRUE(again.success) << again.message;
        EXPECT_NE(again.message.find("Nothing to migrate"), std::string::npos) << again.message;
        EXPECT_FALSE(modifiable(doc)->isModified());
        EXPECT_EQ(undoCount(doc), undoBefore + 1);
        EXPECT_EQ(sheetCount(doc), sheetsBefore + 1) << "no second log";

        // undo restores every cell and removes the log
        undoManager(doc)->undo();
        EXPECT_TRUE(data(doc, kReg, "A1:H11") == regBefore);
        EXPECT_TRUE(formulas(doc, kReg, "A1:H11") == regFormulasBefore);
        EXPECT_FALSE(hasSheet(doc, "Migration log"));
        EXPECT_EQ(sheetCount(doc), sheetsBefore);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_P(MigrationFile, SelectionOnlyRewritesTheSelectedCells)
{
    try
    {
        TempDir dir("migration-sel");
        auto doc = loadFixture(office(), GetParam(), dir);
        select(doc, kReg, "G2:G4");
        const CommandResult r = runCommand(office(), doc, "Migrate2022", {{"Selection", true}});
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("in 3 cell(s)"), std::string::npos) << r.message;
        EXPECT_EQ(text(doc, kReg, "G3"), "8.2, 8.15");
        EXPECT_EQ(text(doc, kReg, "G5"), "A.18.2.3") << "outside the selection";
        EXPECT_EQ(text(doc, kReg, "G6"), "A.5.1.1, A.5.1.2");

        // a selection without 2013 ids: nothing changes, the document stays unmodified
        select(doc, "Assets", "A1:D5");
        modifiable(doc)->setModified(false);
        const int undo = undoCount(doc);
        const CommandResult none = runCommand(office(), doc, "Migrate2022", {{"Selection", true}});
        EXPECT_TRUE(none.success) << none.message;
        EXPECT_NE(none.message.find("the selection holds no"), std::string::npos) << none.message;
        EXPECT_FALSE(modifiable(doc)->isModified());
        EXPECT_EQ(undoCount(doc), undo);

        // migrating the rest appends to the same log
        const CommandResult rest = runCommand(office(), doc, "Migrate2022", {{"Selection", false}});
        ASSERT_TRUE(rest.success) << rest.message;
        EXPECT_NE(rest.message.find("in 5 cell(s)"), std::string::npos) << rest.message;
        EXPECT_FALSE(hasSheet(doc, "Migration log 2"));
        const Table log = data(doc, "Migration log", "A1:E13");
        EXPECT_EQ(anyText(log[0][0]), "Sheet");
        EXPECT_EQ(anyText(log[1][1]), "G2");
        EXPECT_EQ(anyText(log[4][1]), "G5") << "the second run's rows follow the first's";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Migration, TheWorkbookLanguageChoosesTheLog)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/migration-2013.fods"));
        isms::office::setDocumentPropertyText(doc, "ISMS.Language", "ja");
        const CommandResult r = runCommand(office(), doc, "Migrate2022");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("'移行ログ'"), std::string::npos) << "the UI stays English";
        ASSERT_TRUE(hasSheet(doc, "移行ログ"));
        const Table log = data(doc, "移行ログ", "A1:E12");
        EXPECT_EQ(anyText(log[0][0]), "シート");
        EXPECT_EQ(anyText(log[0][2]), "変更前");
        bool judged = false;
        for (const auto& row : log)
            judged = judged || anyText(row[4]).find("判断してください") != std::string::npos;
        EXPECT_TRUE(judged);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Migration, TenThousandRowRegister)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        const int rows = 10000;
        Table t(rows);
        const char* cells[] = {"A.9.2.3, A.12.4.1", "A.18.2.3", "A.5.1.1, A.5.1.2",
                               "Ａ．９．２．３ 特権的アクセス権の管理", "see policy 9.2"};
        for (int r = 0; r < rows; ++r)
        {
            css::uno::Sequence<css::uno::Any> row(3);
            row.getArray()[0] <<= rtl::OUString::number(r + 1);
            row.getArray()[1] <<= rtl::OUString::fromUtf8(cells[r % 5]);
            row.getArray()[2] <<= double(r);
            t.getArray()[r] = row;
        }
        auto s = css::uno::Reference<css::container::XIndexAccess>(doc->getSheets(),
                                                                   css::uno::UNO_QUERY_THROW)
                     ->getByIndex(0);
        css::uno::Reference<css::sheet::XSpreadsheet> first(s, css::uno::UNO_QUERY_THROW);
        auto range = first->getCellRangeByPosition(0, 0, 2, rows - 1);
        const auto w0 = std::chrono::steady_clock::now();
        css::uno::Reference<css::sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
            ->setDataArray(t);
        const auto w1 = std::chrono::steady_clock::now();
        const CommandResult r = runCommand(office(), doc, "Migrate2022");
        const auto w2 = std::chrono::steady_clock::now();
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("in 8000 cell(s)"), std::string::npos) << r.message;
        const auto ms = [](auto d)
        { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
        std::printf("[ measure  ] 10,000-row register: setDataArray of 3 columns %lld ms, "
                    "Migrate2022 %lld ms (8,000 cells rewritten, 8,000 log rows)\n",
                    static_cast<long long>(ms(w1 - w0)), static_cast<long long>(ms(w2 - w1)));
        EXPECT_LT(ms(w2 - w1), 60000);
        const CommandResult again = runCommand(office(), doc, "Migrate2022");
        EXPECT_NE(again.message.find("Nothing to migrate"), std::string::npos) << again.message;
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

/// Changed cells a few rows apart are written in one call, but the empty rows between them stay
/// empty (not #N/A), and no comment is lost: not on a rewritten cell, not on an empty one.
TEST_F(Migration, EmptyRowsAndCommentsAroundRewrittenCellsStay)
{
    try
    {
        // in a window: undoing removes the log sheet (see loadFixture)
        auto doc = office().load("private:factory/scalc", false, true);
        const std::string s = "Sheet1";
        const std::pair<const char*, const char*> cells[] = {{"B1", "A.9.2.3"},
                                                             {"B3", "A.18.2.3"},
                                                             {"B5", "A.5.1.1"},
                                                             {"B6", "A.12.4.1"},
                                                             {"B9", "A.8.1.1"}};
        for (const auto& [address, id] : cells)
            css::uno::Reference<css::text::XText>(cell(doc, s, address), css::uno::UNO_QUERY_THROW)
                ->setString(rtl::OUString::createFromAscii(id));
        addComment(doc, cell(doc, s, "B4"), "checked with the owner");
        addComment(doc, cell(doc, s, "B5"), "レビュー済み");
        addComment(doc, cell(doc, s, "B8"), "row left empty on purpose");
        const int undo = undoCount(doc);

        const CommandResult r = runCommand(office(), doc, "Migrate2022");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("in 5 cell(s)"), std::string::npos) << r.message;
        EXPECT_EQ(text(doc, s, "B1"), mapped("A.9.2.3", ", "));
        EXPECT_EQ(text(doc, s, "B5"), mapped("A.5.1.1", ", "));
        EXPECT_EQ(text(doc, s, "B9"), mapped("A.8.1.1", ", "));
        for (const char* gap : {"B2", "B4", "B7", "B8"})
            EXPECT_TRUE(isEmpty(doc, s, gap)) << gap << " holds \"" << text(doc, s, gap) << '"';
        EXPECT_EQ(commentOf(cell(doc, s, "B4")), "checked with the owner");
        EXPECT_EQ(commentOf(cell(doc, s, "B5")), "レビュー済み");
        EXPECT_EQ(commentOf(cell(doc, s, "B8")), "row left empty on purpose");
        EXPECT_EQ(undoCount(doc), undo + 1) << "one undo step";

        undoManager(doc)->undo();
        EXPECT_EQ(text(doc, s, "B5"), "A.5.1.1");
        EXPECT_EQ(commentOf(cell(doc, s, "B5")), "レビュー済み");
        EXPECT_TRUE(isEmpty(doc, s, "B2"));
        EXPECT_FALSE(hasSheet(doc, "Migration log"));
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

/// A second Migrate appends its rows to the log: in bulk (rows that are empty now are filled with
/// zeros Calc can undo, then written in one call), yet one undo takes every appended cell back
/// and redo writes it again, no zero is left where the log has nothing to say, and the cell
/// formats people set below the log stay.
TEST_F(Migration, RowsAppendedToTheLogAreUndoneAndRedoneExactlyAndKeepTheirFormats)
{
    try
    {
        // in a window: undoing removes the log sheet (see loadFixture)
        auto doc = office().load("private:factory/scalc", false, true);
        const std::string s = "Sheet1";
        const std::string logName = "Migration log";
        const int ids = 30;
        Table t(ids);
        for (int r = 0; r < ids; ++r)
        {
            css::uno::Sequence<css::uno::Any> row(2);
            row.getArray()[0] <<= rtl::OUString::number(r + 1);
            // A.9.2.3 has one 2022 control (no note), A.18.2.3 several (a note)
            row.getArray()[1] <<= rtl::OUString::createFromAscii(r % 3 ? "A.9.2.3" : "A.18.2.3");
            t.getArray()[r] = row;
        }
        const auto paste = [&]
        {
            css::uno::Reference<css::sheet::XCellRangeData>(
                sheet(doc, s)->getCellRangeByPosition(0, 0, 1, ids - 1), css::uno::UNO_QUERY_THROW)
                ->setDataArray(t);
        };
        paste();
        ASSERT_TRUE(runCommand(office(), doc, "Migrate2022").success);
        ASSERT_EQ(text(doc, logName, "B31"), "B30");
        ASSERT_EQ(text(doc, logName, "B32"), "");

        paste(); // the same ids again, as from another client sheet
        const Formulas before = formulas(doc, logName, "A1:E100");
        const int undo = undoCount(doc);
        const CommandResult r = runCommand(office(), doc, "Migrate2022");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_EQ(undoCount(doc), undo + 1) << "one undo step";
        const Formulas after = formulas(doc, logName, "A1:E100");
        EXPECT_EQ(text(doc, logName, "B32"), "B1") << "appended below the first run's rows";
        EXPECT_EQ(text(doc, logName, "B61"), "B30");
        EXPECT_EQ(text(doc, logName, "A62"), "");
        for (int row = 31; row < 61; ++row)
        {
            EXPECT_EQ(after[row][2], after[row - 30][2]) << "row " << row + 1;
            EXPECT_EQ(after[row][4], after[row - 30][4]) << "row " << row + 1;
        }
        EXPECT_EQ(text(doc, logName, "E33"), "") << "no note for a one-to-one mapping, not 0";
        EXPECT_NE(text(doc, logName, "E32"), "");
        for (const auto& row : after)
            for (const rtl::OUString& f : row)
                EXPECT_NE(f, "0") << "a zero left in the log";

        undoManager(doc)->undo();
        EXPECT_TRUE(formulas(doc, logName, "A1:E100") == before) << "undo empties every row";
        EXPECT_TRUE(isEmpty(doc, logName, "A32"));
        EXPECT_TRUE(isEmpty(doc, logName, "E60"));
        undoManager(doc)->redo();
        EXPECT_TRUE(formulas(doc, logName, "A1:E100") == after) << "redo writes them again";
        EXPECT_TRUE(isEmpty(doc, logName, "E33")) << "not a zero";

        // A colour set on a cell below the log stays there: Fill would copy the first row's
        // formats down, so these rows are written cell by cell.
        const auto colour = [&](const char* address)
        {
            sal_Int32 c = 0;
            css::uno::Reference<css::beans::XPropertySet>(cell(doc, logName, address),
                                                          css::uno::UNO_QUERY_THROW)
                ->getPropertyValue("CellBackColor") >>= c;
            return c;
        };
        css::uno::Reference<css::beans::XPropertySet>(cell(doc, logName, "C80"),
                                                      css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("CellBackColor", css::uno::Any(sal_Int32(0xFFFF00)));
        const sal_Int32 plain = colour("C79");
        paste();
        const Formulas beforeThird = formulas(doc, logName, "A1:E100");
        ASSERT_TRUE(runCommand(office(), doc, "Migrate2022").success);
        EXPECT_EQ(text(doc, logName, "B91"), "B30");
        EXPECT_EQ(text(doc, logName, "C80"), text(doc, logName, "C50"));
        EXPECT_EQ(colour("C80"), 0xFFFF00);
        EXPECT_EQ(colour("C79"), plain);
        EXPECT_EQ(colour("C81"), plain);
        undoManager(doc)->undo();
        EXPECT_TRUE(formulas(doc, logName, "A1:E100") == beforeThird);
        EXPECT_EQ(colour("C80"), 0xFFFF00);
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Migration, ALogWithoutRoomOrProtectedIsRefusedBeforeAnyCellChanges)
{
    try
    {
        auto doc = office().load("private:factory/scalc", false, true);
        const std::string s = "Sheet1";
        auto put = [&](const char* address, const char* id)
        {
            css::uno::Reference<css::text::XText>(cell(doc, s, address), css::uno::UNO_QUERY_THROW)
                ->setString(rtl::OUString::createFromAscii(id));
        };
        put("B1", "A.9.2.3");
        CommandResult r = runCommand(office(), doc, "Migrate2022");
        ASSERT_TRUE(r.success) << r.message;
        ASSERT_TRUE(hasSheet(doc, "Migration log"));

        // The log grew to four rows above the sheet's end (1,048,576 rows): the next run's
        // two rows fit, a run of five does not.
        css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                                             css::uno::UNO_QUERY_THROW);
        ranges->removeByName("ISMS_MIGRATION_LOG");
        ranges->addNewByName("ISMS_MIGRATION_LOG", "$'Migration log'.$A$1:$E$1048572",
                             css::table::CellAddress(), 0);
        for (const char* address : {"B2", "B3", "B4", "B5", "B6"})
            put(address, "A.12.4.1");
        const int undo = undoCount(doc);
        r = runCommand(office(), doc, "Migrate2022");
        EXPECT_FALSE(r.success);
        EXPECT_NE(r.message.find("no room for 5 more row(s)"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("Nothing was changed"), std::string::npos) << r.message;
        for (const char* address : {"B2", "B6"})
            EXPECT_EQ(text(doc, s, address), "A.12.4.1") << address;
        EXPECT_EQ(undoCount(doc), undo) << "no undo step";

        // a protected log: the same refusal, naming the sheet
        ranges->removeByName("ISMS_MIGRATION_LOG");
        ranges->addNewByName("ISMS_MIGRATION_LOG", "$'Migration log'.$A$1:$E$2",
                             css::table::CellAddress(), 0);
        css::uno::Reference<css::util::XProtectable>(sheet(doc, "Migration log"),
                                                     css::uno::UNO_QUERY_THROW)
            ->protect("");
        const int undoProtected = undoCount(doc); // changing the range and protecting are steps
        r = runCommand(office(), doc, "Migrate2022");
        EXPECT_FALSE(r.success);
        EXPECT_NE(r.message.find("Sheet 'Migration log' is protected"), std::string::npos)
            << r.message;
        EXPECT_EQ(text(doc, s, "B2"), "A.12.4.1");
        EXPECT_EQ(undoCount(doc), undoProtected);

        // with room again, the run goes through and appends below the log
        css::uno::Reference<css::util::XProtectable>(sheet(doc, "Migration log"),
                                                     css::uno::UNO_QUERY_THROW)
            ->unprotect("");
        r = runCommand(office(), doc, "Migrate2022");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_EQ(text(doc, s, "B6"), mapped("A.12.4.1", ", "));
        EXPECT_EQ(text(doc, "Migration log", "B3"), "B2");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

INSTANTIATE_TEST_SUITE_P(Migration, MigrationFile, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "xlsx" : "ods"; });

class FreezeFormulas : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(FreezeFormulas, FreezesIsmsFormulasKeepsOthersAndUndoesInOneStep)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/migration-2013.fods"));
        calculateAll(doc);
        // What Calc 7.4 returns for an add-in call: the programmatic name.
        const std::string f2 = text(doc, kReg, "F2");
        EXPECT_EQ(f2.rfind("=ORG.ISMSCALC.FUNCTIONS.RISK(", 0), 0u) << f2;
        const Table before = data(doc, kReg, "A1:H11");
        const Formulas formulasBefore = formulas(doc, kReg, "A1:H11");
        const Formulas assetsBefore = formulas(doc, "Assets", "A1:D5");
        EXPECT_EQ(cellError(doc, kReg, "F10"), 502);
        const int undoBefore = undoCount(doc);

        const CommandResult r = runCommand(office(), doc, "FreezeFormulas");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("Froze 9 ISMS formula(s)"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("1 cell(s) left: they show an error"), std::string::npos)
            << r.message;
        EXPECT_EQ(undoCount(doc), undoBefore + 1) << "one undo step";

        const Table after = data(doc, kReg, "A1:H11");
        for (const char* a : {"F2", "F3", "F4", "F6", "F7", "F8", "F9", "G11", "H11"})
        {
            SCOPED_TRACE(a);
            EXPECT_NE(cell(doc, kReg, a)->getType(), css::table::CellContentType_FORMULA);
            EXPECT_EQ(text(doc, kReg, a).find("ORG.ISMSCALC"), std::string::npos);
        }
        for (int row = 0; row < 11; ++row)
            for (int col = 0; col < 8; ++col)
                EXPECT_EQ(anyText(after[row][col]), anyText(before[row][col]))
                    << "values kept: row " << row + 1 << " col " << col;
        EXPECT_EQ(text(doc, kReg, "F2"), "12");
        EXPECT_EQ(text(doc, kReg, "G11"), "A.9.2.3");
        EXPECT_EQ(text(doc, kReg, "F5"), "=D5*E5") << "not an ISMS formula";
        EXPECT_EQ(text(doc, kReg, "F11"), "=SUM(F2:F4)");
        EXPECT_EQ(cell(doc, kReg, "F10")->getType(), css::table::CellContentType_FORMULA)
            << "an error stays a formula";
        EXPECT_TRUE(formulas(doc, "Assets", "A1:D5") == assetsBefore);

        // nothing left: unchanged, unmodified
        modifiable(doc)->setModified(false);
        const CommandResult again = runCommand(office(), doc, "FreezeFormulas");
        EXPECT_NE(again.message.find("No ISMS formulas to freeze"), std::string::npos)
            << again.message;
        EXPECT_FALSE(modifiable(doc)->isModified());
        EXPECT_EQ(undoCount(doc), undoBefore + 1);

        undoManager(doc)->undo();
        EXPECT_TRUE(formulas(doc, kReg, "A1:H11") == formulasBefore) << "undo restores formulas";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(FreezeFormulas, SelectionOnlyAndXlsxRoundTrip)
{
    try
    {
        TempDir dir("freeze");
        auto doc = office().load(sourcePath("sheets/fixtures/migration-2013.fods"));
        calculateAll(doc);
        select(doc, kReg, "F2:F4");
        const CommandResult r = runCommand(office(), doc, "FreezeFormulas", {{"Selection", true}});
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("Froze 3 ISMS formula(s)"), std::string::npos) << r.message;
        EXPECT_EQ(cell(doc, kReg, "F6")->getType(), css::table::CellContentType_FORMULA);

        // the whole workbook, then saved as xlsx: no add-in name is left in the file's formulas
        ASSERT_TRUE(runCommand(office(), doc, "FreezeFormulas").success);
        const std::string path = (dir.path / "frozen.xlsx").string();
        Office::storeTo(doc, path, "Calc MS Excel 2007 XML");
        Office::close(doc);
        auto xlsx = office().load(path);
        calculateAll(xlsx);
        EXPECT_EQ(text(xlsx, kReg, "F7"), "15");
        EXPECT_EQ(text(xlsx, kReg, "H11"), mapped("A.18.2.3", ", "));
        EXPECT_EQ(text(xlsx, kReg, "F5"), "=D5*E5");
        Office::close(xlsx);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(FreezeFormulas, ArrayFormulasAndTenThousandCells)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        auto first = css::uno::Reference<css::sheet::XSpreadsheet>(
            css::uno::Reference<css::container::XIndexAccess>(doc->getSheets(),
                                                              css::uno::UNO_QUERY_THROW)
                ->getByIndex(0),
            css::uno::UNO_QUERY_THROW);
        // an array formula: all 93 ids of 2022 in one formula over C1:C93
        css::uno::Reference<css::sheet::XArrayFormulaRange>(first->getCellRangeByName("C1:C93"),
                                                            css::uno::UNO_QUERY_THROW)
            ->setArrayFormula("=ISMS.CONTROLS()");
        // 10,000 single formulas: one, filled down
        const int rows = 10000;
        first->getCellByPosition(0, 0)->setFormula("=ISMS.RISK(MOD(ROW()-1;5)+1;3)");
        css::uno::Reference<css::sheet::XCellSeries>(
            first->getCellRangeByPosition(0, 0, 0, rows - 1), css::uno::UNO_QUERY_THROW)
            ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
        // an array formula over two columns cannot be frozen column by column: it stays
        first->getCellByPosition(4, 0)->setFormula("5.15");
        first->getCellByPosition(5, 0)->setFormula("A.9.2.3");
        css::uno::Reference<css::sheet::XArrayFormulaRange>(first->getCellRangeByName("G1:H1"),
                                                            css::uno::UNO_QUERY_THROW)
            ->setArrayFormula("=ISMS.CONTROL(E1:F1;\"id\")");
        // a protected sheet is left alone
        doc->getSheets()->insertNewByName("Locked", 1);
        sheet(doc, "Locked")->getCellByPosition(0, 0)->setFormula("=ISMS.RISK(2;2)");
        css::uno::Reference<css::util::XProtectable>(sheet(doc, "Locked"),
                                                     css::uno::UNO_QUERY_THROW)
            ->protect("");
        calculateAll(doc);
        const Table before =
            css::uno::Reference<css::sheet::XCellRangeData>(
                first->getCellRangeByPosition(0, 0, 2, rows - 1), css::uno::UNO_QUERY_THROW)
                ->getDataArray();
        const auto t0 = std::chrono::steady_clock::now();
        const CommandResult r = runCommand(office(), doc, "FreezeFormulas");
        const auto t1 = std::chrono::steady_clock::now();
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("Froze 10093 ISMS formula(s)"), std::string::npos) << r.message;
        const Table after =
            css::uno::Reference<css::sheet::XCellRangeData>(
                first->getCellRangeByPosition(0, 0, 2, rows - 1), css::uno::UNO_QUERY_THROW)
                ->getDataArray();
        EXPECT_TRUE(after == before) << "every value kept";
        EXPECT_NE(r.message.find("3 cell(s) left as formulas: on a protected sheet"),
                  std::string::npos)
            << r.message;
        EXPECT_EQ(cell(doc, "Sheet1", "G1")->getType(), css::table::CellContentType_FORMULA);
        EXPECT_EQ(cell(doc, "Sheet1", "H1")->getType(), css::table::CellContentType_FORMULA);
        EXPECT_EQ(cell(doc, "Locked", "A1")->getType(), css::table::CellContentType_FORMULA);
        EXPECT_EQ(text(doc, "Sheet1", "C1"), "5.1");
        EXPECT_NE(cell(doc, "Sheet1", "C93")->getType(), css::table::CellContentType_FORMULA);
        EXPECT_NE(cell(doc, "Sheet1", "A10000")->getType(), css::table::CellContentType_FORMULA);
        std::printf("[ measure  ] FreezeFormulas over 10,093 ISMS formulas: %lld ms\n",
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::milliseconds>(t1 - t0).count()));
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(FreezeFormulas, EmptyRowsAndCommentsAroundFrozenCellsStay)
{
    try
    {
        auto doc = office().load("private:factory/scalc");
        const std::string s = "Sheet1";
        cell(doc, s, "A1")->setFormula("=ISMS.RISK(2;3)");
        cell(doc, s, "A3")->setFormula("=ISMS.RISK(1;1)");
        cell(doc, s, "A4")->setFormula("=ISMS.CONTROL(\"5.15\";\"id\")");
        addComment(doc, cell(doc, s, "A2"), "blank on purpose");
        addComment(doc, cell(doc, s, "A3"), "score agreed in the risk meeting");
        calculateAll(doc);
        const double a1 = cell(doc, s, "A1")->getValue(), a3 = cell(doc, s, "A3")->getValue();

        const CommandResult r = runCommand(office(), doc, "FreezeFormulas");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("Froze 3 ISMS formula(s)"), std::string::npos) << r.message;
        EXPECT_EQ(cell(doc, s, "A1")->getType(), css::table::CellContentType_VALUE);
        EXPECT_EQ(cell(doc, s, "A1")->getValue(), a1);
        EXPECT_EQ(cell(doc, s, "A3")->getValue(), a3);
        EXPECT_EQ(text(doc, s, "A4"), "5.15");
        EXPECT_TRUE(isEmpty(doc, s, "A2")) << "A2 holds \"" << text(doc, s, "A2") << '"';
        EXPECT_EQ(commentOf(cell(doc, s, "A2")), "blank on purpose");
        EXPECT_EQ(commentOf(cell(doc, s, "A3")), "score agreed in the risk meeting");
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(FreezeFormulas, RedoAfterUndoFreezesAgainAlsoWhereTheResultWasEmpty)
{
    // Calc's redo of a bulk write leaves a cell the write emptied as it was: after undo and redo,
    // a formula whose result was empty came back, in a workbook meant to hold values only.
    try
    {
        auto doc = office().load("private:factory/scalc", false, true);
        const std::string s = "Sheet1";
        cell(doc, s, "A1")->setFormula("=ISMS.RISK(2;3)");
        cell(doc, s, "A2")->setFormula("=IF(ISMS.RISK(1;1)>0;\"\";\"x\")");
        calculateAll(doc);
        ASSERT_TRUE(runCommand(office(), doc, "FreezeFormulas").success);
        EXPECT_EQ(cell(doc, s, "A1")->getType(), css::table::CellContentType_VALUE);
        EXPECT_TRUE(isEmpty(doc, s, "A2"));
        undo(doc);
        EXPECT_EQ(cell(doc, s, "A2")->getType(), css::table::CellContentType_FORMULA);
        css::uno::Reference<css::document::XUndoManagerSupplier>(doc, css::uno::UNO_QUERY_THROW)
            ->getUndoManager()
            ->redo();
        EXPECT_EQ(cell(doc, s, "A1")->getType(), css::table::CellContentType_VALUE);
        EXPECT_TRUE(isEmpty(doc, s, "A2")) << "A2 holds " << cell(doc, s, "A2")->getFormula();
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

class MigrationJapaneseUi : public OfficeSuite<JapaneseOfficeWithExtension>
{
};

TEST_F(MigrationJapaneseUi, MessagesAndLogFollowTheUiLanguage)
{
    try
    {
        auto doc = office().load(sourcePath("sheets/fixtures/migration-2013.fods"));
        const CommandResult r = runCommand(office(), doc, "Migrate2022");
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find("8 個のセルで"), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("「移行ログ」"), std::string::npos) << r.message;
        ASSERT_TRUE(hasSheet(doc, "移行ログ")) << "no ISMS.Language: the UI language";
        EXPECT_EQ(anyText(data(doc, "移行ログ", "A1:A1")[0][0]), "シート");
        const CommandResult again = runCommand(office(), doc, "Migrate2022");
        EXPECT_NE(again.message.find("移行するものはありません"), std::string::npos)
            << again.message;

        calculateAll(doc);
        const CommandResult f = runCommand(office(), doc, "FreezeFormulas");
        ASSERT_TRUE(f.success) << f.message;
        EXPECT_NE(f.message.find("9 個を現在の値に固定しました"), std::string::npos) << f.message;
        EXPECT_NE(f.message.find("1 個のセルは数式のまま"), std::string::npos) << f.message;
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
