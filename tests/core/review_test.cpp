// The review rules (review.hpp) and SoA recognition (soa_table.hpp): every rule fires on a
// minimal bad case with its id, severity and location, and a clean workbook gives no finding.

#include "catalog_support.hpp"
#include "register_support.hpp"

#include "isms/utf.hpp"
#include "isms/certification.hpp"
#include "isms/review.hpp"
#include "isms/soa_table.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <memory>

namespace isms::test
{
namespace
{

// ------------------------------------------------------------------ building workbooks

std::u16string u16(std::string_view s)
{
    return isms::toUtf16(s);
}

/// Every control the SoA must list: 93 Annex A, then the 7 CLD controls.
std::vector<std::string> soaIds()
{
    std::vector<std::string> out = ids(cat().controls(Edition::Iso27001_2022));
    for (const Control* c : cat().controls(Edition::Iso27017_2015))
        if (c->edition == Edition::Iso27017_2015)
            out.push_back(c->canonical);
    return out;
}

/// The controls a clean SoA excludes (with a justification).
bool excludedInClean(const std::string& id)
{
    return id == "7.4" || id == "8.28";
}

/// An SoA laid out like isms-calc's own sheet: title, 13 cover rows, a blank row, the header
/// on sheet row 16 (0-based 15), then one row per control. Columns A–F: control, title,
/// applicability, justification for exclusion, implementation status, evidence.
struct SoaSheet
{
    bool ja = false;
    std::vector<std::string> ids = soaIds();
    std::function<void(const std::string&, RowSpec&)> edit; // per row, after the defaults
    std::vector<RowSpec> extraRows;
    std::optional<double> applicableOnCover; // override the computed count
    bool evidenceColumn = true;              // false: columns A–E only, as many people's SoAs
    std::u16string coverRole = u"provider";  // the cover's Role value

    static constexpr int kHeader = 15;

    Grid grid() const
    {
        std::vector<RowSpec> rows;
        std::vector<RowSpec> table;
        int applicable = 0, excluded = 0, undecided = 0;
        for (const std::string& id : ids)
        {
            const bool ex = excludedInClean(id);
            RowSpec r = {
                u16(id),
                u"title",
                ex ? (ja ? u"適用除外" : u"Not applicable") : (ja ? u"適用" : u"Applicable"),
                ex ? (ja ? u"該当する業務がない" : u"No such activity in scope") : CellSpec(),
                ex ? CellSpec() : (ja ? u"実施済み" : u"Implemented"),
                ex ? CellSpec() : u16("DOC-" + id)};
            if (edit)
                edit(id, r);
            r.resize(6);
            const std::u16string& a = r[2].text;
            if (a == u"Applicable" || a == u"適用")
                ++applicable;
            else if (a == u"Not applicable" || a == u"適用除外" || a == u"非適用")
                ++excluded;
            else
                ++undecided;
            table.push_back(r);
        }
        for (const RowSpec& r : extraRows)
            table.push_back(r);
        rows.push_back({ja ? u"適用宣言書" : u"Statement of Applicability"});
        auto cover = [&](const char16_t* en, const char16_t* jaLabel, CellSpec v) {
            rows.push_back({ja ? jaLabel : en, v});
        };
        cover(u"Organisation", u"組織名", u"Acme");
        cover(u"ISMS scope", u"ISMS の適用範囲", u"Acme SaaS");
        cover(u"Cloud services in scope", u"対象のクラウドサービス", u"Acme Cloud");
        cover(u"Role", u"立場", CellSpec(coverRole));
        cover(u"Cloud service models", u"サービス形態", u"SaaS");
        cover(u"Standards", u"規格", u"ISO/IEC 27001:2022 Annex A, ISO/IEC 27017:2015");
        cover(u"Version", u"版数", u"1.0");
        cover(u"Date", u"日付", u"2026-04-01");
        cover(u"Approved by", u"承認者", u"CISO");
        cover(u"Controls applicable", u"適用する管理策",
              applicableOnCover.value_or(double(applicable)));
        cover(u"Controls excluded", u"適用除外の管理策", double(excluded));
        cover(u"Controls not yet decided", u"未決定の管理策", double(undecided));
        cover(u"Rows flagged for review", u"確認が必要な行", 0);
        rows.push_back({});
        std::vector<CellSpec> head;
        for (SoaColumn c :
             {SoaColumn::Control, SoaColumn::Title, SoaColumn::Applicability,
              SoaColumn::ExclusionJustification, SoaColumn::Status, SoaColumn::Evidence})
            head.push_back(u16(soaColumnLabel(c).in(ja ? Lang::Ja : Lang::En)));
        const std::size_t width = evidenceColumn ? 6 : 5;
        head.resize(width);
        rows.push_back(head);
        for (RowSpec& r : table)
        {
            r.resize(width);
            rows.push_back(r);
        }
        return makeGrid(rows, int(width));
    }
};

/// The sheet row (0-based) of a control in a SoaSheet without extra or removed rows.
int soaRowOf(const std::string& id)
{
    const auto all = soaIds();
    return SoaSheet::kHeader + 1 + int(std::find(all.begin(), all.end(), id) - all.begin());
}

struct RiskSpec
{
    CellSpec id, likelihood, impact, value, level, treatment, controls, rl, ri, rv;
};

/// A register: header on row 0, columns A–J: Risk ID, Likelihood, Impact, Risk value, Risk
/// level, Risk treatment, Controls, Residual likelihood, Residual impact, Residual risk.
Grid registerGrid(const std::vector<RiskSpec>& risks, bool ja = false)
{
    std::vector<RowSpec> rows;
    rows.push_back(ja ? RowSpec{u"リスクID", u"発生可能性", u"影響度", u"リスク値", u"リスクレベル",
                                u"リスク対応", u"管理策", u"残留リスクの起こりやすさ",
                                u"残留リスクの影響度", u"残留リスク"}
                      : RowSpec{u"Risk ID", u"Likelihood", u"Impact", u"Risk value", u"Risk level",
                                u"Risk treatment", u"Controls", u"Residual likelihood",
                                u"Residual impact", u"Residual risk"});
    for (const RiskSpec& r : risks)
        rows.push_back({r.id, r.likelihood, r.impact, r.value, r.level, r.treatment, r.controls,
                        r.rl, r.ri, r.rv});
    return makeGrid(rows, 10);
}

std::vector<RiskSpec> cleanRisks(bool ja = false)
{
    return {
        {u"R-1", 4, 4, 16, ja ? u"高" : u"High", ja ? u"低減" : u"Reduce", u"5.15, 8.2", 2, 2, 4},
        {u"R-2", 1, 2, 2, ja ? u"低" : u"Low", ja ? u"受容" : u"Accept", {}, 1, 2, 2},
        {u"R-3", 3, 3, 9, ja ? u"中" : u"Medium", ja ? u"低減" : u"Reduce", u"CLD.9.5.1、A.9.4.1",
         1, 3, 3},
    };
}

double serial(int y, int m, int d)
{
    return double(serialFromCivil({y, m, d}));
}

/// A whole workbook: settings, register, SoA, certificates; every part clean by default.
struct Workbook
{
    bool ja = false;
    SoaSheet soa;
    std::vector<RiskSpec> risks = cleanRisks();
    WorkbookSettingsText settings{u"provider", u"SaaS", u"Acme Cloud", u"en", u"5x5"};
    Certification cert{serial(2024, 4, 1),
                       serial(2027, 3, 31),
                       serial(2024, 6, 1),
                       serial(2027, 3, 31),
                       "Acme SaaS operations",
                       "Acme Cloud (SaaS)",
                       {}};
    bool withSoa = true, withRegister = true;
    Text registerMapProblem;
    std::vector<MistypedProperty> mistyped;

    // kept alive for the Register / SoaTable that point into them
    Grid soaGrid, regGrid;
    std::unique_ptr<SoaTable> table;
    std::unique_ptr<Register> reg;

    std::vector<Finding> run()
    {
        ReviewInput in;
        in.settings = parseWorkbookSettings(settings, mistyped);
        in.registerMapProblem = registerMapProblem;
        in.cert = cert;
        if (withSoa)
        {
            soaGrid = soa.grid();
            auto t = detectSoaTable(soaGrid, ja ? "適用宣言書" : "SoA");
            EXPECT_TRUE(t.ok());
            if (t.ok())
            {
                table = std::make_unique<SoaTable>(std::move(t).value());
                in.soa = table.get();
            }
        }
        if (withRegister)
        {
            regGrid = registerGrid(risks, ja);
            auto map = detectRegister(regGrid);
            EXPECT_TRUE(map.ok());
            if (map.ok())
            {
                reg = std::make_unique<Register>(readRegister(regGrid, *map));
                in.reg = reg.get();
                in.registerSheet = "Risks";
            }
        }
        return review(cat(), in);
    }
};

std::string describe(const std::vector<Finding>& fs)
{
    std::string s;
    for (const Finding& f : fs)
        s += f.rule + " [" + std::string(severityName(f.severity)) + "] " + f.where.sheet + "!" +
             cellRef(f.where) + ": " + f.message.en + "\n";
    return s;
}

std::vector<Finding> withRule(const std::vector<Finding>& fs, std::string_view rule)
{
    std::vector<Finding> out;
    for (const Finding& f : fs)
        if (f.rule == rule)
            out.push_back(f);
    return out;
}

/// Exactly one finding of the rule, with this severity and location.
void expectOne(const std::vector<Finding>& fs, std::string_view rule, Severity sev,
               const std::string& sheet, int row, int col)
{
    const auto hits = withRule(fs, rule);
    ASSERT_EQ(hits.size(), 1u) << rule << "\n" << describe(fs);
    EXPECT_EQ(hits[0].severity, sev) << rule;
    EXPECT_EQ(hits[0].where.sheet, sheet) << rule;
    EXPECT_EQ(hits[0].where.row, row) << rule;
    EXPECT_EQ(hits[0].where.col, col) << rule;
    EXPECT_FALSE(hits[0].message.en.empty());
    EXPECT_FALSE(hits[0].message.ja.empty());
    EXPECT_FALSE(hits[0].fix.en.empty());
    EXPECT_FALSE(hits[0].fix.ja.empty());
}

// Columns of the test sheets.
constexpr int kSoaControl = 0, kSoaApplicability = 2, kSoaJustification = 3, kSoaEvidence = 5;
constexpr int kRegValue = 3, kRegLevel = 4, kRegTreatment = 5, kRegControls = 6, kRegResidual = 9;

// ------------------------------------------------------------------ clean workbooks

TEST(ReviewClean, EnglishWorkbookHasNoFinding)
{
    Workbook wb;
    const auto fs = wb.run();
    EXPECT_TRUE(fs.empty()) << describe(fs);
    ASSERT_TRUE(wb.table);
    EXPECT_EQ(wb.table->rows.size(), 100u);
}

TEST(ReviewClean, JapaneseWorkbookHasNoFinding)
{
    Workbook wb;
    wb.ja = true;
    wb.soa.ja = true;
    wb.risks = cleanRisks(true);
    wb.settings = {u"プロバイダ", u"SaaS", u"Acme Cloud", u"ja", u"5x5"};
    const auto fs = wb.run();
    EXPECT_TRUE(fs.empty()) << describe(fs);
}

// ------------------------------------------------------------------ SoA rules

TEST(ReviewSoa, MissingAnnexAControl)
{
    Workbook wb;
    wb.soa.ids.erase(std::find(wb.soa.ids.begin(), wb.soa.ids.end(), "5.23"));
    const auto fs = wb.run();
    expectOne(fs, "SOA-MISSING-CONTROL", Severity::Major, "SoA", -1, -1);
    EXPECT_NE(withRule(fs, "SOA-MISSING-CONTROL")[0].message.en.find("5.23"), std::string::npos);
}

TEST(ReviewSoa, MissingCloudControl)
{
    Workbook wb;
    wb.soa.ids.erase(std::find(wb.soa.ids.begin(), wb.soa.ids.end(), "CLD.12.4.5"));
    const auto fs = wb.run();
    expectOne(fs, "SOA-MISSING-CONTROL", Severity::Major, "SoA", -1, -1);
    EXPECT_NE(withRule(fs, "SOA-MISSING-CONTROL")[0].message.ja.find("CLD.12.4.5"),
              std::string::npos);
    EXPECT_TRUE(withRule(fs, "SOA-CLOUD-ROWS-MISSING").empty());
}

TEST(ReviewSoa, CloudRowsMissingWhileCloudInScope)
{
    Workbook wb;
    wb.soa.ids = ids(cat().controls(Edition::Iso27001_2022));
    wb.risks.pop_back(); // R-3 cites CLD.9.5.1
    const auto fs = wb.run();
    expectOne(fs, "SOA-CLOUD-ROWS-MISSING", Severity::Major, "SoA", -1, -1);
    EXPECT_TRUE(withRule(fs, "SOA-MISSING-CONTROL").empty()) << describe(fs);

    // Nothing cloud stated: no cloud finding (the missing role is its own finding).
    Workbook plain;
    plain.soa.ids = wb.soa.ids;
    plain.risks.pop_back();
    plain.settings = {u"", u"", u"", u"en", u"5x5"};
    plain.cert = {serial(2024, 4, 1), serial(2027, 3, 31), {}, {}, "Acme", "", {}};
    const auto fp = plain.run();
    EXPECT_TRUE(withRule(fp, "SOA-CLOUD-ROWS-MISSING").empty()) << describe(fp);
    expectOne(fp, "SOA-NO-ROLE", Severity::Minor, "SoA", 4, 1); // the cover names the role
}

TEST(ReviewSoa, DuplicateRow)
{
    Workbook wb;
    wb.soa.extraRows.push_back({u"5.1", u"again", u"Applicable", {}, u"Implemented", u"DOC"});
    const auto fs = wb.run();
    const int row = SoaSheet::kHeader + 1 + 100;
    expectOne(fs, "SOA-DUPLICATE", Severity::Minor, "SoA", row, kSoaControl);
    EXPECT_TRUE(withRule(fs, "SOA-COVER-COUNTS").size() == 1) << describe(fs); // 101 rows now
}

TEST(ReviewSoa, Iso27018RowsAfterTheirSectionRowAreNotReadAsAnnexA)
{
    // A public-cloud PII processor's SoA: 27018's own controls after a section row naming it.
    // 27018's A.5.1 is not 27001's A.5.1 (5.1): no duplicate, no unknown control.
    for (const char16_t* heading :
         {u"ISO/IEC 27018:2019 Annex A (PII protection)", u"【ISO/IEC 27018 追加管理策】"})
    {
        SCOPED_TRACE(utf8(heading));
        Workbook wb;
        wb.soa.extraRows.push_back({heading});
        for (const char16_t* id : {u"A.1.1", u"A.2.1", u"A.5.1", u"A.10.1", u"A.11.1"})
            wb.soa.extraRows.push_back({id, u"PII", u"Applicable", {}, u"Implemented", u"DOC"});
        const auto fs = wb.run();
        EXPECT_TRUE(withRule(fs, "SOA-DUPLICATE").empty()) << describe(fs);
        EXPECT_TRUE(withRule(fs, "SOA-UNKNOWN-CONTROL").empty()) << describe(fs);
        EXPECT_TRUE(withRule(fs, "SOA-COVER-COUNTS").empty()) << describe(fs);
        ASSERT_TRUE(wb.table);
        const int first = SoaSheet::kHeader + 1 + 101; // after the 100 rows and the section row
        EXPECT_EQ(wb.table->otherStandardRows,
                  (std::vector<int>{first, first + 1, first + 2, first + 3, first + 4}));
    }
    // Without the section row, A.5.1 is 27001's: the second row for 5.1.
    Workbook plain;
    plain.soa.extraRows.push_back({u"A.5.1", u"again", u"Applicable", {}, u"Implemented", u"D"});
    expectOne(plain.run(), "SOA-DUPLICATE", Severity::Minor, "SoA", SoaSheet::kHeader + 101,
              kSoaControl);
    // A 27017 section after the 27018 block ends it.
    Workbook after;
    after.soa.ids.resize(93); // Annex A only; the CLD rows follow the 27018 block
    after.soa.extraRows.push_back({u"ISO/IEC 27018"});
    after.soa.extraRows.push_back({u"A.5.1", u"PII", u"Applicable", {}, u"Implemented", u"D"});
    after.soa.extraRows.push_back({u"ISO/IEC 27017"});
    after.soa.extraRows.push_back({u"5.1", u"again", u"Applicable", {}, u"Implemented", u"D"});
    const auto fa = after.run();
    expectOne(fa, "SOA-DUPLICATE", Severity::Minor, "SoA", SoaSheet::kHeader + 1 + 96, kSoaControl);
}

TEST(ReviewSoa, SoaNumberedBy2013)
{
    Workbook wb;
    wb.soa.ids = ids(cat().controls(Edition::Iso27001_2013));
    wb.settings.cloudServices.clear();
    wb.settings.role.clear();
    wb.cert = {};
    wb.risks = {};
    const auto fs = wb.run();
    // the transition to 2022 has ended: a 2013-numbered SoA is a major finding
    expectOne(fs, "SOA-2013-IDS", Severity::Major, "SoA", SoaSheet::kHeader, kSoaControl);
    // checked against the 114 it claims (all there), and against 2022 after migration: the 11
    // controls new in 2022 would have no row
    EXPECT_TRUE(withRule(fs, "SOA-MISSING-CONTROL").empty()) << describe(fs);
    EXPECT_TRUE(withRule(fs, "SOA-MISSING-CONTROL-2013").empty()) << describe(fs);
    expectOne(fs, "SOA-MISSING-AFTER-MIGRATION", Severity::Major, "SoA", -1, -1);
    const std::string after = withRule(fs, "SOA-MISSING-AFTER-MIGRATION")[0].message.en;
    for (const char* id :
         {"5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"})
        EXPECT_NE(after.find(std::string(" ") + id), std::string::npos) << id << ": " << after;
    EXPECT_NE(after.find("11 of its 93"), std::string::npos) << after;
    EXPECT_TRUE(withRule(fs, "SOA-MIXED-EDITIONS").empty());
}

TEST(ReviewSoa, SoaNumberedBy2013MissingSomeOfThe114)
{
    Workbook wb;
    std::vector<std::string> some;
    for (const std::string& id : ids(cat().controls(Edition::Iso27001_2013)))
        if (id != "A.9.2.3" && id != "A.12.1.1")
            some.push_back(id);
    wb.soa.ids = some;
    wb.settings.cloudServices.clear();
    wb.settings.role.clear();
    wb.cert = {};
    wb.risks = {};
    const auto fs = wb.run();
    expectOne(fs, "SOA-MISSING-CONTROL-2013", Severity::Major, "SoA", -1, -1);
    const std::string m = withRule(fs, "SOA-MISSING-CONTROL-2013")[0].message.en;
    EXPECT_NE(m.find("2 of the 114"), std::string::npos) << m;
    EXPECT_NE(m.find("A.9.2.3, A.12.1.1"), std::string::npos) << m;
    // A.9.2.3 alone became 8.2: after migration 8.2 has no row either
    EXPECT_NE(withRule(fs, "SOA-MISSING-AFTER-MIGRATION")[0].message.en.find(" 8.2,"),
              std::string::npos);
}

TEST(ReviewSoa, Stray2013IdInA2022Soa)
{
    Workbook wb;
    wb.soa.extraRows.push_back({u"A.12.1.2", u"change", u"Applicable", {}, u"Implemented", u"DOC"});
    const auto fs = wb.run();
    const int row = SoaSheet::kHeader + 1 + 100;
    expectOne(fs, "SOA-MIXED-EDITIONS", Severity::Minor, "SoA", row, kSoaControl);
    EXPECT_NE(withRule(fs, "SOA-MIXED-EDITIONS")[0].message.en.find("8.32"), std::string::npos);
    EXPECT_TRUE(withRule(fs, "SOA-2013-IDS").empty());
}

TEST(ReviewSoa, UnknownControlRow)
{
    Workbook wb;
    wb.soa.extraRows.push_back({u"5.99", u"?", u"Applicable", {}, {}, {}});
    const auto fs = wb.run();
    expectOne(fs, "SOA-UNKNOWN-CONTROL", Severity::Minor, "SoA", SoaSheet::kHeader + 101,
              kSoaControl);
}

TEST(ReviewSoa, ANoteBelowTheTableIsNoControlRow)
{
    // A footer in the control column: the numbers in its sentence name no control.
    for (const char16_t* note :
         {u"Aprobado por la Dirección el 3 de febrero de 2025 — versión 1.1",
          u"Approved by the board on 3 February 2025, version 5.1", u"改訂履歴: 第 2.3 版"})
    {
        SCOPED_TRACE(utf8(note));
        Workbook wb;
        wb.soa.extraRows.push_back({note});
        const auto fs = wb.run();
        EXPECT_TRUE(withRule(fs, "SOA-UNKNOWN-CONTROL").empty()) << describe(fs);
        EXPECT_TRUE(withRule(fs, "SOA-DUPLICATE").empty()) << describe(fs);
    }
    // An id after a short lead-in is still the row's.
    for (const char16_t* written : {u"Control 5.99", u"【5.99】", u"No. 5.99"})
    {
        SCOPED_TRACE(utf8(written));
        Workbook wb;
        wb.soa.extraRows.push_back({written, u"?", u"Applicable", {}, {}, {}});
        expectOne(wb.run(), "SOA-UNKNOWN-CONTROL", Severity::Minor, "SoA", SoaSheet::kHeader + 101,
                  kSoaControl);
    }
}

TEST(ReviewSoa, ExclusionWithoutJustification)
{
    for (const char16_t* value : {u"Not applicable", u"非適用", u"N/A", u"Excluded"})
    {
        Workbook wb;
        wb.soa.edit = [&](const std::string& id, RowSpec& r)
        {
            if (id == "7.4")
            {
                r[2] = value;
                r[3] = u"-";
            }
        };
        const auto fs = wb.run();
        SCOPED_TRACE(utf8(value));
        expectOne(fs, "SOA-EXCLUSION-UNJUSTIFIED", Severity::Minor, "SoA", soaRowOf("7.4"),
                  kSoaJustification);
    }
}

TEST(ReviewSoa, ApplicableWithoutAReasonForInclusion)
{
    // A layout with the reasons column (from the list, several per cell, or free text).
    std::vector<RowSpec> rows;
    rows.push_back({u16(soaColumnLabel(SoaColumn::Control).en), u"Title",
                    u16(soaColumnLabel(SoaColumn::Applicability).en),
                    u16(soaColumnLabel(SoaColumn::OtherReasons).en)});
    for (const std::string& id : soaIds())
    {
        RowSpec r{u16(id), u"title", u"Applicable", u"Best practice"};
        if (id == "5.7" || id == "5.10")
            r[3] = id == "5.7" ? CellSpec() : CellSpec(u"-");
        if (id == "5.8")
            r[3] = u"法令・規制要求、契約上の要求";
        if (id == "5.11")
            r[3] = u"Required by our parent company";
        if (id == "5.9")
        {
            r[2] = u"適用(クラウドサービスプロバイダから継承)";
            r[3] = CellSpec();
        }
        rows.push_back(r);
    }
    const Grid g = makeGrid(rows, 4);
    auto t = detectSoaTable(g, "SoA");
    ASSERT_TRUE(t.ok());
    ReviewInput in;
    in.settings = parseWorkbookSettings({u"provider", u"SaaS", u"Acme Cloud", u"en", u"5x5"});
    in.soa = &*t;
    const auto found = withRule(review(cat(), in), "SOA-INCLUSION-NO-REASON");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Observation);
    EXPECT_EQ(found[0].message.en,
              "2 applicable controls give no reason for their inclusion: 5.7, 5.10.");
    EXPECT_EQ(found[0].message.ja,
              "2 件の適用する管理策に、適用の理由が記載されていません: 5.7, 5.10。");

    // Without any reason column (people's own layouts) the rule says nothing.
    Workbook wb;
    EXPECT_TRUE(withRule(wb.run(), "SOA-INCLUSION-NO-REASON").empty());
}

TEST(ReviewSoa, ImplementedWithoutEvidence)
{
    for (const char16_t* status : {u"Implemented", u"実施済み", u"導入済み", u"Implemented (2025)"})
    {
        Workbook wb;
        wb.soa.edit = [&](const std::string& id, RowSpec& r)
        {
            if (id == "8.5")
            {
                r[4] = status;
                r[5] = {};
            }
        };
        const auto fs = wb.run();
        SCOPED_TRACE(utf8(status));
        expectOne(fs, "SOA-IMPLEMENTED-NO-EVIDENCE", Severity::Minor, "SoA", soaRowOf("8.5"),
                  kSoaEvidence);
    }
    // Planned work needs no evidence yet.
    Workbook wb;
    wb.soa.edit = [](const std::string& id, RowSpec& r)
    {
        if (id == "8.5")
        {
            r[4] = u"未実施";
            r[5] = {};
        }
    };
    EXPECT_TRUE(withRule(wb.run(), "SOA-IMPLEMENTED-NO-EVIDENCE").empty());
}

TEST(ReviewSoa, AnSoaWithoutAnEvidenceColumnIsOneFindingNotOnePerRow)
{
    for (const bool ja : {false, true})
    {
        Workbook wb;
        wb.soa.ja = ja;
        wb.soa.evidenceColumn = false;
        const auto fs = wb.run();
        SCOPED_TRACE(ja ? "ja" : "en");
        // the 91 applicable Annex A controls and the 7 CLD ones are "Implemented" in the clean
        // SoA: one finding about the table, at the status column's heading
        expectOne(fs, "SOA-IMPLEMENTED-NO-EVIDENCE", Severity::Minor, "SoA", SoaSheet::kHeader, 4);
        ASSERT_FALSE(withRule(fs, "SOA-IMPLEMENTED-NO-EVIDENCE").empty()) << describe(fs);
        const Finding f = withRule(fs, "SOA-IMPLEMENTED-NO-EVIDENCE")[0];
        EXPECT_NE(f.message.en.find("no evidence column"), std::string::npos) << f.message.en;
        EXPECT_NE(f.message.en.find(" 98 controls"), std::string::npos) << f.message.en;
        EXPECT_NE(f.message.en.find("5.1, 5.2"), std::string::npos) << f.message.en;
        EXPECT_NE(f.message.ja.find("証拠(エビデンス)の列がありません"), std::string::npos);
    }
}

TEST(ReviewSoa, ManyMissingControlsAreOneFindingAFewAreNamedOneByOne)
{
    // Five missing: one finding each, with the title.
    Workbook few;
    for (const char* id : {"5.1", "5.2", "6.3", "8.1", "8.34"})
        few.soa.ids.erase(std::find(few.soa.ids.begin(), few.soa.ids.end(), id));
    const auto some = withRule(few.run(), "SOA-MISSING-CONTROL");
    ASSERT_EQ(some.size(), 5u);
    EXPECT_NE(some[0].message.en.find("Annex A control 5.1 ("), std::string::npos)
        << some[0].message.en;
    // Six or more (a partial SoA): one major finding naming them all.
    Workbook many;
    many.soa.ids.erase(std::remove_if(many.soa.ids.begin(), many.soa.ids.end(),
                                      [](const std::string& id) { return id.rfind("8.", 0) == 0; }),
                       many.soa.ids.end());
    const auto fs = many.run();
    expectOne(fs, "SOA-MISSING-CONTROL", Severity::Major, "SoA", -1, -1);
    ASSERT_FALSE(withRule(fs, "SOA-MISSING-CONTROL").empty()) << describe(fs);
    const Finding f = withRule(fs, "SOA-MISSING-CONTROL")[0];
    EXPECT_EQ(f.message.en.rfind("34 of the 93 controls of 27001:2022 Annex A have no row in the "
                                 "SoA: 8.1, 8.2, ",
                                 0),
              0u)
        << f.message.en;
    EXPECT_NE(f.message.en.find(", 8.34."), std::string::npos) << f.message.en;
    EXPECT_NE(f.message.ja.find("27001:2022 附属書A の 93 の管理策のうち 34 の行が"),
              std::string::npos)
        << f.message.ja;
}

TEST(ReviewSoa, ControlCitedByTreatedRiskButExcluded)
{
    Workbook wb;
    wb.soa.edit = [](const std::string& id, RowSpec& r)
    {
        if (id == "5.15")
        {
            r[2] = u"Not applicable";
            r[3] = u"we think not";
        }
    };
    const auto fs = wb.run();
    expectOne(fs, "SOA-CITED-BUT-EXCLUDED", Severity::Major, "SoA", soaRowOf("5.15"),
              kSoaApplicability);
    EXPECT_NE(withRule(fs, "SOA-CITED-BUT-EXCLUDED")[0].message.en.find("R-1"), std::string::npos);

    // A 2013 id mapped one to one counts for its 2022 control (A.9.4.1 → 8.3).
    Workbook via2013;
    via2013.soa.edit = [](const std::string& id, RowSpec& r)
    {
        if (id == "8.3")
        {
            r[2] = u"適用除外";
            r[3] = u"理由";
        }
    };
    expectOne(via2013.run(), "SOA-CITED-BUT-EXCLUDED", Severity::Major, "SoA", soaRowOf("8.3"),
              kSoaApplicability);

    // An accepted risk relies on no control.
    Workbook accepted;
    accepted.risks[1].controls = u"7.4";
    EXPECT_TRUE(withRule(accepted.run(), "SOA-CITED-BUT-EXCLUDED").empty());
}

TEST(ReviewSoa, NoRoleStated)
{
    Workbook wb;
    wb.settings.role.clear();
    const auto fs = wb.run();
    // The cover of the sheet names "provider": the statement exists, only not in ISMS.Role.
    expectOne(fs, "SOA-NO-ROLE", Severity::Minor, "SoA", 4, 1);

    // Written as people do: the service model after the role, in brackets.
    for (const char16_t* written :
         {u"クラウドサービスプロバイダ(SaaS)", u"Cloud service provider (IaaS, PaaS)",
          u"プロバイダ（SaaS）", u"両方 (IaaS を利用し SaaS を提供)"})
    {
        SCOPED_TRACE(utf8(written));
        Workbook w;
        w.settings.role.clear();
        w.soa.coverRole = written;
        expectOne(w.run(), "SOA-NO-ROLE", Severity::Minor, "SoA", 4, 1);
    }
    // A bracket alone is no role.
    Workbook bracket;
    bracket.settings.role.clear();
    bracket.soa.coverRole = u"(SaaS)";
    expectOne(bracket.run(), "SOA-NO-ROLE", Severity::Major, "", -1, -1);

    Workbook none;
    none.settings.role.clear();
    none.withSoa = false;
    const auto fn = none.run();
    expectOne(fn, "SOA-NO-ROLE", Severity::Major, "", -1, -1);
    expectOne(fn, "SOA-NOT-FOUND", Severity::Major, "", -1, -1);
}

TEST(ReviewSoa, CoverCountsDisagreeWithRows)
{
    Workbook wb;
    wb.soa.applicableOnCover = 12;
    const auto fs = wb.run();
    expectOne(fs, "SOA-COVER-COUNTS", Severity::Minor, "SoA", 10, 1);
}

TEST(ReviewSoa, ApplicabilityMissing)
{
    Workbook wb;
    wb.soa.edit = [](const std::string& id, RowSpec& r)
    {
        if (id == "6.3")
            r[2] = {};
    };
    const auto fs = wb.run();
    expectOne(fs, "SOA-APPLICABILITY-MISSING", Severity::Minor, "SoA", soaRowOf("6.3"),
              kSoaApplicability);
}

TEST(ReviewSoa, ASoaStillWaitingForDecisionsIsOneFindingNamingTheControls)
{
    Workbook wb;
    wb.soa.edit = [](const std::string& id, RowSpec& r)
    {
        if (id.rfind("8.", 0) == 0) // all 34 technological controls undecided
            r[2] = {};
    };
    const auto fs = wb.run();
    expectOne(fs, "SOA-APPLICABILITY-MISSING", Severity::Minor, "SoA", soaRowOf("8.1"),
              kSoaApplicability);
    const auto hit = withRule(fs, "SOA-APPLICABILITY-MISSING").front();
    EXPECT_EQ(hit.message.en.rfind("34 controls have no applicability decision", 0), 0u)
        << hit.message.en;
    EXPECT_NE(hit.message.en.find("8.1, 8.2, 8.3"), std::string::npos) << hit.message.en;
    EXPECT_NE(hit.message.ja.find("34 件"), std::string::npos) << hit.message.ja;
}

// ------------------------------------------------------------------ register rules

TEST(ReviewRegister, StatedValueDiffersFromMethod)
{
    Workbook wb;
    wb.risks[0].value = 15;
    expectOne(wb.run(), "REG-VALUE-INCONSISTENT", Severity::Minor, "Risks", 1, kRegValue);

    Workbook level;
    level.risks[0].level = u"Medium"; // 16 is High in 5x5
    expectOne(level.run(), "REG-VALUE-INCONSISTENT", Severity::Minor, "Risks", 1, kRegLevel);

    Workbook residual;
    residual.risks[2].rv = 4; // 1 × 3 = 3
    expectOne(residual.run(), "REG-VALUE-INCONSISTENT", Severity::Minor, "Risks", 3, kRegResidual);
}

TEST(ReviewRegister, ValuesOfAnotherMethodAreOneObservationNotAFindingPerRow)
{
    // Likelihood × impact × an asset value of 3, read with 5x5: every value and level "wrong".
    Workbook wb;
    wb.risks.clear();
    for (int i = 1; i <= 6; ++i)
    {
        const int l = 1 + i % 3, im = 1 + i % 2;
        wb.risks.push_back({u16("R-" + std::to_string(i)), l, im, 3 * l * im, u"High", u"Reduce",
                            u"5.15", 1, 1, 3});
    }
    const auto fs = wb.run();
    EXPECT_TRUE(withRule(fs, "REG-VALUE-INCONSISTENT").empty()) << describe(fs);
    ASSERT_EQ(withRule(fs, "REG-METHOD-MISMATCH").size(), 2u) << describe(fs);
    const Finding values = withRule(fs, "REG-METHOD-MISMATCH")[0];
    EXPECT_EQ(values.where.col, kRegValue);
    EXPECT_EQ(
        values.message.en.rfind("The risk values do not follow the 5x5 method: 6 of 6 differ", 0),
        0u)
        << values.message.en;
    EXPECT_NE(values.message.en.find("12 where it gives 4 (row 2)"), std::string::npos)
        << values.message.en;
    EXPECT_EQ(withRule(fs, "REG-METHOD-MISMATCH")[1].where.col, kRegResidual);

    // Three rows off are three findings: mistakes, not another method.
    Workbook few;
    few.risks = cleanRisks();
    for (auto& r : few.risks)
        r.value = 24;
    EXPECT_EQ(withRule(few.run(), "REG-VALUE-INCONSISTENT").size(), 3u);
    EXPECT_TRUE(withRule(few.run(), "REG-METHOD-MISMATCH").empty());
}

TEST(ReviewRegister, UntreatedAboveCriterion)
{
    Workbook wb;
    wb.risks.push_back({u"R-4", 4, 5, 20, u"High", {}, {}, {}, {}, {}});
    const auto fs = wb.run();
    expectOne(fs, "REG-UNTREATED-ABOVE-CRITERION", Severity::Major, "Risks", 4, kRegTreatment);

    Workbook accepted;
    accepted.risks.push_back({u"R-4", 4, 5, 20, u"High", u"受容", {}, {}, {}, {}});
    const auto fa = accepted.run();
    EXPECT_TRUE(withRule(fa, "REG-UNTREATED-ABOVE-CRITERION").empty());
    expectOne(fa, "REG-ACCEPTED-ABOVE-CRITERION", Severity::Observation, "Risks", 4, kRegTreatment);

    Workbook low; // within the criterion (5x5: up to 4)
    low.risks.push_back({u"R-4", 2, 2, 4, u"Low", {}, {}, {}, {}, {}});
    EXPECT_TRUE(withRule(low.run(), "REG-UNTREATED-ABOVE-CRITERION").empty());
}

TEST(ReviewRegister, TreatmentCitesUnknownControl)
{
    Workbook wb;
    wb.risks[0].controls = u"5.15, 5.99";
    expectOne(wb.run(), "REG-UNKNOWN-CONTROL", Severity::Minor, "Risks", 1, kRegControls);
}

TEST(ReviewRegister, ResidualAboveInherent)
{
    Workbook wb;
    wb.risks[1] = {u"R-2", 1, 2, 2, u"Low", u"Reduce", u"5.1", 3, 3, 9};
    expectOne(wb.run(), "REG-RESIDUAL-ABOVE-INHERENT", Severity::Minor, "Risks", 2, kRegResidual);
}

TEST(ReviewRegister, InputOutsideTheScale)
{
    Workbook wb;
    wb.risks[0].likelihood = 7;
    expectOne(wb.run(), "REG-INPUT-NOT-A-LEVEL", Severity::Minor, "Risks", 1, 1);
}

TEST(ReviewRegister, MethodAssumedWhenNotStated)
{
    Workbook wb;
    wb.settings.riskMethod.clear();
    const auto fs = wb.run();
    expectOne(fs, "REG-METHOD-ASSUMED", Severity::Observation, "", -1, -1);
    EXPECT_NE(withRule(fs, "REG-METHOD-ASSUMED")[0].message.en.find("5x5"), std::string::npos);

    Workbook bad;
    bad.settings.riskMethod = u"{not json";
    expectOne(bad.run(), "REG-METHOD-INVALID", Severity::Minor, "", -1, -1);

    Workbook none;
    none.withRegister = false;
    expectOne(none.run(), "REG-NOT-FOUND", Severity::Major, "", -1, -1);
}

TEST(ReviewRegister, InvalidMethodIsReportedWithItsReason)
{
    // A custom method that takes a preset's id: the review names that, in both languages, and
    // does not claim the workbook states no method.
    Workbook wb;
    wb.settings.riskMethod = uR"({"id": "5x5", "kind": "matrix", "value": "product",
        "title": {"en": "Ours", "ja": "当社"},
        "scales": {"likelihood": {"levels": 5}, "impact": {"levels": 5}},
        "levels": [{"min": 1, "max": 9, "label": {"en": "Low", "ja": "低"}},
                   {"min": 10, "max": 25, "label": {"en": "High", "ja": "高"}}],
        "acceptance": {"maxLevel": "Low"}})";
    const auto fs = wb.run();
    expectOne(fs, "REG-METHOD-INVALID", Severity::Minor, "", -1, -1);
    EXPECT_TRUE(withRule(fs, "REG-METHOD-ASSUMED").empty()) << describe(fs);
    ASSERT_EQ(withRule(fs, "REG-METHOD-INVALID").size(), 1u) << describe(fs);
    const Finding f = withRule(fs, "REG-METHOD-INVALID")[0];
    const std::string reason = "method id '5x5' is already the name of the preset method '5x5'; "
                               "give your own method a different id";
    EXPECT_NE(f.message.en.find("ISMS.RiskMethod) cannot be used: ISMS.RiskMethod: " + reason),
              std::string::npos)
        << f.message.en;
    EXPECT_NE(f.message.ja.find(reason), std::string::npos) << f.message.ja;

    // Likewise a definition with a key given twice.
    Workbook twice;
    twice.settings.riskMethod = uR"({"id": "ours", "id": "5x5"})";
    const auto fs2 = twice.run();
    expectOne(fs2, "REG-METHOD-INVALID", Severity::Minor, "", -1, -1);
    ASSERT_EQ(withRule(fs2, "REG-METHOD-INVALID").size(), 1u) << describe(fs2);
    EXPECT_NE(withRule(fs2, "REG-METHOD-INVALID")[0].message.en.find(
                  "the key \"id\" is given twice in one object"),
              std::string::npos)
        << describe(fs2);
}

TEST(ReviewRegister, AvtRegisterWithoutMethodUsesAvtPreset)
{
    // asset value × threat × vulnerability, like sheets/examples/risk-register-ja.fods
    const Grid g = makeGrid({
        {u"No.", u"資産", u"資産価値", u"脅威", u"脆弱性", u"脅威レベル", u"脆弱性レベル",
         u"リスク値", u"リスクレベル", u"リスク対応", u"管理策"},
        {1, u"顧客データ", 3, u"漏えい", u"分離不足", 2, 2, 12, u"中", u"低減", u"CLD.9.5.1"},
        {2, u"ログ", 3, u"改ざん", u"保護不足", 2, 2, 10, u"中", u"低減", u"8.15"},
    });
    auto map = detectRegister(g);
    ASSERT_TRUE(map.ok());
    ASSERT_TRUE(map->has(RegisterField::ThreatLevel));
    const Register reg = readRegister(g, *map);
    ReviewInput in;
    in.settings = parseWorkbookSettings({u"provider", u"", u"Acme Cloud", u"", u""});
    in.reg = &reg;
    in.registerSheet = "リスク台帳";
    const auto fs = review(cat(), in);
    expectOne(fs, "REG-VALUE-INCONSISTENT", Severity::Minor, "リスク台帳", 2, 7);
    EXPECT_NE(withRule(fs, "REG-METHOD-ASSUMED")[0].message.en.find("avt"), std::string::npos);
}

// ------------------------------------------------------------------ certification rules

TEST(ReviewCert, CloudCertificateOutlivesThe27001One)
{
    Workbook wb;
    wb.cert.expiry27017 = serial(2027, 5, 31); // 27001 ends 2027-03-31
    expectOne(wb.run(), "CERT-27017-OUTLIVES-27001", Severity::Major, "", -1, -1);

    Workbook threeYears; // 27001 renewed to 2030, 27017 issued 2024-06-01: at most 2027-06-01
    threeYears.cert.expiry27001 = serial(2030, 3, 31);
    threeYears.cert.expiry27017 = serial(2027, 6, 2);
    expectOne(threeYears.run(), "CERT-27017-OUTLIVES-27001", Severity::Major, "", -1, -1);

    Workbook ok;
    ok.cert.expiry27001 = serial(2030, 3, 31);
    ok.cert.expiry27017 = serial(2027, 6, 1);
    EXPECT_TRUE(withRule(ok.run(), "CERT-27017-OUTLIVES-27001").empty());
}

TEST(ReviewCert, CloudCertificateWithout27001)
{
    Workbook wb;
    wb.cert.issued27001.reset();
    wb.cert.expiry27001.reset();
    const auto fs = wb.run();
    expectOne(fs, "CERT-27017-WITHOUT-27001", Severity::Major, "", -1, -1);
}

TEST(ReviewCert, CloudScopeNotNamed)
{
    Workbook wb;
    wb.settings.cloudServices.clear();
    expectOne(wb.run(), "CERT-CLOUD-SCOPE-NOT-NAMED", Severity::Major, "", -1, -1);

    Workbook byCertOnly; // no role, but 27017 certificate dates
    byCertOnly.settings.cloudServices.clear();
    byCertOnly.settings.role.clear();
    expectOne(byCertOnly.run(), "CERT-CLOUD-SCOPE-NOT-NAMED", Severity::Major, "", -1, -1);

    Workbook mismatch;
    mismatch.cert.scope27017 = "Our hosting platform";
    expectOne(mismatch.run(), "CERT-CLOUD-SCOPE-MISMATCH", Severity::Major, "", -1, -1);

    Workbook named; // width and case do not matter
    named.cert.scope27017 = "ＡＣＭＥ ＣＬＯＵＤ の提供";
    EXPECT_TRUE(withRule(named.run(), "CERT-CLOUD-SCOPE-MISMATCH").empty());
}

TEST(ReviewCert, AHundredThousandServicesAgainstAMegabyteScopeIsOnePass)
{
    // Was one search per name: 100,000 names and a 1 MB scope took 73 s in Calc.
    std::u16string list;
    for (int i = 0; i < 100000; ++i)
        list += u"Service " + toUtf16(std::to_string(i)) + u", ";
    Workbook wb;
    wb.settings.cloudServices = list;
    wb.cert.scope27017 = std::string(1000000, 'x');
    const auto fs = wb.run();
    expectOne(fs, "CERT-CLOUD-SCOPE-MISMATCH", Severity::Major, "", -1, -1);
    const std::string message = withRule(fs, "CERT-CLOUD-SCOPE-MISMATCH")[0].message.en;
    EXPECT_LT(message.size(), 400u) << "the list in the message is cut";
    EXPECT_NE(message.find("Service 9, …"), std::string::npos) << message;

    wb.cert.scope27017 += " and Service 99999";
    EXPECT_TRUE(withRule(wb.run(), "CERT-CLOUD-SCOPE-MISMATCH").empty());
}

TEST(ReviewCert, UnreadableDatesAndOrder)
{
    Workbook wb;
    wb.cert = parseCertification(
        {u"2024-04-01", u"2024-03-01", u"", u"", u"Acme", u""}); // expires before issue
    wb.settings.role.clear();
    wb.settings.cloudServices.clear();
    wb.soa.ids = ids(cat().controls(Edition::Iso27001_2022));
    wb.risks.pop_back();
    const auto fs = wb.run();
    expectOne(fs, "CERT-DATES-ORDER", Severity::Minor, "", -1, -1);

    Workbook bad;
    bad.cert = parseCertification({u"2024-04-01", u"next year", u"", u"", u"", u""});
    const auto fb = bad.run();
    expectOne(fb, "CERT-DATE-UNREADABLE", Severity::Minor, "", -1, -1);
    expectOne(fb, "CERT-SCOPE-NOT-STATED", Severity::Observation, "", -1, -1);
}

TEST(ReviewCert, ParseCertificationProperties)
{
    const Certification c = parseCertification(
        {u"2024-04-01", u"46022", u"２０２４年６月１日", u"2027/03/31", u" Acme ", u"Acme Cloud"});
    EXPECT_TRUE(c.problems.empty());
    EXPECT_EQ(c.issued27001, serial(2024, 4, 1));
    EXPECT_EQ(c.expiry27001, 46022.0);
    EXPECT_EQ(c.issued27017, serial(2024, 6, 1));
    EXPECT_EQ(c.expiry27017, serial(2027, 3, 31));
    EXPECT_EQ(c.scope27001, "Acme");
    EXPECT_EQ(c.scope27017, "Acme Cloud");

    const Certification bad =
        parseCertification({u"2024-02-30", u"", u"tomorrow", u"2024-13-01", u"", u""});
    EXPECT_FALSE(bad.issued27001);
    EXPECT_FALSE(bad.issued27017);
    EXPECT_FALSE(bad.expiry27017);
    EXPECT_EQ(bad.problems.size(), 3u);
    EXPECT_EQ(parseCertification({u"2024-04-01T09:00:00", u"", u"", u"", u"", u""}).issued27001,
              serial(2024, 4, 1));
}

// ------------------------------------------------------------------ order and output

TEST(ReviewOutput, SortedBySeverityThenPlace)
{
    Workbook wb;
    wb.settings.role.clear();
    wb.withSoa = false;
    wb.risks[0].value = 15;
    wb.settings.riskMethod.clear();
    const auto fs = wb.run();
    ASSERT_GE(fs.size(), 4u) << describe(fs);
    for (std::size_t i = 1; i < fs.size(); ++i)
        EXPECT_LE(fs[i - 1].severity, fs[i].severity) << describe(fs);
    EXPECT_EQ(fs.front().severity, Severity::Major);
    EXPECT_EQ(fs.back().rule, "REG-METHOD-ASSUMED");
}

TEST(ReviewOutput, SeverityNamesAndLabels)
{
    EXPECT_EQ(severityName(Severity::Major), "major");
    EXPECT_EQ(severityName(Severity::Minor), "minor");
    EXPECT_EQ(severityName(Severity::Observation), "observation");
    EXPECT_EQ(severityLabel(Severity::Major).ja, "重大な不適合");
    EXPECT_EQ(severityLabel(Severity::Minor).ja, "軽微な不適合");
    EXPECT_EQ(severityLabel(Severity::Observation).ja, "観察事項");
    EXPECT_EQ(cellRef({"S", 11, 1}), "B12");
    EXPECT_EQ(cellRef({"S", 11, -1}), "12");
    EXPECT_EQ(cellRef({"S", -1, -1}), "");
}

TEST(ReviewOutput, JsonShape)
{
    const std::vector<Finding> fs = {
        {"SOA-DUPLICATE", Severity::Minor, {"SoA", 11, 1}, {"dup \"x\"", "重複"}, {"f", "修正"}},
        {"SOA-NO-ROLE", Severity::Major, {"", -1, -1}, {"m", "メ"}, {"f", "修"}},
        {"SOA-MISSING-CONTROL", Severity::Major, {"SoA", 4, -1}, {"m", "メ"}, {"f", "修"}},
    };
    const auto j = nlohmann::json::parse(findingsToJson(fs));
    ASSERT_TRUE(j.is_array());
    ASSERT_EQ(j.size(), 3u);
    EXPECT_EQ(j[0]["rule"], "SOA-DUPLICATE");
    EXPECT_EQ(j[0]["severity"], "minor");
    EXPECT_EQ(j[0]["sheet"], "SoA");
    EXPECT_EQ(j[0]["cell"], "B12");
    EXPECT_EQ(j[0]["row"], 12);
    EXPECT_EQ(j[0]["message"]["en"], "dup \"x\"");
    EXPECT_EQ(j[0]["message"]["ja"], "重複");
    EXPECT_EQ(j[0]["fix"]["ja"], "修正");
    EXPECT_EQ(j[1]["cell"], "");
    EXPECT_TRUE(j[1]["row"].is_null());
    EXPECT_EQ(j[2]["cell"], "5");
    EXPECT_EQ(j[2]["row"], 5);
    for (const auto& o : j)
        EXPECT_EQ(o.size(), 7u);
    EXPECT_EQ(findingsToJson({}), "[]");
}

TEST(ReviewOutput, CsvFieldIsInjectionSafe)
{
    EXPECT_EQ(csvField("plain"), "plain");
    EXPECT_EQ(csvField(""), "");
    EXPECT_EQ(csvField("=1+2"), "'=1+2");
    EXPECT_EQ(csvField("+SUM(A1)"), "'+SUM(A1)");
    EXPECT_EQ(csvField("-2+3"), "'-2+3");
    EXPECT_EQ(csvField("@cmd"), "'@cmd");
    EXPECT_EQ(csvField("\tx"), "'\tx");
    EXPECT_EQ(csvField("\rx"), "\"'\rx\"");
    EXPECT_EQ(csvField("=HYPERLINK(\"http://x\",\"y\")"),
              "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("line\nbreak"), "\"line\nbreak\"");
    EXPECT_EQ(csvField("a=b"), "a=b");
    EXPECT_EQ(csvField("管理策"), "管理策");

    const std::string csv = findingsToCsv(
        {{"R", Severity::Major, {"=Sheet", 0, 0}, {"=cmd|' /C calc'!A0", "x"}, {"-f", "y"}}},
        Lang::En);
    EXPECT_NE(csv.find("'=Sheet"), std::string::npos);
    EXPECT_NE(csv.find("'=cmd"), std::string::npos);
    EXPECT_NE(csv.find(",'-f\r\n"), std::string::npos);
    EXPECT_EQ(csv.find(",="), std::string::npos);
}

// ------------------------------------------------------------------ SoA recognition

TEST(SoaTable, DetectsOwnGeneratedLayoutAndCover)
{
    SoaSheet s;
    const Grid g = s.grid();
    auto t = detectSoaTable(g, "Statement of Applicability");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->headerRow, SoaSheet::kHeader);
    EXPECT_EQ(t->col(SoaColumn::Control), 0);
    EXPECT_EQ(t->col(SoaColumn::Title), 1);
    EXPECT_EQ(t->col(SoaColumn::Applicability), 2);
    EXPECT_EQ(t->col(SoaColumn::ExclusionJustification), 3);
    EXPECT_EQ(t->col(SoaColumn::Status), 4);
    EXPECT_EQ(t->col(SoaColumn::Evidence), 5);
    EXPECT_EQ(t->col(SoaColumn::Owner), -1);
    EXPECT_EQ(t->rows.size(), 100u);
    EXPECT_EQ(t->rows.front().first, SoaSheet::kHeader + 1);
    ASSERT_EQ(t->cover.size(), 13u);
    EXPECT_EQ(utf8(t->cover[9].first), "Controls applicable");
    EXPECT_EQ(t->cover[9].second.number, 98);
    EXPECT_EQ(t->coverRow[9], 10);
    EXPECT_EQ(t->coverCol[9], 1);
}

TEST(SoaTable, DetectsEnglishUserLayout)
{
    const Grid g = makeGrid({
        {u"ACME Ltd — Statement of Applicability"},
        {u"Version: 3"},
        {u"Applicable controls:", {}, 2},
        {},
        {u"No.", u"Control ID", u"Control", u"Applicable?", u"Justification",
         u"Implementation Status", u"Evidence", u"Owner"},
        {1, u"5.1", u"Policies", u"Yes", u"Required by ISMS", u"Implemented", u"POL-01", u"CISO"},
        {2, 5.2, u"Roles", u"No", u"", u"", u"", u""},
        {},
        {3, u"A.5.3", u"Segregation", u"Y", u"", u"Planned", u"", u"CISO"},
    });
    auto t = detectSoaTable(g, "SoA");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->headerRow, 4);
    EXPECT_EQ(t->col(SoaColumn::Control), 1);
    EXPECT_EQ(t->col(SoaColumn::Title), 2);
    EXPECT_EQ(t->col(SoaColumn::Applicability), 3);
    EXPECT_EQ(t->col(SoaColumn::ExclusionJustification), 4);
    EXPECT_EQ(t->col(SoaColumn::Status), 5);
    EXPECT_EQ(t->col(SoaColumn::Evidence), 6);
    EXPECT_EQ(t->col(SoaColumn::Owner), 7);
    ASSERT_EQ(t->rows.size(), 3u);
    EXPECT_EQ(t->rows[2].first, 8);
    EXPECT_EQ(soaRowControlId(t->rows[1].second.at(SoaColumn::Control)), "5.2");
    EXPECT_EQ(soaRowControlId(t->rows[2].second.at(SoaColumn::Control)), "5.3");
    EXPECT_EQ(classifyApplicability(t->rows[1].second.at(SoaColumn::Applicability)),
              Applicability::Excluded);
    ASSERT_EQ(t->cover.size(), 2u);
    EXPECT_EQ(utf8(t->cover[0].first), "Version");
    EXPECT_EQ(utf8(t->cover[0].second.text), "3");
    EXPECT_EQ(utf8(t->cover[1].first), "Applicable controls");
    EXPECT_EQ(t->coverCol[1], 2);
}

TEST(SoaTable, DetectsJapaneseUserLayoutWithIdsInTheNumberColumn)
{
    const Grid g = makeGrid({
        {u"適用宣言書(第2版)"},
        {u"作成日:2026年4月1日"},
        {u"項番", u"管理策", u"管理策の名称", u"採否", u"適用除外の理由", u"導入状況", u"証跡",
         u"責任者"},
        {u"5.1", u"情報セキュリティのための方針群", u"", u"○", u"", u"導入済み", u"規程集",
         u"部長"},
        {u"CLD.6.3.1", u"役割及び責任の共有", u"", u"×", u"", u"", u"", u""},
    });
    auto t = detectSoaTable(g, "適用宣言書");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->headerRow, 2);
    EXPECT_EQ(t->col(SoaColumn::Control), 0); // 項番 holds the ids
    EXPECT_EQ(t->col(SoaColumn::Title), 2);   // the explicit title heading wins over 管理策
    EXPECT_EQ(t->col(SoaColumn::Applicability), 3);
    EXPECT_EQ(t->col(SoaColumn::ExclusionJustification), 4);
    EXPECT_EQ(t->col(SoaColumn::Status), 5);
    EXPECT_EQ(t->col(SoaColumn::Evidence), 6);
    EXPECT_EQ(t->col(SoaColumn::Owner), 7);
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(classifyApplicability(t->rows[0].second.at(SoaColumn::Applicability)),
              Applicability::Applicable);
    EXPECT_EQ(classifyApplicability(t->rows[1].second.at(SoaColumn::Applicability)),
              Applicability::Excluded);
    EXPECT_TRUE(statusSaysImplemented(t->rows[0].second.at(SoaColumn::Status)));
    ASSERT_EQ(t->cover.size(), 1u);
    EXPECT_EQ(utf8(t->cover[0].first), "作成日");
    EXPECT_EQ(utf8(t->cover[0].second.text), "2026年4月1日");

    // The same sheet reviewed: the unjustified exclusion of CLD.6.3.1 is found at its cell.
    ReviewInput in;
    in.settings = parseWorkbookSettings({u"provider", u"", u"X", u"", u"5x5"});
    in.soa = &t.value();
    const auto fs = review(cat(), in);
    expectOne(fs, "SOA-EXCLUSION-UNJUSTIFIED", Severity::Minor, "適用宣言書", 4, 4);
}

TEST(SoaTable, JapaneseLayoutWithNumberingAndControlColumns)
{
    const Grid g = makeGrid({
        {u"No.", u"管理策番号", u"管理策", u"適用", u"除外理由", u"実施状況", u"証拠", u"担当者"},
        {1, u"5.1", u"方針", u"適用", u"", u"実施済み", u"規程", u"A"},
    });
    auto t = detectSoaTable(g, "S");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->col(SoaColumn::Control), 1);
    EXPECT_EQ(t->col(SoaColumn::Title), 2);
    EXPECT_EQ(t->col(SoaColumn::Applicability), 3);
    EXPECT_EQ(t->col(SoaColumn::Evidence), 6);
    EXPECT_EQ(t->col(SoaColumn::Owner), 7);
}

TEST(SoaTable, NotFoundWithoutApplicabilityColumn)
{
    const Grid g = makeGrid({
        {u"Risk ID", u"Threat", u"Controls"},
        {u"R-1", u"x", u"5.1"},
    });
    auto t = detectSoaTable(g, "Risks");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(detectSoaTable(Grid(), "Empty").ok());
}

TEST(SoaTable, ClassifiesValuesPeopleType)
{
    auto cell = [](const char16_t* s)
    {
        GridCell c;
        c.text = s;
        return c;
    };
    for (auto s : {u"Applicable", u"yes", u"Y", u"Included", u"適用", u"○", u"Inherited from AWS",
                   u"採用", u"ＹＥＳ"})
        EXPECT_EQ(classifyApplicability(cell(s)), Applicability::Applicable) << utf8(s);
    for (auto s : {u"Not applicable", u"N/A", u"No", u"Excluded", u"適用除外", u"非適用", u"除外",
                   u"×", u"不採用", u"対象外"})
        EXPECT_EQ(classifyApplicability(cell(s)), Applicability::Excluded) << utf8(s);
    for (auto s : {u"", u"?", u"maybe", u"検討中"})
        EXPECT_EQ(classifyApplicability(cell(s)), Applicability::Undecided) << utf8(s);
    for (auto s : {u"Implemented", u"implemented (2025)", u"In place", u"実施済み", u"導入済",
                   u"運用中", u"完了"})
        EXPECT_TRUE(statusSaysImplemented(cell(s))) << utf8(s);
    for (auto s : {u"Not implemented", u"Partially implemented", u"Planned", u"未実施", u"未導入",
                   u"一部実施済み", u""})
        EXPECT_FALSE(statusSaysImplemented(cell(s))) << utf8(s);
    for (auto s : {u"", u"-", u"－", u"N/A", u"TBD", u"なし", u"未定"})
        EXPECT_TRUE(isPlaceholder(cell(s))) << utf8(s);
    EXPECT_FALSE(isPlaceholder(cell(u"No such activity")));
}

// ------------------------------------------------------------------ wrong settings (issue 14)

TEST(ReviewSettings, AnInvalidRoleIsNamedNotCalledMissing)
{
    Workbook wb;
    wb.settings.role = u"vendor";
    const auto fs = wb.run();
    EXPECT_TRUE(withRule(fs, "SOA-NO-ROLE").empty()) << describe(fs);
    expectOne(fs, "SOA-ROLE-INVALID", Severity::Major, "", -1, -1);
    const Finding f = withRule(fs, "SOA-ROLE-INVALID")[0];
    for (const std::string* m : {&f.message.en, &f.message.ja})
    {
        EXPECT_NE(m->find("ISMS.Role"), std::string::npos) << *m;
        EXPECT_NE(m->find("vendor"), std::string::npos) << *m;
    }
    EXPECT_EQ(f.message.en.find("not set"), std::string::npos) << f.message.en;
    EXPECT_NE(f.message.ja.find("立場"), std::string::npos) << f.message.ja;
}

TEST(ReviewSettings, ARoleStoredAsANumberIsNamedWithItsType)
{
    Workbook wb;
    wb.settings.role.clear();
    wb.mistyped.push_back({"ISMS.Role", PropertyType::Number, "2"});
    const auto fs = wb.run();
    EXPECT_TRUE(withRule(fs, "SOA-NO-ROLE").empty()) << describe(fs);
    ASSERT_EQ(withRule(fs, "SOA-ROLE-INVALID").size(), 1u) << describe(fs);
    const Finding f = withRule(fs, "SOA-ROLE-INVALID")[0];
    EXPECT_NE(f.message.en.find("ISMS.Role holds a number (2), not text"), std::string::npos)
        << f.message.en;
    EXPECT_NE(f.message.ja.find("数値(2)"), std::string::npos) << f.message.ja;
}

TEST(ReviewSettings, AMethodStoredAsANumberOrDateIsInvalidNotMissing)
{
    for (const auto type : {PropertyType::Number, PropertyType::Date})
    {
        Workbook wb;
        wb.settings.riskMethod.clear();
        wb.mistyped.push_back(
            {"ISMS.RiskMethod", type, type == PropertyType::Number ? "5" : "2026-04-01"});
        const auto fs = wb.run();
        EXPECT_TRUE(withRule(fs, "REG-METHOD-ASSUMED").empty()) << describe(fs);
        ASSERT_EQ(withRule(fs, "REG-METHOD-INVALID").size(), 1u) << describe(fs);
        const Finding f = withRule(fs, "REG-METHOD-INVALID")[0];
        const std::string what = type == PropertyType::Number ? "a number (5)" : "a date (2026";
        EXPECT_NE(f.message.en.find("ISMS.RiskMethod holds " + what), std::string::npos)
            << f.message.en;
        EXPECT_NE(f.message.ja.find(type == PropertyType::Number ? "数値(5)" : "日付(2026"),
                  std::string::npos)
            << f.message.ja;
        EXPECT_NE(f.message.ja.find("プリセット名"), std::string::npos) << f.message.ja;
    }
}

TEST(ReviewSettings, OtherSettingsOfTheWrongTypeAreNamed)
{
    Workbook wb;
    wb.settings.cloudServices.clear();
    wb.mistyped.push_back({"ISMS.CloudServices", PropertyType::Number, "42"});
    const auto fs = wb.run();
    ASSERT_EQ(withRule(fs, "SETTINGS-NOT-TEXT").size(), 1u) << describe(fs);
    const Finding f = withRule(fs, "SETTINGS-NOT-TEXT")[0];
    EXPECT_NE(f.message.en.find("ISMS.CloudServices holds a number (42), not text"),
              std::string::npos)
        << f.message.en;
    EXPECT_NE(f.message.ja.find("クラウドサービスの名称"), std::string::npos) << f.message.ja;

    // ISMS.Role and ISMS.RiskMethod have their own rules: not said twice.
    Workbook role;
    role.settings.role.clear();
    role.mistyped.push_back({"ISMS.Role", PropertyType::Number, "2"});
    EXPECT_TRUE(withRule(role.run(), "SETTINGS-NOT-TEXT").empty());
}

TEST(ReviewSettings, AnUnusableRegisterMapIsAFinding)
{
    Workbook wb;
    wb.registerMapProblem =
        mistypedPropertyProblem({"ISMS.RegisterMap", PropertyType::Number, "3"});
    const auto fs = wb.run();
    ASSERT_EQ(withRule(fs, "REG-MAP-INVALID").size(), 1u) << describe(fs);
    const Finding f = withRule(fs, "REG-MAP-INVALID")[0];
    EXPECT_EQ(f.severity, Severity::Minor);
    EXPECT_NE(f.message.en.find("ISMS.RegisterMap holds a number (3), not text"), std::string::npos)
        << f.message.en;
    EXPECT_NE(f.message.ja.find("ISMS.RegisterMap にはテキストではなく数値(3)"), std::string::npos)
        << f.message.ja;

    Workbook clean;
    EXPECT_TRUE(withRule(clean.run(), "REG-MAP-INVALID").empty());
}

TEST(ReviewSettings, AStatedValueNoMethodCanProduceIsInconsistent)
{
    // A stated risk value of 4.5 with no levels to compute from: within 5x5's range, but no
    // product of two levels.
    const Grid g = makeGrid({
        {u"Risk ID", u"Asset", u"Threat", u"Risk value", u"Treatment", u"Controls"},
        {u"R-1", u"Customer data", u"Leak", 4.5, u"Reduce", u"5.15"},
        {u"R-2", u"Logs", u"Tampering", 6, u"Reduce", u"8.15"},
    });
    auto map = detectRegister(g);
    ASSERT_TRUE(map.ok());
    const Register reg = readRegister(g, *map);
    ReviewInput in;
    in.settings = parseWorkbookSettings({u"provider", u"SaaS", u"Acme", u"en", u"5x5"});
    in.reg = &reg;
    in.registerSheet = "Risks";
    const auto fs = review(cat(), in);
    const auto inconsistent = withRule(fs, "REG-VALUE-INCONSISTENT");
    ASSERT_EQ(inconsistent.size(), 1u) << describe(fs);
    EXPECT_NE(inconsistent[0].message.en.find("4.5 is no value the 5x5 method can produce"),
              std::string::npos)
        << inconsistent[0].message.en;
}

} // namespace
} // namespace isms::test
