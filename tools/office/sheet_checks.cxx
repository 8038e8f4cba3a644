#include "sheet_checks.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XText.hpp>

#include <stdexcept>

namespace isms::office
{
namespace
{

std::string u8(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheetByName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
            const std::string& name)
{
    css::uno::Reference<css::container::XNameAccess> sheets(doc->getSheets(),
                                                            css::uno::UNO_QUERY_THROW);
    const rtl::OUString n = rtl::OUString::fromUtf8(name.c_str());
    if (!sheets->hasByName(n))
        throw std::runtime_error("no sheet named " + name);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(n),
                                                         css::uno::UNO_QUERY_THROW);
}

css::uno::Reference<css::table::XCell>
cellAt(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& sheet,
       const std::string& address)
{
    auto range =
        sheetByName(doc, sheet)->getCellRangeByName(rtl::OUString::fromUtf8(address.c_str()));
    return range->getCellByPosition(0, 0);
}

} // namespace

std::string anyText(const css::uno::Any& a)
{
    rtl::OUString s;
    double d = 0;
    if (a >>= s)
        return u8(s);
    if (a >>= d)
        return u8(rtl::OUString::number(d));
    return "";
}

std::string CheckSheet::failures() const
{
    std::string out;
    for (const auto& r : rows)
        if (!r.ok)
            out += "  " + r.name + ": got '" + r.actual + "', expected '" + r.expected + "'\n";
    return out;
}

CheckSheet readChecks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                      const std::string& sheetName)
{
    calculateAll(doc);
    CheckSheet out;
    auto sheet = sheetByName(doc, sheetName);
    out.summary = sheet->getCellByPosition(5, 0)->getValue();
    css::uno::Reference<css::sheet::XCellRangeData> data(sheet->getCellRangeByName("A2:D1000"),
                                                         css::uno::UNO_QUERY_THROW);
    const auto rows = data->getDataArray();
    for (const auto& row : rows)
    {
        const std::string name = anyText(row[0]);
        if (name.empty())
            continue;
        CheckRow r;
        r.name = name;
        r.actual = anyText(row[1]);
        r.expected = anyText(row[2]);
        double ok = 0;
        r.ok = (row[3] >>= ok) && ok == 1.0;
        out.rows.push_back(r);
    }
    // getDataArray shows an error cell as empty: name the error code instead.
    for (std::size_t i = 0; i < out.rows.size(); ++i)
        if (!out.rows[i].ok)
        {
            auto cell = sheet->getCellByPosition(1, sal_Int32(i + 1));
            if (cell->getError() != 0)
                out.rows[i].actual = "Err:" + std::to_string(cell->getError());
        }
    return out;
}

std::string cellText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const std::string& sheet, const std::string& address)
{
    auto cell = cellAt(doc, sheet, address);
    if (cell->getError() != 0)
        return "Err:" + std::to_string(cell->getError());
    css::uno::Reference<css::text::XText> text(cell, css::uno::UNO_QUERY_THROW);
    return u8(text->getString());
}

int cellError(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
              const std::string& sheet, const std::string& address)
{
    return cellAt(doc, sheet, address)->getError();
}

void setFormula(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                const std::string& sheet, const std::string& address, const std::string& formula)
{
    cellAt(doc, sheet, address)->setFormula(rtl::OUString::fromUtf8(formula.c_str()));
}

void calculateAll(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::sheet::XCalculatable>(doc, css::uno::UNO_QUERY_THROW)->calculateAll();
}

std::vector<std::string>
sheetNames(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    std::vector<std::string> out;
    for (const auto& n : doc->getSheets()->getElementNames())
        out.push_back(u8(n));
    return out;
}

std::vector<std::vector<std::string>>
usedAreaText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
             const std::string& sheet)
{
    auto s = sheetByName(doc, sheet);
    auto cursor = s->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(false);
    const auto end =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const auto data =
        css::uno::Reference<css::sheet::XCellRangeData>(
            s->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), css::uno::UNO_QUERY_THROW)
            ->getDataArray();
    std::vector<std::vector<std::string>> out;
    for (const auto& row : data)
    {
        out.emplace_back();
        for (const auto& v : row)
            out.back().push_back(anyText(v));
    }
    return out;
}

int undoCount(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    return css::uno::Reference<css::document::XUndoManagerSupplier>(doc, css::uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->getAllUndoActionTitles()
        .getLength();
}

void addComment(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                const css::uno::Reference<css::table::XCell>& cell, const std::string& text)
{
    const auto at =
        css::uno::Reference<css::sheet::XCellAddressable>(cell, css::uno::UNO_QUERY_THROW)
            ->getCellAddress();
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(sheets->getByIndex(at.Sheet),
                                                               css::uno::UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(at, rtl::OUString::fromUtf8(text.c_str()));
}

std::string commentOf(const css::uno::Reference<css::table::XCell>& cell)
{
    const auto note =
        css::uno::Reference<css::sheet::XSheetAnnotationAnchor>(cell, css::uno::UNO_QUERY_THROW)
            ->getAnnotation();
    if (!note.is())
        return {};
    const rtl::OUString text =
        css::uno::Reference<css::text::XSimpleText>(note, css::uno::UNO_QUERY_THROW)->getString();
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

void undo(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::document::XUndoManagerSupplier>(doc, css::uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
}

namespace
{
css::uno::Reference<css::beans::XPropertySet>
userProperties(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> sup(doc,
                                                                        css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::beans::XPropertySet>(
        sup->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY_THROW);
}
rtl::OUString utf16(const std::string& s)
{
    return rtl::OUString(s.data(), sal_Int32(s.size()), RTL_TEXTENCODING_UTF8);
}
} // namespace

std::string documentPropertyText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                 const std::string& name)
{
    const auto set = userProperties(doc);
    if (!set->getPropertySetInfo()->hasPropertyByName(utf16(name)))
        return {};
    return anyText(set->getPropertyValue(utf16(name)));
}

void setDocumentPropertyText(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                             const std::string& name, const std::string& value)
{
    const auto set = userProperties(doc);
    if (set->getPropertySetInfo()->hasPropertyByName(utf16(name)))
        set->setPropertyValue(utf16(name), css::uno::Any(utf16(value)));
    else
        css::uno::Reference<css::beans::XPropertyContainer>(set, css::uno::UNO_QUERY_THROW)
            ->addProperty(utf16(name), css::beans::PropertyAttribute::REMOVABLE,
                          css::uno::Any(utf16(value)));
}

} // namespace isms::office
