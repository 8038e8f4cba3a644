// One pass over a long text for many names (the scope statement against the cloud services).

#include "isms/text_search.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace isms;

TEST(TextSearch, FindsOverlappingAndNestedNames)
{
    const std::vector<std::u16string> needles{u"he", u"she",     u"his", u"hers",
                                              u"",   u"ushers!", u"she", u"s"};
    const auto found = occurringIn(u"ushers", needles);
    const std::vector<bool> expected{true, true, false, true, false, false, true, true};
    EXPECT_EQ(found, expected);
    EXPECT_EQ(occurringIn(u"", needles), std::vector<bool>(needles.size(), false));
    EXPECT_TRUE(occurringIn(u"当社の経費精算クラウドの提供", {u"経費精算クラウド"})[0]);
    EXPECT_FALSE(occurringIn(u"経費精算", {u"経費精算クラウド"})[0]);
}

TEST(TextSearch, AgreesWithASearchPerNameOnRandomTexts)
{
    std::mt19937 random(20261201);
    auto word = [&](std::size_t maxLength)
    {
        std::u16string s(std::uniform_int_distribution<std::size_t>(0, maxLength)(random), u'a');
        for (char16_t& c : s)
            c = char16_t(u'a' + std::uniform_int_distribution<int>(0, 2)(random));
        return s;
    };
    for (int round = 0; round < 2000; ++round)
    {
        const std::u16string text = word(40);
        std::vector<std::u16string> needles;
        for (int i = 0; i < 6; ++i)
            needles.push_back(word(5));
        const auto found = occurringIn(text, needles);
        for (std::size_t i = 0; i < needles.size(); ++i)
            ASSERT_EQ(found[i],
                      !needles[i].empty() && text.find(needles[i]) != std::u16string::npos)
                << "round " << round << ", needle " << i;
    }
}

TEST(TextSearch, HundredThousandNamesInAMegabyteOfText)
{
    std::vector<std::u16string> needles;
    for (int i = 0; i < 100000; ++i)
    {
        const std::string digits = std::to_string(i);
        needles.push_back(u"service-" + std::u16string(1, char16_t(u'a' + i % 26)) +
                          std::u16string(digits.begin(), digits.end()));
    }
    std::u16string text(1000000, u'x');
    text.replace(500000, 14, u"service-d9999x"); // not a name: 9999 % 26 is 15, so "p"
    const auto found = occurringIn(text, needles);
    std::size_t count = 0;
    for (const bool f : found)
        count += f ? 1 : 0;
    EXPECT_EQ(count, 0u);
    text.replace(500000, 14, u"service-d99999");
    EXPECT_TRUE(occurringIn(text, needles)[99999]);
}
