#include "sheets/sheet_writer.hxx"

#include "functions/conversions.hxx"
#include "sheets/cell_blocks.hxx"
#include "sheets/undoable_writes.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/TableValidationVisibility.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>

namespace isms::addin
{

css::uno::Any anyOf(const GridCell& c)
{
    if (c.isNumber)
        return css::uno::Any(c.number);
    return css::uno::Any(toOUString(c.text));
}

css::uno::Reference<css::sheet::XNamedRanges>
namedRanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XNamedRanges>(props->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
}

bool findRange(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const char* name,
               css::table::CellRangeAddress& where)
{
    auto ranges = namedRanges(doc);
    if (!ranges->hasByName(rtl::OUString::createFromAscii(name)))
        return false;
    css::uno::Reference<css::sheet::XCellRangeReferrer> ref(
        ranges->getByName(rtl::OUString::createFromAscii(name)), css::uno::UNO_QUERY_THROW);
    auto cells = ref->getReferredCells();
    if (!cells.is())
        return false;
    where = css::uno::Reference<css::sheet::XCellRangeAddressable>(cells, css::uno::UNO_QUERY_THROW)
                ->getRangeAddress();
    return true;
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheetAt(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, int index)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index),
                                                         css::uno::UNO_QUERY_THROW);
}

std::string sheetName(const css::uno::Reference<css::sheet::XSpreadsheet>& s)
{
    return rtl::OUStringToOString(
               css::uno::Reference<css::container::XNamed>(s, css::uno::UNO_QUERY_THROW)->getName(),
               RTL_TEXTENCODING_UTF8)
        .getStr();
}

std::pair<int, css::uno::Reference<css::sheet::XSpreadsheet>>
newSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& base)
{
    auto sheets = doc->getSheets();
    std::string name = base;
    for (int n = 2; sheets->hasByName(toOUString(name)); ++n)
        name = base + " " + std::to_string(n);
    css::uno::Reference<css::container::XIndexAccess> index(sheets, css::uno::UNO_QUERY_THROW);
    const int at = index->getCount();
    sheets->insertNewByName(toOUString(name), sal_Int16(at));
    auto sheet = sheetAt(doc, at);
    WritesInOneStep::sheetInserted(sheet);
    return {at, sheet};
}

GeneratedSheet generatedSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                              const char* rangeName, const std::string& newName)
{
    GeneratedSheet g;
    if (findRange(doc, rangeName, g.range))
        g.sheet = sheetAt(doc, g.range.Sheet);
    else
    {
        g.sheet = newSheet(doc, newName).second;
        g.isNew = true;
    }
    return g;
}

std::string protectedTarget(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                            std::initializer_list<const char*> rangeNames,
                            std::initializer_list<std::string> sheetNames)
{
    for (const char* name : rangeNames)
    {
        css::table::CellRangeAddress where;
        if (findRange(doc, name, where))
            if (auto sheet = sheetAt(doc, where.Sheet); sheet.is() && isProtected(sheet))
                return sheetName(sheet);
    }
    auto sheets = doc->getSheets();
    for (const std::string& name : sheetNames)
        if (!name.empty() && sheets->hasByName(toOUString(name)))
        {
            css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(toOUString(name)),
                                                                css::uno::UNO_QUERY);
            if (sheet.is() && isProtected(sheet))
                return name;
        }
    return {};
}

void setNamedRange(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                   const char* name, const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                   int rows, int cols, int firstRow)
{
    auto ranges = namedRanges(doc);
    const rtl::OUString n = rtl::OUString::createFromAscii(name);
    if (ranges->hasByName(n))
        ranges->removeByName(n);
    const std::string s = sheetName(sheet);
    std::string quoted = "$'";
    for (char ch : s)
        quoted += ch == '\'' ? std::string("''") : std::string(1, ch);
    quoted += "'.$A$" + std::to_string(firstRow + 1) + ":$" + columnName(cols - 1) + "$" +
              std::to_string(firstRow + rows);
    ranges->addNewByName(n, toOUString(quoted), css::table::CellAddress(), 0);
}

void setData(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstRow, int cols,
             const std::vector<std::vector<css::uno::Any>>& rows)
{
    setDataAt(sheet, 0, firstRow, cols, rows);
}

void setDataAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstCol,
               int firstRow, int cols, const std::vector<std::vector<css::uno::Any>>& rows)
{
    if (rows.empty())
        return;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(sal_Int32(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
    {
        css::uno::Sequence<css::uno::Any> row(cols);
        for (int c = 0; c < cols; ++c)
            row.getArray()[c] = std::size_t(c) < rows[r].size() ? rows[r][std::size_t(c)]
                                                                : css::uno::Any(rtl::OUString());
        data.getArray()[r] = row;
    }
    putDataArray(sheet, firstCol, firstRow, std::move(data));
}

void setProp(const css::uno::Reference<css::uno::XInterface>& obj, const char* name,
             const css::uno::Any& value)
{
    css::uno::Reference<css::beans::XPropertySet>(obj, css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

namespace
{

/// Sets a property only when its value differs. Every property set on a page style, even to
/// the value it has, makes Calc lay out again and fit the row heights of each sheet using the
/// style; a regenerated sheet whose layout is already right then costs nothing here.
void setIfChanged(const css::uno::Reference<css::beans::XPropertySet>& obj, const char* name,
                  const css::uno::Any& value)
{
    const rtl::OUString n = rtl::OUString::createFromAscii(name);
    const css::uno::Any now = obj->getPropertyValue(n);
    // Calc keeps page sizes and margins in twips: a height of 21000 (1/100 mm) reads back as
    // 21001.
    sal_Int32 was = 0, wanted = 0;
    if (value.getValueTypeClass() == css::uno::TypeClass_LONG && (now >>= was) &&
        (value >>= wanted) && std::abs(was - wanted) <= 2)
        return;
    if (now != value)
        obj->setPropertyValue(n, value);
}

} // namespace

void formatForPrint(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const char* styleName, int headerRow)
{
    css::uno::Reference<css::style::XStyleFamiliesSupplier> families(doc,
                                                                     css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameContainer> pageStyles(
        families->getStyleFamilies()->getByName("PageStyles"), css::uno::UNO_QUERY_THROW);
    const rtl::OUString name = rtl::OUString::createFromAscii(styleName);
    if (!pageStyles->hasByName(name))
    {
        css::uno::Reference<css::lang::XMultiServiceFactory> factory(doc,
                                                                     css::uno::UNO_QUERY_THROW);
        pageStyles->insertByName(
            name, css::uno::Any(factory->createInstance("com.sun.star.style.PageStyle")));
    }
    css::uno::Reference<css::beans::XPropertySet> style(pageStyles->getByName(name),
                                                        css::uno::UNO_QUERY_THROW);
    setIfChanged(style, "IsLandscape", css::uno::Any(true));
    setIfChanged(style, "Width", css::uno::Any(sal_Int32(29700)));
    setIfChanged(style, "Height", css::uno::Any(sal_Int32(21000)));
    // every column on the page width, as many pages down as needed
    setIfChanged(style, "ScaleToPagesX", css::uno::Any(sal_Int16(1)));
    setIfChanged(style, "ScaleToPagesY", css::uno::Any(sal_Int16(0)));
    setIfChanged(css::uno::Reference<css::beans::XPropertySet>(sheet, css::uno::UNO_QUERY_THROW),
                 "PageStyle", css::uno::Any(name));
    css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
    const css::table::CellRangeAddress titles(0, 0, headerRow, 0, headerRow);
    const css::table::CellRangeAddress now = print->getTitleRows();
    if (now.StartRow != titles.StartRow || now.EndRow != titles.EndRow)
        print->setTitleRows(titles);
    if (!print->getPrintTitleRows())
        print->setPrintTitleRows(true);
}

namespace
{

/// Puts text, then optionally " n / N" page fields, into one part of a header or footer.
void setPart(const css::uno::Reference<css::lang::XMultiServiceFactory>& factory,
             const css::uno::Reference<css::text::XText>& part, const std::string& text,
             bool pageNumbers)
{
    part->setString(toOUString(text));
    if (!pageNumbers)
        return;
    auto field = [&](const char* service) -> css::uno::Reference<css::text::XTextContent>
    {
        try
        {
            return css::uno::Reference<css::text::XTextContent>(
                factory->createInstance(rtl::OUString::createFromAscii(service)),
                css::uno::UNO_QUERY);
        }
        catch (const css::uno::Exception&)
        {
            return {};
        }
    };
    const auto page = field("com.sun.star.text.TextField.PageNumber");
    const auto count = field("com.sun.star.text.TextField.PageCount");
    if (!page.is() || !count.is())
        return;
    part->insertString(part->getEnd(), " ", false);
    part->insertTextContent(part->getEnd(), page, false);
    part->insertString(part->getEnd(), " / ", false);
    part->insertTextContent(part->getEnd(), count, false);
}

/// The text of one part of a header or footer as setPart() writes it: text, or text then the
/// page fields (whose presentation Calc fills in, so only the text before them is compared).
bool partSays(const css::uno::Reference<css::text::XText>& part, const std::string& text,
              bool pageNumbers)
{
    const rtl::OUString now = part->getString();
    const rtl::OUString want = toOUString(text);
    return pageNumbers ? now.startsWith(want + " ") : now == want;
}

/// Writes the page header (left | centre | right) or footer into the style unless it says so
/// already: like any page style property, setting it lays out the sheets again.
void setHeaderOrFooter(const css::uno::Reference<css::beans::XPropertySet>& style,
                       const char* property,
                       const css::uno::Reference<css::lang::XMultiServiceFactory>& factory,
                       const std::string& left, const std::string& center, const std::string& right,
                       bool pageNumbers)
{
    const rtl::OUString name = rtl::OUString::createFromAscii(property);
    css::uno::Reference<css::sheet::XHeaderFooterContent> content(style->getPropertyValue(name),
                                                                  css::uno::UNO_QUERY_THROW);
    if (partSays(content->getLeftText(), left, false) &&
        partSays(content->getCenterText(), center, false) &&
        partSays(content->getRightText(), right, pageNumbers))
        return;
    setPart(factory, content->getLeftText(), left, false);
    setPart(factory, content->getCenterText(), center, false);
    setPart(factory, content->getRightText(), right, pageNumbers);
    style->setPropertyValue(name, css::uno::Any(content));
}

} // namespace

void applyPrintLayout(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      const PrintLayout& layout)
{
    formatForPrint(doc, sheet, layout.pageStyle, layout.headerRow);
    css::uno::Reference<css::style::XStyleFamiliesSupplier> families(doc,
                                                                     css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> pageStyles(
        families->getStyleFamilies()->getByName("PageStyles"), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> style(
        pageStyles->getByName(rtl::OUString::createFromAscii(layout.pageStyle)),
        css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<css::lang::XMultiServiceFactory> factory(doc,
                                                                       css::uno::UNO_QUERY_THROW);
    setIfChanged(style, "HeaderIsOn", css::uno::Any(true));
    setIfChanged(style, "FooterIsOn", css::uno::Any(true));
    setIfChanged(style, "LeftMargin", css::uno::Any(sal_Int32(1200)));
    setIfChanged(style, "RightMargin", css::uno::Any(sal_Int32(1200)));
    setHeaderOrFooter(style, "RightPageHeaderContent", factory, layout.headerLeft,
                      layout.headerCenter, layout.headerRight, false);
    setHeaderOrFooter(style, "RightPageFooterContent", factory, layout.footerLeft, "",
                      layout.pageWord, true);
    // formatForPrint fits the print range to the page width: only the printed columns count.
    const auto where =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(sheet, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const css::table::CellRangeAddress area(where.Sheet, 0, 0, layout.printedCols - 1,
                                            std::max(layout.lastRow, layout.headerRow));
    css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
    const auto now = print->getPrintAreas();
    if (now.getLength() != 1 || now[0].StartColumn != area.StartColumn ||
        now[0].StartRow != area.StartRow || now[0].EndColumn != area.EndColumn ||
        now[0].EndRow != area.EndRow)
        print->setPrintAreas(css::uno::Sequence<css::table::CellRangeAddress>(&area, 1));
}

void formatTable(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int firstRow,
                 int lastRow, int cols, int wrapCols)
{
    css::table::BorderLine2 line;
    line.Color = sal_Int32(0x8C8C8C);
    line.LineStyle = css::table::BorderLineStyle::SOLID;
    line.LineWidth = 9;
    line.OuterLineWidth = 9;
    css::table::TableBorder2 border;
    border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = line;
    border.HorizontalLine = border.VerticalLine = line;
    border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid = true;
    border.IsRightLineValid = border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
    const auto table = sheet->getCellRangeByPosition(0, firstRow, cols - 1, lastRow);
    setProp(table, "TableBorder2", css::uno::Any(border));
    setProp(table, "VertJustify", css::uno::Any(sal_Int32(1))); // top
    if (wrapCols > 0)
        setProp(sheet->getCellRangeByPosition(0, firstRow, wrapCols - 1, lastRow), "IsTextWrapped",
                css::uno::Any(true));
    const auto head = sheet->getCellRangeByPosition(0, firstRow, cols - 1, firstRow);
    setProp(head, "CharWeight", css::uno::Any(css::awt::FontWeight::BOLD));
    setProp(head, "CellBackColor", css::uno::Any(sal_Int32(0xDDE7F0)));
    setProp(head, "IsTextWrapped", css::uno::Any(true));
}

void offerList(const css::uno::Reference<css::table::XCellRange>& range,
               const std::vector<std::string>& values)
{
    css::uno::Reference<css::beans::XPropertySet> cells(range, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> validation(cells->getPropertyValue("Validation"),
                                                             css::uno::UNO_QUERY_THROW);
    std::string formula;
    for (const std::string& v : values)
    {
        formula += formula.empty() ? "\"" : ";\"";
        for (char ch : v)
            formula += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        formula += "\"";
    }
    validation->setPropertyValue("Type", css::uno::Any(css::sheet::ValidationType_LIST));
    validation->setPropertyValue(
        "ShowList", css::uno::Any(sal_Int16(css::sheet::TableValidationVisibility::UNSORTED)));
    validation->setPropertyValue("ShowErrorMessage", css::uno::Any(false));
    validation->setPropertyValue("IgnoreBlankCells", css::uno::Any(true));
    css::uno::Reference<css::sheet::XSheetCondition>(validation, css::uno::UNO_QUERY_THROW)
        ->setFormula1(toOUString(formula));
    cells->setPropertyValue("Validation", css::uno::Any(validation));
}

std::string todayIso()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

void setWidths(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
               const std::vector<sal_Int32>& widths)
{
    auto columns =
        css::uno::Reference<css::table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)
            ->getColumns();
    for (std::size_t c = 0; c < widths.size(); ++c)
        setProp(css::uno::Reference<css::uno::XInterface>(columns->getByIndex(sal_Int32(c)),
                                                          css::uno::UNO_QUERY_THROW),
                "Width", css::uno::Any(widths[c]));
}

} // namespace isms::addin
