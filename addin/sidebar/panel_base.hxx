#pragma once
// What every ISMS sidebar panel is to LibreOffice: a ui::XUIElement that is its own
// XToolPanel and XSidebarPanel, owning one awt window inside the sidebar's parent window. The
// derived panel creates its controls with the helpers here and lays them out for a width.
// Every UNO entry point catches everything: an exception thrown into the sidebar could take
// the user's unsaved work with it.
#include "isms/catalog.hpp"
#include "sidebar/ui_events.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase3.hxx>
#include <rtl/ref.hxx>

#include <unordered_map>
#include <vector>

namespace isms::addin::sidebar
{

/// What the factory hands every panel.
struct PanelArgs
{
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::awt::XWindow> parent;
    css::uno::Reference<css::ui::XSidebar> sidebar;
    rtl::OUString resourceUrl;
    Lang lang = Lang::En;
};

using PanelBaseImpl = cppu::WeakComponentImplHelper3<css::ui::XUIElement, css::ui::XToolPanel,
                                                     css::ui::XSidebarPanel>;

class PanelBase : protected cppu::BaseMutex, public PanelBaseImpl
{
public:
    explicit PanelBase(const PanelArgs& args);
    ~PanelBase() override;

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&) override;
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

protected:
    /// Positions the controls for this width; returns the height they need.
    virtual int layout(int width) = 0;
    /// Handles an event of a control or broadcaster the panel subscribed with events().
    virtual void onEvent(const UiEvent& event) = 0;
    /// Releases what the derived panel holds (listeners on the document or controller).
    virtual void disposePanel() {}

    /// Lays out again at the current width and asks the sidebar for a new layout when the
    /// height changed.
    void relayout();
    /// The same, from the main loop once the current burst of events is handled: many quick
    /// selection changes cost one layout.
    void relayoutLater();

    // Controls, children of the panel window, kept for disposal.
    css::uno::Reference<css::awt::XWindow> label(const rtl::OUString& text, bool bold = false,
                                                 bool centered = false);
    css::uno::Reference<css::awt::XWindow> button(const rtl::OUString& text);
    css::uno::Reference<css::awt::XWindow> listBox();
    css::uno::Reference<css::awt::XWindow> checkBox(const rtl::OUString& text);
    css::uno::Reference<css::awt::XWindow> edit();

    static void setText(const css::uno::Reference<css::awt::XWindow>& label,
                        const rtl::OUString& text);
    /// Height of a word-wrapped label at this width.
    int textHeight(const css::uno::Reference<css::awt::XWindow>& label, int width) const;
    /// Preferred height of a single-line control.
    static int controlHeight(const css::uno::Reference<css::awt::XWindow>& control);

    bool disposed() const { return m_disposed; }

    PanelArgs m_args;
    css::uno::Reference<css::awt::XWindow> m_window;
    rtl::Reference<UiEvents> m_events;

private:
    void SAL_CALL disposing() override;
    void handle(const UiEvent& e);
    css::uno::Reference<css::awt::XWindow> create(const char* service, sal_Int64 attributes);

    std::vector<css::uno::Reference<css::awt::XWindow>> m_controls;
    struct Measured
    {
        rtl::OUString text;
        int width = 0;
        int height = 0;
    };
    mutable std::unordered_map<const void*, Measured> m_measured; // label → last measurement
    bool m_relayoutPending = false;
    int m_lastHeight = -1;
    int m_width = 0;
    bool m_disposed = false;
};

} // namespace isms::addin::sidebar
