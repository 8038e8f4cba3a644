// Finding the risk register in a sheet: header layouts users actually make (English,
// Japanese, mixed, two header rows with inherent / residual groups, preambles, interleaved
// unrelated columns, the Japanese asset value × threat × vulnerability register).

#include "isms/register.hpp"
#include "register_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace
{

using namespace isms::test;

using isms::ErrorKind;
using isms::Grid;
using isms::RegisterMap;
using F = isms::RegisterField;

using Strings = std::vector<std::string>;

RegisterMap detected(const Grid& g)
{
    auto r = isms::detectRegister(g);
    if (!r.ok())
    {
        ADD_FAILURE() << "no register found: " << r.error().message;
        return {};
    }
    return *r;
}

void expectConfidenceInRange(const RegisterMap& m)
{
    EXPECT_GT(m.confidence, 0.0);
    EXPECT_LE(m.confidence, 1.0);
}

// (a) English, one header row in row 1, with data below.
Grid englishRegister()
{
    return makeGrid({
        {u"Risk ID", u"Asset", u"Threat", u"Vulnerability", u"Likelihood", u"Impact", u"Risk score",
         u"Treatment", u"Controls", u"Owner"},
        {u"R-001", u"Customer database", u"Ransomware", u"Unpatched server", 4, 3, 12, u"Mitigate",
         u"A.12.4.1, A.9.2.3", u"IT manager"},
        {u"R-002", u"Laptops", u"Theft", u"No disk encryption", 2, 4, 8, u"Mitigate", u"A.8.3.1",
         u"Facilities"},
    });
}

TEST(DetectRegister, EnglishOneRowHeader)
{
    const RegisterMap m = detected(englishRegister());
    EXPECT_EQ(m.headerRow, 0);
    EXPECT_EQ(m.headerRows, 1);
    EXPECT_EQ(m.firstDataRow(), 1);
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Asset, "B"},
                      {F::Threat, "C"},
                      {F::Vulnerability, "D"},
                      {F::Likelihood, "E"},
                      {F::Impact, "F"},
                      {F::RiskValue, "G"},
                      {F::Treatment, "H"},
                      {F::Controls, "I"},
                      {F::Owner, "J"}});
    EXPECT_TRUE(m.unrecognised.empty()) << ::testing::PrintToString(unrecognisedUtf8(m));
    expectConfidenceInRange(m);
    EXPECT_DOUBLE_EQ(m.confidence, 1.0); // every part of a register is there
}

// (b) Japanese, one header row.
TEST(DetectRegister, JapaneseOneRowHeader)
{
    const Grid g = makeGrid({
        {u"リスクID", u"資産", u"脅威", u"脆弱性", u"発生可能性", u"影響度", u"リスク値",
         u"リスク対応", u"管理策", u"リスク所有者"},
        {u"R-1", u"顧客データベース", u"ランサムウェア", u"パッチ未適用", 3, 5, 15, u"低減",
         u"8.7、8.8", u"情報システム部長"},
    });
    const RegisterMap m = detected(g);
    EXPECT_EQ(m.headerRow, 0);
    EXPECT_EQ(m.headerRows, 1);
    EXPECT_EQ(m.firstDataRow(), 1);
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Asset, "B"},
                      {F::Threat, "C"},
                      {F::Vulnerability, "D"},
                      {F::Likelihood, "E"},
                      {F::Impact, "F"},
                      {F::RiskValue, "G"},
                      {F::Treatment, "H"},
                      {F::Controls, "I"},
                      {F::Owner, "J"}});
    EXPECT_TRUE(m.unrecognised.empty()) << ::testing::PrintToString(unrecognisedUtf8(m));
    EXPECT_DOUBLE_EQ(m.confidence, 1.0);
}

// (c) Mixed spellings and languages.
TEST(DetectRegister, MixedVariants)
{
    const Grid g = makeGrid({
        {u"No.", u"資産名", u"Threat / 脅威", u"脆弱性", u"起こりやすさ", u"Impact",
         u"リスクレベル", u"対応方針", u"Controls (Annex A)", u"担当者", u"残留リスク"},
        {1, u"人事ファイル", u"Unauthorised access", u"弱いパスワード", 3, 4, u"中", u"低減",
         u"5.17", u"人事部", 4},
    });
    const RegisterMap m = detected(g);
    EXPECT_EQ(m.headerRow, 0);
    EXPECT_EQ(m.headerRows, 1);
    EXPECT_EQ(m.firstDataRow(), 1);
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Asset, "B"},
                      {F::Threat, "C"},
                      {F::Vulnerability, "D"},
                      {F::Likelihood, "E"},
                      {F::Impact, "F"},
                      {F::RiskLevel, "G"},
                      {F::Treatment, "H"},
                      {F::Controls, "I"},
                      {F::Owner, "J"},
                      {F::ResidualValue, "K"}});
    EXPECT_TRUE(m.unrecognised.empty()) << ::testing::PrintToString(unrecognisedUtf8(m));
    expectConfidenceInRange(m);
}

// (d) A title, then two header rows: inherent and residual groups over column names.
Grid twoRowHeaderRegister()
{
    return makeGrid({
        {u"Information security risk register 2024"},
        {},
        {{}, {}, {}, {}, u"Inherent risk", {}, {}, {}, {}, {}, u"Residual risk", {}, {}},
        {u"Risk ID", u"Asset", u"Threat", u"Vulnerability", u"Likelihood", u"Impact", u"Score",
         u"Treatment", u"Controls", u"Owner", u"Likelihood", u"Impact", u"Score"},
        {u"R-01", u"Payroll system", u"Insider fraud", u"No segregation of duties", 3, 5, 15,
         u"Mitigate", u"5.3, 8.2", u"Finance director", 2, 4, 8},
        {u"R-02", u"Web shop", u"DDoS", u"Single hosting site", 4, 4, 16, u"Mitigate", u"8.14",
         u"CTO", 2, 3, 6},
    });
}

TEST(DetectRegister, TwoRowHeaderWithInherentAndResidualGroups)
{
    const RegisterMap m = detected(twoRowHeaderRegister());
    EXPECT_EQ(m.headerRow, 2); // sheet row 3
    EXPECT_EQ(m.headerRows, 2);
    EXPECT_EQ(m.firstDataRow(), 4); // sheet row 5
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Asset, "B"},
                      {F::Threat, "C"},
                      {F::Vulnerability, "D"},
                      {F::Likelihood, "E"},
                      {F::Impact, "F"},
                      {F::RiskValue, "G"},
                      {F::Treatment, "H"},
                      {F::Controls, "I"},
                      {F::Owner, "J"},
                      {F::ResidualLikelihood, "K"},
                      {F::ResidualImpact, "L"},
                      {F::ResidualValue, "M"}});
    EXPECT_TRUE(m.unrecognised.empty()) << ::testing::PrintToString(unrecognisedUtf8(m));
    EXPECT_DOUBLE_EQ(m.confidence, 1.0);
}

// (d') The same, with the owner after the residual group: a column name in the lower row
// that is not under the residual group keeps its own meaning.
TEST(DetectRegister, TwoRowHeaderColumnAfterResidualGroup)
{
    const Grid g = makeGrid({
        {{}, {}, {}, {}, u"Inherent risk", {}, {}, {}, {}, u"Residual risk", {}, {}, {}},
        {u"Risk ID", u"Asset", u"Threat", u"Vulnerability", u"Likelihood", u"Impact", u"Score",
         u"Treatment", u"Controls", u"Likelihood", u"Impact", u"Score", u"Owner"},
        {u"R-01", u"Payroll system", u"Insider fraud", u"No segregation of duties", 3, 5, 15,
         u"Mitigate", u"5.3", 2, 4, 8, u"Finance director"},
    });
    const RegisterMap m = detected(g);
    EXPECT_EQ(m.headerRow, 0);
    EXPECT_EQ(m.headerRows, 2);
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Asset, "B"},
                      {F::Threat, "C"},
                      {F::Vulnerability, "D"},
                      {F::Likelihood, "E"},
                      {F::Impact, "F"},
                      {F::RiskValue, "G"},
                      {F::Treatment, "H"},
                      {F::Controls, "I"},
                      {F::ResidualLikelihood, "J"},
                      {F::ResidualImpact, "K"},
                      {F::ResidualValue, "L"},
                      {F::Owner, "M"}});
}

// (e) Six preamble rows, a blank row, the header in row 8 starting in column C.
Grid preambleRegister()
{
    return makeGrid({
        {u"Example Ltd"},
        {u"Information security risk assessment"},
        {u"Scope: head office and cloud services"},
        {u"Prepared by: ISMS team"},
        {u"Approved by: Management review, 2024-04-01"},
        {u"Version 3"},
        {},
        rowAt(2,
              {u"Ref", u"Information asset", u"Threat", u"Vulnerability", u"Likelihood (1-5)",
               u"Impact (1-5)", u"Risk rating", u"Treatment", u"Annex A controls", u"Risk owner"}),
        rowAt(2, {u"RA-1", u"HR records", u"Data leak by email", u"No DLP", 2, 5, 10, u"Mitigate",
                  u"8.12", u"HR manager"}),
    });
}

TEST(DetectRegister, PreambleThenHeaderInRowEightFromColumnC)
{
    const RegisterMap m = detected(preambleRegister());
    EXPECT_EQ(m.headerRow, 7); // sheet row 8
    EXPECT_EQ(m.headerRows, 1);
    EXPECT_EQ(m.firstDataRow(), 8);
    expectColumns(m, {{F::RiskId, "C"},
                      {F::Asset, "D"},
                      {F::Threat, "E"},
                      {F::Vulnerability, "F"},
                      {F::Likelihood, "G"},
                      {F::Impact, "H"},
                      {F::RiskValue, "I"},
                      {F::Treatment, "J"},
                      {F::Controls, "K"},
                      {F::Owner, "L"}});
    EXPECT_TRUE(m.unrecognised.empty()) << ::testing::PrintToString(unrecognisedUtf8(m));
    EXPECT_DOUBLE_EQ(m.confidence, 1.0);
}

// (f) Unrelated columns interleaved, fields in an unusual order.
TEST(DetectRegister, InterleavedUnrelatedColumnsAndUnusualOrder)
{
    const Grid g = makeGrid({
        {u"Controls", u"Date raised", u"Asset", u"Risk ID", u"Threat", u"Comments",
         u"Vulnerability", u"Likelihood", u"Impact", u"Risk score", u"Status", u"Treatment",
         u"Owner", u"Last review"},
        {u"5.23", u"2024-01-10", u"CRM (SaaS)", u"R-7", u"Provider outage", u"see contract",
         u"No exit plan", 2, 4, 8, u"Open", u"Mitigate", u"COO", u"2024-06-30"},
    });
    const RegisterMap m = detected(g);
    EXPECT_EQ(m.headerRow, 0);
    EXPECT_EQ(m.headerRows, 1);
    expectColumns(m, {{F::Controls, "A"},
                      {F::Asset, "C"},
                      {F::RiskId, "D"},
                      {F::Threat, "E"},
                      {F::Vulnerability, "G"},
                      {F::Likelihood, "H"},
                      {F::Impact, "I"},
                      {F::RiskValue, "J"},
                      {F::Treatment, "L"},
                      {F::Owner, "M"}});
    EXPECT_EQ(unrecognisedUtf8(m), (Strings{"Date raised", "Comments", "Status", "Last review"}));
    EXPECT_DOUBLE_EQ(m.confidence, 1.0);
}

// (g) The Japanese asset value × threat × vulnerability register, title rows above.
Grid japaneseAvtRegister()
{
    return makeGrid({
        {u"情報セキュリティリスクアセスメント表"},
        {u"作成日:2024年4月1日", {}, {}, u"承認者:情報セキュリティ委員会"},
        {},
        {u"No.",
         u"資産",
         u"資産の分類",
         u"機密性",
         u"完全性",
         u"可用性",
         u"資産価値",
         u"脅威",
         u"脆弱性",
         u"脅威レベル",
         u"脆弱性レベル",
         u"リスク値",
         u"リスクレベル",
         u"リスク対応",
         u"管理策",
         u"リスク所有者",
         u"対応後の脅威レベル",
         u"対応後の脆弱性レベル",
         u"残留リスク値",
         u"備考"},
        {1,
         u"顧客名簿",
         u"電子データ",
         3,
         2,
         1,
         {},
         u"不正アクセス",
         u"アクセス権の設定不備",
         2,
         3,
         18,
         u"高",
         u"低減",
         u"A.9.2.3 利用者アクセスの提供、A.9.4.1",
         u"営業部長",
         1,
         1,
         3,
         {}},
    });
}

TEST(DetectRegister, JapaneseAssetValueThreatVulnerabilityLayout)
{
    const RegisterMap m = detected(japaneseAvtRegister());
    EXPECT_EQ(m.headerRow, 3); // sheet row 4
    EXPECT_EQ(m.headerRows, 1);
    EXPECT_EQ(m.firstDataRow(), 4);
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Asset, "B"},
                      {F::Confidentiality, "D"},
                      {F::Integrity, "E"},
                      {F::Availability, "F"},
                      {F::AssetValue, "G"},
                      {F::Threat, "H"},
                      {F::Vulnerability, "I"},
                      {F::ThreatLevel, "J"},
                      {F::VulnerabilityLevel, "K"},
                      {F::RiskValue, "L"},
                      {F::RiskLevel, "M"},
                      {F::Treatment, "N"},
                      {F::Controls, "O"},
                      {F::Owner, "P"},
                      {F::ResidualThreat, "Q"},
                      {F::ResidualVulnerability, "R"},
                      {F::ResidualValue, "S"}});
    EXPECT_EQ(unrecognisedUtf8(m), (Strings{"資産の分類", "備考"}));
    EXPECT_DOUBLE_EQ(m.confidence, 1.0);
}

TEST(DetectRegister, HeaderWithoutDataRows)
{
    const Grid g = makeGrid({
        {u"Risk ID", u"Threat", u"Likelihood", u"Impact", u"Controls"},
    });
    const RegisterMap m = detected(g);
    EXPECT_EQ(m.headerRow, 0);
    EXPECT_EQ(m.headerRows, 1);
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Threat, "B"},
                      {F::Likelihood, "C"},
                      {F::Impact, "D"},
                      {F::Controls, "E"}});
}

TEST(DetectRegister, FullWidthAndCaseVariants)
{
    const Grid g = makeGrid({
        {u"ＲＩＳＫ　ＩＤ", u"THREAT", u"vulnerability", u"LIKELIHOOD", u"impact", u"CONTROLS"},
    });
    const RegisterMap m = detected(g);
    expectColumns(m, {{F::RiskId, "A"},
                      {F::Threat, "B"},
                      {F::Vulnerability, "C"},
                      {F::Likelihood, "D"},
                      {F::Impact, "E"},
                      {F::Controls, "F"}});
}

TEST(DetectRegister, CompleteRegisterIsMoreConfidentThanSparse)
{
    const RegisterMap complete = detected(englishRegister());
    const Grid sparseGrid = makeGrid({
        {u"Risk ID", u"Threat", u"Controls"},
        {u"R-1", u"Fire", u"7.5"},
    });
    const RegisterMap sparse = detected(sparseGrid);
    expectConfidenceInRange(complete);
    expectConfidenceInRange(sparse);
    EXPECT_GT(complete.confidence, sparse.confidence);
    EXPECT_LT(sparse.confidence, 0.5);
    expectColumns(sparse, {{F::RiskId, "A"}, {F::Threat, "B"}, {F::Controls, "C"}});
}

TEST(DetectRegister, NoHeaderIsNotFound)
{
    const Grid g = makeGrid({
        {u"Name", u"Date", u"Amount"},
        {u"Coffee", u"2024-05-01", 3.5},
        {u"Paper", u"2024-05-02", 12},
    });
    auto r = isms::detectRegister(g);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(r.error().message.empty());
}

TEST(DetectRegister, EmptySheetIsNotFound)
{
    auto r = isms::detectRegister(Grid());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
    auto blank = isms::detectRegister(makeGrid({{}, {}, {}}, 5));
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().kind, ErrorKind::NotFound);
}

TEST(DetectRegister, TwoFieldsAreNotARegister)
{
    const Grid g = makeGrid({
        {u"Asset", u"Owner", u"Location"},
        {u"Laptop", u"Alice", u"Office"},
    });
    auto r = isms::detectRegister(g);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
}

TEST(DetectRegister, OnlyTheFirstThirtyRowsAreSearched)
{
    // 31 blank rows, then the header in sheet row 32: not searched.
    std::vector<RowSpec> rows(31, RowSpec{});
    rows.push_back({u"Risk ID", u"Threat", u"Likelihood", u"Impact", u"Controls"});
    auto r = isms::detectRegister(makeGrid(rows));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);

    // In sheet row 30 it is found.
    rows.erase(rows.begin(), rows.begin() + 2);
    auto found = isms::detectRegister(makeGrid(rows));
    ASSERT_TRUE(found.ok()) << found.error().message;
    EXPECT_EQ(found->headerRow, 29);
    EXPECT_EQ(found->headerRows, 1);
}

// fieldKey / fieldFromKey / fieldLabel: stable keys as stored in ISMS.RegisterMap.
TEST(RegisterFields, KeysRoundTripAndLabelsExist)
{
    for (std::size_t f = 0; f < isms::kRegisterFieldCount; ++f)
    {
        const auto field = F(f);
        const std::string key = fieldName(field);
        EXPECT_FALSE(key.empty()) << f;
        auto back = isms::fieldFromKey(key);
        ASSERT_TRUE(back.has_value()) << key;
        EXPECT_EQ(*back, field) << key;
        EXPECT_FALSE(isms::fieldLabel(field).en.empty()) << key;
        EXPECT_FALSE(isms::fieldLabel(field).ja.empty()) << key;
    }
    EXPECT_EQ(isms::fieldKey(F::RiskId), "riskId");
    EXPECT_EQ(isms::fieldKey(F::Controls), "controls");
    EXPECT_EQ(isms::fieldKey(F::ResidualValue), "residualValue");
    EXPECT_FALSE(isms::fieldFromKey("colour").has_value());
    EXPECT_FALSE(isms::fieldFromKey("").has_value());
}

} // namespace
