#include "sidebar/workbook_panel.hxx"

#include "strings.hxx"

#include "functions/conversions.hxx"
#include "sidebar/setting_undo.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>

namespace isms::addin::sidebar
{

namespace
{

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kSection = 14;
constexpr std::array<const char*, 3> kModels = {"IaaS", "PaaS", "SaaS"};

rtl::OUString shown(const UiText& t, Lang lang)
{
    return toOUString(t.in(lang));
}

struct CommandButton
{
    Command command;
    const UiText& label;
};

constexpr CommandButton kCommandButtons[] = {
    {Command::GenerateSoA, str::kPanelGenerateSoa},
    {Command::DetectRegister, str::kPanelDetectRegister},
    {Command::MapColumns, str::kPanelRegisterColumns},
    {Command::MapSoaColumns, str::kPanelSoaColumns},
    {Command::Review, str::kPanelReview},
    {Command::Migrate2022, str::kPanelMigrate},
    {Command::FreezeFormulas, str::kPanelFreeze},
};

/// Runs a command from the main loop, after the button's click handler has returned: the
/// command may show a dialog, which must not run inside the click.
class DispatchLater final : public cppu::WeakImplHelper1<css::awt::XCallback>
{
public:
    DispatchLater(css::uno::Reference<css::frame::XDispatch> dispatch, css::util::URL url)
        : m_dispatch(std::move(dispatch)), m_url(std::move(url))
    {
    }
    void SAL_CALL notify(const css::uno::Any&) override
    {
        try
        {
            m_dispatch->dispatch(m_url, {});
        }
        catch (...)
        {
            // the command reports its own failures; nothing may escape into the main loop
        }
    }

private:
    css::uno::Reference<css::frame::XDispatch> m_dispatch;
    css::util::URL m_url;
};

std::string trimmed(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s.trim(), RTL_TEXTENCODING_UTF8).getStr();
}

} // namespace

WorkbookPanel::WorkbookPanel(const PanelArgs& args, std::shared_ptr<WorkbookState> state)
    : PanelBase(args), m_state(std::move(state))
{
    const Lang lang = m_args.lang;
    m_settingsHeading = label(shown(str::kPanelSettings, lang), true);
    m_roleLabel = label(shown(str::kPanelRole, lang));
    m_role = listBox();
    {
        css::uno::Reference<css::awt::XListBox> l(m_role, css::uno::UNO_QUERY_THROW);
        const rtl::OUString items[] = {
            shown(str::kPanelRoleNotStatedItem, lang), toOUString(roleLabel(Role::Customer, lang)),
            toOUString(roleLabel(Role::Provider, lang)), toOUString(roleLabel(Role::Both, lang))};
        for (sal_Int16 i = 0; i < 4; ++i)
            l->addItem(items[i], i);
    }
    m_modelsLabel = label(shown(str::kPanelModels, lang));
    for (std::size_t i = 0; i < kModels.size(); ++i)
        m_models[i] = checkBox(rtl::OUString::createFromAscii(kModels[i]));
    m_servicesLabel = label(shown(str::kPanelServices, lang));
    m_services = edit();
    m_methodLabel = label(shown(str::kPanelMethod, lang));
    m_method = listBox();
    {
        css::uno::Reference<css::awt::XListBox> l(m_method, css::uno::UNO_QUERY_THROW);
        sal_Int16 pos = 0;
        for (const RiskMethod& m : presetMethods())
        {
            l->addItem(toOUString(m.id + " — " + m.title.in(lang)), pos++);
            m_methodIds.push_back(m.id);
        }
        l->addItem(shown(str::kPanelCustomMethod, lang), pos);
        m_methodIds.emplace_back();
    }

    m_commandsHeading = label(shown(str::kPanelCommands, lang), true);
    for (const CommandButton& b : kCommandButtons)
        m_buttons.emplace_back(button(shown(b.label, lang)), b.command);
    m_status = label({});

    m_readinessHeading = label(shown(str::kPanelReadiness, lang), true);
    for (std::size_t i = 0; i < std::size_t(ReadinessItem::Count); ++i)
        m_checks.push_back(label({}));

    m_heatHeading = label(shown(str::kPanelHeatMap, lang), true);
    m_heatNote = label({});
}

void WorkbookPanel::start()
{
    m_subscription = m_state->subscribe([this] { refresh(); });
    refresh();
}

void WorkbookPanel::disposePanel()
{
    m_state->unsubscribe(m_subscription);
}

void WorkbookPanel::refresh()
{
    if (disposed())
        return;
    const Lang lang = m_args.lang;
    const auto snap = m_state->snapshot();
    const WorkbookSettings& s = snap->settings;
    m_updating = true;
    try
    {
        css::uno::Reference<css::awt::XListBox> role(m_role, css::uno::UNO_QUERY_THROW);
        const sal_Int16 rolePos = !s.role                     ? 0
                                  : *s.role == Role::Customer ? 1
                                  : *s.role == Role::Provider ? 2
                                                              : 3;
        if (role->getSelectedItemPos() != rolePos)
            role->selectItemPos(rolePos, true);
        for (std::size_t i = 0; i < kModels.size(); ++i)
        {
            const bool on = std::find(s.serviceModels.begin(), s.serviceModels.end(), kModels[i]) !=
                            s.serviceModels.end();
            css::uno::Reference<css::awt::XCheckBox> box(m_models[i], css::uno::UNO_QUERY_THROW);
            if ((box->getState() == 1) != on)
                box->setState(on ? 1 : 0);
        }
        std::string services;
        for (const std::string& name : s.cloudServices)
            services += (services.empty() ? "" : "; ") + name;
        css::uno::Reference<css::awt::XTextComponent> edit(m_services, css::uno::UNO_QUERY_THROW);
        if (trimmed(edit->getText()) != services)
            edit->setText(toOUString(services));
        css::uno::Reference<css::awt::XListBox> method(m_method, css::uno::UNO_QUERY_THROW);
        sal_Int16 methodPos = sal_Int16(m_methodIds.size() - 1); // custom
        if (snap->method)
            for (std::size_t i = 0; i + 1 < m_methodIds.size(); ++i)
                if (m_methodIds[i] == snap->method->id &&
                    (!s.riskMethod || findPreset(s.riskMethod->id)))
                    methodPos = sal_Int16(i);
        if (method->getSelectedItemPos() != methodPos)
            method->selectItemPos(methodPos, true);
    }
    catch (...)
    {
        m_updating = false;
        throw;
    }
    m_updating = false;

    for (std::size_t i = 0; i < m_checks.size() && i < snap->readiness.size(); ++i)
    {
        const ReadinessCheck& c = snap->readiness[i];
        setText(m_checks[i], toOUString((c.met ? "✔ " : "✘ ") + c.label.in(lang) + "\n    " +
                                        c.detail.in(lang)));
    }

    // Heat map: rows are likelihood (highest at the top), columns impact.
    const HeatMap* map = snap->heatMap ? &*snap->heatMap : nullptr;
    const int rows = map ? map->likelihoodLevels : 0, cols = map ? map->impactLevels : 0;
    while (int(m_heatCells.size()) < rows * cols)
        m_heatCells.push_back(label({}, false, true));
    while (int(m_heatRowLabels.size()) < rows)
        m_heatRowLabels.push_back(label({}, false, true));
    while (int(m_heatColumnLabels.size()) < cols)
        m_heatColumnLabels.push_back(label({}, false, true));
    for (std::size_t i = 0; i < m_heatCells.size(); ++i)
        m_heatCells[i]->setVisible(int(i) < rows * cols);
    for (std::size_t i = 0; i < m_heatRowLabels.size(); ++i)
        m_heatRowLabels[i]->setVisible(int(i) < rows);
    for (std::size_t i = 0; i < m_heatColumnLabels.size(); ++i)
        m_heatColumnLabels[i]->setVisible(int(i) < cols);
    m_heatRows = rows;
    m_heatColumns = cols;
    if (map)
    {
        for (int r = 0; r < rows; ++r)
        {
            const int likelihood = rows - r;
            setText(m_heatRowLabels[std::size_t(r)], rtl::OUString::number(likelihood));
            for (int c = 0; c < cols; ++c)
            {
                const auto& cell = m_heatCells[std::size_t(r * cols + c)];
                setText(cell, rtl::OUString::number(map->count(likelihood, c + 1)));
                css::uno::Reference<css::awt::XWindowPeer>(cell, css::uno::UNO_QUERY_THROW)
                    ->setBackground(sal_Int32(colorValue(map->color(likelihood, c + 1))));
            }
        }
        for (int c = 0; c < cols; ++c)
            setText(m_heatColumnLabels[std::size_t(c)], rtl::OUString::number(c + 1));
        std::string note = fill(str::kPanelHeatNote, lang, {std::to_string(map->placed)});
        if (map->unscored > 0)
            note += fill(str::kPanelHeatUnscored, lang, {std::to_string(map->unscored)});
        note += fill(str::kPanelHeatMethod, lang, {snap->method->id});
        setText(m_heatNote, toOUString(note));
    }
    else
        setText(m_heatNote, toOUString(snap->heatMapProblem.in(lang)));
    relayout();
}

void WorkbookPanel::onEvent(const UiEvent& event)
{
    if (m_updating)
        return;
    const auto& src = event.source;
    if (event.kind == UiEvent::Item)
    {
        if (src == m_role)
            writeRole();
        else if (src == m_method)
            writeMethod();
        else if (std::any_of(m_models.begin(), m_models.end(),
                             [&](const Window& w) { return src == w; }))
            writeModels();
    }
    else if ((event.kind == UiEvent::FocusLost || event.kind == UiEvent::Enter) &&
             src == m_services)
        writeServices();
    else if (event.kind == UiEvent::Action)
        for (const auto& [w, command] : m_buttons)
            if (src == w)
                runCommand(command);
}

namespace
{
css::uno::Reference<css::sheet::XSpreadsheetDocument> docOf(const WorkbookState& state)
{
    return css::uno::Reference<css::sheet::XSpreadsheetDocument>(state.model(),
                                                                 css::uno::UNO_QUERY_THROW);
}
} // namespace

void WorkbookPanel::writeRole()
{
    const sal_Int16 pos = css::uno::Reference<css::awt::XListBox>(m_role, css::uno::UNO_QUERY_THROW)
                              ->getSelectedItemPos();
    const char* values[] = {"", "customer", "provider", "both"};
    if (pos < 0 || pos > 3)
        return;
    writeSetting(docOf(*m_state), m_state, kPropRole, rtl::OUString::createFromAscii(values[pos]),
                 shown(str::kPanelSetRole, m_args.lang));
}

void WorkbookPanel::writeModels()
{
    rtl::OUString value;
    for (std::size_t i = 0; i < kModels.size(); ++i)
        if (css::uno::Reference<css::awt::XCheckBox>(m_models[i], css::uno::UNO_QUERY_THROW)
                ->getState() == 1)
            value +=
                (value.isEmpty() ? rtl::OUString() : rtl::OUString(", ")) + toOUString(kModels[i]);
    writeSetting(docOf(*m_state), m_state, kPropServiceModels, value,
                 shown(str::kPanelSetModels, m_args.lang));
}

void WorkbookPanel::writeServices()
{
    const rtl::OUString value =
        css::uno::Reference<css::awt::XTextComponent>(m_services, css::uno::UNO_QUERY_THROW)
            ->getText()
            .trim();
    writeSetting(docOf(*m_state), m_state, kPropCloudServices, value,
                 shown(str::kPanelSetServices, m_args.lang));
}

void WorkbookPanel::writeMethod()
{
    const sal_Int16 pos =
        css::uno::Reference<css::awt::XListBox>(m_method, css::uno::UNO_QUERY_THROW)
            ->getSelectedItemPos();
    if (pos < 0 || std::size_t(pos) >= m_methodIds.size() || m_methodIds[std::size_t(pos)].empty())
        return; // "custom" is chosen by writing a definition, not from here
    writeSetting(docOf(*m_state), m_state, kPropRiskMethod,
                 toOUString(m_methodIds[std::size_t(pos)]),
                 shown(str::kPanelSetMethod, m_args.lang));
}

void WorkbookPanel::runCommand(Command command)
{
    css::util::URL url;
    const std::string_view name = commandName(command);
    url.Complete = rtl::OUString::createFromAscii(kProtocol) +
                   rtl::OUString(name.data(), sal_Int32(name.size()), RTL_TEXTENCODING_ASCII_US);
    css::util::URLTransformer::create(m_args.context)->parseStrict(url);
    css::uno::Reference<css::frame::XDispatchProvider> provider(m_args.frame, css::uno::UNO_QUERY);
    css::uno::Reference<css::frame::XDispatch> dispatch;
    if (provider.is())
        dispatch = provider->queryDispatch(url, "", 0);
    if (!dispatch.is())
    {
        setText(m_status, shown(str::kPanelCommandUnavailable, m_args.lang));
        relayout();
        return;
    }
    setText(m_status, {});
    css::awt::AsyncCallback::create(m_args.context)
        ->addCallback(new DispatchLater(dispatch, url), css::uno::Any());
}

int WorkbookPanel::layout(int width)
{
    const int inner = width - 2 * kMargin;
    int y = kMargin;
    auto text = [&](const Window& w, int gapAfter)
    {
        css::uno::Reference<css::awt::XFixedText> t(w, css::uno::UNO_QUERY);
        if (!t.is() || t->getText().isEmpty())
        {
            w->setVisible(false);
            return;
        }
        w->setVisible(true);
        const int h = textHeight(w, inner);
        w->setPosSize(kMargin, y, inner, h, css::awt::PosSize::POSSIZE);
        y += h + gapAfter;
    };
    auto control = [&](const Window& w, int x, int cw)
    {
        const int h = controlHeight(w);
        w->setPosSize(kMargin + x, y, cw, h, css::awt::PosSize::POSSIZE);
        return h;
    };
    text(m_settingsHeading, kGap);
    text(m_roleLabel, 1);
    y += control(m_role, 0, inner) + kGap;
    text(m_modelsLabel, 1);
    int h = 0;
    for (std::size_t i = 0; i < m_models.size(); ++i)
        h = std::max(h, control(m_models[i], int(i) * inner / 3, inner / 3));
    y += h + kGap;
    text(m_servicesLabel, 1);
    y += control(m_services, 0, inner) + kGap;
    text(m_methodLabel, 1);
    y += control(m_method, 0, inner) + kSection;

    text(m_commandsHeading, kGap);
    for (const auto& [w, command] : m_buttons)
        y += control(w, 0, inner) + 2;
    y += kGap;
    text(m_status, kGap);
    y += kSection - kGap;

    text(m_readinessHeading, kGap);
    for (const Window& w : m_checks)
        text(w, kGap);
    y += kSection - kGap;

    text(m_heatHeading, kGap);
    if (m_heatRows > 0 && m_heatColumns > 0)
    {
        const int axis = 18;
        const int cell = std::clamp((inner - axis) / m_heatColumns, 16, 40);
        const int cellH = 22;
        for (int r = 0; r < m_heatRows; ++r)
        {
            m_heatRowLabels[std::size_t(r)]->setPosSize(kMargin, y + r * cellH + 3, axis, cellH,
                                                        css::awt::PosSize::POSSIZE);
            for (int c = 0; c < m_heatColumns; ++c)
                m_heatCells[std::size_t(r * m_heatColumns + c)]->setPosSize(
                    kMargin + axis + c * cell, y + r * cellH, cell - 2, cellH - 2,
                    css::awt::PosSize::POSSIZE);
        }
        y += m_heatRows * cellH;
        for (int c = 0; c < m_heatColumns; ++c)
            m_heatColumnLabels[std::size_t(c)]->setPosSize(kMargin + axis + c * cell, y, cell - 2,
                                                           18, css::awt::PosSize::POSSIZE);
        y += 18 + kGap;
    }
    text(m_heatNote, kGap);
    return y + kMargin;
}

} // namespace isms::addin::sidebar
