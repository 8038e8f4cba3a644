#include "isms/migration.hpp"

#include "isms/formula_text.hpp"
#include "isms/tables/id_cell.hpp"

#include "isms/utf.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace isms
{
namespace
{

bool isSeparator(char16_t c) noexcept
{
    return c == u',' || c == u'、' || c == u';' || c == u'；' || c == u'，' || c == u'/' ||
           c == u'／' || c == u'\n' || c == u'\r';
}

bool isBlank(char16_t c) noexcept
{
    return c == u' ' || c == u'\t' || c == 0x3000 || c == 0x00A0;
}

/// Full-width ASCII to ASCII, ideographic full stop to '.', blanks to ' '.
char16_t fold(char16_t c) noexcept
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    if (c == 0x3002 || c == 0xFF61)
        return u'.';
    if (isBlank(c))
        return u' ';
    return c;
}

char16_t lower(char16_t c) noexcept
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c - u'A' + u'a') : c;
}

bool isJapanese(char16_t c) noexcept
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF66 && c <= 0xFF9F);
}

bool hasJapanese(std::u16string_view s) noexcept
{
    return std::any_of(s.begin(), s.end(), isJapanese);
}

/// Characters that stand between an id and its title: blanks, ASCII punctuation, dashes,
/// CJK and full-width punctuation.
bool isLeadChar(char16_t c) noexcept
{
    if (isBlank(c))
        return true;
    if (c < 0x80)
        return !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'));
    return (c >= 0x2010 && c <= 0x2015) || (c >= 0x3001 && c <= 0x3003) ||
           (c >= 0x3008 && c <= 0x3011) || c == 0x30FB || (c >= 0xFF01 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20);
}

bool isOpener(char16_t c) noexcept
{
    return c == u'(' || c == u'[' || c == u'（' || c == u'［' || c == u'「' || c == u'【' ||
           c == u'『' || c == u'〔';
}

bool isCloser(char16_t c) noexcept
{
    return c == u')' || c == u']' || c == u'）' || c == u'］' || c == u'」' || c == u'】' ||
           c == u'』' || c == u'〕';
}

/// Where an id stands in the text.
struct IdSpan
{
    std::size_t start = 0, end = 0; ///< end: after the last digit
    ControlId id;
    bool prefixed = false;
};

/// One id of the cell with the text that follows it up to the next id.
struct Item
{
    IdSpan id;
    std::size_t end = 0; ///< end of the text after the id (trailing blanks excluded), or of the id
};

bool isQuote(char16_t c) noexcept
{
    return c == u'"' || c == u'\'' || c == u'\u201C' || c == u'\u201D' || c == u'\u2018' ||
           c == u'\u2019' || c == u'「' || c == u'『';
}

/// The items of a controls cell (every id-shaped part, control or not, found by the shared
/// id-cell reader); empty when the text is not one: it must start with an id (after blanks
/// and an opening quote). clauses: the ISO/IEC 27001 clause numbers the cell names.
std::vector<Item> itemsOf(std::u16string_view text, const Catalog& cat,
                          std::vector<std::string>& clauses)
{
    std::vector<Item> items;
    IdCellContext every;
    every.keepRepeats = true;
    const IdCellReading r = readIdText(text, cat, every);
    clauses = r.clauses;
    std::size_t lead = 0;
    while (lead < text.size() && (isBlank(text[lead]) || isQuote(text[lead])))
        ++lead;
    // Every id-shaped part in order: controls from the reader, the rest re-found by position.
    std::vector<IdSpan> spans, other;
    for (const IdMention& m : r.controls)
        spans.push_back({m.begin, m.end, m.id, m.prefixed});
    std::size_t from = 0;
    for (const std::u16string& u : r.unknown)
    {
        const std::size_t at = text.find(u, from);
        if (at == std::u16string_view::npos)
            continue;
        if (auto id = parseControlId(std::u16string_view(u)); id.ok())
            other.push_back({at, at + u.size(), *id, false});
        from = at + u.size();
    }
    std::vector<IdSpan> all = spans;
    all.insert(all.end(), other.begin(), other.end());
    std::sort(all.begin(), all.end(),
              [](const IdSpan& a, const IdSpan& b) { return a.start < b.start; });
    if (all.empty() || all.front().start != lead)
        return {}; // free text that mentions an id, not a list of ids
    for (std::size_t k = 0; k < all.size(); ++k)
    {
        // the text after the id runs to the separator before the next id (a title may hold a
        // separator: "policies/procedures"), trailing blanks left out
        std::size_t e = k + 1 < all.size() ? all[k + 1].start : text.size();
        while (e > all[k].end && (isBlank(text[e - 1]) || isQuote(text[e - 1])))
            --e;
        if (k + 1 < all.size() && e > all[k].end && isSeparator(text[e - 1]))
        {
            --e;
            while (e > all[k].end && isBlank(text[e - 1]))
                --e;
        }
        else if (k + 1 < all.size())
        {
            // no separator before the next id ("A.12.1.1 A.18.1.1", "… and A.9.2.4"): the
            // words in between stay where they are
            std::size_t t = all[k].end;
            while (t < e && isBlank(text[t]))
                ++t;
            if (t == e)
                e = all[k].end;
        }
        items.push_back({all[k], std::max(e, all[k].end)});
    }
    return items;
}

/// Words of a title for comparing: ASCII words of 4+ letters (lower case), and pairs of
/// adjacent non-ASCII letters (Japanese has no spaces).
std::vector<std::u16string> titleWords(std::u16string_view s)
{
    std::vector<std::u16string> out;
    std::u16string word;
    auto flush = [&]
    {
        if (word.size() >= 4)
            out.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < s.size(); ++i)
    {
        char16_t c = fold(s[i]);
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        {
            word += lower(c);
            continue;
        }
        flush();
        if (isJapanese(c) && i + 1 < s.size() && isJapanese(s[i + 1]))
            out.push_back(std::u16string{c, s[i + 1]});
    }
    flush();
    return out;
}

/// Whether the text after an id is recognisably that control's title, in either language:
/// a quarter of its words (Japanese: character pairs) are in the catalog's title of the 2013
/// control or of a 2022 control it became. Anything else ("is mentioned here in free text")
/// is a person's words and stays as written.
bool looksLikeTitleOf(std::u16string_view body, const Control& c)
{
    const std::vector<std::u16string> words = titleWords(body);
    if (words.empty())
        return false;
    std::vector<std::u16string> known;
    auto add = [&](const Control& k)
    {
        for (const std::string& t : {k.title.en, k.title.ja})
            for (std::u16string& w : titleWords(toUtf16(t)))
                known.push_back(std::move(w));
    };
    add(c);
    for (const Control* t : c.mapped)
        add(*t);
    std::size_t hits = 0;
    for (const std::u16string& w : words)
        hits += std::find(known.begin(), known.end(), w) != known.end() ? 1 : 0;
    return hits > 0 && hits * 4 >= words.size();
}

/// The separator to join several ids with: the cell's own (with the blanks after it), else
/// "、" in Japanese text, else ", ".
std::u16string joinerOf(std::u16string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i)
        if (isSeparator(text[i]))
        {
            std::size_t j = i + 1;
            if (text[i] == u'\r' && j < text.size() && text[j] == u'\n')
                ++j;
            while (j < text.size() && isBlank(text[j]))
                ++j;
            return std::u16string(text.substr(i, j - i));
        }
    return hasJapanese(text) ? u"、" : u", ";
}

std::string joined(const std::vector<std::string>& ids, const char* sep)
{
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : sep) + id;
    return out;
}

std::vector<std::string> canonicals(const std::vector<const Control*>& cs)
{
    std::vector<std::string> out;
    for (const Control* c : cs)
        out.push_back(c->canonical);
    return out;
}

/// Several 2013 controls became this 2022 control; `cited` of them were in the cell.
MigrationNote mergedNote(const Control& target, const std::vector<std::string>& cited,
                         bool listedOnce)
{
    const std::vector<std::string> from = canonicals(target.mapped);
    MigrationNote n;
    n.kind = MigrationNoteKind::Merged;
    n.control = cited.empty() ? std::string() : cited.front();
    n.text.en = target.canonical + " combines the 2013 controls " + joined(from, ", ");
    n.text.ja =
        target.canonical + " は 2013 年版の管理策 " + joined(from, "、") + " を統合したもの";
    if (listedOnce)
    {
        n.text.en += " (the cell named " + joined(cited, " and ") + ": " + target.canonical +
                     " is listed once)";
        n.text.ja += "(このセルの " + joined(cited, " 及び ") + " は " + target.canonical +
                     " として 1 つにまとめました)";
    }
    return n;
}

} // namespace

CellMigration migrateCellText(std::u16string_view text, const Catalog& cat,
                              const MigrationContext& ctx)
{
    CellMigration result;
    std::vector<std::string> clauses;
    const std::vector<Item> items = itemsOf(text, cat, clauses);
    if (!items.empty())
        for (const std::string& clause : clauses)
            result.notes.push_back(
                {MigrationNoteKind::Clause,
                 clause,
                 {clause + " is clause " + clause +
                      " of ISO/IEC 27001, not an Annex A control: left as written",
                  clause + " は ISO/IEC 27001 の箇条 " + clause +
                      " であり附属書Aの管理策ではないため、そのままにしました"}});
    const bool any2013 =
        std::any_of(items.begin(), items.end(),
                    [](const Item& it) { return it.id.id.scheme == IdScheme::Annex2013; });
    if (!any2013)
    {
        result.notes.clear(); // nothing to migrate here: no note either
        result.text = std::u16string(text);
        return result;
    }

    std::u16string out;
    out.reserve(text.size() + 32);
    std::size_t cursor = 0;
    std::u16string joiner; // computed when first needed
    // 2022 controls written so far: whether by migration
    std::unordered_map<std::uint32_t, bool> seen;
    struct MergeInfo
    {
        const Control* target;
        std::vector<std::string> cited;
        bool listedOnce = false;
    };
    std::vector<MergeInfo> merges;
    auto mergeOf = [&](const Control* t) -> MergeInfo&
    {
        for (MergeInfo& m : merges)
            if (m.target == t)
                return m;
        merges.push_back({t, {}, false});
        return merges.back();
    };

    for (const Item& item : items)
    {
        const Control* control = cat.find(item.id.id);
        const std::string number = item.id.id.canonical().substr(2); // without "A."
        const bool clause = item.id.id.scheme == IdScheme::Annex2013 && !item.id.prefixed &&
                            isManagementClause(number) && !ctx.bareIdsAreControls;
        const bool migrate = item.id.id.scheme == IdScheme::Annex2013 && control &&
                             control->edition == Edition::Iso27001_2013 &&
                             !control->mapped.empty() && !clause;
        if (clause)
        {
            result.notes.push_back(
                {MigrationNoteKind::Clause,
                 number,
                 {number + " may be clause " + number +
                      " of ISO/IEC 27001 rather than Annex A control A." + number +
                      ": left as written (write A." + number + " for the control)",
                  number + " は附属書Aの管理策 A." + number + " ではなく ISO/IEC 27001 の箇条 " +
                      number + " の可能性があるため、そのままにしました(管理策であれば A." +
                      number + " と記入してください)"}});
            out.append(text.substr(cursor, item.end - cursor));
            cursor = item.end;
            continue;
        }
        if (!migrate)
        {
            if (item.id.id.scheme == IdScheme::Annex2013)
            {
                const std::string id = item.id.id.canonical();
                result.notes.push_back(
                    {MigrationNoteKind::Unknown,
                     id,
                     {id + " is not an ISO/IEC 27001:2013 control: left as written",
                      id + " は ISO/IEC 27001:2013 の管理策ではないため、そのままにしました"}});
            }
            if (control)
            {
                auto it = seen.find(control->id.key());
                if (it != seen.end() && it->second)
                {
                    // "A.5.1.1, 5.1": already written by the migration; drop the repeat
                    mergeOf(control).listedOnce = true;
                    cursor = item.end;
                    continue;
                }
                seen.emplace(control->id.key(), false);
            }
            out.append(text.substr(cursor, item.end - cursor));
            cursor = item.end;
            continue;
        }

        result.migrated.push_back(control->canonical);
        std::vector<const Control*> fresh;
        for (const Control* t : control->mapped)
        {
            if (t->mapped.size() > 1)
            {
                MergeInfo& m = mergeOf(t);
                m.cited.push_back(control->canonical);
                if (seen.count(t->id.key()))
                    m.listedOnce = true;
            }
            if (!seen.count(t->id.key()))
                fresh.push_back(t);
        }
        if (control->mapped.size() > 1)
        {
            const auto to = canonicals(control->mapped);
            result.notes.push_back(
                {MigrationNoteKind::Ambiguous,
                 control->canonical,
                 {control->canonical + " became several 2022 controls (" + joined(to, ", ") +
                      "): all are written, decide which applies",
                  control->canonical + " は 2022 年版の複数の管理策(" + joined(to, "、") +
                      ")に対応するため、すべて記入しました。どれが該当するか判断してください"}});
        }
        if (fresh.empty())
        {
            cursor = item.end; // every target is already in the cell: drop this one
            continue;
        }

        // The title after the id: leading punctuation kept, body replaced, closing brackets kept.
        std::size_t bodyStart = item.id.end;
        while (bodyStart < item.end && isLeadChar(text[bodyStart]))
            ++bodyStart;
        const bool hasTitle = bodyStart < item.end;
        std::u16string_view lead = text.substr(item.id.end, bodyStart - item.id.end);
        std::size_t bodyEnd = item.end;
        if (std::any_of(lead.begin(), lead.end(), isOpener))
            while (bodyEnd > bodyStart && isCloser(text[bodyEnd - 1]))
                --bodyEnd;
        const std::u16string_view closers = text.substr(bodyEnd, item.end - bodyEnd);
        const Lang titleLang =
            hasJapanese(text.substr(bodyStart, bodyEnd - bodyStart)) ? Lang::Ja : Lang::En;
        // Only a title is replaced; a person's words after the id stay as written.
        const bool replaceTitle =
            hasTitle && looksLikeTitleOf(text.substr(bodyStart, bodyEnd - bodyStart), *control);
        if (hasTitle && !replaceTitle)
            result.notes.push_back(
                {MigrationNoteKind::TextKept,
                 control->canonical,
                 {"the text after " + control->canonical + " is not its title: kept as written",
                  control->canonical + " の後の文言は管理策名ではないため、そのままにしました"}});

        out.append(text.substr(cursor, item.id.start - cursor));
        for (std::size_t k = 0; k < fresh.size(); ++k)
        {
            if (k)
            {
                if (joiner.empty())
                    joiner = joinerOf(text);
                out += joiner;
            }
            out += toUtf16(fresh[k]->canonical);
            if (replaceTitle)
            {
                out += lead;
                out += toUtf16(fresh[k]->title.in(titleLang));
                out += closers;
            }
            seen[fresh[k]->id.key()] = true;
        }
        cursor = replaceTitle ? item.end : item.id.end;
    }
    out.append(text.substr(cursor));

    for (const MergeInfo& m : merges)
        if (!m.cited.empty())
            result.notes.push_back(
                mergedNote(*m.target, m.cited, m.listedOnce || m.cited.size() > 1));
    result.changed = out != text;
    result.text = result.changed ? std::move(out) : std::u16string(text);
    if (!result.changed)
    {
        // what was left as written on purpose is still worth a line in the log
        std::erase_if(result.notes,
                      [](const MigrationNote& n) { return n.kind != MigrationNoteKind::Clause; });
        result.migrated.clear();
    }
    return result;
}

std::vector<std::string> migratableIdsInFormula(std::u16string_view formula, const Catalog& cat)
{
    std::vector<std::string> out;
    for (const std::u16string& literal : formulaStringLiterals(formula))
        for (std::string& id : migrateCellText(literal, cat).migrated)
            if (std::find(out.begin(), out.end(), id) == out.end())
                out.push_back(std::move(id));
    return out;
}

std::string migrationNotesText(const std::vector<MigrationNote>& notes, Lang lang)
{
    std::string out;
    for (const MigrationNote& n : notes)
    {
        if (lang == Lang::Ja)
            out += n.text.ja + "。";
        else
            out += (out.empty() ? "" : "; ") + n.text.en;
    }
    return out;
}

const Text& migrationLogSheetName() noexcept
{
    static const Text name{"Migration log", "移行ログ"};
    return name;
}

const std::vector<Text>& migrationLogHeadings()
{
    static const std::vector<Text> headings = {{"Sheet", "シート"},
                                               {"Cell", "セル"},
                                               {"Before", "変更前"},
                                               {"After", "変更後"},
                                               {"Note", "備考"}};
    return headings;
}

} // namespace isms
