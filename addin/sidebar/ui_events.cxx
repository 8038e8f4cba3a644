#include "sidebar/ui_events.hxx"

#include <com/sun/star/awt/Key.hpp>

namespace isms::addin::sidebar
{

void UiEvents::detach()
{
    std::lock_guard lock(m_mutex);
    m_callback = nullptr;
}

void UiEvents::fire(UiEvent::Kind kind,
                    const css::uno::Reference<css::uno::XInterface>& source) noexcept
{
    Callback callback;
    {
        std::lock_guard lock(m_mutex);
        callback = m_callback;
    }
    if (!callback)
        return;
    try
    {
        callback(UiEvent{kind, source});
    }
    catch (...)
    {
        // An event handler must never throw into LibreOffice: the panel shows stale data at
        // worst, the user's document is safe.
    }
}

void UiEvents::actionPerformed(const css::awt::ActionEvent& e)
{
    fire(UiEvent::Action, e.Source);
}
void UiEvents::itemStateChanged(const css::awt::ItemEvent& e)
{
    fire(UiEvent::Item, e.Source);
}
void UiEvents::focusLost(const css::awt::FocusEvent& e)
{
    fire(UiEvent::FocusLost, e.Source);
}
void UiEvents::keyPressed(const css::awt::KeyEvent& e)
{
    if (e.KeyCode == css::awt::Key::RETURN)
        fire(UiEvent::Enter, e.Source);
}
void UiEvents::windowResized(const css::awt::WindowEvent& e)
{
    fire(UiEvent::Resized, e.Source);
}
void UiEvents::selectionChanged(const css::lang::EventObject& e)
{
    fire(UiEvent::Selection, e.Source);
}
void UiEvents::disposing(const css::lang::EventObject& e)
{
    fire(UiEvent::Disposing, e.Source);
}

} // namespace isms::addin::sidebar
