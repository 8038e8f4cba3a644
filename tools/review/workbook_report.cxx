#include "workbook_report.hxx"

#include "isms/review.hpp"

#include <cstdio>
#include <filesystem>
#include <sstream>

namespace isms::reviewer
{

namespace fs = std::filesystem;
namespace
{

std::string text(const nlohmann::json& j, const char* key, Lang lang)
{
    if (!j.contains(key))
        return {};
    const auto& v = j.at(key);
    if (v.is_string())
        return v.get<std::string>();
    const char* l = lang == Lang::Ja ? "ja" : "en";
    return v.contains(l) && v.at(l).is_string() ? v.at(l).get<std::string>() : std::string();
}

std::string location(const nlohmann::json& f)
{
    std::string sheet = f.value("sheet", std::string());
    std::string cell = f.value("cell", std::string());
    if (sheet.empty())
        return cell.empty() ? "(workbook)" : cell;
    return cell.empty() ? sheet : sheet + "!" + cell;
}

/// A sheet's name in the text report: quoted, control characters written out.
std::string quoted(const nlohmann::json& name, bool ja)
{
    const std::string n = printableName(name.is_string() ? name.get<std::string>() : "");
    return ja ? "「" + n + "」" : "'" + n + "'";
}

/// "   label 'A', 'B'" and a line end; nothing when there are no items.
void listLine(std::ostringstream& out, const char* label, const std::vector<std::string>& items,
              bool ja)
{
    if (items.empty())
        return;
    out << "   " << label;
    for (std::size_t i = 0; i < items.size(); ++i)
        out << (i == 0 ? "" : ja ? "、" : ", ") << items[i];
    out << "\n";
}

/// Which sheets were read as the register and the SoA, and which tables laid out like a
/// register or an SoA were not reviewed: the lines under a workbook's counts.
void sheetLines(std::ostringstream& out, const nlohmann::json& s, bool ja)
{
    if (!s.is_object())
        return;
    auto named = [](const nlohmann::json& v)
    { return v.is_string() && !v.get<std::string>().empty(); };
    const nlohmann::json& reg = s.value("register", nlohmann::json());
    const nlohmann::json& soa = s.value("soa", nlohmann::json());
    const nlohmann::json& part = s.value("soaCloudPart", nlohmann::json());
    if (ja)
        out << "   読んだシート: リスク台帳" << (named(reg) ? quoted(reg, ja) : "(なし)")
            << "、適用宣言書" << (named(soa) ? quoted(soa, ja) : "(なし)")
            << (named(part) ? "(27017 の管理策" + quoted(part, ja) + ")" : "") << "\n";
    else
        out << "   sheets read: register " << (named(reg) ? quoted(reg, ja) : "(none)") << ", SoA "
            << (named(soa) ? quoted(soa, ja) : "(none)")
            << (named(part) ? " (its 27017 controls: " + quoted(part, ja) + ")" : "") << "\n";
    auto sheets = [&](const char* key)
    {
        std::vector<std::string> out;
        for (const auto& name : s.value(key, nlohmann::json::array()))
            out.push_back(quoted(name, ja));
        return out;
    };
    listLine(out,
             ja ? "レビューしなかった表(リスク台帳に似た表): "
                : "not reviewed, also laid out like a risk register: ",
             sheets("registerNotReviewed"), ja);
    listLine(out,
             ja ? "注意: ISMS.RegisterMap の指すシートより新しい年度のリスク台帳に似た表: "
                : "note: laid out like a risk register and dated later than the sheet "
                  "ISMS.RegisterMap names: ",
             sheets("registerDatedLater"), ja);
    std::vector<std::string> soas;
    for (const auto& o : s.value("soaNotReviewed", nlohmann::json::array()))
    {
        const std::string e = o.value("edition", std::string());
        soas.push_back(quoted(o.value("sheet", nlohmann::json()), ja) +
                       (e.empty() ? ""
                        : ja      ? "(27001:" + e + " の番号)"
                                  : " (27001:" + e + " numbering)"));
    }
    listLine(out,
             ja ? "レビューしなかった表(適用宣言書に似た表): "
                : "not reviewed, also laid out like an SoA: ",
             soas, ja);
}

struct Totals
{
    int files = 0, reviewed = 0, unreadable = 0, skipped = 0, major = 0, minor = 0, observation = 0;
};

Totals totals(const std::vector<WorkbookReport>& reports)
{
    Totals t;
    for (const auto& r : reports)
    {
        if (r.skipped)
        {
            ++t.skipped;
            continue;
        }
        ++t.files;
        (r.reviewed ? t.reviewed : t.unreadable)++;
        t.major += r.major;
        t.minor += r.minor;
        t.observation += r.observation;
    }
    return t;
}

} // namespace

nlohmann::json sheetsRead(const nlohmann::json& reviewReport)
{
    auto name = [&](const char* key)
    {
        const auto it = reviewReport.find(key);
        return it != reviewReport.end() && it->is_string() ? *it : nlohmann::json("");
    };
    nlohmann::json others = nlohmann::json::array();
    if (const auto it = reviewReport.find("soaNotReviewed");
        it != reviewReport.end() && it->is_array())
        for (const auto& o : *it)
            if (o.is_object())
                others.push_back({{"sheet", o.value("sheet", std::string())},
                                  {"edition", o.value("edition", std::string())}});
    auto names = [&](const char* key)
    {
        nlohmann::json out = nlohmann::json::array();
        if (const auto it = reviewReport.find(key); it != reviewReport.end() && it->is_array())
            for (const auto& r : *it)
                if (r.is_string())
                    out.push_back(r);
        return out;
    };
    return {{"register", name("register")},
            {"registerNotReviewed", names("registerNotReviewed")},
            {"registerDatedLater", names("registerDatedLater")},
            {"soa", name("soa")},
            {"soaCloudPart", name("soaCloudPart")},
            {"soaNotReviewed", others}};
}

void countFindings(WorkbookReport& r)
{
    r.major = r.minor = r.observation = 0;
    for (const auto& f : r.findings)
    {
        const std::string s = f.value("severity", std::string());
        if (s == "major")
            ++r.major;
        else if (s == "minor")
            ++r.minor;
        else
            ++r.observation;
    }
}

int exitCode(const std::vector<WorkbookReport>& reports)
{
    int code = 0;
    for (const auto& r : reports)
    {
        if (r.skipped)
            continue;
        if (!r.reviewed || !r.unchanged)
            return 2;
        if (r.major > 0)
            code = 1;
    }
    return code;
}

std::string toText(const std::vector<WorkbookReport>& reports, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    std::ostringstream out;
    for (const auto& r : reports)
    {
        out << "== " << printableName(r.file) << "\n";
        if (r.skipped)
        {
            // the reason in the report's language (the JSON keeps the English one)
            const std::string ext = fs::path(r.file).extension().string();
            if (ja)
                out << "   対象外: ブックではありません(" << (ext.empty() ? "拡張子なし" : ext)
                    << ")。isms-review が読むのは .ods .xlsx .xlsm .xls .fods .csv です\n\n";
            else
                out << "   skipped: " << r.error << "\n\n";
            continue;
        }
        if (!r.reviewed)
        {
            out << (ja ? "   読み込めませんでした: " : "   could not be read: ")
                << (ja && !r.errorJa.empty() ? r.errorJa : r.error) << "\n\n";
            continue;
        }
        if (!r.unchanged)
            out << (ja ? "   警告: レビュー中にファイルが変更されました\n"
                       : "   WARNING: the file changed during the review\n");
        if (ja)
            out << "   指摘 " << r.findings.size() << " 件(重大な不適合 " << r.major
                << "、軽微な不適合 " << r.minor << "、観察事項 " << r.observation << ")\n";
        else
            out << "   " << r.findings.size()
                << (r.findings.size() == 1 ? " finding (" : " findings (") << r.major << " major, "
                << r.minor << " minor, " << r.observation
                << (r.observation == 1 ? " observation)\n" : " observations)\n");
        sheetLines(out, r.sheets, ja);
        for (const auto& f : r.findings)
        {
            std::string sev = f.value("severity", std::string());
            if (ja)
                sev = sev == "major" ? "重大" : sev == "minor" ? "軽微" : "観察";
            else
                for (auto& ch : sev)
                    ch = char(std::toupper(static_cast<unsigned char>(ch)));
            out << "   " << sev << "  " << f.value("rule", std::string()) << "  " << location(f)
                << "\n      " << text(f, "message", lang) << "\n";
            if (const std::string fix = text(f, "fix", lang); !fix.empty())
                out << (ja ? "      対処: " : "      fix: ") << fix << "\n";
        }
        out << "\n";
    }
    const Totals t = totals(reports);
    if (ja)
        out << "合計: ブック " << t.files << " 件(レビュー済み " << t.reviewed << "、読み込めず "
            << t.unreadable << ")、重大な不適合 " << t.major << "、軽微な不適合 " << t.minor
            << "、観察事項 " << t.observation
            << (t.skipped ? "、対象外のファイル " + std::to_string(t.skipped) : std::string())
            << "\n";
    else
        out << "Summary: " << t.files << " workbooks (" << t.reviewed << " reviewed, "
            << t.unreadable << " unreadable); " << t.major << " major, " << t.minor << " minor, "
            << t.observation << " observations"
            << (t.skipped ? "; " + std::to_string(t.skipped) + " other files skipped"
                          : std::string())
            << "\n";
    return out.str();
}

std::string toJson(const std::vector<WorkbookReport>& reports)
{
    nlohmann::json workbooks = nlohmann::json::array();
    for (const auto& r : reports)
    {
        nlohmann::json w = {
            {"file", r.file},
            {"status", r.skipped    ? "skipped"
                       : r.reviewed ? "reviewed"
                                    : "unreadable"},
            {"findings", r.reviewed ? r.findings : nlohmann::json::array()},
            {"sheets", r.reviewed ? r.sheets : nlohmann::json()},
            {"counts", {{"major", r.major}, {"minor", r.minor}, {"observation", r.observation}}},
            {"unchanged", r.unchanged},
            {"seconds", r.seconds}};
        w["sha256"] = r.sha256.empty() ? nlohmann::json() : nlohmann::json(r.sha256);
        w["error"] = r.reviewed ? nlohmann::json() : nlohmann::json(r.error);
        workbooks.push_back(std::move(w));
    }
    const Totals t = totals(reports);
    nlohmann::json doc = {{"tool", "isms-review"},
                          {"schemaVersion", 1},
                          {"workbooks", workbooks},
                          {"summary",
                           {{"files", t.files},
                            {"reviewed", t.reviewed},
                            {"unreadable", t.unreadable},
                            {"skipped", t.skipped},
                            {"major", t.major},
                            {"minor", t.minor},
                            {"observation", t.observation},
                            {"exitCode", exitCode(reports)}}}};
    return doc.dump(2) + "\n";
}

std::string toCsv(const std::vector<WorkbookReport>& reports, Lang lang)
{
    std::ostringstream out;
    out << "file,status,rule,severity,sheet,cell,message,fix\r\n";
    const auto row = [&](std::initializer_list<std::string> fields)
    {
        bool first = true;
        for (const auto& f : fields)
        {
            out << (first ? "" : ",") << csvField(f);
            first = false;
        }
        out << "\r\n";
    };
    for (const auto& r : reports)
    {
        if (!r.reviewed)
        {
            row({printableName(r.file), r.skipped ? "skipped" : "unreadable", "", "", "", "",
                 r.error, ""});
            continue;
        }
        if (r.findings.empty())
            row({printableName(r.file), "reviewed", "", "", "", "", "", ""});
        for (const auto& f : r.findings)
            row({printableName(r.file), "reviewed", f.value("rule", std::string()),
                 f.value("severity", std::string()), f.value("sheet", std::string()),
                 f.value("cell", std::string()), text(f, "message", lang), text(f, "fix", lang)});
    }
    return out.str();
}

std::string printableName(const std::string& name)
{
    std::string out;
    for (unsigned char ch : name)
    {
        if (ch == '\n')
            out += "\\n";
        else if (ch == '\r')
            out += "\\r";
        else if (ch == '\t')
            out += "\\t";
        else if (ch < 0x20 || ch == 0x7f)
        {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", ch);
            out += buf;
        }
        else
            out += char(ch);
    }
    return out;
}

} // namespace isms::reviewer
