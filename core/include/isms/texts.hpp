#pragma once
/// @file texts.hpp
/// Every label and guidance text a cell function returns, composed once from the catalog,
/// the guidance and an optional licensed-text overlay, so a recalculation of 100,000 cells
/// only looks strings up (no JSON, no concatenation, no allocation per call).

#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/overlay.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

class Texts
{
public:
    /// Composes all texts. overlay may be nullptr.
    Texts(const Catalog& cat, const GuidanceCatalog& guidance, const Overlay* overlay);

    /// The label of a control (overlay first, then isms-calc's own).
    [[nodiscard]] std::string_view title(const Control& c, Lang lang) const noexcept;

    /// What ISMS.GUIDANCE returns for a control and role:
    /// - a 27017 entry: the summary for that role plus the evidence an auditor asks for, or ""
    ///   when 27017 gives that role no guidance; for role Both the two, labelled; for an
    ///   other-information entry its note, labelled;
    /// - a 2022 control: the same for every 27017 entry placed on it, one line each, prefixed
    ///   with the entry's id;
    /// - any other control: "".
    [[nodiscard]] std::string_view guidance(const Control& c, Role role, Lang lang) const noexcept;

private:
    // [control index][lang]
    std::vector<std::array<std::string, 2>> m_titles;
    // [control index][role][lang]
    std::vector<std::array<std::array<std::string, 2>, 3>> m_guidance;
};

} // namespace isms
