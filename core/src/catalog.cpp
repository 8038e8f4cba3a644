#include "isms/catalog.hpp"

#include "catalog_data.hpp"
#include "json_read.hpp"

#include <algorithm>
#include <stdexcept>

namespace isms
{

std::string_view roleName(Role r) noexcept
{
    switch (r)
    {
    case Role::Customer:
        return "customer";
    case Role::Provider:
        return "provider";
    case Role::Both:
        return "both";
    case Role::None:
        break;
    }
    return {};
}

std::string_view editionName(Edition e) noexcept
{
    switch (e)
    {
    case Edition::Iso27001_2013:
        return "27001:2013";
    case Edition::Iso27001_2022:
        return "27001:2022";
    case Edition::Iso27017_2015:
        return "27017:2015";
    }
    return {};
}

/// Builds a Catalog from parsed JSON. Every data problem throws json_read::DataError with a
/// message naming the entry; fromJson turns it into an Internal error.
struct CatalogBuilder
{
    using json = json_read::json;
    Catalog cat;

    static ControlId id(const std::string& s, IdScheme want, const std::string& where)
    {
        auto r = parseControlId(std::string_view(s));
        if (!r.ok() || r->scheme != want || r->canonical() != s)
            json_read::fail(where + ": '" + s + "' is not a canonical id of the expected scheme");
        return *r;
    }

    Control& add(Control c)
    {
        const auto key = c.id.key();
        if (cat.m_byKey.count(key))
            json_read::fail("duplicate control " + c.canonical);
        c.index = static_cast<std::uint16_t>(cat.m_store.size());
        cat.m_store.push_back(std::move(c));
        Control& stored = cat.m_store.back();
        cat.m_byKey.emplace(key, &stored);
        return stored;
    }

    Control& need(const std::string& s, IdScheme scheme, const std::string& where)
    {
        const Control* c = cat.find(id(s, scheme, where));
        if (!c)
            json_read::fail(where + ": refers to unknown control " + s);
        return const_cast<Control&>(*c);
    }

    static const Group* group(const std::vector<Group>& gs, std::string_view gid)
    {
        for (const Group& g : gs)
            if (g.id == gid)
                return &g;
        return nullptr;
    }

    static void readGroups(const json& arr, std::vector<Group>& out, const char* what)
    {
        if (!arr.is_array())
            json_read::fail(std::string(what) + " must be an array");
        for (const json& g : arr)
        {
            Group grp;
            grp.id = json_read::str(g, "id", what);
            if (g.contains("key"))
                grp.key = json_read::str(g, "key", grp.id);
            grp.title = json_read::text(g.value("title", json()), grp.id + " title");
            out.push_back(std::move(grp));
        }
    }

    static std::string prefix(const std::string& id, int dots)
    {
        std::size_t pos = 0;
        for (int i = 0; i <= dots; ++i)
        {
            pos = id.find('.', pos + 1);
            if (pos == std::string::npos)
                return id;
        }
        return id.substr(0, pos);
    }

    void build(const json& j13, const json& j22, const json& j17)
    {
        // Groups first: their vectors must not grow once controls point into them.
        readGroups(j13.at("clauses"), cat.m_clauses, "2013 clauses");
        readGroups(j13.at("objectives"), cat.m_objectives, "2013 objectives");
        readGroups(j17.at("objectives"), cat.m_objectives, "27017 objectives");
        readGroups(j22.at("themes"), cat.m_themes, "2022 themes");

        for (const json& c : j13.at("controls"))
        {
            Control ctl;
            ctl.canonical = json_read::str(c, "id", "2013 control");
            ctl.id = id(ctl.canonical, IdScheme::Annex2013, ctl.canonical);
            ctl.edition = Edition::Iso27001_2013;
            ctl.title = json_read::text(c.value("title", json()), ctl.canonical + " title");
            ctl.clause = group(cat.m_clauses, prefix(ctl.canonical, 1));
            ctl.objective = group(cat.m_objectives, prefix(ctl.canonical, 2));
            if (!ctl.clause || !ctl.objective)
                json_read::fail(ctl.canonical + ": clause or objective missing");
            cat.m_lists[0].push_back(&add(std::move(ctl)));
        }
        for (const json& c : j22.at("controls"))
        {
            Control ctl;
            ctl.canonical = json_read::str(c, "id", "2022 control");
            ctl.id = id(ctl.canonical, IdScheme::Annex2022, ctl.canonical);
            ctl.edition = Edition::Iso27001_2022;
            ctl.title = json_read::text(c.value("title", json()), ctl.canonical + " title");
            ctl.clause = group(cat.m_themes, std::to_string(ctl.id.n[0]));
            if (!ctl.clause)
                json_read::fail(ctl.canonical + ": theme missing");
            ctl.isNew = c.value("new", false);
            Control& stored = add(std::move(ctl));
            cat.m_lists[1].push_back(&stored);
            for (const json& from : c.at("from2013"))
            {
                Control& old = need(from.get<std::string>(), IdScheme::Annex2013, stored.canonical);
                stored.mapped.push_back(&old);
                old.mapped.push_back(&stored);
            }
            if (stored.isNew != stored.mapped.empty())
                json_read::fail(stored.canonical +
                                ": a control is new exactly when it has no 2013 source");
        }
        for (const Control* old : cat.m_lists[0])
            if (old->mapped.empty())
                json_read::fail(old->canonical + ": no 2022 control corresponds to it");

        std::vector<const Control*> cloud;
        for (const json& c : j17.at("controls"))
        {
            Control ctl;
            ctl.canonical = json_read::str(c, "id", "27017 control");
            ctl.id = id(ctl.canonical, IdScheme::Cloud, ctl.canonical);
            ctl.edition = Edition::Iso27017_2015;
            ctl.title = json_read::text(c.value("title", json()), ctl.canonical + " title");
            ctl.clause = group(cat.m_clauses, "A." + std::to_string(ctl.id.n[0]));
            ctl.objective = group(cat.m_objectives, json_read::str(c, "objective", ctl.canonical));
            if (!ctl.clause || !ctl.objective)
                json_read::fail(ctl.canonical + ": clause or objective missing");
            ctl.isNew = true;
            ctl.cloudRoles =
                json_read::roles(json_read::str(c, "roles", ctl.canonical), ctl.canonical);
            Control& stored = add(std::move(ctl));
            for (const json& rel : c.at("related2022"))
            {
                Control& now = need(rel.get<std::string>(), IdScheme::Annex2022, stored.canonical);
                stored.mapped.push_back(&now);
                now.cloudEntries.push_back(&stored);
                now.cloudRoles = now.cloudRoles | stored.cloudRoles;
            }
            if (stored.mapped.empty())
                json_read::fail(stored.canonical + ": related2022 is empty");
            cloud.push_back(&stored);
        }
        for (const json& e : j17.at("extended"))
        {
            const std::string sid = json_read::str(e, "id", "27017 extended");
            Control& old = need(sid, IdScheme::Annex2013, "27017 extended");
            if (old.extendedBy27017)
                json_read::fail(sid + ": listed twice in 27017 extended");
            old.extendedBy27017 = true;
            old.otherInformationOnly = e.value("otherInformationOnly", false);
            // A note-only entry ("other information for cloud services") gives no role any
            // guidance: it has no roles and is not one of the 37 guidance entries.
            if (old.otherInformationOnly == e.contains("roles"))
                json_read::fail(sid +
                                ": an entry has roles exactly when it is not otherInformationOnly");
            if (!old.otherInformationOnly)
                old.cloudRoles = json_read::roles(json_read::str(e, "roles", sid), sid);
            for (const Control* now : old.mapped)
            {
                auto& n = const_cast<Control&>(*now);
                n.cloudEntries.push_back(&old);
                n.cloudRoles = n.cloudRoles | old.cloudRoles;
            }
            if (!old.otherInformationOnly)
                cloud.push_back(&old);
        }

        auto byKey = [](const Control* a, const Control* b) { return a->id.key() < b->id.key(); };
        auto byNumber = [](const Control* a, const Control* b)
        {
            return a->id.numericKey() != b->id.numericKey()
                       ? a->id.numericKey() < b->id.numericKey()
                       : a->id.key() < b->id.key();
        };
        for (Control& c : cat.m_store)
        {
            std::sort(c.mapped.begin(), c.mapped.end(), byKey);
            std::sort(c.cloudEntries.begin(), c.cloudEntries.end(), byNumber);
        }
        std::sort(cat.m_lists[0].begin(), cat.m_lists[0].end(), byKey);
        std::sort(cat.m_lists[1].begin(), cat.m_lists[1].end(), byKey);
        std::sort(cloud.begin(), cloud.end(), byNumber);
        cat.m_lists[2] = std::move(cloud);
    }
};

Result<Catalog> Catalog::fromJson(std::string_view annex2013, std::string_view annex2022,
                                  std::string_view cloud2015)
{
    try
    {
        CatalogBuilder b;
        b.build(json_read::parse(annex2013, "27001:2013 data"),
                json_read::parse(annex2022, "27001:2022 data"),
                json_read::parse(cloud2015, "27017:2015 data"));
        return std::move(b.cat);
    }
    catch (const std::exception& e)
    {
        return Error{ErrorKind::Internal, -1, std::string("control catalog: ") + e.what()};
    }
}

const Catalog& Catalog::builtin()
{
    static const Catalog instance =
        json_read::builtinOrThrow(fromJson(data::kAnnex2013, data::kAnnex2022, data::kCloud2015));
    return instance;
}

const Control* Catalog::find(const ControlId& id) const noexcept
{
    auto it = m_byKey.find(id.key());
    return it == m_byKey.end() ? nullptr : it->second;
}

namespace
{
template <typename S> Result<const Control*> lookupText(const Catalog& cat, S text)
{
    auto id = parseControlId(text);
    if (!id.ok())
        return id.error();
    if (const Control* c = cat.find(*id))
        return c;
    return invalidArgument(0, "control " + id->canonical() + " does not exist in " +
                                  (id->scheme == IdScheme::Annex2013   ? "ISO/IEC 27001:2013"
                                   : id->scheme == IdScheme::Annex2022 ? "ISO/IEC 27001:2022"
                                                                       : "ISO/IEC 27017:2015"));
}
} // namespace

Result<const Control*> Catalog::lookup(std::u16string_view text) const
{
    return lookupText(*this, text);
}
Result<const Control*> Catalog::lookup(std::string_view utf8) const
{
    return lookupText(*this, utf8);
}

const std::vector<const Control*>& Catalog::controls(Edition e) const noexcept
{
    return m_lists[static_cast<int>(e)];
}

} // namespace isms
