#pragma once
// What the panels know about one document, read once and kept until the document changes:
// settings, risk register (with the index of which risk cites which control), SoA, readiness
// checklist and heat map. A selection change only looks things up here; a modification of the
// document (XModifyListener) marks the snapshot stale and tells the panels, once, after the
// change (posted to the main loop, so a burst of edits costs one re-read).
#include "isms/cell_controls.hpp"
#include "isms/heat_map.hpp"
#include "isms/readiness.hpp"
#include "overlay_texts.hxx"
#include "isms/workbook_settings.hpp"
#include "sheets/register_finder.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace isms::addin::sidebar
{

struct WorkbookSnapshot
{
    WorkbookSettings settings;
    std::unique_ptr<FoundRegister> reg; ///< null: no register found
    int registerSheet = -1;             ///< index of the register's sheet
    std::optional<CitationIndex> citations;
    std::optional<SoaIndex> soa; ///< empty: no SoA sheet
    std::vector<ReadinessCheck> readiness;
    const RiskMethod* method = nullptr; ///< methodForRegister (kept alive by settings)
    std::optional<HeatMap> heatMap;
    Text heatMapProblem; ///< why there is no heat map
};

class WorkbookState
{
public:
    /// The state of a document, shared by the panels of its frame.
    static std::shared_ptr<WorkbookState>
    forDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XModel>& model);
    ~WorkbookState();

    /// The current snapshot; reads the document when it changed since the last read.
    std::shared_ptr<const WorkbookSnapshot> snapshot();
    /// The overlay-aware texts of overlay_texts.hxx, current at the time of the call (after
    /// ISMS.OVERLAY() the new ones): hold the pointer while using them.
    [[nodiscard]] std::shared_ptr<const OverlayTexts> texts();
    const css::uno::Reference<css::frame::XModel>& model() const { return m_model; }

    /// Marks the snapshot stale and tells the subscribers (posted), as a modification does.
    void changed();

    /// Called on the main loop after the document changed. Returns an id for unsubscribe.
    int subscribe(std::function<void()> onChange);
    void unsubscribe(int id);

    struct Impl;

private:
    WorkbookState() = default;
    std::shared_ptr<Impl> m_impl;
    css::uno::Reference<css::frame::XModel> m_model;
};

} // namespace isms::addin::sidebar
