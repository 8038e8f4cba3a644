// Runs a fuzz target without libFuzzer (for g++ builds and CI): every seed file given on the
// command line, then a bounded number of deterministic mutations of them (byte flips, cuts,
// duplications, inserted JSON tokens). Exits non-zero only through a crash or trap in the target.
// Usage: <target>_smoke ITERATIONS SEED_FILE...
// With FUZZ_SMOKE_LAST=path set, every input is written to path before it runs (after a crash,
// path holds the input that caused it).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace
{

void run(const std::string& s)
{
    static const char* last = std::getenv("FUZZ_SMOKE_LAST");
    if (last)
        std::ofstream(last, std::ios::binary | std::ios::trunc) << s;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}

std::string mutate(std::string s, std::mt19937& rng)
{
    static const char* tokens[] = {"{",
                                   "}",
                                   "[",
                                   "]",
                                   "\"",
                                   ":",
                                   ",",
                                   "null",
                                   "true",
                                   "1e999",
                                   "\\u0000",
                                   "\\ud800",
                                   "\"title\"",
                                   "\"guidance\"",
                                   "\"en\"",
                                   "\"ja\"",
                                   "\"customer\"",
                                   "\"controls\"",
                                   "A.9.2.3",
                                   "CLD.9.5.1",
                                   "5.15",
                                   "\xEF\xBC\x8E",
                                   "\xC0\xAE"};
    const int steps = 1 + int(rng() % 4);
    for (int k = 0; k < steps; ++k)
    {
        const std::size_t pos = s.empty() ? 0 : rng() % s.size();
        switch (rng() % 5)
        {
        case 0:
            if (!s.empty())
                s[pos] = char(rng());
            break;
        case 1:
            s.erase(pos, rng() % 16);
            break;
        case 2:
            s.insert(pos, tokens[rng() % std::size(tokens)]);
            break;
        case 3:
            s.insert(pos, s.substr(pos, rng() % 64));
            break;
        default:
            s.resize(pos);
            break;
        }
    }
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
    {
        std::fprintf(stderr, "usage: %s ITERATIONS SEED_FILE...\n", argv[0]);
        return 2;
    }
    const long iterations = std::atol(argv[1]);
    std::vector<std::string> seeds;
    for (int i = 2; i < argc; ++i)
    {
        std::ifstream in(argv[i], std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        run(seeds.back());
    }
    std::mt19937 rng(20261127);
    for (long n = 0; n < iterations; ++n)
        run(mutate(seeds[std::size_t(n) % seeds.size()], rng));
    std::printf("%ld inputs, no crash\n", iterations + long(seeds.size()));
    return 0;
}
