#include "commands/command_functions.hxx"

#include "functions/conversions.hxx"
#include "document_settings.hxx"
#include "sheets/register_finder.hxx"
#include "commands/role_dialog.hxx"
#include "sheets/soa_sheet.hxx"
#include "isms/register_report.hpp"
#include "isms/register_scoring.hpp"
#include "isms/soa.hpp"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{

Outcome generateSoaCommand(const CommandContext& c)
{
    WorkbookSettings settings = DocumentSettingsCache::read(c.doc);
    const Lang uiLang = c.uiLang;
    const Lang lang = settings.language.value_or(uiLang);
    const bool ja = uiLang == Lang::Ja;
    Progress progress(
        c.frame, pick(uiLang, "Generating the Statement of Applicability", "適用宣言書を作成中"),
        4);

    auto found = findRegister(c.doc, false);
    progress.set(1);
    // A person is asked only when something is missing: the role, or a confident register.
    if (c.interactive && (!settings.role || !found.ok() ||
                          (!found->fromStoredMap && found->reg.map.confidence < 0.5)))
    {
        const std::string detected =
            found.ok() ? registerReport(found->reg, found->sheet, found->fromStoredMap, uiLang, 6)
                       : pick(uiLang, "No risk register found: the SoA will have no risk links.",
                              "リスク台帳が見つかりません。リスクとの関連付けなしで作成します。");
        const auto chosen = askRole(c.uno, c.frame, settings.role, detected, uiLang);
        if (!chosen)
            return {false, pick(uiLang, "Cancelled: nothing was changed.",
                                "キャンセルしました。何も変更していません。")};
        settings.role = *chosen;
        setDocumentProperty(c.doc, kPropRole, std::string(roleName(*chosen)));
    }
    const Register* reg = found.ok() ? &found->reg : nullptr;
    const RiskMethod* method = &methodForRegister(settings, reg);
    const Role role = settings.role.value_or(Role::Both);

    const Catalog& cat = Catalog::builtin();
    const Texts texts = currentTexts(c.uno);
    SoaInput in{reg, method, role, lang};
    const ExistingSoa existing = readSoa(c.doc);
    const SoaMerge merged = mergeSoa(computeSoaRows(cat, texts, in), existing.rows, lang);
    const std::vector<Gap> gaps = findGaps(cat, in, merged.rows);
    progress.set(2);

    SoaWriteResult written;
    {
        UndoStep undo(c.doc,
                      pick(uiLang, "Generate Statement of Applicability", "適用宣言書の作成"));
        if (found.ok() && !found->fromStoredMap)
            setDocumentProperty(c.doc, kPropRegisterMap,
                                registerMapToJson(found->reg.map, found->sheet));
        written = writeSoa(c.doc, existing, merged, settings, lang);
        writeGaps(c.doc, gaps, lang);
    }

    std::string msg;
    if (ja)
        msg = "適用宣言書をシート「" + written.sheet +
              "」に書き込みました: " + std::to_string(written.rows) + " 行(記入を保持 " +
              std::to_string(merged.kept) + "、新規 " + std::to_string(merged.added) + "、要確認 " +
              std::to_string(merged.flagged) + "、利用者の追加行 " +
              std::to_string(merged.userRows) + ")。ギャップ " + std::to_string(gaps.size()) +
              " 件。";
    else
        msg = "Statement of Applicability written to sheet '" + written.sheet +
              "': " + std::to_string(written.rows) + " rows (" + std::to_string(merged.kept) +
              " kept with your entries, " + std::to_string(merged.added) + " new, " +
              std::to_string(merged.flagged) + " flagged, " + std::to_string(merged.userRows) +
              " added by you); " + std::to_string(gaps.size()) + " gaps listed.";
    msg += "\n";
    if (reg)
        msg += ja ? "リスク台帳: シート「" + found->sheet + "」、リスク " +
                        std::to_string(reg->risks.size()) + " 件、評価方法 " + method->id + "。"
                  : "Risk register: sheet '" + found->sheet + "', " +
                        std::to_string(reg->risks.size()) + " risks, method " + method->id + ".";
    else
        msg += pick(uiLang, "No risk register found: no risk links.",
                    "リスク台帳が見つからないため、リスクとの関連付けはありません。");
    if (!settings.role)
        msg += pick(uiLang,
                    "\nThe role (ISMS.Role) is not stated: assumed both customer and provider.",
                    "\n立場(ISMS.Role)が未記載のため「両方」とみなしました。");
    return {true, msg};
}

} // namespace isms::addin
