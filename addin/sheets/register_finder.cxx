#include "sheets/register_finder.hxx"

#include "functions/conversions.hxx"

#include "sheets/sheet_reader.hxx"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <algorithm>
#include <cstdio>

namespace isms::addin
{
namespace
{

css::uno::Reference<css::beans::XPropertyContainer>
userProperties(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> sup(doc,
                                                                        css::uno::UNO_QUERY_THROW);
    return sup->getDocumentProperties()->getUserDefinedProperties();
}

} // namespace

void setDocumentProperty(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                         std::string_view name, const std::string& value)
{
    auto container = userProperties(doc);
    css::uno::Reference<css::beans::XPropertySet> set(container, css::uno::UNO_QUERY_THROW);
    if (set->getPropertySetInfo()->hasPropertyByName(toOUString(name)))
        set->setPropertyValue(toOUString(name), css::uno::Any(toOUString(value)));
    else
        container->addProperty(toOUString(name), css::beans::PropertyAttribute::REMOVABLE,
                               css::uno::Any(toOUString(value)));
}

std::string documentProperty(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                             std::string_view name)
{
    css::uno::Reference<css::beans::XPropertySet> set(userProperties(doc),
                                                      css::uno::UNO_QUERY_THROW);
    if (!set->getPropertySetInfo()->hasPropertyByName(toOUString(name)))
        return {};
    const css::uno::Any value = set->getPropertyValue(toOUString(name));
    // People also add the certificate dates as Date or Number properties (File ▸ Properties).
    css::util::Date date;
    css::util::DateTime dateTime;
    double number = 0;
    char buf[32];
    if (value >>= dateTime)
        date = css::util::Date(dateTime.Day, dateTime.Month, dateTime.Year);
    else if (!(value >>= date) && (value >>= number))
        return rtl::OUStringToOString(rtl::OUString::number(number), RTL_TEXTENCODING_UTF8)
            .getStr();
    if (date.Year != 0)
    {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(date.Year), int(date.Month),
                      int(date.Day));
        return buf;
    }
    rtl::OUString v;
    value >>= v;
    return rtl::OUStringToOString(v, RTL_TEXTENCODING_UTF8).getStr();
}

Result<FoundRegister> findRegister(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                   bool redetect)
{
    const auto sheets = sheetsOf(doc);
    FoundRegister out;
    const std::string stored = documentProperty(doc, kPropRegisterMap);
    if (!stored.empty() && !redetect)
    {
        auto map = registerMapFromJson(stored);
        if (!map.ok())
            out.storedMapProblem = map.error().message;
        else
        {
            auto it = std::find_if(sheets.begin(), sheets.end(),
                                   [&](const NamedSheet& s) { return s.name == map->sheet; });
            if (it == sheets.end())
                out.storedMapProblem = "ISMS.RegisterMap: no sheet named '" + map->sheet + "'";
            else
            {
                out.sheet = it->name;
                out.grid = std::make_unique<Grid>(readUsedArea(it->sheet));
                out.reg = readRegister(*out.grid, map->map);
                out.fromStoredMap = true;
                return out;
            }
        }
    }
    double bestConfidence = -1;
    // The sheets isms-calc generates are never the register.
    const int soaSheet = namedRangeSheet(doc, "ISMS_SOA"),
              gapSheet = namedRangeSheet(doc, "ISMS_SOA_GAPS");
    for (std::size_t i = 0; i < sheets.size(); ++i)
    {
        const NamedSheet& s = sheets[i];
        if (int(i) == soaSheet || int(i) == gapSheet)
            continue;
        auto grid = std::make_unique<Grid>(readUsedArea(s.sheet));
        auto map = detectRegister(*grid);
        if (!map.ok() || map->confidence <= bestConfidence)
            continue;
        bestConfidence = map->confidence;
        out.sheet = s.name;
        out.reg = readRegister(*grid, *map);
        out.grid = std::move(grid);
    }
    if (bestConfidence < 0)
        return Error{ErrorKind::NotFound, -1, "no risk register found on any sheet"};
    return out;
}

} // namespace isms::addin
