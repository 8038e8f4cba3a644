// Writes the seed corpora of the grid-based fuzz targets from the fixture workbooks (flat ODS)
// in sheets/fixtures, in the byte format of fuzz_grid.hpp. A maintainer's tool, not a test:
//   cmake --build B --target fuzz_seed_gen && B/tests/fuzz/fuzz_seed_gen SOURCE_DIR
// rewrites SOURCE_DIR/tests/fuzz/seeds/{register,soa_table,review}/fixture-*.bin, and the
// made-up seeds of every other new target (risk_method: the shipped presets from
// core/data/risk-methods.json and hostile definitions; id_cell, settings, formula_text).
#include "fods_grid.hpp"
#include "fuzz_grid.hpp"

#include "isms/register.hpp"
#include "isms/soa_table.hpp"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace isms;

namespace
{

constexpr int kSeedRows = 60; // enough for a header, cover rows and some data rows
constexpr std::size_t kSeedText = 48;

/// The grid cropped to kSeedRows rows, texts cut to kSeedText bytes (seeds stay small).
Grid cropped(const Grid& g, int rows = kSeedRows)
{
    Grid out(std::min(g.rows(), rows), std::min(g.cols(), fuzz::kMaxCols - 1));
    for (int r = 0; r < out.rows(); ++r)
        for (int c = 0; c < out.cols(); ++c)
        {
            GridCell cell = g.at(r, c);
            if (!cell.isNumber)
            {
                std::string s = toUtf8(cell.text);
                if (s.size() > kSeedText)
                {
                    std::size_t n = kSeedText;
                    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
                        --n;
                    s.resize(n);
                }
                cell.text = toUtf16(s);
            }
            out.at(r, c) = std::move(cell);
        }
    return out;
}

std::map<std::string, std::string> properties(const fs::path& file)
{
    using boost::property_tree::ptree;
    ptree doc;
    boost::property_tree::read_xml(file.string(), doc);
    std::map<std::string, std::string> out;
    if (auto meta = doc.get_child_optional("office:document.office:meta"))
        for (const auto& [key, node] : *meta)
            if (key == "meta:user-defined")
                out[node.get<std::string>("<xmlattr>.meta:name", "")] = node.data();
    return out;
}

void write(const fs::path& dir, const std::string& name, const std::string& bytes)
{
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << bytes;
    std::printf("%s/%s: %zu bytes\n", dir.filename().c_str(), name.c_str(), bytes.size());
}

std::vector<fs::path> fixtures(const fs::path& dir)
{
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".fods")
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

/// A small grid from rows of cells (numbers or texts).
Grid gridOf(const std::vector<std::vector<GridCell>>& rows)
{
    std::size_t cols = 0;
    for (const auto& r : rows)
        cols = std::max(cols, r.size());
    Grid g(int(rows.size()), int(cols));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            g.at(int(r), int(c)) = rows[r][c];
    return g;
}

GridCell txt(const char* s)
{
    GridCell c;
    c.text = toUtf16(s);
    return c;
}

GridCell num(double d)
{
    GridCell c;
    c.isNumber = true;
    c.number = d;
    return c;
}

void madeUpSeeds(const fs::path& root)
{
    const fs::path seeds = root / "tests/fuzz/seeds";

    // risk_method: the presets one by one, then hostile definitions
    std::ifstream presets(root / "core/data/risk-methods.json");
    const std::string text((std::istreambuf_iterator<char>(presets)),
                           std::istreambuf_iterator<char>());
    const auto all = nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/true);
    std::string fiveByFive;
    for (const auto& m : all["methods"])
    {
        write(seeds / "risk_method", "preset-" + m["id"].get<std::string>() + ".json", m.dump());
        if (m["id"] == "5x5")
            fiveByFive = m.dump();
    }
    const Grid levels = gridOf({{num(3), num(4), txt("高"), txt("Likely"), txt("Major")},
                                {txt("５"), txt(" 2 "), num(2.5), txt("#N/A"), txt("Err:502")},
                                {num(0), num(7), txt("Almost certain"), txt(""), num(1e308)}});
    fuzz::Writer scored;
    scored.out = fiveByFive;
    scored.u8(0);
    scored.grid(levels);
    write(seeds / "risk_method", "preset-5x5-with-cells.bin", scored.out);
    write(seeds / "risk_method", "hostile-deep-nesting.json",
          std::string(5000, '[') + std::string(5000, ']'));
    write(seeds / "risk_method", "hostile-deep-objects.json",
          []
          {
              std::string s;
              for (int i = 0; i < 2000; ++i)
                  s += "{\"a\":";
              return s + "1" + std::string(2000, '}');
          }());
    write(
        seeds / "risk_method", "hostile-duplicate-keys.json",
        R"({"id":"d","id":"dup","kind":"avt","kind":"matrix","value":"sum","title":{"en":"x","ja":"x"},)"
        R"("scales":{"likelihood":{"levels":3},"impact":{"levels":3},"impact":{"levels":4}},)"
        R"("levels":[{"min":2,"max":4,"label":{"en":"L","ja":"L"}},{"min":5,"max":7,"label":{"en":"H","ja":"H"}}],)"
        R"("acceptance":{"maxValue":4,"maxValue":1e308}})");
    write(
        seeds / "risk_method", "hostile-huge-numbers.json",
        R"({"id":"h","kind":"matrix","value":"grid","title":{"en":"x","ja":"x"},)"
        R"("scales":{"likelihood":{"levels":4294967299},"impact":{"levels":3}},)"
        R"("grid":[[1e308,1.7976931348623157e308,0],[4.9e-324,1e-400,1e400],[18446744073709551615,-0,2]],)"
        R"("levels":[{"min":-1e308,"max":1e308,"label":{"en":"L","ja":"L"}},{"min":1e309,"max":1e999,"label":{"en":"H","ja":"H"}}],)"
        R"("acceptance":{"maxValue":9223372036854775807}})");
    write(seeds / "risk_method", "hostile-comments.json",
          "// a method\n{\"id\":\"c\", /* unterminated");

    // id_cell: flags, a text, a cell, a formula, a grid (first column: ids as numbers)
    struct IdSeed
    {
        const char* name;
        unsigned flags;
        const char* text;
        GridCell cell;
        const char* formula;
    };
    const IdSeed idSeeds[] = {
        {"list", 1, "A.5.17 Looking after passwords, A.8.5 Strong sign-in", txt("Control 7.1, 7.2"),
         "=ISMS.CONTROL(\"A.9.2.3\")&ISMS.TITLE(\"5.15\")"},
        {"fullwidth", 3, "Ａ．９．２．３、「５．１５」", num(40179), "=\"A.12.1.1\"&'A.9.2.3'!A1"},
        {"clauses", 8, "6.1.2, 9.2, A.12.1.1 A.18.1.1", num(5.1), "=IF(A1=\"\";\"\";\"A.18.1.1\")"},
        {"repeats", 5, "A.12.6.1 / A.12.6.1 / 8.8 and Control 8.20", num(46022), ""},
        {"errors", 0, "#N/A Err:502 CLD.9.5.1 CLD.6.3.1", txt("A.15.3.2"), "=\"unterminated"},
    };
    const Grid column = gridOf({{num(5.1)},
                                {num(5.9)},
                                {num(5.1)},
                                {num(5.11)},
                                {txt("5.2")},
                                {num(8.2)},
                                {num(8.3)},
                                {num(40179)},
                                {txt("#N/A")}});
    for (const IdSeed& s : idSeeds)
    {
        fuzz::Writer w;
        w.u8(s.flags);
        w.text(s.text);
        w.cell(s.cell);
        w.text(s.formula);
        w.grid(column);
        write(seeds / "id_cell", std::string(s.name) + ".bin", w.out);
    }

    // settings: flags, Role, ServiceModels, CloudServices, Language, RiskMethod, four dates,
    // Scope, CloudScope, a method name
    const std::vector<std::vector<std::string>> settings = {
        {"provider", "SaaS, IaaS", "Example Tasks (SaaS)", "en", "5x5", "2025-04-01", "2028-03-31",
         "2025-10-01", "2028-03-31", "Head office", "Example Tasks", "avt"},
        {"クラウドサービス提供者", "ＳａａＳ／ＰａａＳ", "タスク管理、ファイル共有；", "日本語",
         fiveByFive, "2025年4月1日", "２０２８／０３／３１", "46022", "47483.5", "本社",
         "タスク管理", " 5X5 "},
        {"both", ";;,,\n", " , ", "fr", "{\"id\":", "2025-02-30", "1899-12-31", "0",
         "9999-12-31T10:00", "", "", "unknown"},
    };
    for (std::size_t i = 0; i < settings.size(); ++i)
    {
        fuzz::Writer w;
        w.u8(unsigned(i * 5));
        for (const std::string& s : settings[i])
            w.text(s);
        write(seeds / "settings", "settings-" + std::to_string(i) + ".bin", w.out);
    }

    // formula_text: formulas as Calc returns them
    const char* formulas[] = {
        "=ORG.ISMSCALC.FUNCTIONS.CONTROL(\"A.9.2.3\";\"title\")",
        "=ISMS.RISK(B2;C2;\"5x5\")",
        "=IF('ISMS.CONTROL(x)'.A1=\"ISMS.CONTROL(\";\"a\"\"b\";ISMS.TITLE (A1))",
        "=SUM(A1:A3)&\"unterminated",
        "=isms.",
    };
    for (std::size_t i = 0; i < std::size(formulas); ++i)
        write(seeds / "formula_text", "formula-" + std::to_string(i) + ".txt", formulas[i]);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        std::fprintf(stderr, "usage: %s SOURCE_DIR\n", argv[0]);
        return 2;
    }
    const fs::path root = argv[1];
    const fs::path seeds = root / "tests/fuzz/seeds";
    for (const char* t : {"register", "soa_table", "review"})
        if (fs::exists(seeds / t))
            for (const auto& e : fs::directory_iterator(seeds / t))
                if (e.path().filename().string().starts_with("fixture-"))
                    fs::remove(e.path());

    std::vector<fs::path> files = fixtures(root / "sheets/fixtures/register-layouts");
    for (const fs::path& f : fixtures(root / "sheets/fixtures/messy"))
        files.push_back(f);
    int registers = 0, soas = 0;
    for (const fs::path& file : files)
    {
        int index = 0;
        for (const test::FodsSheet& sheet : test::readFods(file.string()))
        {
            const Grid grid = cropped(sheet.grid);
            const std::string stem = "fixture-" + file.stem().string() +
                                     (index++ ? "-" + std::to_string(index) : std::string());
            if (auto map = detectRegister(grid); map.ok() && registers < 10)
            {
                fuzz::Writer w;
                w.grid(grid);
                w.str8(sheet.name);
                w.str16(registerMapToJson(*map, sheet.name));
                write(seeds / "register", stem + ".bin", w.out);
                ++registers;
            }
            if (auto t = detectSoaTable(sheet.grid, sheet.name); t.ok() && soas < 8)
            {
                // an SoA seed keeps every row up to the grid limit: the ids' order matters
                const Grid whole = cropped(sheet.grid, fuzz::kMaxRows - 1);
                SoaMap m;
                m.sheet = t->sheet;
                m.headerRow = t->headerRow;
                m.headerRows = t->headerRows;
                m.column = t->column;
                fuzz::Writer w;
                w.grid(whole);
                w.str8(sheet.name);
                w.str16(soaMapToJson(m));
                write(seeds / "soa_table", stem + ".bin", w.out);
                ++soas;
            }
        }
    }

    for (const char* name : {"clean-en", "clean-ja", "cited-excluded-en", "cert-outlives-en",
                             "no-role-ja", "soa-2013-en"})
    {
        const fs::path file = root / "sheets/fixtures/review" / (std::string(name) + ".fods");
        Grid reg, soa;
        std::string regJson, soaJson;
        for (const test::FodsSheet& sheet : test::readFods(file.string()))
        {
            if (auto map = detectRegister(sheet.grid); map.ok() && reg.rows() == 0)
            {
                reg = cropped(sheet.grid, 40);
                regJson = registerMapToJson(*map, sheet.name);
            }
            else if (auto t = detectSoaTable(sheet.grid, sheet.name); t.ok() && soa.rows() == 0)
                soa = cropped(sheet.grid, fuzz::kMaxRows - 1);
        }
        auto props = properties(file);
        fuzz::Writer w;
        w.u8(0);
        for (const char* p :
             {"ISMS.Role", "ISMS.ServiceModels", "ISMS.CloudServices", "ISMS.Language",
              "ISMS.RiskMethod", "ISMS.Cert27001Issued", "ISMS.Cert27001Expiry",
              "ISMS.Cert27017Issued", "ISMS.Cert27017Expiry", "ISMS.Scope", "ISMS.CloudScope"})
            w.text(props[p]);
        w.str8(props.count("ISMS.SoaMap") ? "stored SoA map unusable" : "");
        w.grid(reg);
        w.grid(soa);
        w.str8("");
        w.str8("");
        w.str16(regJson);
        w.str16(soaJson);
        write(seeds / "review", "fixture-" + file.stem().string() + ".bin", w.out);
    }
    madeUpSeeds(root);
    return 0;
}
