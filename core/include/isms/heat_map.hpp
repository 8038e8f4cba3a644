#pragma once
/// @file heat_map.hpp
/// The risk heat map of the Workbook panel: how many risks of the register fall on each
/// likelihood × impact cell, each cell coloured by the level the method gives it.
#include "isms/register.hpp"
#include "isms/result.hpp"
#include "isms/risk_method.hpp"
#include <string>
#include <vector>

namespace isms
{

struct HeatMap
{
    int likelihoodLevels = 0;
    int impactLevels = 0;
    std::vector<int> counts;         ///< [(likelihood-1) * impactLevels + (impact-1)]
    std::vector<std::string> colors; ///< the level colour of each cell, "#RRGGBB"
    int placed = 0;                  ///< risks counted on the map
    int unscored = 0;                ///< risks without a valid likelihood and impact

    [[nodiscard]] int count(int likelihood, int impact) const
    {
        return counts[std::size_t((likelihood - 1) * impactLevels + (impact - 1))];
    }
    [[nodiscard]] const std::string& color(int likelihood, int impact) const
    {
        return colors[std::size_t((likelihood - 1) * impactLevels + (impact - 1))];
    }
};

/// Counts the register's inherent risks. InvalidArgument when the method is not a likelihood ×
/// impact matrix, NotFound when the register has no likelihood or impact column.
[[nodiscard]] Result<HeatMap> countHeatMap(const Register& reg, const RiskMethod& method);

/// The colour as a number 0xRRGGBB (grey for a malformed text).
[[nodiscard]] std::uint32_t colorValue(std::string_view hex) noexcept;

} // namespace isms
