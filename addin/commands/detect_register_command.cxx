#include "commands.hxx"

#include "register_finder.hxx"
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
    if (!f.fromStoredMap) // a corrected mapping the user stored is never overwritten by detection
        setDocumentProperty(c.doc, kPropRegisterMap, registerMapToJson(f.reg.map, f.sheet));
    std::string msg = registerReport(f.reg, f.sheet, f.fromStoredMap, lang);
    if (!f.storedMapProblem.empty())
        msg += pick(lang,
                    "The stored mapping was not used: ", "保存済みの対応付けは使えませんでした: ") +
               f.storedMapProblem + "\n";
    if (!f.fromStoredMap)
        msg += pick(lang,
                    "The mapping is stored in the document property ISMS.RegisterMap (you may "
                    "correct it).",
                    "対応付けを文書のプロパティ ISMS.RegisterMap に保存しました(修正可能)。");
    return {true, msg};
}

} // namespace isms::addin
