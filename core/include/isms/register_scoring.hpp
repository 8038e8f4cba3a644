#pragma once
/// @file register_scoring.hpp
/// Scoring a register row with the organisation's method: inherent risk from the likelihood
/// and impact (or asset value, threat and vulnerability) columns, residual risk from their
/// after-treatment columns.

#include "isms/register.hpp"
#include "isms/risk_method.hpp"
#include "isms/workbook_settings.hpp"

#include <optional>
#include <string>
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

} // namespace isms
