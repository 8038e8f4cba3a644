// The SoA sheet's cover block (what people keep, what is computed), the sheet titles, the gap
// sheet's headings and kinds, and the role labels the cover, the dialog and the sidebar show.

#include "isms/soa_cover.hpp"

#include "isms/utf.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace
{

using namespace isms;

GridCell text(const char* utf8)
{
    GridCell c;
    c.text = toUtf16(utf8);
    return c;
}

GridCell number(double n)
{
    GridCell c;
    c.number = n;
    c.isNumber = true;
    return c;
}

SoaRow row(const char* control, const char* applicability)
{
    SoaRow r;
    r.at(SoaColumn::Control) = text(control);
    r.at(SoaColumn::Applicability) = text(applicability);
    return r;
}

/// Three applicable (in three spellings), two excluded, one undecided, one user row.
SoaMerge merged()
{
    SoaMerge m;
    m.rows = {
        row("5.1", "Yes"),      row("5.2", "適用"), row("5.3", "○"),      row("5.4", "No"),
        row("5.5", "適用除外"), row("5.6", ""),     row("", "Applicable")}; // a row a person added:
                                                                            // no control, not
                                                                            // counted
    m.flagged = 4;
    return m;
}

const SoaCoverRow& find(const std::vector<SoaCoverRow>& cover, const std::string& label)
{
    for (const SoaCoverRow& r : cover)
        if (r.label == label)
            return r;
    throw std::runtime_error("no cover row " + label);
}

std::string textOf(const GridCell& c)
{
    return toUtf8(c.text);
}

TEST(SoaCover, ThirteenRowsInSheetOrderInEitherLanguage)
{
    WorkbookSettings s;
    const auto en = soaCover(merged(), s, {}, Lang::En);
    ASSERT_EQ(int(en.size()), kSoaCoverRowCount);
    const std::vector<std::string> labels = {"Organisation",
                                             "ISMS scope",
                                             "Cloud services in scope",
                                             "Role",
                                             "Cloud service models",
                                             "Standards",
                                             "Version",
                                             "Date",
                                             "Approved by",
                                             "Controls applicable",
                                             "Controls excluded",
                                             "Controls not yet decided",
                                             "Rows flagged for review"};
    for (std::size_t i = 0; i < labels.size(); ++i)
        EXPECT_EQ(en[i].label, labels[i]);
    const auto ja = soaCover(merged(), s, {}, Lang::Ja);
    ASSERT_EQ(int(ja.size()), kSoaCoverRowCount);
    EXPECT_EQ(ja[0].label, "組織名");
    EXPECT_EQ(ja[9].label, "適用する管理策");
    EXPECT_EQ(ja[10].label, "適用除外の管理策");
}

TEST(SoaCover, CountsAreNumbersAsTheReviewReadsApplicability)
{
    const auto cover = soaCover(merged(), {}, {}, Lang::En);
    const auto expectNumber = [&](const char* label, double n)
    {
        const GridCell& v = find(cover, label).value;
        EXPECT_TRUE(v.isNumber) << label;
        EXPECT_EQ(v.number, n) << label;
    };
    expectNumber("Controls applicable", 3);
    expectNumber("Controls excluded", 2);
    expectNumber("Controls not yet decided", 1);
    expectNumber("Rows flagged for review", 4);
}

TEST(SoaCover, ComputedTextsFromTheWorkbookSettings)
{
    WorkbookSettings s;
    s.role = Role::Provider;
    s.cloudServices = {"Mail", "Storage"};
    s.serviceModels = {"IaaS", "SaaS"};
    const auto en = soaCover(merged(), s, {}, Lang::En);
    EXPECT_EQ(textOf(find(en, "Cloud services in scope").value), "Mail, Storage");
    EXPECT_EQ(textOf(find(en, "Cloud service models").value), "IaaS, SaaS");
    EXPECT_EQ(textOf(find(en, "Role").value), "Cloud service provider");
    EXPECT_FALSE(find(en, "Role").value.isNumber);
    EXPECT_EQ(textOf(find(en, "Standards").value),
              "ISO/IEC 27001:2022 Annex A, ISO/IEC 27017:2015");
    const auto ja = soaCover(merged(), s, {}, Lang::Ja);
    EXPECT_EQ(textOf(find(ja, "立場").value), "クラウドサービスプロバイダ");
    EXPECT_NE(textOf(find(ja, "規格").value).find("JIS Q 27001:2023"), std::string::npos);
    EXPECT_NE(textOf(find(ja, "規格").value).find("JIS Q 27017:2016"), std::string::npos);
}

TEST(SoaCover, AVeryLongServiceListIsCutAndCounted)
{
    WorkbookSettings s;
    for (int i = 0; i < 100000; ++i)
        s.cloudServices.push_back("Service " + std::to_string(i));
    const std::string en =
        textOf(find(soaCover(merged(), s, {}, Lang::En), "Cloud services in scope").value);
    EXPECT_LT(en.size(), 1000u);
    EXPECT_EQ(en.find("Service 0, Service 1, "), 0u) << en;
    EXPECT_NE(en.find("Service 49, … (100000 in all)"), std::string::npos) << en;
    const std::string ja =
        textOf(find(soaCover(merged(), s, {}, Lang::Ja), "対象のクラウドサービス").value);
    EXPECT_NE(ja.find("Service 49、…(全 100000 件)"), std::string::npos) << ja;
}

TEST(SoaCover, RoleNotStatedSaysWhereToStateIt)
{
    EXPECT_EQ(textOf(find(soaCover(merged(), {}, {}, Lang::En), "Role").value),
              "not stated (ISMS.Role)");
    EXPECT_EQ(textOf(find(soaCover(merged(), {}, {}, Lang::Ja), "立場").value),
              "未記載(ISMS.Role)");
    WorkbookSettings both;
    both.role = Role::Both;
    EXPECT_EQ(textOf(find(soaCover(merged(), both, {}, Lang::Ja), "立場").value),
              "両方(カスタマ及びプロバイダ)");
}

TEST(SoaCover, PersonValuesAreKeptByLabelInEitherLanguage)
{
    // Written in Japanese, regenerated in English: the typed cells stay, numbers stay numbers.
    const SoaCoverCells typed = {{toUtf16("組織名"), text("Example KK")},
                                 {u"Version", number(3)},
                                 {toUtf16("日付"), number(46113)},
                                 {u"Something else", text("ignored")},
                                 // a computed row's old value is replaced, not kept
                                 {u"Controls applicable", number(99)}};
    const auto en = soaCover(merged(), {}, typed, Lang::En);
    EXPECT_EQ(textOf(find(en, "Organisation").value), "Example KK");
    EXPECT_TRUE(find(en, "Version").value.isNumber);
    EXPECT_EQ(find(en, "Version").value.number, 3);
    EXPECT_EQ(find(en, "Date").value.number, 46113);
    EXPECT_TRUE(find(en, "ISMS scope").value.empty()) << "not typed yet: empty";
    EXPECT_TRUE(find(en, "Approved by").value.empty());
    EXPECT_EQ(find(en, "Controls applicable").value.number, 3);
    const auto ja = soaCover(merged(), {}, typed, Lang::Ja);
    EXPECT_EQ(textOf(find(ja, "組織名").value), "Example KK");
    EXPECT_EQ(find(ja, "版数").value.number, 3);
}

TEST(SoaSheets, TitlesHeadingsAndGapKindsInBothLanguages)
{
    EXPECT_EQ(soaSheetTitle().in(Lang::En), "Statement of Applicability");
    EXPECT_EQ(soaSheetTitle().in(Lang::Ja), "適用宣言書");
    EXPECT_EQ(soaGapsSheetTitle().in(Lang::En), "SoA gaps");
    EXPECT_EQ(soaGapsSheetTitle().in(Lang::Ja), "ギャップ");
    EXPECT_EQ(gapColumnLabels()[0].in(Lang::En), "Gap");
    EXPECT_EQ(gapColumnLabels()[1].in(Lang::Ja), "管理策");
    EXPECT_EQ(gapColumnLabels()[2].in(Lang::Ja), "内容");
    for (GapKind k : {GapKind::UnknownControl, GapKind::AmbiguousMapping,
                      GapKind::CloudNotConsidered, GapKind::ExclusionUnjustified})
    {
        EXPECT_FALSE(gapKindLabel(k, Lang::En).empty());
        EXPECT_FALSE(gapKindLabel(k, Lang::Ja).empty());
        EXPECT_NE(gapKindLabel(k, Lang::En), gapKindLabel(k, Lang::Ja));
    }
    EXPECT_EQ(gapKindLabel(GapKind::ExclusionUnjustified, Lang::En),
              "Exclusion without justification");
    EXPECT_EQ(gapKindLabel(GapKind::ExclusionUnjustified, Lang::Ja), "除外理由のない適用除外");
}

TEST(RoleLabels, EveryStatedRoleInBothLanguages)
{
    EXPECT_EQ(roleLabel(Role::Customer, Lang::En), "Cloud service customer");
    EXPECT_EQ(roleLabel(Role::Provider, Lang::En), "Cloud service provider");
    EXPECT_EQ(roleLabel(Role::Both, Lang::En), "Both customer and provider");
    EXPECT_EQ(roleLabel(Role::Customer, Lang::Ja), "クラウドサービスカスタマ");
    EXPECT_EQ(roleLabel(Role::Provider, Lang::Ja), "クラウドサービスプロバイダ");
    EXPECT_EQ(roleLabel(Role::Both, Lang::Ja), "両方(カスタマ及びプロバイダ)");
    // A label reads back as its role.
    for (Role r : {Role::Customer, Role::Provider, Role::Both})
        for (Lang l : {Lang::En, Lang::Ja})
        {
            auto parsed = parseRole(toUtf16(roleLabel(r, l)), 0);
            if (r != Role::Both) // the Both labels are descriptions, not keywords
            {
                ASSERT_TRUE(parsed.ok()) << roleLabel(r, l);
                EXPECT_EQ(*parsed, r);
            }
        }
}

} // namespace
