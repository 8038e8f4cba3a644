#pragma once
// What every ISMS command shares: its outcome, the document behind a frame, dispatch
// arguments, one undo step, and progress on the frame's status bar.

#include "isms/catalog.hpp"
#include "isms/texts.hpp"
#include "sheets/undoable_writes.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <utility>

namespace isms::addin
{

/// What a command reports: shown in a message box to a person, returned to scripts.
struct Outcome
{
    Outcome() = default;
    Outcome(bool isOk, std::string text) : ok(isOk), message(std::move(text)) {}

    bool ok = false;
    std::string message;
    /// What the dispatch result carries instead of the message, when set (a report for scripts).
    std::string result;
};

/// Everything a command runs with.
struct CommandContext
{
    css::uno::Reference<css::uno::XComponentContext> uno;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc;
    css::uno::Sequence<css::beans::PropertyValue> args;
    Lang uiLang = Lang::En;
    /// false when Interactive=false was passed or nobody can see the frame: no dialogs.
    bool interactive = true;
};

[[nodiscard]] css::uno::Reference<css::sheet::XSpreadsheetDocument>
documentOf(const css::uno::Reference<css::frame::XFrame>& frame);
/// A boolean dispatch argument.
[[nodiscard]] bool flag(const css::uno::Sequence<css::beans::PropertyValue>& args, const char* name,
                        bool fallback);
/// A text dispatch argument (UTF-8), empty when absent or not a text.
[[nodiscard]] std::string textArg(const css::uno::Sequence<css::beans::PropertyValue>& args,
                                  const char* name);
/// Whether the dispatch arguments name this argument at all.
[[nodiscard]] bool hasArg(const css::uno::Sequence<css::beans::PropertyValue>& args,
                          const char* name);
/// For commands that work on the selection or the whole workbook: true for the selection,
/// false for the workbook, nullopt when the person cancelled. A Selection argument decides;
/// without one, a person who selected more than one cell is asked; otherwise the workbook.
[[nodiscard]] std::optional<bool> selectionOrWorkbook(const CommandContext& c,
                                                      const std::string& command);
/// Whether a person can see the frame's window.
[[nodiscard]] bool isVisible(const css::uno::Reference<css::frame::XFrame>& frame);
/// Everything written while it lives is one undo step (also when an exception leaves).
class UndoStep
{
public:
    UndoStep(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
             const std::string& title);
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> m_undo;
    WritesInOneStep m_writes; ///< the sheets the step inserted (see undoable_writes.hxx)
};

/// Progress on the frame's status bar (nothing without a frame); ends when it goes.
class Progress
{
public:
    Progress(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text,
             int range);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;
    void set(int value);

private:
    css::uno::Reference<css::task::XStatusIndicator> m_indicator;
};

} // namespace isms::addin
