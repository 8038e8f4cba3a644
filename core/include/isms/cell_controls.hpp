#pragma once
/// @file cell_controls.hpp
/// What the sidebar's Control panel shows for the selected cell: the controls the cell holds
/// (one id in any accepted form, or a multi-valued controls cell), which risks of the register
/// cite each control, its Statement of Applicability row(s), and the texts that describe it.
/// The indexes are built once per read of the workbook, so a selection change only looks up.
#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/register.hpp"
#include "isms/soa.hpp"
#include "isms/texts.hpp"
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace isms
{

/// The controls a cell's text stands for: a single id as users write it ("A.9.2.3", "9.2.3",
/// "CLD 6.3.1", full-width …) or a controls cell holding several ("A.5.23; A.5.20"), in the
/// order written, without duplicates. Empty when the text names no control.
[[nodiscard]] std::vector<const Control*> controlsInCell(std::u16string_view text,
                                                         const Catalog& cat);

/// Which risks cite which control, and which controls each risk row cites.
class CitationIndex
{
public:
    CitationIndex() = default;
    /// A risk cites a control when its controls cell names it, or names a control of the other
    /// edition mapped to it (A.9.2.3 ↔ 8.2; a CLD control ↔ the 2022 controls beside it).
    CitationIndex(const Register& reg, const Catalog& cat);
    /// The ids of the risks citing c (the risk id as written, else "row N"), in register order.
    [[nodiscard]] const std::vector<std::string>& risksCiting(const Control& c) const noexcept;
    /// The controls cited by the risk on this 0-based sheet row; nullptr when no risk is there.
    [[nodiscard]] const std::vector<const Control*>* controlsOfRow(int row) const noexcept;
    [[nodiscard]] std::size_t riskCount() const noexcept { return m_risks; }

private:
    std::vector<std::vector<std::string>> m_byControl; // by Control::index
    std::unordered_map<int, std::vector<const Control*>> m_byRow;
    std::size_t m_risks = 0;
};

/// The Statement of Applicability rows by control.
class SoaIndex
{
public:
    SoaIndex() = default;
    SoaIndex(const std::vector<SoaRow>& rows, const Catalog& cat);
    /// The rows for c: its own (2022 and CLD controls), or those of the 2022 controls a 2013
    /// control became. Each with the control it belongs to.
    [[nodiscard]] std::vector<std::pair<const Control*, const SoaRow*>>
    rowsFor(const Control& c) const;

private:
    std::vector<SoaRow> m_rows;
    std::unordered_map<std::uint16_t, std::size_t> m_byControl; // Control::index → row
};

/// The texts describing one control, in one language (UTF-8). Empty fields are not shown.
struct ControlView
{
    std::string heading;  ///< "A.9.2.3  Management of privileged access rights"
    std::string edition;  ///< "ISO/IEC 27001:2013 Annex A"
    std::string mapping;  ///< "In 27001:2022: 8.2 Privileged access rights"
    std::string customer; ///< 27017 guidance for the cloud service customer, labelled
    std::string provider; ///< 27017 guidance for the cloud service provider, labelled
    std::string risks;    ///< "Risks citing it: R-001, R-004" or why there are none
    std::string soa;      ///< the SoA decision and implementation status, or why none
};

/// What the workbook tells about the control's context: null pointers mean "not found".
struct ControlContext
{
    Role roles = Role::Both; ///< the workbook's role(s); Both when not stated
    bool roleStated = false;
    const CitationIndex* risks = nullptr; ///< null: no risk register found
    const SoaIndex* soa = nullptr;        ///< null: no SoA in the workbook
};

[[nodiscard]] ControlView describeControl(const Control& c, const Texts& texts,
                                          const ControlContext& context, Lang lang);

} // namespace isms
