#pragma once
/// @file sheet_year.hpp
/// The year a sheet's name gives, for telling this year's register or SoA from last year's kept
/// beside it: 「リスク台帳(2025年度)」, "Risk register FY2026", 「令和7年度」 (2025).

#include <optional>
#include <string_view>

namespace isms
{

/// The latest year the name states: four digits from 1990 to 2099 not part of a longer number
/// ("2025", "FY2026", "2025-26" → 2025), or a Japanese era year (令和7, 令和元 → 2019, 平成31 →
/// 2019); full-width digits count. nullopt when it states none.
[[nodiscard]] std::optional<int> yearOfSheetName(std::u16string_view name);

/// An order for two sheets otherwise alike (the same kind of table, as good a match): the one
/// without a year in its name is taken for the current one (a copy kept for the record is the one
/// people date), then the later year. Returns a key: larger is likelier current.
[[nodiscard]] int currentnessOfSheetName(std::u16string_view name);

} // namespace isms
