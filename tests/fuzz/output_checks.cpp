#include "output_checks.hpp"

#include <nlohmann/json.hpp>

namespace isms::fuzz
{

std::optional<std::vector<std::vector<std::string>>> parseCsv(std::string_view s)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    std::size_t i = 0;
    while (i < s.size())
    {
        if (s[i] == '"')
        {
            for (++i;; ++i)
            {
                if (i >= s.size())
                    return std::nullopt;
                if (s[i] == '"')
                {
                    if (i + 1 < s.size() && s[i + 1] == '"')
                    {
                        field += '"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += s[i];
            }
        }
        else
            while (i < s.size() && s[i] != ',' && s[i] != '\r')
            {
                if (s[i] == '"' || s[i] == '\n')
                    return std::nullopt;
                field += s[i++];
            }
        record.push_back(std::move(field));
        field.clear();
        if (i < s.size() && s[i] == ',')
        {
            ++i;
            continue;
        }
        if (s.substr(i, 2) != "\r\n")
            return std::nullopt;
        i += 2;
        records.push_back(std::move(record));
        record.clear();
    }
    return records;
}

std::optional<std::size_t> jsonArraySize(const std::string& text)
{
    const auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_array())
        return std::nullopt;
    return parsed.size();
}

} // namespace isms::fuzz
