#pragma once
// A real LibreOffice for the demo, tests and benchmarks: a throwaway profile with the .oxt
// installed by unopkg, one headless soffice on a unique pipe, a UNO connection with a
// deadline, and a clean stop of exactly the processes this object started.

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>
#include <sys/types.h>

namespace isms::office
{

struct OfficeOptions
{
    std::string oxt;      ///< the extension to install (empty: none)
    std::string language; ///< "" (English) or e.g. "ja" for a Japanese UI
    std::chrono::seconds startDeadline{90};
    std::string pipePrefix = "isms_test_"; ///< the pipe is <prefix><pid>_<n>: findable, unique
    /// An X display (":93") to run the office with its GUI on (for the sidebar): no --headless,
    /// the gen VCL plugin. Empty: headless.
    std::string display;
};

/// Makes a write to a closed pipe an EPIPE error instead of a fatal SIGPIPE for this whole
/// process. Every Office calls it: the process that starts an office owns itself (tests, demo,
/// isms-review), and the office's bridge may write after the office stopped.
void ignoreBrokenPipes() noexcept;

class Office
{
public:
    /// Installs the extension into a fresh profile, starts soffice, connects. Throws
    /// std::runtime_error with a readable message on any failure (with unopkg's output).
    /// When this process is ended by SIGTERM, SIGINT or SIGHUP (and has no handler of its own
    /// for it), its offices are killed with it: none is left running as an orphan.
    explicit Office(const OfficeOptions& options);
    ~Office();
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    [[nodiscard]] css::uno::Reference<css::uno::XComponentContext> context() const { return m_ctx; }

    /// Loads a copy of a document (or a new one for "private:factory/scalc"), hidden unless
    /// visible (which needs OfficeOptions::display). The file itself is never opened, so it
    /// stays byte-for-byte unchanged and never gets a lock file.
    [[nodiscard]] css::uno::Reference<css::sheet::XSpreadsheetDocument>
    load(const std::string& pathOrFactoryUrl, bool readOnly = false, bool visible = false) const;
    /// Opens the file itself (not a copy), hidden and read-only, with no macros run, no links
    /// updated and nobody to ask for a password: what an auditor's reviewer needs. Throws
    /// std::runtime_error saying why when it cannot be opened as a spreadsheet.
    [[nodiscard]] css::uno::Reference<css::sheet::XSpreadsheetDocument>
    openReadOnly(const std::string& path) const;
    /// Saves a document to a path with a filter ("calc8", "Calc MS Excel 2007 XML",
    /// "OpenDocument Spreadsheet Flat XML").
    static void storeTo(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const std::string& path, const std::string& filter);
    /// Exports one sheet alone as PDF (File ▸ Export as PDF with that sheet selected): its own
    /// print layout, header and footer.
    static void storeSheetPdf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                              const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                              const std::string& path);
    /// Closes a document without saving.
    static void close(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

    /// Time from spawning soffice to a working connection.
    [[nodiscard]] std::chrono::milliseconds startupTime() const { return m_startup; }
    /// Whether the soffice process is still running.
    [[nodiscard]] bool alive() const;
    /// Why the office is no longer running ("" while it runs): how it ended and the last lines
    /// of its own output, where LibreOffice writes "Fatal exception: Signal 11" and its stack.
    /// For a test that finds the office gone: the next reader learns what happened.
    [[nodiscard]] std::string deathReport() const;
    /// Kills the office at once (SIGKILL to the process group this object started), from any
    /// thread: a call blocked on it then fails. For a watchdog; the object is useless after.
    void abort() const noexcept;
    /// Whether a process of this office has a shared library of that file name mapped.
    [[nodiscard]] bool hasLoadedLibrary(const std::string& fileName) const;

private:
    void stop();

    std::string m_dir;             // throwaway profile root
    std::string m_pipe;            // unique pipe name
    pid_t m_pid = -1;              // process group leader we started
    mutable int m_exitStatus = -1; // waitpid status once alive() found it ended
    css::uno::Reference<css::uno::XComponentContext> m_ctx;
    std::chrono::milliseconds m_startup{0};
};

/// What an org.ismscalc:<Command> dispatch answered.
struct CommandResult
{
    bool dispatched = false; ///< a handler took the command
    bool success = false;
    std::string message;
};

/// Runs org.ismscalc:<command> on the document's frame without a dialog (Interactive=false), as a
/// script or an auditor's batch run does; extra boolean arguments by name.
[[nodiscard]] CommandResult
runCommand(const Office& office, const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
           const std::string& command, const std::vector<std::pair<std::string, bool>>& flags = {});
/// The same with arguments of any type by name (URL=…, Format=csv …).
[[nodiscard]] CommandResult runCommandWith(
    const Office& office, const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
    const std::string& command, const std::vector<std::pair<std::string, css::uno::Any>>& args);

/// A file: URL for an absolute or relative path.
[[nodiscard]] std::string fileUrl(const std::string& path);
/// Turns any exception (UNO or std) in flight into readable text for a test failure.
[[nodiscard]] std::string describeCurrentException();
/// Absolute path of a file under the source tree (ISMS_SOURCE_DIR compile definition).
[[nodiscard]] std::string sourcePath(const std::string& relative);
/// The built .oxt (ISMS_OXT compile definition).
[[nodiscard]] std::string builtOxt();
/// Sets an extension setting (nodePath e.g. "/org.ismscalc.Settings/Catalog") in the office's
/// user profile, as a person would in Tools ▸ Options ▸ Advanced ▸ Expert Configuration.
void setSetting(const css::uno::Reference<css::uno::XComponentContext>& context,
                const char* nodePath, const char* name, const css::uno::Any& value);
/// The setting org.ismscalc.Settings/Catalog/OverlayPath.
void setOverlayPath(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const std::string& path);

} // namespace isms::office
