// Fuzz target: recognising a Statement of Applicability on any grid, reading it with a stored
// ISMS.SoaMap, and the SoaMap JSON. Input: a grid (fuzz_grid.hpp), a sheet name (str8), then a
// stored map's JSON (str16) that is also used to read the grid. An input starting with '{' is
// only a map's JSON.
#include "fuzz_grid.hpp"

#include "isms/soa_table.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace
{

using namespace isms;

SoaMap mapOf(const SoaTable& t)
{
    SoaMap m;
    m.sheet = t.sheet;
    m.headerRow = t.headerRow;
    m.headerRows = t.headerRows;
    m.column = t.column;
    return m;
}

bool sameMap(const SoaMap& a, const SoaMap& b)
{
    return a.sheet == b.sheet && a.headerRow == b.headerRow && a.headerRows == b.headerRows &&
           a.column == b.column;
}

/// A readable map written to JSON reads back to itself.
void checkRoundTrip(const SoaMap& map)
{
    const std::string json = soaMapToJson(map);
    auto back = soaMapFromJson(json);
    const bool readable = !map.sheet.empty() && map.column[std::size_t(SoaColumn::Control)] >= 0 &&
                          (map.column[std::size_t(SoaColumn::Applicability)] >= 0 ||
                           map.column[std::size_t(SoaColumn::DerivedApplicability)] >= 0);
    if (readable && (!back.ok() || !sameMap(*back, map)))
        __builtin_trap();
    if (back.ok() && soaMapToJson(*back) != json)
        __builtin_trap();
}

/// Everything the table names lies inside the grid, and the parallel vectors are parallel.
void checkTable(const Grid& grid, const SoaTable& t, bool detected)
{
    if (t.ids.size() != t.rows.size() || t.coverRow.size() != t.cover.size() ||
        t.coverCol.size() != t.cover.size())
        __builtin_trap();
    if (detected)
    {
        if (t.headerRow < 0 || t.headerRow >= grid.rows() || t.headerRows < 1 || t.headerRows > 2)
            __builtin_trap();
        for (int c : t.column)
            if (c < -1 || c >= grid.cols())
                __builtin_trap();
    }
    int last = -1;
    for (const auto& [r, row] : t.rows)
    {
        if (r < t.headerRow + t.headerRows || r >= grid.rows() || r <= last)
            __builtin_trap();
        last = r;
        (void)classifyApplicability(row.at(SoaColumn::Applicability));
        (void)statusSaysImplemented(row.at(SoaColumn::Status));
        (void)isPlaceholder(row.at(SoaColumn::ExclusionJustification));
        (void)soaRowControlId(row.at(SoaColumn::Control));
    }
    for (const auto* rows : {&t.sectionRows, &t.restoredFromDate, &t.ambiguousNumber})
        for (int r : *rows)
            if (r < 0 || r >= grid.rows())
                __builtin_trap();
    for (std::size_t i = 0; i < t.cover.size(); ++i)
        if (t.coverRow[i] < 0 || t.coverRow[i] >= grid.rows() || t.coverCol[i] < 0 ||
            t.coverCol[i] >= grid.cols() || t.coverRow[i] >= t.headerRow)
            __builtin_trap();
    if (!t.edition.empty() && t.edition != "2022" && t.edition != "2013" && t.edition != "2005")
        __builtin_trap();
}

void fromJson(std::string_view json, const Grid* grid)
{
    auto map = soaMapFromJson(json);
    if (!map.ok())
        return;
    if (map->headerRow < 0 || map->headerRows < 1 || map->headerRows > 2 || map->sheet.empty())
        __builtin_trap();
    checkRoundTrip(*map);
    if (grid)
        checkTable(*grid, readSoaTable(*grid, *map), false);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 0 && data[0] == '{')
    {
        fromJson(std::string_view(reinterpret_cast<const char*>(data), size), nullptr);
        return 0;
    }
    fuzz::Input in(data, size);
    const Grid grid = fuzz::readGrid(in);
    std::string sheet = toUtf8(toUtf16(in.str8()));
    if (sheet.empty())
        sheet = "SoA";
    auto table = detectSoaTable(grid, sheet);
    if (table.ok())
    {
        if (table->sheet != sheet)
            __builtin_trap();
        checkTable(grid, *table, true);
        const SoaMap map = mapOf(*table);
        checkRoundTrip(map);
        // read with its own map, the table has the same rows
        const SoaTable again = readSoaTable(grid, map);
        checkTable(grid, again, true);
        if (again.ids != table->ids || again.rows.size() != table->rows.size() ||
            again.sectionRows != table->sectionRows || again.edition != table->edition)
            __builtin_trap();
    }
    fromJson(in.str16(), &grid);
    return 0;
}
