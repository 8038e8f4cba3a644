// Fuzz target: the auditor's review over any workbook: a register grid and an SoA grid (found
// by detection, or read with stored ISMS.RegisterMap / ISMS.SoaMap JSON), settings and
// certificate properties, then review(), findingsToJson and findingsToCsv. Input (fuzz_grid.hpp):
// u8 flags, texts (readText) for Role, ServiceModels, CloudServices, Language, RiskMethod, the
// four certificate dates, Scope and CloudScope; str8 soaMapProblem; the register grid; the SoA
// grid; str8 sheet-name suffixes; str16 register map JSON; str16 SoA map JSON.
#include "fuzz_grid.hpp"
#include "output_checks.hpp"

#include "isms/register.hpp"
#include "isms/review.hpp"
#include "isms/soa_table.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace
{

using namespace isms;

void checkCsv(const std::vector<Finding>& findings, Lang lang)
{
    const auto records = fuzz::parseCsv(findingsToCsv(findings, lang));
    if (!records || records->size() != findings.size() + 1)
        __builtin_trap();
    for (const auto& record : *records)
    {
        if (record.size() != 6)
            __builtin_trap();
        for (const std::string& f : record)
            if (!f.empty() && std::string_view("=+-@\t\r").find(f[0]) != std::string_view::npos)
                __builtin_trap(); // would be taken for a formula
    }
}

void checkLocation(const Location& where, const std::string& sheet, const Grid& grid)
{
    if (where.sheet != sheet)
        return;
    if (where.row < -1 || where.row >= grid.rows() || where.col < -1 || where.col >= grid.cols())
        __builtin_trap();
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
    CertificationText cert;
    cert.issued27001 = fuzz::readText(in);
    cert.expiry27001 = fuzz::readText(in);
    cert.issued27017 = fuzz::readText(in);
    cert.expiry27017 = fuzz::readText(in);
    cert.scope27001 = fuzz::readText(in);
    cert.scope27017 = fuzz::readText(in);
    const std::string soaMapProblem = toUtf8(toUtf16(in.str8()));
    const Grid regGrid = fuzz::readGrid(in);
    const Grid soaGrid = fuzz::readGrid(in);
    // distinct names: a location names the grid it points into
    const std::string regSheet = "Register" + toUtf8(toUtf16(in.str8()));
    const std::string soaSheet = "SoA" + toUtf8(toUtf16(in.str8()));
    const std::string_view regJson = in.str16();
    const std::string_view soaJson = in.str16();

    ReviewInput input;
    input.settings = parseWorkbookSettings(raw);
    input.cert = parseCertification(cert);
    input.soaMapProblem = soaMapProblem;
    input.registerSheet = regSheet;

    std::optional<Register> reg;
    if (!(flags & 4))
    {
        auto stored =
            (flags & 1) ? registerMapFromJson(regJson) : Result<StoredRegisterMap>(Error{});
        if (stored.ok())
        {
            reg = readRegister(regGrid, stored->map);
            input.registerFromStoredMap = true;
        }
        else if (auto map = detectRegister(regGrid); map.ok())
            reg = readRegister(regGrid, *map);
    }
    if (reg)
        input.reg = &*reg;

    std::optional<SoaTable> soa;
    if (!(flags & 8))
    {
        if (auto stored = (flags & 2) ? soaMapFromJson(soaJson) : Result<SoaMap>(Error{});
            stored.ok())
        {
            SoaMap m = *stored;
            m.sheet = soaSheet;
            soa = readSoaTable(soaGrid, m);
        }
        else if (auto t = detectSoaTable(soaGrid, soaSheet); t.ok())
            soa = std::move(t).value();
    }
    if (soa)
        input.soa = &*soa;

    const std::vector<Finding> findings = review(Catalog::builtin(), input);
    for (std::size_t i = 0; i < findings.size(); ++i)
    {
        const Finding& f = findings[i];
        if (f.rule.empty() || f.message.en.empty() || f.message.ja.empty())
            __builtin_trap();
        if (i > 0 && findings[i - 1].severity > f.severity)
            __builtin_trap(); // sorted by severity, major first
        if (f.where.sheet.empty() && (f.where.row != -1 || f.where.col != -1))
            __builtin_trap(); // the workbook itself has no cells
        if (reg)
            checkLocation(f.where, regSheet, regGrid);
        if (soa)
            checkLocation(f.where, soaSheet, soaGrid);
        (void)cellRef(f.where);
    }
    const std::string json = findingsToJson(findings);
    if (fuzz::jsonArraySize(json) != findings.size())
        __builtin_trap();
    checkCsv(findings, Lang::En);
    checkCsv(findings, Lang::Ja);
    return 0;
}
