#include "isms/findings_rows.hpp"

#include <deque>
#include <string_view>
#include <unordered_map>

namespace isms
{
namespace
{

/// The texts a pass compares, joined by a separator no cell text of ours holds.
std::string joined(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (std::string_view p : parts)
    {
        out += p;
        out += '\x1f';
    }
    return out;
}

enum class Pass
{
    All,
    RuleMessage,
    RuleLocation
};

template <typename Row> std::string keyOf(const Row& r, Pass pass)
{
    switch (pass)
    {
    case Pass::All:
        return joined({r.rule, r.location, r.message});
    case Pass::RuleMessage:
        return joined({r.rule, r.message});
    case Pass::RuleLocation:
        return joined({r.rule, r.location});
    }
    return {};
}

} // namespace

FindingsPlacement placeFindings(const std::vector<FindingsSheetRow>& earlier,
                                const std::vector<FindingsSheetKey>& now)
{
    FindingsPlacement out;
    out.rowOf.assign(now.size(), 0);
    out.use.assign(earlier.size(), FindingsRowUse::Empty);

    // Only rows people wrote beside are kept in place; the others are free, whatever they held.
    std::vector<bool> waiting(earlier.size(), false);
    for (std::size_t i = 0; i < earlier.size(); ++i)
    {
        const FindingsSheetRow& r = earlier[i];
        if (r.rule.empty())
        {
            if (r.typedIn)
                out.use[i] = FindingsRowUse::PeoplesRow;
        }
        else if (r.annotated)
            waiting[i] = true;
    }

    for (Pass pass : {Pass::All, Pass::RuleMessage, Pass::RuleLocation})
    {
        std::unordered_map<std::string, std::deque<std::size_t>> rowsByKey;
        for (std::size_t i = 0; i < earlier.size(); ++i)
            if (waiting[i])
                rowsByKey[keyOf(earlier[i], pass)].push_back(i);
        if (rowsByKey.empty())
            break;
        for (std::size_t j = 0; j < now.size(); ++j)
        {
            if (out.rowOf[j] != 0)
                continue;
            const auto it = rowsByKey.find(keyOf(now[j], pass));
            if (it == rowsByKey.end())
                continue;
            auto& rows = it->second; // each row is in one list of a pass: taken once
            if (rows.empty())
                continue;
            const std::size_t i = rows.front();
            rows.pop_front();
            waiting[i] = false;
            out.rowOf[j] = int(i) + 1;
            out.use[i] = FindingsRowUse::Finding;
        }
    }
    for (std::size_t i = 0; i < earlier.size(); ++i)
        if (waiting[i])
        {
            out.use[i] = FindingsRowUse::NotFoundAgain;
            ++out.notFoundAgain;
        }

    // The other findings fill the free rows from the top, in the review's order.
    std::size_t free = 0;
    for (std::size_t j = 0; j < now.size(); ++j)
    {
        if (out.rowOf[j] != 0)
            continue;
        while (free < out.use.size() && out.use[free] != FindingsRowUse::Empty)
            ++free;
        if (free == out.use.size())
            out.use.push_back(FindingsRowUse::Empty);
        out.use[free] = FindingsRowUse::Finding;
        out.rowOf[j] = int(free) + 1;
    }
    for (std::size_t i = out.use.size(); i > 0; --i)
        if (out.use[i - 1] != FindingsRowUse::Empty)
        {
            out.usedRows = int(i);
            break;
        }
    return out;
}

} // namespace isms
