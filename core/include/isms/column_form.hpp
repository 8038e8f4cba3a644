#pragma once
/// @file column_form.hpp
/// A table's column mapping as a person edits it (the Register columns and SoA columns
/// dialogs): the choices offered for each field ("E — Reference to ISO 27001 control"), and
/// reading back what the person chose or typed ("E", "e", "E — …", empty for none) into a
/// RegisterMap or an SoaMap, with a message naming the field when a choice is no column.

#include "isms/register.hpp"
#include "isms/result.hpp"
#include "isms/soa_table.hpp"

#include <string>
#include <vector>

namespace isms
{

/// The columns a field may take: "(none)" / 「(なし)」 first, then one entry per column of the
/// table ("C — Threat": the column letter and its heading, or the first value below it when the
/// heading is empty), up to the last column with a heading or a value (at least lastCol).
[[nodiscard]] std::vector<std::string> columnChoices(const Grid& grid, int headerRow,
                                                     int headerRows, int lastCol, Lang lang);
/// The choice shown for a column ("" for -1).
[[nodiscard]] std::string columnChoice(const Grid& grid, int headerRow, int headerRows, int col);

/// The register's columns as choices, and the choice shown for a field.
[[nodiscard]] std::vector<std::string> columnChoices(const Grid& grid, const RegisterMap& map,
                                                     Lang lang);
[[nodiscard]] std::string choiceFor(const Grid& grid, const RegisterMap& map, RegisterField field,
                                    Lang lang);

/// One field as the person left it.
struct FieldChoice
{
    RegisterField field;
    std::string text; ///< a column letter, a choice from columnChoices, or empty / "(none)"
};

/// The register map a person chose: header row (1-based) and rows (1–3), and a column per
/// field. An invalid header row, a text that is no column, or two fields in one column are
/// InvalidArgument errors naming the field (English / Japanese in the message, " / " between).
[[nodiscard]] Result<RegisterMap> mapFromChoices(int headerRow1Based, int headerRows,
                                                 const std::vector<FieldChoice>& choices);

/// The SoA fields a person maps (the control column first).
[[nodiscard]] const std::vector<SoaColumn>& soaFormFields();

/// The SoA map a person chose (header rows 1–2); the control and applicability columns are
/// required. Errors as for mapFromChoices.
[[nodiscard]] Result<SoaMap>
soaMapFromChoices(const std::string& sheet, int headerRow1Based, int headerRows,
                  const std::vector<std::pair<SoaColumn, std::string>>& choices);

} // namespace isms
