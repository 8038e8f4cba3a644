#include "sidebar/control_panel.hxx"

#include "functions/conversions.hxx"
#include "sidebar/panel_timings.hxx"
#include "strings.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>

#include <chrono>

namespace isms::addin::sidebar
{

namespace
{

constexpr std::size_t kMaxControls = 4;
constexpr int kMargin = 8;
constexpr int kGap = 4;

rtl::OUString shown(const UiText& t, Lang lang)
{
    return toOUString(t.in(lang));
}

/// The shown text of a selection's first cell, and where it is. False when no cell is selected.
bool activeCell(const css::uno::Any& selection, rtl::OUString& text,
                css::table::CellRangeAddress& where)
{
    css::uno::Reference<css::sheet::XCellRangeAddressable> addressable(selection,
                                                                       css::uno::UNO_QUERY);
    css::uno::Reference<css::table::XCellRange> range(selection, css::uno::UNO_QUERY);
    if (!addressable.is() || !range.is())
        return false;
    where = addressable->getRangeAddress();
    css::uno::Reference<css::text::XText> cellText(range->getCellByPosition(0, 0),
                                                   css::uno::UNO_QUERY);
    text = cellText.is() ? cellText->getString() : rtl::OUString();
    return true;
}

} // namespace

ControlPanel::ControlPanel(const PanelArgs& args, std::shared_ptr<WorkbookState> state,
                           const css::uno::Reference<css::view::XSelectionSupplier>& selection)
    : PanelBase(args), m_state(std::move(state)), m_selection(selection)
{
    m_intro = label(shown(str::kPanelSelectCell, m_args.lang));
}

void ControlPanel::start()
{
    if (m_selection.is())
        m_selection->addSelectionChangeListener(m_events.get());
    m_subscription = m_state->subscribe([this] { update(true); });
    update(true);
}

void ControlPanel::disposePanel()
{
    m_state->unsubscribe(m_subscription);
    if (m_selection.is())
        try
        {
            m_selection->removeSelectionChangeListener(m_events.get());
        }
        catch (...)
        {
        }
    m_selection.clear();
}

void ControlPanel::onEvent(const UiEvent& event)
{
    if (event.kind == UiEvent::Selection)
    {
        // Calc reports one move several times; only a move to another cell counts (the
        // repeats return after one cell read and a comparison).
        const auto t0 = std::chrono::steady_clock::now();
        if (update(false))
            recordSelectionChange(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                    .count());
    }
    else if (event.kind == UiEvent::Disposing && event.source == m_selection)
        m_selection.clear(); // the view went away before the sidebar
}

ControlPanel::Block& ControlPanel::block(std::size_t i)
{
    while (m_blocks.size() <= i)
    {
        Block b;
        b.heading = label({}, true);
        b.edition = label({});
        b.mapping = label({});
        b.customer = label({});
        b.provider = label({});
        b.risks = label({});
        b.soa = label({});
        m_blocks.push_back(b);
    }
    return m_blocks[i];
}

bool ControlPanel::update(bool force)
{
    if (disposed())
        return false;
    const Lang lang = m_args.lang;
    rtl::OUString text;
    css::table::CellRangeAddress where{};
    if (!m_selection.is() || !activeCell(m_selection->getSelection(), text, where))
    {
        m_lastKey.clear();
        showControls({}, shown(str::kPanelSelectCell, lang));
        return true;
    }
    // Same text on the same row as last time: nothing to redo (a move along a row).
    const rtl::OUString key = text + "\n" + rtl::OUString::number(where.Sheet) + ":" +
                              rtl::OUString::number(where.StartRow);
    if (!force && key == m_lastKey)
        return false;
    m_lastKey = key;

    const Catalog& cat = Catalog::builtin();
    std::vector<const Control*> controls = controlsInCell(view(text), cat);
    rtl::OUString intro;
    if (controls.size() > 1)
        intro =
            toOUString(fill(str::kPanelCellNamesControls, lang, {std::to_string(controls.size())}));
    if (controls.empty())
    {
        const auto snap = m_state->snapshot();
        const std::vector<const Control*>* row = nullptr;
        if (snap->citations && where.Sheet == snap->registerSheet)
            row = snap->citations->controlsOfRow(where.StartRow);
        if (row && !row->empty())
        {
            controls = *row;
            intro = toOUString(
                fill(str::kPanelRowCitesControls, lang,
                     {std::to_string(where.StartRow + 1), std::to_string(controls.size())}));
        }
        else
            intro = text.trim().isEmpty() ? shown(str::kPanelEmptyCell, lang)
                                          : shown(str::kPanelNoControlId, lang);
    }
    if (controls.size() > kMaxControls)
    {
        intro += shown(str::kPanelFirstFourShown, lang);
        controls.resize(kMaxControls);
    }
    showControls(controls, intro);
    return true;
}

void ControlPanel::showControls(const std::vector<const Control*>& controls,
                                const rtl::OUString& intro)
{
    const Lang lang = m_args.lang;
    std::shared_ptr<const WorkbookSnapshot> snap;
    if (!controls.empty())
        snap = m_state->snapshot();
    rtl::OUString introText = intro;
    if (snap && !snap->settings.role)
        introText += rtl::OUString::createFromAscii(introText.isEmpty() ? "" : "\n") +
                     (snap->settings.roleProblem.en.empty() // set but wrong: say what is wrong
                          ? shown(str::kPanelRoleNotStated, lang)
                          : toOUString(snap->settings.roleProblem.in(lang)));
    setText(m_intro, introText);
    m_intro->setVisible(!introText.isEmpty());

    const auto texts = m_state->texts(); // the current ones: after ISMS.OVERLAY() the new wording
    for (std::size_t i = 0; i < controls.size(); ++i)
    {
        ControlContext context;
        context.roleStated = bool(snap->settings.role);
        context.roles = snap->settings.role.value_or(Role::Both);
        context.risks = snap->citations ? &*snap->citations : nullptr;
        context.soa = snap->soa ? &*snap->soa : nullptr;
        const ControlView v = describeControl(*controls[i], texts->texts, context, lang);
        Block& b = block(i);
        const std::pair<css::uno::Reference<css::awt::XWindow>*, const std::string*> fields[] = {
            {&b.heading, &v.heading},
            {&b.edition, &v.edition},
            {&b.mapping, &v.mapping},
            {&b.customer, &v.customer},
            {&b.provider, &v.provider},
            {&b.risks, &v.risks},
            {&b.soa, &v.soa}};
        for (const auto& [window, value] : fields)
        {
            setText(*window, toOUString(*value));
            (*window)->setVisible(!value->empty());
        }
    }
    for (std::size_t i = controls.size(); i < m_shown; ++i)
        for (auto* w :
             {&m_blocks[i].heading, &m_blocks[i].edition, &m_blocks[i].mapping,
              &m_blocks[i].customer, &m_blocks[i].provider, &m_blocks[i].risks, &m_blocks[i].soa})
            (*w)->setVisible(false);
    m_shown = controls.size();
    relayoutLater();
}

int ControlPanel::layout(int width)
{
    const int inner = width - 2 * kMargin;
    int y = kMargin;
    auto place = [&](const css::uno::Reference<css::awt::XWindow>& w, int gapAfter)
    {
        css::uno::Reference<css::awt::XFixedText> t(w, css::uno::UNO_QUERY);
        if (!t.is() || t->getText().isEmpty())
            return;
        const int h = textHeight(w, inner);
        w->setPosSize(kMargin, y, inner, h, css::awt::PosSize::POSSIZE);
        y += h + gapAfter;
    };
    place(m_intro, 2 * kGap);
    for (std::size_t i = 0; i < m_shown; ++i)
    {
        const Block& b = m_blocks[i];
        for (const auto* w :
             {&b.heading, &b.edition, &b.mapping, &b.customer, &b.provider, &b.risks, &b.soa})
            place(*w, kGap);
        y += 3 * kGap;
    }
    return y + kMargin;
}

} // namespace isms::addin::sidebar
