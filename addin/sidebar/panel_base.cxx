#include "sidebar/panel_base.hxx"

#include "sidebar/panel_timings.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/VclWindowPeerAttribute.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>
#include <chrono>
#include <functional>

namespace isms::addin::sidebar
{

namespace
{
constexpr int kMinimalWidth = 220;

// XVclWindowPeer's property access is marked deprecated in the 7.4 IDL, yet it is the only SDK
// way to set word-wrapping and the font of a peer created by the toolkit.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void setPeerProperty(const css::uno::Reference<css::awt::XVclWindowPeer>& peer, const char* name,
                     const css::uno::Any& value)
{
    peer->setProperty(rtl::OUString::createFromAscii(name), value);
}
css::uno::Any peerProperty(const css::uno::Reference<css::awt::XVclWindowPeer>& peer,
                           const char* name)
{
    return peer->getProperty(rtl::OUString::createFromAscii(name));
}
#pragma GCC diagnostic pop
} // namespace

PanelBase::PanelBase(const PanelArgs& args)
    : PanelBaseImpl(m_aMutex), m_args(args),
      m_events(new UiEvents([this](const UiEvent& e) { handle(e); }))
{
    auto toolkit = css::awt::Toolkit::create(m_args.context);
    css::awt::WindowDescriptor d;
    d.Type = css::awt::WindowClass_SIMPLE;
    d.WindowServiceName = "window";
    d.Parent.set(m_args.parent, css::uno::UNO_QUERY_THROW);
    d.Bounds = m_args.parent->getPosSize();
    d.Bounds.X = d.Bounds.Y = 0;
    d.WindowAttributes = css::awt::WindowAttribute::SHOW;
    m_window.set(toolkit->createWindow(d), css::uno::UNO_QUERY_THROW);
    m_width = d.Bounds.Width;
    m_args.parent->addWindowListener(m_events.get());
}

PanelBase::~PanelBase()
{
    // disposing() has done this, unless a derived constructor threw: then the parent window
    // still holds m_events, whose calls must no longer reach this panel.
    m_events->detach();
    if (m_disposed)
        return;
    try
    {
        m_args.parent->removeWindowListener(m_events.get());
        if (m_window.is())
            css::uno::Reference<css::lang::XComponent>(m_window, css::uno::UNO_QUERY_THROW)
                ->dispose();
    }
    catch (...)
    {
    }
}

css::uno::Reference<css::awt::XWindow> PanelBase::create(const char* service, sal_Int64 attributes)
{
    auto toolkit = css::awt::Toolkit::create(m_args.context);
    css::awt::WindowDescriptor d;
    d.Type = css::awt::WindowClass_SIMPLE;
    d.WindowServiceName = rtl::OUString::createFromAscii(service);
    d.Parent.set(m_window, css::uno::UNO_QUERY_THROW);
    d.Bounds = css::awt::Rectangle(0, 0, 100, 20);
    d.WindowAttributes = css::awt::WindowAttribute::SHOW | attributes;
    css::uno::Reference<css::awt::XWindow> w(toolkit->createWindow(d), css::uno::UNO_QUERY_THROW);
    m_controls.push_back(w);
    return w;
}

css::uno::Reference<css::awt::XWindow> PanelBase::label(const rtl::OUString& text, bool bold,
                                                        bool centered)
{
    auto w = create("fixedtext", centered ? css::awt::VclWindowPeerAttribute::CENTER : 0);
    css::uno::Reference<css::awt::XVclWindowPeer> peer(w, css::uno::UNO_QUERY_THROW);
    setPeerProperty(peer, "MultiLine", css::uno::Any(true));
    if (bold)
    {
        css::awt::FontDescriptor font;
        peerProperty(peer, "FontDescriptor") >>= font;
        font.Weight = css::awt::FontWeight::BOLD;
        setPeerProperty(peer, "FontDescriptor", css::uno::Any(font));
    }
    css::uno::Reference<css::awt::XFixedText>(w, css::uno::UNO_QUERY_THROW)->setText(text);
    return w;
}

css::uno::Reference<css::awt::XWindow> PanelBase::button(const rtl::OUString& text)
{
    auto w = create("pushbutton", 0);
    css::uno::Reference<css::awt::XButton> b(w, css::uno::UNO_QUERY_THROW);
    b->setLabel(text);
    b->addActionListener(m_events.get());
    return w;
}

css::uno::Reference<css::awt::XWindow> PanelBase::listBox()
{
    auto w = create("listbox",
                    css::awt::WindowAttribute::BORDER | css::awt::VclWindowPeerAttribute::DROPDOWN);
    css::uno::Reference<css::awt::XListBox> l(w, css::uno::UNO_QUERY_THROW);
    l->setDropDownLineCount(8);
    l->addItemListener(m_events.get());
    return w;
}

css::uno::Reference<css::awt::XWindow> PanelBase::checkBox(const rtl::OUString& text)
{
    auto w = create("checkbox", 0);
    css::uno::Reference<css::awt::XCheckBox> c(w, css::uno::UNO_QUERY_THROW);
    c->setLabel(text);
    c->addItemListener(m_events.get());
    return w;
}

css::uno::Reference<css::awt::XWindow> PanelBase::edit()
{
    auto w = create("edit", css::awt::WindowAttribute::BORDER);
    w->addFocusListener(m_events.get());
    w->addKeyListener(m_events.get());
    return w;
}

void PanelBase::setText(const css::uno::Reference<css::awt::XWindow>& label,
                        const rtl::OUString& text)
{
    css::uno::Reference<css::awt::XFixedText> t(label, css::uno::UNO_QUERY);
    if (t.is() && t->getText() != text)
        t->setText(text);
}

int PanelBase::textHeight(const css::uno::Reference<css::awt::XWindow>& label, int width) const
{
    css::uno::Reference<css::awt::XLayoutConstrains> c(label, css::uno::UNO_QUERY);
    css::uno::Reference<css::awt::XFixedText> t(label, css::uno::UNO_QUERY);
    if (!c.is() || !t.is())
        return 20;
    // Word-wrapping a text is the expensive part of a layout: once per text and width.
    Measured& m = m_measured[label.get()];
    const rtl::OUString text = t->getText();
    if (m.width != width || m.text != text)
    {
        m.text = text;
        m.width = width;
        m.height = std::max<int>(c->calcAdjustedSize(css::awt::Size(width, 0)).Height, 14);
    }
    return m.height;
}

int PanelBase::controlHeight(const css::uno::Reference<css::awt::XWindow>& control)
{
    css::uno::Reference<css::awt::XLayoutConstrains> c(control, css::uno::UNO_QUERY);
    return c.is() ? std::max<int>(c->getPreferredSize().Height, 22) : 24;
}

void PanelBase::handle(const UiEvent& e)
{
    if (m_disposed)
        return;
    if (e.kind == UiEvent::Resized && e.source == m_args.parent)
    {
        // The sidebar sized the parent: fill it.
        const css::awt::Rectangle r = m_args.parent->getPosSize();
        m_window->setPosSize(0, 0, r.Width, r.Height, css::awt::PosSize::POSSIZE);
        if (r.Width > 0 && r.Width != m_width)
        {
            m_width = std::max<int>(r.Width, kMinimalWidth);
            layout(m_width);
        }
        return;
    }
    onEvent(e);
}

void PanelBase::relayout()
{
    if (m_disposed || !m_window.is())
        return;
    const int height = layout(std::max(m_width, kMinimalWidth));
    if (height != m_lastHeight)
    {
        m_lastHeight = height;
        if (m_args.sidebar.is())
            m_args.sidebar->requestLayout();
    }
}

namespace
{
/// Lays a panel out from the main loop.
class RelayoutLater final : public cppu::WeakImplHelper1<css::awt::XCallback>
{
public:
    explicit RelayoutLater(std::function<void()> run) : m_run(std::move(run)) {}
    void SAL_CALL notify(const css::uno::Any&) override
    {
        try
        {
            m_run();
        }
        catch (...)
        {
        }
    }

private:
    std::function<void()> m_run;
};
} // namespace

void PanelBase::relayoutLater()
{
    if (m_disposed || m_relayoutPending)
        return;
    m_relayoutPending = true;
    rtl::Reference<PanelBase> self(this); // kept alive until the callback ran
    css::awt::AsyncCallback::create(m_args.context)
        ->addCallback(new RelayoutLater(
                          [self]
                          {
                              self->m_relayoutPending = false;
                              const auto t0 = std::chrono::steady_clock::now();
                              self->relayout();
                              recordLayout(std::chrono::duration<double, std::micro>(
                                               std::chrono::steady_clock::now() - t0)
                                               .count());
                          }),
                      css::uno::Any());
}

css::uno::Reference<css::frame::XFrame> PanelBase::getFrame()
{
    return m_args.frame;
}

rtl::OUString PanelBase::getResourceURL()
{
    return m_args.resourceUrl;
}

sal_Int16 PanelBase::getType()
{
    return css::ui::UIElementType::TOOLPANEL;
}

css::uno::Reference<css::uno::XInterface> PanelBase::getRealInterface()
{
    return static_cast<cppu::OWeakObject*>(this);
}

css::uno::Reference<css::awt::XWindow> PanelBase::getWindow()
{
    // Null once disposed: the sidebar may still ask while it tears the deck down.
    osl::MutexGuard guard(m_aMutex);
    return m_window;
}

css::uno::Reference<css::accessibility::XAccessible>
PanelBase::createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&)
{
    osl::MutexGuard guard(m_aMutex);
    return css::uno::Reference<css::accessibility::XAccessible>(m_window, css::uno::UNO_QUERY);
}

css::ui::LayoutSize PanelBase::getHeightForWidth(sal_Int32 width)
{
    try
    {
        if (m_disposed)
            return css::ui::LayoutSize(0, 0, 0);
        m_width = std::max<int>(width, kMinimalWidth);
        const int height = layout(m_width);
        m_lastHeight = height;
        return css::ui::LayoutSize(height, height, height);
    }
    catch (...)
    {
        return css::ui::LayoutSize(100, 100, 100);
    }
}

sal_Int32 PanelBase::getMinimalWidth()
{
    return kMinimalWidth;
}

void PanelBase::disposing()
{
    // Called once by WeakComponentImplHelper::dispose, when the sidebar or the document's frame
    // goes away.
    m_disposed = true;
    m_events->detach();
    try
    {
        disposePanel();
    }
    catch (...)
    {
    }
    try
    {
        m_args.parent->removeWindowListener(m_events.get());
    }
    catch (...)
    {
    }
    for (auto& c : m_controls)
        try
        {
            css::uno::Reference<css::lang::XComponent>(c, css::uno::UNO_QUERY_THROW)->dispose();
        }
        catch (...)
        {
        }
    m_controls.clear();
    try
    {
        if (m_window.is())
            css::uno::Reference<css::lang::XComponent>(m_window, css::uno::UNO_QUERY_THROW)
                ->dispose();
    }
    catch (...)
    {
    }
    m_window.clear();
    m_args.sidebar.clear();
    m_args.frame.clear();
}

} // namespace isms::addin::sidebar
