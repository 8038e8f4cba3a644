#pragma once
// Internal: matching the keywords users type as function arguments (ASCII case-insensitive,
// surrounding spaces ignored, Japanese aliases as they are).

#include <initializer_list>
#include <string>
#include <string_view>

namespace isms
{

/// Trimmed, ASCII-lower-cased equality with any of the keywords.
[[nodiscard]] bool isKeyword(std::u16string_view s,
                             std::initializer_list<std::u16string_view> words) noexcept;
/// True for an empty or all-space text.
[[nodiscard]] inline bool isBlank(std::u16string_view s) noexcept
{
    return isKeyword(s, {u""});
}
/// The text for an error message: ASCII kept, anything else as '?', at most 40 characters.
[[nodiscard]] std::string keywordForMessage(std::u16string_view s);

} // namespace isms
