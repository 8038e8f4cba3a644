#pragma once
/// @file soa.hpp
/// The Statement of Applicability (適用宣言書) model: one row per ISO/IEC 27001:2022 Annex A
/// control and per ISO/IEC 27017 CLD control, derived from the risk register and the 27017
/// guidance, merged with the sheet a person has already filled so that regeneration never loses
/// a typed cell; and the gap list of risk treatment against Annex A and 27017.

#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/register.hpp"
#include "isms/risk_method.hpp"
#include "isms/texts.hpp"

#include <array>
#include <string>
#include <vector>

namespace isms
{

/// The SoA table's columns, in sheet order. Computed columns refresh on every generation;
/// person columns are filled by people and kept exactly.
enum class SoaColumn : std::uint8_t
{
    Control,                ///< computed: canonical id (the row's key)
    Title,                  ///< computed
    Theme,                  ///< computed: 2022 theme, or 27017 for CLD
    Ref2013,                ///< computed: 27001:2013 references
    CloudRole,              ///< computed: roles 27017 addresses
    CloudGuidance,          ///< computed: 27017 guidance for the organisation's role
    DerivedApplicability,   ///< computed: Applicable when a risk's treatment cites the control
    RiskReason,             ///< computed: "Risk assessment" when cited
    RiskIds,                ///< computed
    Treatment,              ///< computed: treatment options of the citing risks
    ResidualLevel,          ///< computed: highest residual level of the citing risks
    Applicability,          ///< person: the decision (seeded from the derived value on a new row)
    OtherReasons,           ///< person: legal, contractual, business, best practice
    ExclusionJustification, ///< person
    Status,                 ///< person: implementation status
    Owner,                  ///< person
    Evidence,               ///< person
    LastReview,             ///< person
    NextReview,             ///< person
    Notes,                  ///< person
    RowNote,                ///< computed: why a row is flagged
    Count
};
inline constexpr std::size_t kSoaColumnCount = std::size_t(SoaColumn::Count);

[[nodiscard]] bool isComputed(SoaColumn c) noexcept;
/// The column heading in English and Japanese (JIS terms).
[[nodiscard]] const Text& soaColumnLabel(SoaColumn c);
/// The column a heading names (either language), or Count.
[[nodiscard]] SoaColumn soaColumnFromLabel(std::u16string_view heading);

/// The columns of the generated SoA sheet in sheet order: first the kSoaPrintedColumns a
/// certification body receives (control, title, decision, reasons, exclusion justification,
/// status, owner, evidence, risks, cloud role), then the working columns kept on the sheet
/// but left out of the printed range (27017 guidance, the derivation, 2013 references,
/// review dates, notes). Readers find columns by their headings, so the order is free.
[[nodiscard]] const std::array<SoaColumn, kSoaColumnCount>& soaSheetColumns() noexcept;
inline constexpr int kSoaPrintedColumns = 11;
/// The 0-based sheet column of c in soaSheetColumns().
[[nodiscard]] int soaSheetIndex(SoaColumn c) noexcept;

/// The values offered in the SoA's decision column (a drop-down list; free text stays
/// accepted): Applicable, Not applicable, Applicable (inherited from the cloud service
/// provider), in the sheet's language. Each reads back as the review reads it.
[[nodiscard]] const std::vector<std::string>& soaDecisionChoices(Lang lang);
/// The fixed list of reasons for including a control, beside the risk assessment (as
/// auditors and other ISMS tools use): legal or regulatory requirement, contractual
/// requirement, business requirement, best practice. Several may be written in one cell.
[[nodiscard]] const std::vector<std::string>& soaReasonChoices(Lang lang);

struct SoaRow
{
    std::array<GridCell, kSoaColumnCount> cells;
    [[nodiscard]] GridCell& at(SoaColumn c) { return cells[std::size_t(c)]; }
    [[nodiscard]] const GridCell& at(SoaColumn c) const { return cells[std::size_t(c)]; }
};

struct SoaInput
{
    const Register* reg = nullptr;      ///< may be null (no register found)
    const RiskMethod* method = nullptr; ///< scores residual levels; null: no levels
    Role role = Role::Both;
    Lang lang = Lang::En;
};

/// The computed rows: 93 Annex A controls then the 7 CLD controls, person columns empty.
[[nodiscard]] std::vector<SoaRow> computeSoaRows(const Catalog& cat, const Texts& texts,
                                                 const SoaInput& in);

struct SoaMerge
{
    std::vector<SoaRow> rows;
    int kept = 0;     ///< rows whose person cells came from the existing sheet
    int added = 0;    ///< new catalog rows
    int flagged = 0;  ///< rows that no longer belong (kept, marked in RowNote)
    int userRows = 0; ///< rows a person added (no control id), kept as they were
    /// For each row: the index of the existing row it continues, or -1 for a new catalog row
    /// (so that a writer can leave every row where it was on the sheet).
    std::vector<int> source;
};

/// Merges freshly computed rows into the rows already on the sheet: computed columns refresh,
/// person columns are kept exactly, rows a person added stay, rows whose control no longer
/// belongs are kept and flagged. Catalog rows come first in catalog order, then flagged rows,
/// then user rows, each in their existing order.
[[nodiscard]] SoaMerge mergeSoa(const std::vector<SoaRow>& computed,
                                const std::vector<SoaRow>& existing, Lang lang);

enum class GapKind : std::uint8_t
{
    UnknownControl,      ///< treatment cites something that is no Annex A / 27017 control
    AmbiguousMapping,    ///< a 2013 id maps to several 2022 controls: a person decides
    CloudNotConsidered,  ///< a 27017 entry for the stated role that no risk treatment cites
    ExclusionUnjustified ///< not applicable without a justification
};

struct Gap
{
    GapKind kind;
    std::string control; ///< the id concerned (as written for unknown ones)
    std::string detail;  ///< risk rows / mapped controls, for people
};

/// The gap list (seed step C): treatment against Annex A and 27017.
[[nodiscard]] std::vector<Gap> findGaps(const Catalog& cat, const SoaInput& in,
                                        const std::vector<SoaRow>& rows);
/// A gap as a sentence in English or Japanese.
[[nodiscard]] std::string gapText(const Gap& g, Lang lang);
/// The short name of a kind of gap, for the gap sheet's first column.
[[nodiscard]] std::string_view gapKindLabel(GapKind k, Lang lang) noexcept;

/// The name of a new SoA sheet and the title above its cover: "Statement of Applicability" /
/// 適用宣言書.
[[nodiscard]] const Text& soaSheetTitle();
/// The name of a new gap sheet: "SoA gaps" / ギャップ.
[[nodiscard]] const Text& soaGapsSheetTitle();
/// The gap sheet's column headings, in sheet order: the kind, the control, the sentence.
[[nodiscard]] const std::array<Text, 3>& gapColumnLabels();

} // namespace isms
