#pragma once
// The Control panel: follows the selected cell. When the cell names a control (any accepted
// form), or lies in a risk row of the register whose controls cell names some, it shows each
// control's id and label, edition, 2013↔2022 mapping, 27017 guidance for the workbook's
// role(s), the risks citing it and its SoA row. A selection change reads one cell and looks up
// the cached workbook snapshot: no sheet is scanned.
#include "sidebar/panel_base.hxx"
#include "sidebar/workbook_state.hxx"

#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <memory>

namespace isms::addin::sidebar
{

class ControlPanel final : public PanelBase
{
public:
    ControlPanel(const PanelArgs& args, std::shared_ptr<WorkbookState> state,
                 const css::uno::Reference<css::view::XSelectionSupplier>& selection);
    /// Subscribes to the selection and the document (after construction: needs a reference).
    void start();

protected:
    int layout(int width) override;
    void onEvent(const UiEvent& event) override;
    void disposePanel() override;

private:
    struct Block
    {
        css::uno::Reference<css::awt::XWindow> heading, edition, mapping, customer, provider, risks,
            soa;
    };
    /// Shows what the selected cell holds; false when it is the cell shown already.
    bool update(bool force);
    void showControls(const std::vector<const Control*>& controls, const rtl::OUString& intro);
    Block& block(std::size_t i);

    std::shared_ptr<WorkbookState> m_state;
    css::uno::Reference<css::view::XSelectionSupplier> m_selection;
    int m_subscription = 0;
    css::uno::Reference<css::awt::XWindow> m_intro;
    std::vector<Block> m_blocks;
    std::size_t m_shown = 0;
    rtl::OUString m_lastKey;
};

} // namespace isms::addin::sidebar
