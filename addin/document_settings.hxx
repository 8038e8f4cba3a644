#pragma once
// The workbook settings (ISMS.Role, ISMS.ServiceModels, ISMS.CloudServices, ISMS.Language)
// of the document behind Calc's hidden caller argument. Read once per document and kept until
// the document reports a change (XModifyListener), so a recalculation of 100,000 cells reads
// the document properties once, not per cell.

#include "isms/workbook_settings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <memory>

namespace isms::addin
{

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
