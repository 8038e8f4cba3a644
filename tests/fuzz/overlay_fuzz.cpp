// Fuzz target: the licensed-text overlay loader must never crash, hang or throw on any input.
#include "isms/overlay.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = isms::parseOverlay(text, isms::Catalog::builtin()); // noexcept: a throw terminates
    if (r.ok())
        for (const auto& e : r.value().entries)
            if (!e.control)
                __builtin_trap();
    return 0;
}
