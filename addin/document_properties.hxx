#pragma once
// The one place that reads and writes the ISMS.* user-defined document properties (names in
// core/include/isms/workbook_settings.hpp): single properties as OUString, the workbook
// settings (ISMS.Role, ISMS.ServiceModels, ISMS.CloudServices, ISMS.Language, ISMS.RiskMethod)
// parsed by the core, and a cache of those settings for the document behind Calc's hidden
// caller argument: read once per document and kept until the document reports a change
// (XModifyListener), so a recalculation of 100,000 cells reads the properties once, not per
// cell.

#include "isms/workbook_settings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <rtl/ustring.hxx>

#include <memory>
#include <optional>
#include <string_view>

namespace isms::addin
{

/// A user-defined property of the document as text ("" when absent or unreadable): Date
/// properties as YYYY-MM-DD, numbers as their digits (people add the certificate dates as Date
/// or Number properties in File ▸ Properties).
[[nodiscard]] rtl::OUString documentProperty(const css::uno::Reference<css::uno::XInterface>& doc,
                                             std::string_view name);

/// The property when it is present but holds no text (a number, a date …); nullopt when it is
/// text or absent. For the properties that must be text (ISMS.RegisterMap, ISMS.SoaMap …).
[[nodiscard]] std::optional<MistypedProperty>
mistypedDocumentProperty(const css::uno::Reference<css::uno::XInterface>& doc,
                         std::string_view name);

/// Writes (or adds, as a removable text property; a property of another type is replaced) a
/// user-defined property of the document.
void setDocumentProperty(const css::uno::Reference<css::uno::XInterface>& doc,
                         std::string_view name, const rtl::OUString& value);

class DocumentSettingsCache
{
public:
    DocumentSettingsCache();
    ~DocumentSettingsCache();
    DocumentSettingsCache(const DocumentSettingsCache&) = delete;
    DocumentSettingsCache& operator=(const DocumentSettingsCache&) = delete;

    /// The settings of the caller's document (empty settings when there is no caller).
    [[nodiscard]] std::shared_ptr<const WorkbookSettings>
    get(const css::uno::Reference<css::beans::XPropertySet>& caller);

    /// Reads the settings from a document model now (no cache).
    [[nodiscard]] static WorkbookSettings
    read(const css::uno::Reference<css::uno::XInterface>& document);

    struct State;

private:
    std::shared_ptr<State> m_state;
};

} // namespace isms::addin
