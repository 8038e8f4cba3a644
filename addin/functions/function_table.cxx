#include "functions/function_table.hxx"

#include <algorithm>

namespace isms::addin
{
namespace
{

const ParamInfo kId{"id",
                    "id",
                    "管理策番号",
                    "Control id as written anywhere: A.9.2.3, 9.2.3, 5.15, CLD.6.3.1, "
                    "full-width, or followed by a title. Or a range of ids, entered as an array "
                    "formula (Ctrl+Shift+Enter): one result per cell, empty for an empty cell or "
                    "an unknown id",
                    "管理策の番号。A.9.2.3、9.2.3、5.15、CLD.6.3.1、全角、名称付きでも可。"
                    "番号の範囲を指定し配列数式(Ctrl+Shift+Enter)として入力すると、セルごとに"
                    "結果を返します(空白セル及び不明な番号は空文字列)",
                    false};

const ParamInfo kLang{"lang",
                      "lang",
                      "言語",
                      "Optional: en or ja (default: the user interface language)",
                      "省略可: en または ja(既定は UI の言語)",
                      true};

const ParamInfo kRole{
    "role",
    "role",
    "立場",
    "Optional: customer, provider or both (カスタマ/プロバイダ/両方); default: the "
    "workbook's ISMS.Role",
    "省略可: customer、provider、both(カスタマ/プロバイダ/両方)。既定はブックの ISMS.Role",
    true};

const ParamInfo kMethod{
    "method",
    "method",
    "方法",
    "Optional: a risk method preset (3x3, 4x4, 5x5, iso27005, avt) or the workbook's own "
    "method id; default: the workbook's ISMS.RiskMethod",
    "省略可: リスク評価方法のプリセット(3x3、4x4、5x5、iso27005、avt)又はブック独自の方法の ID。"
    "既定はブックの ISMS.RiskMethod",
    true};

const ParamInfo kValue{"value",
                       "value",
                       "リスク値",
                       "A risk value produced by the method",
                       "評価方法で算出したリスク値",
                       true};

const std::vector<FunctionInfo> kTable = {
    {"control",
     "ISMS.CONTROL",
     "Returns a control's label or another field (edition, clause, objective, id) from the "
     "ISO/IEC 27001:2013/2022 and 27017 catalog.",
     "ISO/IEC 27001:2013/2022・27017 の管理策の名称、または版・箇条・管理目的・番号を返します。",
     {kId,
      {"field", "field", "項目", "Optional: title (default), edition, clause, objective or id",
       "省略可: title(既定)、edition、clause、objective、id", true},
      kLang}},
    {"normalize",
     "ISMS.NORMALIZE",
     "Returns the canonical form of a control id (A.9.2.3, 5.15, CLD.6.3.1).",
     "管理策番号を正規の表記(A.9.2.3、5.15、CLD.6.3.1)にして返します。",
     {kId}},
    {"map",
     "ISMS.MAP",
     "Returns the corresponding controls in the other ISO/IEC 27001 edition, joined by \", \".",
     "もう一方の版の ISO/IEC 27001 で対応する管理策を「, 」区切りで返します。",
     {kId,
      {"target", "target", "対象の版", "Optional: 2022 or 2013 (default: the other edition)",
       "省略可: 2022 または 2013(既定はもう一方の版)", true}}},
    {"cloudRole",
     "ISMS.CLOUDROLE",
     "Returns which roles ISO/IEC 27017 gives cloud guidance for: customer, provider, both, or "
     "empty.",
     "ISO/IEC 27017 がクラウド固有の指針を示す立場(customer、provider、both、なしは空)を返します。",
     {kId}},
    {"controls",
     "ISMS.CONTROLS",
     "Returns a vertical array of the control ids of an edition, optionally filtered.",
     "指定した版の管理策番号を縦の配列で返します(絞り込み可)。",
     {{"edition", "edition", "版", "Optional: 2022 (default), 2013 or 27017",
       "省略可: 2022(既定)、2013、27017", true},
      {"filter", "filter", "絞り込み", "Optional: customer, provider, cloud or new",
       "省略可: customer、provider、cloud、new", true}}},
    {"guidance",
     "ISMS.GUIDANCE",
     "Returns isms-calc's summary of the ISO/IEC 27017 cloud guidance for a control and role, with "
     "the evidence an auditor asks for; empty when 27017 gives that role none.",
     "管理策と立場に対する ISO/IEC 27017 のクラウド指針の要約(isms-calc "
     "独自の表現)と審査で求められる証拠を"
     "返します。その立場への指針がなければ空です。",
     {kId, kRole, kLang},
     true},
    {"cloudRisks",
     "ISMS.CLOUDRISKS",
     "Returns the cloud-specific risk factors to assess for a role: id, factor, ISO/IEC 27001:2022 "
     "controls, ISO/IEC 27017 entries (an array of 4 columns).",
     "立場ごとに評価すべきクラウド固有のリスク要因を返します: ID、要因、27001:2022 の管理策、27017 "
     "の項目"
     "(4 列の配列)。",
     {kRole, kLang},
     true},
    {"overlay",
     "ISMS.OVERLAY",
     "Reloads the licensed-text overlay (official titles and guidance from your own copy of the "
     "standards) and returns what it loaded or rejected; recalculate (Ctrl+Shift+F9) to apply.",
     "ライセンス版テキストのオーバーレイ(所有する規格の正式な名称・指針)を読み込み直し、"
     "読込み結果と却下した内容を返します。反映するには再計算(Ctrl+Shift+F9)します。",
     {}},
    {"risk",
     "ISMS.RISK",
     "Returns the risk value for a likelihood and an impact level under the organisation's method "
     "(default 5x5: likelihood × impact, 1–25).",
     "組織のリスク評価方法で、起こりやすさと影響度のレベルからリスク値を返します(既定 5x5: "
     "起こりやすさ×影響度、1〜25)。",
     {{"likelihood", "likelihood", "起こりやすさ",
       "Likelihood level: 1 … n, or a label of the scale (e.g. Likely, 起こりやすい)",
       "起こりやすさのレベル: 1〜n 又は尺度のラベル(例: 起こりやすい)", true},
      {"impact", "impact", "影響度", "Impact level: 1 … n, or a label of the scale",
       "影響度のレベル: 1〜n 又は尺度のラベル", true},
      kMethod},
     true},
    {"risk3",
     "ISMS.RISK3",
     "Returns the risk value from asset value, threat and vulnerability levels (default method "
     "avt: "
     "product, 1–27).",
     "資産価値・脅威・脆弱性のレベルからリスク値を返します(既定の方法 avt: 積、1〜27)。",
     {{"assetValue", "asset_value", "資産価値", "Asset value level (e.g. ISMS.CIA of C, I, A)",
       "資産価値のレベル(例: 機密性・完全性・可用性の ISMS.CIA)", true},
      {"threat", "threat", "脅威", "Threat level", "脅威のレベル", true},
      {"vulnerability", "vulnerability", "脆弱性", "Vulnerability level", "脆弱性のレベル", true},
      kMethod},
     true},
    {"riskLevel",
     "ISMS.RISKLEVEL",
     "Returns the level label of a risk value under the method (e.g. Low / Medium / High).",
     "評価方法に基づくリスク値のレベル名(例: 低/中/高)を返します。",
     {kValue, kMethod},
     true},
    {"acceptable",
     "ISMS.ACCEPTABLE",
     "Returns 1 (TRUE) when a risk value is within the method's risk acceptance criteria, else 0 "
     "(FALSE).",
     "リスク値がリスク受容基準の範囲内なら 1(TRUE)、範囲外なら 0(FALSE)を返します。",
     {kValue, kMethod},
     true},
    {"certExpiry",
     "ISMS.CERTEXPIRY",
     "Returns the expiry date of an ISO/IEC 27017 (ISMS cloud security) certificate: the earlier "
     "of "
     "three years after issue and the expiry of the ISO/IEC 27001 certificate it adds to.",
     "ISMSクラウドセキュリティ認証(ISO/IEC 27017)の有効期限を返します: 発行日の 3 "
     "年後と、アドオン先の "
     "ISO/IEC 27001 認証の有効期限のうち早い方です。",
     {{"issued27017", "issued_27017", "27017認証の発行日", "Date the 27017 certificate was issued",
       "27017 認証の発行日", true},
      {"expiry27001", "expiry_27001", "27001認証の有効期限", "Expiry date of the 27001 certificate",
       "27001 認証の有効期限", true}}},
    {"cia",
     "ISMS.CIA",
     "Returns the asset value as the largest of its confidentiality, integrity and availability "
     "ratings.",
     "機密性・完全性・可用性の評価のうち最大のものを資産価値として返します。",
     {{"confidentiality", "c", "機密性", "Confidentiality rating (a whole number from 1)",
       "機密性の評価(1 以上の整数)", true},
      {"integrity", "i", "完全性", "Integrity rating (a whole number from 1)",
       "完全性の評価(1 以上の整数)", true},
      {"availability", "a", "可用性", "Availability rating (a whole number from 1)",
       "可用性の評価(1 以上の整数)", true}}},
};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(),
                      [](char x, char y)
                      {
                          auto up = [](char c)
                          { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; };
                          return up(x) == up(y);
                      });
}

} // namespace

std::span<const FunctionInfo> functionTable()
{
    return kTable;
}

const FunctionInfo* findByMethod(std::string_view method)
{
    auto it = std::find_if(kTable.begin(), kTable.end(),
                           [&](const FunctionInfo& f) { return f.method == method; });
    return it == kTable.end() ? nullptr : &*it;
}

const FunctionInfo* findByDisplayName(std::string_view displayName)
{
    auto it = std::find_if(kTable.begin(), kTable.end(),
                           [&](const FunctionInfo& f)
                           { return equalsIgnoreCase(f.displayName, displayName); });
    return it == kTable.end() ? nullptr : &*it;
}

} // namespace isms::addin
