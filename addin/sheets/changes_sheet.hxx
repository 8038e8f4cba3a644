#pragma once
// The Changes sheet (str::kChangesSheet, 変更点) the CompareSoA command writes: what changed in
// the Statement of Applicability since an earlier version — on top the counts, the two files and
// their numbering, the notes a reader needs to trust the result; below, one row per field
// change (change kind, control, earlier control(s), field, before, after). Found again by the
// named range ISMS_SOA_CHANGES (people may rename the sheet); a new comparison replaces it.

#include "isms/soa_compare.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace isms::addin
{

inline constexpr const char* kChangesRange = "ISMS_SOA_CHANGES";

/// One side of the comparison as the sheet names it.
struct ComparedFile
{
    std::string name;    ///< the file name ("soa-v1.ods"), or kCompareUnsaved
    std::string sheet;   ///< the SoA's sheet
    std::string edition; ///< SoaTable::edition
};

/// Writes (or replaces) the Changes sheet; returns its name.
std::string writeChanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                         const SoaComparison& cmp, const ComparedFile& earlier,
                         const ComparedFile& current, Lang lang);

} // namespace isms::addin
