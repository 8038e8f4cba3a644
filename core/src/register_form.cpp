#include "isms/register_form.hpp"

#include "keywords.hpp"
#include "isms/utf.hpp"

#include <algorithm>

namespace isms
{
namespace
{

const char* none(Lang lang)
{
    return lang == Lang::Ja ? "(なし)" : "(none)";
}

/// The heading of a column: the lowest non-empty header row's text, else the first value.
std::string headingOf(const Grid& grid, const RegisterMap& map, int col)
{
    for (int r = map.headerRow + map.headerRows - 1; r >= map.headerRow; --r)
        if (r >= 0 && r < grid.rows() && col < grid.cols() && !grid.at(r, col).empty())
            return cellUtf8(grid.at(r, col));
    for (int r = map.firstDataRow(); r < grid.rows() && r < map.firstDataRow() + 50; ++r)
        if (col < grid.cols() && !grid.at(r, col).empty())
            return cellUtf8(grid.at(r, col));
    return {};
}

std::string choiceText(const Grid& grid, const RegisterMap& map, int col)
{
    std::string h = headingOf(grid, map, col);
    std::replace(h.begin(), h.end(), '\n', ' ');
    if (h.size() > 60)
        h = std::string(truncateUtf8(h, 57)) + "…";
    return columnName(col) + (h.empty() ? "" : " — " + h);
}

} // namespace

std::vector<std::string> columnChoices(const Grid& grid, const RegisterMap& map, Lang lang)
{
    std::vector<std::string> out{none(lang)};
    int last = -1;
    for (int c = 0; c < grid.cols(); ++c)
        if (!headingOf(grid, map, c).empty())
            last = c;
    for (int c : map.column)
        last = std::max(last, c);
    for (int c = 0; c <= last; ++c)
        out.push_back(choiceText(grid, map, c));
    return out;
}

std::string choiceFor(const Grid& grid, const RegisterMap& map, RegisterField field, Lang lang)
{
    (void)lang;
    const int c = map.col(field);
    return c < 0 ? std::string() : choiceText(grid, map, c);
}

Result<RegisterMap> mapFromChoices(int headerRow1Based, int headerRows,
                                   const std::vector<FieldChoice>& choices)
{
    RegisterMap map;
    if (headerRow1Based < 1 || headerRow1Based > 1000000)
        return invalidArgument(0, "the header row must be a row number / "
                                  "見出し行には行番号を指定してください");
    if (headerRows < 1 || headerRows > 3)
        return invalidArgument(0, "the header has 1, 2 or 3 rows / 見出しは 1〜3 行です");
    map.headerRow = headerRow1Based - 1;
    map.headerRows = headerRows;
    for (const FieldChoice& ch : choices)
    {
        const Text& label = fieldLabel(ch.field);
        const std::u16string t(trimmed(toUtf16(ch.text)));
        if (t.empty() || toUtf8(t) == none(Lang::En) || toUtf8(t) == none(Lang::Ja))
            continue;
        // the column letters at the start: "E", "e", "E — Reference to …", "AB"
        std::string letters;
        for (char16_t c : t)
        {
            if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
                letters += char(c);
            else
                break;
        }
        const bool alone = letters.size() == t.size() || (letters.size() < t.size() &&
                                                          !((t[letters.size()] >= u'0' &&
                                                             t[letters.size()] <= u'9')));
        const int col = alone ? columnIndex(letters) : -1;
        if (col < 0)
            return invalidArgument(0, "'" + toUtf8(t) + "' is no column for " + label.en +
                                          " (write a column letter such as E) / 「" +
                                          toUtf8(t) + "」は「" + label.ja +
                                          "」の列ではありません(E のような列の文字で指定してください)");
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
            if (map.column[f] == col)
                return invalidArgument(0, label.en + " and " + fieldLabel(RegisterField(f)).en +
                                              " are both in column " + letters + " / 「" +
                                              label.ja + "」と「" +
                                              fieldLabel(RegisterField(f)).ja + "」が同じ列 " +
                                              letters + " です");
        map.column[std::size_t(ch.field)] = col;
    }
    if (std::all_of(map.column.begin(), map.column.end(), [](int c) { return c < 0; }))
        return invalidArgument(0, "no column is chosen / 列が一つも選ばれていません");
    return map;
}

} // namespace isms
