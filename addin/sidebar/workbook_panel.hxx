#pragma once
// The Workbook panel: the organisation's statements (role, service models, cloud services in
// scope, risk method) editable in place, each edit one undo step; buttons for the ISMS
// commands; the JIP-ISMS517 readiness checklist judged from the workbook; a likelihood ×
// impact heat map of the register. Refreshed from the cached snapshot after the document
// changes.
#include "commands/command_table.hxx"
#include "sidebar/panel_base.hxx"
#include "sidebar/workbook_state.hxx"

#include <array>
#include <memory>

namespace isms::addin::sidebar
{

class WorkbookPanel final : public PanelBase
{
public:
    WorkbookPanel(const PanelArgs& args, std::shared_ptr<WorkbookState> state);
    void start();

protected:
    int layout(int width) override;
    void onEvent(const UiEvent& event) override;
    void disposePanel() override;

private:
    void refresh();
    void writeRole();
    void writeModels();
    void writeServices();
    void writeMethod();
    void runCommand(Command command);

    std::shared_ptr<WorkbookState> m_state;
    int m_subscription = 0;
    bool m_updating = false;

    using Window = css::uno::Reference<css::awt::XWindow>;
    Window m_settingsHeading, m_roleLabel, m_role, m_modelsLabel, m_servicesLabel, m_services,
        m_methodLabel, m_method;
    std::array<Window, 3> m_models;
    Window m_commandsHeading, m_status;
    std::vector<std::pair<Window, Command>> m_buttons;
    Window m_readinessHeading;
    std::vector<Window> m_checks;
    Window m_heatHeading, m_heatNote;
    std::vector<Window> m_heatCells, m_heatRowLabels, m_heatColumnLabels;
    int m_heatRows = 0, m_heatColumns = 0;
    std::vector<std::string> m_methodIds; ///< list box position → preset id ("" = custom)
};

} // namespace isms::addin::sidebar
