#include "function_table.hxx"

#include <algorithm>

namespace isms::addin
{
namespace
{

const ParamInfo kId{"id",
                    "id",
                    "管理策番号",
                    "Control id as written anywhere: A.9.2.3, 9.2.3, 5.15, CLD.6.3.1, "
                    "full-width, or followed by a title",
                    "管理策の番号。A.9.2.3、9.2.3、5.15、CLD.6.3.1、全角、名称付きでも可",
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
