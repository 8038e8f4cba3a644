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

/// Where a note that starts inside a title's text starts: at "※" (Japanese documents write it
/// only before a note), "注:" or "Note:" ("…の管理 ※詳細は別紙", "… rights. Note: yearly");
/// `end` when there is none.
std::size_t noteStart(std::u16string_view text, std::size_t begin, std::size_t end)
{
    auto colonAt = [&](std::size_t at)
    { return at < end && (text[at] == u':' || text[at] == u'：'); };
    auto asciiLetter = [](char16_t c)
    {
        c = lower(fold(c));
        return c >= u'a' && c <= u'z';
    };
    for (std::size_t i = begin; i < end; ++i)
    {
        if (text[i] == u'※' || (text[i] == u'注' && colonAt(i + 1)))
            return i;
        if (colonAt(i + 4) && (i == begin || !asciiLetter(text[i - 1])))
        {
            std::u16string word;
            for (std::size_t k = i; k < i + 4; ++k)
                word += lower(fold(text[k]));
            if (word == u"note")
                return i;
        }
    }
    return end;
}

/// Where what a person added after a title starts, with the blanks and punctuation before it:
/// a note ("※詳細は別紙", "注：…", "Note: …"), a footnote mark ("※1", "*2", "†") or a detail in
/// brackets (" (note 3)", "（注1）", "（特権ID）"); `end` when the title ends without one, or
/// when the text is nothing but that. It is not part of the title: it stays when the title is
/// replaced.
std::size_t additionStart(std::u16string_view text, std::size_t begin, std::size_t end)
{
    std::size_t start = noteStart(text, begin, end);
    if (start == end && end > begin && isCloser(text[end - 1]))
    {
        std::size_t open = end - 1;
        while (open > begin && !isOpener(text[open - 1]) && !isCloser(text[open - 1]))
            --open;
        const bool filled =
            std::any_of(text.begin() + std::ptrdiff_t(open), text.begin() + std::ptrdiff_t(end - 1),
                        [](char16_t c) { return !isBlank(c); });
        if (open > begin && isOpener(text[open - 1]) && filled)
            start = open - 1;
    }
    else if (start == end)
    {
        // a mark, then at most three digits
        auto isDigit = [](char16_t c) { return fold(c) >= u'0' && fold(c) <= u'9'; };
        auto isMark = [](char16_t c) { return fold(c) == u'*' || c == u'†' || c == u'‡'; };
        std::size_t digits = end;
        while (digits > begin && end - digits < 3 && isDigit(text[digits - 1]))
            --digits;
        std::size_t m = digits;
        while (m > begin && isMark(text[m - 1]))
            --m;
        if (m < digits)
            start = m;
    }
    while (start > begin && start < end && isLeadChar(text[start - 1]))
        --start;
    return start == begin ? end : start;
}

/// Where an id stands in the text.
struct IdSpan
{
    std::size_t start = 0, end = 0; ///< end: after the last digit
    ControlId id;
    bool prefixed = false;
    bool clause = false; ///< an ISO/IEC 27001 clause number the reader set apart: kept as written
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

/// Whether an id may start right after c: not inside a word or a dotted number.
bool wordStartsAfter(char16_t c) noexcept
{
    const char16_t f = fold(c);
    return !((f >= u'0' && f <= u'9') || (f >= u'a' && f <= u'z') || (f >= u'A' && f <= u'Z') ||
             f == u'.' || c == 0x0391 || c == 0x0410);
}

/// Whether an id read up to `at` ends there: no letter or digit follows, nor ".digit".
bool idEndsBefore(std::u16string_view text, std::size_t at) noexcept
{
    if (at >= text.size())
        return true;
    const char16_t f = fold(text[at]);
    if ((f >= u'0' && f <= u'9') || (f >= u'a' && f <= u'z') || (f >= u'A' && f <= u'Z'))
        return false;
    return !(f == u'.' && at + 1 < text.size() && fold(text[at + 1]) >= u'0' &&
             fold(text[at + 1]) <= u'9');
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
    // Every id-shaped part in order: controls from the reader (with their positions), the
    // unknown ids and clause numbers re-found in the text. A re-found part must stand where
    // the reader's scanner would have read it — a whole word that overlaps no other part —
    // else "18.1" would be found inside "18.1.1" and the two spans would splice the text twice.
    std::vector<IdSpan> all;
    for (const IdMention& m : r.controls)
        all.push_back({m.begin, m.end, m.id, m.prefixed, false});
    auto overlaps = [&](std::size_t b, std::size_t e)
    {
        return std::any_of(all.begin(), all.end(),
                           [&](const IdSpan& s) { return b < s.end && s.start < e; });
    };
    // the first place from `from` on where `written` (compared folded) stands as a whole word
    auto place = [&](std::u16string_view written, std::size_t from) -> std::size_t
    {
        const std::size_t n = written.size();
        for (std::size_t at = from; n && at + n <= text.size(); ++at)
        {
            bool same = true;
            for (std::size_t i = 0; i < n && same; ++i)
                same = fold(text[at + i]) == fold(written[i]);
            if (!same || (at && !wordStartsAfter(text[at - 1])) || !idEndsBefore(text, at + n) ||
                overlaps(at, at + n))
                continue;
            return at;
        }
        return std::u16string_view::npos;
    };
    std::size_t from = 0;
    for (const std::u16string& u : r.unknown)
    {
        const std::size_t at = place(u, from);
        if (at == std::u16string_view::npos)
            continue;
        if (auto id = parseControlId(std::u16string_view(u)); id.ok())
            all.push_back({at, at + u.size(), *id, false, false});
        from = at + u.size();
    }
    std::sort(all.begin(), all.end(),
              [](const IdSpan& a, const IdSpan& b) { return a.start < b.start; });
    if (all.empty() || all.front().start != lead)
        return {}; // free text that mentions an id, not a list of ids
    // clause numbers bound the text before them like any id ("A.12.1.1 Title, 6.1.2": the
    // title ends before 6.1.2), and are kept as written
    from = 0;
    for (const std::string& c : r.clauses)
    {
        const std::u16string number = toUtf16(c);
        const std::size_t at = place(number, from);
        if (at == std::u16string_view::npos)
            continue;
        if (auto id = parseControlId(std::u16string_view(number)); id.ok())
            all.push_back({at, at + number.size(), *id, false, true});
        from = at + number.size();
    }
    std::sort(all.begin(), all.end(),
              [](const IdSpan& a, const IdSpan& b) { return a.start < b.start; });
    for (std::size_t k = 0; k < all.size(); ++k)
    {
        // the text after the id runs to the separator before the next id (a title may hold a
        // separator: "policies/procedures"), trailing blanks left out, and the quotes and
        // brackets that open the next id ("Title (A.9.2.3)") belong to it
        std::size_t e = k + 1 < all.size() ? all[k + 1].start : text.size();
        while (e > all[k].end && (isBlank(text[e - 1]) || isQuote(text[e - 1]) ||
                                  (k + 1 < all.size() && isOpener(text[e - 1]))))
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
    // a number such as "6.3.1" in it is a person's reference ("…rightsCLD.6.3.1", "see 9.2"):
    // no title holds one
    for (std::size_t i = 0; i + 2 < body.size(); ++i)
    {
        const char16_t a = fold(body[i]), b = fold(body[i + 1]), d = fold(body[i + 2]);
        if (a >= u'0' && a <= u'9' && b == u'.' && d >= u'0' && d <= u'9')
            return false;
    }
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

    // A repeat of a control already written is dropped with the separator before it only in
    // a pure list, where that loses nothing a person wrote: the item before it and the repeat
    // are each an id alone or an id with its title, and only blanks, separators and quotes
    // stand between them. Anything else is rewritten (or kept) where it stands.
    std::size_t prevEnd = 0; // end of the previous item (its text included)
    bool prevPure = false;   // the previous item is an id alone or with its title
    auto pure = [&](const Item& item, const Control* c)
    {
        std::size_t b = item.id.end;
        while (b < item.end && (isBlank(text[b]) || isQuote(text[b])))
            ++b;
        if (b >= item.end)
            return true; // the id alone
        while (b < item.end && isLeadChar(text[b]))
            ++b;
        std::size_t e = item.end;
        while (e > b && isCloser(text[e - 1]))
            --e;
        // a title with a person's mark or detail after it is not dropped: that would go with it
        return c && b < e && additionStart(text, b, item.end) == item.end &&
               additionStart(text, b, e) == e && looksLikeTitleOf(text.substr(b, e - b), *c);
    };
    // Whether the next id follows the item's text with nothing between ("…TitleCLD.6.3.1"):
    // then what the item's text ends with is what lets the next id read as one, and it stays.
    auto runsIntoNextId = [&](const Item& item)
    {
        const std::size_t i = std::size_t(&item - items.data());
        return i + 1 < items.size() && items[i + 1].id.start == item.end;
    };
    auto droppable = [&](const Item& item, const Control& c)
    {
        if (!prevPure || runsIntoNextId(item))
            return false;
        for (std::size_t i = prevEnd; i < item.id.start; ++i)
            if (!isBlank(text[i]) && !isSeparator(text[i]) && !isQuote(text[i]))
                return false;
        return pure(item, &c);
    };
    // drops the repeat with what stands between it and the previous id or title: separators,
    // blanks and quotes only (see droppable)
    auto drop = [&](const Item& item)
    {
        cursor = item.end;
        prevEnd = item.end; // the item before stays the pure item it was
    };

    for (const Item& item : items)
    {
        if (item.id.clause)
        {
            // a clause number the reader set apart: its note is already there
            out.append(text.substr(cursor, item.end - cursor));
            prevPure = pure(item, nullptr);
            cursor = prevEnd = item.end;
            continue;
        }
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
            prevPure = pure(item, control);
            cursor = prevEnd = item.end;
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
                if (it != seen.end() && it->second && droppable(item, *control))
                {
                    // "A.5.1.1, 5.1": already written by the migration; drop the repeat
                    mergeOf(control).listedOnce = true;
                    drop(item);
                    continue;
                }
                seen.emplace(control->id.key(), false);
            }
            out.append(text.substr(cursor, item.end - cursor));
            prevPure = pure(item, control);
            cursor = prevEnd = item.end;
            continue;
        }

        result.migrated.push_back(control->canonical);
        std::vector<const Control*> fresh;
        for (const Control* t : control->mapped)
            if (!seen.count(t->id.key()))
                fresh.push_back(t);
        // every target already in the cell: drop this one when nothing else goes with it,
        // else write it again where it stands ("A.18.1.1 xx A.18.1.1" → "5.31 xx 5.31")
        const bool dropThis = fresh.empty() && droppable(item, *control);
        if (fresh.empty() && !dropThis)
            fresh = control->mapped;
        for (const Control* t : control->mapped)
            if (t->mapped.size() > 1)
            {
                MergeInfo& m = mergeOf(t);
                if (std::find(m.cited.begin(), m.cited.end(), control->canonical) == m.cited.end())
                    m.cited.push_back(control->canonical);
                if (seen.count(t->id.key()) &&
                    std::find(fresh.begin(), fresh.end(), t) == fresh.end())
                    m.listedOnce = true;
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
        if (dropThis)
        {
            drop(item);
            continue;
        }

        // The title after the id: the punctuation before and after it is kept, its body
        // replaced. Kept after it: what opens the next id ("Title (A.9.2.3)"), a full stop, and
        // a closing bracket when the lead opened it ("(Title)"), and what a person added after
        // the title (additionStart): a note, a footnote mark or a detail in brackets.
        std::size_t bodyStart = item.id.end;
        while (bodyStart < item.end && isLeadChar(text[bodyStart]))
            ++bodyStart;
        const bool hasTitle = bodyStart < item.end;
        std::u16string_view lead = text.substr(item.id.end, bodyStart - item.id.end);
        const bool opened = std::any_of(lead.begin(), lead.end(), isOpener);
        std::size_t bodyEnd = item.end;
        while (bodyEnd > bodyStart && isLeadChar(text[bodyEnd - 1]) &&
               (opened || !isCloser(text[bodyEnd - 1])))
            --bodyEnd;
        // up to the bracket that closes what the lead opened, it goes with each target's title;
        // the rest follows the last
        std::size_t closedEnd = bodyEnd;
        for (std::size_t i = bodyEnd; opened && i < item.end; ++i)
            if (isCloser(text[i]))
                closedEnd = i + 1;
        const std::u16string_view closers = text.substr(bodyEnd, closedEnd - bodyEnd);
        const std::u16string_view tail = text.substr(closedEnd, item.end - closedEnd);
        // a note, mark or detail after the title ("…の管理※1") stays after the last title
        const std::size_t markStart = additionStart(text, bodyStart, bodyEnd);
        const std::u16string_view mark = text.substr(markStart, bodyEnd - markStart);
        const std::u16string_view body = text.substr(bodyStart, markStart - bodyStart);
        const Lang titleLang = hasJapanese(body) ? Lang::Ja : Lang::En;
        // Only a title is replaced; a person's words after the id stay as written.
        const bool isTitle = hasTitle && looksLikeTitleOf(body, *control);
        if (hasTitle && !isTitle)
            result.notes.push_back(
                {MigrationNoteKind::TextKept,
                 control->canonical,
                 {"the text after " + control->canonical + " is not its title: kept as written",
                  control->canonical + " の後の文言は管理策名ではないため、そのままにしました"}});
        // A title the next id follows without a space stays too when the new title would end
        // in a letter or digit: joined to the next id, that id would no longer read as one.
        bool gluedTitle = false;
        if (isTitle && tail.empty() && closers.empty() && mark.empty() && runsIntoNextId(item))
        {
            const std::u16string last = toUtf16(fresh.back()->title.in(titleLang));
            gluedTitle = last.empty() || !wordStartsAfter(last.back());
        }
        if (gluedTitle)
            result.notes.push_back(
                {MigrationNoteKind::TextKept,
                 control->canonical,
                 {"the title after " + control->canonical +
                      " runs into the next control number without a space: kept as written",
                  control->canonical + " の後の管理策名は次の管理策番号と区切られていない" +
                      "ため、そのままにしました"}});
        const bool replaceTitle = isTitle && !gluedTitle;
        // a detail in brackets that is the title again, in the other language ("Title
        // (管理策名)"), is replaced too, after each target's title
        std::u16string_view detailOpen, detailClose;
        std::optional<Lang> detailLang;
        if (replaceTitle && !mark.empty() && isCloser(mark.back()))
        {
            std::size_t open = 0;
            while (open < mark.size() && isBlank(mark[open]))
                ++open;
            const std::u16string_view inner =
                open + 2 <= mark.size() ? mark.substr(open + 1, mark.size() - open - 2) : u"";
            const Lang innerLang = hasJapanese(inner) ? Lang::Ja : Lang::En;
            if (open < mark.size() && isOpener(mark[open]) && innerLang != titleLang &&
                looksLikeTitleOf(inner, *control))
            {
                detailOpen = mark.substr(0, open + 1);
                detailClose = mark.substr(mark.size() - 1);
                detailLang = innerLang;
            }
        }

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
                if (detailLang)
                {
                    out += detailOpen;
                    out += toUtf16(fresh[k]->title.in(*detailLang));
                    out += detailClose;
                }
                else if (k + 1 == fresh.size())
                    out += mark;
                out += closers;
            }
            seen[fresh[k]->id.key()] = true;
        }
        if (replaceTitle)
            out += tail;
        cursor = replaceTitle ? item.end : item.id.end;
        prevEnd = item.end;
        prevPure = pure(item, control);
    }
    out.append(text.substr(cursor));

    for (const MergeInfo& m : merges)
        if (!m.cited.empty())
            result.notes.push_back(mergedNote(*m.target, m.cited, m.listedOnce));
    // a control rewritten at several places has its notes once
    for (std::size_t i = 0; i < result.notes.size(); ++i)
        for (std::size_t j = result.notes.size(); j-- > i + 1;)
            if (result.notes[j].kind == result.notes[i].kind &&
                result.notes[j].control == result.notes[i].control &&
                result.notes[j].text.en == result.notes[i].text.en)
                result.notes.erase(result.notes.begin() + std::ptrdiff_t(j));
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
