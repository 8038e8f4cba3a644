#pragma once
// Text for XML content and attribute values (the build tools that write the .xcu and the
// workbook template).

#include <string>
#include <string_view>

namespace isms::addin
{

/// The text with & < > " escaped.
[[nodiscard]] inline std::string xmlText(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (const char c : in)
        switch (c)
        {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    return out;
}

} // namespace isms::addin
