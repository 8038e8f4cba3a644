#pragma once
/// @file workbook_settings.hpp
/// The organisation's statements that travel inside a workbook as user-defined document
/// properties: ISMS.Role, ISMS.ServiceModels, ISMS.CloudServices, ISMS.Language.

#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/risk_method.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// Names of the document properties (fixed: DESIGN.md §8).
inline constexpr std::string_view kPropRole = "ISMS.Role";
inline constexpr std::string_view kPropServiceModels = "ISMS.ServiceModels";
inline constexpr std::string_view kPropCloudServices = "ISMS.CloudServices";
inline constexpr std::string_view kPropLanguage = "ISMS.Language";
inline constexpr std::string_view kPropRiskMethod = "ISMS.RiskMethod";
inline constexpr std::string_view kPropRegisterMap = "ISMS.RegisterMap";
/// Where a person says the SoA is (soa_table.hpp SoaMap); never overwritten by detection.
inline constexpr std::string_view kPropSoaMap = "ISMS.SoaMap";
/// The SoA decisions as of the last revision-history row (soa_history.hpp), written by
/// Generate SoA.
inline constexpr std::string_view kPropSoaDecisions = "ISMS.SoaDecisions";
/// Certificates and scope statements the review checks (parseCertification, review.hpp):
/// dates as ISO text YYYY-MM-DD or a spreadsheet serial number, scopes as text.
inline constexpr std::string_view kPropCert27001Issued = "ISMS.Cert27001Issued";
inline constexpr std::string_view kPropCert27001Expiry = "ISMS.Cert27001Expiry";
inline constexpr std::string_view kPropCert27017Issued = "ISMS.Cert27017Issued";
inline constexpr std::string_view kPropCert27017Expiry = "ISMS.Cert27017Expiry";
inline constexpr std::string_view kPropScope = "ISMS.Scope";           ///< the ISMS (27001) scope
inline constexpr std::string_view kPropCloudScope = "ISMS.CloudScope"; ///< the 27017 scope

/// The type a user-defined document property holds (File ▸ Properties ▸ Custom Properties
/// offers Text, DateTime, Date, Duration, Number and Yes or no).
enum class PropertyType : std::uint8_t
{
    Text,
    Number,
    Date,
    DateTime,
    Duration,
    Boolean,
    Other
};

/// An ISMS.* property that must hold text but holds another type (a number, a date …): added
/// by hand in File ▸ Properties with the wrong type, or converted by another program.
struct MistypedProperty
{
    std::string name; ///< "ISMS.RiskMethod"
    PropertyType type = PropertyType::Other;
    std::string shown; ///< the value as people see it: "5", "2026-04-01", "TRUE"; may be empty
};

/// What is wrong with a mistyped property, for people: its name, the type and value it holds,
/// and what it must hold instead (English and Japanese, JIS terms). No full stop at the end.
[[nodiscard]] Text mistypedPropertyProblem(const MistypedProperty& p);

struct WorkbookSettings
{
    std::optional<Role> role;
    std::vector<std::string> serviceModels; ///< "IaaS", "PaaS", "SaaS", in that order
    std::vector<std::string> cloudServices; ///< names as the user wrote them, trimmed
    std::optional<Lang>
        language; ///< of generated sheets and reports (cell functions follow the UI)
    /// ISMS.RiskMethod: a preset name or a method definition (JSON); null when absent or invalid
    /// (then riskMethodProblem says why, when it was invalid).
    std::shared_ptr<const RiskMethod> riskMethod;
    std::string riskMethodProblem;
    /// The same problem in Japanese when it is the property's type (mistypedPropertyProblem);
    /// empty otherwise (the English problem is then quoted).
    std::string riskMethodProblemJa;
    /// ISMS.Role is set but cannot be used (a value that is no role, or not text): why, naming
    /// the property. Empty when the role is stated or not set at all.
    Text roleProblem;
    std::vector<std::string> problems; ///< values that could not be read, in English
    /// The settings' properties that hold no text (as given to parseWorkbookSettings).
    std::vector<MistypedProperty> mistyped;
};

/// The raw property texts (empty when absent), UTF-16 as they come from the document.
struct WorkbookSettingsText
{
    std::u16string role, serviceModels, cloudServices, language, riskMethod;
};

/// Reads the settings; an unreadable value is left unset and described in problems.
/// mistyped: the settings' properties that are present but hold no text (their text in raw is
/// empty); each is left unset and described in problems (and roleProblem, riskMethodProblem):
/// never taken for "not set".
[[nodiscard]] WorkbookSettings
parseWorkbookSettings(const WorkbookSettingsText& raw,
                      std::span<const MistypedProperty> mistyped = {});

/// The workbook's role for a cell function given no role argument (ISMS.GUIDANCE,
/// ISMS.CLOUDRISKS): the stated one; `fallback` when ISMS.Role is not set (no fallback: an
/// InvalidArgument error at argIndex saying so). When ISMS.Role is set but cannot be used (a
/// value that is no role, or a number or date instead of text) the error names the problem
/// (roleProblem): a wrong statement is never taken for none.
[[nodiscard]] Result<Role> workbookRole(const WorkbookSettings& s, std::optional<Role> fallback,
                                        int argIndex);

/// Splits a multi-valued cell or property on , 、 ; ； / newline, trimming each part.
[[nodiscard]] std::vector<std::u16string> splitList(std::u16string_view s);

} // namespace isms
