#include "command_support.hxx"

#include "conversions.hxx"
#include "overlay_setting.hxx"
#include "isms/guidance.hpp"
#include "isms/overlay.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
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

bool isVisible(const css::uno::Reference<css::frame::XFrame>& frame)
{
    css::uno::Reference<css::awt::XWindow2> window(
        frame.is() ? frame->getContainerWindow() : nullptr, css::uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

Texts currentTexts(const css::uno::Reference<css::uno::XComponentContext>& ctx)
{
    const Catalog& cat = Catalog::builtin();
    const std::string path = configuredOverlayPath(ctx);
    if (!path.empty())
        if (auto loaded = loadOverlayFile(path, cat); loaded.ok())
            return Texts(cat, GuidanceCatalog::builtin(), &loaded.value());
    return Texts(cat, GuidanceCatalog::builtin(), nullptr);
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
