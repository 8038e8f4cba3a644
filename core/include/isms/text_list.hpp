#pragma once
/// @file text_list.hpp
/// Lists in messages: "5.1, 5.7, 8.2", cut after `max` items with ", …".

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace isms
{

/// The items joined by ", "; when there are more than max, the first max and ", …".
[[nodiscard]] inline std::string joinList(const std::vector<std::string>& items,
                                          std::size_t max = std::numeric_limits<std::size_t>::max())
{
    std::string s;
    for (std::size_t i = 0; i < items.size() && i < max; ++i)
        s += (i ? ", " : "") + items[i];
    if (items.size() > max)
        s += ", …";
    return s;
}

} // namespace isms
