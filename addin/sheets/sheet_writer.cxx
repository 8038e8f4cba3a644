#include "sheets/sheet_writer.hxx"

#include "functions/conversions.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
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
    return {at, sheetAt(doc, at)};
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
    css::uno::Reference<css::sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(0, firstRow, cols - 1, firstRow + int(rows.size()) - 1),
        css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
}

void setProp(const css::uno::Reference<css::uno::XInterface>& obj, const char* name,
             const css::uno::Any& value)
{
    css::uno::Reference<css::beans::XPropertySet>(obj, css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

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
    css::uno::Reference<css::uno::XInterface> style(pageStyles->getByName(name),
                                                    css::uno::UNO_QUERY_THROW);
    setProp(style, "IsLandscape", css::uno::Any(true));
    setProp(style, "Width", css::uno::Any(sal_Int32(29700)));
    setProp(style, "Height", css::uno::Any(sal_Int32(21000)));
    // every column on the page width, as many pages down as needed
    setProp(style, "ScaleToPagesX", css::uno::Any(sal_Int16(1)));
    setProp(style, "ScaleToPagesY", css::uno::Any(sal_Int16(0)));
    setProp(sheet, "PageStyle", css::uno::Any(name));
    css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
    print->setTitleRows(css::table::CellRangeAddress(0, 0, headerRow, 0, headerRow));
    print->setPrintTitleRows(true);
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
