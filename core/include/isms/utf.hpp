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
    // cheap refusals first (this runs for every heading cell against every label): n bytes of
    // UTF-8 never give more than n UTF-16 units, and an ASCII byte is its own unit
    if (a.size() > b.size() || a.empty() != b.empty())
        return false;
    if (!a.empty() && static_cast<unsigned char>(b[0]) < 0x80 && a[0] != char16_t(b[0]))
        return false;
    return a == toUtf16(b);
}

} // namespace isms
