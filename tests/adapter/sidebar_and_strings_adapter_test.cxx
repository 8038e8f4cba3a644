// The sidebar's panel factory and the strings table in-process: what the sidebar and a person
// get back for bad requests and texts with values.

#include "sidebar/panel_factory.hxx"
#include "strings.hxx"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <rtl/ref.hxx>

#include <gtest/gtest.h>

namespace
{

using isms::Lang;
using isms::addin::fill;
using isms::addin::UiText;

TEST(PanelFactory, AMissingFrameIsAnIllegalArgumentForTheSidebar)
{
    rtl::Reference<isms::addin::sidebar::PanelFactory> factory(
        new isms::addin::sidebar::PanelFactory(nullptr));
    try
    {
        (void)factory->createUIElement(
            rtl::OUString::createFromAscii(isms::addin::sidebar::kWorkbookPanelUrl), {});
        FAIL() << "no exception";
    }
    catch (const css::lang::IllegalArgumentException& e)
    {
        EXPECT_EQ(e.ArgumentPosition, 1);
        EXPECT_NE(e.Message.indexOf("Frame"), -1);
    }
    EXPECT_THROW((void)factory->createUIElement("private:resource/toolpanel/Nothing", {}),
                 css::container::NoSuchElementException);
}

TEST(Strings, FillPutsValuesInEachLanguagesOrder)
{
    constexpr UiText text{"{1} of {2} rows", "{2} 行中 {1} 行"};
    EXPECT_EQ(fill(text, Lang::En, {"3", "10"}), "3 of 10 rows");
    EXPECT_EQ(fill(text, Lang::Ja, {"3", "10"}), "10 行中 3 行");
    // A placeholder without a value, and braces that are not placeholders, stay as written.
    EXPECT_EQ(fill(UiText{"{1} {3} {x} {", "-"}, Lang::En, {"a"}), "a {3} {x} {");
}

} // namespace
