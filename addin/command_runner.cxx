#include "command_runner.hxx"

#include "menu/commands.hxx"

#include "conversions.hxx"
#include "document_settings.hxx"
#include "overlay_setting.hxx"
#include "register_finder.hxx"
#include "role_dialog.hxx"
#include "soa_sheet.hxx"
#include "ui_language.hxx"
#include "isms/overlay.hpp"
#include "isms/register_report.hpp"
#include "isms/soa.hpp"
#include "isms/texts.hpp"
#include "isms/workbook_settings.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace isms::addin
{
namespace
{

css::uno::Reference<css::sheet::XSpreadsheetDocument>
documentOf(const css::uno::Reference<css::frame::XFrame>& frame)
{
    if (!frame.is() || !frame->getController().is())
        return {};
    return css::uno::Reference<css::sheet::XSpreadsheetDocument>(frame->getController()->getModel(),
                                                                 css::uno::UNO_QUERY);
}

bool flag(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name,
          bool fallback)
{
    for (const auto& a : args)
        if (a.Name.equalsAscii(name))
        {
            bool v = fallback;
            a.Value >>= v;
            return v;
        }
    return fallback;
}

struct Outcome
{
    bool ok = false;
    std::string message;
};

Outcome detectRegister(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                       bool redetect, Lang lang)
{
    auto found = findRegister(doc, redetect);
    if (!found.ok())
        return {false,
                lang == Lang::Ja
                    ? "リスク台帳が見つかりませんでした。最初の 30 "
                      "行に「リスクID」「脅威」「発生可能性」"
                      "「影響度」「管理策」などの見出しがあるシートを探しました。"
                    : "No risk register found. isms-calc looks for a sheet with headers such as "
                      "Risk ID, Threat, Likelihood, Impact and Controls in its first 30 rows."};
    FoundRegister& f = found.value();
    if (!f.fromStoredMap) // a corrected mapping the user stored is never overwritten by detection
        setDocumentProperty(doc, kPropRegisterMap, registerMapToJson(f.reg.map, f.sheet));
    std::string msg = registerReport(f.reg, f.sheet, f.fromStoredMap, lang);
    if (!f.storedMapProblem.empty())
        msg += (lang == Lang::Ja ? "保存済みの対応付けは使えませんでした: "
                                 : "The stored mapping was not used: ") +
               f.storedMapProblem + "\n";
    if (!f.fromStoredMap)
        msg += lang == Lang::Ja
                   ? "対応付けを文書のプロパティ ISMS.RegisterMap に保存しました(修正可能)。"
                   : "The mapping is stored in the document property ISMS.RegisterMap (you may "
                     "correct it).";
    return {true, msg};
}

bool isVisible(const css::uno::Reference<css::frame::XFrame>& frame)
{
    css::uno::Reference<css::awt::XWindow2> window(
        frame.is() ? frame->getContainerWindow() : nullptr, css::uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

/// The overlay-aware texts, as the cell functions use them.
Texts currentTexts(const css::uno::Reference<css::uno::XComponentContext>& ctx)
{
    const Catalog& cat = Catalog::builtin();
    const std::string path = configuredOverlayPath(ctx);
    if (!path.empty())
        if (auto loaded = loadOverlayFile(path, cat); loaded.ok())
            return Texts(cat, GuidanceCatalog::builtin(), &loaded.value());
    return Texts(cat, GuidanceCatalog::builtin(), nullptr);
}

Outcome generateSoA(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                    const css::uno::Reference<css::frame::XFrame>& frame,
                    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, Lang uiLang,
                    bool interactive)
{
    WorkbookSettings settings = DocumentSettingsCache::read(doc);
    const Lang lang = settings.language.value_or(uiLang);
    const bool ja = uiLang == Lang::Ja;
    css::uno::Reference<css::task::XStatusIndicator> progress;
    if (css::uno::Reference<css::task::XStatusIndicatorFactory> f{frame, css::uno::UNO_QUERY};
        f.is())
        progress = f->createStatusIndicator();
    if (progress.is())
        progress->start(
            toOUString(ja ? "適用宣言書を作成中" : "Generating the Statement of Applicability"), 4);

    auto found = findRegister(doc, false);
    if (progress.is())
        progress->setValue(1);
    // A person is asked only when something is missing: the role, or a confident register.
    if (interactive && isVisible(frame) &&
        (!settings.role || !found.ok() ||
         (!found->fromStoredMap && found->reg.map.confidence < 0.5)))
    {
        const std::string detected =
            found.ok() ? registerReport(found->reg, found->sheet, found->fromStoredMap, uiLang, 6)
                       : (ja ? "リスク台帳が見つかりません。リスクとの関連付けなしで作成します。"
                             : "No risk register found: the SoA will have no risk links.");
        const auto chosen = askRole(ctx, frame, settings.role, detected, uiLang);
        if (!chosen)
        {
            if (progress.is())
                progress->end();
            return {false, ja ? "キャンセルしました。何も変更していません。"
                              : "Cancelled: nothing was changed."};
        }
        settings.role = *chosen;
        setDocumentProperty(doc, kPropRole, std::string(roleName(*chosen)));
    }
    const Register* reg = found.ok() ? &found->reg : nullptr;
    // The workbook's method; without one, the register's columns tell which kind it uses.
    const RiskMethod* method = settings.riskMethod.get();
    if (!method)
        method =
            reg && reg->map.has(RegisterField::ThreatLevel) ? findPreset("avt") : &defaultMethod();
    const Role role = settings.role.value_or(Role::Both);

    const Catalog& cat = Catalog::builtin();
    const Texts texts = currentTexts(ctx);
    SoaInput in{reg, method, role, lang};
    const ExistingSoa existing = readSoa(doc);
    const SoaMerge merged = mergeSoa(computeSoaRows(cat, texts, in), existing.rows, lang);
    const std::vector<Gap> gaps = findGaps(cat, in, merged.rows);
    if (progress.is())
        progress->setValue(2);

    // One undo step for everything the command writes.
    css::uno::Reference<css::document::XUndoManager> undo;
    if (css::uno::Reference<css::document::XUndoManagerSupplier> u{doc, css::uno::UNO_QUERY};
        u.is())
        undo = u->getUndoManager();
    if (undo.is())
        undo->enterUndoContext(
            toOUString(ja ? "適用宣言書の作成" : "Generate Statement of Applicability"));
    SoaWriteResult written;
    try
    {
        if (found.ok() && !found->fromStoredMap)
            setDocumentProperty(doc, kPropRegisterMap,
                                registerMapToJson(found->reg.map, found->sheet));
        written = writeSoa(doc, existing, merged, settings, lang);
        writeGaps(doc, gaps, lang);
    }
    catch (...)
    {
        if (undo.is())
            undo->leaveUndoContext();
        if (progress.is())
            progress->end();
        throw;
    }
    if (undo.is())
        undo->leaveUndoContext();
    if (progress.is())
        progress->end();

    std::string msg;
    if (ja)
        msg = "適用宣言書をシート「" + written.sheet +
              "」に書き込みました: " + std::to_string(written.rows) + " 行(記入を保持 " +
              std::to_string(merged.kept) + "、新規 " + std::to_string(merged.added) + "、要確認 " +
              std::to_string(merged.flagged) + "、利用者の追加行 " +
              std::to_string(merged.userRows) + ")。ギャップ " + std::to_string(gaps.size()) +
              " 件。";
    else
        msg = "Statement of Applicability written to sheet '" + written.sheet +
              "': " + std::to_string(written.rows) + " rows (" + std::to_string(merged.kept) +
              " kept with your entries, " + std::to_string(merged.added) + " new, " +
              std::to_string(merged.flagged) + " flagged, " + std::to_string(merged.userRows) +
              " added by you); " + std::to_string(gaps.size()) + " gaps listed.";
    msg += "\n";
    if (reg)
        msg += ja ? "リスク台帳: シート「" + found->sheet + "」、リスク " +
                        std::to_string(reg->risks.size()) + " 件、評価方法 " + method->id + "。"
                  : "Risk register: sheet '" + found->sheet + "', " +
                        std::to_string(reg->risks.size()) + " risks, method " + method->id + ".";
    else
        msg += ja ? "リスク台帳が見つからないため、リスクとの関連付けはありません。"
                  : "No risk register found: no risk links.";
    if (!settings.role)
        msg += ja ? "\n立場(ISMS.Role)が未記載のため「両方」とみなしました。"
                  : "\nThe role (ISMS.Role) is not stated: assumed both customer and provider.";
    return {true, msg};
}

void showMessage(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                 const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                 const std::string& text, bool ok)
{
    css::uno::Reference<css::awt::XWindow2> window(frame->getContainerWindow(),
                                                   css::uno::UNO_QUERY);
    if (!window.is() || !window->isVisible())
        return; // headless or hidden: the dispatch result carries the message
    css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(ctx),
                                                              css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XWindowPeer> peer(window, css::uno::UNO_QUERY);
    auto box = factory->createMessageBox(
        peer, ok ? css::awt::MessageBoxType_INFOBOX : css::awt::MessageBoxType_WARNINGBOX,
        css::awt::MessageBoxButtons::BUTTONS_OK, toOUString(title), toOUString(text));
    box->execute();
}

} // namespace

CommandRunner::CommandRunner(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

void CommandRunner::initialize(const css::uno::Sequence<css::uno::Any>& arguments)
{
    css::uno::Reference<css::frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame))
        m_frame = frame;
}

void CommandRunner::dispatch(const css::util::URL& url,
                             const css::uno::Sequence<css::beans::PropertyValue>& args)
{
    dispatchWithNotification(url, args, {});
}

void CommandRunner::dispatchWithNotification(
    const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener)
{
    css::uno::Reference<css::frame::XNotifyingDispatch> keepAlive(
        this); // the frame may release us meanwhile
    const css::uno::Reference<css::frame::XFrame> frame(m_frame);
    const Lang lang = uiLanguage(m_context);
    Outcome outcome;
    try
    {
        const auto doc = documentOf(frame);
        if (!doc.is())
            outcome = {false, lang == Lang::Ja ? "表計算ドキュメントではありません。"
                                               : "Not a spreadsheet."};
        else if (url.Path == "DetectRegister")
            outcome = detectRegister(doc, flag(args, "Redetect", false), lang);
        else if (url.Path == "GenerateSoA")
            outcome = generateSoA(m_context, frame, doc, lang, flag(args, "Interactive", true));
    }
    catch (const css::uno::Exception& e)
    {
        outcome = {
            false,
            (lang == Lang::Ja ? "isms-calc のエラー: " : "isms-calc error: ") +
                std::string(rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr())};
    }
    catch (const std::exception& e)
    {
        outcome = {false, (lang == Lang::Ja ? "isms-calc のエラー: " : "isms-calc error: ") +
                              std::string(e.what())};
    }
    if (frame.is() && flag(args, "Interactive", true))
    {
        try
        {
            showMessage(m_context, frame, "ISMS", outcome.message, outcome.ok);
        }
        catch (const css::uno::Exception&)
        {
            // no dialog possible: the result still goes to the listener
        }
    }
    if (listener.is())
    {
        css::frame::DispatchResultEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.State = outcome.ok ? css::frame::DispatchResultState::SUCCESS
                                 : css::frame::DispatchResultState::FAILURE;
        event.Result <<= toOUString(outcome.message);
        listener->dispatchFinished(event);
    }
}

rtl::OUString CommandRunner::getImplementationName()
{
    return rtl::OUString::createFromAscii(kCommandRunnerImplementation);
}

sal_Bool CommandRunner::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> CommandRunner::getSupportedServiceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = rtl::OUString::createFromAscii(kCommandRunnerService);
    return names;
}

} // namespace isms::addin
