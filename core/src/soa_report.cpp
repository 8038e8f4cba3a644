#include "isms/soa_report.hpp"

#include "isms/register_report.hpp"

namespace isms
{

bool soaNeedsConfirmation(const WorkbookSettings& settings,
                          const SoaRegisterSource& source) noexcept
{
    return !settings.role || !source.reg ||
           (!source.fromStoredMap && source.reg->map.confidence < 0.5);
}

std::string soaRegisterSummary(const SoaRegisterSource& source, Lang lang, std::size_t maxLines)
{
    if (source.reg)
        return registerReport(*source.reg, source.sheet, source.fromStoredMap, lang, maxLines);
    return lang == Lang::Ja ? "リスク台帳が見つかりません。リスクとの関連付けなしで作成します。"
                            : "No risk register found: the SoA will have no risk links.";
}

std::string_view soaCancelledText(Lang lang) noexcept
{
    return lang == Lang::Ja ? "キャンセルしました。何も変更していません。"
                            : "Cancelled: nothing was changed.";
}

std::string soaReport(const SoaOutcome& o, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    const SoaMerge empty;
    const SoaMerge& m = o.merged ? *o.merged : empty;
    const std::string sheet(o.sheet);
    std::string msg;
    if (ja)
        msg = "適用宣言書をシート「" + sheet + "」に書き込みました: " + std::to_string(o.rows) +
              " 行(記入を保持 " + std::to_string(m.kept) + "、新規 " + std::to_string(m.added) +
              "、要確認 " + std::to_string(m.flagged) + "、利用者の追加行 " +
              std::to_string(m.userRows) + ")。ギャップ " + std::to_string(o.gaps) + " 件。";
    else
        msg = "Statement of Applicability written to sheet '" + sheet +
              "': " + std::to_string(o.rows) + " rows (" + std::to_string(m.kept) +
              " kept with your entries, " + std::to_string(m.added) + " new, " +
              std::to_string(m.flagged) + " flagged, " + std::to_string(m.userRows) +
              " added by you); " + std::to_string(o.gaps) + " gaps listed.";
    msg += "\n";
    if (const Register* reg = o.source.reg)
    {
        const std::string regSheet(o.source.sheet);
        const std::string method = o.method ? o.method->id : defaultMethod().id;
        msg += ja ? "リスク台帳: シート「" + regSheet + "」、リスク " +
                        std::to_string(reg->risks.size()) + " 件、評価方法 " + method + "。"
                  : "Risk register: sheet '" + regSheet + "', " +
                        std::to_string(reg->risks.size()) + " risks, method " + method + ".";
    }
    else
        msg += ja ? "リスク台帳が見つからないため、リスクとの関連付けはありません。"
                  : "No risk register found: no risk links.";
    if (!o.roleStated)
        msg += ja ? "\n立場(ISMS.Role)が未記載のため「両方」とみなしました。"
                  : "\nThe role (ISMS.Role) is not stated: assumed both customer and provider.";
    return msg;
}

} // namespace isms
