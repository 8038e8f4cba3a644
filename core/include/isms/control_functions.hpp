#pragma once
/// @file control_functions.hpp
/// What the control cell functions (ISMS.CONTROL, ISMS.NORMALIZE, ISMS.MAP, ISMS.CLOUDROLE,
/// ISMS.CONTROLS) mean, in domain terms. Arguments arrive as UTF-16 text; an empty view means
/// "omitted". Errors carry the 0-based argument index.

#include "isms/catalog.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// What ISMS.CONTROL returns.
enum class ControlField : std::uint8_t
{
    Title,     ///< our label in the chosen language (default)
    Edition,   ///< "27001:2013", "27001:2022", "27017:2015"
    Clause,    ///< 2013 and CLD: "A.9"; 2022: the theme's label
    Objective, ///< 2013 and CLD: "A.9.2" / "CLD.9.5"; 2022: empty
    Id         ///< the canonical id
};

/// Which controls ISMS.CONTROLS lists.
enum class ControlFilter : std::uint8_t
{
    All,
    Customer, ///< 27017 gives guidance for the cloud service customer
    Provider, ///< 27017 gives guidance for the cloud service provider
    Cloud,    ///< 27017 gives any cloud guidance
    New       ///< new in 27001:2022, or added by 27017 (CLD)
};

/// "title" (default when empty), "edition", "clause", "objective", "id"; Japanese aliases
/// 名称/版/箇条/管理目的. Case-insensitive.
[[nodiscard]] Result<ControlField> parseControlField(std::u16string_view s, int argIndex);
/// "en"/"ja" (also en-US, ja-JP, english, japanese, 英語, 日本語). Empty → fallback.
[[nodiscard]] Result<Lang> parseLang(std::u16string_view s, Lang fallback, int argIndex);
/// "2022" (default when empty), "2013", "27017", also "27001:2022", "27001:2013",
/// "27017:2015".
[[nodiscard]] Result<Edition> parseEdition(std::u16string_view s, int argIndex);
/// The target of ISMS.MAP: "2022" or "2013" (or 27001:2022 / 27001:2013).
[[nodiscard]] Result<Edition> parseMapTarget(std::u16string_view s, int argIndex);
/// "" (all), "customer"/カスタマ, "provider"/プロバイダ, "cloud"/クラウド, "new"/新規.
[[nodiscard]] Result<ControlFilter> parseControlFilter(std::u16string_view s, int argIndex);

/// The requested field of a control. Points into the catalog: no allocation.
[[nodiscard]] std::string_view controlField(const Control& c, ControlField f, Lang lang) noexcept;

/// The controls of the target 27001 edition that correspond to c, ascending. A control of the
/// target edition maps to itself; a CLD control maps to the 2022 controls it stands beside and
/// to nothing in 2013; a control new in 2022 maps to nothing in 2013.
[[nodiscard]] std::vector<const Control*> mapControl(const Control& c, Edition target);

/// The default target of ISMS.MAP: the other 27001 edition (2022 for 2013 and CLD ids).
[[nodiscard]] Edition defaultMapTarget(const Control& c) noexcept;

/// Canonical ids joined by ", ".
[[nodiscard]] std::string joinIds(const std::vector<const Control*>& cs);

/// The controls of an edition passing the filter, in catalog order. "new" with 2013 is an
/// InvalidArgument error at argIndex (no 2013 control is new).
[[nodiscard]] Result<std::vector<const Control*>> listControls(const Catalog& cat, Edition e,
                                                               ControlFilter f, int filterArgIndex);

} // namespace isms
