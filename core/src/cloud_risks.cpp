#include "isms/cloud_risks.hpp"

#include "catalog_data.hpp"
#include "json_read.hpp"

#include <set>

namespace isms
{

Result<CloudRiskCatalog> CloudRiskCatalog::fromJson(std::string_view data, const Catalog& cat)
{
    using namespace json_read;
    try
    {
        const json j = parse(data, "cloud risk factors data");
        CloudRiskCatalog out;
        std::set<std::string> ids;
        for (const json& f : array(j, "factors", "cloud risk factors"))
        {
            CloudRiskFactor r;
            r.id = str(f, "id", "cloud risk factor");
            if (!ids.insert(r.id).second)
                fail(r.id + ": duplicate risk factor id");
            r.title = text(f.value("title", json()), r.id + " title");
            r.description = text(f.value("description", json()), r.id + " description");
            r.roles = roles(str(f, "roles", r.id), r.id);
            for (const json& c : array(f, "cloud", r.id))
            {
                auto found = cat.lookup(std::string_view(c.get<std::string>()));
                if (!found.ok() || (*found)->cloudRoles == Role::None ||
                    (*found)->edition == Edition::Iso27001_2022)
                    fail(r.id + ": '" + c.get<std::string>() +
                         "' is not a 27017 entry with role guidance");
                r.cloudEntries.push_back(*found);
            }
            for (const json& c : array(f, "controls2022", r.id))
            {
                auto found = cat.lookup(std::string_view(c.get<std::string>()));
                if (!found.ok() || (*found)->edition != Edition::Iso27001_2022)
                    fail(r.id + ": '" + c.get<std::string>() + "' is not a 27001:2022 control");
                r.controls2022.push_back(*found);
            }
            if (r.cloudEntries.empty() || r.controls2022.empty())
                fail(r.id + ": needs at least one 27017 entry and one 2022 control");
            out.m_factors.push_back(std::move(r));
        }
        if (out.m_factors.empty())
            fail("no risk factors");
        return out;
    }
    catch (const std::exception& e)
    {
        return Error{ErrorKind::Internal, -1, std::string("cloud risk factors: ") + e.what()};
    }
}

const CloudRiskCatalog& CloudRiskCatalog::builtin()
{
    static const CloudRiskCatalog instance =
        json_read::builtinOrThrow(fromJson(data::kCloudRiskFactors, Catalog::builtin()));
    return instance;
}

std::vector<const CloudRiskFactor*> CloudRiskCatalog::forRole(Role role) const
{
    std::vector<const CloudRiskFactor*> out;
    for (const auto& f : m_factors)
        if (role == Role::Both || has(f.roles, role))
            out.push_back(&f);
    return out;
}

} // namespace isms
