#pragma once
// A sheet as the printed document people receive: exported alone as PDF (File ▸ Export as PDF,
// selection), and its first page as a PNG in the build's screenshots folder, which the user
// guides (docs/guide.*.md) show, so their pictures never go stale.

#include "office.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>
#include <unistd.h>

namespace isms::office
{

/// A sheet by its name.
inline css::uno::Reference<css::sheet::XSpreadsheet>
sheetNamed(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
           const std::string& name)
{
    return css::uno::Reference<css::sheet::XSpreadsheet>(
        doc->getSheets()->getByName(rtl::OUString::fromUtf8(name.c_str())),
        css::uno::UNO_QUERY_THROW);
}

/// The sheet a named range (ISMS_SOA, ISMS_SOA_GAPS, …) lies on; empty when there is none.
inline css::uno::Reference<css::sheet::XSpreadsheet>
sheetOfRange(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const char* range)
{
    css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
    if (!ranges->hasByName(rtl::OUString::createFromAscii(range)))
        return {};
    css::uno::Reference<css::sheet::XCellRangeReferrer> ref(
        ranges->getByName(rtl::OUString::createFromAscii(range)), css::uno::UNO_QUERY_THROW);
    const auto index = css::uno::Reference<css::sheet::XCellRangeAddressable>(
                           ref->getReferredCells(), css::uno::UNO_QUERY_THROW)
                           ->getRangeAddress()
                           .Sheet;
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index),
                                                         css::uno::UNO_QUERY_THROW);
}

/// Page 1 of the sheet's PDF as ISMS_SCREENSHOT_DIR/<name>.png (pdftoppm, 70 dpi); returns the
/// picture's size in bytes (0 when it was not written). `pdf`, when given, also keeps the PDF.
inline std::uintmax_t sheetPicture(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                   const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                   const std::string& name, const std::string& pdf = {})
{
    namespace fs = std::filesystem;
    const fs::path dir =
        fs::temp_directory_path() / ("isms-picture-" + std::to_string(getpid()) + "-" + name);
    fs::create_directories(dir);
    const std::string file = pdf.empty() ? (dir / (name + ".pdf")).string() : pdf;
    Office::storeSheetPdf(doc, sheet, file);
    fs::create_directories(ISMS_SCREENSHOT_DIR);
    const std::string png = std::string(ISMS_SCREENSHOT_DIR) + "/" + name;
    std::error_code ec;
    fs::remove(png + ".png", ec);
    const std::string cmd =
        "pdftoppm -png -r 70 -f 1 -l 1 -singlefile '" + file + "' '" + png + "'";
    const int rc = std::system(cmd.c_str());
    fs::remove_all(dir, ec);
    if (rc != 0)
        return 0;
    const auto size = fs::file_size(png + ".png", ec);
    if (ec)
        return 0;
    std::printf("picture: %s.png (%ju bytes)\n", png.c_str(), size);
    return size;
}

/// The pages of a PDF as text (pdftotext -layout), in order.
inline std::vector<std::string> pdfPages(const std::string& pdf)
{
    const std::string txt = pdf + ".txt";
    const std::string cmd = "pdftotext -layout '" + pdf + "' '" + txt + "'";
    if (std::system(cmd.c_str()) != 0)
        return {};
    std::ifstream in(txt);
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t ff; (ff = all.find('\f', start)) != std::string::npos; start = ff + 1)
        pages.push_back(all.substr(start, ff - start));
    return pages;
}

/// How a sheet prints: its page style's paper and scaling, and the row repeated at the top of
/// every page (-1 when none; 0-based).
struct PageLayout
{
    bool landscape = false;
    sal_Int32 width = 0; ///< 1/100 mm
    sal_Int16 pagesWide = -1, pagesHigh = -1;
    sal_Int32 titleRow = -1;
    /// The page header's and footer's left, centre and right texts (a page field reads as
    /// Calc presents it outside a page).
    std::string header[3], footer[3];
};

inline PageLayout pageLayout(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                             const std::string& sheet)
{
    PageLayout l;
    const auto s = sheetNamed(doc, sheet);
    rtl::OUString styleName;
    css::uno::Reference<css::beans::XPropertySet>(s, css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("PageStyle") >>= styleName;
    css::uno::Reference<css::container::XNameAccess> pageStyles(
        css::uno::Reference<css::style::XStyleFamiliesSupplier>(doc, css::uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> style(pageStyles->getByName(styleName),
                                                        css::uno::UNO_QUERY_THROW);
    style->getPropertyValue("IsLandscape") >>= l.landscape;
    style->getPropertyValue("Width") >>= l.width;
    style->getPropertyValue("ScaleToPagesX") >>= l.pagesWide;
    style->getPropertyValue("ScaleToPagesY") >>= l.pagesHigh;
    css::uno::Reference<css::sheet::XPrintAreas> areas(s, css::uno::UNO_QUERY_THROW);
    if (areas->getPrintTitleRows())
        l.titleRow = areas->getTitleRows().StartRow;
    for (auto [property, parts] : {std::pair{"RightPageHeaderContent", l.header},
                                   std::pair{"RightPageFooterContent", l.footer}})
    {
        css::uno::Reference<css::sheet::XHeaderFooterContent> content(
            style->getPropertyValue(rtl::OUString::createFromAscii(property)),
            css::uno::UNO_QUERY_THROW);
        parts[0] = anyText(css::uno::Any(content->getLeftText()->getString()));
        parts[1] = anyText(css::uno::Any(content->getCenterText()->getString()));
        parts[2] = anyText(css::uno::Any(content->getRightText()->getString()));
    }
    return l;
}

} // namespace isms::office
