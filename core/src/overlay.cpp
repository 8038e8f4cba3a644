#include "isms/overlay.hpp"

#include "isms/ids.hpp"
#include "json_read.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace isms
{
namespace
{

// ordered_json keeps the file's order, so the first of two spellings of one id wins (one
// spelling given twice is rejected by parseUserJson).
using json = nlohmann::ordered_json;

/// Reads {"en": "...", "ja": "..."} into out; each problem goes to rejected.
void readText(const json& j, const std::string& where, PartialText& out,
              std::vector<std::string>& rejected)
{
    if (!j.is_object())
    {
        rejected.push_back(where + ": expected an object with en/ja texts");
        return;
    }
    for (const auto& [key, value] : j.items())
    {
        if (key != "en" && key != "ja")
        {
            rejected.push_back(where + "." + key + ": unknown language (use en or ja)");
            continue;
        }
        if (!value.is_string())
        {
            rejected.push_back(where + "." + key + ": expected text");
            continue;
        }
        std::string s = value.get<std::string>();
        if (s.empty() || s.size() > kMaxOverlayText)
        {
            rejected.push_back(where + "." + key + ": empty or longer than " +
                               std::to_string(kMaxOverlayText) + " bytes");
            continue;
        }
        (key == "en" ? out.en : out.ja) = std::move(s);
    }
}

bool any(const PartialText& t)
{
    return t.en || t.ja;
}

} // namespace

Result<Overlay> parseOverlay(std::string_view text, const Catalog& cat) noexcept
{
    try
    {
        if (text.size() > kMaxOverlayBytes)
            return invalidArgument(0, "the overlay file is larger than " +
                                          std::to_string(kMaxOverlayBytes / (1024 * 1024)) +
                                          " MiB");
        json j;
        if (auto problem = json_read::parseUserJson(text, j, /*ignoreComments=*/true))
            return invalidArgument(0, problem->syntax ? "the overlay file is not valid JSON"
                                                      : "the overlay file: " + problem->text);
        if (!j.is_object() || j.value("format", json()) != "isms-calc-overlay/1")
            return invalidArgument(
                0, "not an isms-calc overlay (\"format\": \"isms-calc-overlay/1\" missing)");
        Overlay o;
        if (j.contains("source") && j["source"].is_string())
            o.source = std::string(truncateUtf8(j["source"].get<std::string>(), 200));
        if (!j.contains("controls") || !j["controls"].is_object())
            return invalidArgument(0, "the overlay has no \"controls\" object");
        std::vector<bool> seen(cat.size());
        for (const auto& [key, value] : j["controls"].items())
        {
            const std::string id(truncateUtf8(key, 40)); // as quoted in rejection lines
            auto found = cat.lookup(std::string_view(key));
            if (!found.ok())
            {
                o.rejected.push_back(id + ": " + found.error().message);
                continue;
            }
            const Control& c = **found;
            if (seen[c.index])
            {
                o.rejected.push_back(id + ": " + c.canonical + " is given twice");
                continue;
            }
            seen[c.index] = true;
            if (!value.is_object())
            {
                o.rejected.push_back(id + ": expected an object");
                continue;
            }
            OverlayEntry e;
            e.control = &c;
            for (const auto& [field, fv] : value.items())
            {
                if (field == "title")
                    readText(fv, id + ".title", e.title, o.rejected);
                else if (field == "guidance" && !fv.is_object())
                    o.rejected.push_back(
                        id + ".guidance: expected an object with customer/provider texts");
                else if (field == "guidance")
                {
                    for (const auto& [role, rv] : fv.items())
                    {
                        const Role r = role == "customer"   ? Role::Customer
                                       : role == "provider" ? Role::Provider
                                                            : Role::None;
                        if (r == Role::None)
                            o.rejected.push_back(id + ".guidance." + role +
                                                 ": unknown role (use customer or provider)");
                        else if (!has(c.cloudRoles, r) || c.edition == Edition::Iso27001_2022)
                            o.rejected.push_back(id + ".guidance." + role +
                                                 ": 27017 gives this control no " + role +
                                                 " guidance");
                        else
                            readText(rv, id + ".guidance." + role,
                                     r == Role::Customer ? e.customer : e.provider, o.rejected);
                    }
                }
                else
                    o.rejected.push_back(id + "." + field +
                                         ": unknown field (use title or guidance)");
            }
            if (any(e.title) || any(e.customer) || any(e.provider))
                o.entries.push_back(std::move(e));
        }
        return o;
    }
    catch (const std::exception& e)
    {
        return Error{ErrorKind::Internal, -1, std::string("overlay: ") + e.what()};
    }
}

Result<Overlay> loadOverlayFile(const std::string& path, const Catalog& cat) noexcept
{
    try
    {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (ec)
            return invalidArgument(0, "cannot read the overlay file: " + ec.message());
        if (size > kMaxOverlayBytes)
            return invalidArgument(0, "the overlay file is larger than " +
                                          std::to_string(kMaxOverlayBytes / (1024 * 1024)) +
                                          " MiB");
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return invalidArgument(0, "cannot open the overlay file");
        std::ostringstream text;
        text << in.rdbuf();
        return parseOverlay(text.str(), cat);
    }
    catch (const std::exception& e)
    {
        return Error{ErrorKind::Internal, -1, std::string("overlay: ") + e.what()};
    }
}

std::string overlayStatus(std::string_view path, const Result<Overlay>* loaded, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    if (!loaded)
        return ja ? "ライセンス版テキストのオーバーレイは設定されていません(拡張機能の設定 "
                    "org.ismscalc.Settings/Catalog/OverlayPath)。組込みのカタログを使用しています。"
                  : "No licensed-text overlay is configured (extension setting "
                    "org.ismscalc.Settings/Catalog/OverlayPath). The built-in catalog is in use.";
    std::string out = ja ? "オーバーレイ " : "Overlay ";
    out += path;
    if (!loaded->ok())
    {
        out += ja ? " は使用されていません: " : " is not used: ";
        out += loaded->error().message;
        out += ja ? "。組込みのカタログを使用しています。" : ". The built-in catalog is in use.";
        return out;
    }
    const Overlay& o = loaded->value();
    if (!o.source.empty())
        out += " (" + o.source + ")";
    out += ja ? ": " + std::to_string(o.entries.size()) + " 件の管理策を読み込み、" +
                    std::to_string(o.rejected.size()) + " 件を却下しました"
              : ": " + std::to_string(o.entries.size()) +
                    (o.entries.size() == 1 ? " control" : " controls") + " loaded, " +
                    std::to_string(o.rejected.size()) + " rejected";
    for (std::size_t i = 0; i < o.rejected.size() && i < 20; ++i)
        out += (i == 0 ? (ja ? "。却下: " : ". Rejected: ") : "; ") + o.rejected[i];
    if (o.rejected.size() > 20)
        out += ja ? " ほか" : " and more";
    out += ja ? "。" : ".";
    return out;
}

} // namespace isms
