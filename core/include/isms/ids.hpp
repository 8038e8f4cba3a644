#pragma once
/// @file ids.hpp
/// Control identifiers: parsing the many ways people write them, and the canonical form.

#include "isms/result.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace isms
{

/// The numbering scheme an identifier is written in.
enum class IdScheme : std::uint8_t
{
    Annex2013, ///< ISO/IEC 27001:2013 Annex A (and 27002:2013): A.9.2.3
    Annex2022, ///< ISO/IEC 27001:2022 Annex A (and 27002:2022): 5.15
    Cloud      ///< ISO/IEC 27017:2015 cloud controls: CLD.6.3.1
};

/// A parsed identifier. Says nothing about whether the control exists.
struct ControlId
{
    IdScheme scheme = IdScheme::Annex2022;
    std::array<std::uint8_t, 3> n{}; ///< clause, objective/number, control (unused levels 0)

    [[nodiscard]] int levels() const noexcept { return scheme == IdScheme::Annex2022 ? 2 : 3; }
    /// A number unique per identifier, ordering ids naturally within a scheme.
    [[nodiscard]] std::uint32_t key() const noexcept
    {
        return (std::uint32_t(scheme) << 24) | (std::uint32_t(n[0]) << 16) |
               (std::uint32_t(n[1]) << 8) | n[2];
    }
    /// Numeric order ignoring the scheme: puts CLD.8.1.5 between A.8.1.4 and A.8.2.1.
    [[nodiscard]] std::uint32_t numericKey() const noexcept { return key() & 0xFFFFFFu; }
    /// The canonical spelling: "A.9.2.3", "5.15", "CLD.6.3.1".
    [[nodiscard]] std::string canonical() const;

    friend bool operator==(const ControlId&, const ControlId&) = default;
};

/// Parses an identifier as users write it: "A.9.2.3", "A9.2.3", "a.9.2.3", "9.2.3",
/// full-width "Ａ．９．２．３", "A.9.2.3 Title text", "CLD 6.3.1", "CLD6.3.1", "5.15",
/// "A.5.15". Three numeric levels are 2013, two are 2022. A title may follow the id after
/// a space, punctuation or any non-ASCII character. Anything else is an InvalidArgument
/// error (argIndex 0); the parser never guesses.
[[nodiscard]] Result<ControlId> parseControlId(std::string_view utf8);
/// The same for UTF-16 text (as it comes from a spreadsheet cell).
[[nodiscard]] Result<ControlId> parseControlId(std::u16string_view text);

/// At most maxBytes of a UTF-8 text, cut at a character boundary (for messages quoting input).
[[nodiscard]] std::string_view truncateUtf8(std::string_view s, std::size_t maxBytes) noexcept;

/// The text a number typed into a cell stands for as an id: 5.15 → "5.15", 8.1 → "8.1".
/// Integers and non-finite values give an empty string.
[[nodiscard]] std::string numberAsIdText(double value);

} // namespace isms
