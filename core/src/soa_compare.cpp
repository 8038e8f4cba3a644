#include "isms/soa_compare.hpp"

#include "isms/control_functions.hpp"
#include "isms/review.hpp"
#include "isms/utf.hpp"
#include "keywords.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>

namespace isms
{
namespace
{

using C = SoaColumn;

/// The fields people fill that a comparison looks at, in sheet order.
constexpr std::array<SoaColumn, 6> kFields = {
    C::Applicability, C::OtherReasons, C::ExclusionJustification, C::Status, C::Owner, C::Evidence};

/// The cell as people read it: trimmed, every run of white space (line breaks, ideographic
/// spaces) one space.
std::string collapsed(const GridCell& c)
{
    if (c.isNumber)
        return cellUtf8(c);
    std::u16string out;
    bool space = false;
    for (char16_t ch : c.text)
    {
        if (isTrimmedSpace(ch) || ch == u'\n' || ch == u'\r' || ch == u'\v' || ch == u'\f')
        {
            space = !out.empty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += ch;
    }
    return toUtf8(out);
}

/// A decision's bit in a set of decisions.
unsigned decisionBit(Applicability a) noexcept
{
    return 1u << unsigned(a);
}

/// One field of one control on one side: the cells of every row compared (one, or several
/// earlier rows merged into one 2022 control).
struct FieldValue
{
    std::string shown;      ///< what a reader sees
    std::string key;        ///< what is compared (placeholders as "")
    unsigned decisions = 0; ///< Applicability only: the decisions of the rows
    [[nodiscard]] bool filled() const noexcept
    {
        return !key.empty() || (decisions & ~decisionBit(Applicability::Undecided)) != 0;
    }
};

FieldValue fieldValue(const SoaTable& t, const std::vector<std::size_t>& rows, SoaColumn f)
{
    FieldValue v;
    std::vector<std::string> distinct;
    std::string firstPlaceholder;
    for (std::size_t i : rows)
    {
        const GridCell& cell = t.rows[i].second.at(f);
        std::string text = collapsed(cell);
        bool placeholder = isPlaceholder(cell);
        if (f == C::Applicability)
        {
            const Applicability a = classifyApplicability(cell);
            v.decisions |= decisionBit(a);
            // "-" and "N/A" decide (excluded) in an applicability column
            placeholder = placeholder && a == Applicability::Undecided;
        }
        if (placeholder)
        {
            if (firstPlaceholder.empty())
                firstPlaceholder = text;
            continue;
        }
        if (!text.empty() && std::find(distinct.begin(), distinct.end(), text) == distinct.end())
            distinct.push_back(std::move(text));
    }
    for (const std::string& s : distinct)
        v.key += (v.key.empty() ? "" : "; ") + s;
    v.shown = v.key.empty() ? firstPlaceholder : v.key;
    return v;
}

/// Whether a field differs: for the decision, the decisions ("Yes" and "Applicable" are one);
/// when neither side decides, the texts. Other fields: the texts.
bool differs(SoaColumn f, const FieldValue& a, const FieldValue& b)
{
    if (f != C::Applicability)
        return a.key != b.key;
    if (a.decisions != b.decisions)
        return true;
    return a.decisions == decisionBit(Applicability::Undecided) && a.key != b.key;
}

/// The rows of one SoA that name a control, first row per id, in row order.
struct Indexed
{
    struct Entry
    {
        std::string id;
        std::size_t row; ///< index into SoaTable::rows
    };
    std::vector<Entry> entries;
    std::map<std::string, std::size_t> byId; ///< id → index into entries
    int noId = 0;                            ///< rows without an id (section rows aside)
    std::vector<std::pair<std::string, std::vector<int>>> duplicates; ///< id, 0-based sheet rows
};

Indexed indexRows(const SoaTable& t)
{
    Indexed x;
    std::map<std::string, std::size_t> dupAt;
    for (std::size_t i = 0; i < t.rows.size(); ++i)
    {
        const std::string& id = i < t.ids.size() ? t.ids[i] : std::string();
        const int sheetRow = t.rows[i].first;
        if (id.empty())
        {
            if (std::find(t.sectionRows.begin(), t.sectionRows.end(), sheetRow) ==
                t.sectionRows.end())
                ++x.noId;
            continue;
        }
        const auto it = x.byId.find(id);
        if (it == x.byId.end())
        {
            x.byId.emplace(id, x.entries.size());
            x.entries.push_back({id, i});
            continue;
        }
        auto [d, fresh] = dupAt.emplace(id, x.duplicates.size());
        if (fresh)
            x.duplicates.push_back({id, {t.rows[x.entries[it->second].row].first}});
        x.duplicates[d->second].second.push_back(sheetRow);
    }
    return x;
}

std::string joined(const std::vector<std::string>& parts, std::string_view sep)
{
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : std::string(sep)) + p;
    return out;
}

std::string rowList(const std::vector<int>& rows, std::string_view sep)
{
    std::vector<std::string> parts;
    for (int r : rows)
        parts.push_back(std::to_string(r + 1));
    return joined(parts, sep);
}

/// The earlier / later SoA, in a sentence.
const Text& side(bool later)
{
    static const Text earlier{"the earlier SoA", "前回の適用宣言書"};
    static const Text now{"the later SoA", "今回の適用宣言書"};
    return later ? now : earlier;
}

void note(SoaComparison& cmp, std::string en, std::string ja)
{
    cmp.notesEn.push_back(std::move(en));
    cmp.notesJa.push_back(std::move(ja));
}

void noteTable(SoaComparison& cmp, const Indexed& x, bool later)
{
    const Text& s = side(later);
    if (x.noId > 0)
        note(cmp,
             std::to_string(x.noId) + (x.noId == 1 ? " row of " : " rows of ") + s.en +
                 (x.noId == 1 ? " names" : " name") + " no control and " +
                 (x.noId == 1 ? "was" : "were") + " not compared.",
             s.ja + "の " + std::to_string(x.noId) + " 行は管理策番号がないため比較していません。");
    for (const auto& [id, rows] : x.duplicates)
        note(cmp,
             "Control " + id + " appears more than once in " + s.en + " (rows " +
                 rowList(rows, ", ") + "): only row " + std::to_string(rows.front() + 1) +
                 " was compared.",
             s.ja + "で管理策 " + id + " が複数の行にあります(" + rowList(rows, "、") + " 行目)。" +
                 std::to_string(rows.front() + 1) + " 行目だけを比較しました。");
}

/// Where an earlier control's values go: CLD ids and ids that are no 2013 control as they
/// are; a 2013 control to every 2022 control it became.
std::vector<std::string> targets(const Catalog& cat, const std::string& id, bool mapping,
                                 std::vector<std::string>& unmapped)
{
    if (!mapping || id.rfind("CLD", 0) == 0)
        return {id};
    const auto c = cat.lookup(std::string_view(id));
    if (!c.ok() || (*c)->edition != Edition::Iso27001_2013)
    {
        unmapped.push_back(id);
        return {id};
    }
    std::vector<std::string> out;
    for (const Control* m : mapControl(**c, Edition::Iso27001_2022))
        out.push_back(m->canonical);
    if (out.empty())
    {
        unmapped.push_back(id);
        out.push_back(id);
    }
    return out;
}

/// The order of ids in the catalog (ids the catalog does not know last, in row order).
std::size_t idOrder(const Catalog& cat, const std::string& id)
{
    const auto c = cat.lookup(std::string_view(id));
    return c.ok() ? std::size_t((*c)->index) : std::numeric_limits<std::uint16_t>::max() + 1u;
}

} // namespace

const Text& soaChangeKindLabel(SoaChangeKind kind)
{
    static const std::array<Text, 3> labels = {{
        {"Changed", "変更"},
        {"Added", "追加"},
        {"Removed", "削除"},
    }};
    return labels.at(std::size_t(kind));
}

SoaComparison compareSoa(const Catalog& cat, const SoaTable& before, const SoaTable& after)
{
    SoaComparison cmp;
    cmp.oldEdition = before.edition;
    cmp.newEdition = after.edition;
    cmp.throughMapping = before.edition == "2013" && after.edition == "2022";
    if (cmp.throughMapping)
        note(cmp, "Compared through the ISO/IEC 27001:2013 → 2022 mapping.",
             "ISO/IEC 27001:2013 から 2022 への対応表を使って比較しました。");
    else if (!before.edition.empty() && !after.edition.empty() && before.edition != after.edition)
        note(cmp,
             "The earlier SoA uses the " + before.edition + " numbering and the later one the " +
                 after.edition +
                 " numbering; no mapping applies, so controls were matched by id "
                 "as written.",
             "前回の適用宣言書は " + before.edition + " 年版、今回の適用宣言書は " + after.edition +
                 " 年版の番号を使っています。対応表が使えないため、番号どおりに照合しました。");

    // The fields both tables have; say which could not be compared.
    std::vector<SoaColumn> fields;
    for (bool later : {false, true})
    {
        const SoaTable& t = later ? after : before;
        std::vector<std::string> en, ja;
        for (SoaColumn f : kFields)
            if (!t.has(f))
            {
                en.push_back(soaColumnLabel(f).en);
                ja.push_back("「" + soaColumnLabel(f).ja + "」");
            }
        if (!en.empty())
            note(cmp,
                 "Not compared: " + side(later).en + " has no " + joined(en, ", ") +
                     (en.size() == 1 ? " column." : " columns."),
                 side(later).ja + "に" + joined(ja, "") + "の列がないため、比較していません。");
    }
    for (SoaColumn f : kFields)
        if (before.has(f) && after.has(f))
            fields.push_back(f);

    const Indexed oldX = indexRows(before);
    const Indexed newX = indexRows(after);
    noteTable(cmp, oldX, false);
    noteTable(cmp, newX, true);

    // Earlier entries by the id they are compared under (the later numbering).
    std::map<std::string, std::vector<std::size_t>> oldByKey; // key → indices into oldX.entries
    std::vector<std::string> oldKeyOrder;
    std::vector<std::string> unmapped;
    for (std::size_t e = 0; e < oldX.entries.size(); ++e)
        for (std::string& key : targets(cat, oldX.entries[e].id, cmp.throughMapping, unmapped))
        {
            auto [it, fresh] = oldByKey.try_emplace(key);
            if (fresh)
                oldKeyOrder.push_back(key);
            it->second.push_back(e);
        }
    if (!unmapped.empty())
        note(cmp,
             "Not ISO/IEC 27001:2013 controls, so matched by id as written: " +
                 joined(unmapped, ", ") + ".",
             "ISO/IEC 27001:2013 の管理策ではないため、番号どおりに照合しました: " +
                 joined(unmapped, "、") + "。");
    for (auto& [key, list] : oldByKey)
        std::stable_sort(
            list.begin(), list.end(),
            [&](std::size_t a, std::size_t b)
            { return idOrder(cat, oldX.entries[a].id) < idOrder(cat, oldX.entries[b].id); });

    auto oldRows = [&](const std::vector<std::size_t>& list)
    {
        std::vector<std::size_t> rows;
        for (std::size_t e : list)
            rows.push_back(oldX.entries[e].row);
        return rows;
    };
    auto oldIds = [&](const std::vector<std::size_t>& list)
    {
        std::vector<std::string> ids;
        for (std::size_t e : list)
            ids.push_back(oldX.entries[e].id);
        return ids;
    };

    std::vector<SoaRowChange> removed;
    for (const Indexed::Entry& n : newX.entries)
    {
        const std::vector<std::size_t> newRows{n.row};
        const auto it = oldByKey.find(n.id);
        SoaRowChange ch;
        ch.control = n.id;
        ch.newRow = after.rows[n.row].first;
        if (it == oldByKey.end())
        {
            ch.kind = SoaChangeKind::Added;
            for (SoaColumn f : fields)
                if (const FieldValue v = fieldValue(after, newRows, f); v.filled())
                    ch.fields.push_back({f, std::string(), v.shown});
            ++cmp.added;
            cmp.rows.push_back(std::move(ch));
            continue;
        }
        ++cmp.compared;
        const std::vector<std::size_t> rows = oldRows(it->second);
        ch.kind = SoaChangeKind::Changed;
        ch.oldControls = oldIds(it->second);
        ch.oldRow = before.rows[rows.front()].first;
        for (SoaColumn f : fields)
        {
            const FieldValue a = fieldValue(before, rows, f);
            const FieldValue b = fieldValue(after, newRows, f);
            if (differs(f, a, b))
                ch.fields.push_back({f, a.shown, b.shown});
        }
        if (ch.fields.empty())
        {
            ++cmp.unchanged;
            continue;
        }
        ++cmp.changed;
        cmp.rows.push_back(std::move(ch));
    }
    for (const std::string& key : oldKeyOrder)
    {
        if (newX.byId.count(key))
            continue;
        const std::vector<std::size_t>& list = oldByKey.at(key);
        const std::vector<std::size_t> rows = oldRows(list);
        SoaRowChange ch;
        ch.kind = SoaChangeKind::Removed;
        ch.control = key;
        ch.oldControls = oldIds(list);
        ch.oldRow = before.rows[rows.front()].first;
        for (SoaColumn f : fields)
            if (const FieldValue v = fieldValue(before, rows, f); v.filled())
                ch.fields.push_back({f, v.shown, std::string()});
        ++cmp.removed;
        cmp.rows.push_back(std::move(ch));
    }
    return cmp;
}

std::string soaComparisonToJson(const SoaComparison& cmp)
{
    static constexpr const char* kKinds[] = {"changed", "added", "removed"};
    auto row = [](int r) { return r >= 0 ? nlohmann::json(r + 1) : nlohmann::json(nullptr); };
    nlohmann::json rows = nlohmann::json::array();
    for (const SoaRowChange& r : cmp.rows)
    {
        nlohmann::json fields = nlohmann::json::array();
        for (const SoaFieldChange& f : r.fields)
            fields.push_back(
                {{"field", std::string(soaColumnKey(f.field))},
                 {"label",
                  {{"en", soaColumnLabel(f.field).en}, {"ja", soaColumnLabel(f.field).ja}}},
                 {"before", f.before},
                 {"after", f.after}});
        rows.push_back(
            {{"kind", kKinds[std::size_t(r.kind)]},
             {"control", r.control},
             {"oldControls", r.oldControls},
             {"oldRow", row(r.oldRow)},
             {"newRow", row(r.newRow)},
             {"oldSheet", r.oldSheet.empty() ? nlohmann::json() : nlohmann::json(r.oldSheet)},
             {"newSheet", r.newSheet.empty() ? nlohmann::json() : nlohmann::json(r.newSheet)},
             {"fields", std::move(fields)}});
    }
    nlohmann::json o;
    o["oldEdition"] = cmp.oldEdition;
    o["newEdition"] = cmp.newEdition;
    o["throughMapping"] = cmp.throughMapping;
    o["counts"] = {{"compared", cmp.compared},
                   {"changed", cmp.changed},
                   {"added", cmp.added},
                   {"removed", cmp.removed},
                   {"unchanged", cmp.unchanged}};
    o["rows"] = std::move(rows);
    o["notes"] = {{"en", cmp.notesEn}, {"ja", cmp.notesJa}};
    // Cell texts come from outside: invalid UTF-8 is replaced rather than thrown on.
    return o.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string soaComparisonToCsv(const SoaComparison& cmp, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    const char* head[] = {ja ? "変更の種類" : "Change",
                          ja ? "管理策" : "Control",
                          ja ? "前回の管理策" : "Earlier controls",
                          ja ? "前回の行" : "Earlier row",
                          ja ? "今回の行" : "Later row",
                          ja ? "項目" : "Field",
                          ja ? "変更前" : "Before",
                          ja ? "変更後" : "After"};
    constexpr std::size_t n = std::size(head);
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += (i ? "," : "") + csvField(head[i]);
    out += "\r\n";
    auto line = [&](const std::array<std::string, n>& fields)
    {
        for (std::size_t i = 0; i < n; ++i)
            out += (i ? "," : "") + csvField(fields[i]);
        out += "\r\n";
    };
    auto row = [](const std::string& sheet, int r)
    {
        if (r < 0)
            return std::string();
        return (sheet.empty() ? std::string() : sheet + "!") + std::to_string(r + 1);
    };
    for (const SoaRowChange& r : cmp.rows)
    {
        const std::string kind = soaChangeKindLabel(r.kind).in(lang);
        const std::string old = joined(r.oldControls, ja ? "、" : ", ");
        const std::string oldRow = row(r.oldSheet, r.oldRow), newRow = row(r.newSheet, r.newRow);
        if (r.fields.empty())
            line({kind, r.control, old, oldRow, newRow, "", "", ""});
        for (const SoaFieldChange& f : r.fields)
            line({kind, r.control, old, oldRow, newRow, soaColumnLabel(f.field).in(lang), f.before,
                  f.after});
    }
    return out;
}

} // namespace isms
