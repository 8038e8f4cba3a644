#pragma once
// The ISMS commands, one file each. Each reads what it needs, writes as one undo step, and
// returns what it did; the command runner shows the outcome or hands it to the caller.

#include "command_support.hxx"

namespace isms::addin
{

/// org.ismscalc:DetectRegister (argument Redetect: ignore a stored mapping).
[[nodiscard]] Outcome detectRegisterCommand(const CommandContext& c);
/// org.ismscalc:GenerateSoA.
[[nodiscard]] Outcome generateSoaCommand(const CommandContext& c);

} // namespace isms::addin
