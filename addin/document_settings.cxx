#include "document_settings.hxx"

#include "functions/conversions.hxx"

#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <mutex>
#include <unordered_map>

namespace isms::addin
{

namespace
{
const std::shared_ptr<const WorkbookSettings>& noSettings()
{
    static const auto none = std::make_shared<const WorkbookSettings>();
    return none;
}
} // namespace

class SettingsListener;

struct DocumentSettingsCache::State
{
    struct Entry
    {
        std::shared_ptr<const WorkbookSettings> settings; // null: read again on next use
        rtl::Reference<SettingsListener> listener;
        css::uno::Reference<css::util::XModifyBroadcaster> broadcaster;
    };
    std::mutex mutex;
    std::unordered_map<const void*, Entry> entries;
};

/// Drops a document's cached settings when the document changes or goes away.
class SettingsListener final : public cppu::WeakImplHelper1<css::util::XModifyListener>
{
public:
    SettingsListener(std::weak_ptr<DocumentSettingsCache::State> state, const void* key)
        : m_state(std::move(state)), m_key(key)
    {
    }

    void SAL_CALL modified(const css::lang::EventObject&) override
    {
        if (auto s = m_state.lock())
        {
            std::lock_guard lock(s->mutex);
            auto it = s->entries.find(m_key);
            if (it != s->entries.end())
                it->second.settings.reset();
        }
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override
    {
        if (auto s = m_state.lock())
        {
            std::lock_guard lock(s->mutex);
            s->entries.erase(m_key);
        }
    }

private:
    std::weak_ptr<DocumentSettingsCache::State> m_state;
    const void* m_key;
};

DocumentSettingsCache::DocumentSettingsCache() : m_state(std::make_shared<State>()) {}

DocumentSettingsCache::~DocumentSettingsCache()
{
    std::unordered_map<const void*, State::Entry> entries;
    {
        std::lock_guard lock(m_state->mutex);
        entries.swap(m_state->entries);
    }
    for (auto& [key, e] : entries)
    {
        try
        {
            if (e.broadcaster.is())
                e.broadcaster->removeModifyListener(e.listener.get());
        }
        catch (const css::uno::Exception&)
        {
            // the document is already gone
        }
    }
}

std::shared_ptr<const WorkbookSettings>
DocumentSettingsCache::get(const css::uno::Reference<css::beans::XPropertySet>& caller)
{
    if (!caller.is())
        return noSettings();
    const void* key = caller.get();
    {
        std::lock_guard lock(m_state->mutex);
        auto it = m_state->entries.find(key);
        if (it != m_state->entries.end() && it->second.settings)
            return it->second.settings;
    }
    auto settings = std::make_shared<const WorkbookSettings>(read(caller));
    std::lock_guard lock(m_state->mutex);
    auto [it, inserted] = m_state->entries.try_emplace(key);
    if (inserted)
    {
        it->second.broadcaster.set(caller, css::uno::UNO_QUERY);
        it->second.listener = new SettingsListener(m_state, key);
        if (it->second.broadcaster.is())
            it->second.broadcaster->addModifyListener(it->second.listener.get());
    }
    // Without change notifications a cached value could go stale: then read every time.
    if (it->second.broadcaster.is())
        it->second.settings = settings;
    return settings;
}

WorkbookSettings
DocumentSettingsCache::read(const css::uno::Reference<css::uno::XInterface>& document)
{
    WorkbookSettingsText raw;
    try
    {
        css::uno::Reference<css::document::XDocumentPropertiesSupplier> sup(document,
                                                                            css::uno::UNO_QUERY);
        if (!sup.is())
            return {};
        css::uno::Reference<css::beans::XPropertySet> user(
            sup->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY);
        if (!user.is())
            return {};
        const auto info = user->getPropertySetInfo();
        auto value = [&](std::string_view name, std::u16string& out)
        {
            const rtl::OUString n = rtl::OUString::createFromAscii(std::string(name).c_str());
            rtl::OUString s;
            if (info->hasPropertyByName(n) && (user->getPropertyValue(n) >>= s))
                out = view(s);
        };
        value(kPropRole, raw.role);
        value(kPropServiceModels, raw.serviceModels);
        value(kPropCloudServices, raw.cloudServices);
        value(kPropLanguage, raw.language);
        value(kPropRiskMethod, raw.riskMethod);
    }
    catch (const css::uno::Exception&)
    {
        return {}; // a document without readable properties has no settings
    }
    return parseWorkbookSettings(raw);
}

} // namespace isms::addin
