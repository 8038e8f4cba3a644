#pragma once
/// @file guidance.hpp
/// ISO/IEC 27017 cloud guidance in isms-calc's own words: for each 27017 entry (a CLD control
/// or an extended 27002:2013 control) and each role 27017 addresses, what that role is expected
/// to do and what evidence an auditor asks for; for "other information" entries, a note.

#include "isms/catalog.hpp"
#include "isms/result.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace isms
{

/// The role the organisation states (JIP-ISMS517): cloud service customer, provider or both.
enum class Role : std::uint8_t
{
    Customer,
    Provider,
    Both
};

/// "customer"/カスタマ/クラウドサービスカスタマ, "provider"/プロバイダ/クラウドサービスプロバイダ,
/// "both"/両方. Case-insensitive; an empty text is an error too (the caller decides defaults).
[[nodiscard]] Result<Role> parseRole(std::u16string_view s, int argIndex);
/// "customer", "provider", "both".
[[nodiscard]] std::string_view roleName(Role r) noexcept;
/// The roles a Role stands for.
[[nodiscard]] constexpr CloudRoles rolesOf(Role r) noexcept
{
    return r == Role::Customer   ? CloudRoles::Customer
           : r == Role::Provider ? CloudRoles::Provider
                                 : CloudRoles::Both;
}

/// What one role is expected to do, and the evidence an auditor asks for.
struct RoleGuidance
{
    Text summary;
    Text evidence;
};

/// The guidance of one 27017 entry.
struct EntryGuidance
{
    const Control* entry = nullptr;
    std::optional<RoleGuidance> customer;
    std::optional<RoleGuidance> provider;
    std::optional<Text> note; ///< only for otherInformationOnly entries

    [[nodiscard]] const std::optional<RoleGuidance>& forRole(CloudRoles single) const noexcept
    {
        return single == CloudRoles::Customer ? customer : provider;
    }
};

/// All guidance, indexed by the catalog's controls.
class GuidanceCatalog
{
public:
    /// The guidance compiled into the library (core/data/cloud-guidance.json).
    [[nodiscard]] static const GuidanceCatalog& builtin();
    /// Every 27017 entry must have text for exactly the roles the catalog says it addresses,
    /// and a note exactly when it is otherInformationOnly; otherwise an Internal error.
    [[nodiscard]] static Result<GuidanceCatalog> fromJson(std::string_view json,
                                                          const Catalog& cat);

    /// The guidance of a 27017 entry, or nullptr (not a 27017 entry).
    [[nodiscard]] const EntryGuidance* find(const Control& c) const noexcept;

private:
    std::vector<EntryGuidance> m_byIndex; // by Control::index; entry == nullptr: none
};

} // namespace isms
