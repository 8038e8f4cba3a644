#include "commands/command_runner.hxx"

#include "commands/command_table.hxx"

#include "commands/command_functions.hxx"
#include "functions/conversions.hxx"
#include "strings.hxx"
#include "ui_language.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <exception>
#include <string_view>

namespace isms::addin
{
namespace
{

struct Runner
{
    Command command;
    Outcome (*run)(const CommandContext&);
};
// One runner per entry of command_table.hxx, in its order (checked below, name by name).
constexpr Runner kRunners[] = {
    {Command::DetectRegister, detectRegisterCommand},
    {Command::MapColumns, mapColumnsCommand},
    {Command::MapSoaColumns, mapSoaColumnsCommand},
    {Command::GenerateSoA, generateSoaCommand},
    {Command::Review, reviewCommand},
    {Command::CompareSoA, compareSoaCommand},
    {Command::Migrate2022, migrate2022Command},
    {Command::FreezeFormulas, freezeFormulasCommand},
};
constexpr bool runnersFollowTable()
{
    if (std::size(kRunners) != std::size_t(Command::Count))
        return false;
    for (std::size_t i = 0; i < std::size(kRunners); ++i)
        if (kRunners[i].command != Command(i))
            return false;
    return true;
}
static_assert(runnersFollowTable(), "every command of command_table.hxx has its runner, in order");

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
        CommandContext c{m_context, frame, documentOf(frame),
                         args,      lang,  flag(args, "Interactive", true) && isVisible(frame)};
        const auto* command =
            std::find_if(std::begin(kRunners), std::end(kRunners),
                         [&](const Runner& r)
                         {
                             const std::string_view name = commandName(r.command);
                             return url.Path.equalsAsciiL(name.data(), sal_Int32(name.size()));
                         });
        if (!c.doc.is())
            outcome = {false, str::kNotASpreadsheet.str(lang)};
        else if (command != std::end(kRunners))
            outcome = command->run(c);
        else
            outcome = {false, str::kUnknownCommand.str(lang)};
    }
    catch (const css::uno::Exception& e)
    {
        outcome = {false,
                   fill(str::kCommandError, lang,
                        {rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr()})};
    }
    catch (const std::exception& e)
    {
        outcome = {false, fill(str::kCommandError, lang, {e.what()})};
    }
    if (frame.is() && flag(args, "Interactive", true) && outcome.result.empty())
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
        event.Result <<= toOUString(outcome.result.empty() ? outcome.message : outcome.result);
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
