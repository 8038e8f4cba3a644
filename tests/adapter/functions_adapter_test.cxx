// The UNO adapter in-process: hand-made UNO values in, UNO values or the right exception out.

#include "functions/conversions.hxx"
#include "functions/function_table.hxx"
#include "functions/functions.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/ref.hxx>

#include <gtest/gtest.h>

#include <initializer_list>
#include <limits>
#include <utility>
#include <vector>

using css::uno::Any;
using isms::addin::IsmsFunctions;

namespace
{

std::string u8(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}
rtl::OUString ou(const char* utf8)
{
    return rtl::OUString::fromUtf8(utf8);
}

using Cells = css::uno::Sequence<css::uno::Sequence<Any>>;
using Texts = css::uno::Sequence<css::uno::Sequence<rtl::OUString>>;

/// Cells as Calc passes them to a lookup function, row by row.
Cells cells(std::initializer_list<std::initializer_list<Any>> rows)
{
    Cells out(sal_Int32(rows.size()));
    sal_Int32 r = 0;
    for (const auto& row : rows)
    {
        css::uno::Sequence<Any> line(sal_Int32(row.size()));
        sal_Int32 c = 0;
        for (const Any& a : row)
            line.getArray()[c++] = a;
        out.getArray()[r++] = line;
    }
    return out;
}

/// One id as Calc passes a text or a single cell: a 1x1 array.
Cells id(const char* utf8)
{
    return cells({{Any(ou(utf8))}});
}

/// A scalar result: the string the Any holds (fails the test for anything else).
std::string u8(const Any& a)
{
    rtl::OUString s;
    EXPECT_TRUE(a >>= s) << "not a string: " << u8(a.getValueTypeName());
    return u8(s);
}

/// An array result as rows of UTF-8 texts (fails the test for anything else).
std::vector<std::vector<std::string>> grid(const Any& a)
{
    Texts t;
    EXPECT_TRUE(a >>= t) << "not an array of strings: " << u8(a.getValueTypeName());
    std::vector<std::vector<std::string>> out;
    for (const auto& row : std::as_const(t))
    {
        out.emplace_back();
        for (const auto& s : row)
            out.back().push_back(u8(s));
    }
    return out;
}

class Adapter : public ::testing::Test
{
protected:
    rtl::Reference<IsmsFunctions> f{new IsmsFunctions(nullptr)};
    const css::uno::Reference<css::beans::XPropertySet> noDoc; // no caller: no workbook settings

    /// The argument position of the IllegalArgumentException a call throws; -100 if none.
    template <typename Call> int illegalArgumentPosition(Call&& call)
    {
        try
        {
            call();
        }
        catch (const css::lang::IllegalArgumentException& e)
        {
            EXPECT_FALSE(e.Message.isEmpty());
            return e.ArgumentPosition;
        }
        return -100;
    }
};

TEST_F(Adapter, ControlAcceptsOmittedOptionalArguments)
{
    EXPECT_EQ(u8(f->control(id("A.9.2.3"), Any(), Any())),
              u8(f->control(id("A.9.2.3"), Any(ou("title")), Any(ou("en")))));
    EXPECT_EQ(u8(f->control(id("Ａ．９．２．３"), Any(ou("id")), Any())), "A.9.2.3");
    EXPECT_EQ(u8(f->control(id("CLD 9.5.1"), Any(ou("objective")), Any())), "CLD.9.5");
}

TEST_F(Adapter, LanguageFollowsSetLocaleUnlessGiven)
{
    const std::string en = u8(f->control(id("8.8"), Any(ou("clause")), Any()));
    EXPECT_EQ(en, "Technological controls");
    f->setLocale(css::lang::Locale("ja", "JP", ""));
    EXPECT_EQ(u8(f->control(id("8.8"), Any(ou("clause")), Any())), "技術的管理策");
    EXPECT_EQ(u8(f->control(id("8.8"), Any(ou("clause")), Any(ou("en")))), en);
    EXPECT_EQ(u8(f->getLocale().Language), "ja");
}

TEST_F(Adapter, NumbersArriveAsTheIdsOrEditionsTheyStandFor)
{
    EXPECT_EQ(u8(f->map(id("A.18.2.3"), Any(2022.0))), "5.36, 8.8");
    EXPECT_EQ(u8(f->map(id("5.15"), Any(2013.0))), "A.9.1.1, A.9.1.2");
    EXPECT_EQ(f->controls(Any(2013.0), Any()).getLength(), 114);
}

TEST_F(Adapter, InvalidArgumentsThrowIllegalArgumentAtTheirPosition)
{
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->control(id("A.19.1.1"), Any(), Any()); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->control(id(""), Any(), Any()); }), 0);
    EXPECT_EQ(
        illegalArgumentPosition([&] { (void)f->control(id("5.15"), Any(ou("colour")), Any()); }),
        1);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->control(id("5.15"), Any(), Any(ou("fr"))); }),
              2);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->control(id("5.15"), Any(true), Any()); }), 1);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->map(id("5.15"), Any(ou("2019"))); }), 1);
    EXPECT_EQ(illegalArgumentPosition(
                  [&] { (void)f->map(id("5.15"), Any(std::numeric_limits<double>::quiet_NaN())); }),
              1);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->controls(Any(ou("1999")), Any()); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->controls(Any(ou("2013")), Any(ou("new"))); }),
              1);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->cloudRole(id("CLD.6.3.2")); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(id("9")); }), 0);
}

TEST_F(Adapter, OneIdIsTheScalarFormNumbersIncluded)
{
    // Calc passes a number cell (or a number) as a double: it reads as the text Calc used to
    // pass to the old text parameter, so 5.15 stays control 5.15.
    EXPECT_EQ(u8(f->normalize(cells({{Any(5.15)}}))), "5.15");
    EXPECT_EQ(u8(f->normalize(cells({{Any(8.1)}}))), "8.1");
    EXPECT_EQ(u8(f->control(cells({{Any(5.15)}}), Any(ou("id")), Any())), "5.15");
    EXPECT_EQ(u8(f->map(cells({{Any(5.15)}}), Any())), "A.9.1.1, A.9.1.2");
    // Scalar use keeps Err:502 for what is no id; Calc passes an empty single cell as 0.
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(cells({{Any(0.0)}})); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(cells({{Any(8.0)}})); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(cells({{Any(-5.15)}})); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(cells({{Any(1e308)}})); }), 0);
    EXPECT_EQ(
        illegalArgumentPosition(
            [&] { (void)f->normalize(cells({{Any(std::numeric_limits<double>::quiet_NaN())}})); }),
        0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(cells({{Any()}})); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->cloudRole(cells({{Any(true)}})); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(Cells()); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->normalize(cells({{}})); }), 0);
}

TEST_F(Adapter, IdCellTextIsWhatCalcPassedToATextParameter)
{
    using isms::addin::idCellText;
    EXPECT_EQ(u8(idCellText(Any(ou(" A.9.2.3 ")))), " A.9.2.3 ");
    EXPECT_EQ(u8(idCellText(Any(5.15))), "5.15");
    EXPECT_EQ(u8(idCellText(Any(8.0))), "8");
    EXPECT_EQ(u8(idCellText(Any(-0.5))), "-0.5");
    EXPECT_EQ(u8(idCellText(Any(true))), "1");
    EXPECT_EQ(u8(idCellText(Any())), "");
    EXPECT_EQ(u8(idCellText(Any(sal_Int32(7)))), "") << "Calc passes no other types";
}

TEST_F(Adapter, RangeFormAnswersEveryCellInTheSameShape)
{
    // A column as Calc passes A1:A7: texts, an unknown id, an empty cell (void), a number,
    // a malformed text, a boolean.
    const Cells column = cells({{Any(ou("A.9.2.3"))},
                                {Any(ou("A.19.1.1"))},
                                {Any()},
                                {Any(5.15)},
                                {Any(ou("Ａ．９．２．３ User registration"))},
                                {Any(ou("CLD"))},
                                {Any(true)}});
    using Grid = std::vector<std::vector<std::string>>;
    EXPECT_EQ(grid(f->normalize(column)),
              (Grid{{"A.9.2.3"}, {""}, {""}, {"5.15"}, {"A.9.2.3"}, {""}, {""}}));
    EXPECT_EQ(grid(f->cloudRole(column)), (Grid{{u8(f->cloudRole(id("A.9.2.3")))},
                                                {""},
                                                {""},
                                                {u8(f->cloudRole(id("5.15")))},
                                                {u8(f->cloudRole(id("A.9.2.3")))},
                                                {""},
                                                {""}}));

    // Two columns, and each element is exactly the scalar answer for its id.
    const char* ids[2][2] = {{"5.15", "CLD.9.5.1"}, {"8.8", "A.12.6.1"}};
    const Cells square =
        cells({{Any(ou(ids[0][0])), Any(ou(ids[0][1]))}, {Any(ou(ids[1][0])), Any(ou(ids[1][1]))}});
    const auto each = [&](auto&& scalar)
    {
        Grid g(2, std::vector<std::string>(2));
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                g[r][c] = u8(scalar(id(ids[r][c])));
        return g;
    };
    EXPECT_EQ(grid(f->control(square, Any(), Any())),
              each([&](const Cells& x) { return f->control(x, Any(), Any()); }));
    EXPECT_EQ(
        grid(f->control(square, Any(ou("clause")), Any(ou("ja")))),
        each([&](const Cells& x) { return f->control(x, Any(ou("clause")), Any(ou("ja"))); }));
    EXPECT_EQ(grid(f->map(square, Any())), each([&](const Cells& x) { return f->map(x, Any()); }));
    EXPECT_EQ(grid(f->map(square, Any(2022.0))),
              each([&](const Cells& x) { return f->map(x, Any(2022.0)); }));
    EXPECT_EQ(
        grid(f->guidance(noDoc, square, Any(ou("provider")), Any())),
        each([&](const Cells& x) { return f->guidance(noDoc, x, Any(ou("provider")), Any()); }));

    // The other arguments are one value for the whole range: a bad one is Err:502 for all.
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->control(column, Any(ou("colour")), Any()); }),
              1);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->map(column, Any(ou("2019"))); }), 1);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->guidance(noDoc, column, Any(), Any()); }), 1);
}

TEST_F(Adapter, GuidanceNeedsARoleWhenTheWorkbookStatesNone)
{
    EXPECT_EQ(
        illegalArgumentPosition([&] { (void)f->guidance(noDoc, id("CLD.9.5.1"), Any(), Any()); }),
        1);
    EXPECT_EQ(illegalArgumentPosition(
                  [&] { (void)f->guidance(noDoc, id("CLD.9.5.1"), Any(ou("auditor")), Any()); }),
              1);
    EXPECT_EQ(
        illegalArgumentPosition(
            [&] { (void)f->guidance(noDoc, id("CLD.9.5.1"), Any(ou("provider")), Any(ou("de"))); }),
        2);
    EXPECT_EQ(illegalArgumentPosition(
                  [&] { (void)f->guidance(noDoc, id("A.19.1.1"), Any(ou("provider")), Any()); }),
              0);
}

TEST_F(Adapter, GuidanceAnswersPerRoleInBothLanguages)
{
    const std::string provider =
        u8(f->guidance(noDoc, id("CLD.9.5.1"), Any(ou("provider")), Any()));
    EXPECT_NE(provider.find("Evidence: "), std::string::npos) << provider;
    EXPECT_EQ(u8(f->guidance(noDoc, id("CLD.9.5.1"), Any(ou("customer")), Any())), "");
    EXPECT_EQ(u8(f->guidance(noDoc, id("CLD.9.5.1"), Any(ou("プロバイダ")), Any())), provider);
    const std::string ja =
        u8(f->guidance(noDoc, id("CLD.9.5.1"), Any(ou("provider")), Any(ou("ja"))));
    EXPECT_NE(ja.find("証拠："), std::string::npos) << ja;
    const std::string both = u8(f->guidance(noDoc, id("A.9.2.3"), Any(ou("both")), Any()));
    EXPECT_EQ(both.rfind("Customer: ", 0), 0u) << both;
    EXPECT_NE(both.find("\nProvider: "), std::string::npos) << both;
}

TEST_F(Adapter, CloudRisksListEveryFactorWithoutAStatedRole)
{
    const auto all = f->cloudRisks(noDoc, Any(), Any());
    ASSERT_GE(all.getLength(), 10);
    for (const auto& row : all)
    {
        ASSERT_EQ(row.getLength(), 4);
        EXPECT_EQ(u8(row[0]).rfind("CRF-", 0), 0u);
        EXPECT_FALSE(row[1].isEmpty());
        EXPECT_FALSE(row[2].isEmpty());
        EXPECT_FALSE(row[3].isEmpty());
    }
    EXPECT_LE(f->cloudRisks(noDoc, Any(ou("provider")), Any()).getLength(), all.getLength());
    EXPECT_EQ(
        illegalArgumentPosition([&] { (void)f->cloudRisks(noDoc, Any(ou("vendor")), Any()); }), 0);
}

TEST_F(Adapter, OverlayReportsNoneConfiguredWithoutAContext)
{
    EXPECT_NE(u8(f->overlay()).find("No licensed-text overlay"), std::string::npos);
    f->setLocale(css::lang::Locale("ja", "JP", ""));
    EXPECT_NE(u8(f->overlay()).find("オーバーレイは設定されていません"), std::string::npos);
}

TEST_F(Adapter, ControlsReturnsOneColumnInCatalogOrder)
{
    const auto rows = f->controls(Any(), Any(ou("new")));
    ASSERT_EQ(rows.getLength(), 11);
    for (const auto& row : rows)
        EXPECT_EQ(row.getLength(), 1);
    EXPECT_EQ(u8(rows[0][0]), "5.7");
    EXPECT_EQ(u8(rows[10][0]), "8.28");
}

TEST_F(Adapter, CloudRoleNamesTheRoles)
{
    EXPECT_EQ(u8(f->cloudRole(id("5.23"))), "both");
    EXPECT_EQ(u8(f->cloudRole(id("CLD.13.1.4"))), "provider");
    EXPECT_EQ(u8(f->cloudRole(id("A.12.4.3"))), "customer");
    EXPECT_EQ(u8(f->cloudRole(id("A.5.1.2"))), "");
}

TEST_F(Adapter, XAddInAnswersFromTheFunctionTable)
{
    for (const auto& row : isms::addin::functionTable())
    {
        const rtl::OUString method = rtl::OUString::fromUtf8(std::string(row.method).c_str());
        SCOPED_TRACE(std::string(row.method));
        EXPECT_EQ(u8(f->getDisplayFunctionName(method)), row.displayName);
        EXPECT_EQ(u8(f->getProgrammaticFuntionName(
                      rtl::OUString::fromUtf8(std::string(row.displayName).c_str()))),
                  row.method);
        EXPECT_EQ(u8(f->getFunctionDescription(method)), row.descEn);
        EXPECT_EQ(u8(f->getProgrammaticCategoryName(method)), "Add-In");
        // XAddIn counts the hidden caller argument among the parameters.
        const sal_Int32 first = row.hasCaller ? 1 : 0;
        for (std::size_t i = 0; i < row.params.size(); ++i)
        {
            EXPECT_EQ(u8(f->getDisplayArgumentName(method, first + sal_Int32(i))),
                      row.params[i].displayEn);
            EXPECT_EQ(u8(f->getArgumentDescription(method, first + sal_Int32(i))),
                      row.params[i].descEn);
        }
        EXPECT_EQ(u8(f->getDisplayArgumentName(method, first + sal_Int32(row.params.size()))), "");
    }
    f->setLocale(css::lang::Locale("ja", "", ""));
    EXPECT_EQ(u8(f->getFunctionDescription("control")),
              isms::addin::findByMethod("control")->descJa);
    EXPECT_EQ(u8(f->getDisplayCategoryName("control")), "アドイン");
    EXPECT_THROW((void)f->getFunctionDescription("nosuch"), css::uno::RuntimeException);
}

TEST_F(Adapter, EveryTableRowHasBothLanguagesAndAnIsmsName)
{
    for (const auto& row : isms::addin::functionTable())
    {
        EXPECT_EQ(row.displayName.substr(0, 5), "ISMS.");
        EXPECT_FALSE(row.descEn.empty());
        EXPECT_FALSE(row.descJa.empty());
        for (const auto& p : row.params)
        {
            EXPECT_FALSE(p.displayJa.empty()) << row.method << "/" << p.name;
            EXPECT_FALSE(p.descJa.empty()) << row.method << "/" << p.name;
        }
    }
}

TEST_F(Adapter, ServiceNamesAreTheFixedOnes)
{
    EXPECT_EQ(u8(f->getServiceName()), "org.ismscalc.Functions");
    EXPECT_TRUE(f->supportsService("org.ismscalc.Functions"));
    EXPECT_EQ(u8(f->getImplementationName()), "org.ismscalc.FunctionsImpl");
}

TEST_F(Adapter, CiaIsTheLargestRatingAndRejectsWhatIsNoRating)
{
    EXPECT_EQ(f->cia(Any(1.0), Any(3.0), Any(2.0)), 3.0);
    EXPECT_EQ(f->cia(Any(ou("2")), Any(1.0), Any(ou("４"))), 4.0) << "numeric texts count";
    // Calc passes an empty cell as 0: Err:502 at the argument's position.
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->cia(Any(1.0), Any(0.0), Any(1.0)); }), 1);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->cia(Any(2.5), Any(1.0), Any(1.0)); }), 0);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->cia(Any(1.0), Any(1.0), Any(ou("x"))); }), 2);
    EXPECT_EQ(illegalArgumentPosition([&] { (void)f->cia(Any(1.0), Any(true), Any(1.0)); }), 1);
}

TEST_F(Adapter, RiskMethodArgumentIsResolvedOrErr502)
{
    EXPECT_EQ(f->risk(noDoc, Any(2.0), Any(3.0), Any()), 6.0) << "5x5 by default";
    EXPECT_EQ(f->risk(noDoc, Any(2.0), Any(3.0), Any(ou(" 3x3 "))), 6.0);
    EXPECT_EQ(
        illegalArgumentPosition([&] { (void)f->risk(noDoc, Any(2.0), Any(3.0), Any(ou("6x6"))); }),
        2);
    EXPECT_EQ(
        illegalArgumentPosition([&] { (void)f->risk(noDoc, Any(2.0), Any(3.0), Any(ou("avt"))); }),
        2);
    EXPECT_EQ(illegalArgumentPosition(
                  [&] { (void)f->risk3(noDoc, Any(2.0), Any(2.0), Any(2.0), Any(ou("5x5"))); }),
              3);
}

} // namespace
