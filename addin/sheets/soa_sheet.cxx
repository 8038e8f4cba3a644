#include "sheets/soa_sheet.hxx"

#include "functions/conversions.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/sheet_writer.hxx"
#include "isms/soa_table.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include <algorithm>

namespace isms::addin
{
namespace
{

using C = SoaColumn;
constexpr int kHeaderRow = 15; // 0-based: title, 13 cover rows, a blank row, then the table
constexpr int kFirstCoverRow = 1;

struct CoverItem
{
    Text label;
    bool person;
};

const std::vector<CoverItem>& coverItems()
{
    static const std::vector<CoverItem> items = {
        {{"Organisation", "組織名"}, true},
        {{"ISMS scope", "ISMS の適用範囲"}, true},
        {{"Cloud services in scope", "対象のクラウドサービス"}, false},
        {{"Role", "立場"}, false},
        {{"Cloud service models", "サービス形態"}, false},
        {{"Standards", "規格"}, false},
        {{"Version", "版数"}, true},
        {{"Date", "日付"}, true},
        {{"Approved by", "承認者"}, true},
        {{"Controls applicable", "適用する管理策"}, false},
        {{"Controls excluded", "適用除外の管理策"}, false},
        {{"Controls not yet decided", "未決定の管理策"}, false},
        {{"Rows flagged for review", "確認が必要な行"}, false},
    };
    return items;
}

std::string settingsText(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

} // namespace

ExistingSoa readSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    ExistingSoa out;
    css::table::CellRangeAddress where;
    if (!findRange(doc, kSoaRange, where))
        return out;
    auto sheet = sheetAt(doc, where.Sheet);
    out.found = true;
    out.sheet = sheetName(sheet);
    const Grid grid = readUsedArea(sheet); // rows a person appended below the range count too
    const int header = where.StartRow;
    std::vector<SoaColumn> columnOf;
    for (int c = 0; c < grid.cols(); ++c)
        columnOf.push_back(header < grid.rows() ? soaColumnFromLabel(grid.at(header, c).text)
                                                : SoaColumn::Count);
    for (int r = header + 1; r < grid.rows(); ++r)
    {
        SoaRow row;
        bool any = false;
        for (int c = 0; c < grid.cols(); ++c)
            if (columnOf[std::size_t(c)] != SoaColumn::Count)
            {
                row.at(columnOf[std::size_t(c)]) = grid.at(r, c);
                any = any || !grid.at(r, c).empty();
            }
        if (any)
            out.rows.push_back(std::move(row));
    }
    for (int r = kFirstCoverRow; r < header && r < grid.rows(); ++r)
        if (grid.cols() > 1 && !grid.at(r, 0).empty())
            out.cover.emplace_back(grid.at(r, 0).text, grid.at(r, 1));
    return out;
}

SoaWriteResult writeSoa(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const ExistingSoa& existing, const SoaMerge& merged,
                        const WorkbookSettings& settings, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    if (existing.found)
    {
        css::table::CellRangeAddress where;
        if (!findRange(doc, kSoaRange, where))
            throw css::uno::RuntimeException("the SoA's named range went away");
        sheet = sheetAt(doc, where.Sheet);
    }
    else
        sheet = newSheet(doc, ja ? "適用宣言書" : "Statement of Applicability").second;
    const int cols = int(kSoaColumnCount);

    // Cover: people's values kept by label (either language), the rest computed.
    int applicable = 0, excluded = 0, undecided = 0;
    for (const SoaRow& r : merged.rows)
    {
        if (r.at(C::Control).empty())
            continue;
        // Counted as the review reads them, so "Inherited from …", "N/A" or ○ agree too.
        switch (classifyApplicability(r.at(C::Applicability)))
        {
        case Applicability::Applicable:
            ++applicable;
            break;
        case Applicability::Excluded:
            ++excluded;
            break;
        case Applicability::Undecided:
            ++undecided;
            break;
        }
    }
    const std::string role =
        settings.role
            ? (ja ? std::string(settings.role == Role::Customer ? "クラウドサービスカスタマ"
                                : settings.role == Role::Provider ? "クラウドサービスプロバイダ"
                                                                  : "カスタマ及びプロバイダ")
                  : std::string(roleName(*settings.role)))
            : (ja ? "未記載(ISMS.Role)" : "not stated (ISMS.Role)");
    std::vector<std::vector<css::uno::Any>> cover;
    cover.push_back({css::uno::Any(toOUString(ja ? "適用宣言書" : "Statement of Applicability"))});
    const auto& items = coverItems();
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        css::uno::Any value;
        if (items[i].person)
        {
            value <<= rtl::OUString();
            for (const auto& [label, cell] : existing.cover)
                if (toOUString(label) == toOUString(items[i].label.en) ||
                    toOUString(label) == toOUString(items[i].label.ja))
                    value = anyOf(cell);
        }
        else
        {
            std::string v;
            switch (i)
            {
            case 2:
                v = settingsText(settings.cloudServices);
                break;
            case 3:
                v = role;
                break;
            case 4:
                v = settingsText(settings.serviceModels);
                break;
            case 5:
                v = ja ? "JIS Q 27001:2023(ISO/IEC 27001:2022)附属書A、JIS Q 27017:2016(ISO/IEC "
                         "27017:2015)"
                       : "ISO/IEC 27001:2022 Annex A, ISO/IEC 27017:2015";
                break;
            case 9:
                v = std::to_string(applicable);
                break;
            case 10:
                v = std::to_string(excluded);
                break;
            case 11:
                v = std::to_string(undecided);
                break;
            case 12:
                v = std::to_string(merged.flagged);
                break;
            }
            if (i >= 9)
                value <<= double(std::stoi(v));
            else
                value <<= toOUString(v);
        }
        cover.push_back({css::uno::Any(toOUString(items[i].label.in(lang))), value});
    }
    cover.push_back({});
    setData(sheet, 0, 2, cover);

    std::vector<std::vector<css::uno::Any>> table;
    std::vector<css::uno::Any> head;
    for (int c = 0; c < cols; ++c)
        head.push_back(css::uno::Any(toOUString(soaColumnLabel(SoaColumn(c)).in(lang))));
    table.push_back(head);
    for (const SoaRow& r : merged.rows)
    {
        std::vector<css::uno::Any> row;
        for (int c = 0; c < cols; ++c)
            row.push_back(anyOf(r.cells[std::size_t(c)]));
        table.push_back(row);
    }
    if (!existing.found)
    {
        // A new sheet: format first, then write the values once, so Calc fits the row heights
        // of wrapped text in one pass. A regenerated sheet keeps the layout people gave it.
        setWidths(sheet, {3600, 5200, 3200, 2800, 2200, 9000, 2800, 2800, 2600, 2600, 2400,
                          2800, 4000, 4000, 3000, 3000, 4000, 2600, 2600, 4000, 4000});
        formatForPrint(doc, sheet, "ISMS SoA", kHeaderRow);
        auto tableRange = sheet->getCellRangeByPosition(0, kHeaderRow, cols - 1,
                                                        kHeaderRow + int(table.size()) - 1);
        css::uno::Reference<css::beans::XMultiPropertySet> multi(tableRange,
                                                                 css::uno::UNO_QUERY_THROW);
        css::uno::Sequence<rtl::OUString> names(2);
        names.getArray()[0] = "IsTextWrapped";
        names.getArray()[1] = "VertJustify";
        css::uno::Sequence<css::uno::Any> values(2);
        values.getArray()[0] <<= true;
        values.getArray()[1] <<= sal_Int32(1); // top
        multi->setPropertyValues(names, values);
        setProp(sheet->getCellRangeByPosition(0, kHeaderRow, cols - 1, kHeaderRow), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
        setProp(sheet->getCellRangeByPosition(0, 0, 0, 0), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
    }
    setData(sheet, kHeaderRow, cols, table);
    setNamedRange(doc, kSoaRange, sheet, int(table.size()), cols, kHeaderRow);
    return {sheetName(sheet), int(merged.rows.size())};
}

void writeGaps(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
               const std::vector<Gap>& gaps, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    const GeneratedSheet target = generatedSheet(doc, kSoaGapsRange, ja ? "ギャップ" : "SoA gaps");
    const auto& sheet = target.sheet;
    const int oldRows = target.rows();
    auto kindText = [&](GapKind k)
    {
        switch (k)
        {
        case GapKind::UnknownControl:
            return ja ? "附属書A・27017 にない管理策" : "Not an Annex A / 27017 control";
        case GapKind::AmbiguousMapping:
            return ja ? "2022 年版への対応が複数" : "Maps to several 2022 controls";
        case GapKind::CloudNotConsidered:
            return ja ? "検討されていない 27017 の管理策" : "27017 control not considered";
        case GapKind::ExclusionUnjustified:
            return ja ? "除外理由のない適用除外" : "Exclusion without justification";
        }
        return "";
    };
    std::vector<std::vector<css::uno::Any>> rows;
    rows.push_back({css::uno::Any(toOUString(ja ? "種類" : "Gap")),
                    css::uno::Any(toOUString(ja ? "管理策" : "Control")),
                    css::uno::Any(toOUString(ja ? "内容" : "Finding"))});
    for (const Gap& g : gaps)
        rows.push_back({css::uno::Any(toOUString(kindText(g.kind))),
                        css::uno::Any(toOUString(g.control)),
                        css::uno::Any(toOUString(gapText(g, lang)))});
    // Clear what an earlier, longer gap list left below.
    while (int(rows.size()) < oldRows)
        rows.push_back({});
    setData(sheet, 0, 3, rows);
    setNamedRange(doc, kSoaGapsRange, sheet, int(gaps.size()) + 1, 3, 0);
    if (oldRows == 0) // a new sheet; a regenerated one keeps the layout people gave it
    {
        setWidths(sheet, {6000, 3000, 16000});
        setProp(sheet->getCellRangeByPosition(0, 0, 2, 0), "CharWeight",
                css::uno::Any(css::awt::FontWeight::BOLD));
    }
}

} // namespace isms::addin
