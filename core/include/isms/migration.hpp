#pragma once
/// @file migration.hpp
/// Rewriting ISO/IEC 27001:2013 control references in cell texts to 27001:2022 numbering,
/// with the notes a person has to look at (one 2013 control split into several 2022 controls,
/// several 2013 controls merged into one), and recognising such references inside formulas.
///
/// What counts as a reference: a cell text that is a list of control ids — parts split on
/// `,` `、` `;` `；` `，` `/` `／` and line breaks — whose first non-blank part starts with an
/// id, each id optionally followed by a title (a part that does not start with an id
/// continues the title before it). Free text ("see policy 9.2", a risk description that
/// mentions A.9.2.3 in passing) is never rewritten. Only 2013 Annex A ids are rewritten;
/// 2022 ids, 27017 CLD ids and ids that are no control stay exactly as written, so migrating
/// a migrated text changes nothing.

#include "isms/catalog.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isms
{

/// What a person should know about one rewritten reference.
enum class MigrationNoteKind : std::uint8_t
{
    Ambiguous, ///< one 2013 control became several 2022 controls: all written, decide which
    Merged,    ///< several 2013 controls became one 2022 control (listed once when repeated)
    Unknown,   ///< looks like a 2013 id but is no 27001:2013 control: left as written
    Clause,    ///< a bare number that may be an ISO/IEC 27001 clause (6.1.2): left as written
    TextKept   ///< the text after a rewritten id is not its title: kept as written
};

/// What the cell's surroundings say.
struct MigrationContext
{
    /// The column writes its 2013 ids without "A." ("9.2.3", never "A.9.2.3"): a bare
    /// 6.1.2 there is control A.6.1.2, not clause 6.1.2 of ISO/IEC 27001.
    bool bareIdsAreControls = false;
};

/// One note, in both languages.
struct MigrationNote
{
    MigrationNoteKind kind = MigrationNoteKind::Merged;
    std::string control; ///< the 2013 id the note is about ("A.18.2.3")
    Text text;           ///< the sentence for the log (English / Japanese, JIS terms)
};

/// The result of migrating one cell text.
struct CellMigration
{
    bool changed = false;              ///< whether text differs from the input
    std::u16string text;               ///< the new text (the input itself when unchanged)
    std::vector<std::string> migrated; ///< the 2013 ids rewritten (canonical, in cell order)
    std::vector<MigrationNote> notes;
};

/// Rewrites every 2013 Annex A id of a controls cell to its 2022 control(s):
/// - the id becomes the canonical 2022 id ("A.9.2.3" → "8.2", full-width input included);
/// - a title after the id is replaced by the 2022 control's title from the catalog, in
///   Japanese when the original title contains Japanese characters, else in English; the
///   characters between id and title (" ", " - ", ": ", "　") are kept; text after the id that
///   is not recognisably its title (see looksLikeTitleOf) stays as written, with a TextKept
///   note;
/// - ids without a separator between them ("A.12.1.1 A.18.1.1") are each rewritten;
/// - a bare three-level number that is an ISO/IEC 27001 clause ("6.1.2", "9.2.1") is left as
///   written with a Clause note, unless ctx says the column writes its 2013 ids bare;
/// - separators and line breaks between ids are kept;
/// - a 2013 control that became several 2022 controls is written as all of them, joined by the
///   cell's own separator (else ", ", or "、" for Japanese text), with an Ambiguous note;
/// - a 2022 control that several 2013 controls became gets a Merged note naming them, and is
///   written once when the cell is a pure list of ids (and our titles) that already names it
///   (the repeat and its separator are dropped); anywhere else a repeat is rewritten where it
///   stands, so no other text is ever lost.
///
/// Text that is not a controls cell, and a controls cell without 2013 ids, is returned
/// unchanged with no notes (an unchanged cell keeps its Clause notes: the log names it). Never
/// throws for any input except std::bad_alloc.
[[nodiscard]] CellMigration migrateCellText(std::u16string_view text, const Catalog& cat,
                                            const MigrationContext& ctx = {});

/// The 2013 ids (canonical, in order of appearance, each once) that string literals of a
/// formula would have rewritten: `=ISMS.CONTROL("A.9.2.3")` → {"A.9.2.3"}. Used to list
/// formulas for a person, since formulas are never rewritten.
[[nodiscard]] std::vector<std::string> migratableIdsInFormula(std::u16string_view formula,
                                                              const Catalog& cat);

/// All notes of a cell as one text for the log ("; " between them in English, "。" ending each
/// in Japanese).
[[nodiscard]] std::string migrationNotesText(const std::vector<MigrationNote>& notes, Lang lang);

/// The migration log sheet's default name: "Migration log" / "移行ログ".
[[nodiscard]] const Text& migrationLogSheetName() noexcept;

/// The migration log's column headings: sheet, cell, before, after, note.
[[nodiscard]] const std::vector<Text>& migrationLogHeadings();

} // namespace isms
