#include "sidebar/setting_undo.hxx"

#include "document_properties.hxx"
#include "sheets/register_finder.hxx"

#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

namespace isms::addin::sidebar
{

namespace
{

class SettingUndo final : public cppu::WeakImplHelper1<css::document::XUndoAction>
{
public:
    SettingUndo(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                std::weak_ptr<WorkbookState> state, std::string name, rtl::OUString before,
                rtl::OUString after, rtl::OUString title)
        : m_doc(doc), m_state(std::move(state)), m_name(std::move(name)),
          m_before(std::move(before)), m_after(std::move(after)), m_title(std::move(title))
    {
    }

    rtl::OUString SAL_CALL getTitle() override { return m_title; }
    void SAL_CALL undo() override { apply(m_before); }
    void SAL_CALL redo() override { apply(m_after); }

private:
    void apply(const rtl::OUString& value)
    {
        // The document holds its undo stack, which holds this action: a weak reference back.
        try
        {
            const css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(m_doc);
            if (!doc.is())
                return;
            setDocumentProperty(doc, m_name, value);
            if (auto state = m_state.lock())
                state->changed();
        }
        catch (...)
        {
            // nothing may escape into the undo manager: the property keeps its current text
        }
    }

    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> m_doc;
    std::weak_ptr<WorkbookState> m_state;
    std::string m_name;
    rtl::OUString m_before, m_after, m_title;
};

} // namespace

bool writeSetting(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                  const std::shared_ptr<WorkbookState>& state, std::string_view name,
                  const rtl::OUString& value, const rtl::OUString& title)
{
    const rtl::OUString before = documentProperty(doc, name);
    if (before == value)
        return false;
    setDocumentProperty(doc, name, value);
    css::uno::Reference<css::document::XUndoManagerSupplier> supplier(doc, css::uno::UNO_QUERY);
    if (supplier.is())
    {
        auto undo = supplier->getUndoManager();
        if (undo.is() && !undo->isLocked())
            undo->addUndoAction(
                new SettingUndo(doc, state, std::string(name), before, value, title));
    }
    state->changed();
    return true;
}

} // namespace isms::addin::sidebar
