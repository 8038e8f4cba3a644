#pragma once
// The ISMS commands, one file each. Each reads what it needs, writes as one undo step, and
// returns what it did; the command runner shows the outcome or hands it to the caller.

#include "commands/command_support.hxx"

namespace isms::addin
{

/// org.ismscalc:DetectRegister (argument Redetect: ignore a stored mapping).
[[nodiscard]] Outcome detectRegisterCommand(const CommandContext& c);
/// org.ismscalc:MapColumns: the Register columns dialog; the person's mapping is stored in
/// ISMS.RegisterMap (never overwritten by detection).
[[nodiscard]] Outcome mapColumnsCommand(const CommandContext& c);
/// org.ismscalc:MapSoaColumns: the SoA columns dialog; stored in ISMS.SoaMap, which the
/// Review then reads the SoA with.
[[nodiscard]] Outcome mapSoaColumnsCommand(const CommandContext& c);
/// org.ismscalc:GenerateSoA.
[[nodiscard]] Outcome generateSoaCommand(const CommandContext& c);
/// org.ismscalc:Review: writes the Findings sheet; with ReportOnly=true writes nothing and
/// returns the findings as JSON (isms-review).
[[nodiscard]] Outcome reviewCommand(const CommandContext& c);
/// org.ismscalc:CompareSoA: compares the SoA with the one in an earlier version of the workbook
/// (argument URL, else a file picker) and writes the Changes sheet; with ReportOnly=true
/// writes nothing and returns the comparison as JSON (Format=csv: CSV, Lang=en|ja).
[[nodiscard]] Outcome compareSoaCommand(const CommandContext& c);
/// org.ismscalc:Migrate2022: rewrites 27001:2013 control references to 2022 numbering and
/// logs every change (argument Selection: only the current selection).
[[nodiscard]] Outcome migrate2022Command(const CommandContext& c);
/// org.ismscalc:FreezeFormulas: replaces ISMS.* formulas by their values (argument Selection:
/// only the current selection); formulas showing an error stay.
[[nodiscard]] Outcome freezeFormulasCommand(const CommandContext& c);

} // namespace isms::addin
