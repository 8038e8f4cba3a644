#pragma once
// The fuzz targets' checks of what the code under test wrote (a JSON or CSV parser). They are
// compiled without coverage instrumentation (tests/fuzz/CMakeLists.txt): they are the test's
// oracle, not code under test, and instrumenting a parser run over every output would cost
// most of an execution's time and fill libFuzzer's feature table with the parser's branches.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms::fuzz
{

/// RFC 4180 records (CRLF between records); nullopt when the text is not well-formed CSV.
[[nodiscard]] std::optional<std::vector<std::vector<std::string>>> parseCsv(std::string_view s);

/// The number of elements when the text is one well-formed JSON array, else nullopt.
[[nodiscard]] std::optional<std::size_t> jsonArraySize(const std::string& text);

} // namespace isms::fuzz
