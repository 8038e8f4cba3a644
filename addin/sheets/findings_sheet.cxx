#include "sheets/findings_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/cell_notes.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/sheet_writer.hxx"
#include "sheets/undoable_writes.hxx"
#include "strings.hxx"

#include "isms/findings_rows.hpp"
#include "isms/register.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/util/Color.hpp>

#include <algorithm>

namespace isms::addin
{
namespace
{

constexpr int kCols = 6; // No., severity, rule, location, message, fix
constexpr int kRuleCol = 2;
constexpr int kLocationCol = 3;
constexpr int kMessageCol = 4;
constexpr sal_Int32 kNotFoundAgainColour = 0xEDEDED;
constexpr sal_Int32 kEveryColumn = 1 << 14; // comments anywhere in a row

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

/// The location as the sheet shows it: "SoA!B12", "SoA", or the workbook itself.
std::string shownLocation(const Location& where, Lang lang)
{
    if (where.sheet.empty())
        return str::kFindingsDocumentProperties.str(lang);
    const std::string ref = cellRef(where);
    return ref.empty() ? where.sheet : where.sheet + "!" + ref;
}

/// A HYPERLINK formula to the finding's cell, or plain text for the workbook itself.
std::string locationCell(const Location& where, Lang lang)
{
    if (where.sheet.empty())
        return shownLocation(where, lang);
    const std::string ref = cellRef(where);
    const std::string target =
        where.row < 0 ? "A1" : (where.col < 0 ? "A" + std::to_string(where.row + 1) : ref);
    return "=HYPERLINK(" + formulaText("#" + quoteSheet(where.sheet) + "." + target) + ";" +
           formulaText(shownLocation(where, lang)) + ")";
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

/// The table as the sheet holds it before this review, below its heading: down to the end of
/// the named range or to the last row with content, whichever is lower; and every comment from
/// the heading down (writing a cell deletes its comment).
struct EarlierTable
{
    std::vector<FindingsSheetRow> rows; ///< rows[0] is the row below the heading
    std::vector<CellNote> notes;
};

EarlierTable readEarlier(const GeneratedSheet& target, int head, Lang lang)
{
    EarlierTable out;
    if (target.isNew)
        return out;
    const Grid grid = readUsedArea(target.sheet); // from A1: grid rows are sheet rows
    const int last = std::max(int(target.range.EndRow), grid.rows() - 1);
    out.notes = notesIn(target.sheet, head, last, kEveryColumn);
    out.rows.resize(std::size_t(std::max(0, last - head)));
    for (int r = head + 1; r <= last && r < grid.rows(); ++r)
    {
        FindingsSheetRow& row = out.rows[std::size_t(r - head - 1)];
        for (int c = 0; c < grid.cols(); ++c)
            if (!grid.at(r, c).empty())
                (c < kCols ? row.typedIn : row.annotated) = true;
        if (grid.cols() <= kMessageCol)
            continue;
        row.rule = cellUtf8(grid.at(r, kRuleCol));
        row.location = cellUtf8(grid.at(r, kLocationCol));
        row.message = cellUtf8(grid.at(r, kMessageCol));
        // the workbook itself reads the same whichever language the earlier review used
        for (Lang l : {Lang::En, Lang::Ja})
            if (row.location == str::kFindingsDocumentProperties.in(l))
                row.location = str::kFindingsDocumentProperties.str(lang);
    }
    for (const CellNote& note : out.notes)
        if (note.row > head)
            out.rows[std::size_t(note.row - head - 1)].annotated = true;
    return out;
}

/// Calls run(i, j) for each run [i, j) of indexes below n where wanted holds throughout and
/// together(i, k) holds for each k in it.
template <typename Wanted, typename Together, typename Run>
void forEachRun(std::size_t n, Wanted wanted, Together together, Run run)
{
    for (std::size_t i = 0; i < n;)
    {
        if (!wanted(i))
        {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < n && wanted(j) && together(i, j))
            ++j;
        run(i, j);
        i = j;
    }
}

constexpr auto kAnyRun = [](std::size_t, std::size_t) { return true; };

/// Writes cells[i] (cols wide, from column firstCol) on the table row i + 1 for each row where
/// wanted(i) holds: one bulk write per run of such rows.
template <typename Wanted>
void writeRuns(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int head, int firstCol,
               int cols, const std::vector<std::vector<css::uno::Any>>& cells, Wanted wanted)
{
    forEachRun(cells.size(), wanted, kAnyRun,
               [&](std::size_t i, std::size_t j)
               {
                   setDataAt(
                       sheet, firstCol, head + 1 + int(i), cols,
                       std::vector<std::vector<css::uno::Any>>(cells.begin() + std::ptrdiff_t(i),
                                                               cells.begin() + std::ptrdiff_t(j)));
               });
}

} // namespace

FindingsWritten writeFindings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                              const std::vector<Finding>& findings, Lang lang)
{
    using Use = FindingsRowUse;
    const GeneratedSheet target =
        generatedSheet(doc, kFindingsRange, str::kFindingsSheet.str(lang));
    const auto& sheet = target.sheet;
    // The heading stays where people moved it (rows inserted above it for a title).
    const int head = target.isNew ? 0 : int(target.range.StartRow);
    const EarlierTable earlier = readEarlier(target, head, lang);
    std::vector<FindingsSheetKey> keys;
    keys.reserve(findings.size());
    for (const Finding& f : findings)
        keys.push_back({f.rule, shownLocation(f.where, lang), f.message.in(lang)});
    const FindingsPlacement placed = placeFindings(earlier.rows, keys);
    // Rows to write: the table as it is now and as it was. Below both, the rows read (a column of
    // people's formulas may run far down) hold nothing in the table's columns.
    const std::vector<Use> use(
        placed.use.begin(),
        placed.use.begin() +
            std::ptrdiff_t(std::min(placed.use.size(),
                                    std::size_t(std::max(placed.usedRows, target.rows() - 1)))));
    std::vector<int> findingOn(use.size(), -1);
    for (std::size_t j = 0; j < placed.rowOf.size(); ++j)
        findingOn[std::size_t(placed.rowOf[j] - 1)] = int(j);

    const auto text = [](std::string_view s) { return css::uno::Any(toOUString(s)); };
    setData(sheet, head, kCols,
            {{text(str::kFindingsHeadNo.in(lang)), text(str::kFindingsHeadSeverity.in(lang)),
              text(str::kFindingsHeadRule.in(lang)), text(str::kFindingsHeadLocation.in(lang)),
              text(str::kFindingsHeadFinding.in(lang)), text(str::kFindingsHeadFix.in(lang))}});
    // No. and severity on every row but people's own; rule, location, message and fix on the
    // findings' rows and the rows cleared. A finding no longer found keeps its texts and link.
    std::vector<std::vector<css::uno::Any>> numbered(use.size()), rules(use.size()),
        described(use.size());
    int number = 0;
    for (std::size_t i = 0; i < use.size(); ++i)
        if (use[i] == Use::Finding)
        {
            const Finding& f = findings[std::size_t(findingOn[i])];
            numbered[i] = {css::uno::Any(double(++number)),
                           text(severityLabel(f.severity).in(lang))};
            rules[i] = {text(f.rule)};
            described[i] = {text(f.message.in(lang)), text(f.fix.in(lang))};
        }
        else if (use[i] == Use::NotFoundAgain)
            numbered[i] = {text(""), text(str::kFindingsNotFoundAgain.in(lang))};
    const auto notPeoples = [&](std::size_t i) { return use[i] != Use::PeoplesRow; };
    const auto ours = [&](std::size_t i) { return use[i] == Use::Finding || use[i] == Use::Empty; };
    writeRuns(sheet, head, 0, 2, numbered, notPeoples);
    writeRuns(sheet, head, kRuleCol, 1, rules, ours);
    writeRuns(sheet, head, kMessageCol, kCols - kMessageCol, described, ours);

    // The location column as formulas (links people can click), one call per run of rows.
    forEachRun(use.size(), ours, kAnyRun,
               [&](std::size_t i, std::size_t j)
               {
                   css::uno::Sequence<css::uno::Sequence<rtl::OUString>> links(sal_Int32(j - i));
                   for (std::size_t k = i; k < j; ++k)
                   {
                       css::uno::Sequence<rtl::OUString> one(1);
                       if (use[k] == Use::Finding)
                           one.getArray()[0] = toOUString(
                               locationCell(findings[std::size_t(findingOn[k])].where, lang));
                       links.getArray()[k - i] = one;
                   }
                   putFormulaArray(sheet, kLocationCol, head + 1 + int(i), std::move(links));
               });
    // Severity colours follow the rows: one range per run of one colour.
    const auto colour = [&](std::size_t i) -> sal_Int32
    {
        if (use[i] == Use::Finding)
            return severityColour(findings[std::size_t(findingOn[i])].severity);
        return use[i] == Use::NotFoundAgain ? kNotFoundAgainColour : -1;
    };
    forEachRun(
        use.size(), notPeoples,
        [&](std::size_t i, std::size_t k) { return colour(k) == colour(i); },
        [&](std::size_t i, std::size_t j)
        {
            setProp(sheet->getCellRangeByPosition(1, head + 1 + int(i), 1, head + int(j)),
                    "CellBackColor", css::uno::Any(colour(i)));
        });
    // Comments on the cells just written go back where they were (their rows did not move).
    for (const CellNote& note : earlier.notes)
    {
        const int i = note.row - head - 1;
        const bool written =
            note.col < kCols &&
            (i < 0 || (std::size_t(i) < use.size() &&
                       (ours(std::size_t(i)) ||
                        (use[std::size_t(i)] == Use::NotFoundAgain && note.col < kRuleCol))));
        if (written)
            putNote(sheet, note);
    }

    const int lastRow = head + placed.usedRows;
    setNamedRange(doc, kFindingsRange, sheet, placed.usedRows + 1, kCols, head);
    if (target.isNew) // a new sheet; a regenerated one keeps the layout people gave it
    {
        setWidths(sheet, {1200, 2600, 5000, 3600, 9000, 7600});
        formatTable(sheet, head, lastRow, kCols, kCols);
    }
    PrintLayout print;
    print.pageStyle = "ISMS findings";
    print.headerRow = head;
    print.lastRow = lastRow;
    print.printedCols = kCols;
    print.headerCenter = str::kFindingsSheet.str(lang);
    print.footerLeft = todayIso();
    print.pageWord = str::kPrintPage.str(lang);
    applyPrintLayout(doc, sheet, print);
    return {sheetName(sheet), placed.notFoundAgain};
}

} // namespace isms::addin
