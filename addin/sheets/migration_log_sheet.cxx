#include "sheets/migration_log_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/cell_blocks.hxx"
#include "sheets/sheet_writer.hxx"
#include "strings.hxx"
#include "isms/migration.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>

namespace isms::addin
{

std::string migrationLogProblem(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                std::size_t rows, Lang ui)
{
    css::table::CellRangeAddress log;
    if (!findRange(doc, kMigrationLogRange, log))
        return {}; // a new sheet: the log's header and rows, far fewer than a sheet's rows
    const auto sheet = sheetAt(doc, log.Sheet);
    if (!sheet.is())
        return {};
    if (isProtected(sheet))
        return fill(str::kSheetProtected, ui, {sheetName(sheet)});
    const css::uno::Reference<css::sheet::XCellRangeAddressable> whole(sheet,
                                                                       css::uno::UNO_QUERY_THROW);
    const std::size_t room = std::size_t(whole->getRangeAddress().EndRow - log.EndRow);
    if (rows > room)
        return fill(str::kMigrateLogFull, ui, {sheetName(sheet), std::to_string(rows)});
    return {};
}

std::string writeMigrationLog(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                              const std::vector<MigrationLogRow>& rows, Lang lang)
{
    constexpr int kCols = 5;
    const GeneratedSheet target =
        generatedSheet(doc, kMigrationLogRange, migrationLogSheetName().in(lang));
    const auto& sheet = target.sheet;
    const bool found = !target.isNew;
    const int startRow = found ? target.range.StartRow : 0;   // the log's header row
    const int firstRow = found ? target.range.EndRow + 1 : 0; // where this run's rows start
    std::vector<std::vector<css::uno::Any>> table;
    if (!found)
    {
        std::vector<css::uno::Any> head;
        for (const Text& h : migrationLogHeadings())
            head.push_back(css::uno::Any(toOUString(h.in(lang))));
        table.push_back(std::move(head));
    }
    for (const MigrationLogRow& r : rows)
        table.push_back({css::uno::Any(toOUString(r.sheet)), css::uno::Any(toOUString(r.cell)),
                         css::uno::Any(toOUString(std::u16string_view(r.before))),
                         css::uno::Any(toOUString(std::u16string_view(r.after))),
                         css::uno::Any(toOUString(r.note))});
    if (!found)
    {
        setWidths(sheet, {4000, 2000, 9000, 9000, 14000});
        setProp(sheet->getCellRangeByPosition(0, 0, kCols - 1, 0), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
    }
    setData(sheet, firstRow, kCols, table);
    setNamedRange(doc, kMigrationLogRange, sheet, firstRow + int(table.size()) - startRow, kCols,
                  startRow);
    return sheetName(sheet);
}

} // namespace isms::addin
