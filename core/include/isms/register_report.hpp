#pragma once
/// @file register_report.hpp
/// What the Detect risk register command tells the user, in English or Japanese.

#include "isms/register.hpp"

#include <string>
#include <string_view>

namespace isms
{

/// A short report: where the register is, how many risks were read, each column found, the
/// header texts not recognised, every row not read and every problem (with row numbers; at
/// most maxLines of them, then a count of the rest).
[[nodiscard]] std::string registerReport(const Register& reg, std::string_view sheet,
                                         bool fromStoredMap, Lang lang, std::size_t maxLines = 30);

} // namespace isms
