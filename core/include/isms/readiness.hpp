#pragma once
/// @file readiness.hpp
/// The JIP-ISMS517 (ISMS cloud security certification) readiness checklist, each item judged
/// from what the workbook actually holds: the stated cloud scope and role, the risk register,
/// the Statement of Applicability and an internal audit record.
#include "isms/cloud_risks.hpp"
#include "isms/register.hpp"
#include "isms/soa.hpp"
#include "isms/workbook_settings.hpp"
#include <string>
#include <utility>
#include <vector>

namespace isms
{

enum class ReadinessItem : std::uint8_t
{
    ScopeNamesCloudServices, ///< 4.1: the scope names the cloud services, inside the ISMS scope
    RoleStated,              ///< the role (customer / provider / both) is stated
    CloudRisksAssessed,      ///< the register covers the cloud risk factors for the role
    SoaHas27017Rows,         ///< the SoA lists the ISO/IEC 27017 controls
    InternalAuditRecorded,   ///< an internal audit sheet with entries exists
    Count
};

/// A sheet of the workbook: its name and how many rows it uses.
struct SheetSummary
{
    std::u16string name;
    int usedRows = 0;
};

/// What the checklist is judged from. Pointers may be null (not found in the workbook).
struct ReadinessFacts
{
    const WorkbookSettings* settings = nullptr;
    const Register* reg = nullptr;
    const std::vector<SoaRow>* soaRows = nullptr; ///< null: no SoA sheet
    std::u16string ismsScope; ///< ISMS.Scope, else the SoA cover's "ISMS scope" value
    std::vector<SheetSummary> sheets;
};

struct ReadinessCheck
{
    ReadinessItem item = ReadinessItem::RoleStated;
    bool met = false;
    Text label;  ///< the item, as a person reads it in the checklist
    Text detail; ///< what was found, or what is missing
};

/// The five checks, in ReadinessItem order.
[[nodiscard]] std::vector<ReadinessCheck>
evaluateReadiness(const ReadinessFacts& facts, const Catalog& cat, const CloudRiskCatalog& factors);

/// The "ISMS scope" value of an SoA cover block (label in English or Japanese), or "".
[[nodiscard]] std::u16string
ismsScopeFromCover(const std::vector<std::pair<std::u16string, GridCell>>& cover);

} // namespace isms
