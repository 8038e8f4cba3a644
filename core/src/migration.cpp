#include "isms/migration.hpp"

#include "isms/formula_text.hpp"

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

bool isDigit(char16_t c) noexcept
{
    return c >= u'0' && c <= u'9';
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

/// Where an id stands at the start of text[b, e) (after blanks), as the id parser reads it.
struct IdSpan
{
    std::size_t start = 0, end = 0; ///< end: after the last digit
    ControlId id;
};

std::optional<IdSpan> idAt(std::u16string_view text, std::size_t b, std::size_t e)
{
    std::size_t i = b;
    while (i < e && isBlank(text[i]))
        ++i;
    const std::size_t start = i;
    auto f = [&](std::size_t k) { return k < e ? fold(text[k]) : u'\0'; };
    if (lower(f(i)) == u'c' && lower(f(i + 1)) == u'l' && lower(f(i + 2)) == u'd')
    {
        i += 3;
        if (f(i) == u' ' || f(i) == u'.' || f(i) == u'-' || f(i) == u'_')
            ++i;
    }
    else if (lower(f(i)) == u'a' && (isDigit(f(i + 1)) || f(i + 1) == u'.' || f(i + 1) == u' '))
    {
        ++i;
        if (f(i) == u'.' || f(i) == u' ')
            ++i;
    }
    if (!isDigit(f(i)))
        return std::nullopt;
    while (isDigit(f(i)) || (f(i) == u'.' && isDigit(f(i + 1))))
        ++i;
    // The library's parser decides: the whole part must read as this id, and the id alone too.
    const auto whole = parseControlId(text.substr(start, e - start));
    const auto just = parseControlId(text.substr(start, i - start));
    if (!whole.ok() || !just.ok() || !(*whole == *just))
        return std::nullopt;
    return IdSpan{start, i, *just};
}

/// One id of the cell with the title that follows it.
struct Item
{
    IdSpan id;
    std::size_t end = 0; ///< end of the title (trailing blanks excluded), or of the id
};

/// The items of a controls cell; empty when the text is not one.
std::vector<Item> itemsOf(std::u16string_view text)
{
    std::vector<Item> items;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
    {
        if (i < text.size() && !isSeparator(text[i]))
            continue;
        std::size_t te = i;
        while (te > b && isBlank(text[te - 1]))
            --te;
        std::size_t tb = b;
        while (tb < te && isBlank(text[tb]))
            ++tb;
        if (auto span = idAt(text, b, i))
            items.push_back({*span, std::max(te, span->end)});
        else if (tb < te)
        {
            if (items.empty())
                return {};         // free text, not a list of ids
            items.back().end = te; // the rest of a title that contained a separator
        }
        b = i + 1;
    }
    return items;
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

CellMigration migrateCellText(std::u16string_view text, const Catalog& cat)
{
    CellMigration result;
    const std::vector<Item> items = itemsOf(text);
    const bool any2013 =
        std::any_of(items.begin(), items.end(),
                    [](const Item& it) { return it.id.id.scheme == IdScheme::Annex2013; });
    if (!any2013)
    {
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
        const bool migrate = item.id.id.scheme == IdScheme::Annex2013 && control &&
                             control->edition == Edition::Iso27001_2013 && !control->mapped.empty();
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
            if (hasTitle)
            {
                out += lead;
                out += toUtf16(fresh[k]->title.in(titleLang));
                out += closers;
            }
            seen[fresh[k]->id.key()] = true;
        }
        cursor = hasTitle ? item.end : item.id.end;
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
        result.notes.clear();
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
