// Benchmark (not a test): detecting, reading and scoring a 10,000-row risk register in the
// core (the sheet itself arrives in one getDataArray). Usage: isms_register_bench [rows=10000]

#include "isms/register.hpp"
#include "isms/register_scoring.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace
{

isms::Grid makeRegister(int risks)
{
    const std::vector<std::u16string> header = {
        u"No.",        u"資産",   u"機密性",       u"完全性",       u"可用性",
        u"脅威",       u"脆弱性", u"脅威レベル",   u"脆弱性レベル", u"リスク値",
        u"リスク対応", u"管理策", u"リスク所有者", u"備考"};
    const std::vector<std::u16string> controls = {u"A.9.2.3 特権の管理、A.12.4.1",
                                                  u"CLD.9.5.1; A.13.1.3", u"5.23, 8.16",
                                                  u"A.18.2.3\nA.12.6.1", u"A.8.1.1 / A.8.2.2"};
    isms::Grid g(risks + 3, int(header.size()));
    g.at(0, 0).text = u"リスクアセスメント表";
    for (std::size_t c = 0; c < header.size(); ++c)
        g.at(2, int(c)).text = header[c];
    for (int i = 0; i < risks; ++i)
    {
        const int r = i + 3;
        auto num = [&](int c, double v)
        {
            g.at(r, c).number = v;
            g.at(r, c).isNumber = true;
        };
        num(0, i + 1);
        g.at(r, 1).text = u"顧客データベース";
        num(2, 1 + i % 3);
        num(3, 1 + (i / 3) % 3);
        num(4, 1 + (i / 9) % 3);
        g.at(r, 5).text = u"不正アクセス";
        g.at(r, 6).text = u"認証の不備";
        num(7, 1 + i % 3);
        num(8, 1 + (i / 2) % 3);
        num(9, 1);
        g.at(r, 10).text = u"低減";
        g.at(r, 11).text = controls[std::size_t(i) % controls.size()];
        g.at(r, 12).text = u"情報システム部長";
    }
    return g;
}

double ms(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

} // namespace

int main(int argc, char** argv)
{
    const int rows = argc > 1 ? std::max(100, std::atoi(argv[1])) : 10000;
    const isms::Grid grid = makeRegister(rows);
    const isms::RiskMethod& avt = *isms::findPreset("avt");
    (void)isms::Catalog::builtin(); // parse the catalog outside the timing
    std::vector<double> detect, read, score;
    std::size_t risks = 0, scored = 0;
    for (int rep = 0; rep < 5; ++rep)
    {
        auto t0 = std::chrono::steady_clock::now();
        auto map = isms::detectRegister(grid);
        auto t1 = std::chrono::steady_clock::now();
        const isms::Register reg = isms::readRegister(grid, *map);
        auto t2 = std::chrono::steady_clock::now();
        scored = 0;
        for (const auto& r : reg.risks)
            scored += isms::scoreRisk(r, avt).inherent ? 1 : 0;
        auto t3 = std::chrono::steady_clock::now();
        detect.push_back(ms(t1 - t0));
        read.push_back(ms(t2 - t1));
        score.push_back(ms(t3 - t2));
        risks = reg.risks.size();
    }
    auto median = [](std::vector<double> v)
    {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("register of %d rows: %zu risks read, %zu scored (median of 5)\n", rows, risks,
                scored);
    std::printf(
        "detect header: %.2f ms; read rows (ids parsed): %.2f ms; score: %.2f ms; total %.2f ms\n",
        median(detect), median(read), median(score), median(detect) + median(read) + median(score));
    return risks == std::size_t(rows) ? 0 : 1;
}
