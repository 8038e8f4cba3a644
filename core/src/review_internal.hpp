#pragma once
// Internal: pieces shared by soa_table.cpp and the review rule files (review_*.cpp).

#include "isms/review.hpp"
#include "isms/soa_table.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isms::review_detail
{

/// A number the cell holds, or its text starts with ("12", "12 件", "１２"); nullopt otherwise.
[[nodiscard]] std::optional<double> cellNumber(const GridCell& c);

/// A finding under construction.
[[nodiscard]] Finding make(std::string_view rule, Severity s, Location where, Text message,
                           Text fix);

/// The rules, by subject. Each appends to out.
void reviewSoa(const Catalog& cat, const ReviewInput& in, std::vector<Finding>& out);
void reviewRegister(const Catalog& cat, const ReviewInput& in, std::vector<Finding>& out);
void reviewCertification(const ReviewInput& in, std::vector<Finding>& out);

/// Whether a treatment cell accepts (retains) the risk: Accept, Retain, 受容, 保有 …
[[nodiscard]] bool treatmentAccepts(const GridCell& c);

} // namespace isms::review_detail
