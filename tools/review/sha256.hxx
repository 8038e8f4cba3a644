#pragma once
// SHA-256 of a file: isms-review proves with it that a reviewed workbook did not change.

#include <optional>
#include <string>

namespace isms::reviewer
{

/// Lower-case hex digest of the file's bytes; nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> sha256File(const std::string& path);
/// Lower-case hex digest of bytes in memory.
[[nodiscard]] std::string sha256(const std::string& bytes);

} // namespace isms::reviewer
