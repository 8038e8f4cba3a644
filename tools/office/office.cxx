#include "office.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <rtl/bootstrap.hxx>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>
#include <fcntl.h>
#include <osl/file.hxx>
#include <unistd.h>
#include <sys/wait.h>
#include <spawn.h>

extern char** environ;

namespace isms::office
{
namespace
{

constexpr const char* kProgram = "/usr/lib/libreoffice/program";

std::string u8(const rtl::OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}
rtl::OUString ou(const std::string& s)
{
    return rtl::OUString::fromUtf8(s.c_str());
}

/// The local UNO context of this test process (bootstrapped once).
css::uno::Reference<css::uno::XComponentContext> localContext()
{
    static css::uno::Reference<css::uno::XComponentContext> ctx = []
    {
        // Without this, the first real call through the bridge crashes (LIBREOFFICE-NOTES).
        setenv("URE_BOOTSTRAP", "vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc",
               1);
        return cppu::defaultBootstrap_InitialComponentContext();
    }();
    return ctx;
}

/// Spawns argv in its own process group with stdout/stderr to a log file; returns the pid.
pid_t spawn(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv,
            const std::string& logPath)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);

    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<std::string> envStore;
    for (char** e = environ; *e; ++e)
        if (std::strncmp(*e, "URE_BOOTSTRAP=", 14) != 0)
            envStore.emplace_back(*e);
    for (const auto& e : extraEnv)
        envStore.push_back(e);
    std::vector<char*> envp;
    for (auto& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int rc = posix_spawn(&pid, args[0].c_str(), &fa, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (rc != 0)
        throw std::runtime_error("cannot start " + args[0] + ": " + std::strerror(rc));
    return pid;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Waits for pid up to the deadline; kills its process group when it is not done by then.
int waitWithDeadline(pid_t pid, std::chrono::seconds deadline)
{
    const auto end = std::chrono::steady_clock::now() + deadline;
    for (;;)
    {
        int status = 0;
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (r < 0)
            return -1;
        if (std::chrono::steady_clock::now() > end)
        {
            kill(-pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -2;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

css::beans::PropertyValue prop(const char* name, const css::uno::Any& value)
{
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

/// The process groups of the offices (and unopkg runs) this process has started and not yet
/// stopped, for stopOfficesAndDie(): a signal handler may only read lock-free atomics.
std::atomic<pid_t> g_groups[64];

void remember(pid_t group) noexcept
{
    for (auto& slot : g_groups)
    {
        pid_t empty = 0;
        if (slot.compare_exchange_strong(empty, group))
            return;
    }
}

void forget(pid_t group) noexcept
{
    for (auto& slot : g_groups)
    {
        pid_t g = group;
        if (slot.compare_exchange_strong(g, 0))
            return;
    }
}

/// SIGTERM, SIGINT or SIGHUP from outside (`timeout`, Ctrl+C, a closed terminal, a CI job
/// cancelled): the offices go with this process instead of running on as orphans. Only
/// async-signal-safe calls; the handler is one-shot, so the signal then ends the process as it
/// would have.
extern "C" void stopOfficesAndDie(int sig)
{
    for (auto& slot : g_groups)
        if (const pid_t g = slot.load(); g > 0)
            kill(-g, SIGKILL);
    raise(sig);
}

void stopOfficesOnTermination() noexcept
{
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
    {
        struct sigaction old
        {
        };
        // a handler the program installed itself stays
        if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL)
            continue;
        struct sigaction stop
        {
        };
        stop.sa_handler = stopOfficesAndDie;
        sigemptyset(&stop.sa_mask);
        stop.sa_flags = SA_RESETHAND;
        sigaction(sig, &stop, nullptr);
    }
}

} // namespace

void ignoreBrokenPipes() noexcept
{
    // The URP bridge writes to the office's pipe from its own threads. When the office goes
    // away (terminate(), a crash) such a write raises SIGPIPE, whose default action kills this
    // whole process: a test binary, the demo or isms-review would die with 141 instead of
    // reporting. Ignored, the write fails with EPIPE and the bridge turns it into a
    // DisposedException that callers handle. Every process that starts an Office owns itself.
    struct sigaction ignore
    {
    };
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, nullptr);
}

std::string fileUrl(const std::string& path)
{
    const std::string abs = std::filesystem::absolute(path).lexically_normal().string();
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(ou(abs), url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make a URL of " + abs);
    return u8(url);
}

std::string describeCurrentException()
{
    try
    {
        throw;
    }
    catch (const css::uno::Exception& e)
    {
        return "UNO exception: " + u8(e.Message);
    }
    catch (const std::exception& e)
    {
        return e.what();
    }
    catch (...)
    {
        return "unknown exception";
    }
}

CommandResult runCommand(const Office& office,
                         const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                         const std::string& command,
                         const std::vector<std::pair<std::string, bool>>& flags)
{
    std::vector<std::pair<std::string, css::uno::Any>> args;
    for (const auto& [name, value] : flags)
        args.emplace_back(name, css::uno::Any(value));
    return runCommandWith(office, doc, command, args);
}

CommandResult runCommandWith(const Office& office,
                             const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                             const std::string& command,
                             const std::vector<std::pair<std::string, css::uno::Any>>& named)
{
    css::uno::Reference<css::frame::XModel> model(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::frame::XDispatchProvider> frame(
        model->getCurrentController()->getFrame(), css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> args(sal_Int32(named.size() + 1));
    args.getArray()[0] = prop("Interactive", css::uno::Any(false));
    for (std::size_t i = 0; i < named.size(); ++i)
        args.getArray()[i + 1] = prop(named[i].first.c_str(), named[i].second);
    const css::uno::Any result =
        css::frame::DispatchHelper::create(office.context())
            ->executeDispatch(frame, ou("org.ismscalc:" + command), "", 0, args);
    CommandResult out;
    css::frame::DispatchResultEvent event;
    rtl::OUString text;
    if (result >>= event)
    {
        out.dispatched = true;
        out.success = event.State == css::frame::DispatchResultState::SUCCESS;
        event.Result >>= text;
    }
    out.message = u8(text);
    return out;
}

std::string sourcePath(const std::string& relative)
{
    return std::string(ISMS_SOURCE_DIR) + "/" + relative;
}
std::string builtOxt()
{
    return ISMS_OXT;
}

void setSetting(const css::uno::Reference<css::uno::XComponentContext>& context,
                const char* nodePath, const char* name, const css::uno::Any& value)
{
    auto provider = css::configuration::theDefaultProvider::get(context);
    css::uno::Sequence<css::uno::Any> args(1);
    args.getArray()[0] <<=
        css::beans::NamedValue("nodepath", css::uno::Any(rtl::OUString::createFromAscii(nodePath)));
    css::uno::Reference<css::container::XNameReplace> node(
        provider->createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess", args),
        css::uno::UNO_QUERY_THROW);
    node->replaceByName(rtl::OUString::createFromAscii(name), value);
    css::uno::Reference<css::util::XChangesBatch>(node, css::uno::UNO_QUERY_THROW)->commitChanges();
}

void setOverlayPath(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const std::string& path)
{
    setSetting(
        context, "/org.ismscalc.Settings/Catalog", "OverlayPath",
        css::uno::Any(rtl::OUString(path.data(), sal_Int32(path.size()), RTL_TEXTENCODING_UTF8)));
}

Office::Office(const OfficeOptions& options)
{
    ignoreBrokenPipes();
    stopOfficesOnTermination();
    static std::atomic<int> counter{0};
    const std::string tag = std::to_string(getpid()) + "_" + std::to_string(counter++);
    m_dir = (std::filesystem::temp_directory_path() / ("isms-office-" + tag)).string();
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
    m_pipe = options.pipePrefix + tag;
    const std::string log = m_dir + "/office.log";
    const std::string userEnv = "-env:UserInstallation=" + fileUrl(m_dir + "/user");
    const std::string sharedEnv = "-env:UNO_SHARED_PACKAGES_CACHE=" + fileUrl(m_dir + "/shared");
    std::vector<std::string> langEnv;
    if (!options.language.empty())
    {
        const std::string loc = options.language == "ja" ? "ja_JP.UTF-8" : options.language;
        langEnv = {"LANG=" + loc, "LC_ALL=" + loc, "LANGUAGE=" + options.language};
    }

    if (!options.oxt.empty())
    {
        // As root unopkg refuses a per-user install: a private "shared" cache instead.
        const pid_t p = spawn(
            {std::string(kProgram) + "/unopkg", "add", "--shared", userEnv, sharedEnv, options.oxt},
            langEnv, log);
        remember(p);
        const int rc = waitWithDeadline(p, std::chrono::seconds(120));
        forget(p);
        if (rc != 0)
            throw std::runtime_error("unopkg add failed (" + std::to_string(rc) + "):\n" +
                                     readFile(log));
    }

    const auto t0 = std::chrono::steady_clock::now();
    std::vector<std::string> args{std::string(kProgram) + "/soffice"};
    if (options.display.empty())
        args.insert(args.end(), {"--headless", "--invisible"});
    else
        langEnv.insert(langEnv.end(), {"DISPLAY=" + options.display, "SAL_USE_VCLPLUGIN=gen"});
    args.insert(args.end(), {"--nologo", "--norestore", "--nodefault", "--nolockcheck", userEnv,
                             sharedEnv, "--accept=pipe,name=" + m_pipe + ";urp;"});
    m_pid = spawn(args, langEnv, log);
    remember(m_pid);

    auto resolver = css::bridge::UnoUrlResolver::create(localContext());
    const rtl::OUString url = ou("uno:pipe,name=" + m_pipe + ";urp;StarOffice.ComponentContext");
    const auto end = t0 + options.startDeadline;
    for (;;)
    {
        try
        {
            m_ctx.set(resolver->resolve(url), css::uno::UNO_QUERY_THROW);
            break;
        }
        catch (const css::uno::Exception&)
        {
        }
        if (!alive())
        {
            forget(m_pid);
            m_pid = -1;
            throw std::runtime_error("soffice exited before accepting a connection:\n" +
                                     readFile(log));
        }
        if (std::chrono::steady_clock::now() > end)
        {
            stop();
            throw std::runtime_error("soffice did not accept a connection within the deadline");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    m_startup = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - t0);
}

Office::~Office()
{
    stop();
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

bool Office::alive() const
{
    if (m_pid <= 0 || m_exitStatus != -1)
        return false;
    int status = 0;
    const pid_t r = waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid)
        m_exitStatus = status;
    return r == 0;
}

std::string Office::deathReport() const
{
    if (alive())
        return "";
    std::string how = "it ended";
    if (m_exitStatus != -1 && WIFSIGNALED(m_exitStatus))
        how = "it was killed by signal " + std::to_string(WTERMSIG(m_exitStatus)) + " (" +
              strsignal(WTERMSIG(m_exitStatus)) + ")";
    else if (m_exitStatus != -1 && WIFEXITED(m_exitStatus))
        how = "it exited with code " + std::to_string(WEXITSTATUS(m_exitStatus));
    // The end of its output: the last 60 lines.
    const std::string log = readFile(m_dir + "/office.log");
    std::size_t from = log.size();
    for (int newlines = 0; newlines < 61 && from > 0; ++newlines)
    {
        const std::size_t nl = log.rfind('\n', from - 1);
        from = nl == std::string::npos ? 0 : nl;
    }
    if (from > 0 || log.rfind('\n', 0) == 0)
        ++from; // after the newline
    return how + "; the office's last output:\n" +
           (log.empty() ? std::string("(none)") : log.substr(std::min(from, log.size())));
}

void Office::storeSheetPdf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                           const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                           const std::string& path)
{
    css::uno::Sequence<css::beans::PropertyValue> filterData(1);
    filterData.getArray()[0].Name = "Selection";
    filterData.getArray()[0].Value <<= sheet;
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0].Name = "FilterName";
    args.getArray()[0].Value <<= rtl::OUString("calc_pdf_Export");
    args.getArray()[1].Name = "FilterData";
    args.getArray()[1].Value <<= filterData;
    css::uno::Reference<css::frame::XStorable>(doc, css::uno::UNO_QUERY_THROW)
        ->storeToURL(rtl::OUString::fromUtf8(fileUrl(path).c_str()), args);
}

void Office::abort() const noexcept
{
    if (m_pid > 0)
        kill(-m_pid, SIGKILL);
}

bool Office::hasLoadedLibrary(const std::string& fileName) const
{
    if (m_pid <= 0)
        return false;
    // soffice is a launcher; soffice.bin runs as its child in the process group we started.
    for (const auto& entry : std::filesystem::directory_iterator("/proc"))
    {
        const std::string pid = entry.path().filename().string();
        if (pid.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        std::getline(stat, line);
        const auto close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 2));
        std::string state;
        long ppid = 0, pgrp = 0;
        rest >> state >> ppid >> pgrp;
        if (pgrp != m_pid)
            continue;
        std::ifstream maps(entry.path() / "maps");
        for (std::string m; std::getline(maps, m);)
            if (m.size() >= fileName.size() + 1 &&
                m.compare(m.size() - fileName.size() - 1, std::string::npos, "/" + fileName) == 0)
                return true;
    }
    return false;
}

void Office::stop()
{
    if (m_pid <= 0)
        return;
    if (m_ctx.is())
    {
        try
        {
            auto desktop = css::frame::Desktop::create(m_ctx);
            desktop->terminate();
        }
        catch (...)
        {
            // the bridge closes while terminate() returns: expected
        }
        m_ctx.clear();
    }
    // Give it a few seconds to exit by itself, then stop exactly the group we started.
    if (waitWithDeadline(m_pid, std::chrono::seconds(15)) == -2)
        kill(-m_pid, SIGKILL);
    kill(-m_pid, SIGKILL); // any child left behind in our process group
    forget(m_pid);
    m_pid = -1;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
Office::load(const std::string& pathOrUrl, bool readOnly, bool visible) const
{
    auto desktop = css::frame::Desktop::create(m_ctx);
    std::string url = pathOrUrl;
    if (pathOrUrl.rfind("private:", 0) != 0)
    {
        // Open a copy: the source workbook stays untouched, and no lock file is ever left next
        // to it, whatever happens to this office.
        static std::atomic<int> copies{0};
        const auto dir = std::filesystem::path(m_dir) / ("docs" + std::to_string(copies++));
        std::filesystem::create_directories(dir);
        const auto copy = dir / std::filesystem::path(pathOrUrl).filename();
        std::filesystem::copy_file(pathOrUrl, copy,
                                   std::filesystem::copy_options::overwrite_existing);
        url = fileUrl(copy.string());
    }
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0] = prop("Hidden", css::uno::Any(!visible));
    args.getArray()[1] = prop("ReadOnly", css::uno::Any(readOnly));
    auto comp = desktop->loadComponentFromURL(ou(url), "_blank", 0, args);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(comp, css::uno::UNO_QUERY);
    if (!doc.is())
        throw std::runtime_error("not a spreadsheet or could not load: " + pathOrUrl);
    return doc;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
Office::openReadOnly(const std::string& path) const
{
    auto desktop = css::frame::Desktop::create(m_ctx);
    css::uno::Sequence<css::beans::PropertyValue> args(4);
    args.getArray()[0] = prop("Hidden", css::uno::Any(true));
    args.getArray()[1] = prop("ReadOnly", css::uno::Any(true));
    args.getArray()[2] = prop("MacroExecutionMode", css::uno::Any(sal_Int16(0))); // never
    args.getArray()[3] = prop("UpdateDocMode", css::uno::Any(sal_Int16(0)));      // no update
    css::uno::Reference<css::lang::XComponent> comp;
    try
    {
        comp = desktop->loadComponentFromURL(ou(fileUrl(path)), "_blank", 0, args);
    }
    catch (const css::uno::Exception& e)
    {
        throw std::runtime_error("LibreOffice could not open it (" + u8(e.Message) +
                                 "): corrupt, password-protected or not a spreadsheet");
    }
    if (!comp.is())
        throw std::runtime_error(
            "LibreOffice could not open it: corrupt, password-protected or not a spreadsheet");
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(comp, css::uno::UNO_QUERY);
    if (!doc.is())
    {
        if (css::uno::Reference<css::util::XCloseable> c{comp, css::uno::UNO_QUERY}; c.is())
            c->close(true);
        throw std::runtime_error("it opened as a document that is not a spreadsheet");
    }
    return doc;
}

void Office::storeTo(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const std::string& path, const std::string& filter)
{
    css::uno::Reference<css::frame::XStorable> st(doc, css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0] = prop("FilterName", css::uno::Any(ou(filter)));
    st->storeToURL(ou(fileUrl(path)), args);
}

void Office::close(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    // A modified document could veto closing (and then termination): discard the changes.
    if (css::uno::Reference<css::util::XModifiable> m{doc, css::uno::UNO_QUERY}; m.is())
        m->setModified(false);
    css::uno::Reference<css::util::XCloseable> c(doc, css::uno::UNO_QUERY);
    if (c.is())
        c->close(true);
}

} // namespace isms::office
