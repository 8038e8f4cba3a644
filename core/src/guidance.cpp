#include "isms/guidance.hpp"

#include "catalog_data.hpp"
#include "json_read.hpp"
#include "keywords.hpp"

namespace isms
{

Result<Role> parseRole(std::u16string_view s, int argIndex)
{
    if (isKeyword(
            s, {u"customer", u"カスタマ", u"クラウドサービスカスタマ", u"cloud service customer"}))
        return Role::Customer;
    if (isKeyword(s, {u"provider", u"プロバイダ", u"クラウドサービスプロバイダ",
                      u"cloud service provider"}))
        return Role::Provider;
    if (isKeyword(s, {u"both", u"両方", u"customer and provider", u"カスタマ及びプロバイダ"}))
        return Role::Both;
    return invalidArgument(argIndex,
                           "role '" + keywordForMessage(s) +
                               "' is not customer, provider or both (カスタマ/プロバイダ/両方)");
}

std::string_view roleLabel(Role r, Lang lang) noexcept
{
    const bool ja = lang == Lang::Ja;
    switch (r)
    {
    case Role::Customer:
        return ja ? "クラウドサービスカスタマ" : "Cloud service customer";
    case Role::Provider:
        return ja ? "クラウドサービスプロバイダ" : "Cloud service provider";
    case Role::Both:
        return ja ? "両方(カスタマ及びプロバイダ)" : "Both customer and provider";
    case Role::None:
        break;
    }
    return {};
}

std::string_view roleNotStatedLabel(Lang lang) noexcept
{
    return lang == Lang::Ja ? "未記載(ISMS.Role)" : "not stated (ISMS.Role)";
}

Result<GuidanceCatalog> GuidanceCatalog::fromJson(std::string_view data, const Catalog& cat)
{
    using namespace json_read;
    try
    {
        const json j = parse(data, "cloud guidance data");
        GuidanceCatalog g;
        g.m_byIndex.resize(cat.size());
        for (const json& e : array(j, "entries", "cloud guidance"))
        {
            const std::string id = str(e, "id", "cloud guidance entry");
            auto found = cat.lookup(std::string_view(id));
            if (!found.ok() || (*found)->canonical != id)
                fail("cloud guidance: unknown or non-canonical id '" + id + "'");
            const Control& c = **found;
            const bool is27017 = c.edition == Edition::Iso27017_2015 || c.extendedBy27017;
            if (!is27017)
                fail(id + ": not a 27017 entry");
            EntryGuidance& out = g.m_byIndex[c.index];
            if (out.entry)
                fail(id + ": listed twice in the cloud guidance");
            out.entry = &c;
            auto role = [&](const char* key) -> std::optional<RoleGuidance>
            {
                if (!e.contains(key))
                    return std::nullopt;
                const json& r = e[key];
                return RoleGuidance{
                    text(r.value("summary", json()), id + " " + key + " summary"),
                    text(r.value("evidence", json()), id + " " + key + " evidence")};
            };
            out.customer = role("customer");
            out.provider = role("provider");
            if (e.contains("note"))
                out.note = text(e["note"], id + " note");
            const Role given = (out.customer ? Role::Customer : Role::None) |
                               (out.provider ? Role::Provider : Role::None);
            if (given != c.cloudRoles)
                fail(id + ": guidance is given for '" + std::string(roleName(given)) +
                     "' but 27017 addresses '" + std::string(roleName(c.cloudRoles)) + "'");
            if (out.note.has_value() != c.otherInformationOnly)
                fail(id + ": a note is given exactly for the other-information-only entries");
        }
        for (Edition e : {Edition::Iso27001_2013, Edition::Iso27017_2015})
            for (const Control* c : cat.controls(e))
                if ((c->extendedBy27017 || c->edition == Edition::Iso27017_2015) &&
                    !g.m_byIndex[c->index].entry)
                    fail(c->canonical + ": 27017 entry without guidance");
        for (const Control* c : cat.controls(Edition::Iso27001_2013))
            if (c->otherInformationOnly && !g.m_byIndex[c->index].entry)
                fail(c->canonical + ": other-information entry without a note");
        return g;
    }
    catch (const std::exception& e)
    {
        return Error{ErrorKind::Internal, -1, std::string("cloud guidance: ") + e.what()};
    }
}

const GuidanceCatalog& GuidanceCatalog::builtin()
{
    static const GuidanceCatalog instance =
        json_read::builtinOrThrow(fromJson(data::kCloudGuidance, Catalog::builtin()));
    return instance;
}

const EntryGuidance* GuidanceCatalog::find(const Control& c) const noexcept
{
    if (c.index >= m_byIndex.size() || !m_byIndex[c.index].entry)
        return nullptr;
    return &m_byIndex[c.index];
}

} // namespace isms
