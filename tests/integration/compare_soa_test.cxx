// CompareSoA in a real Calc: the Changes sheet lists exactly the changes between two versions of
// an SoA (the earlier one saved as .ods and as .xlsx), a 2013-numbered SoA is compared through
// the mapping, one undo takes the sheet back, a workbook without an SoA gives an error and
// nothing is written, and the earlier workbook is closed again and left unchanged.

#include "office_suite.hxx"
#include "sha256.hxx"
#include "sheet_checks.hxx"
#include "sheet_picture.hxx"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <set>
#include <tuple>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace isms::office;

namespace
{

std::string fixture(const std::string& name)
{
    return sourcePath("sheets/fixtures/compare/" + name + ".fods");
}

/// kind, control, earlier controls, field, before, after
using ChangeLine =
    std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;

/// The table of a Changes sheet: every line below the heading row "Change".
std::set<ChangeLine> changeLines(const std::vector<std::vector<std::string>>& rows)
{
    std::set<ChangeLine> out;
    bool table = false;
    for (const auto& r : rows)
    {
        if (r.empty())
            continue;
        if (!table)
        {
            table = r[0] == "Change";
            continue;
        }
        auto at = [&](std::size_t i) { return i < r.size() ? r[i] : std::string(); };
        out.insert({at(0), at(1), at(2), at(3), at(4), at(5)});
    }
    return out;
}

/// The value beside a label in the block above the table.
std::string coverValue(const std::vector<std::vector<std::string>>& rows, const std::string& label)
{
    for (const auto& r : rows)
        if (r.size() > 1 && r[0] == label)
            return r[1];
    return {};
}

/// Every note: column B of the row labelled Notes and of the rows below it with no label.
std::vector<std::string> notes(const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < rows.size(); ++i)
    {
        if (rows[i].empty() || rows[i][0] != "Notes")
            continue;
        for (std::size_t j = i; j < rows.size() && rows[j].size() > 1 && !rows[j][1].empty() &&
                                (j == i || rows[j][0].empty());
             ++j)
            out.push_back(rows[j][1]);
        break;
    }
    return out;
}

std::string undoTitle(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    return rtl::OUStringToOString(css::uno::Reference<css::document::XUndoManagerSupplier>(
                                      doc, css::uno::UNO_QUERY_THROW)
                                      ->getUndoManager()
                                      ->getCurrentUndoActionTitle(),
                                  RTL_TEXTENCODING_UTF8)
        .getStr();
}

bool isModified(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    return css::uno::Reference<css::util::XModifiable>(doc, css::uno::UNO_QUERY_THROW)
        ->isModified();
}

css::uno::Any text(const std::string& s)
{
    return css::uno::Any(rtl::OUString::fromUtf8(s.c_str()));
}

/// The expected lines from soa-v1 to soa-v2 (make_fixtures.py says what changed).
const std::set<ChangeLine>& v1ToV2()
{
    static const std::set<ChangeLine> lines = {
        {"Changed", "7.4", "7.4", "Applicability", "Applicable", "Not applicable"},
        {"Changed", "7.10", "7.10", "Justification for exclusion", "No removable media in use",
         "Removable media are blocked on every device"},
        {"Changed", "8.8", "8.8", "Implementation status", "Planned", "Implemented"},
        {"Changed", "8.11", "8.11", "Applicability", "Not applicable", "Applicable"},
        {"Removed", "6.7", "6.7", "Applicability", "Applicable", ""},
        {"Removed", "6.7", "6.7", "Implementation status", "Implemented", ""},
        {"Removed", "6.7", "6.7", "Control owner", "ISMS manager", ""},
        {"Removed", "6.7", "6.7", "Evidence", "ISMS manual", ""},
    };
    return lines;
}

constexpr const char* kV1ToV2Counts =
    "99 controls compared: 4 changed, 0 added, 1 removed, 95 unchanged.";

class CompareSoa : public OfficeSuite<EnglishOfficeWithExtension>
{
protected:
    void SetUp() override
    {
        OfficeSuite::SetUp();
        m_dir = fs::temp_directory_path() /
                ("isms-compare-test-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override
    {
        fs::remove_all(m_dir);
        OfficeSuite::TearDown();
    }
    /// Saves a fixture to the test's folder in a format ("ods", "xlsx", "fods"); its path.
    std::string saved(const std::string& name, const std::string& ext)
    {
        auto doc = office().load(fixture(name));
        const std::string path = (m_dir / (name + "." + ext)).string();
        Office::storeTo(doc, path,
                        ext == "ods"    ? "calc8"
                        : ext == "xlsx" ? "Calc MS Excel 2007 XML"
                                        : "OpenDocument Spreadsheet Flat XML");
        Office::close(doc);
        return path;
    }
    /// Documents open in the office (the earlier workbook must not stay open).
    static int openDocuments()
    {
        auto e =
            css::frame::Desktop::create(office().context())->getComponents()->createEnumeration();
        int n = 0;
        for (; e->hasMoreElements(); e->nextElement())
            ++n;
        return n;
    }
    static CommandResult compare(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                 const std::string& url)
    {
        const auto t0 = std::chrono::steady_clock::now();
        CommandResult r = runCommandWith(office(), doc, "CompareSoA", {{"URL", text(url)}});
        std::cout << "[ timing   ] CompareSoA "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()
                  << " s (" << fs::path(url).filename().string() << ")\n";
        return r;
    }

    fs::path m_dir;
};

TEST_F(CompareSoa, ListsExactlyTheChangesFromAnOdsAndAnXlsxSave)
{
    const std::string ods = saved("soa-v1", "ods");
    const std::string xlsx = saved("soa-v1", "xlsx");
    const auto odsDigest = isms::reviewer::sha256File(ods);
    const auto xlsxDigest = isms::reviewer::sha256File(xlsx);
    auto doc = office().load(fixture("soa-v2"));
    const int documents = openDocuments();

    // A system path, then a file URL.
    for (const std::string& earlier : {ods, fileUrl(xlsx)})
    {
        SCOPED_TRACE(earlier);
        const CommandResult r = compare(doc, earlier);
        ASSERT_TRUE(r.dispatched);
        ASSERT_TRUE(r.success) << r.message;
        EXPECT_NE(r.message.find(kV1ToV2Counts), std::string::npos) << r.message;
        EXPECT_NE(r.message.find("Written to sheet 'Changes'"), std::string::npos) << r.message;
        EXPECT_EQ(openDocuments(), documents) << "the earlier workbook was closed again";

        const auto names = sheetNames(doc);
        EXPECT_EQ(std::count(names.begin(), names.end(), "Changes"), 1)
            << "a second comparison replaces the sheet";
        const auto rows = usedAreaText(doc, "Changes");
        EXPECT_EQ(changeLines(rows), v1ToV2());
        EXPECT_EQ(coverValue(rows, "Controls compared"), "99");
        EXPECT_EQ(coverValue(rows, "Changed"), "4");
        EXPECT_EQ(coverValue(rows, "Added"), "0");
        EXPECT_EQ(coverValue(rows, "Removed"), "1");
        EXPECT_EQ(coverValue(rows, "Unchanged"), "95");
        const std::string earlierLine = coverValue(rows, "Earlier version");
        EXPECT_NE(earlierLine.find(fs::path(earlier).filename().string()), std::string::npos)
            << earlierLine;
        EXPECT_NE(earlierLine.find("ISO/IEC 27001:2022 numbering"), std::string::npos);
        EXPECT_NE(coverValue(rows, "Current version").find("soa-v2.fods"), std::string::npos);
    }
    // The Changes sheet as printed, for the user guides.
    EXPECT_GT(sheetPicture(doc, sheetNamed(doc, "Changes"), "changes-page-1-en"), 0u);
    EXPECT_EQ(isms::reviewer::sha256File(ods), odsDigest);
    EXPECT_EQ(isms::reviewer::sha256File(xlsx), xlsxDigest);
    EXPECT_FALSE(fs::exists(m_dir / ".~lock.soa-v1.ods#"));
    Office::close(doc);
}

TEST_F(CompareSoa, A2013NumberedSoaIsComparedThroughTheMapping)
{
    const std::string old = saved("soa-2013", "ods");
    auto doc = office().load(fixture("soa-v1"));
    const CommandResult r = compare(doc, old);
    ASSERT_TRUE(r.success) << r.message;
    const auto rows = usedAreaText(doc, "Changes");
    const auto n = notes(rows);
    EXPECT_NE(
        std::find(n.begin(), n.end(), "Compared through the ISO/IEC 27001:2013 → 2022 mapping."),
        n.end());
    EXPECT_NE(coverValue(rows, "Earlier version").find("ISO/IEC 27001:2013 numbering"),
              std::string::npos);
    const auto lines = changeLines(rows);
    // 5.7 is new in 2022: added. 7.10 was A.8.3.1–A.8.3.3 and A.11.2.5, and is excluded now.
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                            [](const ChangeLine& l)
                            { return std::get<0>(l) == "Added" && std::get<1>(l) == "5.7"; }));
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                            [](const ChangeLine& l)
                            {
                                return std::get<0>(l) == "Changed" && std::get<1>(l) == "7.10" &&
                                       std::get<2>(l) == "A.8.3.1, A.8.3.2, A.8.3.3, A.11.2.5" &&
                                       std::get<3>(l) == "Applicability";
                            }));
    // Controls that kept their decision, status, owner and evidence are not listed: 5.1 (was
    // A.5.1.1 and A.5.1.2).
    EXPECT_TRUE(std::none_of(lines.begin(), lines.end(),
                             [](const ChangeLine& l) { return std::get<1>(l) == "5.1"; }));
    Office::close(doc);
}

TEST_F(CompareSoa, OneUndoRemovesTheChangesSheet)
{
    const std::string old = saved("soa-v1", "ods");
    // In a window: LibreOffice 7.4 cannot undo a sheet insertion in a hidden document.
    auto doc = office().load(fixture("soa-v2"), false, true);
    const auto before = sheetNames(doc);
    const int undoBefore = undoCount(doc);
    ASSERT_TRUE(compare(doc, old).success);
    EXPECT_EQ(undoCount(doc), undoBefore + 1);
    EXPECT_EQ(undoTitle(doc), "Compare SoA with an earlier version");
    EXPECT_EQ(sheetNames(doc).size(), before.size() + 1);
    undo(doc);
    EXPECT_EQ(sheetNames(doc), before);
    Office::close(doc);
}

TEST_F(CompareSoa, WithoutAnSoaItSaysWhichWorkbookAndWritesNothing)
{
    const std::string v1 = saved("soa-v1", "ods");
    const std::string noSoa = saved("no-soa", "ods");
    const int documents = openDocuments();
    {
        auto doc = office().load(fixture("no-soa"));
        const auto names = sheetNames(doc);
        const CommandResult r = compare(doc, v1);
        ASSERT_TRUE(r.dispatched);
        EXPECT_FALSE(r.success);
        EXPECT_NE(r.message.find("No Statement of Applicability found in this workbook"),
                  std::string::npos)
            << r.message;
        EXPECT_EQ(sheetNames(doc), names);
        EXPECT_FALSE(isModified(doc));
        Office::close(doc);
    }
    {
        auto doc = office().load(fixture("soa-v2"));
        const auto names = sheetNames(doc);
        const CommandResult r = compare(doc, noSoa);
        EXPECT_FALSE(r.success);
        EXPECT_NE(r.message.find("in the earlier workbook no-soa.ods"), std::string::npos)
            << r.message;
        EXPECT_EQ(sheetNames(doc), names);
        EXPECT_FALSE(isModified(doc));

        // No URL without a dialog, and a file that is not there: errors, nothing written.
        const CommandResult none = runCommand(office(), doc, "CompareSoA");
        EXPECT_FALSE(none.success);
        EXPECT_NE(none.message.find("URL="), std::string::npos) << none.message;
        const CommandResult missing = compare(doc, (m_dir / "nothing-here.ods").string());
        EXPECT_FALSE(missing.success);
        EXPECT_NE(missing.message.find("could not be opened"), std::string::npos)
            << missing.message;
        EXPECT_EQ(sheetNames(doc), names);
        EXPECT_FALSE(isModified(doc));
        Office::close(doc);
    }
    EXPECT_EQ(openDocuments(), documents) << "every earlier workbook was closed again";
}

TEST_F(CompareSoa, AJapaneseWorkbookGetsTheSheetInJapanese)
{
    const std::string old = saved("soa-2013", "ods");
    auto doc = office().load(fixture("soa-v1"));
    setDocumentPropertyText(doc, "ISMS.Language", "ja");
    ASSERT_TRUE(compare(doc, old).success);
    const auto names = sheetNames(doc);
    ASSERT_NE(std::find(names.begin(), names.end(), "変更点"), names.end());
    const auto rows = usedAreaText(doc, "変更点");
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows[0][0], "適用宣言書の変更点");
    EXPECT_EQ(coverValue(rows, "比較した管理策"), "89");
    EXPECT_EQ(coverValue(rows, "注記"),
              "ISO/IEC 27001:2013 から 2022 への対応表を使って比較しました。");
    const auto heading = std::find_if(
        rows.begin(), rows.end(), [](const auto& r) { return !r.empty() && r[0] == "変更の種類"; });
    ASSERT_NE(heading, rows.end());
    EXPECT_EQ(*heading, (std::vector<std::string>{"変更の種類", "管理策", "以前の管理策", "項目",
                                                  "変更前", "変更後"}));
    EXPECT_TRUE(std::any_of(heading + 1, rows.end(),
                            [](const auto& r) {
                                return r.size() > 3 && r[0] == "追加" && r[1] == "5.7" &&
                                       r[3] == "適用可否";
                            }));
    // A second comparison replaces the sheet, whatever its length was.
    ASSERT_TRUE(compare(doc, saved("soa-v2", "ods")).success);
    EXPECT_EQ(sheetNames(doc), names);
    const auto again = usedAreaText(doc, "変更点");
    EXPECT_EQ(coverValue(again, "比較した管理策"), "99");
    EXPECT_LT(again.size(), rows.size()) << "nothing of the longer comparison is left below";
    EXPECT_GT(sheetPicture(doc, sheetNamed(doc, "変更点"), "changes-page-1-ja"), 0u);
    Office::close(doc);
}

TEST_F(CompareSoa, ComparingWithItsOwnFileNeverClosesTheDocument)
{
    auto doc = office().load(fixture("soa-v2"));
    const int documents = openDocuments();
    const std::string own =
        rtl::OUStringToOString(
            css::uno::Reference<css::frame::XModel>(doc, css::uno::UNO_QUERY_THROW)->getURL(),
            RTL_TEXTENCODING_UTF8)
            .getStr();
    ASSERT_FALSE(own.empty());
    const CommandResult r = compare(doc, own);
    ASSERT_TRUE(r.dispatched);
    // Either a second, read-only copy was compared (nothing changed) or the office handed back
    // this very document, which the command refuses; in both cases it stays open.
    if (r.success)
        EXPECT_NE(r.message.find("0 changed, 0 added, 0 removed"), std::string::npos) << r.message;
    else
        EXPECT_NE(r.message.find("this document itself"), std::string::npos) << r.message;
    EXPECT_EQ(openDocuments(), documents);
    EXPECT_FALSE(sheetNames(doc).empty()) << "the document is still usable";
    Office::close(doc);
}

TEST_F(CompareSoa, ReportOnlyReturnsTheComparisonAsJsonAndWritesNothing)
{
    const std::string old = saved("soa-v1", "ods");
    auto doc = office().load(fixture("soa-v2"));
    const auto names = sheetNames(doc);
    const CommandResult r = runCommandWith(
        office(), doc, "CompareSoA", {{"URL", text(old)}, {"ReportOnly", css::uno::Any(true)}});
    ASSERT_TRUE(r.success) << r.message;
    const auto j = nlohmann::json::parse(r.message);
    EXPECT_EQ(j.at("counts").at("compared"), 99);
    EXPECT_EQ(j.at("counts").at("changed"), 4);
    EXPECT_EQ(j.at("counts").at("removed"), 1);
    EXPECT_EQ(j.at("earlier").at("file"), "soa-v1.ods");
    EXPECT_EQ(sheetNames(doc), names);
    EXPECT_FALSE(isModified(doc));
    Office::close(doc);
}

} // namespace
