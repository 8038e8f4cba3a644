#pragma once
/// @file risk_method.hpp
/// Risk scoring that follows the organisation's own documented methodology: matrix methods
/// (likelihood × impact by product, sum or an explicit lookup grid) and asset value × threat ×
/// vulnerability, with level thresholds and an acceptance criterion. Methods are JSON
/// (docs/risk-methods.md); presets 3x3, 4x4, 5x5 (default), iso27005 and avt are compiled in.

#include "isms/catalog.hpp"
#include "isms/result.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

enum class MethodKind : std::uint8_t
{
    Matrix, ///< likelihood, impact
    Avt     ///< asset value, threat, vulnerability
};

enum class Combine : std::uint8_t
{
    Product,
    Sum,
    Grid ///< matrix only: grid[likelihood-1][impact-1]
};

/// One input scale: levels 1 … levels, optionally with a label per level.
struct Scale
{
    std::string key; ///< likelihood, impact, assetValue, threat, vulnerability
    int levels = 0;
    std::vector<Text> labels; ///< empty, or one per level
    /// Per level (empty, or one list per level): earlier labels a cell may still hold, read
    /// like the label ("formerly" in the JSON; the presets keep what they renamed).
    std::vector<std::vector<std::string>> formerLabels;
};

/// A risk level: an inclusive value range with a label and a colour.
struct RiskLevel
{
    double min = 0;
    double max = 0;
    Text label;
    std::string color; ///< "#RRGGBB"
};

struct RiskMethod
{
    std::string id;
    Text title;
    MethodKind kind = MethodKind::Matrix;
    Combine combine = Combine::Product;
    std::vector<Scale>
        scales; ///< matrix: likelihood, impact; avt: assetValue, threat, vulnerability
    std::vector<std::vector<double>> grid;
    std::vector<RiskLevel> levels; ///< ascending, contiguous
    double acceptMax = 0;          ///< values up to this are acceptable
    double minValue = 0, maxValue = 0;

    /// The risk value for one level per scale (already validated by parseLevel).
    [[nodiscard]] double value(std::span<const int> inputs) const noexcept;
    /// The value as the method produces it, when it can: a whole number (within a rounding
    /// error of 1e-12 relative: 3.0000000000000004 is 3, 4.9999999999 is none), or for a grid
    /// method one of the grid's values. nullopt for anything else (π, 4.5, NaN).
    [[nodiscard]] std::optional<double> producible(double value) const noexcept;
    /// The value checked as a risk value of this method: within the levels' range and a value
    /// the method can produce (producible). InvalidArgument at argIndex otherwise.
    [[nodiscard]] Result<double> checkValue(double value, int argIndex) const;
    /// The level a value falls in (the first whose max is ≥ value), or an InvalidArgument
    /// error at argIndex when checkValue rejects the value (outside the method's range, or no
    /// value the method can produce: ISMS.RISKLEVEL(PI()) is an error, not Low).
    [[nodiscard]] Result<const RiskLevel*> levelOf(double value, int argIndex) const;
    /// Whether the value is within the acceptance criterion; the same errors as levelOf.
    [[nodiscard]] Result<bool> acceptable(double value, int argIndex) const;
};

/// Parses and checks a method definition. Rejected with a message naming the problem: unknown
/// kind or value rule, a scale outside 3–7 levels or with the wrong number of labels, a grid of
/// the wrong size or with non-numeric cells, levels that leave gaps, overlap, or do not cover
/// every value the method can produce, an acceptance criterion outside the range; an id that is
/// a preset's name (as a method argument names one: ASCII case and surrounding spaces ignored),
/// since a method argument naming it would mean the preset; JSON giving a key twice in one
/// object, nested deeper than 64 levels, or with 'levels' not an integer 3–7 as written
/// (4294967301 does not wrap to 5).
[[nodiscard]] Result<RiskMethod> parseRiskMethod(std::string_view json);

/// The shipped presets, in order: 3x3, 4x4, 5x5, iso27005, avt.
[[nodiscard]] const std::vector<RiskMethod>& presetMethods();
/// A preset by id (case-insensitive), or nullptr.
[[nodiscard]] const RiskMethod* findPreset(std::string_view id) noexcept;
/// The default method: 5x5.
[[nodiscard]] const RiskMethod& defaultMethod();

/// One input level: an integer 1 … levels (a number, or a numeric text, full-width too), or one
/// of the scale's labels in English or Japanese ("High", "高"). Anything else (empty, 0, 2.5,
/// 6 on a 5-level scale) is an InvalidArgument error at argIndex naming the scale.
[[nodiscard]] Result<int> parseLevelNumber(const Scale& scale, double number, int argIndex);
[[nodiscard]] Result<int> parseLevelText(const Scale& scale, std::u16string_view text,
                                         int argIndex);

} // namespace isms
