#pragma once
// Diagnostics, off unless the setting org.ismscalc.Settings/Diagnostics/RecordSidebarTimings
// is true: how long the Control panel's selection-change handler, the panels' layouts and
// reading the workbook take, kept in memory so tests and people investigating a slow sidebar can
// read it: service org.ismscalc.SidebarTimings (css::container::XNameAccess, elements
// "SelectionChangeMicroseconds", "LayoutMicroseconds" and "SnapshotMicroseconds": every sample,
// oldest first, at most the last 100,000 of each; empty while the setting is off).
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>

namespace isms::addin::sidebar
{

inline constexpr const char* kTimingsImplementation = "org.ismscalc.SidebarTimingsImpl";
inline constexpr const char* kTimingsService = "org.ismscalc.SidebarTimings";

/// Starts or stops recording (the setting, read when a panel is created).
void setTimingsRecorded(bool on) noexcept;
/// Records one selection change (microseconds).
void recordSelectionChange(double microseconds) noexcept;
/// Records one deferred layout of a panel after changes (microseconds): element
/// "LayoutMicroseconds".
void recordLayout(double microseconds) noexcept;
/// Records one reading of the workbook (register, SoA, settings) after a change or on first
/// use (microseconds): element "SnapshotMicroseconds".
void recordSnapshot(double microseconds) noexcept;

class PanelTimings final
    : public cppu::WeakImplHelper2<css::container::XNameAccess, css::lang::XServiceInfo>
{
public:
    css::uno::Any SAL_CALL getByName(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getElementNames() override;
    sal_Bool SAL_CALL hasByName(const rtl::OUString& name) override;
    css::uno::Type SAL_CALL getElementType() override;
    sal_Bool SAL_CALL hasElements() override;
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;
};

} // namespace isms::addin::sidebar
