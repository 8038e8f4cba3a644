#pragma once
// The data files of core/data, compiled in (generated source: build/core/catalog_data.cpp).
#include <string_view>

namespace isms::data
{
extern const std::string_view kAnnex2013;
extern const std::string_view kAnnex2022;
extern const std::string_view kCloud2015;
extern const std::string_view kCloudGuidance;
extern const std::string_view kCloudRiskFactors;
extern const std::string_view kRiskMethods;
} // namespace isms::data
