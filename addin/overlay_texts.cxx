#include "overlay_texts.hxx"

#include "configuration.hxx"
#include "isms/overlay.hpp"

#include <osl/file.hxx>

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace isms::addin
{
namespace
{

/// The configured overlay as a system path ("" when none is configured or no context). A
/// file: URL is converted; a leading "~/" means the home directory. The setting lives in the
/// user profile, never in a workbook.
std::string configuredOverlayPath(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    rtl::OUString value =
        configurationString(context, "/org.ismscalc.Settings/Catalog", "OverlayPath");
    value = value.trim();
    if (value.isEmpty())
        return {};
    if (value.startsWithIgnoreAsciiCase("file:"))
    {
        rtl::OUString sys;
        if (osl::FileBase::getSystemPathFromFileURL(value, sys) == osl::FileBase::E_None)
            value = sys;
    }
    std::string path = rtl::OUStringToOString(value, RTL_TEXTENCODING_UTF8).getStr();
    if (path.rfind("~/", 0) == 0)
        if (const char* home = std::getenv("HOME"))
            path = std::string(home) + path.substr(1);
    return path;
}

std::mutex g_mutex;
std::shared_ptr<const OverlayTexts> g_current; // guarded by g_mutex
std::atomic<unsigned> g_generation{0};

std::shared_ptr<const OverlayTexts>
compose(const css::uno::Reference<css::uno::XComponentContext>& context, unsigned generation)
{
    const Catalog& cat = Catalog::builtin();
    const std::string path = configuredOverlayPath(context);
    std::array<std::string, 2> status;
    if (path.empty())
    {
        for (Lang l : {Lang::En, Lang::Ja})
            status[std::size_t(l)] = overlayStatus({}, nullptr, l);
        return std::make_shared<const OverlayTexts>(Texts(cat, GuidanceCatalog::builtin(), nullptr),
                                                    std::move(status), generation);
    }
    const auto loaded = loadOverlayFile(path, cat);
    for (Lang l : {Lang::En, Lang::Ja})
        status[std::size_t(l)] = overlayStatus(path, &loaded, l);
    return std::make_shared<const OverlayTexts>(
        Texts(cat, GuidanceCatalog::builtin(), loaded.ok() ? &loaded.value() : nullptr),
        std::move(status), generation);
}

} // namespace

OverlayTexts::OverlayTexts(Texts composed, std::array<std::string, 2> statusByLang, unsigned gen)
    : texts(std::move(composed)), uno(Catalog::builtin(), texts), status(std::move(statusByLang)),
      generation(gen)
{
}

std::shared_ptr<const OverlayTexts>
overlayTexts(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    std::lock_guard lock(g_mutex);
    if (!g_current)
        g_current = compose(context, g_generation.load());
    return g_current;
}

std::shared_ptr<const OverlayTexts>
reloadOverlayTexts(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    std::lock_guard lock(g_mutex);
    g_current = compose(context, g_generation.load() + 1);
    g_generation.store(g_current->generation);
    return g_current;
}

unsigned overlayTextsGeneration() noexcept
{
    return g_generation.load(std::memory_order_relaxed);
}

} // namespace isms::addin
