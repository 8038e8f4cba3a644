// Fuzz target: the workbook's document properties: parseWorkbookSettings over any text for
// each ISMS.* property, splitList, parseCertification, and the method a cell function or the
// register uses (resolveRiskMethod, methodForRegister). Input: u8 flags, then texts (readText
// in fuzz_grid.hpp) for Role, ServiceModels, CloudServices, Language, RiskMethod, the four
// certificate dates, Scope, CloudScope and a method name.
#include "fuzz_grid.hpp"

#include "isms/register_scoring.hpp"
#include "isms/review.hpp"
#include "isms/workbook_settings.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms;

bool blank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\u3000';
}

void checkList(std::u16string_view s)
{
    for (const std::u16string& part : splitList(s))
    {
        if (part.empty() || blank(part.front()) || blank(part.back()) || part.size() > s.size())
            __builtin_trap();
        for (char16_t c : part)
            if (c == u',' || c == u'、' || c == u';' || c == u'；' || c == u'/' || c == u'\n')
                __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::Input in(data, size);
    const std::uint8_t flags = in.u8();
    WorkbookSettingsText raw;
    raw.role = fuzz::readText(in);
    raw.serviceModels = fuzz::readText(in);
    raw.cloudServices = fuzz::readText(in);
    raw.language = fuzz::readText(in);
    raw.riskMethod = fuzz::readText(in);
    for (const std::u16string* s :
         {&raw.role, &raw.serviceModels, &raw.cloudServices, &raw.language, &raw.riskMethod})
        checkList(*s);

    const WorkbookSettings settings = parseWorkbookSettings(raw);
    static const char* models[] = {"IaaS", "PaaS", "SaaS"};
    std::size_t next = 0;
    for (const std::string& m : settings.serviceModels)
    {
        while (next < 3 && m != models[next])
            ++next;
        if (next++ >= 3)
            __builtin_trap(); // not one of the three, or out of order
    }
    for (const std::string& s : settings.cloudServices)
        if (s.empty())
            __builtin_trap();
    if (settings.riskMethod && !settings.riskMethodProblem.empty())
        __builtin_trap();
    if (settings.riskMethod && !settings.riskMethod->levelOf(settings.riskMethod->minValue, 0).ok())
        __builtin_trap();

    CertificationText cert;
    cert.issued27001 = fuzz::readText(in);
    cert.expiry27001 = fuzz::readText(in);
    cert.issued27017 = fuzz::readText(in);
    cert.expiry27017 = fuzz::readText(in);
    cert.scope27001 = fuzz::readText(in);
    cert.scope27017 = fuzz::readText(in);
    const Certification c = parseCertification(cert);
    for (const auto& d : {c.issued27001, c.expiry27001, c.issued27017, c.expiry27017})
        if (d && (!std::isfinite(*d) || *d < 1 || *d > 2958465 || *d != std::floor(*d)))
            __builtin_trap();

    const std::u16string name = fuzz::readText(in);
    std::optional<MethodKind> wanted;
    if (flags & 1)
        wanted = (flags & 2) ? MethodKind::Avt : MethodKind::Matrix;
    const char* fallbacks[] = {"5x5", "avt", "3x3", "iso27005"};
    auto resolved = resolveRiskMethod(name, settings, wanted, fallbacks[(flags >> 2) & 3], 1);
    if (resolved.ok() && (!*resolved || (wanted && (*resolved)->kind != *wanted)))
        __builtin_trap();
    const RiskMethod& forRegister = methodForRegister(settings, nullptr);
    if (forRegister.levels.empty())
        __builtin_trap();
    return 0;
}
