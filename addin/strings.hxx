#pragma once
// Every user-visible text of addin/ (command results, progress and undo titles, panel labels,
// dialog texts, generated sheet names and headings), English and Japanese side by side, in
// the JIS terms of docs/glossary (適用宣言書, 管理策, リスク所有者 …) — one table for the module,
// as LibreOffice keeps one strings.hrc per module. Domain texts (control titles, guidance,
// findings, reports the core writes) stay in the core; the function wizard's texts stay in
// functions/function_table.cxx.
//
// A text with values has placeholders {1}…{9}; fill() puts the values in, so each language
// orders them as it needs.

#include "isms/catalog.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace isms::addin
{

struct UiText
{
    std::string_view en;
    std::string_view ja;
    [[nodiscard]] constexpr std::string_view in(Lang l) const noexcept
    {
        return l == Lang::Ja ? ja : en;
    }
    [[nodiscard]] std::string str(Lang l) const { return std::string(in(l)); }
};

/// The text in language l with {1}…{9} replaced by values[0]…values[8].
[[nodiscard]] std::string fill(const UiText& text, Lang l,
                               std::initializer_list<std::string_view> values);

namespace str
{

// ---------------------------------------------------------------- shared by the commands
inline constexpr UiText kCancelled{"Cancelled: nothing was changed.",
                                   "キャンセルしました。何も変更していません。"};
inline constexpr UiText kNoSheetToMap{"No sheet to map: nothing was changed.",
                                      "対応付けるシートがありません。何も変更していません。"};
/// The question of a command that works on the selection or the whole workbook.
inline constexpr UiText kSelectionOrWorkbook{
    "Only the selected cells?\n\nYes: the selection only.\nNo: the whole workbook.",
    "選択したセルだけを対象にしますか?\n\nはい: 選択範囲のみ\nいいえ: ブック全体"};
/// {1} = sheet name
inline constexpr UiText kSheetProtected{
    "Sheet '{1}' is protected: remove its protection first. Nothing was changed.",
    "シート「{1}」は保護されています。保護を解除してから実行してください。何も変更していません。"};
inline constexpr UiText kNotASpreadsheet{"Not a spreadsheet.",
                                         "表計算ドキュメントではありません。"};
inline constexpr UiText kUnknownCommand{"Unknown ISMS command.", "不明な ISMS コマンドです。"};
/// {1} = the exception's message
inline constexpr UiText kCommandError{"isms-calc error: {1}", "isms-calc のエラー: {1}"};
/// Between the items of a list in a text.
inline constexpr UiText kListSeparator{", ", "、"};
/// {1} = a sheet's name
inline constexpr UiText kSheetNamed{"sheet '{1}'", "シート「{1}」"};

// ---------------------------------------------------------------- Detect Risk Register
inline constexpr UiText kDetectRegisterNotFound{
    "No risk register found. isms-calc looks for a sheet with headers such as Risk ID, Threat, "
    "Likelihood, Impact and Controls in its first 30 rows.",
    "リスク台帳が見つかりませんでした。最初の 30 行に「リスクID」「脅威」「起こりやすさ」「影響度」"
    "「管理策」などの見出しがあるシートを探しました。"};
/// {1} = what is wrong with the stored mapping
inline constexpr UiText kDetectRegisterStoredMapUnusable{
    "ISMS.RegisterMap was kept as written but could not be used: {1}",
    "ISMS.RegisterMap は書かれたまま残しましたが、使えませんでした: {1}"};
inline constexpr UiText kDetectRegisterDetectedInstead{
    "The columns above were detected instead. Correct the property, or run Detect Risk Register "
    "with Redetect=true to replace it by the detected mapping.",
    "上の列は代わりに検出したものです。プロパティを修正するか、Redetect=true "
    "でリスク台帳の検出を実行して検出結果で置き換えてください。"};
inline constexpr UiText kDetectRegisterMapStored{
    "The mapping is stored in the document property ISMS.RegisterMap (you may correct it).",
    "対応付けを文書のプロパティ ISMS.RegisterMap に保存しました(修正可能)。"};
/// {1} = the sheet ISMS.RegisterMap names, {2} = the later-dated sheets (namedSheets)
inline constexpr UiText kRegisterMapOlder{
    "\nISMS.RegisterMap names sheet '{1}', but {2} is laid out like a risk register too and is "
    "dated later. If that is this year's register, choose it in ISMS ▸ Risk Register Columns….",
    "\nISMS.RegisterMap はシート「{1}」を指していますが、{2}もリスク台帳に似た表で、より新しい"
    "年度のシートです。今年度のリスク台帳であれば、ISMS ▸ リスク台帳の列… で選んでください。"};
/// {1} = the sheets (kSheetNamed, joined by kListSeparator)
inline constexpr UiText kDetectRegisterOthers{
    "\nAlso laid out like a risk register, not used: {1}. Used: the table detected with the most "
    "confidence, then the one on the undated or latest-dated sheet. To use another, choose it in "
    "ISMS ▸ Risk Register Columns….",
    "\nリスク台帳に似た表がほかにもありますが、使っていません: {1}。最も確実に検出された表を、"
    "同程度なら年度のないシート又は最も新しい年度のシートの表を使いました。別の表を使うには "
    "ISMS ▸ リスク台帳の列… で選んでください。"};

// ---------------------------------------------------------------- Register columns
inline constexpr UiText kMapColumnsNotInteractive{
    "Register columns is a dialog for a person. Scripts write the mapping to the document "
    "property ISMS.RegisterMap (see Detect Risk Register). Nothing was changed.",
    "リスク台帳の列は人が操作するダイアログです。スクリプトからは文書のプロパティ "
    "ISMS.RegisterMap に対応付けを書いてください(リスク台帳の検出を参照)。何も変更していません。"};

// ---------------------------------------------------------------- SoA columns
inline constexpr UiText kMapSoaColumnsNotInteractive{
    "SoA columns is a dialog for a person. Scripts write the mapping to the document property "
    "ISMS.SoaMap. Nothing was changed.",
    "適用宣言書の列は人が操作するダイアログです。スクリプトからは文書のプロパティ ISMS.SoaMap "
    "に対応付けを書いてください。何も変更していません。"};
/// {1} = sheet, {2} = control rows, {3} = applicable, {4} = excluded
inline constexpr UiText kMapSoaColumnsDone{
    "SoA: sheet '{1}', {2} control rows read ({3} applicable, {4} excluded). The mapping is "
    "stored in ISMS.SoaMap.",
    "適用宣言書: シート「{1}」、管理策の行 {2}(適用 {3}、除外 {4})を読み込みました。"
    "対応付けを ISMS.SoaMap に保存しました。"};

// ---------------------------------------------------------------- Review
inline constexpr UiText kReviewProgress{"Reviewing the workbook", "ブックをレビュー中"};
inline constexpr UiText kReviewUndo{"Review workbook", "ブックのレビュー"};
/// {1} = number of findings (English: exactly one)
inline constexpr UiText kReviewFindingCount{"{1} finding", "指摘 {1} 件"};
/// {1} = number of findings (English: none or several)
inline constexpr UiText kReviewFindingsCount{"{1} findings", "指摘 {1} 件"};
/// {1} = number of observations (English: exactly one)
inline constexpr UiText kReviewObservationCount{"{1} observation", "観察事項 {1}"};
/// {1} = number of observations (English: none or several)
inline constexpr UiText kReviewObservationsCount{"{1} observations", "観察事項 {1}"};
/// {1} = kReviewFinding(s)Count, {2} = major, {3} = minor, {4} = kReviewObservation(s)Count
inline constexpr UiText kReviewSummary{"{1} ({2} major, {3} minor, {4})",
                                       "{1}(重大な不適合 {2}、軽微な不適合 {3}、{4})"};
/// {1} = kReviewSummary, {2} = the findings sheet
inline constexpr UiText kReviewDone{"{1} written to sheet '{2}'.",
                                    "{1}をシート「{2}」に書き込みました。"};
/// {1} = the register (kSheetNamed or kReviewNotFound), {2} = the SoA (the same)
inline constexpr UiText kReviewSources{
    "Risk register: {1}. SoA: {2}. No other sheet was changed.",
    "リスク台帳: {1}。適用宣言書: {2}。ほかのシートは変更していません。"};
/// {1} = how many earlier findings (2 or more in English: see kReviewKeptEarlierOne)
inline constexpr UiText kReviewKeptEarlier{
    "{1} earlier findings were not found again; their rows stay, marked \"Not found again\", "
    "because something was written beside them.",
    "前回の指摘 {1} 件は今回検出されませんでした。記入された内容があるため、その行は"
    "「今回は検出されず」として残しています。"};
inline constexpr UiText kReviewKeptEarlierOne{
    "1 earlier finding was not found again; its row stays, marked \"Not found again\", "
    "because something was written beside it.",
    "前回の指摘 1 件は今回検出されませんでした。記入された内容があるため、その行は"
    "「今回は検出されず」として残しています。"};
/// {1} = the SoA's sheet, {2} = the sheet of its 27017 controls (kept apart)
inline constexpr UiText kReviewOnSheetWithCloudPart{
    "sheet '{1}', its ISO/IEC 27017 controls on sheet '{2}'",
    "シート「{1}」(ISO/IEC 27017 の管理策はシート「{2}」)"};
inline constexpr UiText kReviewNotFound{"not found", "見つかりません"};
/// {1} = the sheets (kSheetNamed or kReviewOnSheetNumbered, joined by kListSeparator)
inline constexpr UiText kReviewOtherSoa{
    "Also laid out like an SoA, not reviewed: {1}. The SoA reviewed is the table numbered by the "
    "newest edition, then the one with the most rows, then the one on the undated or "
    "latest-dated sheet.",
    "適用宣言書に似た表がほかにもありますが、レビューしていません: {1}。最新の版の番号で書かれた"
    "表を、その中では行数の最も多い表を、さらに同じなら年度のないシート又は最も新しい年度の"
    "シートの表を適用宣言書としてレビューしました。"};
/// {1} = the sheets (kSheetNamed, joined by kListSeparator)
inline constexpr UiText kReviewOtherRegister{
    "Also laid out like a risk register, not reviewed: {1}. The register reviewed is the one "
    "detected with the most confidence, then the one on the undated or latest-dated sheet.",
    "リスク台帳に似た表がほかにもありますが、レビューしていません: {1}。最も確実に検出された表を、"
    "同程度なら年度のないシート又は最も新しい年度のシートの表をリスク台帳としてレビューしました。"};
/// {1} = sheet, {2} = the year of the ISO/IEC 27001 edition its control numbers follow
inline constexpr UiText kReviewOnSheetNumbered{"sheet '{1}' (ISO/IEC 27001:{2} numbering)",
                                               "シート「{1}」(ISO/IEC 27001:{2} の番号)"};

// ---------------------------------------------------------------- Compare SoA
inline constexpr UiText kCompareProgress{"Comparing the Statement of Applicability",
                                         "適用宣言書を比較中"};
inline constexpr UiText kCompareUndo{"Compare SoA with an earlier version",
                                     "適用宣言書を以前の版と比較"};
/// The file picker's title.
inline constexpr UiText kComparePickTitle{
    "Choose the earlier version of the workbook (with its Statement of Applicability)",
    "比較する以前の版のブック(適用宣言書を含むもの)を選択"};
inline constexpr UiText kCompareFilterAll{"Spreadsheets (.ods, .xlsx, .xls, .fods)",
                                          "表計算ファイル(.ods、.xlsx、.xls、.fods)"};
inline constexpr UiText kCompareNoUrl{
    "Name the earlier workbook with the argument URL= (a file URL or path): nothing was "
    "changed.",
    "以前の版のブックを引数 URL=(ファイルの URL 又はパス)で指定してください。何も変更して"
    "いません。"};
/// {1} = the earlier workbook, {2} = why
inline constexpr UiText kCompareCannotOpen{
    "The earlier workbook {1} could not be opened ({2}): nothing was changed.",
    "以前の版のブック {1} を開けませんでした({2})。何も変更していません。"};
inline constexpr UiText kCompareNotASpreadsheet{"not a spreadsheet",
                                                "表計算ドキュメントではありません"};
inline constexpr UiText kCompareSameDocument{
    "The earlier workbook is this document itself: choose the earlier version's file. Nothing "
    "was changed.",
    "以前の版としてこのドキュメント自身が指定されました。以前の版のファイルを選んでください。"
    "何も変更していません。"};
/// {1} = the workbook's file name
inline constexpr UiText kCompareNoSoaEarlier{
    "No Statement of Applicability found in the earlier workbook {1}: nothing was compared or "
    "written.",
    "以前の版のブック {1} に適用宣言書が見つかりません。比較も書き込みもしていません。"};
/// {1} = the workbook's file name
inline constexpr UiText kCompareNoSoaCurrent{
    "No Statement of Applicability found in this workbook ({1}): nothing was compared or "
    "written.",
    "このブック({1})に適用宣言書が見つかりません。比較も書き込みもしていません。"};
/// {1} = no SoA in the earlier workbook (kCompareNoSoaEarlier), {2} = nor in this one
inline constexpr UiText kCompareNoSoaEither{
    "No Statement of Applicability found in either workbook (earlier: {1}; this one: {2}): "
    "nothing was compared or written.",
    "どちらのブックにも適用宣言書が見つかりません(以前の版: {1}、このブック: {2})。比較も"
    "書き込みもしていません。"};
/// {1} compared, {2} changed, {3} added, {4} removed, {5} unchanged
inline constexpr UiText kCompareCounts{
    "{1} controls compared: {2} changed, {3} added, {4} removed, {5} unchanged.",
    "管理策 {1} 件を比較: 変更 {2}、追加 {3}、削除 {4}、変更なし {5}。"};
/// {1} = kCompareCounts, {2} = the Changes sheet
inline constexpr UiText kCompareDone{"{1} Written to sheet '{2}'.",
                                     "{1}シート「{2}」に書き込みました。"};
/// {1} = the earlier file, {2} its SoA sheet, {3} this file, {4} its SoA sheet
inline constexpr UiText kCompareSources{
    "Earlier: {1} (sheet '{2}'). Current: {3} (sheet '{4}'). No other sheet was changed.",
    "以前の版: {1}(シート「{2}」)。現在の版: {3}(シート「{4}」)。ほかのシートは変更して"
    "いません。"};
/// The title of an unsaved document.
inline constexpr UiText kCompareUnsaved{"(not saved)", "(未保存)"};

// ---------------------------------------------------------------- generated sheets: changes
inline constexpr UiText kChangesSheet{"Changes", "変更点"};
inline constexpr UiText kChangesTitle{"Changes to the Statement of Applicability",
                                      "適用宣言書の変更点"};
inline constexpr UiText kChangesEarlier{"Earlier version", "以前の版"};
inline constexpr UiText kChangesCurrent{"Current version", "現在の版"};
/// {1} = file name, {2} = SoA sheet, {3} = edition (kChangesEdition or kChangesNoEdition)
inline constexpr UiText kChangesFileValue{"{1}, sheet '{2}', {3}", "{1}、シート「{2}」、{3}"};
/// {1} = the numbering ("2022", "2013")
inline constexpr UiText kChangesEdition{"ISO/IEC 27001:{1} numbering", "ISO/IEC 27001:{1} の番号"};
inline constexpr UiText kChangesNoEdition{"numbering not recognised", "番号の版は不明"};
inline constexpr UiText kChangesCompared{"Controls compared", "比較した管理策"};
inline constexpr UiText kChangesChanged{"Changed", "変更"};
inline constexpr UiText kChangesAdded{"Added", "追加"};
inline constexpr UiText kChangesRemoved{"Removed", "削除"};
inline constexpr UiText kChangesUnchanged{"Unchanged", "変更なし"};
inline constexpr UiText kChangesNotes{"Notes", "注記"};
inline constexpr UiText kChangesNone{"No change.", "変更はありません。"};
inline constexpr UiText kChangesHeadKind{"Change", "変更の種類"};
inline constexpr UiText kChangesHeadControl{"Control", "管理策"};
inline constexpr UiText kChangesHeadEarlier{"Earlier control(s)", "以前の管理策"};
inline constexpr UiText kChangesHeadField{"Field", "項目"};
inline constexpr UiText kChangesHeadBefore{"Before", "変更前"};
inline constexpr UiText kChangesHeadAfter{"After", "変更後"};

// ---------------------------------------------------------------- Migrate to 2022
/// The selection question's title and the undo step.
inline constexpr UiText kMigrateTitle{"Migrate to ISO/IEC 27001:2022", "ISO/IEC 27001:2022 へ移行"};
inline constexpr UiText kMigrateSelectFirst{
    "Select the cells to migrate first: nothing was changed.",
    "移行するセルを先に選択してください。何も変更していません。"};
inline constexpr UiText kMigrateProgress{"Migrating control references to ISO/IEC 27001:2022",
                                         "管理策番号を ISO/IEC 27001:2022 へ移行中"};
/// Log note; {1} = the 2013 id
inline constexpr UiText kMigrateDateRestoredNote{
    "a spreadsheet had turned {1} into a date: restored and migrated",
    "日付に変換されていた管理策番号 {1} を復元して移行しました"};
/// Log note: between kMigrateDateRestoredNote and the migration's own notes.
inline constexpr UiText kMigrateNoteSeparator{"; ", "。"};
/// Log note; {1} = the 2013 ids (kListSeparator between them)
inline constexpr UiText kMigrateFormulaNote{
    "formula not changed: it uses the 2013 control(s) {1}; rewrite it by hand if needed",
    "数式は変更していません。2013 年版の管理策番号({1})を使っているため、必要なら手で修正して"
    "ください。"};
inline constexpr UiText kMigrateNothingInSelection{
    "Nothing to migrate: the selection holds no ISO/IEC 27001:2013 control references. The "
    "document was not changed.",
    "移行するものはありません。選択範囲に ISO/IEC 27001:2013 "
    "の管理策番号はありません。ドキュメントは変更していません。"};
inline constexpr UiText kMigrateNothingInWorkbook{
    "Nothing to migrate: the workbook holds no ISO/IEC 27001:2013 control references. The "
    "document was not changed.",
    "移行するものはありません。ブックに ISO/IEC 27001:2013 "
    "の管理策番号はありません。ドキュメントは変更していません。"};
/// After kMigrateNothingIn…; {1} = formulas
inline constexpr UiText kMigrateFormulasToChange{
    "{1} formula(s) still use 2013 control ids: formulas are never rewritten, change them by "
    "hand.",
    "2013 年版の管理策番号を使う数式が {1} 個あります。数式は変更しないため、手で修正して"
    "ください。"};
/// {1} = cells, {2} = references
inline constexpr UiText kMigrateDone{
    "Rewrote {2} control reference(s) in {1} cell(s) to ISO/IEC 27001:2022 numbering.",
    "{1} 個のセルで管理策番号 {2} 件を ISO/IEC 27001:2022 の番号に書き換えました。"};
/// {1} = ambiguous references
inline constexpr UiText kMigrateToDecide{
    "To decide: {1} (a 2013 control became several 2022 controls; all are written).",
    "判断が必要: {1} 件(2013 年版の 1 つの管理策が複数の管理策に対応するため、すべて記入)。"};
/// {1} = merged references
inline constexpr UiText kMigrateMerged{"Merged controls noted: {1}.", "統合された管理策: {1} 件。"};
/// {1} = ids restored from dates
inline constexpr UiText kMigrateRestored{
    "Restored {1} control id(s) a spreadsheet had turned into dates.",
    "日付に変換されていた管理策番号 {1} 件を復元して移行しました。"};
/// {1} = formulas
inline constexpr UiText kMigrateFormulasNotChanged{
    "{1} formula(s) use 2013 control ids and were not changed (listed in the migration log).",
    "2013 年版の管理策番号を使う数式 {1} 個は変更していません(移行ログに記載)。"};
/// {1} = the migration log sheet
inline constexpr UiText kMigrateLogSheet{"Every change is listed on sheet '{1}'.",
                                         "変更内容はシート「{1}」にあります。"};
/// {1} = the migration log sheet, {2} = rows this run would add
inline constexpr UiText kMigrateLogFull{
    "The migration log on sheet '{1}' has no room for {2} more row(s). Move its rows to another "
    "sheet, or delete the named range ISMS_MIGRATION_LOG to start a new log. Nothing was "
    "changed.",
    "シート「{1}」の移行ログには、あと {2} 行を書き込む余地がありません。行を別のシートへ移すか、"
    "名前付き範囲 ISMS_MIGRATION_LOG を削除して新しいログを始めてください。何も変更していません。"};

// ---------------------------------------------------------------- Freeze ISMS formulas
/// The selection question's title.
inline constexpr UiText kFreezeTitle{"Freeze ISMS formulas", "ISMS 関数を値に固定"};
inline constexpr UiText kFreezeUndo{"Freeze ISMS formulas to values", "ISMS 関数を値に固定"};
inline constexpr UiText kFreezeSelectFirst{
    "Select the cells to freeze first: nothing was changed.",
    "値に固定するセルを先に選択してください。何も変更していません。"};
inline constexpr UiText kFreezeProgress{"Freezing ISMS formulas to values",
                                        "ISMS 関数を値に固定中"};
/// {1} = frozen formulas
inline constexpr UiText kFreezeDone{
    "Froze {1} ISMS formula(s) to their current values: the workbook now shows the same "
    "without isms-calc or in Excel.",
    "ISMS 関数の数式 {1} 個を現在の値に固定しました。拡張機能のない環境や Excel "
    "でも同じ値が表示されます。"};
inline constexpr UiText kFreezeNothingInSelection{
    "No ISMS formulas to freeze in the selection: the document was not changed.",
    "選択範囲に値に固定する ISMS 関数の数式はありません。ドキュメントは変更していません。"};
inline constexpr UiText kFreezeNothing{
    "No ISMS formulas to freeze: the document was not changed.",
    "値に固定する ISMS 関数の数式はありません。ドキュメントは変更していません。"};
/// {1} = cells showing an error
inline constexpr UiText kFreezeErrorsLeft{
    "{1} cell(s) left: they show an error.",
    "エラーを表示しているため、{1} 個のセルは数式のまま残しました。"};
/// {1} = cells that could not be written
inline constexpr UiText kFreezeRefusedLeft{
    "{1} cell(s) left as formulas: on a protected sheet, or part of an array formula that "
    "cannot be written whole (over several columns, or holding a cell with a comment).",
    "保護されたシート上にあるか、全体を書き換えられない配列数式（複数列にわたるもの、又はコメント"
    "付きのセルを含むもの）の一部であるため、{1} 個のセルは数式のまま残しました。"};

// ---------------------------------------------------------------- Generate SoA
inline constexpr UiText kSoaProgress{"Generating the Statement of Applicability",
                                     "適用宣言書を作成中"};
inline constexpr UiText kSoaUndo{"Generate Statement of Applicability", "適用宣言書の作成"};
/// Appended to the result: {1} = version, {2} = what changed
inline constexpr UiText kSoaRevisionAdded{"\nRevision history: version {1} added ({2}).",
                                          "\n改訂履歴: 版数 {1} を追加しました({2})。"};
/// Appended on the first run in a workbook with an SoA of its own: {1} = its sheets
/// (kSheetNamed, joined by kListSeparator), {2} = how many controls
inline constexpr UiText kSoaCarriedOver{
    "\nCarried over from your own SoA ({1}): what was written for {2} controls (decision, "
    "reasons, justification, status, owner, evidence, review dates, notes), as written. That "
    "sheet is unchanged.",
    "\n自組織の適用宣言書({1})から、{2} の管理策の記入内容(適用可否、理由、除外理由、実施状況、"
    "管理策の責任者、証拠、レビュー日、備考)"
    "をそのまま引き継ぎました。そのシートは変更していません。"};
/// {1} = how many rows, {2} = what they name, as written
inline constexpr UiText kSoaNotCarried{
    "\nNot carried over: {1} row(s) naming no control of ISO/IEC 27001:2022 Annex A or "
    "ISO/IEC 27017 (CLD): {2}.",
    "\n引き継がなかった行: {1} 件(ISO/IEC 27001:2022 附属書A 又は ISO/IEC 27017(CLD)の"
    "管理策ではありません): {2}。"};
/// {1} = the controls
inline constexpr UiText kSoaRepeatedCarried{
    "\nSeveral rows for {1}: the first row's entries were carried over.",
    "\n{1} には複数の行があります。最初の行の記入内容を引き継ぎました。"};
/// {1} = the sheet, {2} = the edition year (2013 or 2005)
inline constexpr UiText kSoaOlderNumbering{
    "\nYour own SoA on sheet '{1}' is numbered by ISO/IEC 27001:{2}, so nothing was carried "
    "over from it. Migrate it first (ISMS ▸ Migrate to ISO/IEC 27001:2022), then generate the "
    "SoA again.",
    "\nシート「{1}」の自組織の適用宣言書は ISO/IEC 27001:{2} の番号のため、記入内容を引き継いで"
    "いません。先に移行(ISMS ▸ ISO/IEC 27001:2022 へ移行)してから、適用宣言書をもう一度作成"
    "してください。"};
inline constexpr UiText kRoleDialogTitle{"ISMS: Statement of Applicability",
                                         "ISMS: 適用宣言書の作成"};
inline constexpr UiText kRoleDialogIntro{
    "Choose the organisation's role (saved in the workbook property ISMS.Role).",
    "組織の立場を選んでください(ブックのプロパティ ISMS.Role に保存します)。"};
inline constexpr UiText kRoleDialogGenerate{"Generate", "作成"};

// ---------------------------------------------------------------- dialogs
inline constexpr UiText kSave{"Save", "保存"};
inline constexpr UiText kCancel{"Cancel", "キャンセル"};
inline constexpr UiText kRegisterColumnsTitle{"ISMS: Risk register columns",
                                              "ISMS: リスク台帳の列"};
inline constexpr UiText kSoaColumnsTitle{"ISMS: SoA columns", "ISMS: 適用宣言書の列"};
inline constexpr UiText kColumnsHeaderRow{"Header row", "見出し行"};
inline constexpr UiText kColumnsHeaderRows{"Header rows", "見出しの行数"};
/// {1} = sheet, {2} = the document property the mapping is saved in
inline constexpr UiText kColumnsIntro{
    "Sheet '{1}'. Pick each field's column, or type its letter (such as E); leave a field "
    "empty when the table has none. Saved in the document property {2}; detection never "
    "overwrites it.",
    "シート「{1}」。各項目の列を選ぶか、列の文字(E など)を入力してください。ない項目は空欄の"
    "ままにします。保存先は文書のプロパティ {2} で、検出で上書きされることはありません。"};

// ---------------------------------------------------------------- sidebar: control panel
inline constexpr UiText kPanelSelectCell{"Select a cell that names a control.",
                                         "管理策の番号のあるセルを選択してください。"};
/// {1} = controls
inline constexpr UiText kPanelCellNamesControls{"This cell names {1} controls.",
                                                "このセルの管理策: {1} 件"};
/// {1} = row number, {2} = controls
inline constexpr UiText kPanelRowCitesControls{"The risk on row {1} cites {2} control(s).",
                                               "{1} 行目のリスクが引用している管理策: {2} 件"};
inline constexpr UiText kPanelEmptyCell{"Empty cell: no control.", "空のセルです(管理策なし)。"};
inline constexpr UiText kPanelNoControlId{"No control id in this cell.",
                                          "このセルには管理策の番号がありません。"};
/// Appended to the intro.
inline constexpr UiText kPanelFirstFourShown{" The first 4 are shown.", "(最初の 4 件を表示)"};
inline constexpr UiText kPanelRoleNotStated{
    "Role not stated (ISMS.Role): guidance for both roles.",
    "立場(ISMS.Role)が未記載のため、両方の手引を表示します。"};

// ---------------------------------------------------------------- sidebar: workbook panel
inline constexpr UiText kPanelGenerateSoa{"Generate / update SoA", "適用宣言書の作成・更新"};
inline constexpr UiText kPanelDetectRegister{"Detect risk register", "リスク台帳の検出"};
inline constexpr UiText kPanelRegisterColumns{"Register columns…", "リスク台帳の列…"};
inline constexpr UiText kPanelSoaColumns{"SoA columns…", "適用宣言書の列…"};
inline constexpr UiText kPanelReview{"Review workbook", "ワークブックのレビュー"};
inline constexpr UiText kPanelMigrate{"Migrate to 27001:2022", "27001:2022 への移行"};
inline constexpr UiText kPanelFreeze{"Freeze ISMS formulas", "ISMS 関数を値に固定"};
inline constexpr UiText kPanelSettings{"Workbook settings", "ワークブックの設定"};
inline constexpr UiText kPanelRole{"Role", "立場"};
inline constexpr UiText kPanelRoleNotStatedItem{"(not stated)", "(未記載)"};
inline constexpr UiText kPanelModels{"Cloud service models", "サービス形態"};
inline constexpr UiText kPanelServices{"Cloud services in scope (separated by ;)",
                                       "対象のクラウドサービス(; で区切る)"};
inline constexpr UiText kPanelMethod{"Risk method", "リスク評価方法"};
inline constexpr UiText kPanelCustomMethod{"Custom (defined in this workbook)",
                                           "独自(このワークブックで定義)"};
inline constexpr UiText kPanelCommands{"Commands", "コマンド"};
inline constexpr UiText kPanelReadiness{"JIP-ISMS517 readiness",
                                        "ISMSクラウドセキュリティ認証の準備状況"};
inline constexpr UiText kPanelHeatMap{"Risk heat map (likelihood × impact)",
                                      "リスクヒートマップ(起こりやすさ × 影響度)"};
/// {1} = risks placed on the map
inline constexpr UiText kPanelHeatNote{"Rows: likelihood (highest at the top); columns: impact. "
                                       "{1} risk(s)",
                                       "行: 起こりやすさ(上ほど高い)、列: 影響度。リスク {1} 件"};
/// {1} = risks without a score; appended to kPanelHeatNote
inline constexpr UiText kPanelHeatUnscored{"; {1} not scored", "(評価のないリスク {1} 件)"};
/// {1} = the method's id; appended last
inline constexpr UiText kPanelHeatMethod{". Method: {1}", "。方法: {1}"};
inline constexpr UiText kPanelSetRole{"Set role", "立場の変更"};
inline constexpr UiText kPanelSetModels{"Set cloud service models", "サービス形態の変更"};
inline constexpr UiText kPanelSetServices{"Set cloud services in scope",
                                          "対象のクラウドサービスの変更"};
inline constexpr UiText kPanelSetMethod{"Set risk method", "リスク評価方法の変更"};
inline constexpr UiText kPanelCommandUnavailable{"This command is not available in this version.",
                                                 "このコマンドはこの版では使えません。"};

// ---------------------------------------------------------------- sidebar: workbook state
inline constexpr UiText kHeatMapNoRegister{"No risk register found.",
                                           "リスク台帳が見つかりません。"};
inline constexpr UiText kHeatMapNotLikelihoodImpact{
    "The risk method is not likelihood × impact: no heat map.",
    "リスク評価方法が起こりやすさ × 影響度ではないため、ヒートマップはありません。"};
inline constexpr UiText kHeatMapNoColumns{"The register has no likelihood or impact column.",
                                          "リスク台帳に起こりやすさ又は影響度の列がありません。"};

// ---------------------------------------------------------------- printed pages
/// The footer reads "Page 3 / 7" / 「ページ 3 / 7」.
inline constexpr UiText kPrintPage{"Page", "ページ"};
/// Before the version in the page header: "Version 3" / 「版数 3」.
inline constexpr UiText kPrintVersion{"Version", "版数"};

// ---------------------------------------------------------------- generated sheets: findings
inline constexpr UiText kFindingsSheet{"Findings", "指摘事項"};
inline constexpr UiText kFindingsHeadNo{"No.", "番号"};
inline constexpr UiText kFindingsHeadSeverity{"Severity", "重大度"};
inline constexpr UiText kFindingsHeadRule{"Rule", "規則"};
inline constexpr UiText kFindingsHeadLocation{"Location", "場所"};
inline constexpr UiText kFindingsHeadFinding{"Finding", "指摘内容"};
inline constexpr UiText kFindingsHeadFix{"Suggested fix", "推奨される対処"};
/// In the severity column of an earlier finding the review did not find again, kept on the sheet
/// for what people wrote beside it.
inline constexpr UiText kFindingsNotFoundAgain{"Not found again", "今回は検出されず"};
/// The location of a finding about the workbook itself.
inline constexpr UiText kFindingsDocumentProperties{"(document properties)", "(文書のプロパティ)"};

} // namespace str

/// The items joined by kListSeparator: "A, B" / 「A、B」.
[[nodiscard]] std::string listed(const std::vector<std::string>& items, Lang l);
/// The sheets as "sheet 'A', sheet 'B'" (シート「A」、シート「B」): kSheetNamed, listed.
[[nodiscard]] std::string namedSheets(const std::vector<std::string>& sheets, Lang l);
} // namespace isms::addin
