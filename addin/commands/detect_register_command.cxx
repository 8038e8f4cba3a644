#include "commands/command_functions.hxx"

#include "sheets/register_finder.hxx"
#include "isms/register_report.hpp"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{

Outcome detectRegisterCommand(const CommandContext& c)
{
    const Lang lang = c.uiLang;
    auto found = findRegister(c.doc, flag(c.args, "Redetect", false));
    if (!found.ok())
        return {false,
                pick(lang,
                     "No risk register found. isms-calc looks for a sheet with headers such as "
                     "Risk ID, Threat, Likelihood, Impact and Controls in its first 30 rows.",
                     "リスク台帳が見つかりませんでした。最初の 30 "
                     "行に「リスクID」「脅威」「発生可能性」"
                     "「影響度」「管理策」などの見出しがあるシートを探しました。")};
    FoundRegister& f = found.value();
    // A mapping a person stored is never overwritten by detection, not even a broken one: it
    // is kept as written and what is wrong with it is said (Redetect=true replaces it).
    const bool keepBroken = !f.storedMapProblem.empty();
    if (!f.fromStoredMap && !keepBroken)
        setDocumentProperty(c.doc, kPropRegisterMap, registerMapToJson(f.reg.map, f.sheet));
    std::string msg = registerReport(f.reg, f.sheet, f.fromStoredMap, lang);
    if (keepBroken)
        msg += pick(lang, "ISMS.RegisterMap was kept as written but could not be used: ",
                    "ISMS.RegisterMap は書かれたまま残しましたが、使えませんでした: ") +
               f.storedMapProblem + "\n" +
               pick(lang,
                    "The columns above were detected instead. Correct the property, or run "
                    "Detect Risk Register with Redetect=true to replace it by the detected "
                    "mapping.",
                    "上の列は代わりに検出したものです。プロパティを修正するか、Redetect=true "
                    "でリスク台帳の検出を実行して検出結果で置き換えてください。");
    else if (!f.fromStoredMap)
        msg += pick(lang,
                    "The mapping is stored in the document property ISMS.RegisterMap (you may "
                    "correct it).",
                    "対応付けを文書のプロパティ ISMS.RegisterMap に保存しました(修正可能)。");
    return {true, msg};
}

} // namespace isms::addin
