#include "uno_texts.hxx"

#include "functions/conversions.hxx"

namespace isms::addin
{

UnoTexts::UnoTexts(const Catalog& cat, const Texts& texts)
    : m_titles(cat.size()), m_guidance(cat.size())
{
    for (Edition e : {Edition::Iso27001_2013, Edition::Iso27001_2022, Edition::Iso27017_2015})
        for (const Control* c : cat.controls(e))
            for (Lang l : {Lang::En, Lang::Ja})
            {
                m_titles[c->index][int(l)] = toOUString(texts.title(*c, l));
                for (Role r : kStatedRoles)
                    m_guidance[c->index][roleIndex(r)][int(l)] =
                        toOUString(texts.guidance(*c, r, l));
            }
}

} // namespace isms::addin
