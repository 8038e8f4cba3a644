#pragma once
/// @file cloud_risks.hpp
/// Cloud-specific risk factors a JIP-ISMS517 risk assessment must consider, with the roles
/// they concern and the 27017 entries and 27001:2022 controls that treat them.

#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/result.hpp"

#include <string>
#include <vector>

namespace isms
{

struct CloudRiskFactor
{
    std::string id; ///< "CRF-01" …
    Text title;
    Text description;
    Role roles = Role::Both;                  ///< whose risk assessment must cover it
    std::vector<const Control*> cloudEntries; ///< 27017 entries that treat it
    std::vector<const Control*> controls2022; ///< 27001:2022 controls that treat it
};

class CloudRiskCatalog
{
public:
    /// The factors compiled into the library (core/data/cloud-risk-factors.json).
    [[nodiscard]] static const CloudRiskCatalog& builtin();
    [[nodiscard]] static Result<CloudRiskCatalog> fromJson(std::string_view json,
                                                           const Catalog& cat);

    [[nodiscard]] const std::vector<CloudRiskFactor>& all() const noexcept { return m_factors; }
    /// The factors an organisation in that role must assess (Both: all of them).
    [[nodiscard]] std::vector<const CloudRiskFactor*> forRole(Role role) const;

private:
    std::vector<CloudRiskFactor> m_factors;
};

} // namespace isms
