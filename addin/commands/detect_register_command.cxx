#include "commands/command_functions.hxx"

#include "document_properties.hxx"
#include "functions/conversions.hxx"
#include "sheets/register_finder.hxx"
#include "strings.hxx"
#include "isms/register_report.hpp"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{

Outcome detectRegisterCommand(const CommandContext& c)
{
    const Lang lang = c.uiLang;
    auto found = findRegister(c.doc, flag(c.args, "Redetect", false));
    if (!found.ok())
        return {false, str::kDetectRegisterNotFound.str(lang)};
    FoundRegister& f = found.value();
    // A mapping a person stored is never overwritten by detection, not even a broken one: it
    // is kept as written and what is wrong with it is said (Redetect=true replaces it).
    const bool keepBroken = !f.storedMapProblem.empty();
    if (!f.fromStoredMap && !keepBroken)
        setDocumentProperty(c.doc, kPropRegisterMap,
                            toOUString(registerMapToJson(f.reg.map, f.sheet)));
    std::string msg = registerReport(f.reg, f.sheet, f.fromStoredMap, lang);
    if (keepBroken)
        msg += fill(str::kDetectRegisterStoredMapUnusable, lang, {f.storedMapProblem}) + "\n" +
               str::kDetectRegisterDetectedInstead.str(lang);
    else if (!f.fromStoredMap)
        msg += str::kDetectRegisterMapStored.in(lang);
    if (!f.notUsed.empty())
        msg += fill(str::kDetectRegisterOthers, lang, {namedSheets(f.notUsed, lang)});
    if (const auto newer = newerRegisterSheets(c.doc, f); !newer.empty())
        msg += fill(str::kRegisterMapOlder, lang, {f.sheet, namedSheets(newer, lang)});
    return {true, msg};
}

} // namespace isms::addin
