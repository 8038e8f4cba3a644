#include "sheets/findings_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/sheet_writer.hxx"
#include "strings.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/util/Color.hpp>

namespace isms::addin
{
namespace
{

constexpr int kCols = 6; // No., severity, rule, location, message, fix
constexpr int kLocationCol = 3;

std::string quoteSheet(const std::string& name)
{
    std::string out = "'";
    for (char ch : name)
        out += ch == '\'' ? std::string("''") : std::string(1, ch);
    return out + "'";
}

std::string formulaText(const std::string& s)
{
    std::string out = "\"";
    for (char ch : s)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

/// A HYPERLINK formula to the finding's cell, or plain text for the workbook itself.
std::string locationCell(const Location& where, Lang lang)
{
    if (where.sheet.empty())
        return str::kFindingsDocumentProperties.str(lang);
    const std::string ref = cellRef(where);
    const std::string target =
        where.row < 0 ? "A1" : (where.col < 0 ? "A" + std::to_string(where.row + 1) : ref);
    const std::string shown = ref.empty() ? where.sheet : where.sheet + "!" + ref;
    return "=HYPERLINK(" + formulaText("#" + quoteSheet(where.sheet) + "." + target) + ";" +
           formulaText(shown) + ")";
}

sal_Int32 severityColour(Severity s)
{
    switch (s)
    {
    case Severity::Major:
        return sal_Int32(0xF4CCCC);
    case Severity::Minor:
        return sal_Int32(0xFFF2CC);
    case Severity::Observation:
        return sal_Int32(0xDDEBF7);
    }
    return -1;
}

} // namespace

std::string writeFindings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                          const std::vector<Finding>& findings, Lang lang)
{
    const GeneratedSheet target =
        generatedSheet(doc, kFindingsRange, str::kFindingsSheet.str(lang));
    const auto& sheet = target.sheet;
    const int oldRows = target.rows();

    std::vector<std::vector<css::uno::Any>> rows;
    const auto text = [](std::string_view s) { return css::uno::Any(toOUString(s)); };
    rows.push_back(
        {text(str::kFindingsHeadNo.in(lang)), text(str::kFindingsHeadSeverity.in(lang)),
         text(str::kFindingsHeadRule.in(lang)), text(str::kFindingsHeadLocation.in(lang)),
         text(str::kFindingsHeadFinding.in(lang)), text(str::kFindingsHeadFix.in(lang))});
    int n = 0;
    for (const Finding& f : findings)
        rows.push_back({css::uno::Any(double(++n)), text(severityLabel(f.severity).in(lang)),
                        text(f.rule), text(""), text(f.message.in(lang)), text(f.fix.in(lang))});
    const int used = int(rows.size());
    while (int(rows.size()) < oldRows) // clear what a longer earlier review left below
        rows.push_back({});
    setData(sheet, 0, kCols, rows);

    // The location column as formulas, in one call: links people can click.
    if (!findings.empty())
    {
        css::uno::Sequence<css::uno::Sequence<rtl::OUString>> links(sal_Int32(findings.size()));
        for (std::size_t i = 0; i < findings.size(); ++i)
        {
            css::uno::Sequence<rtl::OUString> one(1);
            one.getArray()[0] = toOUString(locationCell(findings[i].where, lang));
            links.getArray()[i] = one;
        }
        css::uno::Reference<css::sheet::XCellRangeFormula>(
            sheet->getCellRangeByPosition(kLocationCol, 1, kLocationCol, int(findings.size())),
            css::uno::UNO_QUERY_THROW)
            ->setFormulaArray(links);
    }
    // Severity colours follow the rows, also on a regenerated sheet.
    if (oldRows > used)
        setProp(sheet->getCellRangeByPosition(1, used, 1, oldRows - 1), "CellBackColor",
                css::uno::Any(sal_Int32(-1)));
    // Findings come sorted by severity: one range per run of equal severity.
    for (std::size_t i = 0; i < findings.size();)
    {
        std::size_t j = i;
        while (j < findings.size() && findings[j].severity == findings[i].severity)
            ++j;
        setProp(sheet->getCellRangeByPosition(1, int(i) + 1, 1, int(j)), "CellBackColor",
                css::uno::Any(severityColour(findings[i].severity)));
        i = j;
    }
    setNamedRange(doc, kFindingsRange, sheet, used, kCols, 0);
    if (oldRows == 0) // a new sheet; a regenerated one keeps the layout people gave it
    {
        setWidths(sheet, {1200, 2600, 5000, 3600, 9000, 7600});
        formatTable(sheet, 0, used - 1, kCols, kCols);
    }
    PrintLayout print;
    print.pageStyle = "ISMS findings";
    print.lastRow = used - 1;
    print.printedCols = kCols;
    print.headerCenter = str::kFindingsSheet.str(lang);
    print.footerLeft = todayIso();
    print.pageWord = str::kPrintPage.str(lang);
    applyPrintLayout(doc, sheet, print);
    return sheetName(sheet);
}

} // namespace isms::addin
