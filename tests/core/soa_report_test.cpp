// What Generate SoA decides and says: when a person is asked first, what the dialog says about
// the register, and the result message in English and Japanese.

#include "isms/soa_report.hpp"

#include <gtest/gtest.h>

#include <string>

namespace
{

using namespace isms;

Register registerWith(double confidence, std::size_t risks)
{
    Register reg;
    reg.map.confidence = confidence;
    reg.map.column[std::size_t(RegisterField::RiskId)] = 0;
    reg.risks.resize(risks);
    return reg;
}

WorkbookSettings withRole()
{
    WorkbookSettings s;
    s.role = Role::Customer;
    return s;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(SoaConfirmation, AskedWhenTheRoleOrAConfidentRegisterIsMissing)
{
    const Register sure = registerWith(0.75, 3);
    const Register unsure = registerWith(0.375, 3);
    EXPECT_FALSE(soaNeedsConfirmation(withRole(), {&sure, "Risks", false}));
    EXPECT_TRUE(soaNeedsConfirmation({}, {&sure, "Risks", false})) << "no role";
    EXPECT_TRUE(soaNeedsConfirmation(withRole(), {})) << "no register";
    EXPECT_TRUE(soaNeedsConfirmation(withRole(), {&unsure, "Risks", false}))
        << "detected below 50 %";
    EXPECT_FALSE(soaNeedsConfirmation(withRole(), {&unsure, "Risks", true}))
        << "a stored mapping is what a person said";
    const Register half = registerWith(0.5, 3);
    EXPECT_FALSE(soaNeedsConfirmation(withRole(), {&half, "Risks", false})) << "50 % is enough";
}

TEST(SoaConfirmation, TheDialogDescribesTheRegisterOrItsAbsence)
{
    const Register reg = registerWith(0.75, 12);
    const std::string en = soaRegisterSummary({&reg, "Risks", false}, Lang::En);
    EXPECT_TRUE(contains(en, "Risk register: sheet 'Risks'")) << en;
    EXPECT_TRUE(contains(en, "12 risks read")) << en;
    EXPECT_TRUE(contains(soaRegisterSummary({&reg, "Risks", false}, Lang::Ja), "リスク台帳"));
    EXPECT_EQ(soaRegisterSummary({}, Lang::En),
              "No risk register found: the SoA will have no risk links.");
    EXPECT_EQ(soaRegisterSummary({}, Lang::Ja),
              "リスク台帳が見つかりません。リスクとの関連付けなしで作成します。");
    EXPECT_EQ(soaCancelledText(Lang::En), "Cancelled: nothing was changed.");
    EXPECT_EQ(soaCancelledText(Lang::Ja), "キャンセルしました。何も変更していません。");
}

SoaMerge counts()
{
    SoaMerge m;
    m.kept = 90;
    m.added = 10;
    m.flagged = 2;
    m.userRows = 1;
    return m;
}

TEST(SoaReportText, EnglishWithRegister)
{
    const SoaMerge m = counts();
    const Register reg = registerWith(0.75, 12);
    SoaOutcome o{"SoA 2026", 103, &m, 5, {&reg, "Risk Register", false}, findPreset("5x5"), true};
    EXPECT_EQ(soaReport(o, Lang::En),
              "Statement of Applicability written to sheet 'SoA 2026': 103 rows (90 kept with "
              "your entries, 10 new, 2 flagged, 1 added by you); 5 gaps listed.\n"
              "Risk register: sheet 'Risk Register', 12 risks, method 5x5.");
}

TEST(SoaReportText, JapaneseWithoutRegisterOrRole)
{
    const SoaMerge m = counts();
    SoaOutcome o{"適用宣言書", 103, &m, 0, {}, nullptr, false};
    EXPECT_EQ(soaReport(o, Lang::Ja),
              "適用宣言書をシート「適用宣言書」に書き込みました: 103 行(記入を保持 90、新規 10、"
              "要確認 2、利用者の追加行 1)。ギャップ 0 件。\n"
              "リスク台帳が見つからないため、リスクとの関連付けはありません。\n"
              "立場(ISMS.Role)が未記載のため「両方」とみなしました。");
    const std::string en = soaReport(o, Lang::En);
    EXPECT_TRUE(contains(en, "No risk register found: no risk links.")) << en;
    EXPECT_TRUE(
        contains(en, "The role (ISMS.Role) is not stated: assumed both customer and provider."))
        << en;
}

} // namespace
