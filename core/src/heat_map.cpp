#include "isms/heat_map.hpp"

#include <array>

namespace isms
{

namespace
{

int levelOf(const Scale& scale, const GridCell* cell)
{
    if (!cell || cell->empty())
        return 0;
    auto r = cell->isNumber ? parseLevelNumber(scale, cell->number, 0)
                            : parseLevelText(scale, cell->text, 0);
    return r.ok() ? *r : 0;
}

} // namespace

Result<HeatMap> countHeatMap(const Register& reg, const RiskMethod& method)
{
    if (method.kind != MethodKind::Matrix || method.scales.size() < 2)
        return invalidArgument(0, "the risk method " + method.id +
                                      " is not a likelihood x impact matrix");
    if (!reg.map.has(RegisterField::Likelihood) || !reg.map.has(RegisterField::Impact))
        return Error{ErrorKind::NotFound, -1, "the register has no likelihood or impact column"};
    HeatMap map;
    map.likelihoodLevels = method.scales[0].levels;
    map.impactLevels = method.scales[1].levels;
    const std::size_t cells = std::size_t(map.likelihoodLevels * map.impactLevels);
    map.counts.assign(cells, 0);
    map.colors.assign(cells, "#C0C0C0");
    for (int l = 1; l <= map.likelihoodLevels; ++l)
        for (int i = 1; i <= map.impactLevels; ++i)
        {
            const std::array<int, 2> in{l, i};
            if (auto level = method.levelOf(method.value(in), -1); level.ok())
                map.colors[std::size_t((l - 1) * map.impactLevels + (i - 1))] = (*level)->color;
        }
    for (const RiskRow& risk : reg.risks)
    {
        const int l = levelOf(method.scales[0], risk.get(RegisterField::Likelihood));
        const int i = levelOf(method.scales[1], risk.get(RegisterField::Impact));
        if (l == 0 || i == 0)
        {
            ++map.unscored;
            continue;
        }
        ++map.counts[std::size_t((l - 1) * map.impactLevels + (i - 1))];
        ++map.placed;
    }
    return map;
}

std::uint32_t colorValue(std::string_view hex) noexcept
{
    if (hex.size() != 7 || hex[0] != '#')
        return 0xC0C0C0;
    std::uint32_t v = 0;
    for (char ch : hex.substr(1))
    {
        v <<= 4;
        if (ch >= '0' && ch <= '9')
            v |= std::uint32_t(ch - '0');
        else if (ch >= 'a' && ch <= 'f')
            v |= std::uint32_t(ch - 'a' + 10);
        else if (ch >= 'A' && ch <= 'F')
            v |= std::uint32_t(ch - 'A' + 10);
        else
            return 0xC0C0C0;
    }
    return v;
}

} // namespace isms
