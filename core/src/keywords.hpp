#pragma once
// Internal: matching the keywords users type as function arguments (ASCII case-insensitive,
// surrounding spaces ignored, Japanese aliases as they are).

#include <initializer_list>
#include <string>
#include <string_view>

namespace isms
{

/// White space users type around values: space, tab, ideographic and no-break space.
[[nodiscard]] constexpr bool isTrimmedSpace(char16_t c) noexcept
{
    return c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00A0';
}
/// The text without leading and trailing isTrimmedSpace characters.
[[nodiscard]] constexpr std::u16string_view trimmed(std::u16string_view s) noexcept
{
    while (!s.empty() && isTrimmedSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isTrimmedSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Trimmed, ASCII-lower-cased equality with any of the keywords.
[[nodiscard]] bool isKeyword(std::u16string_view s,
                             std::initializer_list<std::u16string_view> words) noexcept;
/// True for an empty or all-space text.
[[nodiscard]] inline bool isBlank(std::u16string_view s) noexcept
{
    return isKeyword(s, {u""});
}
/// For matching what people type as headings and values: full-width ASCII folded to ASCII,
/// ASCII lower-cased, spaces and punctuation (ASCII and Japanese) removed.
[[nodiscard]] std::u16string foldForMatching(std::u16string_view s);
/// The text for an error message: ASCII kept, anything else as '?', at most 40 characters.
[[nodiscard]] std::string keywordForMessage(std::u16string_view s);

} // namespace isms
