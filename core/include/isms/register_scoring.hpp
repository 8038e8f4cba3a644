#pragma once
/// @file register_scoring.hpp
/// Scoring a register row with the organisation's method: inherent risk from the likelihood
/// and impact (or asset value, threat and vulnerability) columns, residual risk from their
/// after-treatment columns.

#include "isms/register.hpp"
#include "isms/risk_method.hpp"
#include "isms/workbook_settings.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

struct RowScore
{
    std::optional<double> inherent;
    std::optional<double> residual;
    std::vector<std::string> problems; ///< inputs present but not levels of the method (English)
};

/// Scores one row. A value is computed only when all its inputs are present; an avt method
/// takes the asset value column, else the largest of C, I and A.
[[nodiscard]] RowScore scoreRisk(const RiskRow& risk, const RiskMethod& method);

/// The method a workbook's register is scored with: ISMS.RiskMethod when it is set and valid,
/// else the avt preset when the register has a threat-level column, else the default method.
/// reg may be null (no register found).
[[nodiscard]] const RiskMethod& methodForRegister(const WorkbookSettings& settings,
                                                  const Register* reg);

/// One cell as a level of a scale (a number or a label such as 高 / High).
[[nodiscard]] Result<int> cellLevel(const GridCell& cell, const Scale& scale);

/// The asset value of an asset rated for confidentiality, integrity and availability: the
/// largest of its ratings. The one rule for the register's C/I/A columns and ISMS.CIA.
/// ratings: C, I, A in that order, null where a rating is not given (a column the register
/// lacks). Every rating given must be a level of scale (cellLevel); the first that is not is an
/// InvalidArgument error at its index (0 = C, 1 = I, 2 = A). No rating given: nullopt.
[[nodiscard]] Result<std::optional<int>> ciaAssetValue(std::span<const GridCell* const> ratings,
                                                       const Scale& scale);
/// The scale ISMS.CIA reads ratings on, having no method: whole numbers 1 … 100.
[[nodiscard]] const Scale& ciaRatingScale();

/// The method a cell function (ISMS.RISK, ISMS.RISK3, ISMS.RISKLEVEL, ISMS.ACCEPTABLE) scores
/// with: the one its method argument names (a preset id, or the workbook's own ISMS.RiskMethod
/// by its id; surrounding spaces ignored), else, with no argument, the workbook's
/// ISMS.RiskMethod, else the fallback preset. InvalidArgument errors at argIndex: a name that is
/// neither a preset nor the workbook's method, an invalid ISMS.RiskMethod (its problem), a
/// method of another kind than wanted (nullopt: any kind).
/// A preset is returned without ownership (presets live as long as the library).
[[nodiscard]] Result<std::shared_ptr<const RiskMethod>>
resolveRiskMethod(std::u16string_view name, const WorkbookSettings& settings,
                  std::optional<MethodKind> wanted, std::string_view fallback, int argIndex);

} // namespace isms
