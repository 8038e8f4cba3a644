#pragma once
// The one table of ISMS commands (org.ismscalc:<Name>). The protocol handler (menu/, a library
// without isms-calc code) routes exactly these names; the command runner carries each out and
// checks at compile time that its runners follow this table name by name.

#include <cstddef>
#include <string_view>

namespace isms::addin
{

enum class Command : std::size_t
{
    DetectRegister,
    MapColumns,
    MapSoaColumns,
    GenerateSoA,
    Review,
    CompareSoA,
    Migrate2022,
    FreezeFormulas,
    Count
};

inline constexpr std::string_view kCommandNames[] = {
    "DetectRegister", "MapColumns", "MapSoaColumns", "GenerateSoA",
    "Review",         "CompareSoA", "Migrate2022",   "FreezeFormulas"};
static_assert(std::size(kCommandNames) == std::size_t(Command::Count));

[[nodiscard]] constexpr std::string_view commandName(Command c) noexcept
{
    return kCommandNames[std::size_t(c)];
}

inline constexpr const char* kProtocol = "org.ismscalc:";
inline constexpr const char* kProtocolHandlerImplementation = "org.ismscalc.CommandHandler";
inline constexpr const char* kCommandRunnerImplementation = "org.ismscalc.CommandRunnerImpl";
inline constexpr const char* kCommandRunnerService = "org.ismscalc.CommandRunner";

} // namespace isms::addin
