#include "sheets/changes_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/sheet_writer.hxx"
#include "strings.hxx"
#include "isms/text_list.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>

namespace isms::addin
{
namespace
{

constexpr int kCols = 6; // change, control, earlier control(s), field, before, after

std::string fileValue(const ComparedFile& f, Lang lang)
{
    const std::string edition = f.edition.empty() ? str::kChangesNoEdition.str(lang)
                                                  : fill(str::kChangesEdition, lang, {f.edition});
    return fill(str::kChangesFileValue, lang, {f.name, f.sheet, edition});
}

} // namespace

std::string writeChanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                         const SoaComparison& cmp, const ComparedFile& earlier,
                         const ComparedFile& current, Lang lang)
{
    const GeneratedSheet target = generatedSheet(doc, kChangesRange, str::kChangesSheet.str(lang));
    const auto& sheet = target.sheet;
    if (!target.isNew) // a new comparison replaces the earlier one (the layout people gave stays)
    {
        const auto old = sheet->getCellRangeByPosition(0, target.range.StartRow,
                                                       target.range.EndColumn, target.range.EndRow);
        css::uno::Reference<css::sheet::XSheetOperation>(old, css::uno::UNO_QUERY_THROW)
            ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                            css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
        setProp(old, "CharWeight", css::uno::Any(css::awt::FontWeight::NORMAL));
    }

    const auto text = [](std::string_view s) { return css::uno::Any(toOUString(s)); };
    const auto number = [](int n) { return css::uno::Any(double(n)); };
    std::vector<std::vector<css::uno::Any>> rows;
    rows.push_back({text(str::kChangesTitle.in(lang))});
    rows.push_back({text(str::kChangesEarlier.in(lang)), text(fileValue(earlier, lang))});
    rows.push_back({text(str::kChangesCurrent.in(lang)), text(fileValue(current, lang))});
    rows.push_back({text(str::kChangesCompared.in(lang)), number(cmp.compared)});
    rows.push_back({text(str::kChangesChanged.in(lang)), number(cmp.changed)});
    rows.push_back({text(str::kChangesAdded.in(lang)), number(cmp.added)});
    rows.push_back({text(str::kChangesRemoved.in(lang)), number(cmp.removed)});
    rows.push_back({text(str::kChangesUnchanged.in(lang)), number(cmp.unchanged)});
    const std::vector<std::string>& notes = lang == Lang::Ja ? cmp.notesJa : cmp.notesEn;
    for (std::size_t i = 0; i < notes.size(); ++i)
        rows.push_back({text(i == 0 ? str::kChangesNotes.in(lang) : ""), text(notes[i])});
    rows.push_back({});
    const int headRow = int(rows.size());
    rows.push_back({text(str::kChangesHeadKind.in(lang)), text(str::kChangesHeadControl.in(lang)),
                    text(str::kChangesHeadEarlier.in(lang)), text(str::kChangesHeadField.in(lang)),
                    text(str::kChangesHeadBefore.in(lang)), text(str::kChangesHeadAfter.in(lang))});
    for (const SoaRowChange& r : cmp.rows)
    {
        const css::uno::Any kind = text(soaChangeKindLabel(r.kind).in(lang));
        const std::string oldIds = joinList(r.oldControls);
        if (r.fields.empty()) // an added or removed control that fills no field: one line
            rows.push_back({kind, text(r.control), text(oldIds)});
        for (const SoaFieldChange& f : r.fields)
            rows.push_back({kind, text(r.control), text(oldIds),
                            text(soaColumnLabel(f.field).in(lang)), text(f.before), text(f.after)});
    }
    if (cmp.rows.empty())
        rows.push_back({text(str::kChangesNone.in(lang))});

    setData(sheet, 0, kCols, rows);
    setNamedRange(doc, kChangesRange, sheet, int(rows.size()), kCols, 0);
    setProp(sheet->getCellRangeByPosition(0, 0, 0, 0), "CharWeight",
            css::uno::Any(css::awt::FontWeight::BOLD));
    setProp(sheet->getCellRangeByPosition(0, headRow, kCols - 1, headRow), "CharWeight",
            css::uno::Any(css::awt::FontWeight::BOLD));
    if (target.isNew)
        setWidths(sheet, {4200, 2600, 3600, 5600, 9000, 9000});
    // Printed like the SoA, gap and Findings sheets: A4 landscape, the six columns on the page
    // width, the heading of the change lines repeated on every page.
    PrintLayout print;
    print.pageStyle = "ISMS changes";
    print.headerRow = headRow;
    print.lastRow = int(rows.size()) - 1;
    print.printedCols = kCols;
    print.headerCenter = str::kChangesTitle.str(lang);
    print.footerLeft = todayIso();
    print.pageWord = str::kPrintPage.str(lang);
    applyPrintLayout(doc, sheet, print);
    return sheetName(sheet);
}

} // namespace isms::addin
