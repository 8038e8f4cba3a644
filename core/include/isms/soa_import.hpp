#pragma once
/// @file soa_import.hpp
/// The first Generate SoA in a workbook that already has an SoA of the organisation's own
/// making (any layout soa_table.hpp reads): what people wrote there per control — the
/// decision, reasons, exclusion justification, status, owner, evidence, review dates, notes —
/// is carried into the generated sheet, so nobody types 100 decisions again. Their own sheet
/// is left as it is.

#include "isms/catalog.hpp"
#include "isms/soa.hpp"
#include "isms/soa_table.hpp"

#include <string>
#include <vector>

namespace isms
{

struct SoaImport
{
    /// One row per control carried: Control holds the canonical id, the person columns the
    /// cells as written (texts and numbers unchanged: "○" stays "○"); computed columns empty.
    /// Fit to be the existing rows of mergeSoa.
    std::vector<SoaRow> rows;
    std::vector<std::string> sheets; ///< where they came from: the SoA, then its 27017 part
    /// Rows naming something that is no control of 27001:2022 Annex A or a CLD control of
    /// 27017 (as written: a 27018 id, a typing error), in sheet order.
    std::vector<std::string> notControls;
    /// Controls with a second row: the first row's entries were carried.
    std::vector<std::string> repeated;
    /// The SoA is numbered by 27001:2013 or 2005: nothing is carried (the numbers name other
    /// controls; Migrate to 27001:2022 renumbers the sheet first).
    bool olderNumbering = false;
};

/// The entries of own (and of its 27017 part on another sheet, when there is one: its CLD rows
/// own lacks) as rows for mergeSoa. Columns own does not have stay empty.
[[nodiscard]] SoaImport importOwnSoa(const Catalog& cat, const SoaTable& own,
                                     const SoaTable* cloudPart);

} // namespace isms
