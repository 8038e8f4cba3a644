#include "isms/register_scoring.hpp"

#include "isms/utf.hpp"
#include "keywords.hpp"

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
    static constexpr F cia[] = {F::Confidentiality, F::Integrity, F::Availability};
    const GridCell* const ratings[] = {risk.get(cia[0]), risk.get(cia[1]), risk.get(cia[2])};
    auto v = ciaAssetValue(ratings, scale);
    if (!v.ok())
    {
        problems.push_back(std::string(fieldKey(cia[v.error().argIndex])) + ": " +
                           v.error().message);
        return std::nullopt;
    }
    return *v;
}

} // namespace

Result<std::optional<int>> ciaAssetValue(std::span<const GridCell* const> ratings,
                                         const Scale& scale)
{
    std::optional<int> best;
    for (std::size_t i = 0; i < ratings.size(); ++i)
        if (const GridCell* c = ratings[i])
        {
            auto l = c->isNumber ? parseLevelNumber(scale, c->number, int(i))
                                 : parseLevelText(scale, c->text, int(i));
            if (!l.ok())
                return l.error();
            best = std::max(best.value_or(0), *l);
        }
    return best;
}

const Scale& ciaRatingScale()
{
    static const Scale s{"a C/I/A rating", 100, {}, {}};
    return s;
}

Result<std::shared_ptr<const RiskMethod>> resolveRiskMethod(std::u16string_view name,
                                                            const WorkbookSettings& settings,
                                                            std::optional<MethodKind> wanted,
                                                            std::string_view fallback, int argIndex)
{
    const auto unowned = [](const RiskMethod* m)
    { return std::shared_ptr<const RiskMethod>(std::shared_ptr<void>(), m); };
    // Spaces, line breaks and control characters around the name do not count.
    const auto space = [](char16_t c) { return c <= u' ' || isTrimmedSpace(c); };
    while (!name.empty() && space(name.front()))
        name.remove_prefix(1);
    while (!name.empty() && space(name.back()))
        name.remove_suffix(1);
    std::shared_ptr<const RiskMethod> m;
    if (!name.empty())
    {
        const std::string n = toUtf8(name);
        if (const RiskMethod* preset = findPreset(n))
            m = unowned(preset);
        else if (settings.riskMethod && settings.riskMethod->id == n)
            m = settings.riskMethod;
        else
            return invalidArgument(argIndex,
                                   "risk method '" + n +
                                       "' is neither a preset (3x3, 4x4, 5x5, iso27005, avt) nor "
                                       "the workbook's ISMS.RiskMethod");
    }
    else if (settings.riskMethod)
        m = settings.riskMethod; // the workbook's method, even of the other kind (then an error)
    else if (!settings.riskMethodProblem.empty())
        return invalidArgument(argIndex, settings.riskMethodProblem);
    else if (const RiskMethod* preset = findPreset(fallback))
        m = unowned(preset);
    else
        return Error{ErrorKind::Internal, argIndex,
                     "no preset risk method '" + std::string(fallback) + "'"};
    if (wanted && m->kind != *wanted)
        return invalidArgument(argIndex, "risk method '" + m->id + "' is " +
                                             (m->kind == MethodKind::Avt
                                                  ? "asset × threat × vulnerability: use "
                                                    "ISMS.RISK3"
                                                  : "likelihood × impact: use ISMS.RISK"));
    return m;
}

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
