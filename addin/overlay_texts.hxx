#pragma once
// The one provider of overlay-aware texts (catalog labels, 27017 guidance, and the licensed
// wording from the overlay file named by org.ismscalc.Settings/Catalog/OverlayPath) for cell
// functions, commands and the sidebar.
//
// Reload rule: the texts are composed once per office process, on first use, and composed
// again only when ISMS.OVERLAY() is calculated (reloadOverlayTexts). Everything that shows a
// text asks for the current texts each time, so after ISMS.OVERLAY() the cells (on the next
// recalculation), the commands and the sidebar all show the same wording.

#include "isms/texts.hpp"
#include "uno_texts.hxx"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <array>
#include <memory>
#include <string>

namespace isms::addin
{

struct OverlayTexts
{
    OverlayTexts(Texts composed, std::array<std::string, 2> statusByLang, unsigned gen);

    Texts texts;
    UnoTexts uno;                      ///< the same texts as OUString, for cell functions
    std::array<std::string, 2> status; ///< what ISMS.OVERLAY() says, by Lang
    unsigned generation;               ///< increases with every reload
};

/// The current texts (composed on first use). context may be null (in-process tests): then no
/// overlay is configured.
[[nodiscard]] std::shared_ptr<const OverlayTexts>
overlayTexts(const css::uno::Reference<css::uno::XComponentContext>& context);

/// Reads the overlay setting and file again and makes the result the current texts.
std::shared_ptr<const OverlayTexts>
reloadOverlayTexts(const css::uno::Reference<css::uno::XComponentContext>& context);

/// Increases with every reload: a holder of texts compares it to refresh cheaply.
[[nodiscard]] unsigned overlayTextsGeneration() noexcept;

} // namespace isms::addin
