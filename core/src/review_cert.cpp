// The certification rules (CERT-*): the 27017 certificate is an add-on to the 27001 one
// (JIP-ISMS517), and the cloud services it covers must be named.

#include "isms/certification.hpp"
#include "isms/review.hpp"

#include "keywords.hpp"
#include "review_internal.hpp"
#include "isms/utf.hpp"
#include "isms/text_list.hpp"
#include "isms/text_search.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace isms
{
namespace
{

/// A date as ISMS.Cert… properties hold it: a date text (parseDateText) or a serial number
/// (a Number property, or its digits).
std::optional<double> parseDate(std::u16string_view raw)
{
    const std::u16string_view s = trimmed(raw);
    bool serial = !s.empty();
    int dots = 0;
    for (char16_t c : s)
    {
        dots += c == u'.';
        serial = serial && ((c >= u'0' && c <= u'9') || c == u'.');
    }
    if (serial && dots <= 1)
    {
        const double v = std::strtod(toUtf8(s).c_str(), nullptr);
        if (v >= 1 && v <= 2958465)
            return std::floor(v);
        return std::nullopt;
    }
    return parseDateText(s);
}

std::string isoDate(double serial)
{
    const CivilDate d = civilFromSerial(long(serial));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

} // namespace

Certification parseCertification(const CertificationText& raw)
{
    Certification c;
    const std::pair<const std::u16string*, std::optional<double>*> dates[] = {
        {&raw.issued27001, &c.issued27001},
        {&raw.expiry27001, &c.expiry27001},
        {&raw.issued27017, &c.issued27017},
        {&raw.expiry27017, &c.expiry27017}};
    const std::string_view names[] = {kPropCert27001Issued, kPropCert27001Expiry,
                                      kPropCert27017Issued, kPropCert27017Expiry};
    for (std::size_t i = 0; i < 4; ++i)
    {
        if (isBlank(*dates[i].first))
            continue;
        *dates[i].second = parseDate(*dates[i].first);
        if (!*dates[i].second)
            c.problems.push_back(std::string(names[i]) + ": '" + toUtf8(trimmed(*dates[i].first)) +
                                 "' is not a date (YYYY-MM-DD)");
    }
    c.scope27001 = toUtf8(trimmed(raw.scope27001));
    c.scope27017 = toUtf8(trimmed(raw.scope27017));
    return c;
}

namespace review_detail
{

void reviewCertification(const ReviewInput& in, std::vector<Finding>& out)
{
    const Certification& c = in.cert;
    for (const std::string& p : c.problems)
        out.push_back(
            make("CERT-DATE-UNREADABLE", Severity::Minor, {},
                 {"A certificate date cannot be read: " + p + ".",
                  "認証の日付を読み取れません: " + p + "。"},
                 {"Write the date as YYYY-MM-DD in File ▸ Properties ▸ Custom Properties.",
                  "ファイル ▸ プロパティ ▸ カスタムプロパティで日付を YYYY-MM-DD "
                  "の形式で記載してください。"}));

    const bool has27001 = c.issued27001 || c.expiry27001;
    const bool has27017 = c.issued27017 || c.expiry27017;
    auto order = [&](const std::optional<double>& issued, const std::optional<double>& expiry,
                     const char* which)
    {
        if (issued && expiry && *expiry <= *issued)
            out.push_back(
                make("CERT-DATES-ORDER", Severity::Minor, {},
                     {std::string("The ") + which + " certificate expires (" + isoDate(*expiry) +
                          ") on or before the day it was issued (" + isoDate(*issued) + ").",
                      std::string(which) + " の認証の有効期限(" + isoDate(*expiry) + ")が発行日(" +
                          isoDate(*issued) + ")以前になっています。"},
                     {"Correct the issue and expiry dates from the certificate.",
                      "登録証に記載の発行日と有効期限に訂正してください。"}));
    };
    order(c.issued27001, c.expiry27001, "27001");
    order(c.issued27017, c.expiry27017, "27017");

    if (has27017 && !has27001)
        out.push_back(make(
            "CERT-27017-WITHOUT-27001", Severity::Major, {},
            {"The workbook states a 27017 (ISMS cloud security) certificate but no 27001 "
             "certificate. The cloud certification is an add-on and cannot stand alone.",
             "27017(ISMSクラウドセキュリティ認証)の認証が記載されていますが、27001 の認証があり"
             "ません。クラウドセキュリティ認証は 27001 認証への追加認証であり、単独では成立しま"
             "せん。"},
            {"Record the 27001 certificate's issue and expiry dates (ISMS.Cert27001Issued, "
             "ISMS.Cert27001Expiry).",
             "27001 の認証の発行日と有効期限(ISMS.Cert27001Issued、ISMS.Cert27001Expiry)を"
             "記載してください。"}));

    if (c.expiry27017 && c.expiry27001)
    {
        std::optional<double> limit;
        std::string why;
        if (c.issued27017)
        {
            auto r = cloudCertificateExpiry(*c.issued27017, *c.expiry27001);
            if (r.ok())
                limit = *r;
            else
                limit = *c.issued27017; // the 27001 certificate was no longer valid at issue
        }
        else
            limit = *c.expiry27001;
        if (*c.expiry27017 > *limit)
            out.push_back(make(
                "CERT-27017-OUTLIVES-27001", Severity::Major, {},
                {"The 27017 certificate runs until " + isoDate(*c.expiry27017) +
                     ", but it can be valid only until " + isoDate(*limit) +
                     ": it ends with the 27001 certificate (" + isoDate(*c.expiry27001) +
                     ") and at most three years after issue.",
                 "27017 の認証の有効期限は " + isoDate(*c.expiry27017) + " ですが、有効なのは " +
                     isoDate(*limit) + " までです。27001 の認証の有効期限(" +
                     isoDate(*c.expiry27001) + ")を超えられず、発行から最長 3 年です。"},
                {"Correct the 27017 expiry date (=ISMS.CERTEXPIRY gives it), or the 27001 "
                 "dates if they are out of date.",
                 "27017 の有効期限を訂正するか(=ISMS.CERTEXPIRY で求められます)、27001 の日付が"
                 "古ければ更新してください。"}));
    }

    // JIP-ISMS517 4.1: the cloud services in scope are named.
    const bool claimsCloud = in.settings.role.has_value() || has27017;
    if (claimsCloud && in.settings.cloudServices.empty())
        out.push_back(
            make("CERT-CLOUD-SCOPE-NOT-NAMED", Severity::Major, {},
                 {"The workbook claims cloud security certification (a cloud role or 27017 "
                  "certificate dates), but names no cloud service in scope (ISMS.CloudServices).",
                  "クラウドセキュリティ認証を前提としています(クラウドの立場又は 27017 の認証日付が"
                  "ある)が、適用範囲のクラウドサービスが一つも記載されていません"
                  "(ISMS.CloudServices)。"},
                 {"Name the cloud services the ISMS covers (provided or used) in the ISMS "
                  "sidebar's Workbook panel.",
                  "ISMS サイドバーの「ワークブック」パネルで、ISMS "
                  "の適用範囲に含むクラウドサービス(提供又は利用するもの)を"
                  "記載してください。"}));
    else if (!c.scope27017.empty() && !in.settings.cloudServices.empty())
    {
        // One pass over the scope for all names: a long list against a long statement stays
        // linear.
        std::vector<std::u16string> names;
        names.reserve(in.settings.cloudServices.size());
        for (const std::string& s : in.settings.cloudServices)
            names.push_back(foldForMatching(toUtf16(s)));
        const std::vector<bool> found = occurringIn(foldForMatching(toUtf16(c.scope27017)), names);
        const bool named = std::find(found.begin(), found.end(), true) != found.end();
        const std::string list = joinList(in.settings.cloudServices, 10);
        if (!named)
            out.push_back(make(
                "CERT-CLOUD-SCOPE-MISMATCH", Severity::Major, {},
                {"The cloud scope statement (ISMS.CloudScope) names none of the cloud services in "
                 "scope (" +
                     list + ").",
                 "クラウドの適用範囲の記述(ISMS.CloudScope)に、対象のクラウドサービス(" + list +
                     ")のいずれも記載されていません。"},
                {"Name the cloud services in the cloud scope statement, as on the certificate.",
                 "登録証と同じく、クラウドの適用範囲の記述にクラウドサービスを明記してください"
                 "。"}));
    }

    if (has27001 && c.scope27001.empty())
        out.push_back(
            make("CERT-SCOPE-NOT-STATED", Severity::Observation, {},
                 {"The 27001 certificate dates are given, but not the ISMS scope (ISMS.Scope).",
                  "27001 の認証の日付はありますが、ISMS の適用範囲(ISMS.Scope)が記載されていませ"
                  "ん。"},
                 {"State the scope of registration as on the certificate.",
                  "登録証に記載の登録範囲を記載してください。"}));
}

} // namespace review_detail
} // namespace isms
