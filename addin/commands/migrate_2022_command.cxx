#include "commands/command_functions.hxx"

#include "sheets/cell_blocks.hxx"
#include "functions/conversions.hxx"
#include "document_properties.hxx"
#include "sheets/findings_sheet.hxx"
#include "sheets/migration_log_sheet.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/revision_history_sheet.hxx"
#include "sheets/soa_sheet.hxx"
#include "strings.hxx"
#include "isms/migration.hpp"
#include "isms/register.hpp"
#include "isms/tables/id_cell.hpp"
#include "isms/utf.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>

#include <algorithm>
#include <map>
#include <tuple>
#include <string_view>

namespace isms::addin
{
namespace
{

/// A sheet name that is `base`, or `base` with a number isms-calc added ("Findings 2").
bool isNamedLike(std::string_view name, std::string_view base)
{
    if (name.substr(0, base.size()) != base)
        return false;
    const std::string_view rest = name.substr(base.size());
    if (rest.empty())
        return true;
    if (rest.size() < 2 || rest[0] != ' ')
        return false;
    for (char ch : rest.substr(1))
        if (ch < '0' || ch > '9')
            return false;
    return true;
}

/// The sheets the migration never rewrites: isms-calc's generated sheets hold 2013 references
/// on purpose (the SoA's "2013 reference" column, gaps, findings, earlier migration logs).
std::vector<bool> generatedSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                  const std::vector<NamedSheet>& sheets)
{
    std::vector<bool> skip(sheets.size(), false);
    for (const char* range :
         {kSoaRange, kSoaGapsRange, kSoaHistoryRange, kFindingsRange, kMigrationLogRange})
        if (const int s = namedRangeSheet(doc, range); s >= 0 && std::size_t(s) < skip.size())
            skip[std::size_t(s)] = true;
    for (std::size_t i = 0; i < sheets.size(); ++i)
        for (std::string_view base : {str::kFindingsSheet.en, str::kFindingsSheet.ja,
                                      std::string_view(migrationLogSheetName().en),
                                      std::string_view(migrationLogSheetName().ja)})
            skip[i] = skip[i] || isNamedLike(sheets[i].name, base);
    return skip;
}

struct Scope
{
    std::vector<css::table::CellRangeAddress> texts, formulas, dates;
};

/// What the text cells of one column say about the ids written in it.
struct ColumnIds
{
    int prefixed2013 = 0; ///< 2013 ids written "A.9.2.3"
    int bare2013 = 0;     ///< 2013 ids written "9.2.3" that are no clause number
    int dateCells = 0;    ///< cells formatted as dates
    int dateIds = 0;      ///< of those, dates that are 2013 ids (10.1.1 → 2010-01-01)
    /// A column of ids: dates in it that are 2013 ids were ids before a spreadsheet turned them
    /// into dates (and a column of real dates rarely has 80 % of them in 2005–2018 with a
    /// month and day that name a control).
    [[nodiscard]] bool datesAreIds() const noexcept
    {
        return dateIds > 0 &&
               (prefixed2013 + bare2013 >= 2 || (dateIds >= 3 && dateIds * 5 >= dateCells * 4));
    }
};

std::string cellName(sal_Int32 column, sal_Int32 row)
{
    return columnName(int(column)) + std::to_string(row + 1);
}

} // namespace

Outcome migrate2022Command(const CommandContext& c)
{
    const Lang ui = c.uiLang;
    const Catalog& cat = Catalog::builtin();
    const WorkbookSettings settings = DocumentSettingsCache::read(c.doc);
    const Lang logLang = settings.language.value_or(ui);
    const std::optional<bool> onSelection = selectionOrWorkbook(c, str::kMigrateTitle.str(ui));
    if (!onSelection)
        return {false, str::kCancelled.str(ui)};
    const bool selectionOnly = *onSelection;

    const std::vector<NamedSheet> sheets = sheetsOf(c.doc);
    const std::vector<bool> skip = generatedSheets(c.doc, sheets);
    auto skipped = [&](const css::table::CellRangeAddress& a)
    { return a.Sheet < 0 || std::size_t(a.Sheet) >= skip.size() || skip[std::size_t(a.Sheet)]; };

    namespace F = css::sheet::CellFlags;
    Scope scope;
    if (selectionOnly)
    {
        auto texts = selectedContentBlocks(c.frame, F::STRING);
        auto formulas = selectedContentBlocks(c.frame, F::FORMULA);
        auto dates = selectedContentBlocks(c.frame, F::DATETIME);
        if (!texts || !formulas || !dates)
            return {false, str::kMigrateSelectFirst.str(ui)};
        scope.texts = std::move(*texts);
        scope.formulas = std::move(*formulas);
        scope.dates = std::move(*dates);
    }
    else
        for (std::size_t i = 0; i < sheets.size(); ++i)
        {
            if (skip[i])
                continue;
            auto t = sheetContentBlocks(sheets[i].sheet, F::STRING);
            auto f = sheetContentBlocks(sheets[i].sheet, F::FORMULA);
            auto d = sheetContentBlocks(sheets[i].sheet, F::DATETIME);
            scope.texts.insert(scope.texts.end(), t.begin(), t.end());
            scope.formulas.insert(scope.formulas.end(), f.begin(), f.end());
            scope.dates.insert(scope.dates.end(), d.begin(), d.end());
        }

    Progress progress(c.frame, str::kMigrateProgress.str(ui),
                      int(scope.texts.size() + scope.formulas.size() + scope.dates.size()) + 1);
    int step = 0;

    // Read everything first; nothing is written unless there is something to rewrite.
    std::map<sal_Int16, std::vector<CellWrite>> writes; // by sheet
    std::vector<MigrationLogRow> log;
    std::vector<MigrationLogRow> formulaRows;
    int cells = 0, references = 0, ambiguous = 0, merged = 0, restored = 0;
    // Read first: how each column writes its ids decides how its cells are read.
    // Blocks of the same columns a few rows apart (ids in every other row) are read with one
    // call; member says which rows belong to the blocks asked for (the rows between them may
    // hold other kinds of cells, which this pass must not touch).
    struct Block
    {
        css::table::CellRangeAddress address;
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data;
        std::vector<char> member;
    };
    auto readBlocks = [&](std::vector<css::table::CellRangeAddress> list)
    {
        std::sort(list.begin(), list.end(),
                  [](const auto& x, const auto& y)
                  {
                      return std::tie(x.Sheet, x.StartColumn, x.EndColumn, x.StartRow) <
                             std::tie(y.Sheet, y.StartColumn, y.EndColumn, y.StartRow);
                  });
        std::vector<Block> out;
        for (std::size_t i = 0; i < list.size();)
        {
            const auto& a = list[i];
            std::size_t j = i + 1;
            while (j < list.size() && list[j].Sheet == a.Sheet &&
                   list[j].StartColumn == a.StartColumn && list[j].EndColumn == a.EndColumn &&
                   list[j].StartRow - list[j - 1].EndRow <= 256)
                ++j;
            if (!skipped(a))
            {
                Block b;
                b.address = a;
                b.address.EndRow = list[j - 1].EndRow;
                b.member.assign(std::size_t(b.address.EndRow - a.StartRow + 1), 0);
                for (std::size_t k = i; k < j; ++k)
                    std::fill(b.member.begin() + (list[k].StartRow - a.StartRow),
                              b.member.begin() + (list[k].EndRow - a.StartRow + 1), 1);
                b.data = css::uno::Reference<css::sheet::XCellRangeData>(
                             sheets[std::size_t(a.Sheet)].sheet->getCellRangeByPosition(
                                 a.StartColumn, a.StartRow, a.EndColumn, b.address.EndRow),
                             css::uno::UNO_QUERY_THROW)
                             ->getDataArray();
                out.push_back(std::move(b));
            }
            i = j;
        }
        return out;
    };
    const std::vector<Block> textBlocks = readBlocks(scope.texts);
    const std::vector<Block> dateBlocks = readBlocks(scope.dates);
    std::map<std::pair<sal_Int16, sal_Int32>, ColumnIds> columns; // (sheet, column)
    for (const auto& [a, data, member] : textBlocks)
        for (sal_Int32 r = 0; r < data.getLength(); ++r)
            for (sal_Int32 col = 0; member[std::size_t(r)] && col < data[r].getLength(); ++col)
            {
                rtl::OUString text;
                if (!(data[r][col] >>= text) || text.isEmpty())
                    continue;
                ColumnIds& k = columns[{a.Sheet, a.StartColumn + col}];
                for (const IdMention& m : readIdText(view(text), cat).controls)
                    if (m.id.scheme == IdScheme::Annex2013)
                    {
                        if (m.prefixed)
                            ++k.prefixed2013;
                        else if (!isManagementClause(m.control->canonical.substr(2)))
                            ++k.bare2013;
                    }
            }
    for (const auto& [a, data, member] : dateBlocks)
        for (sal_Int32 r = 0; r < data.getLength(); ++r)
            for (sal_Int32 col = 0; member[std::size_t(r)] && col < data[r].getLength(); ++col)
            {
                double v = 0;
                if (!(data[r][col] >>= v))
                    continue;
                ColumnIds& k = columns[{a.Sheet, a.StartColumn + col}];
                ++k.dateCells;
                k.dateIds += controlFromDateSerial(v, cat) ? 1 : 0;
            }

    for (const auto& [a, data, member] : textBlocks)
    {
        progress.set(++step);
        const auto& sheet = sheets[std::size_t(a.Sheet)];
        for (sal_Int32 r = 0; r < data.getLength(); ++r)
            for (sal_Int32 col = 0; member[std::size_t(r)] && col < data[r].getLength(); ++col)
            {
                rtl::OUString text;
                if (!(data[r][col] >>= text) || text.isEmpty())
                    continue; // a number or an empty cell: never touched
                const ColumnIds& k = columns[{a.Sheet, a.StartColumn + col}];
                MigrationContext context;
                // a column that writes its 2013 ids bare: its 6.1.2 is control A.6.1.2
                context.bareIdsAreControls = k.bare2013 >= 3 && k.prefixed2013 == 0;
                CellMigration m = migrateCellText(view(text), cat, context);
                if (!m.changed)
                {
                    if (!m.notes.empty()) // a clause number left as written: logged, not lost
                        log.push_back({sheet.name, cellName(a.StartColumn + col, a.StartRow + r),
                                       std::u16string(view(text)), std::u16string(view(text)),
                                       migrationNotesText(m.notes, logLang)});
                    continue;
                }
                ++cells;
                references += int(m.migrated.size());
                for (const MigrationNote& n : m.notes)
                {
                    ambiguous += n.kind == MigrationNoteKind::Ambiguous;
                    merged += n.kind == MigrationNoteKind::Merged;
                }
                writes[a.Sheet].push_back(
                    {a.StartColumn + col, a.StartRow + r, css::uno::Any(toOUString(m.text))});
                log.push_back({sheet.name, cellName(a.StartColumn + col, a.StartRow + r),
                               std::u16string(view(text)), std::move(m.text),
                               migrationNotesText(m.notes, logLang)});
            }
    }
    // Ids a spreadsheet turned into dates (10.1.1 → 2010-01-01), in columns of ids: restored
    // and migrated, written as text.
    for (const auto& [a, data, member] : dateBlocks)
    {
        progress.set(++step);
        const auto& sheet = sheets[std::size_t(a.Sheet)];
        for (sal_Int32 r = 0; r < data.getLength(); ++r)
            for (sal_Int32 col = 0; member[std::size_t(r)] && col < data[r].getLength(); ++col)
            {
                double v = 0;
                if (!(data[r][col] >>= v) || !columns[{a.Sheet, a.StartColumn + col}].datesAreIds())
                    continue;
                const Control* was = controlFromDateSerial(v, cat);
                if (!was)
                    continue;
                CellMigration m = migrateCellText(toUtf16(was->canonical), cat);
                if (!m.changed)
                    continue;
                ++cells;
                ++restored;
                references += int(m.migrated.size());
                for (const MigrationNote& n : m.notes)
                {
                    ambiguous += n.kind == MigrationNoteKind::Ambiguous;
                    merged += n.kind == MigrationNoteKind::Merged;
                }
                const std::string id = was->canonical;
                const std::string note =
                    fill(str::kMigrateDateRestoredNote, logLang, {id}) +
                    (m.notes.empty() ? std::string()
                                     : str::kMigrateNoteSeparator.str(logLang) +
                                           migrationNotesText(m.notes, logLang));
                writes[a.Sheet].push_back(
                    {a.StartColumn + col, a.StartRow + r, css::uno::Any(toOUString(m.text))});
                log.push_back({sheet.name, cellName(a.StartColumn + col, a.StartRow + r),
                               toUtf16(id.substr(2) + " (" + dateSerialText(v) + ")"),
                               std::move(m.text), note});
            }
    }
    for (const auto& a : scope.formulas)
    {
        progress.set(++step);
        if (skipped(a))
            continue;
        const auto& sheet = sheets[std::size_t(a.Sheet)];
        const auto formulas = css::uno::Reference<css::sheet::XCellRangeFormula>(
                                  sheet.sheet->getCellRangeByPosition(a.StartColumn, a.StartRow,
                                                                      a.EndColumn, a.EndRow),
                                  css::uno::UNO_QUERY_THROW)
                                  ->getFormulaArray();
        for (sal_Int32 r = 0; r < formulas.getLength(); ++r)
            for (sal_Int32 col = 0; col < formulas[r].getLength(); ++col)
            {
                const rtl::OUString& f = formulas[r][col];
                const std::vector<std::string> ids = migratableIdsInFormula(view(f), cat);
                if (ids.empty())
                    continue;
                std::string list;
                for (const auto& id : ids)
                {
                    if (!list.empty())
                        list += str::kListSeparator.in(logLang);
                    list += id;
                }
                formulaRows.push_back({sheet.name, cellName(a.StartColumn + col, a.StartRow + r),
                                       std::u16string(view(f)), std::u16string(view(f)),
                                       fill(str::kMigrateFormulaNote, logLang, {list})});
            }
    }

    const int formulaCount = int(formulaRows.size());
    auto formulaSentence = [&]() -> std::string
    {
        if (formulaCount == 0)
            return {};
        return "\n" + fill(str::kMigrateFormulasNotChanged, ui, {std::to_string(formulaCount)});
    };
    if (cells == 0)
    {
        std::string msg =
            (selectionOnly ? str::kMigrateNothingInSelection : str::kMigrateNothingInWorkbook)
                .str(ui);
        if (formulaCount)
            msg += "\n" + fill(str::kMigrateFormulasToChange, ui, {std::to_string(formulaCount)});
        return {true, msg};
    }

    for (const auto& entry : writes)
        if (const NamedSheet& s = sheets[std::size_t(entry.first)]; isProtected(s.sheet))
            return {false, fill(str::kSheetProtected, ui, {s.name})};

    log.insert(log.end(), formulaRows.begin(), formulaRows.end());
    if (std::string problem = migrationLogProblem(c.doc, log.size(), ui); !problem.empty())
        return {false, problem};
    std::string logSheet;
    {
        UndoStep undo(c.doc, str::kMigrateTitle.str(ui));
        for (auto& [sheetIndex, cellsOfSheet] : writes)
            writeCells(sheets[std::size_t(sheetIndex)].sheet, std::move(cellsOfSheet));
        logSheet = writeMigrationLog(c.doc, log, logLang);
    }

    std::string msg =
        fill(str::kMigrateDone, ui, {std::to_string(cells), std::to_string(references)});
    if (ambiguous)
        msg += "\n" + fill(str::kMigrateToDecide, ui, {std::to_string(ambiguous)});
    if (merged)
        msg += "\n" + fill(str::kMigrateMerged, ui, {std::to_string(merged)});
    if (restored)
        msg += "\n" + fill(str::kMigrateRestored, ui, {std::to_string(restored)});
    msg += formulaSentence();
    msg += "\n" + fill(str::kMigrateLogSheet, ui, {logSheet});
    return {true, msg};
}

} // namespace isms::addin
