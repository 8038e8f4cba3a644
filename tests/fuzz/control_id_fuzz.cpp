// Fuzz target: id parsing must never crash, and whatever it accepts must parse back to itself.
#include "isms/ids.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = isms::parseControlId(text);
    if (r.ok())
    {
        const std::string canonical = r->canonical();
        auto again = isms::parseControlId(std::string_view(canonical));
        if (!again.ok() || !(*again == *r))
            __builtin_trap();
    }
    std::u16string wide;
    for (std::size_t i = 0; i + 1 < size; i += 2)
        wide += char16_t(data[i] | (data[i + 1] << 8));
    (void)isms::parseControlId(std::u16string_view(wide));
    return 0;
}
