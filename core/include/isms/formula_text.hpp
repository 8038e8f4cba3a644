#pragma once
/// @file formula_text.hpp
/// Reading a cell formula as Calc's API returns it (`XCell::getFormula()`): which functions it
/// calls and which string literals it contains. Used by the commands that must tell our
/// add-in's formulas from everything else (freezing, migration).

#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// Whether a formula calls one of isms-calc's cell functions. Calc 7.4 returns add-in calls by
/// their programmatic name (`ORG.ISMSCALC.FUNCTIONS.CONTROL(…)`); the display name
/// (`ISMS.CONTROL(…)`) is recognised too. Text inside string literals ("…") and sheet names in
/// quotes ('…') never counts. Case-insensitive.
[[nodiscard]] bool callsIsmsFunction(std::u16string_view formula) noexcept;

/// The string literals of a formula, unescaped ("" inside a literal is one "), in order.
[[nodiscard]] std::vector<std::u16string> formulaStringLiterals(std::u16string_view formula);

} // namespace isms
