#include "commands/command_support.hxx"

#include "functions/conversions.hxx"
#include "strings.hxx"
#include "isms/guidance.hpp"
#include "isms/overlay.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

namespace isms::addin
{

css::uno::Reference<css::sheet::XSpreadsheetDocument>
documentOf(const css::uno::Reference<css::frame::XFrame>& frame)
{
    if (!frame.is() || !frame->getController().is())
        return {};
    return css::uno::Reference<css::sheet::XSpreadsheetDocument>(frame->getController()->getModel(),
                                                                 css::uno::UNO_QUERY);
}

bool flag(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name,
          bool fallback)
{
    for (const auto& a : args)
        if (a.Name.equalsAscii(name))
        {
            bool v = fallback;
            a.Value >>= v;
            return v;
        }
    return fallback;
}

std::string textArg(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name)
{
    for (const auto& a : args)
        if (a.Name.equalsAscii(name))
        {
            rtl::OUString v;
            a.Value >>= v;
            return rtl::OUStringToOString(v, RTL_TEXTENCODING_UTF8).getStr();
        }
    return {};
}

bool hasArg(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name)
{
    for (const auto& a : args)
        if (a.Name.equalsAscii(name))
            return true;
    return false;
}

namespace
{

/// Whether the controller's selection covers more than one cell.
bool selectionIsARange(const css::uno::Reference<css::frame::XFrame>& frame)
{
    if (!frame.is() || !frame->getController().is())
        return false;
    css::uno::Reference<css::view::XSelectionSupplier> sup(frame->getController(),
                                                           css::uno::UNO_QUERY);
    if (!sup.is())
        return false;
    const css::uno::Any sel = sup->getSelection();
    if (css::uno::Reference<css::sheet::XSheetCellRangeContainer> ranges{sel, css::uno::UNO_QUERY};
        ranges.is())
        return ranges->getRangeAddresses().getLength() > 0;
    css::uno::Reference<css::sheet::XCellRangeAddressable> range(sel, css::uno::UNO_QUERY);
    if (!range.is())
        return false;
    const auto a = range->getRangeAddress();
    return a.EndColumn > a.StartColumn || a.EndRow > a.StartRow;
}

} // namespace

std::optional<bool> selectionOrWorkbook(const CommandContext& c, const std::string& command)
{
    if (hasArg(c.args, "Selection"))
        return flag(c.args, "Selection", false);
    if (!c.interactive || !selectionIsARange(c.frame))
        return false;
    css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(c.uno),
                                                              css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XWindowPeer> peer(c.frame->getContainerWindow(),
                                                    css::uno::UNO_QUERY);
    auto box = factory->createMessageBox(
        peer, css::awt::MessageBoxType_QUERYBOX, css::awt::MessageBoxButtons::BUTTONS_YES_NO_CANCEL,
        toOUString(command), toOUString(str::kSelectionOrWorkbook.in(c.uiLang)));
    switch (box->execute())
    {
    case css::awt::MessageBoxResults::YES:
        return true;
    case css::awt::MessageBoxResults::NO:
        return false;
    default:
        return std::nullopt;
    }
}

bool isVisible(const css::uno::Reference<css::frame::XFrame>& frame)
{
    css::uno::Reference<css::awt::XWindow2> window(
        frame.is() ? frame->getContainerWindow() : nullptr, css::uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

UndoStep::UndoStep(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                   const std::string& title)
{
    if (css::uno::Reference<css::document::XUndoManagerSupplier> u{doc, css::uno::UNO_QUERY};
        u.is())
        m_undo = u->getUndoManager();
    if (m_undo.is())
        m_undo->enterUndoContext(toOUString(title));
}

UndoStep::~UndoStep()
{
    try
    {
        if (m_undo.is())
            m_undo->leaveUndoContext();
    }
    catch (const css::uno::Exception&)
    {
        // the document went away meanwhile: nothing left to close
    }
}

Progress::Progress(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text,
                   int range)
{
    if (css::uno::Reference<css::task::XStatusIndicatorFactory> f{frame, css::uno::UNO_QUERY};
        f.is())
        m_indicator = f->createStatusIndicator();
    if (m_indicator.is())
        m_indicator->start(toOUString(text), range);
}

Progress::~Progress()
{
    try
    {
        if (m_indicator.is())
            m_indicator->end();
    }
    catch (const css::uno::Exception&)
    {
    }
}

void Progress::set(int value)
{
    if (m_indicator.is())
        m_indicator->setValue(value);
}

} // namespace isms::addin
