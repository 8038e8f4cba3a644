#pragma once
/// @file utf.hpp
/// UTF-8 ↔ UTF-16 for texts that cross between cells (UTF-16) and data (UTF-8).
/// Invalid sequences become U+FFFD.

#include <string>
#include <string_view>

namespace isms
{

[[nodiscard]] std::string toUtf8(std::u16string_view s);
[[nodiscard]] std::u16string toUtf16(std::string_view s);
/// Whether a UTF-16 text equals a UTF-8 one.
[[nodiscard]] inline bool utf8Equals(std::u16string_view a, std::string_view b)
{
    return a == toUtf16(b);
}

} // namespace isms
