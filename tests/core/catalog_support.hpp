#pragma once
// Helpers shared by the core tests: the built-in catalog, a control by id, ids of a list, and
// the independent 2013 → 2022 expectation table.

#include "isms/catalog.hpp"

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace isms::test
{

inline const Catalog& cat()
{
    return Catalog::builtin();
}

/// The control with that id; throws (failing the test) when it does not exist.
inline const Control& control(std::string_view id)
{
    auto r = cat().lookup(id);
    if (!r.ok())
        throw std::runtime_error(r.error().message);
    return **r;
}

inline std::vector<std::string> ids(const std::vector<const Control*>& cs)
{
    std::vector<std::string> out;
    for (const Control* c : cs)
        out.push_back(c->canonical);
    return out;
}

using Mapping = std::map<std::string, std::vector<std::string>>;

/// 2013 → 2022, written independently of core/data from a public Annex B table.
inline const Mapping& expected2013To2022()
{
    static const Mapping m = {
#include "expected_mapping_2013_to_2022.inc"
    };
    return m;
}

} // namespace isms::test
