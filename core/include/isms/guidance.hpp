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

/// The role the organisation states (Role, catalog.hpp):
/// "customer"/カスタマ/クラウドサービスカスタマ, "provider"/プロバイダ/クラウドサービスプロバイダ,
/// "both"/両方. Case-insensitive; never None; an empty text is an error too (the caller decides
/// defaults).
[[nodiscard]] Result<Role> parseRole(std::u16string_view s, int argIndex);
/// A stated role as people read it (None: ""): "Cloud service customer" / クラウドサービスカスタマ,
/// "Cloud service provider" / クラウドサービスプロバイダ, "Both customer and provider" /
/// 両方(カスタマ及びプロバイダ).
[[nodiscard]] std::string_view roleLabel(Role r, Lang lang) noexcept;
/// What stands in place of the role when ISMS.Role is not stated: "not stated (ISMS.Role)" /
/// 未記載(ISMS.Role).
[[nodiscard]] std::string_view roleNotStatedLabel(Lang lang) noexcept;

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

    /// single: Customer or Provider.
    [[nodiscard]] const std::optional<RoleGuidance>& forRole(Role single) const noexcept
    {
        return single == Role::Customer ? customer : provider;
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
