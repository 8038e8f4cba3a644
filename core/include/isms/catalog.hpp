#pragma once
/// @file catalog.hpp
/// The control catalog: ISO/IEC 27001:2013 and :2022 Annex A, ISO/IEC 27017:2015, and the
/// correspondence between them. Built once from JSON data compiled into the library; an
/// edition is data, so a new edition is a data change.

#include "isms/ids.hpp"
#include "isms/result.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace isms
{

/// User interface language of a returned label.
enum class Lang : std::uint8_t
{
    En,
    Ja
};

/// A cloud role (a bit set): the role an organisation states (JIP-ISMS517: cloud service
/// customer, provider or both; never None once stated), or the roles ISO/IEC 27017 gives a
/// control guidance for (None: no cloud guidance).
enum class Role : std::uint8_t
{
    None = 0,
    Customer = 1,
    Provider = 2,
    Both = 3 ///< Customer | Provider
};
[[nodiscard]] constexpr Role operator|(Role a, Role b) noexcept
{
    return Role(std::uint8_t(a) | std::uint8_t(b));
}
/// Whether set holds every role of r (never for None).
[[nodiscard]] constexpr bool has(Role set, Role r) noexcept
{
    return (std::uint8_t(set) & std::uint8_t(r)) == std::uint8_t(r) && r != Role::None;
}
/// The roles a person can state, in the order of lists and tables indexed by roleIndex.
inline constexpr std::array<Role, 3> kStatedRoles = {Role::Customer, Role::Provider, Role::Both};
/// A stated role's position in kStatedRoles: Customer 0, Provider 1, Both 2 (not for None).
[[nodiscard]] constexpr std::size_t roleIndex(Role r) noexcept
{
    return std::size_t(r) - 1;
}
/// "customer", "provider", "both", or "" (None).
[[nodiscard]] std::string_view roleName(Role r) noexcept;

/// The standards a control belongs to.
enum class Edition : std::uint8_t
{
    Iso27001_2013,
    Iso27001_2022,
    Iso27017_2015
};
/// "27001:2013", "27001:2022", "27017:2015".
[[nodiscard]] std::string_view editionName(Edition e) noexcept;

/// A text in both user interface languages.
struct Text
{
    std::string en;
    std::string ja;
    [[nodiscard]] const std::string& in(Lang l) const noexcept { return l == Lang::Ja ? ja : en; }
};

/// A clause (2013: A.9), a control objective (2013: A.9.2; 27017: CLD.9.5) or a theme
/// (2022: 5 "organizational").
struct Group
{
    std::string id;
    std::string key; ///< themes only: organizational / people / physical / technological
    Text title;
};

/// One control of one edition.
struct Control
{
    std::uint16_t index = 0; ///< position in the catalog, 0 … Catalog::size()-1
    ControlId id;
    std::string canonical; ///< "A.9.2.3", "5.15", "CLD.6.3.1"
    Edition edition = Edition::Iso27001_2022;
    Text title;
    const Group* clause = nullptr;    ///< 2013 and CLD: clause A.x; 2022: theme
    const Group* objective = nullptr; ///< 2013 and CLD: objective; 2022: none
    bool isNew = false;               ///< 2022: new in 2022; CLD: added by 27017
    /// 2013: the 2022 controls it became; 2022: its 2013 predecessors; CLD: the 2022 controls
    /// it stands beside. Ascending.
    std::vector<const Control*> mapped;
    /// Roles 27017 guidance addresses. 2013 and CLD: 27017's own; 2022: the union over its
    /// 2013 predecessors and the CLD controls placed beside it.
    Role cloudRoles = Role::None;
    bool extendedBy27017 = false;      ///< 2013: 27017 adds cloud guidance to this control
    bool otherInformationOnly = false; ///< 2013: 27017 adds only "other information"
    /// 2022: the 27017 entries (2013 predecessors with guidance, CLD controls) it carries.
    std::vector<const Control*> cloudEntries;
};

/// The whole catalog. Immutable once built; safe to read from any thread.
class Catalog
{
public:
    /// The catalog compiled into the library, parsed on first use.
    [[nodiscard]] static const Catalog& builtin();
    /// Builds a catalog from the three data files (JSON with // comments). Any inconsistency
    /// (duplicate or unknown id, missing label, mapping to a control that does not exist) is an
    /// Internal error naming the problem.
    [[nodiscard]] static Result<Catalog>
    fromJson(std::string_view annex2013, std::string_view annex2022, std::string_view cloud2015);

    /// The control with this id, or nullptr.
    [[nodiscard]] const Control* find(const ControlId& id) const noexcept;
    /// Parses and finds; unknown ids are InvalidArgument errors (argIndex 0).
    [[nodiscard]] Result<const Control*> lookup(std::u16string_view text) const;
    [[nodiscard]] Result<const Control*> lookup(std::string_view utf8) const;

    /// All controls of 27001:2013 (114) or 27001:2022 (93) in standard order.
    /// For Iso27017_2015: the 44 entries 27017 gives role guidance for (37 extended 2013
    /// controls and 7 CLD controls) in clause order; the two 2013 controls that 27017 gives only
    /// "other information" (otherInformationOnly) are not among them.
    [[nodiscard]] const std::vector<const Control*>& controls(Edition e) const noexcept;
    [[nodiscard]] const std::vector<Group>& clauses2013() const noexcept { return m_clauses; }
    [[nodiscard]] const std::vector<Group>& objectives() const noexcept { return m_objectives; }
    [[nodiscard]] const std::vector<Group>& themes2022() const noexcept { return m_themes; }
    /// Number of controls of all editions (Control::index is below it).
    [[nodiscard]] std::size_t size() const noexcept { return m_store.size(); }

    Catalog(Catalog&&) = default;
    Catalog& operator=(Catalog&&) = default;

private:
    Catalog() = default;
    friend struct CatalogBuilder;

    std::deque<Control> m_store; // stable addresses
    std::unordered_map<std::uint32_t, const Control*> m_byKey;
    std::vector<const Control*> m_lists[3];
    std::vector<Group> m_clauses, m_objectives, m_themes;
};

} // namespace isms
