// Build tool: writes the parts of the "ISMS workbook" template (File ▸ New ▸ Templates) in
// one language: an asset inventory, a risk register scored by the ISMS functions, the cloud
// risk factors for the stated role, an internal audit log, and the ISMS.* document properties
// a person fills in. CMake packs the parts into templates/isms-calc/isms-workbook-<lang>.ots
// inside the .oxt (registry/data/org/openoffice/Office/Paths.xcu adds that folder to the
// template path). One structure, two string tables: the two templates cannot drift apart.
// Usage: write_workbook_template en|ja OUT_DIR

#include "xml_text.hxx"
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <tuple>
#include <string_view>
#include <vector>

namespace
{

struct T
{
    std::string_view en, ja;
};

bool g_ja = false;
std::string_view s(const T& t)
{
    return g_ja ? t.ja : t.en;
}

// ------------------------------------------------------------------------- the wording
const T kTitle{"ISMS workbook (isms-calc)", "ISMSワークブック (isms-calc)"};
const T kDescription{
    "Asset inventory, risk register, cloud risk factors and internal audit log for an ISMS "
    "under ISO/IEC 27001 with the ISO/IEC 27017 cloud add-on.",
    "ISO/IEC 27001 及びクラウドセキュリティ (ISO/IEC 27017) の ISMS のための情報資産台帳、"
    "リスク台帳、クラウド固有のリスク要因及び内部監査の記録。"};

const T kGuideSheet{"Start here", "はじめに"};
const T kAssetSheet{"Asset inventory", "情報資産台帳"};
const T kRegisterSheet{"Risk register", "リスク台帳"};
const T kFactorSheet{"Cloud risk factors", "クラウド固有のリスク要因"};
const T kAuditSheet{"Internal audit", "内部監査"};

const std::vector<T> kGuide{
    kTitle,
    {"", ""},
    {"1. State the organisation's role for its cloud services (customer, provider or both), the "
     "service models and the cloud services in scope: ISMS sidebar ▸ Workbook, or File ▸ "
     "Properties ▸ Custom Properties (ISMS.Role, ISMS.ServiceModels, ISMS.CloudServices).",
     "1. クラウドサービスにおける立場 "
     "(クラウドサービスカスタマ、クラウドサービスプロバイダ又は両方)、"
     "サービス形態及び適用範囲に含めるクラウドサービスを記入する: ISMS サイドバー ▸ "
     "ワークブック、"
     "又はファイル ▸ プロパティ ▸ カスタムプロパティ (ISMS.Role、ISMS.ServiceModels、"
     "ISMS.CloudServices)。"},
    {"2. List the information assets on 'Asset inventory' and rate confidentiality, integrity "
     "and availability from 1 to 3: the asset value is the highest of the three (ISMS.CIA).",
     "2. 「情報資産台帳」に情報資産を記入し、機密性・完全性・可用性を 1〜3 で評価する。資産価値は"
     "三つのうち最も高い値となる (ISMS.CIA)。"},
    {"3. Record each risk on 'Risk register': asset, threat, vulnerability, threat level and "
     "vulnerability level (1 to 3), risk treatment, controls and risk owner. Risk value, risk "
     "level and acceptance follow the method in ISMS.RiskMethod (here avt: asset value × "
     "threat × vulnerability; change both together if your method differs).",
     "3. 「リスク台帳」にリスクごとに資産、脅威、脆弱性、脅威レベル及び脆弱性レベル "
     "(1〜3)、リスク対応、"
     "管理策、リスク所有者を記入する。リスク値、リスクレベル及び受容可否は ISMS.RiskMethod の"
     "リスク評価方法 (ここでは avt: 資産価値 × 脅威 × 脆弱性) で算出される。自組織の方法が"
     "異なる場合は、このシートと ISMS.RiskMethod を合わせて変更する。"},
    {"4. 'Cloud risk factors' lists the cloud-specific risk factors for the stated role: copy "
     "those that apply into the risk register (JIP-ISMS517 4.2.1).",
     "4. "
     "「クラウド固有のリスク要因」には、記入した立場に応じたリスク要因が表示される。該当するものを"
     "リスク台帳に写して評価する (JIP-ISMS517 4.2.1)。"},
    {"5. ISMS ▸ Generate / Update Statement of Applicability writes the SoA with every "
     "ISO/IEC 27001:2022 Annex A control and the ISO/IEC 27017 controls, and the SoA gaps sheet; "
     "ISMS ▸ Review Workbook (Findings) lists what an auditor would point out.",
     "5. ISMS ▸ 適用宣言書を作成・更新 で、ISO/IEC 27001:2022 附属書A の全管理策と ISO/IEC 27017 の"
     "管理策を含む適用宣言書と「ギャップ」シートが作成される。ISMS ▸ ブックをレビュー(指摘事項) "
     "で、審査で"
     "指摘されそうな点が一覧になる。"},
    {"6. Record internal audits on 'Internal audit', one finding per row.",
     "6. 内部監査の結果は「内部監査」シートに、指摘事項ごとに 1 行で記録する。"},
};

const std::vector<T> kAssetHeadings{
    {"Asset ID", "資産番号"}, {"Asset", "資産"},          {"Category", "資産の分類"},
    {"Owner", "管理責任者"},  {"Location", "保管場所"},   {"Confidentiality", "機密性"},
    {"Integrity", "完全性"},  {"Availability", "可用性"}, {"Asset value", "資産価値"}};

const std::vector<T> kRegisterHeadings{{"Risk ID", "リスクID"},
                                       {"Asset", "資産"},
                                       {"Asset value", "資産価値"},
                                       {"Threat", "脅威"},
                                       {"Vulnerability", "脆弱性"},
                                       {"Threat level", "脅威レベル"},
                                       {"Vulnerability level", "脆弱性レベル"},
                                       {"Risk value", "リスク値"},
                                       {"Risk level", "リスクレベル"},
                                       {"Acceptable", "受容可否"},
                                       {"Risk treatment", "リスク対応"},
                                       {"Controls", "管理策"},
                                       {"Risk owner", "リスク所有者"},
                                       {"Residual threat level", "対応後の脅威レベル"},
                                       {"Residual vulnerability level", "対応後の脆弱性レベル"},
                                       {"Residual risk value", "残留リスク値"},
                                       {"Residual risk level", "残留リスクレベル"},
                                       {"Notes", "備考"}};

const std::vector<T> kFactorHeadings{{"Factor", "番号"},
                                     {"Cloud-specific risk factor", "クラウド固有のリスク要因"},
                                     {"ISO/IEC 27001:2022 controls", "管理策 (ISO/IEC 27001:2022)"},
                                     {"ISO/IEC 27017 controls", "管理策 (ISO/IEC 27017)"}};

const std::vector<T> kAuditHeadings{{"Audit date", "監査日"},
                                    {"Audited area", "監査対象"},
                                    {"Auditor", "内部監査員"},
                                    {"Control", "管理策"},
                                    {"Finding", "指摘事項"},
                                    {"Classification", "区分"},
                                    {"Corrective action", "是正処置"},
                                    {"Due date", "期限"},
                                    {"Status", "状況"}};

const std::vector<T> kTreatments{
    {"Reduce", "低減"}, {"Accept", "受容"}, {"Avoid", "回避"}, {"Transfer", "移転"}};
const T kAcceptableYes{"Yes", "受容可"};
const T kAcceptableNo{"No", "受容不可"};
const T kAssetNote{
    "Rate C, I and A from 1 (low) to 3 (high); the asset value is calculated.",
    "機密性・完全性・可用性を 1 (低) 〜 3 (高) で評価する。資産価値は自動で算出される。"};
const T kRegisterNote{"Levels 1 to 3. Scored by ISMS.RISK3, ISMS.RISKLEVEL and ISMS.ACCEPTABLE "
                      "with the method in ISMS.RiskMethod.",
                      "レベルは 1〜3。ISMS.RiskMethod のリスク評価方法により ISMS.RISK3、"
                      "ISMS.RISKLEVEL、ISMS.ACCEPTABLE で算出される。"};
const T kFactorNote{"The factors for the role in ISMS.Role (all factors while no role is "
                    "stated), from ISMS.CLOUDRISKS. Copy those that apply into the risk register.",
                    "ISMS.Role に記入した立場のリスク要因 (立場が未記入の間はすべて) を "
                    "ISMS.CLOUDRISKS で表示している。該当するものをリスク台帳に写す。"};

constexpr int kAssetRows = 50;     // rows ready with the asset value formula
constexpr int kRegisterRows = 100; // rows ready with the scoring formulas
constexpr int kFactorRows = 30;    // room for the factor list
constexpr int kFirstDataRow = 4;   // title in row 1, a note in row 2, headings in row 3

// ------------------------------------------------------------------------- XML
using isms::addin::xmlText;

std::string textCell(std::string_view text, std::string_view style = {})
{
    std::string c = "<table:table-cell";
    if (!style.empty())
        c += " table:style-name=\"" + std::string(style) + "\"";
    if (text.empty())
        return c + "/>";
    return c + " office:value-type=\"string\"><text:p>" + xmlText(text) +
           "</text:p></table:table-cell>";
}

std::string emptyCells(int n, std::string_view validation = {})
{
    std::string c = "<table:table-cell";
    if (!validation.empty())
        c += " table:content-validation-name=\"" + std::string(validation) + "\"";
    if (n > 1)
        c += " table:number-columns-repeated=\"" + std::to_string(n) + "\"";
    return c + "/>";
}

std::string formulaCell(const std::string& formula)
{
    return "<table:table-cell table:formula=\"of:=" + xmlText(formula) +
           "\" office:value-type=\"string\" office:string-value=\"\"/>";
}

std::string row(const std::string& cells)
{
    return "<table:table-row>" + cells + "</table:table-row>\n";
}

std::string headingRow(const std::vector<T>& headings)
{
    std::string cells;
    for (const T& h : headings)
        cells += textCell(s(h), "heading");
    return "<table:table-row table:style-name=\"headingrow\">" + cells + "</table:table-row>\n";
}

/// The columns by width ("xs" 2.5 cm … "wide" 22 cm, see content()); a key ending in "+" is a
/// column of free text, whose cells wrap so that the printed page shows all of it; "@" a column
/// of control ids, formatted as text (and wrapping).
std::string columns(const std::vector<std::string_view>& widths)
{
    std::string out;
    for (std::string_view w : widths)
    {
        std::string_view cells;
        if (!w.empty() && (w.back() == '+' || w.back() == '@'))
        {
            cells = w.back() == '+' ? "wrap" : "idtext";
            w.remove_suffix(1);
        }
        out += "<table:table-column table:style-name=\"col" + std::string(w) + "\"" +
               (cells.empty() ? std::string()
                              : " table:default-cell-style-name=\"" + std::string(cells) + "\"") +
               "/>";
    }
    return out + "\n";
}

/// The opening of a sheet printed on `page` ("A4" or "A3": landscape, one page wide).
std::string table(const T& name, std::string_view page)
{
    return "<table:table table:name=\"" + xmlText(s(name)) + "\" table:style-name=\"sheet" +
           std::string(page) + "\">";
}

/// The heading row, repeated at the top of every printed page.
std::string headingRows(const std::vector<T>& headings)
{
    return "<table:table-header-rows>" + headingRow(headings) + "</table:table-header-rows>\n";
}

std::string sheetRef(const T& sheet)
{
    return "$'" + std::string(s(sheet)) + "'";
}

std::string listValidation(std::string_view name, const std::vector<std::string>& values)
{
    std::string list;
    for (const std::string& v : values)
        list += (list.empty() ? "" : ";") + ("\"" + v + "\"");
    // No error message shown: the list is an offer, free text stays accepted.
    return "<table:content-validation table:name=\"" + std::string(name) +
           "\" table:condition=\"of:cell-content-is-in-list(" + xmlText(list) +
           ")\" table:allow-empty-cell=\"true\" table:display-list=\"unsorted\">"
           "<table:error-message table:display=\"false\"/></table:content-validation>";
}

const char* const kFn = "ORG.ISMSCALC.FUNCTIONS.";

std::string guideSheet()
{
    std::string t = table(kGuideSheet, "A4") + columns({"wide"});
    bool first = true;
    for (const T& line : kGuide)
    {
        t += row(textCell(s(line), first ? "title" : "wrap"));
        first = false;
    }
    return t + "</table:table>\n";
}

std::string assetSheet()
{
    // 28.1 cm: A4 landscape at 97 %
    std::string t =
        table(kAssetSheet, "A4") + columns({"s", "ml+", "m+", "m+", "m+", "n", "n", "n", "n"});
    t += row(textCell(s(kAssetSheet), "title"));
    t += row(textCell(s(kAssetNote)));
    t += headingRows(kAssetHeadings);
    for (int r = kFirstDataRow; r < kFirstDataRow + kAssetRows; ++r)
    {
        const std::string n = std::to_string(r);
        t += row(emptyCells(5) + emptyCells(3, "level") +
                 formulaCell("IF(COUNT([.F" + n + ":.H" + n + "])<3;\"\";" + kFn + "CIA([.F" + n +
                             "];[.G" + n + "];[.H" + n + "]))"));
    }
    return t + "</table:table>\n";
}

std::string registerSheet()
{
    // 18 columns, 55.8 cm: A3 landscape (the usual paper for a risk register) at 71 %. The
    // controls column is text, so that a typed 8.1 stays the control id "8.1".
    std::string t =
        table(kRegisterSheet, "A3") + columns({"n", "m+", "xs", "ml+", "ml+", "xs", "xs", "xs", "n",
                                               "s", "s", "m@", "s+", "xs", "xs", "xs", "n", "ml+"});
    t += row(textCell(s(kRegisterSheet), "title"));
    t += row(textCell(s(kRegisterNote)));
    t += headingRows(kRegisterHeadings);
    const std::string assets = "[" + sheetRef(kAssetSheet) + ".$B$" +
                               std::to_string(kFirstDataRow) + ":.$I$" +
                               std::to_string(kFirstDataRow + kAssetRows - 1) + "]";
    for (int r = kFirstDataRow; r < kFirstDataRow + kRegisterRows; ++r)
    {
        const std::string n = std::to_string(r);
        auto c = [&](char col) { return "[." + std::string(1, col) + n + "]"; };
        const std::string value = "IF(COUNT(" + c('C') + ";" + c('F') + ";" + c('G') + ")<3;\"\";" +
                                  kFn + "RISK3(" + c('C') + ";" + c('F') + ";" + c('G') + "))";
        const std::string residual = "IF(COUNT(" + c('C') + ";" + c('N') + ";" + c('O') +
                                     ")<3;\"\";" + kFn + "RISK3(" + c('C') + ";" + c('N') + ";" +
                                     c('O') + "))";
        std::string cells = emptyCells(2);
        // The asset value from the inventory (a number typed here replaces the formula).
        cells += formulaCell("IF(" + c('B') + "=\"\";\"\";IFERROR(VLOOKUP(" + c('B') + ";" +
                             assets + ";8;0);\"\"))");
        cells += emptyCells(2) + emptyCells(2, "level");
        cells += formulaCell(value);
        cells += formulaCell("IF(" + c('H') + "=\"\";\"\";" + kFn + "RISKLEVEL(" + c('H') + "))");
        cells += formulaCell("IF(" + c('H') + "=\"\";\"\";IF(" + kFn + "ACCEPTABLE(" + c('H') +
                             ");\"" + std::string(s(kAcceptableYes)) + "\";\"" +
                             std::string(s(kAcceptableNo)) + "\"))");
        cells += emptyCells(1, "treatment") + emptyCells(2) + emptyCells(2, "level");
        cells += formulaCell(residual);
        cells += formulaCell("IF(" + c('P') + "=\"\";\"\";" + kFn + "RISKLEVEL(" + c('P') + "))");
        t += row(cells);
    }
    return t + "</table:table>\n";
}

std::string factorSheet()
{
    std::string t = table(kFactorSheet, "A4") + columns({"s", "l+", "m+", "m+"});
    t += row(textCell(s(kFactorSheet), "title"));
    t += row(textCell(s(kFactorNote)));
    t += headingRows(kFactorHeadings);
    // One cell per item of ISMS.CLOUDRISKS(): rows below the last factor stay empty (an array
    // formula over a fixed range would show #N/A there).
    for (int r = 1; r <= kFactorRows; ++r)
    {
        std::string cells;
        for (int col = 1; col <= 4; ++col)
            cells += formulaCell("IFERROR(INDEX(" + std::string(kFn) + "CLOUDRISKS();" +
                                 std::to_string(r) + ";" + std::to_string(col) + ");\"\")");
        t += row(cells);
    }
    return t + "</table:table>\n";
}

std::string auditSheet()
{
    // Headings in row 1 and nothing below them: the readiness check counts the rows under the
    // headings as recorded audits.
    std::string t =
        table(kAuditSheet, "A4") + columns({"s", "m+", "m+", "s", "l+", "m+", "l+", "s", "s"});
    t += headingRows(kAuditHeadings);
    return t + "</table:table>\n";
}

const char* const kNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
    " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
    " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
    " xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\""
    " office:version=\"1.3\"";

std::string content()
{
    std::string c =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content") +
        kNamespaces + ">\n<office:automatic-styles>\n";
    for (auto [name, width] : {std::pair{"xs", "2.5cm"},
                               {"n", "2cm"},
                               {"s", "2.6cm"},
                               {"m", "4cm"},
                               {"ml", "5.5cm"},
                               {"l", "7cm"},
                               {"wide", "22cm"}})
        c += "<style:style style:name=\"col" + std::string(name) +
             "\" style:family=\"table-column\"><style:table-column-properties "
             "style:column-width=\"" +
             width + "\"/></style:style>\n";
    for (const char* page : {"A4", "A3"})
        c += std::string("<style:style style:name=\"sheet") + page +
             "\" style:family=\"table\" style:master-page-name=\"Isms" + page +
             "\"><style:table-properties table:display=\"true\"/></style:style>\n";
    c += "<style:style style:name=\"headingrow\" style:family=\"table-row\">"
         "<style:table-row-properties style:use-optimal-row-height=\"true\"/></style:style>\n"
         "<style:style style:name=\"heading\" style:family=\"table-cell\">"
         "<style:table-cell-properties fo:background-color=\"#dde4ee\" fo:wrap-option=\"wrap\" "
         "fo:border=\"0.5pt solid #808080\"/><style:text-properties fo:font-weight=\"bold\" "
         "style:font-weight-asian=\"bold\"/></style:style>\n"
         "<style:style style:name=\"title\" style:family=\"table-cell\">"
         "<style:text-properties fo:font-size=\"14pt\" style:font-size-asian=\"14pt\" "
         "fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"/></style:style>\n"
         "<style:style style:name=\"wrap\" style:family=\"table-cell\">"
         "<style:table-cell-properties fo:wrap-option=\"wrap\" "
         "style:vertical-align=\"top\"/></style:style>\n"
         "<number:text-style style:name=\"astext\"><number:text-content/></number:text-style>\n"
         "<style:style style:name=\"idtext\" style:family=\"table-cell\" "
         "style:data-style-name=\"astext\"><style:table-cell-properties fo:wrap-option=\"wrap\" "
         "style:vertical-align=\"top\"/></style:style>\n"
         "</office:automatic-styles>\n<office:body><office:spreadsheet>\n"
         "<table:content-validations>";
    c += listValidation("level", {"1", "2", "3"});
    std::vector<std::string> treatments;
    for (const T& t : kTreatments)
        treatments.emplace_back(s(t));
    c += listValidation("treatment", treatments);
    c += "</table:content-validations>\n";
    c += guideSheet() + assetSheet() + registerSheet() + factorSheet() + auditSheet();
    return c + "</office:spreadsheet></office:body></office:document-content>\n";
}

const T kPageFooter{"Page ", ""};
const T kPageOf{" of ", " / "};
const T kPageSuffix{"", " ページ"};

/// Page styles: A4 or A3 landscape, every sheet one page wide (as many pages down as it
/// takes), the sheet's name and the workbook's title in the header, "Page n of N" in the footer.
std::string styles()
{
    std::string st =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") +
        kNamespaces + ">\n<office:automatic-styles>\n";
    for (auto [page, width, height] :
         {std::tuple{"A4", "29.7cm", "21cm"}, {"A3", "42cm", "29.7cm"}})
        st += std::string("<style:page-layout style:name=\"layout") + page +
              "\"><style:page-layout-properties fo:page-width=\"" + width + "\" fo:page-height=\"" +
              height +
              "\" style:print-orientation=\"landscape\" fo:margin-top=\"1cm\" "
              "fo:margin-bottom=\"1cm\" fo:margin-left=\"1.2cm\" fo:margin-right=\"1.2cm\" "
              "style:print-page-order=\"ttb\" style:scale-to-X=\"1\" style:scale-to-Y=\"0\" "
              "loext:scale-to-X=\"1\" loext:scale-to-Y=\"0\"/>"
              "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
              "fo:margin-bottom=\"0.3cm\"/></style:header-style>"
              "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
              "fo:margin-top=\"0.3cm\"/></style:footer-style></style:page-layout>\n";
    st += "</office:automatic-styles>\n<office:master-styles>\n";
    for (const char* page : {"A4", "A3"})
        st += std::string("<style:master-page style:name=\"Isms") + page +
              "\" style:page-layout-name=\"layout" + page +
              "\"><style:header><style:region-left><text:p><text:sheet-name>?</text:sheet-name>"
              "</text:p></style:region-left><style:region-right><text:p>" +
              xmlText(s(kTitle)) +
              "</text:p></style:region-right></style:header><style:footer><text:p>" +
              xmlText(s(kPageFooter)) + "<text:page-number>1</text:page-number>" +
              xmlText(s(kPageOf)) + "<text:page-count>1</text:page-count>" +
              xmlText(s(kPageSuffix)) + "</text:p></style:footer></style:master-page>\n";
    return st + "</office:master-styles></office:document-styles>\n";
}

std::string meta()
{
    std::string m =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta") +
        kNamespaces + "><office:meta>";
    m += "<dc:title>" + xmlText(s(kTitle)) + "</dc:title>";
    m += "<dc:description>" + xmlText(s(kDescription)) + "</dc:description>";
    m += std::string("<dc:language>") + (g_ja ? "ja-JP" : "en-GB") + "</dc:language>";
    // Present and empty for a person to fill in, except the method the register is built for.
    for (const char* p : {"ISMS.Role", "ISMS.ServiceModels", "ISMS.CloudServices", "ISMS.Language"})
        m += std::string("<meta:user-defined meta:name=\"") + p +
             "\" meta:value-type=\"string\"></meta:user-defined>";
    m += "<meta:user-defined meta:name=\"ISMS.RiskMethod\" "
         "meta:value-type=\"string\">avt</meta:user-defined>";
    return m + "</office:meta></office:document-meta>\n";
}

const char* const kMimeType = "application/vnd.oasis.opendocument.spreadsheet-template";

std::string manifest()
{
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                       "xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
                       " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
                       "manifest:media-type=\"") +
           kMimeType +
           "\"/>\n"
           " <manifest:file-entry manifest:full-path=\"content.xml\" "
           "manifest:media-type=\"text/xml\"/>\n"
           " <manifest:file-entry manifest:full-path=\"styles.xml\" "
           "manifest:media-type=\"text/xml\"/>\n"
           " <manifest:file-entry manifest:full-path=\"meta.xml\" "
           "manifest:media-type=\"text/xml\"/>\n"
           "</manifest:manifest>\n";
}

bool write(const std::filesystem::path& path, const std::string& text)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream o(path, std::ios::binary);
    o << text;
    return bool(o);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 || (std::string_view(argv[1]) != "en" && std::string_view(argv[1]) != "ja"))
    {
        std::cerr << "usage: write_workbook_template en|ja OUT_DIR\n";
        return 2;
    }
    g_ja = std::string_view(argv[1]) == "ja";
    const std::filesystem::path out = argv[2];
    const bool ok = write(out / "mimetype", kMimeType) &&
                    write(out / "META-INF" / "manifest.xml", manifest()) &&
                    write(out / "content.xml", content()) && write(out / "styles.xml", styles()) &&
                    write(out / "meta.xml", meta());
    if (!ok)
        std::cerr << "write_workbook_template: cannot write into " << out << "\n";
    return ok ? 0 : 1;
}
