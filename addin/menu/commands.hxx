#pragma once
// The ISMS commands: shared by the protocol handler (which only routes them) and the command
// runner (which carries them out).

namespace isms::addin
{

inline constexpr const char* kProtocol = "org.ismscalc:";
inline constexpr const char* kCommands[] = {"DetectRegister", "MapColumns", "MapSoaColumns",
                                            "GenerateSoA",    "Review",     "Migrate2022",
                                            "FreezeFormulas"};

inline constexpr const char* kProtocolHandlerImplementation = "org.ismscalc.CommandHandler";
inline constexpr const char* kCommandRunnerImplementation = "org.ismscalc.CommandRunnerImpl";
inline constexpr const char* kCommandRunnerService = "org.ismscalc.CommandRunner";

} // namespace isms::addin
