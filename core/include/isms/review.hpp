#pragma once
/// @file review.hpp
/// The review an ISMS cloud security auditor (JIP-ISMS517: ISO/IEC 27001 + ISO/IEC 27017)
/// applies to a submitted workbook: the Statement of Applicability, the risk register, the
/// certificates and the workbook's own statements (role, cloud services). Each rule has a
/// stable id, a severity, a message and a suggested fix in English and Japanese, and points at
/// the cell, row, sheet or workbook concerned. The review reads; it never changes a sheet.
///
/// Rules and severities (the auditor's usual grading; a rule's severity is fixed):
///
/// Major (重大な不適合)
/// - SOA-NOT-FOUND: no SoA table was found in the workbook.
/// - SOA-MISSING-CONTROL: a 27001:2022 Annex A control (or, when the SoA has CLD rows, a CLD
///   control) has no row; an SoA with no 2022 row at all gives one finding, not 93.
/// - SOA-CLOUD-ROWS-MISSING: cloud services are in scope (ISMS.CloudServices or ISMS.Role set)
///   and the SoA has no 27017 CLD row at all.
/// - SOA-CITED-BUT-EXCLUDED: a risk treated other than by acceptance cites a control the SoA
///   excludes (a 2013 id counts only when it maps to a single 2022 control).
/// - SOA-NO-ROLE: ISMS.Role is not set (minor when the SoA cover states a readable role).
/// - SOA-ROLE-INVALID: ISMS.Role is set but is no role ("vendor") or no text (a number, a
///   date): the finding names the property and what is wrong with it.
/// - REG-NOT-FOUND: no risk register was found.
/// - REG-UNTREATED-ABOVE-CRITERION: a risk above the acceptance criterion has no treatment, no
///   cited control and no acceptance.
/// - CERT-27017-WITHOUT-27001: 27017 certificate dates without any 27001 certificate date.
/// - CERT-27017-OUTLIVES-27001: the 27017 certificate ends after the 27001 one, or more than
///   three years after issue (cloudCertificateExpiry).
/// - CERT-CLOUD-SCOPE-NOT-NAMED: no cloud service named (ISMS.CloudServices) while the workbook
///   claims cloud certification (a role, or 27017 certificate dates) — JIP-ISMS517 4.1.
/// - CERT-CLOUD-SCOPE-MISMATCH: ISMS.CloudScope names none of the ISMS.CloudServices.
///
/// Minor (軽微な不適合)
/// - SOA-DUPLICATE: a control has a second row.
/// - SOA-2013-IDS: the SoA is numbered by 27001:2013 only (one finding at the header).
/// - SOA-MIXED-EDITIONS: a 27001:2013 id in an SoA otherwise numbered by 2022 (per row).
/// - SOA-UNKNOWN-CONTROL: a row's id is no control of any edition.
/// - SOA-EXCLUSION-UNJUSTIFIED: excluded (Not applicable, 適用除外, 非適用 …) without a
///   justification.
/// - SOA-IMPLEMENTED-NO-EVIDENCE: implemented (Implemented, 実施済み, 導入済み …) without
///   evidence.
/// - SOA-APPLICABILITY-MISSING: a control row has no applicability decision.
/// - SOA-COVER-COUNTS: a count on the cover (applicable, excluded, undecided, flagged, total)
///   disagrees with the rows.
/// - REG-VALUE-INCONSISTENT: a stated risk value or level (inherent or residual) differs from
///   what the method computes, lies outside its range, or is no value the method can produce
///   (4.5 where levels combine to whole numbers).
/// - REG-INPUT-NOT-A-LEVEL: a likelihood / impact / … cell is not a level of the method.
/// - REG-UNKNOWN-CONTROL: a treatment cites something that is no control.
/// - REG-RESIDUAL-ABOVE-INHERENT: residual risk is higher than inherent risk.
/// - REG-METHOD-INVALID: ISMS.RiskMethod is set but cannot be read (also when it holds a
///   number or date instead of text).
/// - REG-MAP-INVALID: ISMS.RegisterMap is set but cannot be used (not valid, names no sheet,
///   or holds a number or date instead of text); the register is then detected by headings.
/// - SOA-MAP-INVALID: the same for ISMS.SoaMap.
/// - SETTINGS-NOT-TEXT: ISMS.ServiceModels, ISMS.CloudServices or ISMS.Language holds a
///   number, date … instead of text (named, with what it must hold).
/// - CERT-DATE-UNREADABLE: a certificate date is neither YYYY-MM-DD nor a serial number.
/// - CERT-DATES-ORDER: a certificate expires on or before the day it was issued.
///
/// Observation (観察事項)
/// - REG-METHOD-ASSUMED: ISMS.RiskMethod is not set; the review scored with the method the
///   commands would use (avt when the register has a threat-level column, else 5x5).
/// - REG-ACCEPTED-ABOVE-CRITERION: a risk above the criterion is accepted (the risk owner's
///   approval must be on record).
/// - CERT-SCOPE-NOT-STATED: 27001 certificate dates without ISMS.Scope.

#include "isms/catalog.hpp"
#include "isms/register.hpp"
#include "isms/workbook_settings.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

struct SoaTable; // soa_table.hpp

/// How an auditor grades a finding.
enum class Severity : std::uint8_t
{
    Major,      ///< 重大な不適合
    Minor,      ///< 軽微な不適合
    Observation ///< 観察事項
};

/// "major", "minor", "observation".
[[nodiscard]] std::string_view severityName(Severity s) noexcept;
/// 重大な不適合 / Major nonconformity, 軽微な不適合 / Minor nonconformity, 観察事項 /
/// Observation.
[[nodiscard]] const Text& severityLabel(Severity s) noexcept;

/// Where a finding points. Rows and columns are 0-based; -1 stands for the whole row (col) or
/// the whole sheet (row). An empty sheet name means the workbook itself (its document
/// properties).
struct Location
{
    std::string sheet;
    int row = -1;
    int col = -1;
};

/// The location as a cell reference: "B12"; "12" for a whole row; "" for a sheet or the
/// workbook.
[[nodiscard]] std::string cellRef(const Location& where);

/// One thing an auditor would flag.
struct Finding
{
    std::string rule; ///< stable id, e.g. "SOA-MISSING-CONTROL"
    Severity severity = Severity::Minor;
    Location where;
    Text message; ///< what is wrong, in our own words
    Text fix;     ///< what to do about it
};

/// The certificates the workbook states (document properties ISMS.Cert27001Issued …),
/// as spreadsheet serial dates (days since 1899-12-30).
struct Certification
{
    std::optional<double> issued27001, expiry27001, issued27017, expiry27017;
    std::string scope27001; ///< ISMS.Scope
    std::string scope27017; ///< ISMS.CloudScope
    /// Properties that are set but cannot be read, as "ISMS.Cert27017Expiry: …" (English).
    std::vector<std::string> problems;
};

/// The raw property texts (empty when absent), UTF-16 as they come from the document.
struct CertificationText
{
    std::u16string issued27001, expiry27001, issued27017, expiry27017, scope27001, scope27017;
};

/// Reads the certificate properties. A date is ISO text YYYY-MM-DD (also YYYY/MM/DD and
/// YYYY年M月D日, full-width digits too) or a serial number ("46022"); anything else is left
/// unset and described in problems.
[[nodiscard]] Certification parseCertification(const CertificationText& raw);

/// Everything the review looks at.
struct ReviewInput
{
    WorkbookSettings settings;
    const Register* reg = nullptr; ///< null: no register found
    std::string registerSheet;
    bool registerFromStoredMap = false; ///< read with a person's ISMS.RegisterMap
    const SoaTable* soa = nullptr;      ///< null: no SoA found
    /// Why the SoA map a person stored (ISMS.SoaMap) could not be used ("" when it was, or
    /// there is none): said as a finding, never ignored silently.
    std::string soaMapProblem;
    /// Why the register map a person stored (ISMS.RegisterMap) could not be used (en empty
    /// when it was, or there is none; ja empty: the English is quoted). Said as a finding.
    Text registerMapProblem;
    Certification cert;
};

/// Applies every rule. Sorted by sortFindings.
[[nodiscard]] std::vector<Finding> review(const Catalog& cat, const ReviewInput& in);

/// The order of review(): severity (major first), then sheet, row and column (the workbook and
/// whole-sheet findings before cells), then rule id; equal ones keep their order.
void sortFindings(std::vector<Finding>& findings);

/// The findings as a JSON array of objects {rule, severity, sheet, cell, row, message:{en,ja},
/// fix:{en,ja}}: cell as cellRef(), row 1-based or null.
[[nodiscard]] std::string findingsToJson(const std::vector<Finding>& findings);

/// The findings as CSV (header line, then one line per finding; CRLF line ends): severity,
/// rule, sheet, cell, message and fix in the given language. Every field goes through
/// csvField.
[[nodiscard]] std::string findingsToCsv(const std::vector<Finding>& findings, Lang lang);

/// One CSV field, safe to open in a spreadsheet: a field starting with = + - @ TAB or CR gets
/// a leading apostrophe (so it is never taken for a formula); a field containing a comma,
/// quote, CR or LF is quoted, its quotes doubled.
[[nodiscard]] std::string csvField(std::string_view field);

} // namespace isms
