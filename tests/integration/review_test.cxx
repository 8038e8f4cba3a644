// The Review command in a real Calc: the Findings sheet, one undo step, nothing else touched,
// the same findings from .ods and .xlsx, and the report-only mode isms-review uses.

#include "office_suite.hxx"
#include "sheet_checks.hxx"
#include "sheet_picture.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

using namespace isms::office;

namespace
{

std::string fixture(const std::string& name)
{
    return sourcePath("sheets/fixtures/review/" + name + ".fods");
}

/// Every sheet's content, to prove the command changed nothing but its own sheet.
std::map<std::string, std::vector<std::vector<std::string>>>
snapshot(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    std::map<std::string, std::vector<std::vector<std::string>>> out;
    for (const auto& name : sheetNames(doc))
        out[name] = usedAreaText(doc, name);
    return out;
}

/// The rule ids in a Findings sheet (column C below the heading).
std::multiset<std::string> rulesOnSheet(const std::vector<std::vector<std::string>>& rows)
{
    std::multiset<std::string> rules;
    for (std::size_t r = 1; r < rows.size(); ++r)
        if (rows[r].size() > 2 && !rows[r][2].empty())
            rules.insert(rows[r][2]);
    return rules;
}

std::multiset<std::string> rulesInReport(const std::string& json)
{
    std::multiset<std::string> rules;
    const auto report = nlohmann::json::parse(json);
    for (const auto& f : report.at("findings"))
        rules.insert(f.at("rule").get<std::string>());
    return rules;
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

class Review : public OfficeSuite<EnglishOfficeWithExtension>
{
};

TEST_F(Review, WritesFindingsAsOneUndoStepAndTouchesNothingElse)
{
    // In a window (headless, nobody sees it): LibreOffice 7.4 cannot undo a sheet insertion in
    // a document loaded hidden, whoever inserted it; people always have a window.
    auto doc = office().load(fixture("missing-controls-en"), false, true);
    const auto before = snapshot(doc);
    const int undoBefore = undoCount(doc);

    const auto result = runCommand(office(), doc, "Review");
    ASSERT_TRUE(result.dispatched);
    EXPECT_TRUE(result.success) << result.message;
    EXPECT_NE(result.message.find("written to sheet 'Findings'"), std::string::npos)
        << result.message;
    EXPECT_EQ(undoCount(doc), undoBefore + 1);

    const auto after = snapshot(doc);
    ASSERT_EQ(after.size(), before.size() + 1);
    for (const auto& [name, cells] : before)
        EXPECT_EQ(after.at(name), cells) << "sheet " << name << " changed";
    const auto& findings = after.at("Findings");
    ASSERT_GE(findings.size(), 2u);
    EXPECT_EQ(findings[0][2], "Rule");
    const auto rules = rulesOnSheet(findings);
    EXPECT_EQ(rules.count("SOA-MISSING-CONTROL"), 2u) << "5.23 and CLD.9.5.1 have no row";
    // The location is a link people can click: "SoA" or "SoA!A12" style text.
    const bool linked = std::any_of(findings.begin() + 1, findings.end(),
                                    [](const auto& row) { return row[3].rfind("SoA", 0) == 0; });
    EXPECT_TRUE(linked);
    // The Findings sheet as printed, for the user guides (before the undo below).
    EXPECT_GT(sheetPicture(doc, sheetNamed(doc, "Findings"), "findings-page-1-en"), 0u);

    EXPECT_EQ(undoTitle(doc), "Review workbook");
    undo(doc);
    EXPECT_EQ(snapshot(doc), before) << "one undo takes the whole review back";
    Office::close(doc);
}

TEST_F(Review, ARepeatedReviewReplacesItsRowsAndAddsNoSheet)
{
    auto doc = office().load(fixture("unjustified-ja"));
    ASSERT_TRUE(runCommand(office(), doc, "Review").success);
    const auto names = sheetNames(doc);
    ASSERT_TRUE(runCommand(office(), doc, "Review").success);
    EXPECT_EQ(sheetNames(doc), names);
    // ISMS.Language=ja: the sheet and its headings are Japanese.
    ASSERT_NE(std::find(names.begin(), names.end(), "指摘事項"), names.end());
    const auto rows = usedAreaText(doc, "指摘事項");
    EXPECT_EQ(rows[0][1], "重大度");
    const auto rules = rulesOnSheet(rows);
    EXPECT_EQ(rules.count("SOA-EXCLUSION-UNJUSTIFIED"), 1u);
    EXPECT_EQ(rules.count("SOA-IMPLEMENTED-NO-EVIDENCE"), 1u);
    EXPECT_GT(sheetPicture(doc, sheetNamed(doc, "指摘事項"), "findings-page-1-ja"), 0u);
    Office::close(doc);
}

namespace
{

/// The Findings row (0-based) holding this rule at this location, or -1.
int findingRow(const std::vector<std::vector<std::string>>& rows, const std::string& rule,
               const std::string& location)
{
    for (std::size_t r = 1; r < rows.size(); ++r)
        if (rows[r].size() > 3 && rows[r][2] == rule && rows[r][3] == location)
            return int(r);
    return -1;
}

void putText(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
             sal_Int32 row, const char* text)
{
    css::uno::Reference<css::text::XText>(sheet->getCellByPosition(col, row),
                                          css::uno::UNO_QUERY_THROW)
        ->setString(rtl::OUString::fromUtf8(text));
}

} // namespace

TEST_F(Review, WhatPeopleWroteBesideAFindingStaysWithItWhenReviewedAgain)
{
    // People work through the findings on the sheet: a response in a column of their own, a
    // comment. Reviewing again used to rewrite the rows in a new order, so each response sat
    // beside another finding.
    try
    {
        auto doc = office().load(fixture("missing-controls-en"), false, true);
        setFormula(doc, "Risk Register", "F2", "17"); // 4 × 4 is not 17
        setFormula(doc, "Risk Register", "F5", "14"); // 5 × 3 is not 14
        ASSERT_TRUE(runCommand(office(), doc, "Review").success);
        auto rows = usedAreaText(doc, "Findings");
        const int cloud = findingRow(rows, "SOA-MISSING-CONTROL", "SoA");
        const int r01 = findingRow(rows, "REG-VALUE-INCONSISTENT", "Risk Register!F2");
        const int r04 = findingRow(rows, "REG-VALUE-INCONSISTENT", "Risk Register!F5");
        ASSERT_GT(cloud, 0);
        ASSERT_GT(r01, 0);
        ASSERT_GT(r04, 0);
        const auto findings = sheetNamed(doc, "Findings");
        putText(findings, 6, 0, "Response");
        const int cld = rows[std::size_t(cloud)][4].find("CLD.9.5.1") != std::string::npos
                            ? cloud
                            : cloud + 1; // the two SoA findings are next to each other
        ASSERT_NE(rows[std::size_t(cld)][4].find("CLD.9.5.1"), std::string::npos);
        putText(findings, 6, cld, "Ask the provider for its isolation report");
        putText(findings, 6, r01, "Score corrected by the risk owner");
        addComment(doc, findings->getCellByPosition(4, r04), "Discussed with the auditor");
        const std::string cldMessage = rows[std::size_t(cld)][4];

        // R-01 is put right; a new major finding (5.1's row deleted) and a new minor one.
        setFormula(doc, "Risk Register", "F2", "16");
        setFormula(doc, "Risk Register", "F3", "13");
        const auto soa = sheetNamed(doc, "SoA");
        const auto soaRows = usedAreaText(doc, "SoA");
        int row51 = -1;
        for (std::size_t r = 0; r < soaRows.size(); ++r)
            if (!soaRows[r].empty() && soaRows[r][0] == "5.1")
                row51 = int(r);
        ASSERT_GT(row51, 0);
        css::uno::Reference<css::table::XColumnRowRange>(soa, css::uno::UNO_QUERY_THROW)
            ->getRows()
            ->removeByIndex(row51, 1);
        const auto before = usedAreaText(doc, "Findings");
        const int undoBefore = undoCount(doc);

        const auto again = runCommand(office(), doc, "Review");
        ASSERT_TRUE(again.success) << again.message;
        EXPECT_NE(again.message.find("1 earlier finding was not found again"), std::string::npos)
            << again.message;
        EXPECT_EQ(undoCount(doc), undoBefore + 1);
        rows = usedAreaText(doc, "Findings");
        EXPECT_EQ(rows[0][6], "Response") << "a heading people added stays";
        // Each response and comment is still beside the finding it was written for.
        ASSERT_GT(int(rows.size()), cld);
        EXPECT_EQ(rows[std::size_t(cld)][4], cldMessage);
        EXPECT_EQ(rows[std::size_t(cld)][6], "Ask the provider for its isolation report");
        EXPECT_EQ(findingRow(rows, "REG-VALUE-INCONSISTENT", "Risk Register!F5"), r04);
        EXPECT_EQ(commentOf(findings->getCellByPosition(4, r04)), "Discussed with the auditor");
        // R-01's finding is gone, but its row stays with the response, marked.
        EXPECT_EQ(findingRow(rows, "REG-VALUE-INCONSISTENT", "Risk Register!F2"), r01);
        EXPECT_EQ(rows[std::size_t(r01)][1], "Not found again");
        EXPECT_EQ(rows[std::size_t(r01)][0], "");
        EXPECT_EQ(rows[std::size_t(r01)][6], "Score corrected by the risk owner");
        // Every finding of this review is on the sheet once, numbered 1, 2, … down the sheet.
        const auto report = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
        std::multiset<std::string> numbered;
        int next = 1;
        for (std::size_t r = 1; r < rows.size(); ++r)
            if (!rows[r][0].empty())
            {
                EXPECT_EQ(rows[r][0], std::to_string(next++));
                numbered.insert(rows[r][2]);
            }
        EXPECT_EQ(numbered, rulesInReport(report.message));
        EXPECT_EQ(numbered.count("SOA-MISSING-CONTROL"), 3u) << "5.1 is new";
        EXPECT_EQ(findingRow(rows, "REG-VALUE-INCONSISTENT", "Risk Register!F3") > 0, true);

        undo(doc);
        EXPECT_EQ(usedAreaText(doc, "Findings"), before) << "one undo takes the review back";
        css::uno::Reference<css::document::XUndoManagerSupplier>(doc, css::uno::UNO_QUERY_THROW)
            ->getUndoManager()
            ->redo();
        EXPECT_EQ(usedAreaText(doc, "Findings"), rows) << "and redo brings it again";
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(Review, TheCleanSubmissionHasNoMajorFinding)
{
    for (const char* name : {"clean-en", "clean-ja"})
    {
        auto doc = office().load(fixture(name));
        const auto result = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
        ASSERT_TRUE(result.success) << result.message;
        const auto report = nlohmann::json::parse(result.message);
        for (const auto& f : report.at("findings"))
            EXPECT_NE(f.at("severity"), "major") << name << ": " << f.dump();
        EXPECT_NE(report.at("soa").get<std::string>(), "") << name;
        EXPECT_NE(report.at("register").get<std::string>(), "") << name;
        Office::close(doc);
    }
}

TEST_F(Review, AnSoaWithItsCloudControlsOnASheetOfTheirOwnIsReviewedWhole)
{
    // 「適用宣言書」 holds Annex A; 「適用宣言書(ISO27017)」 the 27017 controls, numbered on
    // 27002:2013 with a running No. column. Read as one SoA, nothing is missing.
    const std::string part = "適用宣言書(ISO27017)";
    auto doc = office().load(fixture("cloud-part-ja"));
    const auto report = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
    ASSERT_TRUE(report.success) << report.message;
    const auto json = nlohmann::json::parse(report.message);
    EXPECT_EQ(json.at("findings").size(), 0u) << json.dump();
    EXPECT_EQ(json.at("soa"), "適用宣言書");
    EXPECT_EQ(json.at("soaCloudPart"), part);

    // A CLD row left undecided is pointed at on the cloud sheet, in its own decision column.
    const auto rows = usedAreaText(doc, part);
    int cld951 = -1;
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (rows[r].size() > 3 && rows[r][1] == "CLD.9.5.1")
            cld951 = int(r);
    ASSERT_GT(cld951, 0);
    ASSERT_EQ(rows[std::size_t(cld951)][3], "適用");
    const std::string decision = "D" + std::to_string(cld951 + 1);
    setFormula(doc, part, decision, "");
    const auto result = runCommand(office(), doc, "Review");
    ASSERT_TRUE(result.success) << result.message;
    EXPECT_NE(result.message.find("SoA: sheet '適用宣言書', its ISO/IEC 27017 controls on sheet '" +
                                  part + "'"),
              std::string::npos)
        << result.message;
    const auto findings = usedAreaText(doc, "指摘事項");
    EXPECT_GT(findingRow(findings, "SOA-APPLICABILITY-MISSING", part + "!" + decision), 0)
        << usedAreaText(doc, "指摘事項").size();
    EXPECT_EQ(rulesOnSheet(findings).count("SOA-CLOUD-ROWS-MISSING"), 0u);
    Office::close(doc);
}

TEST_F(Review, TheCurrentSoaIsReviewedNotTheSupersededOneKeptBesideIt)
{
    // "SoA (2013, superseded)" comes first and has more rows (114) than the 2022 SoA (100); it
    // used to be reviewed instead, with three false major findings.
    auto doc = office().load(fixture("superseded-2013-en"));
    const auto report = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
    ASSERT_TRUE(report.success) << report.message;
    const auto json = nlohmann::json::parse(report.message);
    EXPECT_EQ(json.at("soa"), "SoA");
    const nlohmann::json notReviewed = {{{"sheet", "SoA (2013, superseded)"}, {"edition", "2013"}}};
    EXPECT_EQ(json.at("soaNotReviewed"), notReviewed) << json.at("soaNotReviewed").dump();
    for (const auto& f : json.at("findings"))
        EXPECT_NE(f.at("severity"), "major") << f.dump();
    const auto result = runCommand(office(), doc, "Review");
    ASSERT_TRUE(result.success) << result.message;
    EXPECT_NE(result.message.find("Also laid out like an SoA, not reviewed: sheet 'SoA (2013, "
                                  "superseded)' (ISO/IEC 27001:2013 numbering)."),
              std::string::npos)
        << result.message;
    Office::close(doc);
}

TEST_F(Review, LastYearsRegisterKeptBesideThisYearsIsNotUsed)
{
    // 「リスク台帳(2025年度)」 comes first, detected as confidently as 「リスク台帳(2026年度)」;
    // last year one risk had no treatment yet (a major finding, were it reviewed).
    auto doc = office().load(fixture("two-years-ja"));
    const auto detect = runCommand(office(), doc, "DetectRegister");
    ASSERT_TRUE(detect.success) << detect.message;
    EXPECT_NE(detect.message.find(
                  "Also laid out like a risk register, not used: sheet 'リスク台帳(2025年度)'."),
              std::string::npos)
        << detect.message;
    const auto map = nlohmann::json::parse(documentPropertyText(doc, "ISMS.RegisterMap"));
    EXPECT_EQ(map.at("sheet"), "リスク台帳(2026年度)");
    const auto report = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
    ASSERT_TRUE(report.success) << report.message;
    const auto json = nlohmann::json::parse(report.message);
    EXPECT_EQ(json.at("register"), "リスク台帳(2026年度)");
    EXPECT_EQ(json.at("findings").size(), 0u) << json.dump();

    // A map stored when last year's register was the only one is used as it is, but the
    // later-dated sheet is pointed out.
    std::string stored = documentPropertyText(doc, "ISMS.RegisterMap");
    const std::string current = "リスク台帳(2026年度)", last = "リスク台帳(2025年度)";
    stored.replace(stored.find(current), current.size(), last);
    setDocumentPropertyText(doc, "ISMS.RegisterMap", stored);
    const auto again =
        nlohmann::json::parse(runCommand(office(), doc, "Review", {{"ReportOnly", true}}).message);
    EXPECT_EQ(again.at("register"), last);
    EXPECT_EQ(again.at("registerDatedLater"), nlohmann::json::array({current}));
    EXPECT_EQ(again.at("soaNotReviewed"), nlohmann::json::array()) << "a register is no SoA";
    const auto result = runCommand(office(), doc, "Review");
    ASSERT_TRUE(result.success) << result.message;
    EXPECT_NE(result.message.find("ISMS.RegisterMap names sheet '" + last + "', but sheet '" +
                                  current + "' is laid out like a risk register too"),
              std::string::npos)
        << result.message;
    Office::close(doc);
}

TEST_F(Review, ReportOnlyWritesNothing)
{
    auto doc = office().load(fixture("cert-outlives-en"));
    const auto names = sheetNames(doc);
    const auto result = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
    ASSERT_TRUE(result.success);
    EXPECT_EQ(rulesInReport(result.message).count("CERT-27017-OUTLIVES-27001"), 1u)
        << result.message;
    EXPECT_EQ(sheetNames(doc), names);
    EXPECT_FALSE(isModified(doc));
    Office::close(doc);
}

TEST_F(Review, TheSameFindingsFromXlsx)
{
    const auto dir =
        std::filesystem::temp_directory_path() / ("isms-review-xlsx-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    for (const char* name : {"cited-excluded-en", "no-role-ja", "soa-2013-en"})
    {
        auto ods = office().load(fixture(name));
        const auto fromOds = runCommand(office(), ods, "Review", {{"ReportOnly", true}});
        const std::string xlsx = (dir / (std::string(name) + ".xlsx")).string();
        Office::storeTo(ods, xlsx, "Calc MS Excel 2007 XML");
        Office::close(ods);
        auto doc = office().load(xlsx);
        const auto fromXlsx = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
        ASSERT_TRUE(fromOds.success && fromXlsx.success) << name;
        EXPECT_EQ(rulesInReport(fromXlsx.message), rulesInReport(fromOds.message)) << name;
        EXPECT_FALSE(rulesInReport(fromOds.message).empty()) << name;
        Office::close(doc);
    }
    std::filesystem::remove_all(dir);
}

/// Adds a user-defined property holding a number, as File ▸ Properties does for the type
/// Number (replacing one of that name).
void setNumberProperty(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                       const char* name, double value)
{
    const auto user = css::uno::Reference<css::document::XDocumentPropertiesSupplier>(
                          doc, css::uno::UNO_QUERY_THROW)
                          ->getDocumentProperties()
                          ->getUserDefinedProperties();
    const css::uno::Reference<css::beans::XPropertyContainer> container(user,
                                                                        css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<css::beans::XPropertySet> set(user, css::uno::UNO_QUERY_THROW);
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    if (set->getPropertySetInfo()->hasPropertyByName(key))
        container->removeProperty(key);
    container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, css::uno::Any(value));
}

/// The English message of the one finding of a rule in a report ("" when there is none).
std::string messageOf(const std::string& json, const std::string& rule)
{
    std::string message;
    const auto report = nlohmann::json::parse(json); // kept alive for the loop
    for (const auto& f : report.at("findings"))
        if (f.at("rule").get<std::string>() == rule)
            message += f.at("message").at("en").get<std::string>() + "\n" +
                       f.at("message").at("ja").get<std::string>();
    return message;
}

TEST_F(Review, PropertiesOfTheWrongTypeAreNamedNotIgnored)
{
    // Issue 14: a Number property where text belongs was taken for "not set".
    auto doc = office().load(fixture("clean-en"));
    setNumberProperty(doc, "ISMS.RiskMethod", 5);
    setNumberProperty(doc, "ISMS.Role", 2);
    setNumberProperty(doc, "ISMS.RegisterMap", 3);
    const auto result = runCommand(office(), doc, "Review", {{"ReportOnly", true}});
    ASSERT_TRUE(result.success) << result.message;
    const auto rules = rulesInReport(result.message);
    EXPECT_EQ(rules.count("REG-METHOD-ASSUMED"), 0u) << result.message;
    EXPECT_EQ(rules.count("SOA-NO-ROLE"), 0u) << result.message;
    const std::string method = messageOf(result.message, "REG-METHOD-INVALID");
    EXPECT_NE(method.find("ISMS.RiskMethod holds a number (5), not text"), std::string::npos)
        << result.message;
    EXPECT_NE(method.find("ISMS.RiskMethod にはテキストではなく数値(5)"), std::string::npos)
        << method;
    const std::string role = messageOf(result.message, "SOA-ROLE-INVALID");
    EXPECT_NE(role.find("ISMS.Role holds a number (2), not text"), std::string::npos)
        << result.message;
    const std::string map = messageOf(result.message, "REG-MAP-INVALID");
    EXPECT_NE(map.find("ISMS.RegisterMap holds a number (3), not text"), std::string::npos)
        << result.message;
    EXPECT_NE(nlohmann::json::parse(result.message).at("register").get<std::string>(), "")
        << "the register is still found by its headings";

    // Storing a detected mapping replaces the number by a text property.
    const auto detect = runCommand(office(), doc, "DetectRegister", {{"Redetect", true}});
    ASSERT_TRUE(detect.success) << detect.message;
    EXPECT_EQ(documentPropertyText(doc, "ISMS.RegisterMap").substr(0, 1), "{");
    Office::close(doc);
}

} // namespace

namespace
{

class ReviewInJapanese : public OfficeSuite<JapaneseOfficeWithExtension>
{
};

TEST_F(ReviewInJapanese, ReportsInTheUserInterfaceLanguage)
{
    // An English workbook (no ISMS.Language) in a Japanese Calc: the sheet and the message are
    // Japanese, the rule ids stay as they are.
    auto doc = office().load(fixture("untreated-en"));
    const auto result = runCommand(office(), doc, "Review");
    ASSERT_TRUE(result.success) << result.message;
    EXPECT_NE(result.message.find("シート「指摘事項」に書き込みました"), std::string::npos)
        << result.message;
    const auto rows = usedAreaText(doc, "指摘事項");
    ASSERT_GE(rows.size(), 2u);
    EXPECT_EQ(rows[0][4], "指摘内容");
    EXPECT_EQ(rulesOnSheet(rows).count("REG-UNTREATED-ABOVE-CRITERION"), 1u);
    EXPECT_EQ(rows[1][1], "重大な不適合");
    Office::close(doc);
}

} // namespace
