// Fuzz target: finding and reading a risk register on any grid, and the ISMS.RegisterMap JSON.
// Input: a grid (fuzz_grid.hpp), a sheet name (str8), then a stored map's JSON (str16) that is
// also used to read the grid. An input starting with '{' is only a map's JSON.
#include "fuzz_grid.hpp"

#include "isms/register.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace
{

using namespace isms;

bool sameMap(const RegisterMap& a, const RegisterMap& b)
{
    return a.headerRow == b.headerRow && a.headerRows == b.headerRows && a.column == b.column;
}

/// A map written to JSON reads back to the same map, and writing that gives the same JSON.
void checkRoundTrip(const RegisterMap& map, const std::string& sheet)
{
    const std::string json = registerMapToJson(map, sheet);
    auto back = registerMapFromJson(json);
    if (!back.ok() || !sameMap(back->map, map) || back->sheet != sheet)
        __builtin_trap();
    const std::string again = registerMapToJson(back->map, sheet);
    auto back2 = registerMapFromJson(again);
    if (!back2.ok() || registerMapToJson(back2->map, sheet) != again)
        __builtin_trap();
}

/// Every row and cell the register names lies inside the grid.
void checkRegister(const Grid& grid, const Register& reg)
{
    const RegisterMap& map = reg.map;
    int last = -1;
    for (const RiskRow& risk : reg.risks)
    {
        if (risk.row < map.firstDataRow() || risk.row >= grid.rows() || risk.row <= last)
            __builtin_trap();
        last = risk.row;
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
        {
            const GridCell* cell = risk.cell[f];
            if (!cell)
                continue;
            const int col = map.column[f];
            if (!fuzz::insideGrid(grid, cell) || col < 0 || col >= grid.cols() ||
                cell != &grid.at(risk.row, col))
                __builtin_trap();
        }
        for (const CitedControl& c : risk.controls)
            if (!c.control)
                __builtin_trap();
    }
    for (const auto* notes : {&reg.skipped, &reg.issues})
        for (const RowNote& n : *notes)
        {
            if (n.row < 0 || n.row >= grid.rows() || n.otherRow < -1 || n.otherRow >= grid.rows())
                __builtin_trap();
            (void)rowNoteText(n, Lang::En);
            (void)rowNoteText(n, Lang::Ja);
        }
    for (int r : reg.outsideColumns)
        if (r < 0 || r >= grid.rows())
            __builtin_trap();
    if (reg.paddingRows < 0 || reg.paddingRows > grid.rows())
        __builtin_trap();
}

void fromJson(std::string_view json, const Grid* grid)
{
    auto stored = registerMapFromJson(json);
    if (!stored.ok())
        return;
    const RegisterMap& m = stored->map;
    if (m.headerRow < 0 || m.headerRows < 1 || m.headerRows > 3)
        __builtin_trap();
    for (int c : m.column)
        if (c < -1)
            __builtin_trap();
    checkRoundTrip(m, stored->sheet);
    if (grid)
        checkRegister(*grid, readRegister(*grid, m));
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
    const std::string sheet = toUtf8(toUtf16(in.str8()));
    auto detected = detectRegister(grid);
    if (detected.ok())
    {
        const RegisterMap& map = *detected;
        if (map.headerRow < 0 || map.headerRow >= grid.rows() || map.headerRows < 1 ||
            map.headerRows > 3 || map.confidence < 0 || map.confidence > 1)
            __builtin_trap();
        for (int c : map.column)
            if (c < -1 || c >= grid.cols())
                __builtin_trap();
        checkRegister(grid, readRegister(grid, map));
        checkRoundTrip(map, sheet);
    }
    fromJson(in.str16(), &grid);
    return 0;
}
