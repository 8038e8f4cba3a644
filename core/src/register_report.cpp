#include "isms/register_report.hpp"

#include "isms/utf.hpp"

#include <cmath>

namespace isms
{

std::string registerReport(const Register& reg, std::string_view sheet, bool fromStoredMap,
                           Lang lang, std::size_t maxLines)
{
    const bool ja = lang == Lang::Ja;
    const RegisterMap& m = reg.map;
    std::string out;
    const std::string header =
        std::to_string(m.headerRow + 1) +
        (m.headerRows >= 2 ? (ja ? "〜" : "–") + std::to_string(m.headerRow + m.headerRows) : "");
    const std::string confidence = std::to_string(int(std::lround(m.confidence * 100))) + "%";
    if (ja)
        out = "リスク台帳: シート「" + std::string(sheet) + "」、見出し " + header +
              " 行目、リスク " + std::to_string(reg.risks.size()) + " 件を読み込みました(" +
              (fromStoredMap ? "保存済みの対応付け ISMS.RegisterMap を使用"
                             : "検出の確からしさ " + confidence) +
              ")。\n";
    else
        out = "Risk register: sheet '" + std::string(sheet) + "', header row " + header + ", " +
              std::to_string(reg.risks.size()) + " risks read (" +
              (fromStoredMap ? "stored mapping ISMS.RegisterMap"
                             : "detection confidence " + confidence) +
              ").\n";
    out += ja ? "列: " : "Columns: ";
    bool first = true;
    for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
        if (m.column[f] >= 0)
        {
            out += (first ? "" : ", ") + fieldLabel(RegisterField(f)).in(lang) + " = " +
                   columnName(m.column[f]);
            first = false;
        }
    out += "\n";
    if (!m.unrecognised.empty())
    {
        out += ja ? "対応付けなしの見出し: " : "Headers not used: ";
        for (std::size_t i = 0; i < m.unrecognised.size(); ++i)
            out += (i ? ", " : "") + toUtf8(m.unrecognised[i]);
        out += "\n";
    }
    std::size_t lines = 0;
    auto notes = [&](const std::vector<RowNote>& list, const char* en, const char* jp)
    {
        if (list.empty())
            return;
        out += std::string(ja ? jp : en) + " (" + std::to_string(list.size()) + "):\n";
        for (const RowNote& n : list)
        {
            if (lines++ == maxLines)
            {
                out += ja ? "  …ほか\n" : "  … and more\n";
                break;
            }
            if (lines > maxLines)
                break;
            out += ja ? "  " + std::to_string(n.row + 1) + " 行目: "
                      : "  row " + std::to_string(n.row + 1) + ": ";
            out += rowNoteText(n, lang) + "\n";
        }
    };
    notes(reg.skipped, "Rows not read", "読み込まなかった行");
    if (reg.outsideColumns.size() > 3)
        out += ja ? "台帳の列の外(別の表?)に記入のある " +
                        std::to_string(reg.outsideColumns.size()) + " 行は読み込みませんでした。\n"
                  : std::to_string(reg.outsideColumns.size()) +
                        " rows hold something only beside the register's columns (another "
                        "table?): not read.\n";
    if (reg.paddingRows > 0)
        out += ja ? "表の下の雛形の空行 " + std::to_string(reg.paddingRows) +
                        " 行(番号と数式だけの行)は読み込みませんでした。\n"
                  : std::to_string(reg.paddingRows) +
                        " template rows below the table (a number and formulas only) were not "
                        "read.\n";
    notes(reg.issues, "Problems", "問題");
    return out;
}

} // namespace isms
