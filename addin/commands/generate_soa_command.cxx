#include "commands/command_functions.hxx"

#include "overlay_texts.hxx"
#include "strings.hxx"
#include "sheets/revision_history_sheet.hxx"
#include "sheets/sheet_writer.hxx"

#include "functions/conversions.hxx"
#include "document_properties.hxx"
#include "sheets/register_finder.hxx"
#include "commands/role_dialog.hxx"
#include "sheets/soa_finder.hxx"
#include "sheets/soa_sheet.hxx"
#include "isms/register_scoring.hpp"
#include "isms/soa.hpp"
#include "isms/soa_import.hpp"
#include "isms/utf.hpp"
#include "isms/soa_report.hpp"
#include "isms/workbook_settings.hpp"

namespace isms::addin
{
namespace
{

/// What the first run carried over from the workbook's own SoA, and what it did not.
std::string importReport(const SoaImport& imported, const std::string& ownSheet,
                         const std::string& ownEdition, Lang lang)
{
    if (imported.olderNumbering)
        return fill(str::kSoaOlderNumbering, lang, {ownSheet, ownEdition});
    std::string out;
    if (!imported.rows.empty())
        out += fill(str::kSoaCarriedOver, lang,
                    {namedSheets(imported.sheets, lang), std::to_string(imported.rows.size())});
    if (!imported.notControls.empty())
        out +=
            fill(str::kSoaNotCarried, lang,
                 {std::to_string(imported.notControls.size()), listed(imported.notControls, lang)});
    if (!imported.repeated.empty())
        out += fill(str::kSoaRepeatedCarried, lang, {listed(imported.repeated, lang)});
    return out;
}

} // namespace

Outcome generateSoaCommand(const CommandContext& c)
{
    WorkbookSettings settings = DocumentSettingsCache::read(c.doc);
    const Lang uiLang = c.uiLang;
    const Lang lang = settings.language.value_or(uiLang);
    Progress progress(c.frame, str::kSoaProgress.str(uiLang), 4);

    auto found = findRegister(c.doc, false);
    progress.set(1);
    const SoaRegisterSource source =
        found.ok() ? SoaRegisterSource{&found->reg, found->sheet, found->fromStoredMap}
                   : SoaRegisterSource{};
    if (c.interactive && soaNeedsConfirmation(settings, source))
    {
        const auto chosen =
            askRole(c.uno, c.frame, settings.role, soaRegisterSummary(source, uiLang), uiLang);
        if (!chosen)
            return {false, std::string(soaCancelledText(uiLang))};
        settings.role = *chosen;
        setDocumentProperty(c.doc, kPropRole, toOUString(roleName(*chosen)));
    }
    const Register* reg = found.ok() ? &found->reg : nullptr;
    const RiskMethod* method = &methodForRegister(settings, reg);
    const Role role = settings.role.value_or(Role::Both);

    const Catalog& cat = Catalog::builtin();
    const auto texts = overlayTexts(c.uno); // as the cells and the sidebar show them
    SoaInput in{reg, method, role, lang};
    const ExistingSoa existing = readSoa(c.doc);
    // The first run in a workbook with an SoA of its own starts from what people wrote there.
    std::optional<SoaImport> imported;
    std::string ownSheet, ownEdition;
    if (!existing.found)
        if (const FoundSoa own = findSoa(c.doc, registerSheetsOf(found)); own.table)
        {
            imported = importOwnSoa(cat, *own.table, own.cloudPart ? &*own.cloudPart : nullptr);
            ownSheet = own.table->sheet;
            ownEdition = own.table->edition;
        }
    const SoaMerge merged = mergeSoa(computeSoaRows(cat, texts->texts, in),
                                     imported ? imported->rows : existing.rows, lang);
    const std::vector<Gap> gaps = findGaps(cat, in, merged.rows);
    // A history row when decisions changed (or when the history starts); the cover's version
    // follows the history.
    const RevisionHistory history = readHistory(c.doc);
    const std::vector<std::string>& versions = history.versions;
    // Compared with the decisions recorded with the last version, so what a person changed on
    // the sheet since then counts (the sheet itself holds only the current decisions).
    std::vector<SoaRow> recorded;
    if (!versions.empty())
    {
        recorded = soaRowsFromSnapshot(toUtf8(view(documentProperty(c.doc, kPropSoaDecisions))));
        if (recorded.empty())
            recorded = existing.rows; // a history from before snapshots were kept
    }
    const auto revision = soaRevision(recorded, merged.rows, versions, todayIso(), lang);
    const std::string version =
        revision ? revision->version : (versions.empty() ? std::string() : versions.back());
    progress.set(2);
    if (const std::string locked =
            protectedTarget(c.doc, {kSoaRange, kSoaGapsRange, kSoaHistoryRange}, {existing.sheet});
        !locked.empty())
        return {false, fill(str::kSheetProtected, uiLang, {locked})};

    SoaWriteResult written;
    {
        UndoStep undo(c.doc, str::kSoaUndo.str(uiLang));
        if (found.ok() && !found->fromStoredMap)
            setDocumentProperty(c.doc, kPropRegisterMap,
                                toOUString(registerMapToJson(found->reg.map, found->sheet)));
        written = writeSoa(c.doc, existing, merged, settings, version, lang);
        writeGaps(c.doc, gaps, lang);
        if (revision)
        {
            appendRevision(c.doc, history, *revision, lang);
            setDocumentProperty(c.doc, kPropSoaDecisions,
                                toOUString(soaDecisionSnapshot(merged.rows)));
        }
    }

    SoaOutcome outcome;
    outcome.sheet = written.sheet;
    outcome.rows = written.rows;
    outcome.merged = &merged;
    outcome.gaps = gaps.size();
    outcome.source = source;
    outcome.method = method;
    outcome.roleStated = settings.role.has_value();
    std::string message = soaReport(outcome, uiLang);
    if (imported)
        message += importReport(*imported, ownSheet, ownEdition, uiLang);
    if (revision)
        message += fill(str::kSoaRevisionAdded, uiLang, {revision->version, revision->changes});
    return {true, message};
}

} // namespace isms::addin
