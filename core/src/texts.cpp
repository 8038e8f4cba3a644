#include "isms/texts.hpp"

namespace isms
{
namespace
{

constexpr Lang kLangs[] = {Lang::En, Lang::Ja};

std::string_view label(Role single, Lang lang)
{
    if (single == Role::Customer)
        return lang == Lang::Ja ? "カスタマ" : "Customer";
    return lang == Lang::Ja ? "プロバイダ" : "Provider";
}

std::string_view evidenceLabel(Lang lang)
{
    return lang == Lang::Ja ? " 証拠：" : " Evidence: ";
}
std::string_view noteLabel(Lang lang)
{
    return lang == Lang::Ja ? "その他の情報：" : "Other information: ";
}
std::string_view colon(Lang lang)
{
    return lang == Lang::Ja ? "：" : ": ";
}

/// Summary (overlay first) + evidence for one role of one entry; "" when none.
std::string roleText(const EntryGuidance& g, const OverlayEntry* ov, Role single, Lang lang)
{
    const auto& rg = g.forRole(single);
    if (!rg)
        return {};
    std::string out;
    const PartialText* licensed =
        ov ? (single == Role::Customer ? &ov->customer : &ov->provider) : nullptr;
    if (licensed && licensed->in(lang))
        out = *licensed->in(lang);
    else
        out = rg->summary.in(lang);
    out += evidenceLabel(lang);
    out += rg->evidence.in(lang);
    return out;
}

/// The text of one 27017 entry for a role (no id prefix).
std::string entryText(const EntryGuidance& g, const OverlayEntry* ov, Role role, Lang lang)
{
    if (g.note)
        return std::string(noteLabel(lang)) + g.note->in(lang);
    if (role != Role::Both)
        return roleText(g, ov, role, lang);
    std::string out;
    for (Role single : {Role::Customer, Role::Provider})
    {
        const std::string t = roleText(g, ov, single, lang);
        if (t.empty())
            continue;
        if (!out.empty())
            out += '\n';
        out += label(single, lang);
        out += colon(lang);
        out += t;
    }
    return out;
}

} // namespace

Texts::Texts(const Catalog& cat, const GuidanceCatalog& guidance, const Overlay* overlay)
    : m_titles(cat.size()), m_guidance(cat.size())
{
    std::vector<const OverlayEntry*> ov(cat.size(), nullptr);
    if (overlay)
        for (const OverlayEntry& e : overlay->entries)
            ov[e.control->index] = &e;

    for (Edition ed : {Edition::Iso27001_2013, Edition::Iso27001_2022, Edition::Iso27017_2015})
        for (const Control* c : cat.controls(ed))
            for (Lang l : kLangs)
            {
                const OverlayEntry* o = ov[c->index];
                m_titles[c->index][int(l)] = o && o->title.in(l) ? *o->title.in(l) : c->title.in(l);
            }

    for (const Control* c : cat.controls(Edition::Iso27001_2013)) // other-information entries too
        for (Lang l : kLangs)
            if (m_titles[c->index][int(l)].empty())
                m_titles[c->index][int(l)] = c->title.in(l);

    for (Role role : kStatedRoles)
        for (Lang l : kLangs)
        {
            // 27017 entries: their own text.
            for (Edition ed : {Edition::Iso27001_2013, Edition::Iso27017_2015})
                for (const Control* c : cat.controls(ed))
                    if (const EntryGuidance* g = guidance.find(*c))
                        m_guidance[c->index][roleIndex(role)][int(l)] =
                            entryText(*g, ov[c->index], role, l);
            // 2022 controls: the entries placed on them, prefixed with their ids.
            for (const Control* c : cat.controls(Edition::Iso27001_2022))
            {
                std::string out;
                for (const Control* e : c->cloudEntries)
                {
                    const EntryGuidance* g = guidance.find(*e);
                    if (!g)
                        continue;
                    std::string t = entryText(*g, ov[e->index], role, l);
                    if (t.empty())
                        continue;
                    if (!out.empty())
                        out += '\n';
                    out += e->canonical;
                    out += role == Role::Both && !g->note ? ":\n" : ": ";
                    out += t;
                }
                m_guidance[c->index][roleIndex(role)][int(l)] = std::move(out);
            }
        }
}

std::string_view Texts::title(const Control& c, Lang lang) const noexcept
{
    return m_titles[c.index][int(lang)];
}

std::string_view Texts::guidance(const Control& c, Role role, Lang lang) const noexcept
{
    if (role == Role::None)
        return {};
    return m_guidance[c.index][roleIndex(role)][int(lang)];
}

} // namespace isms
