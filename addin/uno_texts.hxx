#pragma once
// The composed texts (core Texts: catalog labels, 27017 guidance, overlay) converted once to
// OUString, so a cell function returns a reference-counted copy instead of converting UTF-8
// per call.

#include "isms/texts.hpp"

#include <rtl/ustring.hxx>

#include <array>
#include <vector>

namespace isms::addin
{

class UnoTexts
{
public:
    UnoTexts(const Catalog& cat, const Texts& texts);

    [[nodiscard]] const rtl::OUString& title(const Control& c, Lang lang) const noexcept
    {
        return m_titles[c.index][int(lang)];
    }
    [[nodiscard]] const rtl::OUString& guidance(const Control& c, Role role,
                                                Lang lang) const noexcept
    {
        return m_guidance[c.index][roleIndex(role)][int(lang)]; // role: a stated role
    }

private:
    std::vector<std::array<rtl::OUString, 2>> m_titles;
    std::vector<std::array<std::array<rtl::OUString, 2>, 3>> m_guidance;
};

} // namespace isms::addin
