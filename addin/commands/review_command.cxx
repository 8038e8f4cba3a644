#include "commands/command_functions.hxx"

#include "functions/conversions.hxx"
#include "document_settings.hxx"
#include "sheets/findings_sheet.hxx"
#include "sheets/register_finder.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/sheet_writer.hxx"
#include "sheets/soa_finder.hxx"
#include "sheets/soa_sheet.hxx"
#include "isms/review.hpp"
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
    return std::u16string(view(toOUString(documentProperty(doc, name))));
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
    if (lang == Lang::Ja)
        return "指摘 " + std::to_string(findings.size()) + " 件(重大な不適合 " +
               std::to_string(n[0]) + "、軽微な不適合 " + std::to_string(n[1]) + "、観察事項 " +
               std::to_string(n[2]) + ")";
    return std::to_string(findings.size()) + (findings.size() == 1 ? " finding (" : " findings (") +
           std::to_string(n[0]) + " major, " + std::to_string(n[1]) + " minor, " +
           std::to_string(n[2]) + (n[2] == 1 ? " observation)" : " observations)");
}

} // namespace

Outcome reviewCommand(const CommandContext& c)
{
    const bool reportOnly = flag(c.args, "ReportOnly", false);
    Progress progress(c.frame, pick(c.uiLang, "Reviewing the workbook", "ブックをレビュー中"), 4);
    ReviewInput in;
    in.settings = DocumentSettingsCache::read(c.doc);
    in.cert = readCertification(c.doc);
    auto found = findRegister(c.doc, false);
    if (found.ok())
    {
        in.reg = &found->reg;
        in.registerSheet = found->sheet;
        in.registerFromStoredMap = found->fromStoredMap;
    }
    progress.set(1);
    const FoundSoa foundSoa = findSoa(c.doc, in.registerSheet);
    const std::optional<SoaTable>& soa = foundSoa.table;
    if (soa)
        in.soa = &*soa;
    progress.set(2);
    in.soaMapProblem = foundSoa.storedMapProblem;
    const std::vector<Finding> findings = review(Catalog::builtin(), in);
    progress.set(3);

    if (reportOnly) // scripts and isms-review: the findings as JSON, nothing written
    {
        Outcome out(true, summary(findings, c.uiLang));
        nlohmann::json report = {{"findings", nlohmann::json::parse(findingsToJson(findings))},
                                 {"register", in.reg ? in.registerSheet : ""},
                                 {"soa", soa ? soa->sheet : ""}};
        out.result = report.dump();
        return out;
    }
    const Lang lang = in.settings.language.value_or(c.uiLang);
    std::string sheet;
    {
        UndoStep undo(c.doc, pick(c.uiLang, "Review workbook", "ブックのレビュー"));
        sheet = writeFindings(c.doc, findings, lang);
    }
    std::string msg =
        c.uiLang == Lang::Ja
            ? summary(findings, c.uiLang) + "をシート「" + sheet + "」に書き込みました。"
            : summary(findings, c.uiLang) + " written to sheet '" + sheet + "'.";
    msg += "\n";
    msg +=
        c.uiLang == Lang::Ja
            ? "リスク台帳: " + (in.reg ? "シート「" + in.registerSheet + "」" : "見つかりません") +
                  "。適用宣言書: " + (soa ? "シート「" + soa->sheet + "」" : "見つかりません") +
                  "。ほかのシートは変更していません。"
            : "Risk register: " + (in.reg ? "sheet '" + in.registerSheet + "'" : "not found") +
                  ". SoA: " + (soa ? "sheet '" + soa->sheet + "'" : "not found") +
                  ". No other sheet was changed.";
    return {true, msg};
}

} // namespace isms::addin
