#pragma once
// Test support: the sheets of a flat ODS file (.fods) as Grids, the way the add-in reads a
// sheet with getDataArray: numbers (floats, percentages, currencies, dates as serial numbers,
// booleans as 1/0) and texts (formula results included), merged-over cells empty.

#include "isms/register.hpp"
#include "isms/utf.hpp"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace isms::test
{

struct FodsSheet
{
    std::string name;
    Grid grid;
};

namespace fods_detail
{

using boost::property_tree::ptree;

inline std::string attr(const ptree& node, const char* name)
{
    if (auto a = node.get_child_optional("<xmlattr>"))
        if (auto v = a->get_optional<std::string>(name))
            return *v;
    return {};
}

/// The text of a text:p, with text:s, text:tab and text:line-break.
inline void collectText(const ptree& node, std::string& out)
{
    for (const auto& [key, child] : node)
    {
        if (key == "<xmlattr>")
            continue;
        if (key == "<xmltext>")
            out += child.data();
        else if (key == "text:s")
        {
            const std::string c = attr(child, "text:c");
            out += std::string(c.empty() ? 1 : std::size_t(std::atoi(c.c_str())), ' ');
        }
        else if (key == "text:tab")
            out += '\t';
        else if (key == "text:line-break")
            out += '\n';
        else
            collectText(child, out);
    }
}

/// Days since 1899-12-30 of "YYYY-MM-DD…".
inline double dateSerial(const std::string& iso)
{
    const int y = std::atoi(iso.substr(0, 4).c_str());
    const unsigned m = unsigned(std::atoi(iso.substr(5, 2).c_str()));
    const unsigned d = unsigned(std::atoi(iso.substr(8, 2).c_str()));
    const auto days =
        std::chrono::sys_days(std::chrono::year(y) / std::chrono::month(m) / std::chrono::day(d))
            .time_since_epoch()
            .count();
    return double(days) + 25569.0;
}

inline GridCell cellOf(const ptree& cell)
{
    GridCell out;
    const std::string type = attr(cell, "office:value-type");
    if (type == "float" || type == "percentage" || type == "currency")
    {
        out.isNumber = true;
        out.number = std::strtod(attr(cell, "office:value").c_str(), nullptr);
        return out;
    }
    if (type == "date")
    {
        out.isNumber = true;
        out.number = dateSerial(attr(cell, "office:date-value"));
        return out;
    }
    if (type == "boolean")
    {
        out.isNumber = true;
        out.number = attr(cell, "office:boolean-value") == "true" ? 1 : 0;
        return out;
    }
    if (type.empty())
        return out;
    std::string text;
    if (auto sv = cell.get_child_optional("<xmlattr>.office:string-value"))
        text = sv->data();
    else
    {
        bool first = true;
        for (const auto& [key, child] : cell)
            if (key == "text:p")
            {
                if (!first)
                    text += '\n';
                first = false;
                collectText(child, text);
            }
    }
    out.text = toUtf16(text);
    return out;
}

} // namespace fods_detail

/// Every sheet of the file (rows and columns beyond maxRows / maxCols are not read).
inline std::vector<FodsSheet> readFods(const std::string& path, int maxRows = 5000,
                                       int maxCols = 200)
{
    using namespace fods_detail;
    ptree doc;
    boost::property_tree::read_xml(path, doc, boost::property_tree::xml_parser::no_concat_text);
    std::vector<FodsSheet> out;
    const ptree& body = doc.get_child("office:document.office:body.office:spreadsheet");
    for (const auto& [key, table] : body)
    {
        if (key != "table:table")
            continue;
        std::vector<std::vector<GridCell>> rows;
        int cols = 0;
        auto addRows = [&](const ptree& parent, auto& self) -> void
        {
            for (const auto& [rk, row] : parent)
            {
                if (rk == "table:table-row-group" || rk == "table:table-header-rows" ||
                    rk == "table:table-rows")
                {
                    self(row, self);
                    continue;
                }
                if (rk != "table:table-row")
                    continue;
                std::vector<GridCell> cells;
                for (const auto& [ck, cell] : row)
                {
                    if (ck != "table:table-cell" && ck != "table:covered-table-cell")
                        continue;
                    const std::string rep = attr(cell, "table:number-columns-repeated");
                    const int n = rep.empty() ? 1 : std::atoi(rep.c_str());
                    const GridCell c = ck == "table:table-cell" ? cellOf(cell) : GridCell{};
                    for (int k = 0; k < n && int(cells.size()) < maxCols; ++k)
                        cells.push_back(c);
                }
                while (!cells.empty() && cells.back().empty())
                    cells.pop_back();
                const std::string rep = attr(row, "table:number-rows-repeated");
                const int n = rep.empty() ? 1 : std::atoi(rep.c_str());
                for (int k = 0; k < n && int(rows.size()) < maxRows; ++k)
                {
                    if (cells.empty() && k > 0)
                    {
                        rows.resize(std::min<std::size_t>(rows.size() + std::size_t(n - k),
                                                          std::size_t(maxRows)));
                        break;
                    }
                    rows.push_back(cells);
                }
                cols = std::max(cols, int(cells.size()));
            }
        };
        addRows(table, addRows);
        while (!rows.empty() && rows.back().empty())
            rows.pop_back();
        FodsSheet sheet;
        sheet.name = attr(table, "table:name");
        sheet.grid = Grid(int(rows.size()), cols);
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < rows[r].size(); ++c)
                sheet.grid.at(int(r), int(c)) = rows[r][c];
        out.push_back(std::move(sheet));
    }
    return out;
}

} // namespace isms::test
