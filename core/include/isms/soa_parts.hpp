#pragma once
/// @file soa_parts.hpp
/// A Statement of Applicability whose ISO/IEC 27017 controls are kept on a sheet of their own:
/// the Annex A table on one sheet (適用宣言書) and the cloud controls on another
/// (「適用宣言書(ISO27017)」), often numbered like 27017 itself on 27002:2013 and listing the
/// controls 27017 extends beside the 7 CLD controls. JIP-ISMS517 asks that the SoA include the
/// 27017 controls; it does not ask for one sheet, and many certified organisations keep two.

#include "isms/catalog.hpp"
#include "isms/review.hpp"
#include "isms/soa_compare.hpp"
#include "isms/soa_table.hpp"

#include <vector>

namespace isms
{

/// Whether the controls of table t are nearly all (≥ 80 % of its rows that name a control)
/// controls ISO/IEC 27017 speaks of: its CLD controls, the 27002:2013 controls it extends, or
/// the 27001:2022 controls that carry them; and at least one is a CLD control. A whole SoA is
/// not: most Annex A controls have no 27017 guidance.
[[nodiscard]] bool holdsOnlyCloudControls(const Catalog& cat, const SoaTable& t);

/// Whether table t has a row for each of the 7 CLD controls.
[[nodiscard]] bool hasEveryCldControl(const Catalog& cat, const SoaTable& t);

/// Whether part, a table on another sheet than main, is main's 27017 part: it holds only cloud
/// controls (holdsOnlyCloudControls) and has a row for a CLD control that main lacks.
[[nodiscard]] bool isCloudPart(const Catalog& cat, const SoaTable& main, const SoaTable& part);

/// The review (review()) of the SoA in.soa together with its 27017 part on another sheet. The
/// rules see one table: in.soa with the part's rows for the CLD controls in.soa lacks (each
/// control once, in the part's order). Findings on those rows point at the part's sheet, row
/// and column. A cover count (SOA-COVER-COUNTS) that matches in.soa alone is no finding: a
/// cover may count the Annex A table without its 27017 part. Without in.soa, or when the part
/// adds no CLD row, the same as review(cat, in).
[[nodiscard]] std::vector<Finding> reviewWithCloudPart(const Catalog& cat, const ReviewInput& in,
                                                       const SoaTable& cloudPart);

/// compareSoa of two SoAs, each with its 27017 part on another sheet or without (null). The
/// rows of the CLD controls a side lacks are taken from its part; a change on such a row names
/// the part's sheet (SoaRowChange::oldSheet, newSheet) and row; a note says where they were
/// read.
[[nodiscard]] SoaComparison compareWithCloudParts(const Catalog& cat, const SoaTable& before,
                                                  const SoaTable* beforePart, const SoaTable& after,
                                                  const SoaTable* afterPart);

} // namespace isms
