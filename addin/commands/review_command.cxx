#include "commands/command_functions.hxx"

#include "functions/conversions.hxx"
#include "document_properties.hxx"
#include "sheets/findings_sheet.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/sheet_writer.hxx"
#include "sheets/soa_finder.hxx"
#include "sheets/soa_sheet.hxx"
#include "strings.hxx"
#include "isms/review.hpp"
#include "isms/soa_parts.hpp"
#include "isms/soa_table.hpp"
#include "isms/workbook_settings.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

namespace isms::addin
{
namespace
{

std::u16string property(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        std::string_view name)
{
    return std::u16string(view(documentProperty(doc, name)));
}

Certification readCertification(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    CertificationText raw;
    raw.issued27001 = property(doc, kPropCert27001Issued);
    raw.expiry27001 = property(doc, kPropCert27001Expiry);
    raw.issued27017 = property(doc, kPropCert27017Issued);
    raw.expiry27017 = property(doc, kPropCert27017Expiry);
    raw.scope27001 = property(doc, kPropScope);
    raw.scope27017 = property(doc, kPropCloudScope);
    return parseCertification(raw);
}

std::string summary(const std::vector<Finding>& findings, Lang lang)
{
    int n[3] = {0, 0, 0};
    for (const Finding& f : findings)
        ++n[std::size_t(f.severity)];
    const std::string count =
        fill(findings.size() == 1 ? str::kReviewFindingCount : str::kReviewFindingsCount, lang,
             {std::to_string(findings.size())});
    const std::string observations =
        fill(n[2] == 1 ? str::kReviewObservationCount : str::kReviewObservationsCount, lang,
             {std::to_string(n[2])});
    return fill(str::kReviewSummary, lang,
                {count, std::to_string(n[0]), std::to_string(n[1]), observations});
}

} // namespace

Outcome reviewCommand(const CommandContext& c)
{
    const bool reportOnly = flag(c.args, "ReportOnly", false);
    Progress progress(c.frame, str::kReviewProgress.str(c.uiLang), 4);
    ReviewInput in;
    in.settings = DocumentSettingsCache::read(c.doc);
    in.cert = readCertification(c.doc);
    auto found = findRegister(c.doc, false);
    if (found.ok())
    {
        in.reg = &found->reg;
        in.registerSheet = found->sheet;
        in.registerFromStoredMap = found->fromStoredMap;
        in.registerMapProblem = {found->storedMapProblem, found->storedMapProblemJa};
    }
    progress.set(1);
    const std::vector<std::string> newerRegisters =
        found.ok() ? newerRegisterSheets(c.doc, *found) : std::vector<std::string>{};
    std::vector<std::string> registerSheets = registerSheetsOf(found);
    registerSheets.insert(registerSheets.end(), newerRegisters.begin(), newerRegisters.end());
    const FoundSoa foundSoa = findSoa(c.doc, registerSheets);
    const std::optional<SoaTable>& soa = foundSoa.table;
    if (soa)
        in.soa = &*soa;
    progress.set(2);
    in.soaMapProblem = foundSoa.storedMapProblem;
    const std::optional<SoaTable>& cloudPart = foundSoa.cloudPart;
    const std::vector<Finding> findings =
        cloudPart ? reviewWithCloudPart(Catalog::builtin(), in, *cloudPart)
                  : review(Catalog::builtin(), in);
    progress.set(3);

    if (reportOnly) // scripts and isms-review: the findings as JSON, nothing written
    {
        Outcome out(true, summary(findings, c.uiLang));
        nlohmann::json report = {
            {"findings", nlohmann::json::parse(findingsToJson(findings))},
            {"register", in.reg ? in.registerSheet : ""},
            {"soa", soa ? soa->sheet : ""},
            {"soaCloudPart", cloudPart ? cloudPart->sheet : ""},
            {"soaNotReviewed", nlohmann::json::array()},
            {"registerNotReviewed", found.ok() ? found->notUsed : std::vector<std::string>{}},
            {"registerDatedLater", newerRegisters}};
        for (const auto& [sheet, edition] : foundSoa.notUsed)
            report["soaNotReviewed"].push_back({{"sheet", sheet}, {"edition", edition}});
        out.result = report.dump();
        return out;
    }
    const Lang lang = in.settings.language.value_or(c.uiLang);
    if (const std::string locked = protectedTarget(c.doc, {kFindingsRange}); !locked.empty())
        return {false, fill(str::kSheetProtected, c.uiLang, {locked})};
    FindingsWritten written;
    {
        UndoStep undo(c.doc, str::kReviewUndo.str(c.uiLang));
        written = writeFindings(c.doc, findings, lang);
    }
    const Lang ui = c.uiLang;
    const std::string registerFound =
        in.reg ? fill(str::kSheetNamed, ui, {in.registerSheet}) : str::kReviewNotFound.str(ui);
    const std::string soaFound =
        !soa        ? str::kReviewNotFound.str(ui)
        : cloudPart ? fill(str::kReviewOnSheetWithCloudPart, ui, {soa->sheet, cloudPart->sheet})
                    : fill(str::kSheetNamed, ui, {soa->sheet});
    std::string msg = fill(str::kReviewDone, ui, {summary(findings, ui), written.sheet});
    msg += "\n";
    msg += fill(str::kReviewSources, ui, {registerFound, soaFound});
    if (!newerRegisters.empty())
        msg +=
            fill(str::kRegisterMapOlder, ui, {in.registerSheet, namedSheets(newerRegisters, ui)});
    if (found.ok() && !found->notUsed.empty())
        msg += "\n" + fill(str::kReviewOtherRegister, ui, {namedSheets(found->notUsed, ui)});
    if (!foundSoa.notUsed.empty())
    {
        std::vector<std::string> sheets;
        for (const auto& [sheet, edition] : foundSoa.notUsed)
            sheets.push_back(edition.empty()
                                 ? fill(str::kSheetNamed, ui, {sheet})
                                 : fill(str::kReviewOnSheetNumbered, ui, {sheet, edition}));
        msg += "\n" + fill(str::kReviewOtherSoa, ui, {listed(sheets, ui)});
    }
    if (written.notFoundAgain == 1)
        msg += "\n" + str::kReviewKeptEarlierOne.str(ui);
    else if (written.notFoundAgain > 1)
        msg += "\n" + fill(str::kReviewKeptEarlier, ui, {std::to_string(written.notFoundAgain)});
    return {true, msg};
}

} // namespace isms::addin
