#include "isms/register_scoring.hpp"

#include "isms/utf.hpp"

#include <algorithm>

namespace isms
{

Result<int> cellLevel(const GridCell& cell, const Scale& scale)
{
    return cell.isNumber ? parseLevelNumber(scale, cell.number, 0)
                         : parseLevelText(scale, cell.text, 0);
}

const RiskMethod& methodForRegister(const WorkbookSettings& settings, const Register* reg)
{
    if (settings.riskMethod)
        return *settings.riskMethod;
    if (reg && reg->map.has(RegisterField::ThreatLevel))
        if (const RiskMethod* avt = findPreset("avt"))
            return *avt;
    return defaultMethod();
}

namespace
{

using F = RegisterField;

/// Levels for the method's scales from these columns; nullopt when a column is empty.
std::optional<double> score(const RiskRow& risk, const RiskMethod& m,
                            const std::vector<RegisterField>& columns,
                            std::vector<std::string>& problems)
{
    std::vector<int> levels;
    for (std::size_t i = 0; i < columns.size(); ++i)
    {
        const GridCell* c = risk.get(columns[i]);
        if (!c)
            return std::nullopt;
        auto l = cellLevel(*c, m.scales[i]);
        if (!l.ok())
        {
            problems.push_back(std::string(fieldKey(columns[i])) + ": " + l.error().message);
            return std::nullopt;
        }
        levels.push_back(*l);
    }
    return m.value(levels);
}

/// The asset value for avt: its own column, else max(C, I, A) of the columns present.
std::optional<int> assetValue(const RiskRow& risk, const Scale& scale,
                              std::vector<std::string>& problems)
{
    if (const GridCell* c = risk.get(F::AssetValue))
    {
        auto l = cellLevel(*c, scale);
        if (l.ok())
            return *l;
        problems.push_back("assetValue: " + l.error().message);
        return std::nullopt;
    }
    std::optional<int> best;
    for (F f : {F::Confidentiality, F::Integrity, F::Availability})
        if (const GridCell* c = risk.get(f))
        {
            auto l = cellLevel(*c, scale);
            if (!l.ok())
            {
                problems.push_back(std::string(fieldKey(f)) + ": " + l.error().message);
                return std::nullopt;
            }
            best = std::max(best.value_or(0), *l);
        }
    return best;
}

} // namespace

RowScore scoreRisk(const RiskRow& risk, const RiskMethod& m)
{
    RowScore out;
    if (m.kind == MethodKind::Matrix)
    {
        out.inherent = score(risk, m, {F::Likelihood, F::Impact}, out.problems);
        out.residual = score(risk, m, {F::ResidualLikelihood, F::ResidualImpact}, out.problems);
        return out;
    }
    const auto av = assetValue(risk, m.scales[0], out.problems);
    if (!av)
        return out;
    auto rest = [&](F threat, F vuln) -> std::optional<double>
    {
        const GridCell* t = risk.get(threat);
        const GridCell* v = risk.get(vuln);
        if (!t || !v)
            return std::nullopt;
        auto lt = cellLevel(*t, m.scales[1]);
        auto lv = cellLevel(*v, m.scales[2]);
        if (!lt.ok() || !lv.ok())
        {
            out.problems.push_back(std::string(fieldKey(lt.ok() ? vuln : threat)) + ": " +
                                   (lt.ok() ? lv.error().message : lt.error().message));
            return std::nullopt;
        }
        const int in[] = {*av, *lt, *lv};
        return m.value(in);
    };
    out.inherent = rest(F::ThreatLevel, F::VulnerabilityLevel);
    out.residual = rest(F::ResidualThreat, F::ResidualVulnerability);
    return out;
}

} // namespace isms
