#pragma once
/// @file overlay.hpp
/// The licensed-text overlay: users who own the standards load the official titles and
/// guidance from a JSON file kept in their user profile (never in a workbook). Schema
/// (docs/catalog-overlay.md; example sheets/overlay-example.json):
///
///     {"format": "isms-calc-overlay/1",
///      "source": "free text naming the licensed publication",
///      "controls": {
///        "<id>": {"title": {"en": "...", "ja": "..."},
///                 "guidance": {"customer": {"en": "...", "ja": "..."},
///                              "provider": {"en": "...", "ja": "..."}}}}}
///
/// Every text is optional; a language left out keeps the built-in text.

#include "isms/catalog.hpp"
#include "isms/result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// Largest overlay file accepted (a full catalog with guidance is well below 1 MiB).
inline constexpr std::size_t kMaxOverlayBytes = 4 * 1024 * 1024;
/// Longest single text accepted.
inline constexpr std::size_t kMaxOverlayText = 8000;

/// A text in up to two languages; a missing language keeps the built-in one.
struct PartialText
{
    std::optional<std::string> en, ja;
    [[nodiscard]] const std::optional<std::string>& in(Lang l) const noexcept
    {
        return l == Lang::Ja ? ja : en;
    }
};

struct OverlayEntry
{
    const Control* control = nullptr;
    PartialText title;
    PartialText customer; ///< guidance summary for the customer
    PartialText provider; ///< guidance summary for the provider
};

/// A loaded overlay: the accepted entries and, for each rejected part, why.
struct Overlay
{
    std::string source;
    std::vector<OverlayEntry> entries;
    std::vector<std::string> rejected; ///< one line per rejected id or field, in English
};

/// Parses and validates an overlay. A file that is not JSON, too large or not an overlay at
/// all is an InvalidArgument error; inside a valid file, each unknown id, wrong type or text
/// for a role 27017 does not address is rejected individually (listed in Overlay::rejected)
/// and the rest is kept. Never throws.
[[nodiscard]] Result<Overlay> parseOverlay(std::string_view json, const Catalog& cat) noexcept;

/// Reads and parses an overlay file; a missing, unreadable or oversized file is an
/// InvalidArgument error naming the problem (the size is checked before reading).
[[nodiscard]] Result<Overlay> loadOverlayFile(const std::string& path, const Catalog& cat) noexcept;

/// What ISMS.OVERLAY() says: no overlay configured (loaded == nullptr), the file not used and
/// why, or what was loaded and each rejected part (up to 20 listed).
[[nodiscard]] std::string overlayStatus(std::string_view path, const Result<Overlay>* loaded,
                                        Lang lang);

} // namespace isms
