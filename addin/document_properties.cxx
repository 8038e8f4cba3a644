#include "document_properties.hxx"

#include "functions/conversions.hxx"
#include "isms/utf.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/Duration.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <cstdio>
#include <mutex>
#include <optional>
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

/// The document's user-defined properties (null for something that is not a document).
css::uno::Reference<css::beans::XPropertySet>
userProperties(const css::uno::Reference<css::uno::XInterface>& doc)
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> sup(doc, css::uno::UNO_QUERY);
    if (!sup.is())
        return {};
    return css::uno::Reference<css::beans::XPropertySet>(
        sup->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY);
}

rtl::OUString propertyText(const css::uno::Reference<css::beans::XPropertySet>& user,
                           const rtl::OUString& name)
{
    if (!user.is() || !user->getPropertySetInfo()->hasPropertyByName(name))
        return {};
    const css::uno::Any value = user->getPropertyValue(name);
    css::util::Date date;
    css::util::DateTime dateTime;
    double number = 0;
    if (value >>= dateTime)
        date = css::util::Date(dateTime.Day, dateTime.Month, dateTime.Year);
    else if (!(value >>= date) && (value >>= number))
        return rtl::OUString::number(number);
    if (date.Year != 0)
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(date.Year), int(date.Month),
                      int(date.Day));
        return rtl::OUString::createFromAscii(buf);
    }
    rtl::OUString text;
    value >>= text;
    return text;
}

rtl::OUString nameOf(std::string_view name)
{
    return rtl::OUString(name.data(), sal_Int32(name.size()), RTL_TEXTENCODING_ASCII_US);
}

/// What a property value that is not text is, and how people see it; nullopt for text and
/// for an absent (void) value.
std::optional<MistypedProperty> mistyped(std::string_view name, const css::uno::Any& value)
{
    switch (value.getValueTypeClass())
    {
    case css::uno::TypeClass_VOID:
    case css::uno::TypeClass_STRING:
        return std::nullopt;
    default:
        break;
    }
    MistypedProperty m;
    m.name = std::string(name);
    css::util::Date date;
    css::util::DateTime dateTime;
    css::util::Duration duration;
    double number = 0;
    bool flag = false;
    char buf[48];
    if (value >>= dateTime)
    {
        m.type = PropertyType::DateTime;
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", int(dateTime.Year),
                      int(dateTime.Month), int(dateTime.Day), int(dateTime.Hours),
                      int(dateTime.Minutes));
        m.shown = buf;
    }
    else if (value >>= date)
    {
        m.type = PropertyType::Date;
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(date.Year), int(date.Month),
                      int(date.Day));
        m.shown = buf;
    }
    else if (value >>= duration)
        m.type = PropertyType::Duration;
    else if (value.getValueTypeClass() == css::uno::TypeClass_BOOLEAN && (value >>= flag))
    {
        m.type = PropertyType::Boolean;
        m.shown = flag ? "TRUE" : "FALSE";
    }
    else if (value >>= number)
    {
        m.type = PropertyType::Number;
        m.shown = toUtf8(view(rtl::OUString::number(number)));
    }
    return m;
}

} // namespace

std::optional<MistypedProperty>
mistypedDocumentProperty(const css::uno::Reference<css::uno::XInterface>& doc,
                         std::string_view name)
{
    try
    {
        const auto user = userProperties(doc);
        const rtl::OUString n = nameOf(name);
        if (!user.is() || !user->getPropertySetInfo()->hasPropertyByName(n))
            return std::nullopt;
        return mistyped(name, user->getPropertyValue(n));
    }
    catch (const css::uno::Exception&)
    {
        return std::nullopt; // a document without readable properties has none
    }
}

rtl::OUString documentProperty(const css::uno::Reference<css::uno::XInterface>& doc,
                               std::string_view name)
{
    try
    {
        return propertyText(userProperties(doc), nameOf(name));
    }
    catch (const css::uno::Exception&)
    {
        return {}; // a document without readable properties has none
    }
}

void setDocumentProperty(const css::uno::Reference<css::uno::XInterface>& doc,
                         std::string_view name, const rtl::OUString& value)
{
    const auto set = userProperties(doc);
    if (!set.is())
        throw css::uno::RuntimeException("the document has no user-defined properties");
    const rtl::OUString key = nameOf(name);
    const bool exists = set->getPropertySetInfo()->hasPropertyByName(key);
    if (exists && set->getPropertyValue(key).getValueTypeClass() == css::uno::TypeClass_STRING)
        set->setPropertyValue(key, css::uno::Any(value));
    else if (exists) // a number or date where text belongs: replaced by a text property
    {
        css::uno::Reference<css::beans::XPropertyContainer> container(set,
                                                                      css::uno::UNO_QUERY_THROW);
        container->removeProperty(key);
        container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, css::uno::Any(value));
    }
    else
        css::uno::Reference<css::beans::XPropertyContainer>(set, css::uno::UNO_QUERY_THROW)
            ->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, css::uno::Any(value));
}

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
    std::vector<MistypedProperty> mistypedOnes;
    try
    {
        const auto user = userProperties(document);
        if (!user.is())
            return {};
        auto value = [&](std::string_view name, std::u16string& out)
        {
            const rtl::OUString n = nameOf(name);
            if (!user->getPropertySetInfo()->hasPropertyByName(n))
                return;
            const css::uno::Any v = user->getPropertyValue(n);
            rtl::OUString s;
            if (v >>= s)
                out = view(s);
            else if (auto m = mistyped(name, v)) // said, never taken for "not set"
                mistypedOnes.push_back(std::move(*m));
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
    return parseWorkbookSettings(raw, mistypedOnes);
}

} // namespace isms::addin
