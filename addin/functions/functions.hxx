#pragma once
// The Calc add-in component: the ISMS.* cell functions (XIsmsFunctions) and the metadata
// Calc asks for (XAddIn, driven by function_table). Each function: check arguments →
// convert → one core call → convert back; core errors become Calc error codes.

#include "document_properties.hxx"
#include "isms/catalog.hpp"
#include "isms/risk_method.hpp"
#include "overlay_texts.hxx"

#include <org/ismscalc/XIsmsFunctions.hpp>

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <utility>

namespace isms::addin
{

class IsmsFunctions final
    : public cppu::WeakImplHelper4<org::ismscalc::XIsmsFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo>
{
public:
    /// context may be null (in-process tests): then no overlay is configured.
    explicit IsmsFunctions(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XIsmsFunctions. The lookup functions take one id or a range of ids (see
    // XIsmsFunctions.idl): one id gives a string or Err:502, a range an array of the same shape.
    css::uno::Any SAL_CALL control(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& id,
                                   const css::uno::Any& field, const css::uno::Any& lang) override;
    css::uno::Any SAL_CALL
    normalize(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& id) override;
    css::uno::Any SAL_CALL map(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& id,
                               const css::uno::Any& target) override;
    css::uno::Any SAL_CALL
    cloudRole(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& id) override;
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>>
        SAL_CALL controls(const css::uno::Any& edition, const css::uno::Any& filter) override;
    css::uno::Any SAL_CALL guidance(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                    const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& id,
                                    const css::uno::Any& role, const css::uno::Any& lang) override;
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>>
        SAL_CALL cloudRisks(const css::uno::Reference<css::beans::XPropertySet>& caller,
                            const css::uno::Any& role, const css::uno::Any& lang) override;
    rtl::OUString SAL_CALL overlay() override;
    double SAL_CALL risk(const css::uno::Reference<css::beans::XPropertySet>& caller,
                         const css::uno::Any& likelihood, const css::uno::Any& impact,
                         const css::uno::Any& method) override;
    double SAL_CALL risk3(const css::uno::Reference<css::beans::XPropertySet>& caller,
                          const css::uno::Any& assetValue, const css::uno::Any& threat,
                          const css::uno::Any& vulnerability, const css::uno::Any& method) override;
    rtl::OUString SAL_CALL riskLevel(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                     const css::uno::Any& value,
                                     const css::uno::Any& method) override;
    double SAL_CALL acceptable(const css::uno::Reference<css::beans::XPropertySet>& caller,
                               const css::uno::Any& value, const css::uno::Any& method) override;
    double SAL_CALL certExpiry(const css::uno::Any& issued27017,
                               const css::uno::Any& expiry27001) override;
    double SAL_CALL cia(const css::uno::Any& confidentiality, const css::uno::Any& integrity,
                        const css::uno::Any& availability) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& displayName) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& programmaticName,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& programmaticName,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL
    getProgrammaticCategoryName(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& programmaticName) override;

    // XLocalizable
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // XServiceName
    rtl::OUString SAL_CALL getServiceName() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    /// The catalog, or a RuntimeException (#VALUE!) if it could not be built.
    const Catalog& catalog();
    /// Parses and finds the control id argument (index 0) or throws IllegalArgumentException.
    const Control& control(const rtl::OUString& id);
    /// Scalar use (one id): its control, or IllegalArgumentException (Err:502) as always.
    /// A range or array: nullptr (its cells are looked up one by one by answerIds).
    const Control* singleControl(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& ids);
    /// The lookup functions' result: answer(single) as a string for one id; for a range, an
    /// array of the same shape with answer(control) per cell, and an empty string for an empty
    /// cell or a text that is no known id (Calc's add-in API has no per-element error value).
    template <typename Answer>
    css::uno::Any answerIds(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& ids,
                            const Control* single, Answer&& answer);
    /// The overlay-aware texts of overlay_texts.hxx, as OUString.
    const UnoTexts& texts();
    /// The method named by the argument (a preset, or the workbook's own method by its id), else
    /// the workbook's ISMS.RiskMethod, else the fallback preset; Err:502 for an unknown name, an
    /// invalid workbook method, or a method of the wrong kind.
    std::shared_ptr<const RiskMethod>
    method(const css::uno::Any& arg, int argIndex,
           const css::uno::Reference<css::beans::XPropertySet>& caller,
           std::optional<MethodKind> wanted, std::string_view fallback);
    /// ISMS.RISKLEVEL's and ISMS.ACCEPTABLE's arguments: the method (argument 1) and the risk
    /// value (argument 0), or Err:502.
    std::pair<std::shared_ptr<const RiskMethod>, double>
    valueAndMethod(const css::uno::Reference<css::beans::XPropertySet>& caller,
                   const css::uno::Any& value, const css::uno::Any& method);
    /// The language argument at argIndex, else the user interface language.
    Lang language(const css::uno::Any& arg, int argIndex);

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::lang::Locale m_locale;
    Lang m_lang = Lang::En;
    DocumentSettingsCache m_settings;
    std::shared_ptr<const OverlayTexts> m_texts;
};

} // namespace isms::addin
