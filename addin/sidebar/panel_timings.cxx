#include "sidebar/panel_timings.hxx"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <atomic>
#include <deque>
#include <iterator>
#include <mutex>

namespace isms::addin::sidebar
{

namespace
{
constexpr const char* kNames[] = {"SelectionChangeMicroseconds", "LayoutMicroseconds",
                                  "SnapshotMicroseconds"};
constexpr std::size_t kKinds = std::size(kNames);
constexpr std::size_t kMaxSamples = 100000;

std::atomic<bool> g_recorded{false};
std::mutex g_mutex;
std::deque<double>& samples(std::size_t which)
{
    static std::deque<double> s[kKinds];
    return s[which];
}

void record(std::size_t which, double microseconds) noexcept
{
    if (!g_recorded.load(std::memory_order_relaxed))
        return;
    try
    {
        std::lock_guard lock(g_mutex);
        auto& s = samples(which);
        s.push_back(microseconds);
        if (s.size() > kMaxSamples)
            s.pop_front();
    }
    catch (...)
    {
    }
}

int indexOf(const rtl::OUString& name)
{
    for (std::size_t i = 0; i < kKinds; ++i)
        if (name.equalsAscii(kNames[i]))
            return int(i);
    return -1;
}
} // namespace

void setTimingsRecorded(bool on) noexcept
{
    g_recorded.store(on);
}

void recordSelectionChange(double microseconds) noexcept
{
    record(0, microseconds);
}

void recordLayout(double microseconds) noexcept
{
    record(1, microseconds);
}

void recordSnapshot(double microseconds) noexcept
{
    record(2, microseconds);
}

css::uno::Any PanelTimings::getByName(const rtl::OUString& name)
{
    const int which = indexOf(name);
    if (which < 0)
        throw css::container::NoSuchElementException(name, static_cast<cppu::OWeakObject*>(this));
    std::lock_guard lock(g_mutex);
    const auto& s = samples(std::size_t(which));
    css::uno::Sequence<double> out(sal_Int32(s.size()));
    std::copy(s.begin(), s.end(), out.getArray());
    return css::uno::Any(out);
}

css::uno::Sequence<rtl::OUString> PanelTimings::getElementNames()
{
    const auto count = sal_Int32(kKinds);
    css::uno::Sequence<rtl::OUString> names(count);
    for (sal_Int32 i = 0; i < count; ++i)
        names.getArray()[i] = rtl::OUString::createFromAscii(kNames[i]);
    return names;
}

sal_Bool PanelTimings::hasByName(const rtl::OUString& name)
{
    return indexOf(name) >= 0;
}

css::uno::Type PanelTimings::getElementType()
{
    return cppu::UnoType<css::uno::Sequence<double>>::get();
}

sal_Bool PanelTimings::hasElements()
{
    return true;
}

rtl::OUString PanelTimings::getImplementationName()
{
    return rtl::OUString::createFromAscii(kTimingsImplementation);
}

sal_Bool PanelTimings::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> PanelTimings::getSupportedServiceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = rtl::OUString::createFromAscii(kTimingsService);
    return names;
}

} // namespace isms::addin::sidebar
