#pragma once
// What isms-review found for each workbook, and the three ways it prints it: text for a
// person, JSON for tools (schema: docs/isms-review.schema.json), CSV for a spreadsheet.

#include "isms/catalog.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace isms::reviewer
{

struct WorkbookReport
{
    std::string file;
    bool reviewed = false;
    /// A file in a folder that is no workbook (a PDF, a Word file): named with the reason, not
    /// reviewed, and not an error.
    bool skipped = false;
    std::string error;   ///< why it could not be reviewed (or was skipped)
    std::string errorJa; ///< the same in Japanese, when known (the text report's language)
    std::string sha256;  ///< of the file before the review ("" when unreadable)
    bool unchanged = true;
    nlohmann::json findings = nlohmann::json::array(); ///< as the extension's Review returns them
    /// The sheets the review read, as the extension's Review names them: register,
    /// registerNotReviewed ([sheet]), registerDatedLater ([sheet]: dated later than the sheet a
    /// stored ISMS.RegisterMap names), soa, soaCloudPart ("" when none), soaNotReviewed
    /// ([{sheet, edition}]); null when not reviewed.
    nlohmann::json sheets;
    int major = 0, minor = 0, observation = 0;
    double seconds = 0;
};

/// The sheets part of the report from the extension's Review report (sheetsRead).
[[nodiscard]] nlohmann::json sheetsRead(const nlohmann::json& reviewReport);

/// Counts the findings by severity into the report.
void countFindings(WorkbookReport& r);

/// 0: no major finding; 1: a major finding; 2: a file could not be read (takes precedence).
[[nodiscard]] int exitCode(const std::vector<WorkbookReport>& reports);

[[nodiscard]] std::string toText(const std::vector<WorkbookReport>& reports, Lang lang);
[[nodiscard]] std::string toJson(const std::vector<WorkbookReport>& reports);
[[nodiscard]] std::string toCsv(const std::vector<WorkbookReport>& reports, Lang lang);

/// A file name as the reports print it: control characters (a newline, a tab, an escape)
/// written as \n, \t, \x1b …, so a name can never pass for a line of the report.
[[nodiscard]] std::string printableName(const std::string& name);

} // namespace isms::reviewer
