#include "isms/soa_import.hpp"

#include "isms/utf.hpp"

#include <algorithm>
#include <set>

namespace isms
{
namespace
{

using C = SoaColumn;

/// Carries the rows of t that name a control of 27001:2022 Annex A or a CLD control; with
/// onlyCld, the CLD rows alone (a 27017 part lists 2013-numbered controls beside them).
void carry(const Catalog& cat, const SoaTable& t, bool onlyCld, std::set<const Control*>& seen,
           SoaImport& out)
{
    bool any = false;
    for (std::size_t i = 0; i < t.rows.size() && i < t.ids.size(); ++i)
    {
        if (t.ids[i].empty())
        {
            // a heading, a note, a row that names no single control, or another standard's
            // control (ISO/IEC 27018's A.5.1), which is named as not carried
            if (!onlyCld && std::binary_search(t.otherStandardRows.begin(),
                                               t.otherStandardRows.end(), t.rows[i].first))
                out.notControls.push_back(cellUtf8(t.rows[i].second.at(C::Control)));
            continue;
        }
        const SoaRow& from = t.rows[i].second;
        const auto found = cat.lookup(std::string_view(t.ids[i]));
        const Control* c = found.ok() ? *found : nullptr;
        const bool wanted = c && (c->edition == Edition::Iso27017_2015 ||
                                  (!onlyCld && c->edition == Edition::Iso27001_2022));
        if (!wanted)
        {
            if (!onlyCld)
                out.notControls.push_back(cellUtf8(from.at(C::Control)));
            continue;
        }
        if (!seen.insert(c).second)
        {
            if (std::find(out.repeated.begin(), out.repeated.end(), c->canonical) ==
                out.repeated.end())
                out.repeated.push_back(c->canonical);
            continue;
        }
        SoaRow row;
        row.at(C::Control).text = toUtf16(c->canonical);
        for (std::size_t k = 0; k < kSoaColumnCount; ++k)
            if (!isComputed(SoaColumn(k)) && t.has(SoaColumn(k)))
                row.cells[k] = from.cells[k];
        out.rows.push_back(std::move(row));
        any = true;
    }
    if (any)
        out.sheets.push_back(t.sheet);
}

} // namespace

SoaImport importOwnSoa(const Catalog& cat, const SoaTable& own, const SoaTable* cloudPart)
{
    SoaImport out;
    if (own.edition == "2013" || own.edition == "2005")
    {
        out.olderNumbering = true;
        return out;
    }
    std::set<const Control*> seen;
    carry(cat, own, false, seen, out);
    if (cloudPart)
        carry(cat, *cloudPart, true, seen, out);
    return out;
}

} // namespace isms
