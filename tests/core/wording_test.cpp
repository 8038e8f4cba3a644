// Wording of every catalog string: each {"en": …, "ja": …} pair in core/data/*.json (catalog
// titles, 27017 guidance, cloud risk factors, risk methods) is checked against the rules in
// docs/glossary.json, the machine-readable half of docs/glossary.md: no English shorthand or
// American spelling, none of the Japanese variants the glossary rejects, the full
// クラウドサービスカスタマ / クラウドサービスプロバイダ on first mention and never mixed with the
// bare form in one sentence, and Japanese titles that are noun phrases, not sentences.

#include "text_support.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace
{

using json = nlohmann::json;

struct CatalogString
{
    std::string where; ///< file and JSON path, for the failure message
    std::string key;   ///< the key holding the pair: "title", "summary", "label", …
    std::string en;
    std::string ja;
};

std::string readPath(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void collect(const json& j, const std::string& where, const std::string& key,
             std::vector<CatalogString>& out)
{
    if (j.is_object())
    {
        const auto en = j.find("en");
        const auto ja = j.find("ja");
        if (en != j.end() && ja != j.end() && en->is_string() && ja->is_string())
        {
            out.push_back({where, key, en->get<std::string>(), ja->get<std::string>()});
            return;
        }
        for (auto it = j.begin(); it != j.end(); ++it)
            collect(it.value(), where + "/" + it.key(), it.key(), out);
    }
    else if (j.is_array())
    {
        for (std::size_t i = 0; i < j.size(); ++i)
        {
            const json& v = j[i];
            const std::string label = v.is_object() && v.contains("id") && v["id"].is_string()
                                          ? v["id"].get<std::string>()
                                          : std::to_string(i);
            collect(v, where + "[" + label + "]", key, out);
        }
    }
}

/// Every en/ja pair of every core/data/*.json file.
const std::vector<CatalogString>& catalogStrings()
{
    static const std::vector<CatalogString> all = []
    {
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(ISMS_DATA_DIR))
            if (e.path().extension() == ".json")
                files.push_back(e.path());
        std::sort(files.begin(), files.end());
        std::vector<CatalogString> out;
        for (const auto& f : files)
            collect(json::parse(readPath(f), nullptr, true, /*ignore_comments=*/true),
                    f.filename().string(), "", out);
        return out;
    }();
    return all;
}

const json& glossary()
{
    static const json g = json::parse(
        readPath(std::filesystem::path(ISMS_DATA_DIR) / ".." / ".." / "docs" / "glossary.json"));
    return g;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// True when `phrase` (lower case) occurs in `text` (lower case) as whole words.
bool hasWholeWords(std::string_view text, std::string_view phrase)
{
    for (auto pos = text.find(phrase); pos != std::string_view::npos;
         pos = text.find(phrase, pos + 1))
    {
        const bool startOk = pos == 0 || !isWordChar(text[pos - 1]);
        const auto end = pos + phrase.size();
        const bool endOk = end == text.size() || !isWordChar(text[end]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> out;
    std::string w;
    for (char c : text)
    {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            w += c;
        else if (!w.empty())
            out.push_back(lower(std::exchange(w, {})));
    }
    if (!w.empty())
        out.push_back(lower(w));
    return out;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Japanese sentences: the text cut after each 「。」.
std::vector<std::string_view> sentences(std::string_view text)
{
    std::vector<std::string_view> out;
    constexpr std::string_view stop = "。";
    std::size_t begin = 0;
    for (auto pos = text.find(stop); pos != std::string_view::npos; pos = text.find(stop, begin))
    {
        out.push_back(text.substr(begin, pos + stop.size() - begin));
        begin = pos + stop.size();
    }
    if (begin < text.size())
        out.push_back(text.substr(begin));
    return out;
}

/// Offsets of `shortForm` in `text`, each with whether it is part of `fullForm` there.
std::vector<std::pair<std::size_t, bool>>
mentions(std::string_view text, std::string_view shortForm, std::string_view fullForm)
{
    const std::string_view prefix = fullForm.substr(0, fullForm.size() - shortForm.size());
    std::vector<std::pair<std::size_t, bool>> out;
    for (auto pos = text.find(shortForm); pos != std::string_view::npos;
         pos = text.find(shortForm, pos + 1))
        out.emplace_back(pos, pos >= prefix.size() &&
                                  text.substr(pos - prefix.size(), prefix.size()) == prefix);
    return out;
}

std::string report(const std::vector<std::string>& problems)
{
    std::string s = std::to_string(problems.size()) + " problem(s):\n";
    for (const auto& p : problems)
        s += "  " + p + "\n";
    return s;
}

TEST(CatalogWording, ReadsEveryCatalogString)
{
    // 6 data files; 524 pairs when this test was written. A walk that finds far fewer has
    // stopped looking (a renamed key, a moved directory) and would pass everything.
    EXPECT_GE(catalogStrings().size(), 500u);
    for (const auto& s : catalogStrings())
    {
        EXPECT_FALSE(s.en.empty()) << s.where;
        EXPECT_FALSE(s.ja.empty()) << s.where;
        EXPECT_TRUE(isms::test::hasJapanese(s.ja) || s.ja == s.en) << s.where << ": " << s.ja;
    }
}

TEST(CatalogWording, EnglishHasNoShorthandOrAmericanSpelling)
{
    const json& en = glossary().at("en");
    std::vector<std::string> problems;
    for (const auto& s : catalogStrings())
    {
        const std::string text = lower(s.en);
        for (const json& b : en.at("bannedWords"))
        {
            const std::string word = b.at("word").get<std::string>();
            if (hasWholeWords(text, lower(word)))
                problems.push_back(s.where + ": '" + word + "' (use " +
                                   b.at("use").get<std::string>() + "): " + s.en);
        }
        for (const std::string& w : words(s.en))
        {
            const auto& exceptions = en.at("americanEndingExceptions");
            if (std::find(exceptions.begin(), exceptions.end(), w) != exceptions.end())
                continue;
            for (const json& ending : en.at("americanEndings"))
                if (endsWith(w, ending.get<std::string>()) && w != ending.get<std::string>())
                {
                    problems.push_back(s.where + ": American spelling '" + w + "': " + s.en);
                    break;
                }
        }
    }
    EXPECT_TRUE(problems.empty()) << report(problems);
}

TEST(CatalogWording, JapaneseUsesTheGlossaryTerms)
{
    std::vector<std::string> problems;
    for (const auto& s : catalogStrings())
        for (const json& r : glossary().at("ja").at("rejected"))
        {
            const std::string bad = r.at("text").get<std::string>();
            for (auto pos = s.ja.find(bad); pos != std::string::npos; pos = s.ja.find(bad, pos + 1))
            {
                const std::string_view rest = std::string_view(s.ja).substr(pos + bad.size());
                bool allowed = false;
                for (const json& next : r.value("notFollowedBy", json::array()))
                    allowed = allowed || isms::test::startsWith(rest, next.get<std::string>());
                if (allowed)
                    continue;
                problems.push_back(s.where + ": 「" + bad + "」 (use " +
                                   r.at("use").get<std::string>() + "): " + s.ja);
                break;
            }
        }
    EXPECT_TRUE(problems.empty()) << report(problems);
}

TEST(CatalogWording, CloudRolesInFullOnFirstMentionAndNotMixedInASentence)
{
    std::vector<std::string> problems;
    for (const auto& s : catalogStrings())
        for (const json& term : glossary().at("ja").at("fullOnFirstMention"))
        {
            const std::string shortForm = term.at("short").get<std::string>();
            const std::string fullForm = term.at("full").get<std::string>();
            const auto all = mentions(s.ja, shortForm, fullForm);
            if (!all.empty() && !all.front().second)
                problems.push_back(s.where + ": first 「" + shortForm + "」 is not 「" + fullForm +
                                   "」: " + s.ja);
            for (std::string_view sentence : sentences(s.ja))
            {
                const auto inSentence = mentions(sentence, shortForm, fullForm);
                const bool anyFull = std::any_of(inSentence.begin(), inSentence.end(),
                                                 [](const auto& m) { return m.second; });
                const bool anyBare = std::any_of(inSentence.begin(), inSentence.end(),
                                                 [](const auto& m) { return !m.second; });
                if (anyFull && anyBare)
                    problems.push_back(s.where + ": 「" + fullForm + "」 and bare 「" + shortForm +
                                       "」 in one sentence: " + std::string(sentence));
            }
        }
    EXPECT_TRUE(problems.empty()) << report(problems);
}

TEST(CatalogWording, TitlesAreNounPhrases)
{
    // A Japanese title that ends in a verb (…する, …合わせる) or a full stop is a sentence; so is
    // an English title ending in a full stop.
    std::vector<std::string> problems;
    for (const auto& s : catalogStrings())
    {
        if (s.key != "title")
            continue;
        if (endsWith(s.ja, "る") || endsWith(s.ja, "。"))
            problems.push_back(s.where + ": Japanese title is a sentence: " + s.ja);
        if (endsWith(s.en, "."))
            problems.push_back(s.where + ": English title is a sentence: " + s.en);
    }
    EXPECT_TRUE(problems.empty()) << report(problems);
}

} // namespace
