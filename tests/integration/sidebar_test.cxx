// The ISMS sidebar deck in a real Calc with its GUI on a private Xvfb display: the deck and its
// two panels exist, the Control panel follows the selected cell (A.9.2.3 → its 2022 number 8.2
// and the 27017 guidance), the Workbook panel's Generate SoA button writes the SoA and the
// readiness checklist ticks, a setting edited in the panel is one undo step, the UI follows the
// office language, and selection changes stay fast. Screenshots go to the build directory.

#include "office.hxx"
#include "office_suite.hxx"
#include "sheet_checks.hxx"
#include "isms/catalog.hpp"
#include "isms/guidance.hpp"
#include "isms/texts.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleEditableText.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XLayoutManager.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <com/sun/star/text/XTextRange.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace
{

using namespace isms::office;
namespace a11y = css::accessibility;
using Doc = css::uno::Reference<css::sheet::XSpreadsheetDocument>;

std::string u8(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

/// A private X server for one suite: the first free display of :90 … :99, stopped by its PID.
class VirtualDisplay
{
public:
    VirtualDisplay()
    {
        for (int n = 90; n <= 99 && m_pid < 0; ++n)
        {
            const std::string socket = "/tmp/.X11-unix/X" + std::to_string(n);
            const std::string lock = "/tmp/.X" + std::to_string(n) + "-lock";
            if (std::filesystem::exists(socket) || std::filesystem::exists(lock))
                continue;
            const std::string name = ":" + std::to_string(n);
            std::vector<std::string> args{"Xvfb",         name,        "-screen", "0",
                                          "1400x1500x24", "-nolisten", "tcp"};
            std::vector<char*> argv;
            for (auto& a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            posix_spawn_file_actions_t fa;
            posix_spawn_file_actions_init(&fa);
            posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
            posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
            posix_spawnattr_t attr;
            posix_spawnattr_init(&attr);
            posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
            pid_t pid = -1;
            const int rc = posix_spawnp(&pid, "Xvfb", &fa, &attr, argv.data(), environ);
            posix_spawn_file_actions_destroy(&fa);
            posix_spawnattr_destroy(&attr);
            if (rc != 0)
                throw std::runtime_error("cannot start Xvfb (is the xvfb package installed?)");
            const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (!std::filesystem::exists(socket) && std::chrono::steady_clock::now() < end)
            {
                int status = 0;
                if (waitpid(pid, &status, WNOHANG) == pid)
                {
                    pid = -1; // lost a race for this display: try the next one
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            if (pid > 0 && std::filesystem::exists(socket))
            {
                m_pid = pid;
                m_name = name;
            }
            else if (pid > 0)
            {
                kill(pid, SIGKILL);
                waitpid(pid, nullptr, 0);
            }
        }
        if (m_pid < 0)
            throw std::runtime_error("no free X display in :90 … :99");
    }
    ~VirtualDisplay()
    {
        kill(m_pid, SIGTERM);
        int status = 0;
        for (int i = 0; i < 100 && waitpid(m_pid, &status, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (waitpid(m_pid, &status, WNOHANG) == 0)
        {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, &status, 0);
        }
    }
    const std::string& name() const { return m_name; }

    /// Saves the whole screen as a PNG (xwd + ImageMagick); returns whether it worked.
    bool screenshot(const std::string& path) const
    {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        const std::string cmd = "timeout 30 sh -c \"xwd -root -silent -display " + m_name +
                                " | convert xwd:- '" + path + "'\"";
        return std::system(cmd.c_str()) == 0 && std::filesystem::exists(path);
    }

private:
    pid_t m_pid = -1;
    std::string m_name;
};

/// Closes a document when the test leaves, also after a failed assertion: a modified document
/// left open in a GUI office would make terminating it ask "Save changes?".
struct ClosesDocument
{
    Doc doc;
    ~ClosesDocument()
    {
        try
        {
            if (doc.is())
                Office::close(doc);
        }
        catch (...)
        {
        }
    }
};

/// One piece of work run on the office's main thread (see onMainThread).
class MainThreadCall final : public cppu::WeakImplHelper1<css::awt::XCallback>
{
public:
    explicit MainThreadCall(std::function<void()> work) : m_work(std::move(work)) {}
    void SAL_CALL notify(const css::uno::Any&) override
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_state == State::Abandoned)
                return;
            m_state = State::Running;
        }
        try
        {
            m_work();
        }
        catch (...)
        {
            m_error = std::current_exception();
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_state = State::Done;
        }
        m_done.notify_all();
    }
    /// Waits for the work; throws what it threw, or when the office did not run it in time.
    void wait(std::chrono::seconds deadline)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_done.wait_for(lock, deadline, [this] { return m_state == State::Done; }))
        {
            if (m_state == State::Waiting)
            {
                m_state = State::Abandoned; // it must not run later, on what is gone by then
                throw std::runtime_error("the office's main thread did not run the call within " +
                                         std::to_string(deadline.count()) + " s");
            }
            m_done.wait(lock, [this] { return m_state == State::Done; }); // running: let it end
        }
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    enum class State
    {
        Waiting,
        Running,
        Done,
        Abandoned
    };
    std::function<void()> m_work;
    std::mutex m_mutex;
    std::condition_variable m_done;
    State m_state = State::Waiting;
    std::exception_ptr m_error;
};

/// Runs `work` (in this process) while the office's main thread waits for it, so every call it
/// makes into the office runs on that thread (UNO gives a nested call the caller's thread),
/// holding the office's lock. The office's top windows must be listed so:
/// XExtendedToolkit::getTopWindow walks the office's window list without that lock (7.4), and
/// from a bridge thread while the office opened or closed a dialog it crashed the office
/// (SIGSEGV in Application::GetTopWindow: once in 44 openings of the Extension Manager, and
/// once in a CI run).
void onMainThread(const css::uno::Reference<css::uno::XComponentContext>& context,
                  std::function<void()> work)
{
    rtl::Reference<MainThreadCall> call(new MainThreadCall(std::move(work)));
    css::awt::AsyncCallback::create(context)->addCallback(call.get(), css::uno::Any());
    call->wait(std::chrono::seconds(30));
}

/// Polls until the condition holds or the deadline passes. An accessibility object that went
/// away while the condition looked at it (a dialog closing, a box being built: the office
/// answers DisposedException) counts as "not yet" — without this, one such race in a hundred
/// runs failed a test.
bool waitFor(const std::function<bool()>& condition, std::chrono::milliseconds deadline)
{
    const auto end = std::chrono::steady_clock::now() + deadline;
    for (;;)
    {
        try
        {
            if (condition())
                return true;
        }
        catch (const css::lang::DisposedException&)
        {
        }
        if (std::chrono::steady_clock::now() > end)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

/// The name of the sheet isms-calc generated the SoA on (named range ISMS_SOA).
std::string soaSheetName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    css::uno::Reference<css::beans::XPropertySet> props(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XNamedRanges> ranges(props->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
    if (!ranges->hasByName("ISMS_SOA"))
        return {};
    const auto cells = css::uno::Reference<css::sheet::XCellRangeReferrer>(
                           ranges->getByName("ISMS_SOA"), css::uno::UNO_QUERY_THROW)
                           ->getReferredCells();
    const sal_Int16 index =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cells, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress()
            .Sheet;
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return u8(css::uno::Reference<css::container::XNamed>(sheets->getByIndex(index),
                                                          css::uno::UNO_QUERY_THROW)
                  ->getName());
}

struct Node
{
    sal_Int16 role = 0;
    std::string text; ///< accessible name, or its text when it has one
    css::uno::Reference<a11y::XAccessibleContext> context;
};

/// Everything the accessibility tree under a window shows, skipping the sheet grid, the
/// document and the menus (huge, and not ours).
void collect(const css::uno::Reference<a11y::XAccessibleContext>& ctx, int depth,
             std::vector<Node>& out)
{
    if (!ctx.is() || depth > 40)
        return;
    const sal_Int16 role = ctx->getAccessibleRole();
    Node n;
    n.role = role;
    n.text = u8(ctx->getAccessibleName());
    if (css::uno::Reference<a11y::XAccessibleText> t{ctx, css::uno::UNO_QUERY}; t.is())
    {
        const std::string full = u8(t->getText());
        if (full.size() > n.text.size())
            n.text = full;
    }
    n.context = ctx;
    out.push_back(n);
    if (role == a11y::AccessibleRole::TABLE || role == a11y::AccessibleRole::DOCUMENT_SPREADSHEET ||
        role == a11y::AccessibleRole::DOCUMENT || role == a11y::AccessibleRole::MENU_BAR ||
        role == a11y::AccessibleRole::PARAGRAPH || role == a11y::AccessibleRole::COMBO_BOX ||
        role == a11y::AccessibleRole::LIST)
        return;
    const sal_Int64 count = ctx->getAccessibleChildCount();
    if (count > 300)
        return;
    for (sal_Int64 i = 0; i < count; ++i)
    {
        try
        {
            auto child = ctx->getAccessibleChild(i);
            if (child.is())
                collect(child->getAccessibleContext(), depth + 1, out);
        }
        catch (const css::uno::Exception&)
        {
            // a child that went away while we looked
        }
    }
}

class Sidebar : public ::testing::Test
{
protected:
    static void start(const std::string& language)
    {
        s_deathReported = false;
        try
        {
            s_display = std::make_unique<VirtualDisplay>();
            OfficeOptions o;
            o.oxt = builtOxt();
            o.language = language;
            o.display = s_display->name();
            s_office = std::make_unique<Office>(o);
        }
        catch (...)
        {
            s_startError = describeCurrentException();
        }
    }
    static void TearDownTestSuite()
    {
        s_office.reset();
        s_display.reset();
    }
    void SetUp() override
    {
        if (!s_office)
            GTEST_FAIL() << "office did not start: " << s_startError;
    }
    void TearDown() override
    {
        if (s_office)
        {
            expectOfficeAlive(*s_office, s_deathReported);
        }
    }

    /// The timings are diagnostics (sidebar/panel_timings.hxx), recorded only with this setting
    /// (read when panels start), for the life of this object.
    struct RecordsTimings
    {
        RecordsTimings() { setTimingsSetting(true); }
        ~RecordsTimings()
        {
            try
            {
                setTimingsSetting(false);
            }
            catch (...)
            {
            }
        }
        static void setTimingsSetting(bool on)
        {
            setSetting(s_office->context(), "/org.ismscalc.Settings/Diagnostics",
                       "RecordSidebarTimings", css::uno::Any(on));
        }
    };
    /// Every sample recorded of one kind ("SelectionChangeMicroseconds", "LayoutMicroseconds",
    /// "SnapshotMicroseconds"), oldest first.
    static std::vector<double> timingSamples(const char* name)
    {
        css::uno::Reference<css::container::XNameAccess> timings(
            s_office->context()->getServiceManager()->createInstanceWithContext(
                "org.ismscalc.SidebarTimings", s_office->context()),
            css::uno::UNO_QUERY_THROW);
        css::uno::Sequence<double> s;
        timings->getByName(rtl::OUString::createFromAscii(name)) >>= s;
        return std::vector<double>(s.begin(), s.end());
    }

    /// Opens a copy of the fixture in a window filling the screen, with the ISMS deck shown.
    Doc openWithDeck()
    {
        Doc doc = s_office->load(sourcePath("sheets/fixtures/sidebar.fods"), false, true);
        m_model.set(doc, css::uno::UNO_QUERY_THROW);
        m_frame = m_model->getCurrentController()->getFrame();
        m_frame->getContainerWindow()->setPosSize(0, 0, 1400, 1500, css::awt::PosSize::POSSIZE);
        // The sidebar remembers the last deck: when a previous document showed ISMS, this one
        // does too, and the command would close it again.
        css::uno::Reference<css::ui::XDeck> d;
        waitFor([&] { return (d = deck()).is(); }, std::chrono::seconds(3));
        if (!d.is() || !d->isActive())
            css::frame::DispatchHelper::create(s_office->context())
                ->executeDispatch(css::uno::Reference<css::frame::XDispatchProvider>(
                                      m_frame, css::uno::UNO_QUERY),
                                  ".uno:SidebarDeck.IsmsDeck", "", 0, {});
        return doc;
    }

    css::uno::Reference<css::ui::XDeck> deck()
    {
        css::uno::Reference<css::frame::XController2> controller(m_model->getCurrentController(),
                                                                 css::uno::UNO_QUERY_THROW);
        auto sidebar = controller->getSidebar();
        if (!sidebar.is())
            return {};
        auto decks = sidebar->getDecks();
        if (!decks.is() || !decks->hasByName("IsmsDeck"))
            return {};
        return css::uno::Reference<css::ui::XDeck>(decks->getByName("IsmsDeck"),
                                                   css::uno::UNO_QUERY);
    }

    /// The sheet of the open document with this name.
    css::uno::Reference<css::sheet::XSpreadsheet> sheetNamed(const char* name)
    {
        return css::uno::Reference<css::sheet::XSpreadsheet>(
            css::uno::Reference<css::sheet::XSpreadsheetDocument>(m_model,
                                                                  css::uno::UNO_QUERY_THROW)
                ->getSheets()
                ->getByName(rtl::OUString::fromUtf8(name)),
            css::uno::UNO_QUERY_THROW);
    }
    void select(const char* sheet, const char* cell)
    {
        const auto range = sheetNamed(sheet);
        css::uno::Reference<css::view::XSelectionSupplier>(m_model->getCurrentController(),
                                                           css::uno::UNO_QUERY_THROW)
            ->select(
                css::uno::Any(range->getCellRangeByName(rtl::OUString::createFromAscii(cell))));
    }

    std::vector<Node> windowNodes()
    {
        std::vector<Node> nodes;
        css::uno::Reference<a11y::XAccessible> acc(m_frame->getContainerWindow(),
                                                   css::uno::UNO_QUERY_THROW);
        collect(acc->getAccessibleContext(), 0, nodes);
        return nodes;
    }

    /// Waits until some text in the window satisfies the predicate; returns it ("" if none).
    std::string waitForText(const std::function<bool(const std::string&)>& match,
                            std::chrono::milliseconds deadline = std::chrono::seconds(10))
    {
        std::string found;
        waitFor(
            [&]
            {
                for (const Node& n : windowNodes())
                    if (match(n.text))
                    {
                        found = n.text;
                        return true;
                    }
                return false;
            },
            deadline);
        if (found.empty())
            ADD_FAILURE() << "no text in the window matched within "
                          << std::chrono::duration<double>(deadline).count()
                          << " s; it shows: " << windowTexts();
        return found;
    }

    /// The texts the window shows now, for a failure message (at most about 2,000 characters).
    std::string windowTexts()
    {
        std::string all;
        try
        {
            for (const Node& n : windowNodes())
                if (!n.text.empty() && all.size() < 2000)
                {
                    std::size_t cut = std::min<std::size_t>(n.text.size(), 120);
                    while (cut < n.text.size() && (n.text[cut] & 0xC0) == 0x80)
                        --cut; // not inside a UTF-8 character
                    std::string t = n.text.substr(0, cut);
                    std::replace(t.begin(), t.end(), '\n', ' '); // one line in the log
                    all += "[" + t + "] ";
                }
        }
        catch (const css::uno::Exception& e)
        {
            all += "(" + u8(e.Message) + ")";
        }
        return all;
    }

    static auto startsWith(const std::string& prefix)
    {
        return [prefix](const std::string& s) { return s.rfind(prefix, 0) == 0; };
    }
    static auto contains(const std::string& part)
    {
        return [part](const std::string& s) { return s.find(part) != std::string::npos; };
    }

    bool press(sal_Int16 role, const std::string& name)
    {
        for (const Node& n : windowNodes())
            if (n.role == role && n.text == name)
            {
                css::uno::Reference<a11y::XAccessibleAction> action(n.context, css::uno::UNO_QUERY);
                return action.is() && action->doAccessibleAction(0);
            }
        return false;
    }

    /// Presses a button of the message box the office shows (the first one when name is
    /// empty), as a person would; false when no box came within 15 s.
    bool answerMessageBox(const std::string& name)
    {
        auto toolkit = css::uno::Reference<css::awt::XExtendedToolkit>(
            css::awt::Toolkit::create(s_office->context()), css::uno::UNO_QUERY_THROW);
        // XExtendedToolkit is marked deprecated, yet it is the SDK's only way to reach a modal
        // box that is not part of the frame's accessibility tree.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        return waitFor(
            [&]
            {
                bool pressed = false;
                onMainThread(s_office->context(),
                             [&]
                             {
                                 for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i)
                                 {
                                     css::uno::Reference<a11y::XAccessible> acc(
                                         toolkit->getTopWindow(i), css::uno::UNO_QUERY);
                                     if (!acc.is())
                                         continue;
                                     std::vector<Node> nodes;
                                     collect(acc->getAccessibleContext(), 0, nodes);
                                     // The frame window is not the box; the box is an alert (or
                                     // dialog).
                                     const auto box = std::find_if(
                                         nodes.begin(), nodes.end(),
                                         [](const Node& n) {
                                             return n.role == a11y::AccessibleRole::ALERT ||
                                                    n.role == a11y::AccessibleRole::DIALOG;
                                         });
                                     if (box == nodes.end())
                                         continue;
                                     for (auto n = box; n != nodes.end(); ++n)
                                         // (the Japanese UI adds an accelerator: "閉じる(C)")
                                         if (n->role == a11y::AccessibleRole::PUSH_BUTTON &&
                                             (name.empty() || n->text == name ||
                                              n->text.rfind(name + "(", 0) == 0))
                                         {
                                             pressed = css::uno::Reference<a11y::XAccessibleAction>(
                                                           n->context, css::uno::UNO_QUERY_THROW)
                                                           ->doAccessibleAction(0);
                                             return;
                                         }
                                 }
                             });
                return pressed;
            },
            std::chrono::seconds(15));
#pragma GCC diagnostic pop
    }

    /// The nodes of the dialog the office shows (a top window holding a DIALOG), from the
    /// dialog node on; empty when none came within 15 s.
    std::vector<Node> dialogNodes()
    {
        auto toolkit = css::uno::Reference<css::awt::XExtendedToolkit>(
            css::awt::Toolkit::create(s_office->context()), css::uno::UNO_QUERY_THROW);
        std::vector<Node> found;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        waitFor(
            [&]
            {
                // the top windows' trees, as the office's main thread sees them
                std::vector<std::vector<Node>> windows;
                onMainThread(s_office->context(),
                             [&]
                             {
                                 for (sal_Int32 i = 0; i < toolkit->getTopWindowCount(); ++i)
                                 {
                                     css::uno::Reference<a11y::XAccessible> acc(
                                         toolkit->getTopWindow(i), css::uno::UNO_QUERY);
                                     if (acc.is())
                                         collect(acc->getAccessibleContext(), 0,
                                                 windows.emplace_back());
                                 }
                             });
                for (const auto& nodes : windows)
                {
                    const auto box = std::find_if(
                        nodes.begin(), nodes.end(),
                        [](const Node& n) { return n.role == a11y::AccessibleRole::DIALOG; });
                    // built: its buttons (made last) are there, and so every field before them
                    if (box != nodes.end() &&
                        std::count_if(box, nodes.end(),
                                      [](const Node& n)
                                      { return n.role == a11y::AccessibleRole::PUSH_BUTTON; }) >= 2)
                    {
                        found.assign(box, nodes.end());
                        return true;
                    }
                }
                return false;
            },
            std::chrono::seconds(15));
#pragma GCC diagnostic pop
        return found;
    }

    /// Presses a Workbook panel button that opens a dialog; the dialog's nodes (empty when
    /// none came).
    std::vector<Node> openDialog(const std::string& button)
    {
        if (!waitFor([&] { return press(a11y::AccessibleRole::PUSH_BUTTON, button); },
                     std::chrono::seconds(10)))
            return {};
        return dialogNodes();
    }

    /// Types into the field of the dialog on screen that follows the label, as a person would;
    /// retried with the dialog's current nodes until the field is there (at most 10 s).
    bool typeInDialog(const std::string& label, const std::string& text)
    {
        return waitFor([&] { return typeAfterLabel(dialogNodes(), label, text); },
                       std::chrono::seconds(10));
    }

    /// Types into the dialog's field that follows the label, as a person would.
    static bool typeAfterLabel(const std::vector<Node>& nodes, const std::string& label,
                               const std::string& text)
    {
        auto at = std::find_if(nodes.begin(), nodes.end(),
                               [&](const Node& n)
                               {
                                   return n.role == a11y::AccessibleRole::LABEL &&
                                          (n.text == label || n.text.rfind(label + "(", 0) == 0);
                               });
        if (at == nodes.end())
            return false;
        for (auto n = at + 1; n != nodes.end(); ++n)
        {
            // the combo box's own text field (its first child that can be edited)
            const sal_Int64 count = n->context->getAccessibleChildCount();
            for (sal_Int64 i = -1; i < count; ++i)
            {
                css::uno::Reference<a11y::XAccessibleContext> ctx =
                    i < 0 ? n->context : n->context->getAccessibleChild(i)->getAccessibleContext();
                css::uno::Reference<a11y::XAccessibleEditableText> edit(ctx, css::uno::UNO_QUERY);
                if (edit.is())
                    return edit->setText(rtl::OUString::fromUtf8(text.c_str()));
            }
        }
        return false;
    }

    void setCell(const char* sheet, const char* cell, const std::string& text)
    {
        const auto range = sheetNamed(sheet);
        css::uno::Reference<css::text::XTextRange>(
            range->getCellRangeByName(rtl::OUString::createFromAscii(cell)),
            css::uno::UNO_QUERY_THROW)
            ->setString(rtl::OUString::fromUtf8(text.c_str()));
    }

    /// A cell's text.
    std::string cellText(const char* sheet, const char* cell)
    {
        const auto range = sheetNamed(sheet);
        return u8(css::uno::Reference<css::text::XTextRange>(
                      range->getCellRangeByName(rtl::OUString::createFromAscii(cell)),
                      css::uno::UNO_QUERY_THROW)
                      ->getString());
    }

    std::string documentProperty(const char* name)
    {
        css::uno::Reference<css::document::XDocumentPropertiesSupplier> sup(
            m_model, css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::beans::XPropertySet> props(
            sup->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY_THROW);
        const rtl::OUString key = rtl::OUString::createFromAscii(name);
        if (!props->getPropertySetInfo()->hasPropertyByName(key))
            return {};
        rtl::OUString v;
        props->getPropertyValue(key) >>= v;
        return u8(v);
    }

    /// The whole screen as `file`; with `deckFile`, also the ISMS deck alone (as the user guides
    /// show it), cut from the same picture at `deck` (ImageMagick geometry: the deck of the Calc
    /// window on the 1400 × 1500 screen, right of the sheet, below the toolbars; its width
    /// follows the language).
    void screenshot(const char* file, const char* deckFile = nullptr, const char* deck = "")
    {
        // Let the sidebar finish painting before the picture.
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        const std::string path = std::string(ISMS_SCREENSHOT_DIR) + "/" + file;
        EXPECT_TRUE(s_display->screenshot(path)) << path;
        std::printf("screenshot: %s\n", path.c_str());
        if (deckFile == nullptr)
            return;
        const std::string deckPath = std::string(ISMS_SCREENSHOT_DIR) + "/" + deckFile;
        cropPicture(path, deck, deckPath);
        std::printf("screenshot: %s\n", deckPath.c_str());
    }

    /// Cuts `geometry` (ImageMagick "WxH+X+Y") out of the picture `from` into `to`.
    static void cropPicture(const std::string& from, const std::string& geometry,
                            const std::string& to)
    {
        std::filesystem::remove(to);
        const std::string cmd =
            "convert '" + from + "' -crop " + geometry + " +repage '" + to + "'";
        EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
        EXPECT_TRUE(std::filesystem::exists(to) && std::filesystem::file_size(to) > 0) << to;
    }

    /// The dialog on screen alone as `file` (cut from a picture of the whole screen at the
    /// place and size its accessibility tree gives; no window manager runs on the display, so
    /// there is no frame around it).
    void dialogScreenshot(const char* file)
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(1000)); // let it finish painting
        const auto nodes = dialogNodes();
        if (nodes.empty())
        {
            ADD_FAILURE() << "no dialog on screen for " << file;
            return;
        }
        css::uno::Reference<a11y::XAccessibleComponent> box(nodes.front().context,
                                                            css::uno::UNO_QUERY_THROW);
        const css::awt::Point at = box->getLocationOnScreen();
        const css::awt::Size size = box->getSize();
        const std::string geometry = std::to_string(size.Width) + "x" +
                                     std::to_string(size.Height) + "+" + std::to_string(at.X) +
                                     "+" + std::to_string(at.Y);
        EXPECT_TRUE(size.Width > 100 && size.Height > 100 && size.Width < 1400 &&
                    size.Height < 1500)
            << geometry;
        const std::string path = std::string(ISMS_SCREENSHOT_DIR) + "/" + file;
        const std::string whole = path + ".screen.png";
        EXPECT_TRUE(s_display->screenshot(whole)) << whole;
        cropPicture(whole, geometry, path);
        std::filesystem::remove(whole);
        std::printf("screenshot: %s (%s)\n", path.c_str(), geometry.c_str());
    }

    /// How many pixels of a picture are within 8 % of a colour ("#RRGGBB").
    static long pixelsNear(const std::string& picture, const char* colour)
    {
        const std::string cmd = "convert '" + picture + "' -alpha off -fuzz 8% +transparent '" +
                                colour + "' -alpha extract -format '%[fx:round(mean*w*h)]' info:";
        std::FILE* p = popen(cmd.c_str(), "r");
        if (!p)
            return -1;
        char buf[64] = {};
        const bool read = std::fgets(buf, sizeof buf, p) != nullptr;
        pclose(p);
        return read ? std::atol(buf) : -1;
    }

    /// Tools ▸ Extension Manager, as a person opens it; its nodes (empty when it did not come).
    /// The dispatch runs on its own thread: whether it returns before the dialog closes is the
    /// office's business.
    std::vector<Node> openExtensionManager(std::thread& opener)
    {
        css::uno::Reference<css::frame::XDispatchProvider> provider(m_frame,
                                                                    css::uno::UNO_QUERY_THROW);
        auto helper = css::frame::DispatchHelper::create(s_office->context());
        opener = std::thread(
            [helper, provider]
            {
                try
                {
                    helper->executeDispatch(
                        provider, "service:com.sun.star.deployment.ui.PackageManagerDialog", "", 0,
                        {});
                }
                catch (...)
                {
                    // the office went away: the test reports it
                }
            });
        return dialogNodes();
    }

    /// Opens the Extension Manager, checks that it shows isms-calc's icon (its blue and gold,
    /// counted in the picture) and that the entry has its name, version, publisher (in the UI
    /// language), licence and both icons; saves the picture as `file` and closes the dialog
    /// with `closeButton`.
    void checkExtensionManager(const char* file, const std::string& publisher,
                               const std::string& closeButton)
    {
        std::thread opener;
        const auto nodes = openExtensionManager(opener);
        EXPECT_FALSE(nodes.empty()) << "no Extension Manager";
        if (!nodes.empty())
        {
            dialogScreenshot(file);
            const std::string path = std::string(ISMS_SCREENSHOT_DIR) + "/" + file;
            // registry/icons/extension.png: a shield of #1F4E79 (1,170 pixels) with a #F2B705
            // tick (81); the Extension Manager's own colours hold no such gold
            EXPECT_GE(pixelsNear(path, "#1F4E79"), 900) << "isms-calc's icon is not shown";
            EXPECT_GE(pixelsNear(path, "#F2B705"), 60) << "isms-calc's icon is not shown";
            EXPECT_TRUE(answerMessageBox(closeButton)) << "no " << closeButton << " button";
        }
        if (opener.joinable())
            opener.join();
        // The list draws its entries without giving their texts to accessibility: what it
        // draws comes from the office's extension manager, asked here for the same entry (the
        // tests install into a private "shared" layer: unopkg refuses a user install as root).
        bool found = false;
        const auto manager = css::deployment::ExtensionManager::get(s_office->context());
        for (const auto& package : manager->getDeployedExtensions("shared", {}, {}))
        {
            if (!package.is() || !package->getIdentifier().Value.startsWith("org.ismscalc"))
                continue;
            found = true;
            EXPECT_EQ(u8(package->getDisplayName()).rfind("isms-calc", 0), 0u)
                << u8(package->getDisplayName());
            EXPECT_EQ(u8(package->getVersion()), ISMS_VERSION);
            EXPECT_EQ(u8(package->getPublisherInfo().First), publisher);
            EXPECT_NE(u8(package->getDescription()).find("MPL-2.0"), std::string::npos)
                << u8(package->getDescription());
            EXPECT_TRUE(package->getIcon(false).is()) << "no icon";
            EXPECT_TRUE(package->getIcon(true).is()) << "no high-contrast icon";
        }
        EXPECT_TRUE(found) << "isms-calc is not among the installed extensions";
    }

    static inline std::unique_ptr<VirtualDisplay> s_display;
    static inline std::unique_ptr<Office> s_office;
    static inline std::string s_startError;
    static inline bool s_deathReported = false;
    css::uno::Reference<css::frame::XModel> m_model;
    css::uno::Reference<css::frame::XFrame> m_frame;
};

class SidebarEnglish : public Sidebar
{
protected:
    static void SetUpTestSuite() { start(""); }
};

class SidebarJapanese : public Sidebar
{
protected:
    static void SetUpTestSuite() { start("ja"); }
};

const std::string& guidanceFor(isms::Role role, isms::Lang lang)
{
    static const isms::Texts texts(isms::Catalog::builtin(), isms::GuidanceCatalog::builtin(),
                                   nullptr);
    static std::string out[2][2];
    std::string& s = out[role == isms::Role::Provider][int(lang)];
    s = std::string(
        texts.guidance(**isms::Catalog::builtin().lookup(std::string_view("A.9.2.3")), role, lang));
    return s;
}

TEST_F(SidebarEnglish, ControlPanelFollowsTheCellAndGenerateSoaWritesTheSheet)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        css::uno::Reference<css::ui::XDeck> d;
        ASSERT_TRUE(waitFor([&] { return (d = deck()).is(); }, std::chrono::seconds(10)))
            << "no IsmsDeck in the sidebar";
        EXPECT_TRUE(d->isActive()) << "the ISMS deck is not the one shown";
        auto panels = d->getPanels();
        EXPECT_TRUE(panels->hasByName("IsmsControlPanel"));
        EXPECT_TRUE(panels->hasByName("IsmsWorkbookPanel"));
        EXPECT_EQ(u8(d->getTitle()), "ISMS");

        // A cell holding A.9.2.3: its 2022 number 8.2 and the guidance for both roles.
        select("Notes", "A2");
        EXPECT_NE(waitForText(startsWith("A.9.2.3  ")), "") << "no control heading";
        const std::string mapping = waitForText(startsWith("In 27001:2022:"));
        EXPECT_NE(mapping.find("\n8.2  "), std::string::npos) << mapping;
        const std::string customer = waitForText(startsWith("Cloud service customer:"));
        ASSERT_FALSE(guidanceFor(isms::Role::Customer, isms::Lang::En).empty());
        EXPECT_NE(customer.find(guidanceFor(isms::Role::Customer, isms::Lang::En)),
                  std::string::npos)
            << customer;
        EXPECT_NE(waitForText(startsWith("Cloud service provider:")), "")
            << "role both shows the provider's guidance too";
        EXPECT_NE(waitForText(contains("R-01, R-02")), "") << "risks citing A.9.2.3 or 8.2";
        EXPECT_NE(waitForText(startsWith("No Statement of Applicability yet")), "");

        // Nothing recognisable, then a risk row whose controls cell holds two controls.
        select("Notes", "A3");
        EXPECT_NE(waitForText(startsWith("No control id in this cell.")), "");
        select("Risks", "B3");
        EXPECT_NE(waitForText(startsWith("The risk on row 3 cites 2 control(s).")), "");
        EXPECT_NE(waitForText(startsWith("CLD.6.3.1  ")), "");

        // The checklist before: no SoA yet; role stated; internal audit recorded.
        EXPECT_NE(waitForText(startsWith("✘ SoA includes the ISO/IEC 27017 controls")), "");
        EXPECT_NE(waitForText(startsWith("✔ Role stated")), "");
        EXPECT_NE(waitForText(startsWith("✔ Internal audit recorded")), "");

        // Generate SoA from the panel's button: the sheet appears, the command's message box
        // is closed like a person would, and the checklist ticks the 27017 rows.
        // (retried: the panel may be laying itself out again just now)
        ASSERT_TRUE(waitFor(
            [&] { return press(a11y::AccessibleRole::PUSH_BUTTON, "Generate / update SoA"); },
            std::chrono::seconds(10)));
        const bool soa = waitFor(
            [&]
            {
                css::uno::Reference<css::beans::XPropertySet> props(m_model, css::uno::UNO_QUERY);
                css::uno::Reference<css::sheet::XNamedRanges> ranges(
                    props->getPropertyValue("NamedRanges"), css::uno::UNO_QUERY);
                return ranges.is() && ranges->hasByName("ISMS_SOA");
            },
            std::chrono::seconds(30));
        EXPECT_TRUE(soa) << "Generate SoA wrote no SoA sheet";
        const bool closed = answerMessageBox("");
        EXPECT_TRUE(closed) << "no message box after Generate SoA";
        EXPECT_NE(waitForText(startsWith("✔ SoA includes the ISO/IEC 27017 controls")), "")
            << "the checklist did not follow the new SoA";
        select("Notes", "A2");
        EXPECT_NE(waitForText(startsWith("SoA 8.2: ")), "") << "the SoA row of 8.2";
        screenshot("sidebar-en.png", "sidebar-deck-en.png", "330x1380+1070+80");

        guard.doc.clear();
        Office::close(doc);
        EXPECT_TRUE(s_office->alive());
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, AfterIsmsOverlayTheControlPanelShowsTheLicensedWording)
{
    // The overlay is set for the whole office: put it back whatever happens here.
    struct ResetsOverlay
    {
        ~ResetsOverlay()
        {
            try
            {
                setOverlayPath(s_office->context(), "");
            }
            catch (...)
            {
            }
        }
    } reset;
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        select("Notes", "A2");
        const std::string ours = waitForText(startsWith("A.9.2.3  "));
        ASSERT_NE(ours, "");
        EXPECT_EQ(ours.find("OVERLAY TITLE"), std::string::npos) << ours;

        // A person names the licensed wording and recalculates ISMS.OVERLAY() in a cell.
        setOverlayPath(s_office->context(),
                       sourcePath("sheets/fixtures/overlay-with-rejections.json"));
        css::uno::Reference<css::sheet::XSpreadsheetDocument> sheets(doc,
                                                                     css::uno::UNO_QUERY_THROW);
        setFormula(sheets, "Notes", "Z1", "=ISMS.OVERLAY()");
        calculateAll(sheets);
        EXPECT_NE(cellText("Notes", "Z1").find("3 controls loaded"), std::string::npos)
            << cellText("Notes", "Z1");

        // The panel shows the new wording for the next cell chosen, without a restart.
        select("Notes", "A3");
        EXPECT_NE(waitForText(startsWith("No control id in this cell.")), "");
        select("Notes", "A2");
        EXPECT_NE(waitForText(startsWith("A.9.2.3  OVERLAY TITLE A.9.2.3")), "")
            << "the sidebar kept the texts it had before ISMS.OVERLAY()";

        // Back to our own wording the same way.
        setOverlayPath(s_office->context(), "");
        calculateAll(sheets);
        select("Notes", "A3");
        EXPECT_NE(waitForText(startsWith("No control id in this cell.")), "");
        select("Notes", "A2");
        EXPECT_NE(waitForText([&](const std::string& t) { return t == ours; }), "");
        setFormula(sheets, "Notes", "Z1", "");
        guard.doc.clear();
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, TheIsmsToolbarIsTitledIsmsAndDockedWithCalcsToolbars)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        css::uno::Reference<css::frame::XLayoutManager> layout(
            css::uno::Reference<css::beans::XPropertySet>(m_frame, css::uno::UNO_QUERY_THROW)
                ->getPropertyValue("LayoutManager"),
            css::uno::UNO_QUERY_THROW);
        const rtl::OUString url("private:resource/toolbar/addon_org.ismscalc.toolbar");
        css::uno::Reference<css::ui::XUIElement> toolbar;
        ASSERT_TRUE(waitFor([&] { return (toolbar = layout->getElement(url)).is(); },
                            std::chrono::seconds(10)))
            << "no ISMS toolbar in a spreadsheet window";
        EXPECT_TRUE(layout->isElementVisible(url));
        EXPECT_TRUE(layout->isElementDocked(url)) << "the ISMS toolbar floats";
        EXPECT_FALSE(layout->isElementFloating(url));
        // The title people see in View ▸ Toolbars and on the toolbar when it floats.
        css::uno::Reference<css::accessibility::XAccessible> a(toolbar->getRealInterface(),
                                                               css::uno::UNO_QUERY);
        ASSERT_TRUE(a.is());
        EXPECT_EQ(u8(a->getAccessibleContext()->getAccessibleName()), "ISMS");
        guard.doc.clear();
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, APersonCorrectsTheControlsColumnInTheRegisterColumnsDialog)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        // Two columns of ids: detection keeps H ("Controls"); the person's register says the
        // 2022 mapping in L is what treats the risks.
        setCell("Risks", "L1", "Mapped 2022 controls");
        for (const char* cell : {"L2", "L3", "L4", "L5"})
            setCell("Risks", cell, "5.7");
        const auto nodes = openDialog("Register columns…");
        ASSERT_FALSE(nodes.empty()) << "no Register columns dialog";
        EXPECT_TRUE(std::any_of(nodes.begin(), nodes.end(),
                                [](const Node& n)
                                { return n.text.find("Sheet 'Risks'") != std::string::npos; }));
        ASSERT_TRUE(typeInDialog("Controls", "L")) << "no Controls field";
        dialogScreenshot("register-columns-en.png");
        ASSERT_TRUE(answerMessageBox("Save"));
        EXPECT_TRUE(answerMessageBox("")) << "no message after saving the columns";
        EXPECT_TRUE(waitFor(
            [&] {
                return documentProperty("ISMS.RegisterMap").find("\"controls\":\"L\"") !=
                       std::string::npos;
            },
            std::chrono::seconds(10)))
            << documentProperty("ISMS.RegisterMap");
        const std::string stored = documentProperty("ISMS.RegisterMap");

        // GenerateSoA links the control the person chose, with the risks citing it
        const auto soa = runCommand(*s_office, doc, "GenerateSoA");
        EXPECT_TRUE(soa.success) << soa.message;
        bool linked = false;
        for (const auto& row : usedAreaText(doc, soaSheetName(doc)))
            if (!row.empty() && row[0] == "5.7")
                for (const auto& cell : row)
                    linked = linked || cell.find("R-01") != std::string::npos;
        EXPECT_TRUE(linked) << "5.7 is not linked to R-01 in the SoA";
        // and a later detection keeps the person's correction
        const auto detect = runCommand(*s_office, doc, "DetectRegister");
        EXPECT_NE(detect.message.find("stored mapping"), std::string::npos) << detect.message;
        EXPECT_EQ(documentProperty("ISMS.RegisterMap"), stored);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, TheSoaColumnsDialogSavesAPersonsMap)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        const auto soa = runCommand(*s_office, doc, "GenerateSoA");
        ASSERT_TRUE(soa.success) << soa.message;
        const auto nodes = openDialog("SoA columns…");
        ASSERT_FALSE(nodes.empty()) << "no SoA columns dialog";
        // the generated SoA's columns are shown: the control column is A
        ASSERT_TRUE(typeInDialog("Control owner", "")) << "no Control owner field";
        dialogScreenshot("soa-columns-en.png");
        ASSERT_TRUE(answerMessageBox("Save"));
        EXPECT_TRUE(answerMessageBox("")) << "no message after saving the columns";
        const std::string map = documentProperty("ISMS.SoaMap");
        EXPECT_NE(map.find("\"control\":\"A\""), std::string::npos) << map;
        EXPECT_EQ(map.find("\"owner\""), std::string::npos) << "the person emptied Owner: " << map;
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, TheExtensionManagerShowsIsmsCalcWithItsIcon)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        checkExtensionManager("extension-manager-en.png", "the isms-calc project", "Close");
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, MigrateAsksWhetherOnlyTheSelectedCells)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        // Two cells selected: the command asks; Cancel changes nothing.
        select("Notes", "A2:A3");
        ASSERT_EQ(cellText("Notes", "A2"), "A.9.2.3");
        ASSERT_TRUE(waitFor(
            [&] { return press(a11y::AccessibleRole::PUSH_BUTTON, "Migrate to 27001:2022"); },
            std::chrono::seconds(10)));
        ASSERT_TRUE(answerMessageBox("Cancel")) << "no question about the selection";
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        EXPECT_EQ(cellText("Notes", "A2"), "A.9.2.3");
        // Yes: the selection only; the register's 2013 id elsewhere stays.
        // (retried: the panel may be laying itself out again just now)
        ASSERT_TRUE(waitFor(
            [&] { return press(a11y::AccessibleRole::PUSH_BUTTON, "Migrate to 27001:2022"); },
            std::chrono::seconds(10)));
        ASSERT_TRUE(answerMessageBox("Yes"));
        EXPECT_TRUE(waitFor([&] { return cellText("Notes", "A2").rfind("8.2", 0) == 0; },
                            std::chrono::seconds(20)))
            << cellText("Notes", "A2");
        EXPECT_TRUE(answerMessageBox("")) << "no message after the migration";
        EXPECT_EQ(cellText("Risks", "H2"), "A.9.2.3");
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, ASettingEditedInThePanelIsOneUndoStep)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        ASSERT_EQ(documentProperty("ISMS.ServiceModels"), "SaaS");
        ASSERT_TRUE(waitFor([&] { return press(a11y::AccessibleRole::CHECK_BOX, "IaaS"); },
                            std::chrono::seconds(10)));
        EXPECT_TRUE(waitFor([&] { return documentProperty("ISMS.ServiceModels") == "IaaS, SaaS"; },
                            std::chrono::seconds(5)))
            << documentProperty("ISMS.ServiceModels");
        auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                        m_model, css::uno::UNO_QUERY_THROW)
                        ->getUndoManager();
        const auto titles = undo->getAllUndoActionTitles();
        ASSERT_GE(titles.getLength(), 1);
        EXPECT_EQ(u8(titles[0]), "Set cloud service models");
        undo->undo();
        EXPECT_EQ(documentProperty("ISMS.ServiceModels"), "SaaS");
        undo->redo();
        EXPECT_EQ(documentProperty("ISMS.ServiceModels"), "IaaS, SaaS");
        guard.doc.clear();
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, ThousandSelectionChangesStayBelowFiveMillisecondsEach)
{
    try
    {
        {
            // Earlier tests of this office selected cells with the setting off: nothing kept.
            css::uno::Reference<css::container::XNameAccess> off(
                s_office->context()->getServiceManager()->createInstanceWithContext(
                    "org.ismscalc.SidebarTimings", s_office->context()),
                css::uno::UNO_QUERY_THROW);
            css::uno::Sequence<double> kept;
            off->getByName("SelectionChangeMicroseconds") >>= kept;
            EXPECT_EQ(kept.getLength(), 0) << "timings were recorded while the setting was off";
        }
        RecordsTimings records;
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        // 1,000 cells of ids in several forms, prose, empty cells and controls lists.
        const char* cycle[] = {"A.9.2.3",    "5.15",           "CLD 6.3.1", "Head of Platform",
                               "",           "A.5.23; A.5.20", "8.2",       "Ａ．１２．４．１",
                               "risk owner", "A.99.1"};
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(1000);
        for (sal_Int32 r = 0; r < 1000; ++r)
        {
            css::uno::Sequence<css::uno::Any> row(1);
            row.getArray()[0] <<= rtl::OUString::fromUtf8(cycle[r % 10]);
            data.getArray()[r] = row;
        }
        const auto notes = sheetNamed("Notes");
        css::uno::Reference<css::sheet::XCellRangeData>(notes->getCellRangeByName("C1:C1000"),
                                                        css::uno::UNO_QUERY_THROW)
            ->setDataArray(data);
        select("Notes", "A2"); // the first change after the edit reads the workbook again
        std::this_thread::sleep_for(std::chrono::milliseconds(500));

        auto samples = [](const char* name = "SelectionChangeMicroseconds")
        { return timingSamples(name); };
        const std::size_t before = samples().size();
        const std::size_t layoutsBefore = samples("LayoutMicroseconds").size();
        const auto t0 = std::chrono::steady_clock::now();
        for (int r = 1; r <= 1000; ++r)
            select("Notes", ("C" + std::to_string(r)).c_str());
        const double wall =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        auto all = samples();
        ASSERT_EQ(all.size(), before + 1000) << "the panel did not see every selection change";
        std::vector<double> moves(all.end() - 1000, all.end());
        std::sort(moves.begin(), moves.end());
        const double median = (moves[499] + moves[500]) / 2;
        std::printf("selection change in the Control panel over 1000 cells: min %.3f ms, "
                    "median %.3f ms, p95 %.3f ms, max %.3f ms; whole select() round trip "
                    "%.3f ms each\n",
                    moves.front() / 1000, median / 1000, moves[949] / 1000, moves.back() / 1000,
                    wall / 1000);
        EXPECT_LT(median, 5000.0);
        EXPECT_LT(moves[949], 5000.0);

        // The panel lays itself out after a burst of moves, not once per move.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        auto layouts = samples("LayoutMicroseconds");
        std::vector<double> after(layouts.begin() + std::ptrdiff_t(layoutsBefore), layouts.end());
        ASSERT_FALSE(after.empty()) << "the panel never laid itself out";
        std::sort(after.begin(), after.end());
        std::printf("deferred layouts of the Control panel during those moves: %zu, median %.3f "
                    "ms, max %.3f ms\n",
                    after.size(), after[after.size() / 2] / 1000, after.back() / 1000);
        guard.doc.clear();
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarEnglish, ThePanelsReadA10000RowRegisterAgainAfterEachEdit)
{
    try
    {
        RecordsTimings records;
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        const auto risks = sheetNamed("Risks");
        // 10,000 risks: the fixture's five again and again, each with an id of its own
        const auto head = css::uno::Reference<css::sheet::XCellRangeData>(
                              risks->getCellRangeByPosition(0, 0, 60, 0), css::uno::UNO_QUERY_THROW)
                              ->getDataArray()[0];
        sal_Int32 cols = 0;
        for (sal_Int32 c = 0; c < head.getLength(); ++c)
            if (rtl::OUString t; (head[c] >>= t) && !t.isEmpty())
                cols = c + 1;
        ASSERT_GT(cols, 5);
        const auto five =
            css::uno::Reference<css::sheet::XCellRangeData>(
                risks->getCellRangeByPosition(0, 1, cols - 1, 5), css::uno::UNO_QUERY_THROW)
                ->getDataArray();
        const sal_Int32 rows = 10000;
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(rows);
        for (sal_Int32 r = 0; r < rows; ++r)
        {
            css::uno::Sequence<css::uno::Any> row = five[r % 5];
            row.getArray()[0] <<= "R-" + rtl::OUString::number(r + 1);
            data.getArray()[r] = row;
        }
        const std::size_t reads = timingSamples("SnapshotMicroseconds").size();
        css::uno::Reference<css::sheet::XCellRangeData>(
            risks->getCellRangeByPosition(0, 1, cols - 1, rows), css::uno::UNO_QUERY_THROW)
            ->setDataArray(data);
        ASSERT_TRUE(waitFor([&] { return timingSamples("SnapshotMicroseconds").size() > reads; },
                            std::chrono::seconds(60)))
            << "the panels did not read the workbook again after 10,000 rows were written";
        std::this_thread::sleep_for(std::chrono::milliseconds(500));

        // ten edits, one at a time: each is followed by one reading of the workbook
        const int edits = 10;
        for (int k = 0; k < edits; ++k)
        {
            const std::size_t before = timingSamples("SnapshotMicroseconds").size();
            risks->getCellByPosition(1, 2 + k)->setFormula("Edited asset " +
                                                           rtl::OUString::number(k));
            ASSERT_TRUE(waitFor([&]
                                { return timingSamples("SnapshotMicroseconds").size() > before; },
                                std::chrono::seconds(60)))
                << "edit " << k << " was not followed by a reading of the workbook";
        }
        const auto all = timingSamples("SnapshotMicroseconds");
        ASSERT_GE(all.size(), std::size_t(edits));
        std::vector<double> last(all.end() - edits, all.end());
        std::sort(last.begin(), last.end());
        std::printf("[ measure  ] the sidebar reads the workbook (10,000-row register) again "
                    "after an edit: median %.1f ms, max %.1f ms over %d edits\n",
                    last[std::size_t(edits / 2)] / 1000, last.back() / 1000, edits);
        guard.doc.clear();
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarJapanese, TheRegisterColumnsDialogSpeaksJapanese)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        ASSERT_TRUE(waitFor([&] { return deck().is(); }, std::chrono::seconds(10)));
        const auto nodes = openDialog("リスク台帳の列…");
        ASSERT_FALSE(nodes.empty()) << "no Register columns dialog";
        // (the Japanese UI adds its own accelerator to each label: "管理策(R)")
        for (const std::string label : {"リスクID", "管理策", "リスク所有者", "残留リスク"})
            EXPECT_TRUE(std::any_of(nodes.begin(), nodes.end(),
                                    [&](const Node& n) {
                                        return n.text == label || n.text.rfind(label + "(", 0) == 0;
                                    }))
                << label;
        dialogScreenshot("register-columns-ja.png");
        const std::string before = documentProperty("ISMS.RegisterMap");
        ASSERT_TRUE(answerMessageBox("キャンセル"));
        EXPECT_TRUE(answerMessageBox("")) << "no message after cancelling";
        EXPECT_EQ(documentProperty("ISMS.RegisterMap"), before) << "cancel changes nothing";
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarJapanese, TheExtensionManagerShowsIsmsCalcInJapanese)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        checkExtensionManager("extension-manager-ja.png", "isms-calc プロジェクト", "閉じる");
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

TEST_F(SidebarJapanese, PanelsFollowTheUiLanguage)
{
    try
    {
        const Doc doc = openWithDeck();
        ClosesDocument guard{doc};
        css::uno::Reference<css::ui::XDeck> d;
        ASSERT_TRUE(waitFor([&] { return (d = deck()).is(); }, std::chrono::seconds(10)));
        EXPECT_TRUE(d->getPanels()->hasByName("IsmsControlPanel"));
        select("Notes", "A2");
        EXPECT_NE(waitForText(startsWith("A.9.2.3  ")), "");
        EXPECT_NE(waitForText(startsWith("27001:2022 では:")), "");
        const std::string customer = waitForText(startsWith("クラウドサービスカスタマ:"));
        EXPECT_NE(customer.find(guidanceFor(isms::Role::Customer, isms::Lang::Ja)),
                  std::string::npos)
            << customer;
        EXPECT_NE(waitForText(startsWith("クラウドサービスプロバイダ:")), "");
        EXPECT_NE(waitForText(startsWith("ワークブックの設定")), "");
        EXPECT_NE(waitForText(startsWith("✔ 立場")), "");
        screenshot("sidebar-ja.png", "sidebar-deck-ja.png", "365x1380+1035+80");
        guard.doc.clear();
        Office::close(doc);
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}

} // namespace
