// Fuzz target: reading the control ids of a cell (tables/id_cell.hpp) and rewriting a cell's
// 2013 ids to 2022 (migration.hpp). Input: u8 flags (contexts), a text (readText), a cell
// (readCell), a formula (readText), then a grid whose first column is read as a column of ids.
#include "fuzz_grid.hpp"

#include "isms/ids.hpp"
#include "isms/migration.hpp"
#include "isms/tables/id_cell.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms;

void checkReading(const IdCellReading& r, std::size_t textSize, const IdCellContext& ctx)
{
    for (std::size_t i = 0; i < r.controls.size(); ++i)
    {
        const IdMention& m = r.controls[i];
        if (!m.control || !(m.control->id == m.id))
            __builtin_trap();
        if (m.source == IdSource::Text &&
            (m.begin >= m.end || m.end > m.textEnd || m.textEnd > textSize || m.written.empty()))
            __builtin_trap();
        if (!ctx.keepRepeats)
            for (std::size_t j = 0; j < i; ++j)
                if (r.controls[j].control == m.control)
                    __builtin_trap();
    }
    for (const std::string& clause : r.clauses)
        if (!isManagementClause(clause))
            __builtin_trap();
    if (r.fromDate && (r.controls.size() != 1 || r.controls[0].source != IdSource::Date))
        __builtin_trap();
}

void checkMigration(std::u16string_view text, const Catalog& cat, const MigrationContext& ctx)
{
    const CellMigration m = migrateCellText(text, cat, ctx);
    if (m.changed != (m.text != text))
        __builtin_trap();
    if (!m.changed && !m.migrated.empty())
        __builtin_trap();
    for (const std::string& id : m.migrated)
    {
        auto parsed = parseControlId(std::string_view(id));
        if (!parsed.ok() || parsed->scheme != IdScheme::Annex2013)
            __builtin_trap();
    }
    (void)migrationNotesText(m.notes, Lang::En);
    (void)migrationNotesText(m.notes, Lang::Ja);
    // migrating a migrated text changes nothing. Not asserted with bareIdsAreControls: that
    // context says the column never writes "A.", so a cell that does ("A.9.2.3, 6.1.2": 6.1.2
    // is a clause beside an "A." id) is outside it, and once migrated ("8.2, 6.1.2") it is not.
    if (m.changed && !ctx.bareIdsAreControls && migrateCellText(m.text, cat, ctx).changed)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Catalog& cat = Catalog::builtin();
    fuzz::Input in(data, size);
    const std::uint8_t flags = in.u8();
    IdCellContext ctx;
    ctx.controlColumn = flags & 1;
    ctx.prefixedColumn = flags & 2;
    ctx.keepRepeats = flags & 4;
    MigrationContext mctx;
    mctx.bareIdsAreControls = flags & 8;

    const std::u16string text = fuzz::readText(in);
    checkReading(readIdText(text, cat, ctx), text.size(), ctx);
    (void)isManagementClause(toUtf8(text));
    checkMigration(text, cat, mctx);

    int run = 0;
    const GridCell cell = fuzz::readCell(in, run);
    checkReading(readIdCell(cell, cat, ctx), cell.isNumber ? 0 : cell.text.size(), ctx);
    if (cell.isNumber)
    {
        if (const Control* c = controlFromDateSerial(cell.number, cat);
            c && c->id.scheme != IdScheme::Annex2013)
            __builtin_trap();
        (void)dateSerialText(cell.number);
    }
    else
        checkMigration(cell.text, cat, mctx);

    const std::u16string formula = fuzz::readText(in);
    const std::vector<std::string> ids = migratableIdsInFormula(formula, cat);
    for (std::size_t i = 0; i < ids.size(); ++i)
    {
        auto parsed = parseControlId(std::string_view(ids[i]));
        if (!parsed.ok() || parsed->canonical() != ids[i] ||
            std::find(ids.begin(), ids.begin() + std::ptrdiff_t(i), ids[i]) !=
                ids.begin() + std::ptrdiff_t(i))
            __builtin_trap();
    }

    const Grid grid = fuzz::readGrid(in);
    std::vector<const GridCell*> column;
    for (int r = 0; r < grid.rows(); ++r)
        column.push_back(&grid.at(r, 0));
    std::vector<std::size_t> unresolved;
    const std::vector<std::string> resolved = disambiguateNumberIds(column, cat, &unresolved);
    if (resolved.size() != column.size())
        __builtin_trap();
    for (std::size_t i : unresolved)
        if (i >= column.size())
            __builtin_trap();
    return 0;
}
