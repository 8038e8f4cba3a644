#include "isms/column_form.hpp"

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
std::string headingOf(const Grid& grid, int headerRow, int headerRows, int col)
{
    if (col < 0 || col >= grid.cols())
        return {};
    for (int r = headerRow + headerRows - 1; r >= headerRow; --r)
        if (r >= 0 && r < grid.rows() && !grid.at(r, col).empty())
            return cellUtf8(grid.at(r, col));
    for (int r = std::max(0, headerRow + headerRows);
         r < grid.rows() && r < headerRow + headerRows + 50; ++r)
        if (!grid.at(r, col).empty())
            return cellUtf8(grid.at(r, col));
    return {};
}

/// What a person left in a field: -1 for none, the column, or an error naming the field.
Result<int> columnOf(const std::string& text, const Text& label)
{
    const std::u16string t(trimmed(toUtf16(text)));
    if (t.empty() || toUtf8(t) == none(Lang::En) || toUtf8(t) == none(Lang::Ja))
        return -1;
    // the column letters at the start: "E", "e", "E — Reference to …", "AB"
    std::string letters;
    for (char16_t c : t)
    {
        if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
            letters += char(c);
        else
            break;
    }
    const bool alone =
        letters.size() == t.size() ||
        (letters.size() < t.size() && !(t[letters.size()] >= u'0' && t[letters.size()] <= u'9'));
    const int col = alone ? columnIndex(letters) : -1;
    if (col < 0)
        return invalidArgument(0, "'" + toUtf8(t) + "' is no column for " + label.en +
                                      " (write a column letter such as E) / 「" + toUtf8(t) +
                                      "」は「" + label.ja +
                                      "」の列ではありません(E のような列の文字で指定してください)");
    return col;
}

/// Every field's column, each column at most once, at least one chosen.
Result<std::vector<int>> columnsOf(const std::vector<std::pair<Text, std::string>>& fields)
{
    std::vector<int> out;
    for (std::size_t i = 0; i < fields.size(); ++i)
    {
        auto col = columnOf(fields[i].second, fields[i].first);
        if (!col.ok())
            return col.error();
        for (std::size_t k = 0; k < out.size(); ++k)
            if (*col >= 0 && out[k] == *col)
                return invalidArgument(0, fields[i].first.en + " and " + fields[k].first.en +
                                              " are both in column " + columnName(*col) + " / 「" +
                                              fields[i].first.ja + "」と「" + fields[k].first.ja +
                                              "」が同じ列 " + columnName(*col) + " です");
        out.push_back(*col);
    }
    if (std::all_of(out.begin(), out.end(), [](int c) { return c < 0; }))
        return invalidArgument(0, "no column is chosen / 列が一つも選ばれていません");
    return out;
}

Result<int> headerRowOf(int headerRow1Based, int headerRows, int maxRows)
{
    if (headerRow1Based < 1 || headerRow1Based > 1000000)
        return invalidArgument(0, "the header row must be a row number / "
                                  "見出し行には行番号を指定してください");
    if (headerRows < 1 || headerRows > maxRows)
        return invalidArgument(0, "the header has 1 to " + std::to_string(maxRows) +
                                      " rows / 見出しは 1〜" + std::to_string(maxRows) + " 行です");
    return headerRow1Based - 1;
}

} // namespace

std::string columnChoice(const Grid& grid, int headerRow, int headerRows, int col)
{
    if (col < 0)
        return {};
    std::string h = headingOf(grid, headerRow, headerRows, col);
    std::replace(h.begin(), h.end(), '\n', ' ');
    if (h.size() > 60)
        h = std::string(truncateUtf8(h, 57)) + "…";
    return columnName(col) + (h.empty() ? "" : " — " + h);
}

std::vector<std::string> columnChoices(const Grid& grid, int headerRow, int headerRows, int lastCol,
                                       Lang lang)
{
    std::vector<std::string> out{none(lang)};
    int last = lastCol;
    for (int c = 0; c < grid.cols(); ++c)
        if (!headingOf(grid, headerRow, headerRows, c).empty())
            last = std::max(last, c);
    for (int c = 0; c <= last; ++c)
        out.push_back(columnChoice(grid, headerRow, headerRows, c));
    return out;
}

std::vector<std::string> columnChoices(const Grid& grid, const RegisterMap& map, Lang lang)
{
    return columnChoices(grid, map.headerRow, map.headerRows,
                         *std::max_element(map.column.begin(), map.column.end()), lang);
}

std::string choiceFor(const Grid& grid, const RegisterMap& map, RegisterField field, Lang)
{
    return columnChoice(grid, map.headerRow, map.headerRows, map.col(field));
}

Result<RegisterMap> mapFromChoices(int headerRow1Based, int headerRows,
                                   const std::vector<FieldChoice>& choices)
{
    auto row = headerRowOf(headerRow1Based, headerRows, 3);
    if (!row.ok())
        return row.error();
    std::vector<std::pair<Text, std::string>> fields;
    for (const FieldChoice& c : choices)
        fields.emplace_back(fieldLabel(c.field), c.text);
    auto cols = columnsOf(fields);
    if (!cols.ok())
        return cols.error();
    RegisterMap map;
    map.headerRow = *row;
    map.headerRows = headerRows;
    for (std::size_t i = 0; i < choices.size(); ++i)
        map.column[std::size_t(choices[i].field)] = (*cols)[i];
    return map;
}

const std::vector<SoaColumn>& soaFormFields()
{
    static const std::vector<SoaColumn> fields = {SoaColumn::Control,
                                                  SoaColumn::Title,
                                                  SoaColumn::Applicability,
                                                  SoaColumn::OtherReasons,
                                                  SoaColumn::ExclusionJustification,
                                                  SoaColumn::Status,
                                                  SoaColumn::Evidence,
                                                  SoaColumn::Owner,
                                                  SoaColumn::RiskIds,
                                                  SoaColumn::Notes,
                                                  SoaColumn::LastReview,
                                                  SoaColumn::NextReview};
    return fields;
}

Result<SoaMap> soaMapFromChoices(const std::string& sheet, int headerRow1Based, int headerRows,
                                 const std::vector<std::pair<SoaColumn, std::string>>& choices)
{
    auto row = headerRowOf(headerRow1Based, headerRows, 2);
    if (!row.ok())
        return row.error();
    std::vector<std::pair<Text, std::string>> fields;
    for (const auto& [c, text] : choices)
        fields.emplace_back(soaColumnLabel(c), text);
    auto cols = columnsOf(fields);
    if (!cols.ok())
        return cols.error();
    SoaMap map;
    map.sheet = sheet;
    map.headerRow = *row;
    map.headerRows = headerRows;
    for (std::size_t i = 0; i < choices.size(); ++i)
        map.column[std::size_t(choices[i].first)] = (*cols)[i];
    for (SoaColumn required : {SoaColumn::Control, SoaColumn::Applicability})
        if (map.column[std::size_t(required)] < 0)
            return invalidArgument(0, "choose the column of " + soaColumnLabel(required).en +
                                          " / 「" + soaColumnLabel(required).ja +
                                          "」の列を選んでください");
    return map;
}

} // namespace isms
