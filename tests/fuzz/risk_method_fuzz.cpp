// Fuzz target: risk-method JSON (ISMS.RiskMethod), then the parsed method at work: every
// combination of input levels, levelOf and acceptable at and beyond the edges, levels read
// from numbers and labels, and scoring register rows. Input: the method's JSON, optionally
// followed by a NUL byte and a grid (fuzz_grid.hpp) whose rows are scored as register rows
// (column i = RegisterField i) with the parsed method and every preset.
#include "fuzz_grid.hpp"

#include "isms/register_scoring.hpp"
#include "isms/risk_method.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms;

void score(const Grid& grid, const RiskMethod& m)
{
    for (int r = 0; r < grid.rows() && r < 16; ++r)
    {
        RiskRow row;
        row.row = r;
        for (int c = 0; c < grid.cols() && c < int(kRegisterFieldCount); ++c)
            if (!grid.at(r, c).empty())
                row.cell[std::size_t(c)] = &grid.at(r, c);
        const RowScore s = scoreRisk(row, m);
        for (const auto& v : {s.inherent, s.residual})
            if (v && (!(*v >= m.minValue) || !(*v <= m.maxValue)))
                __builtin_trap();
        for (int c = 0; c < grid.cols() && c < 3; ++c)
            for (const Scale& scale : m.scales)
            {
                auto l = cellLevel(grid.at(r, c), scale);
                if (l.ok() && (*l < 1 || *l > scale.levels))
                    __builtin_trap();
            }
        const GridCell* cia[3] = {nullptr, nullptr, nullptr};
        for (int c = 0; c < 3 && c < grid.cols(); ++c)
            if (!grid.at(r, c).empty())
                cia[c] = &grid.at(r, c);
        auto av = ciaAssetValue(std::span<const GridCell* const>(cia), m.scales[0]);
        if (av.ok() && *av && (**av < 1 || **av > m.scales[0].levels))
            __builtin_trap();
        (void)ciaAssetValue(std::span<const GridCell* const>(cia), ciaRatingScale());
    }
}

void exercise(const RiskMethod& m)
{
    const std::size_t want = m.kind == MethodKind::Matrix ? 2 : 3;
    if (m.scales.size() != want || m.levels.empty() || !(m.minValue <= m.maxValue))
        __builtin_trap();
    for (std::size_t i = 0; i < m.levels.size(); ++i)
        if (m.levels[i].min > m.levels[i].max ||
            (i > 0 && !(m.levels[i - 1].max < m.levels[i].min)))
            __builtin_trap();
    for (const Scale& s : m.scales)
    {
        if (s.levels < 3 || s.levels > 7 || (!s.labels.empty() && int(s.labels.size()) != s.levels))
            __builtin_trap();
        for (int k = 1; k <= s.levels; ++k)
        {
            auto n = parseLevelNumber(s, k, 0);
            if (!n.ok() || *n != k)
                __builtin_trap();
            const std::u16string digits = toUtf16(std::to_string(k));
            auto t = parseLevelText(s, digits, 0);
            if (!t.ok() || *t != k)
                __builtin_trap();
            auto w = parseLevelText(s, fuzz::fullWidth(digits), 0);
            if (!w.ok() || *w != k)
                __builtin_trap();
        }
        for (const Text& label : s.labels)
            for (const std::string& l : {label.en, label.ja})
            {
                auto t = parseLevelText(s, toUtf16(l), 0);
                if (t.ok() && (*t < 1 || *t > s.levels))
                    __builtin_trap();
            }
        for (double bad :
             {0.0, -1.0, 2.5, double(s.levels + 1), 1e300, -0.0,
              std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()})
            if (parseLevelNumber(s, bad, 0).ok())
                __builtin_trap();
    }
    // every combination of levels gives a value in range, with a level
    std::vector<int> in(m.scales.size(), 1);
    for (;;)
    {
        const double v = m.value(in);
        if (!(v >= m.minValue && v <= m.maxValue))
            __builtin_trap();
        auto level = m.levelOf(v, 0);
        if (!level.ok() || !*level || v > (*level)->max)
            __builtin_trap();
        auto acc = m.acceptable(v, 0);
        if (!acc.ok() || *acc != (v <= m.acceptMax))
            __builtin_trap();
        std::size_t k = 0;
        while (k < in.size() && ++in[k] > m.scales[k].levels)
            in[k++] = 1;
        if (k == in.size())
            break;
    }
    for (double v : {m.minValue - 1, m.maxValue + 1, m.levels.front().min, m.levels.back().max,
                     (m.minValue + m.maxValue) / 2, std::numeric_limits<double>::quiet_NaN(),
                     std::numeric_limits<double>::infinity(),
                     -std::numeric_limits<double>::infinity(), 1e308, -1e308})
    {
        (void)m.levelOf(v, 1);
        (void)m.acceptable(v, 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const char* text = reinterpret_cast<const char*>(data);
    const void* nul = std::memchr(data, 0, size);
    const std::size_t jsonSize =
        nul ? std::size_t(static_cast<const std::uint8_t*>(nul) - data) : size;
    auto method = parseRiskMethod(std::string_view(text, jsonSize));
    if (method.ok())
        exercise(*method);
    else if (method.error().message.empty())
        __builtin_trap();
    if (!nul)
        return 0;
    fuzz::Input in(data + jsonSize + 1, size - jsonSize - 1);
    const Grid grid = fuzz::readGrid(in);
    if (method.ok())
        score(grid, *method);
    for (const RiskMethod& preset : presetMethods())
        score(grid, preset);
    return 0;
}
