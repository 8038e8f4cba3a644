#include "sidebar/workbook_state.hxx"

#include "sidebar/panel_timings.hxx"

#include "functions/conversions.hxx"
#include "document_properties.hxx"
#include "sheets/register_finder.hxx"
#include "overlay_texts.hxx"
#include "strings.hxx"
#include "sheets/sheet_reader.hxx"
#include "sheets/soa_sheet.hxx"
#include "isms/cloud_risks.hpp"
#include "isms/overlay.hpp"
#include "isms/register_scoring.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include <chrono>
#include <map>
#include <mutex>

namespace isms::addin::sidebar
{

namespace
{

class ChangeListener;

} // namespace

struct WorkbookState::Impl
{
    std::mutex mutex;
    css::uno::Reference<css::uno::XComponentContext> context;
    std::shared_ptr<const WorkbookSnapshot> snapshot; // null: read again on next use
    std::map<int, std::function<void()>> subscribers;
    int nextId = 1;
    bool notifyPending = false;
    rtl::Reference<ChangeListener> listener;
    css::uno::Reference<css::util::XModifyBroadcaster> broadcaster;
};

namespace
{

/// Marks the snapshot stale on every change and tells the panels once, from the main loop.
class ChangeListener final
    : public cppu::WeakImplHelper2<css::util::XModifyListener, css::awt::XCallback>
{
public:
    explicit ChangeListener(std::weak_ptr<WorkbookState::Impl> impl) : m_impl(std::move(impl)) {}

    void SAL_CALL modified(const css::lang::EventObject&) override
    {
        try
        {
            auto impl = m_impl.lock();
            if (!impl)
                return;
            std::unique_lock lock(impl->mutex);
            impl->snapshot.reset();
            if (impl->notifyPending || impl->subscribers.empty())
                return;
            impl->notifyPending = true;
            auto context = impl->context;
            lock.unlock();
            css::awt::AsyncCallback::create(context)->addCallback(this, css::uno::Any());
        }
        catch (...)
        {
        }
    }

    void SAL_CALL notify(const css::uno::Any&) override
    {
        try
        {
            auto impl = m_impl.lock();
            if (!impl)
                return;
            std::map<int, std::function<void()>> subscribers;
            {
                std::lock_guard lock(impl->mutex);
                impl->notifyPending = false;
                subscribers = impl->subscribers;
            }
            for (auto& [id, f] : subscribers)
                try
                {
                    f();
                }
                catch (...)
                {
                }
        }
        catch (...)
        {
        }
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override
    {
        if (auto impl = m_impl.lock())
        {
            std::lock_guard lock(impl->mutex);
            impl->broadcaster.clear();
        }
    }

private:
    std::weak_ptr<WorkbookState::Impl> m_impl;
};

std::mutex g_registryMutex;
std::map<const void*, std::weak_ptr<WorkbookState>>& registry()
{
    static std::map<const void*, std::weak_ptr<WorkbookState>> r;
    return r;
}

Text toText(const UiText& t)
{
    return {std::string(t.en), std::string(t.ja)};
}

int usedRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    css::uno::Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(false);
    return css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
               ->getRangeAddress()
               .EndRow +
           1;
}

std::shared_ptr<const WorkbookSnapshot>
readSnapshot(const css::uno::Reference<css::frame::XModel>& model)
{
    auto snap = std::make_shared<WorkbookSnapshot>();
    const css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(model, css::uno::UNO_QUERY);
    if (!doc.is())
        return snap;
    const Catalog& cat = Catalog::builtin();
    snap->settings = DocumentSettingsCache::read(model);
    try
    {
        if (auto found = findRegister(doc, false); found.ok())
            snap->reg = std::make_unique<FoundRegister>(std::move(found).value());
    }
    catch (...)
    {
        snap->reg.reset(); // an unreadable register is shown as "not found"
    }
    ReadinessFacts facts;
    try
    {
        const auto sheets = sheetsOf(doc);
        for (std::size_t i = 0; i < sheets.size(); ++i)
        {
            if (snap->reg && sheets[i].name == snap->reg->sheet)
                snap->registerSheet = int(i);
            facts.sheets.push_back(
                {std::u16string(view(toOUString(sheets[i].name))), usedRows(sheets[i].sheet)});
        }
    }
    catch (...)
    {
    }
    if (snap->reg)
        snap->citations.emplace(snap->reg->reg, cat);
    ExistingSoa soa;
    try
    {
        soa = readSoa(doc);
    }
    catch (...)
    {
        soa = ExistingSoa{};
    }
    if (soa.found)
        snap->soa.emplace(soa.rows, cat);

    snap->method = &methodForRegister(snap->settings, snap->reg ? &snap->reg->reg : nullptr);
    if (!snap->reg)
        snap->heatMapProblem = toText(str::kHeatMapNoRegister);
    else if (auto map = countHeatMap(snap->reg->reg, *snap->method); map.ok())
        snap->heatMap = std::move(map).value();
    else if (map.error().kind == ErrorKind::InvalidArgument)
        snap->heatMapProblem = toText(str::kHeatMapNotLikelihoodImpact);
    else
        snap->heatMapProblem = toText(str::kHeatMapNoColumns);

    facts.settings = &snap->settings;
    facts.reg = snap->reg ? &snap->reg->reg : nullptr;
    facts.soaRows = soa.found ? &soa.rows : nullptr;
    // The ISMS scope as the workbook states it (document property), else as typed on the SoA.
    try
    {
        facts.ismsScope = view(documentProperty(doc, kPropScope).trim());
    }
    catch (...)
    {
    }
    if (facts.ismsScope.empty())
        facts.ismsScope = ismsScopeFromCover(soa.cover);
    snap->readiness = evaluateReadiness(facts, cat, CloudRiskCatalog::builtin());
    return snap;
}

} // namespace

std::shared_ptr<WorkbookState>
WorkbookState::forDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XModel>& model)
{
    std::lock_guard guard(g_registryMutex);
    auto& r = registry();
    if (auto it = r.find(model.get()); it != r.end())
        if (auto existing = it->second.lock())
            return existing;
    std::shared_ptr<WorkbookState> state(new WorkbookState());
    state->m_model = model;
    state->m_impl = std::make_shared<Impl>();
    state->m_impl->context = context;
    state->m_impl->listener = new ChangeListener(state->m_impl);
    state->m_impl->broadcaster.set(model, css::uno::UNO_QUERY);
    if (state->m_impl->broadcaster.is())
        state->m_impl->broadcaster->addModifyListener(state->m_impl->listener.get());
    r[model.get()] = state;
    return state;
}

WorkbookState::~WorkbookState()
{
    try
    {
        std::lock_guard guard(g_registryMutex);
        auto& r = registry();
        if (auto it = r.find(m_model.get()); it != r.end() && it->second.expired())
            r.erase(it);
    }
    catch (...)
    {
    }
    css::uno::Reference<css::util::XModifyBroadcaster> broadcaster;
    {
        std::lock_guard lock(m_impl->mutex);
        broadcaster = m_impl->broadcaster;
        m_impl->broadcaster.clear();
        m_impl->subscribers.clear();
    }
    try
    {
        if (broadcaster.is())
            broadcaster->removeModifyListener(m_impl->listener.get());
    }
    catch (...)
    {
        // the document is already gone
    }
}

std::shared_ptr<const WorkbookSnapshot> WorkbookState::snapshot()
{
    {
        std::lock_guard lock(m_impl->mutex);
        if (m_impl->snapshot)
            return m_impl->snapshot;
    }
    const auto start = std::chrono::steady_clock::now();
    auto snap = readSnapshot(m_model);
    recordSnapshot(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count());
    std::lock_guard lock(m_impl->mutex);
    if (m_impl->broadcaster.is()) // without change notifications, read every time
        m_impl->snapshot = snap;
    return snap;
}

std::shared_ptr<const OverlayTexts> WorkbookState::texts()
{
    return overlayTexts(m_impl->context);
}

void WorkbookState::changed()
{
    m_impl->listener->modified(css::lang::EventObject());
}

int WorkbookState::subscribe(std::function<void()> onChange)
{
    std::lock_guard lock(m_impl->mutex);
    const int id = m_impl->nextId++;
    m_impl->subscribers[id] = std::move(onChange);
    return id;
}

void WorkbookState::unsubscribe(int id)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->subscribers.erase(id);
}

} // namespace isms::addin::sidebar
