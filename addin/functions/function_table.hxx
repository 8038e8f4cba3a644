#pragma once
// The one table of the cell functions: names, descriptions and parameter texts in English
// and Japanese. It drives every XAddIn method and is written out as CalcAddIns.xcu at build
// time (by functions/write_calcaddins_xcu.cxx), so Calc's Function Wizard and the component
// cannot disagree. Plain C++: no UNO here.

#include <span>
#include <string_view>
#include <vector>

namespace isms::addin
{

/// The add-in service Calc instantiates; formulas are stored as "<service>.<method>".
inline constexpr std::string_view kServiceName = "org.ismscalc.Functions";
inline constexpr std::string_view kImplementationName = "org.ismscalc.FunctionsImpl";
/// Calc's programmatic category (shown as "Add-In" / 「アドイン」).
inline constexpr std::string_view kCategory = "Add-In";
/// The category as the Japanese Function Wizard names it.
inline constexpr std::string_view kCategoryJa = "アドイン";

struct ParamInfo
{
    std::string_view name; ///< the IDL parameter name
    std::string_view displayEn, displayJa;
    std::string_view descEn, descJa;
    bool optional; ///< must agree with the IDL: optional parameters are `any`
};

struct FunctionInfo
{
    std::string_view method;      ///< the IDL method name (programmatic name)
    std::string_view displayName; ///< the name users type, same in every language
    std::string_view descEn, descJa;
    std::vector<ParamInfo> params; ///< the visible parameters, in order
    bool hasCaller = false;        ///< the IDL method starts with the hidden XPropertySet caller
};

/// Every cell function, in the order of the IDL interface.
[[nodiscard]] std::span<const FunctionInfo> functionTable();
/// The row for a method name, or nullptr.
[[nodiscard]] const FunctionInfo* findByMethod(std::string_view method);
/// The row for a display name (case-insensitive ASCII), or nullptr.
[[nodiscard]] const FunctionInfo* findByDisplayName(std::string_view displayName);

} // namespace isms::addin
