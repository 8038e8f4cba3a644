#pragma once
/// @file soa_report.hpp
/// What the Generate SoA command decides and tells the user, in English or Japanese: when it
/// asks a person first, what it shows them about the register, and the result message.

#include "isms/register.hpp"
#include "isms/risk_method.hpp"
#include "isms/soa.hpp"
#include "isms/workbook_settings.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace isms
{

/// The register the command works from: null when none was found.
struct SoaRegisterSource
{
    const Register* reg = nullptr;
    std::string_view sheet;     ///< the register's sheet
    bool fromStoredMap = false; ///< read through ISMS.RegisterMap rather than detected
};

/// Whether a person is asked before the SoA is written: the role (ISMS.Role) is not stated,
/// no register was found, or the register was detected (not read through a stored mapping)
/// with a confidence below 50 %.
[[nodiscard]] bool soaNeedsConfirmation(const WorkbookSettings& settings,
                                        const SoaRegisterSource& source) noexcept;

/// What the confirmation dialog says about the register: a short register report (at most
/// maxLines rows noted), or that none was found and the SoA will have no risk links.
[[nodiscard]] std::string soaRegisterSummary(const SoaRegisterSource& source, Lang lang,
                                             std::size_t maxLines = 6);

/// The message when the person cancels: nothing was changed.
[[nodiscard]] std::string_view soaCancelledText(Lang lang) noexcept;

/// What was written, for the result message.
struct SoaOutcome
{
    std::string_view sheet; ///< the SoA sheet
    int rows = 0;           ///< table rows written
    const SoaMerge* merged = nullptr;
    std::size_t gaps = 0;
    SoaRegisterSource source;
    const RiskMethod* method = nullptr; ///< the method the register was scored with
    bool roleStated = true;             ///< false: ISMS.Role was absent, both roles assumed
};

/// The result message: the sheet and its rows (kept, new, flagged, added by people), the gap
/// count, the register used (sheet, risks, method) or that there was none, and a note when the
/// role was assumed.
[[nodiscard]] std::string soaReport(const SoaOutcome& outcome, Lang lang);

} // namespace isms
