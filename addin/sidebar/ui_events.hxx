#pragma once
// One listener object for every awt and selection event a panel subscribes to. It forwards to a
// callback the panel sets and clears on dispose, so a late event after the panel is gone does
// nothing, and no exception ever leaves an event handler into LibreOffice.
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XFocusListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase6.hxx>

#include <functional>
#include <mutex>

namespace isms::addin::sidebar
{

struct UiEvent
{
    enum Kind
    {
        Action,    ///< a button was pressed
        Item,      ///< a list box selection or check box state changed
        FocusLost, ///< an edit field lost the focus
        Enter,     ///< Return was pressed in an edit field
        Selection, ///< the controller's selection changed
        Resized,   ///< the parent window changed size
        Disposing  ///< a broadcaster went away
    };
    Kind kind = Action;
    css::uno::Reference<css::uno::XInterface> source;
};

class UiEvents final
    : public cppu::WeakImplHelper6<css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XFocusListener, css::awt::XKeyListener,
                                   css::awt::XWindowListener, css::view::XSelectionChangeListener>
{
public:
    using Callback = std::function<void(const UiEvent&)>;
    explicit UiEvents(Callback callback) : m_callback(std::move(callback)) {}
    /// Stops forwarding (called by the panel's dispose).
    void detach();

    void SAL_CALL actionPerformed(const css::awt::ActionEvent& e) override;
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override;
    void SAL_CALL focusGained(const css::awt::FocusEvent&) override {}
    void SAL_CALL focusLost(const css::awt::FocusEvent& e) override;
    void SAL_CALL keyPressed(const css::awt::KeyEvent& e) override;
    void SAL_CALL keyReleased(const css::awt::KeyEvent&) override {}
    void SAL_CALL windowResized(const css::awt::WindowEvent& e) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL selectionChanged(const css::lang::EventObject& e) override;
    void SAL_CALL disposing(const css::lang::EventObject& e) override;

private:
    void fire(UiEvent::Kind kind, const css::uno::Reference<css::uno::XInterface>& source) noexcept;

    std::mutex m_mutex;
    Callback m_callback;
};

} // namespace isms::addin::sidebar
