// org.ismscalc:CompareSoA: what changed in the Statement of Applicability since an earlier
// version of the workbook — the auditor's first question at a surveillance audit. The earlier
// workbook is opened hidden and read-only (no macros, no link updates, nobody asked for a
// password) and closed again whatever happens; the current document's SoA is the later one.
// Writes the Changes sheet as one undo step; with ReportOnly=true writes nothing and returns the
// comparison as JSON (Format=csv: CSV in Lang=en|ja) for isms-review --compare.

#include "commands/command_functions.hxx"

#include "document_properties.hxx"
#include "functions/conversions.hxx"
#include "sheets/changes_sheet.hxx"
#include "sheets/sheet_writer.hxx"
#include "sheets/soa_finder.hxx"
#include "strings.hxx"
#include "isms/soa_compare.hpp"
#include "isms/soa_parts.hpp"
#include "isms/utf.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>
#include <rtl/uri.hxx>

#include <nlohmann/json.hpp>

#include <memory>

namespace isms::addin
{
namespace
{

css::beans::PropertyValue prop(const char* name, const css::uno::Any& value)
{
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

/// A file URL for what the URL argument says: a path (absolute; "/…") converted, a URL
/// (file:///…) as it is.
rtl::OUString asUrl(const rtl::OUString& arg)
{
    if (!arg.startsWith("/"))
        return arg;
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(arg, url) != osl::FileBase::E_None)
        return arg;
    return url;
}

/// The file name a person recognises: the URL's last segment, decoded.
std::string fileNameOf(const rtl::OUString& url)
{
    const sal_Int32 slash = url.lastIndexOf('/');
    return toUtf8(view(rtl::Uri::decode(slash >= 0 ? url.copy(slash + 1) : url,
                                        rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8)));
}

std::string currentName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, Lang l)
{
    css::uno::Reference<css::frame::XModel> model(doc, css::uno::UNO_QUERY);
    if (model.is() && !model->getURL().isEmpty())
        return fileNameOf(model->getURL());
    if (css::uno::Reference<css::frame::XTitle> title{doc, css::uno::UNO_QUERY}; title.is())
        return toUtf8(view(title->getTitle())) + " " + str::kCompareUnsaved.str(l);
    return str::kCompareUnsaved.str(l);
}

/// The earlier workbook chosen by a person; empty when cancelled.
rtl::OUString pickFile(const CommandContext& c)
{
    auto picker = css::ui::dialogs::FilePicker::createWithMode(
        c.uno, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(toOUString(str::kComparePickTitle.in(c.uiLang)));
    css::uno::Reference<css::ui::dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
    if (filters.is())
    {
        const rtl::OUString all = toOUString(str::kCompareFilterAll.in(c.uiLang));
        filters->appendFilter(all, "*.ods;*.xlsx;*.xlsm;*.xls;*.fods");
        filters->appendFilter("OpenDocument (.ods)", "*.ods");
        filters->appendFilter("Excel 2007-365 (.xlsx)", "*.xlsx;*.xlsm");
        filters->appendFilter("Excel 97-2003 (.xls)", "*.xls");
        filters->appendFilter("Flat XML ODF (.fods)", "*.fods");
        filters->setCurrentFilter(all);
    }
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return {};
    const auto files = picker->getSelectedFiles();
    return files.getLength() > 0 ? files[0] : rtl::OUString();
}

/// The earlier workbook, open hidden and read-only while this lives; closed in every case.
class EarlierWorkbook
{
public:
    EarlierWorkbook(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                    const rtl::OUString& url)
    {
        css::uno::Sequence<css::beans::PropertyValue> args(4);
        args.getArray()[0] = prop("Hidden", css::uno::Any(true));
        args.getArray()[1] = prop("ReadOnly", css::uno::Any(true));
        args.getArray()[2] =
            prop("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE));
        args.getArray()[3] =
            prop("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE));
        m_component =
            css::frame::Desktop::create(ctx)->loadComponentFromURL(url, "_blank", 0, args);
    }
    ~EarlierWorkbook()
    {
        if (!m_component.is() || m_keep)
            return;
        try
        {
            if (css::uno::Reference<css::util::XCloseable> c{m_component, css::uno::UNO_QUERY};
                c.is())
                c->close(true);
            else
                m_component->dispose();
        }
        catch (const css::uno::Exception&)
        {
            // closed by someone else meanwhile, or vetoed: nothing more to do
        }
    }
    EarlierWorkbook(const EarlierWorkbook&) = delete;
    EarlierWorkbook& operator=(const EarlierWorkbook&) = delete;

    [[nodiscard]] css::uno::Reference<css::sheet::XSpreadsheetDocument> doc() const
    {
        return {m_component, css::uno::UNO_QUERY};
    }
    [[nodiscard]] bool loaded() const { return m_component.is(); }
    /// The office gave back a document that was open already: never close it.
    void keepOpen() { m_keep = true; }

private:
    css::uno::Reference<css::lang::XComponent> m_component;
    bool m_keep = false;
};

std::string counts(const SoaComparison& cmp, Lang l)
{
    return fill(str::kCompareCounts, l,
                {std::to_string(cmp.compared), std::to_string(cmp.changed),
                 std::to_string(cmp.added), std::to_string(cmp.removed),
                 std::to_string(cmp.unchanged)});
}

} // namespace

Outcome compareSoaCommand(const CommandContext& c)
{
    const Lang ui = c.uiLang;
    const bool reportOnly = flag(c.args, "ReportOnly", false);
    rtl::OUString url = toOUString(textArg(c.args, "URL"));
    if (url.isEmpty() && c.interactive && !reportOnly)
    {
        url = pickFile(c);
        if (url.isEmpty())
            return {false, str::kCancelled.str(ui)};
    }
    if (url.isEmpty())
        return {false, str::kCompareNoUrl.str(ui)};
    url = asUrl(url);
    const std::string earlierName = fileNameOf(url);

    Progress progress(c.frame, str::kCompareProgress.str(ui), 4);
    std::unique_ptr<EarlierWorkbook> earlier;
    try
    {
        earlier = std::make_unique<EarlierWorkbook>(c.uno, url);
    }
    catch (const css::uno::Exception& e)
    {
        return {false, fill(str::kCompareCannotOpen, ui, {earlierName, toUtf8(view(e.Message))})};
    }
    if (!earlier->loaded() || !earlier->doc().is())
        return {false, fill(str::kCompareCannotOpen, ui,
                            {earlierName, str::kCompareNotASpreadsheet.in(ui)})};
    if (css::uno::Reference<css::uno::XInterface>(earlier->doc(), css::uno::UNO_QUERY) ==
        css::uno::Reference<css::uno::XInterface>(c.doc, css::uno::UNO_QUERY))
    {
        earlier->keepOpen();
        return {false, str::kCompareSameDocument.str(ui)};
    }
    progress.set(1);
    const FoundSoa before = findSoa(earlier->doc(), {});
    earlier.reset(); // read: closed before anything is written
    progress.set(2);
    const FoundSoa after = findSoa(c.doc, {});
    const std::string current = currentName(c.doc, ui);
    if (!before.table && !after.table)
        return {false, fill(str::kCompareNoSoaEither, ui, {earlierName, current})};
    if (!before.table)
        return {false, fill(str::kCompareNoSoaEarlier, ui, {earlierName})};
    if (!after.table)
        return {false, fill(str::kCompareNoSoaCurrent, ui, {current})};
    const SoaComparison cmp = compareWithCloudParts(
        Catalog::builtin(), *before.table, before.cloudPart ? &*before.cloudPart : nullptr,
        *after.table, after.cloudPart ? &*after.cloudPart : nullptr);
    progress.set(3);

    if (reportOnly) // scripts and isms-review --compare: nothing written
    {
        Outcome out(true, counts(cmp, ui));
        if (textArg(c.args, "Format") == "csv")
            out.result = soaComparisonToCsv(cmp, textArg(c.args, "Lang") == "ja" ? Lang::Ja : ui);
        else
        {
            nlohmann::json report = nlohmann::json::parse(soaComparisonToJson(cmp));
            auto part = [](const FoundSoa& f)
            { return f.cloudPart ? nlohmann::json(f.cloudPart->sheet) : nlohmann::json(); };
            report["earlier"] = {{"file", earlierName},
                                 {"sheet", before.table->sheet},
                                 {"cloudPartSheet", part(before)}};
            report["current"] = {
                {"file", current}, {"sheet", after.table->sheet}, {"cloudPartSheet", part(after)}};
            out.result = report.dump();
        }
        return out;
    }
    const Lang lang = DocumentSettingsCache::read(c.doc).language.value_or(ui);
    if (const std::string locked = protectedTarget(c.doc, {kChangesRange}); !locked.empty())
        return {false, fill(str::kSheetProtected, ui, {locked})};
    std::string sheet;
    {
        UndoStep undo(c.doc, str::kCompareUndo.str(ui));
        sheet = writeChanges(c.doc, cmp, {earlierName, before.table->sheet, before.table->edition},
                             {current, after.table->sheet, after.table->edition}, lang);
    }
    std::string msg = fill(str::kCompareDone, ui, {counts(cmp, ui), sheet});
    msg += "\n";
    msg += fill(str::kCompareSources, ui,
                {earlierName, before.table->sheet, current, after.table->sheet});
    return {true, msg};
}

} // namespace isms::addin
