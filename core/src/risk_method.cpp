#include "isms/risk_method.hpp"

#include "catalog_data.hpp"
#include "json_read.hpp"
#include "keywords.hpp"
#include "isms/utf.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace isms
{
namespace
{

using json_read::fail;
using json_read::json;

constexpr const char* kMatrixScales[] = {"likelihood", "impact"};
constexpr const char* kAvtScales[] = {"assetValue", "threat", "vulnerability"};

std::string num(double v)
{
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

/// The preset a custom method's id would be taken for: the id matched as a method name is
/// (findPreset, resolveRiskMethod: ASCII case ignored, spaces and control characters around it
/// ignored), or nullptr.
const RiskMethod* presetNamed(std::string_view id)
{
    const std::u16string wide = toUtf16(id);
    std::u16string_view name = wide;
    const auto space = [](char16_t c) { return c <= u' ' || isTrimmedSpace(c); };
    while (!name.empty() && space(name.front()))
        name.remove_prefix(1);
    while (!name.empty() && space(name.back()))
        name.remove_suffix(1);
    for (const RiskMethod& p : presetMethods())
    {
        const std::u16string pid(p.id.begin(), p.id.end()); // preset ids are ASCII
        if (isKeyword(name, {pid}))
            return &p;
    }
    return nullptr;
}

enum class Origin : std::uint8_t
{
    Preset, ///< the compiled-in data
    Custom  ///< a person's ISMS.RiskMethod
};

RiskMethod build(const json& j, Origin origin)
{
    using namespace json_read;
    RiskMethod m;
    if (!j.is_object())
        fail("a method must be a JSON object");
    m.id = str(j, "id", "method");
    if (m.id.empty() || m.id.size() > 40)
        fail("method id must be 1–40 characters");
    // A custom method named like a preset would make the method argument of ISMS.RISKLEVEL
    // etc. mean the preset while the workbook (and the SoA's "method …") means this one.
    if (origin == Origin::Custom)
        if (const RiskMethod* preset = presetNamed(m.id))
            fail("method id '" + m.id + "' is already the name of the preset method '" +
                 preset->id + "'; give your own method a different id");
    const std::string where = "method '" + m.id + "'";
    m.title = text(j.value("title", json()), where + " title");
    const std::string kind = str(j, "kind", where);
    if (kind == "matrix")
        m.kind = MethodKind::Matrix;
    else if (kind == "avt")
        m.kind = MethodKind::Avt;
    else
        fail(where + ": kind must be matrix or avt, not '" + kind + "'");
    const std::string rule = str(j, "value", where);
    if (rule == "product")
        m.combine = Combine::Product;
    else if (rule == "sum")
        m.combine = Combine::Sum;
    else if (rule == "grid" && m.kind == MethodKind::Matrix)
        m.combine = Combine::Grid;
    else
        fail(where + ": value must be product, sum" +
             std::string(m.kind == MethodKind::Matrix ? " or grid" : "") + ", not '" + rule + "'");

    const json& scales = j.value("scales", json());
    if (!scales.is_object())
        fail(where + ": missing scales");
    auto names = m.kind == MethodKind::Matrix ? std::span<const char* const>(kMatrixScales)
                                              : std::span<const char* const>(kAvtScales);
    for (const char* name : names)
    {
        if (!scales.contains(name))
            fail(where + ": missing scale '" + name + "'");
        const json& s = scales[name];
        Scale sc;
        sc.key = name;
        if (!s.is_object() || !s.contains("levels") || !s["levels"].is_number_integer())
            fail(where + ": scale '" + sc.key + "' needs an integer 'levels'");
        // Range-checked as written: 4294967301 must not wrap to 5.
        const auto levels = integerIn(s["levels"], 3, 7);
        if (!levels)
            fail(where + ": scale '" + sc.key + "' has " + s["levels"].dump() +
                 " levels; 3 to 7 are allowed");
        sc.levels = int(*levels);
        if (s.contains("labels"))
        {
            if (!s["labels"].is_array() || int(s["labels"].size()) != sc.levels)
                fail(where + ": scale '" + sc.key + "' needs exactly one label per level");
            bool anyFormer = false;
            for (const json& l : s["labels"])
            {
                sc.labels.push_back(text(l, where + " scale '" + sc.key + "' label"));
                std::vector<std::string> former;
                if (l.contains("formerly"))
                {
                    if (!l["formerly"].is_array())
                        fail(where + ": scale '" + sc.key + "' label 'formerly' must be a list");
                    for (const json& f : l["formerly"])
                    {
                        if (!f.is_string() || f.get<std::string>().empty())
                            fail(where + ": scale '" + sc.key +
                                 "' label 'formerly' holds a non-text or empty entry");
                        former.push_back(f.get<std::string>());
                    }
                }
                anyFormer = anyFormer || !former.empty();
                sc.formerLabels.push_back(std::move(former));
            }
            if (!anyFormer)
                sc.formerLabels.clear();
        }
        m.scales.push_back(std::move(sc));
    }
    if (scales.size() != names.size())
        fail(where + ": unexpected scale (a " + kind + " method has exactly " +
             std::to_string(names.size()) + ")");

    // The values the method can produce.
    std::vector<double> values;
    if (m.combine == Combine::Grid)
    {
        const json& g = j.value("grid", json());
        const int rows = m.scales[0].levels, cols = m.scales[1].levels;
        if (!g.is_array() || int(g.size()) != rows)
            fail(where + ": the grid needs " + std::to_string(rows) +
                 " rows (one per likelihood level)");
        for (const json& row : g)
        {
            if (!row.is_array() || int(row.size()) != cols)
                fail(where + ": every grid row needs " + std::to_string(cols) +
                     " values (one per impact level)");
            std::vector<double> r;
            for (const json& v : row)
            {
                if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < 0)
                    fail(where + ": grid values must be non-negative numbers");
                r.push_back(v.get<double>());
                values.push_back(v.get<double>());
            }
            m.grid.push_back(std::move(r));
        }
    }
    else
    {
        if (j.contains("grid"))
            fail(where + ": a grid is only used with value 'grid'");
        // Enumerate all combinations (at most 7^3 = 343).
        std::vector<int> in(m.scales.size(), 1);
        for (;;)
        {
            values.push_back(m.value(in));
            std::size_t k = 0;
            while (k < in.size() && ++in[k] > m.scales[k].levels)
                in[k++] = 1;
            if (k == in.size())
                break;
        }
    }
    m.minValue = *std::min_element(values.begin(), values.end());
    m.maxValue = *std::max_element(values.begin(), values.end());

    const json& levels = j.value("levels", json());
    if (!levels.is_array() || levels.size() < 2 || levels.size() > 7)
        fail(where + ": needs 2 to 7 levels");
    for (const json& l : levels)
    {
        RiskLevel lv;
        if (!l.is_object() || !l.contains("min") || !l.contains("max") || !l["min"].is_number() ||
            !l["max"].is_number())
            fail(where + ": every level needs numeric min and max");
        lv.min = l["min"].get<double>();
        lv.max = l["max"].get<double>();
        lv.label = text(l.value("label", json()), where + " level label");
        lv.color = l.value("color", std::string("#9E9E9E"));
        if (lv.color.size() != 7 || lv.color[0] != '#' ||
            lv.color.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos)
            fail(where + ": level '" + lv.label.en + "' colour must be #RRGGBB");
        if (lv.min > lv.max)
            fail(where + ": level '" + lv.label.en + "' has min above max");
        if (!m.levels.empty())
        {
            const RiskLevel& prev = m.levels.back();
            if (lv.min <= prev.max)
                fail(where + ": levels '" + prev.label.en + "' and '" + lv.label.en +
                     "' overlap (" + num(prev.max) + " and " + num(lv.min) + ")");
            // Values are whole numbers (levels, products, sums; grids may hold decimals): a
            // gap is a value between two levels that the method can produce, or more than one
            // whole step between them.
            const bool produced = std::any_of(values.begin(), values.end(),
                                              [&](double v) { return v > prev.max && v < lv.min; });
            if (produced || lv.min - prev.max > 1)
                fail(where + ": gap between levels '" + prev.label.en + "' (up to " +
                     num(prev.max) + ") and '" + lv.label.en + "' (from " + num(lv.min) + ")");
        }
        m.levels.push_back(std::move(lv));
    }
    if (m.levels.front().min > m.minValue || m.levels.back().max < m.maxValue)
        fail(where + ": levels cover " + num(m.levels.front().min) + "–" +
             num(m.levels.back().max) + " but the method produces " + num(m.minValue) + "–" +
             num(m.maxValue));

    const json& acc = j.value("acceptance", json());
    if (acc.is_object() && acc.contains("maxValue") && acc["maxValue"].is_number())
        m.acceptMax = acc["maxValue"].get<double>();
    else if (acc.is_object() && acc.contains("maxLevel") && acc["maxLevel"].is_string())
    {
        const std::string want = acc["maxLevel"].get<std::string>();
        auto it = std::find_if(m.levels.begin(), m.levels.end(),
                               [&](const RiskLevel& l)
                               { return l.label.en == want || l.label.ja == want; });
        if (it == m.levels.end())
            fail(where + ": acceptance maxLevel '" + want + "' is not one of the levels");
        m.acceptMax = it->max;
    }
    else
        fail(where + ": needs acceptance {\"maxValue\": n} or {\"maxLevel\": \"label\"}");
    if (m.acceptMax < m.minValue || m.acceptMax > m.maxValue)
        fail(where + ": the acceptance criterion " + num(m.acceptMax) +
             " lies outside the method's values " + num(m.minValue) + "–" + num(m.maxValue));
    return m;
}

std::vector<RiskMethod> loadPresets()
{
    const json j = json_read::parse(data::kRiskMethods, "risk methods data");
    std::vector<RiskMethod> out;
    for (const json& m : json_read::array(j, "methods", "risk methods"))
        out.push_back(build(m, Origin::Preset));
    return out;
}

} // namespace

double RiskMethod::value(std::span<const int> in) const noexcept
{
    switch (combine)
    {
    case Combine::Grid:
        return grid[std::size_t(in[0] - 1)][std::size_t(in[1] - 1)];
    case Combine::Sum:
    {
        double s = 0;
        for (int v : in)
            s += v;
        return s;
    }
    case Combine::Product:
        break;
    }
    double p = 1;
    for (int v : in)
        p *= v;
    return p;
}

std::optional<double> RiskMethod::producible(double v) const noexcept
{
    if (!std::isfinite(v))
        return std::nullopt;
    // Levels are whole numbers and product and sum rules combine them into whole numbers; a
    // grid may hold other values. A whole number within a rounding error counts as one (a
    // formula's 3.0000000000000004 is 3; 4.9999999999 is no 5).
    const double whole = std::round(v);
    if (std::fabs(v - whole) <= 1e-12 * std::max(1.0, std::fabs(v)))
        return whole;
    if (combine == Combine::Grid)
        for (const auto& row : grid)
            for (double g : row)
                if (g == v)
                    return v;
    return std::nullopt;
}

Result<double> RiskMethod::checkValue(double v, int argIndex) const
{
    if (!std::isfinite(v) || v < levels.front().min || v > levels.back().max)
        return invalidArgument(argIndex, "risk value " + num(v) + " is outside method '" + id +
                                             "' (" + num(levels.front().min) + "–" +
                                             num(levels.back().max) + ")");
    const auto p = producible(v);
    if (!p)
        return invalidArgument(
            argIndex, "risk value " + num(v) + " is no value method '" + id + "' can produce (" +
                          (combine == Combine::Grid ? "whole numbers or a value of its "
                                                      "grid"
                                                    : "whole numbers") +
                          ")");
    return *p;
}

Result<const RiskLevel*> RiskMethod::levelOf(double v, int argIndex) const
{
    auto checked = checkValue(v, argIndex);
    if (!checked.ok())
        return checked.error();
    for (const RiskLevel& l : levels)
        if (*checked <= l.max)
            return &l;
    return &levels.back();
}

Result<bool> RiskMethod::acceptable(double v, int argIndex) const
{
    auto checked = checkValue(v, argIndex);
    if (!checked.ok())
        return checked.error();
    return *checked <= acceptMax;
}

Result<RiskMethod> parseRiskMethod(std::string_view text)
{
    try
    {
        if (text.size() > 64 * 1024)
            return invalidArgument(0, "risk method definition larger than 64 KiB");
        json j;
        if (auto problem = json_read::parseUserJson(text, j, /*ignoreComments=*/true))
            return invalidArgument(0, problem->syntax ? "risk method definition is not valid JSON"
                                                      : "risk method definition: " + problem->text);
        return build(j, Origin::Custom);
    }
    catch (const std::exception& e)
    {
        return invalidArgument(0, e.what());
    }
}

const std::vector<RiskMethod>& presetMethods()
{
    static const std::vector<RiskMethod> presets = []
    {
        try
        {
            return loadPresets();
        }
        catch (const std::exception& e)
        {
            throw std::logic_error(std::string("risk method presets: ") +
                                   e.what()); // a build defect
        }
    }();
    return presets;
}

const RiskMethod* findPreset(std::string_view id) noexcept
{
    std::u16string wide(id.begin(), id.end());
    for (const RiskMethod& m : presetMethods())
    {
        std::u16string mid(m.id.begin(), m.id.end());
        if (isKeyword(wide, {mid}))
            return &m;
    }
    return nullptr;
}

const RiskMethod& defaultMethod()
{
    return *findPreset("5x5");
}

Result<int> parseLevelNumber(const Scale& scale, double number, int argIndex)
{
    if (!std::isfinite(number) || number != std::floor(number) || number < 1 ||
        number > scale.levels)
        return invalidArgument(argIndex, scale.key + " must be a whole number from 1 to " +
                                             std::to_string(scale.levels) + ", not " + num(number));
    return int(number);
}

Result<int> parseLevelText(const Scale& scale, std::u16string_view text, int argIndex)
{
    // Trim, fold full-width digits.
    std::u16string t;
    for (char16_t c : text)
        t += (c >= u'０' && c <= u'９') ? char16_t(c - u'０' + u'0') : c;
    const std::u16string_view v = trimmed(t);
    if (v.empty())
        return invalidArgument(argIndex, scale.key + " is empty");
    if (std::all_of(v.begin(), v.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; }) &&
        v.size() <= 3)
    {
        int n = 0;
        for (char16_t c : v)
            n = n * 10 + (c - u'0');
        return parseLevelNumber(scale, n, argIndex);
    }
    for (std::size_t i = 0; i < scale.labels.size(); ++i)
    {
        const auto& l = scale.labels[i];
        std::u16string en(l.en.begin(), l.en.end()); // labels' English is ASCII
        for (char16_t& c : en)
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c - u'A' + u'a'); // isKeyword compares with lower-case words
        if (isKeyword(v, {en}) || utf8Equals(v, l.ja))
            return int(i + 1);
    }
    // A label a preset has since renamed (a sheet typed before the rename), after every
    // current label so that a current label always wins.
    for (std::size_t i = 0; i < scale.formerLabels.size(); ++i)
        for (const std::string& former : scale.formerLabels[i])
            if (utf8Equals(v, former))
                return int(i + 1);
    return invalidArgument(argIndex, scale.key + " '" + keywordForMessage(v) +
                                         "' is not a level of the scale");
}

} // namespace isms
