#include "isms/soa_parts.hpp"

#include "isms/soa_compare.hpp"

#include "isms/control_functions.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace isms
{
namespace
{

/// Rows of the part appended to the joined table are numbered from here: beyond the last row of
/// any sheet (LibreOffice's largest sheets have 16,777,216 rows), so they never meet a row of
/// the Annex A table, and a finding on one is known to belong to the part.
constexpr int kPartRowBase = 1 << 25;

const Control* controlOf(const Catalog& cat, const std::string& id)
{
    if (id.empty())
        return nullptr;
    auto c = cat.lookup(std::string_view(id));
    return c.ok() ? *c : nullptr;
}

bool isCld(const Control* c)
{
    return c->edition == Edition::Iso27017_2015;
}

/// A control 27017 speaks of: a CLD control, a 2013 control it extends (or adds other
/// information to), a 2022 control carrying either.
bool isCloudControl(const Control* c)
{
    return isCld(c) || c->extendedBy27017 || c->otherInformationOnly || !c->cloudEntries.empty();
}

std::set<const Control*> controlsIn(const Catalog& cat, const SoaTable& t)
{
    std::set<const Control*> out;
    for (const std::string& id : t.ids)
        if (const Control* c = controlOf(cat, id))
            out.insert(c);
    return out;
}

/// The part's column holding what the joined table (in.soa's layout) has in column col.
int partColumn(const SoaTable& main, const SoaTable& part, int col)
{
    if (col < 0)
        return col;
    for (std::size_t c = 0; c < kSoaColumnCount; ++c)
        if (main.column[c] == col)
            return part.column[c];
    return -1;
}

} // namespace

bool holdsOnlyCloudControls(const Catalog& cat, const SoaTable& t)
{
    std::size_t named = 0, cloud = 0, cld = 0;
    for (const std::string& id : t.ids)
    {
        if (id.empty())
            continue; // a heading or a note
        ++named;
        if (const Control* c = controlOf(cat, id); c && isCloudControl(c))
        {
            ++cloud;
            cld += isCld(c) ? 1 : 0;
        }
    }
    return cld > 0 && cloud * 5 >= named * 4;
}

bool hasEveryCldControl(const Catalog& cat, const SoaTable& t)
{
    const std::set<const Control*> in = controlsIn(cat, t);
    const auto& cloud = cat.controls(Edition::Iso27017_2015);
    return std::count_if(in.begin(), in.end(), isCld) ==
           std::count_if(cloud.begin(), cloud.end(), isCld);
}

bool isCloudPart(const Catalog& cat, const SoaTable& main, const SoaTable& part)
{
    if (!holdsOnlyCloudControls(cat, part))
        return false;
    const std::set<const Control*> inMain = controlsIn(cat, main);
    for (const std::string& id : part.ids)
        if (const Control* c = controlOf(cat, id); c && isCld(c) && !inMain.count(c))
            return true;
    return false;
}

namespace
{

/// main with the rows of the CLD controls it lacks taken from its 27017 part (each control once,
/// in the part's order), numbered from kPartRowBase.
struct Joined
{
    SoaTable table;
    std::vector<int> partRow; ///< the part's sheet row of each appended row
    /// The part's sheet row of row r of the joined table, or r itself (a row of main).
    [[nodiscard]] int sheetRow(int r) const
    {
        return r >= kPartRowBase ? partRow[std::size_t(r - kPartRowBase)] : r;
    }
};

Joined join(const Catalog& cat, const SoaTable& main, const SoaTable& part)
{
    Joined out{main, {}};
    std::set<const Control*> present = controlsIn(cat, main);
    for (std::size_t i = 0; i < part.rows.size() && i < part.ids.size(); ++i)
    {
        const Control* c = controlOf(cat, part.ids[i]);
        if (!c || !isCld(c) || !present.insert(c).second)
            continue;
        out.table.rows.emplace_back(kPartRowBase + int(out.partRow.size()), part.rows[i].second);
        out.table.ids.push_back(part.ids[i]);
        out.partRow.push_back(part.rows[i].first);
    }
    return out;
}

/// SOA-CLOUD-PART-DISAGREES: a control the part declares applicable (a 27002:2013 control whose
/// cloud guidance 27017 adds, or a 2022 one) while every Annex A control that carries it is
/// excluded in main — the two sheets cannot both be right.
void partDisagreements(const Catalog& cat, const SoaTable& main, const SoaTable& part,
                       std::vector<Finding>& out)
{
    const SoaColumn mainCol = main.decisionColumn(), partCol = part.decisionColumn();
    if (!main.has(mainCol) || !part.has(partCol))
        return;
    std::map<const Control*, Applicability> inMain;
    for (std::size_t i = 0; i < main.rows.size() && i < main.ids.size(); ++i)
        if (const Control* c = controlOf(cat, main.ids[i]))
            inMain.emplace(c, classifyApplicability(main.rows[i].second.at(mainCol)));
    for (std::size_t i = 0; i < part.rows.size() && i < part.ids.size(); ++i)
    {
        const Control* c = controlOf(cat, part.ids[i]);
        if (!c || isCld(c) ||
            classifyApplicability(part.rows[i].second.at(partCol)) != Applicability::Applicable)
            continue;
        const std::vector<const Control*> carriers =
            c->edition == Edition::Iso27001_2013 ? c->mapped : std::vector<const Control*>{c};
        std::vector<const Control*> excluded;
        bool anyOther = false;
        for (const Control* k : carriers)
        {
            const auto it = inMain.find(k);
            if (it == inMain.end())
                continue; // no row: SOA-MISSING-CONTROL says so
            if (it->second == Applicability::Excluded)
                excluded.push_back(k);
            else
                anyOther = true;
        }
        if (excluded.empty() || anyOther)
            continue;
        const std::string ids = joinIds(excluded);
        out.push_back(
            {"SOA-CLOUD-PART-DISAGREES",
             Severity::Minor,
             {part.sheet, part.rows[i].first, part.col(partCol)},
             {c->canonical + " is applicable on the ISO/IEC 27017 sheet '" + part.sheet +
                  "', but the Annex A control" + (excluded.size() > 1 ? "s" : "") + " that carr" +
                  (excluded.size() > 1 ? "y" : "ies") + " it (" + ids + ") " +
                  (excluded.size() > 1 ? "are" : "is") + " excluded on '" + main.sheet + "'.",
              c->canonical + " は ISO/IEC 27017 のシート「" + part.sheet +
                  "」では適用とされていますが、これを含む附属書A の管理策(" + ids + ")は「" +
                  main.sheet + "」で適用除外とされています。"},
             {"Decide the two together: the cloud guidance applies when the Annex A control "
              "does; correct one of the sheets and keep the reason.",
              "両方を合わせて決定してください。クラウドの指針は附属書A の管理策を適用するときに"
              "適用されます。いずれかのシートを訂正し、理由を記載してください。"}});
    }
}

} // namespace

std::vector<Finding> reviewWithCloudPart(const Catalog& cat, const ReviewInput& in,
                                         const SoaTable& cloudPart)
{
    if (!in.soa)
        return review(cat, in);
    const SoaTable& main = *in.soa;
    const Joined joined = join(cat, main, cloudPart);
    if (joined.partRow.empty())
        return review(cat, in);

    ReviewInput joinedIn = in;
    joinedIn.soa = &joined.table;
    std::vector<Finding> out = review(cat, joinedIn);

    // A cover count that is right for the Annex A table alone stands.
    std::set<std::pair<int, int>> wrongAlone;
    if (!main.cover.empty())
    {
        ReviewInput alone = in;
        alone.reg = nullptr; // only the cover's counts are looked at
        for (const Finding& f : review(cat, alone))
            if (f.rule == "SOA-COVER-COUNTS")
                wrongAlone.emplace(f.where.row, f.where.col);
    }
    std::erase_if(
        out,
        [&](const Finding& f) {
            return f.rule == "SOA-COVER-COUNTS" && !wrongAlone.count({f.where.row, f.where.col});
        });

    for (Finding& f : out)
        if (f.where.sheet == main.sheet && f.where.row >= kPartRowBase)
        {
            f.where.sheet = cloudPart.sheet;
            f.where.row = joined.sheetRow(f.where.row);
            f.where.col = partColumn(main, cloudPart, f.where.col);
        }
    partDisagreements(cat, main, cloudPart, out);
    sortFindings(out);
    return out;
}

SoaComparison compareWithCloudParts(const Catalog& cat, const SoaTable& before,
                                    const SoaTable* beforePart, const SoaTable& after,
                                    const SoaTable* afterPart)
{
    const Joined old = beforePart ? join(cat, before, *beforePart) : Joined{before, {}};
    const Joined now = afterPart ? join(cat, after, *afterPart) : Joined{after, {}};
    SoaComparison cmp = compareSoa(cat, old.table, now.table);
    for (SoaRowChange& r : cmp.rows)
    {
        if (r.oldRow >= kPartRowBase)
            r.oldSheet = beforePart->sheet;
        if (r.newRow >= kPartRowBase)
            r.newSheet = afterPart->sheet;
        r.oldRow = r.oldRow >= 0 ? old.sheetRow(r.oldRow) : r.oldRow;
        r.newRow = r.newRow >= 0 ? now.sheetRow(r.newRow) : r.newRow;
    }
    auto note = [&](const Joined& side, const SoaTable* part, const char* en, const char* ja)
    {
        if (side.partRow.empty())
            return;
        const std::string n = std::to_string(side.partRow.size());
        cmp.notesEn.push_back(std::string(en) + " SoA's " + n +
                              " CLD controls were read from its sheet '" + part->sheet +
                              "', where it keeps its ISO/IEC 27017 controls.");
        cmp.notesJa.push_back(std::string(ja) + "の適用宣言書の CLD の管理策 " + n +
                              " 件は、ISO/IEC 27017 の管理策をまとめたシート「" + part->sheet +
                              "」から読みました。");
    };
    note(old, beforePart, "The earlier", "前回");
    note(now, afterPart, "The later", "今回");
    return cmp;
}

} // namespace isms
