#pragma once
/// @file register_form.hpp
/// The register's column mapping as a person edits it (the Register columns dialog): the
/// choices offered for each field ("E — Reference to ISO 27001 control"), and reading back what
/// the person chose or typed ("E", "e", "E — …", empty for none) into a RegisterMap, with a
/// message naming the field when a choice is no column.

#include "isms/register.hpp"
#include "isms/result.hpp"

#include <string>
#include <vector>

namespace isms
{

/// The columns a field may take: "(none)" / 「(なし)」 first, then one entry per column of the
/// table ("C — Threat": the column letter and its heading, or the first value below it when the
/// heading is empty), up to the last column with a heading or a value.
[[nodiscard]] std::vector<std::string> columnChoices(const Grid& grid, const RegisterMap& map,
                                                     Lang lang);

/// The choice shown for a field's current column ("" when it has none).
[[nodiscard]] std::string choiceFor(const Grid& grid, const RegisterMap& map, RegisterField field,
                                    Lang lang);

/// One field as the person left it.
struct FieldChoice
{
    RegisterField field;
    std::string text; ///< a column letter, a choice from columnChoices, or empty / "(none)"
};

/// The map a person chose: header row (1-based) and rows, and a column per field. An invalid
/// header row, a text that is no column, or two fields in one column are InvalidArgument errors
/// naming the field (English / Japanese in the message, " / " between them).
[[nodiscard]] Result<RegisterMap> mapFromChoices(int headerRow1Based, int headerRows,
                                                 const std::vector<FieldChoice>& choices);

} // namespace isms
